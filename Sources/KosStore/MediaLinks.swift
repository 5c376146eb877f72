import Crypto
import Foundation
import KosCore

/// Links a gateway fetches a post's media with: `{base}/v1/media/{sha256}?expires=…&sig=…`. Each names one
/// file and an expiry, signed with the store's media link key (HMAC-SHA256 over both), so no API token is
/// needed, nothing else is reachable through it, and a changed hash, expiry or signature is refused.
public struct MediaLinks: Sendable {
    /// kosd's address as gateways reach it (`api.public_url`), without a trailing slash.
    public let base: String
    let key: SymmetricKey
    /// How long a link stays good after the day it was made ends (7 days by default): retries and late
    /// fetches within that time find the file.
    public let lifetimeSeconds: Int64

    public init(base: String, key: Data, lifetimeSeconds: Int64 = 7 * 86_400) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.key = SymmetricKey(data: key)
        self.lifetimeSeconds = lifetimeSeconds
    }

    /// The link as of `nowMillis`. It expires `lifetime` after the end of the current UTC day, so each attempt of
    /// a delivery made that day sends the same body; a replay days later gets a fresh link.
    public func link(sha256: String, nowMillis: Int64) -> (url: String, expires: Int64) {
        let expires = (nowMillis / 86_400_000 + 1) * 86_400 + lifetimeSeconds
        return ("\(base)/v1/media/\(sha256)?expires=\(expires)&sig=\(signature(sha256: sha256, expires: expires))", expires)
    }

    public func signature(sha256: String, expires: Int64) -> String {
        Hex.encode(HMAC<SHA256>.authenticationCode(for: Data("\(sha256).\(expires)".utf8), using: key))
    }

    public enum Check: Sendable, Equatable {
        case valid, expired, forged
    }

    /// Whether a link's parts are ones this store signed, and still good at `nowMillis`.
    public func check(sha256: String, expires: Int64, signature: String, nowMillis: Int64) -> Check {
        guard APIToken.constantTimeEqual(Array(signature.utf8), Array(self.signature(sha256: sha256, expires: expires).utf8)) else { return .forged }
        return expires * 1000 > nowMillis ? .valid : .expired
    }
}

/// Links a chat message opens a draft with: `{base}/console/open/{ticket}`. A ticket names a draft, the revision
/// the message was about and an expiry, signed with the store's link key (over a label of its own, so a media
/// signature is never a ticket's). It grants nothing by itself: whoever opens it still signs in to the console,
/// and may decide only what the API lets them; it is refused once expired, and once the draft has a newer
/// revision than the one the message described.
public struct ReviewLinks: Sendable {
    public struct Ticket: Sendable, Hashable {
        public var draftID: String
        public var revision: Int
        /// Unix seconds.
        public var expires: Int64

        public init(draftID: String, revision: Int, expires: Int64) {
            self.draftID = draftID
            self.revision = revision
            self.expires = expires
        }
    }

    public enum Check: Sendable, Equatable {
        case valid(Ticket)
        case expired(Ticket)
        case forged
    }

    public let base: String
    let key: SymmetricKey

    public init(base: String, key: Data) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.key = SymmetricKey(data: key)
    }

    public func url(_ ticket: Ticket) -> String { "\(base)/console/open/\(self.ticket(ticket))" }

    /// `r1.{draft}.{revision}.{expires}.{signature}`.
    public func ticket(_ t: Ticket) -> String { "r1.\(t.draftID).\(t.revision).\(t.expires).\(signature(t))" }

    func signature(_ t: Ticket) -> String {
        Hex.encode(HMAC<SHA256>.authenticationCode(for: Data("kos-review-link.\(t.draftID).\(t.revision).\(t.expires)".utf8), using: key))
    }

    public func check(_ text: String, nowMillis: Int64) -> Check {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard text.utf8.count <= 200, parts.count == 5, parts[0] == "r1", !parts[1].isEmpty, let revision = Int(parts[2]), let expires = Int64(parts[3]) else {
            return .forged
        }
        let ticket = Ticket(draftID: String(parts[1]), revision: revision, expires: expires)
        guard APIToken.constantTimeEqual(Array(parts[4].utf8), Array(signature(ticket).utf8)) else { return .forged }
        return nowMillis >= expires * 1000 ? .expired(ticket) : .valid(ticket)
    }
}
