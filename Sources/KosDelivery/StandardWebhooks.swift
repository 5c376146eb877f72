import Crypto
import Synchronization
public import Foundation
import KosCore

/// Signing per the Standard Webhooks specification: `webhook-id` (stable across retries: the receiver's
/// idempotency key), `webhook-timestamp` (fresh per attempt, Unix seconds), and `webhook-signature`:
/// `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, one per secret during a rotation, space-separated.
public enum StandardWebhooks {
    public static func signature(secret: WebhookSecret, id: String, timestamp: Int, body: Data) -> String {
        var mac = keyed(secret)
        mac.update(data: Data("\(id).\(timestamp).".utf8))
        mac.update(data: body)
        return "v1," + Data(mac.finalize()).base64EncodedString()
    }

    /// An HMAC keyed with the secret, kept: keying hashes the padded key, a third of what signing a small
    /// payload costs, and a worker signs with the same few secrets all day. A copy is updated per message.
    static func keyed(_ secret: WebhookSecret) -> HMAC<SHA256> {
        if let kept = keyedSecrets.withLock({ $0[secret] }) { return kept.hmac }
        let hmac = HMAC<SHA256>(key: SymmetricKey(data: secret.key))
        keyedSecrets.withLock { kept in
            if kept.count >= 64 { kept.removeAll() }
            kept[secret] = Keyed(hmac: hmac)
        }
        return hmac
    }

    struct Keyed: @unchecked Sendable {
        // A value type: each signer updates its own copy.
        let hmac: HMAC<SHA256>
    }

    private static let keyedSecrets = Mutex<[WebhookSecret: Keyed]>([:])

    /// The three headers for one attempt.
    public static func headers(secrets: [WebhookSecret], id: String, timestamp: Int, body: Data) -> [(String, String)] {
        [
            ("webhook-id", id),
            ("webhook-timestamp", String(timestamp)),
            ("webhook-signature", secrets.map { signature(secret: $0, id: id, timestamp: timestamp, body: body) }.joined(separator: " ")),
        ]
    }

    /// A message id: `msg_` and 16 random bytes, URL-safe.
    public static func newMessageID() -> String {
        var rng = SystemRandomNumberGenerator()
        let bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &rng) }
        return "msg_" + Hex.encode(bytes)
    }
}
