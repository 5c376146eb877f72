import Crypto
import Foundation
import KosCore

/// The audit log's hash chain: each entry's hash covers the previous entry's hash and its own fields, so a
/// changed, removed or reordered entry breaks the chain at the first place it was touched.
public enum AuditChain {
    /// The hash before the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// SHA-256, hex, over the previous hash and the entry's fields, each length-prefixed so no two
    /// different entries serialise alike.
    public static func hash(previous: String, seq: Int64, at: Int64, actor: String, action: String, subject: String, details: String) -> String {
        // Serialised into one buffer and hashed at once: each call into the hash costs more than the bytes it takes.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(previous.utf8.count + actor.utf8.count + action.utf8.count + subject.utf8.count + details.utf8.count + 80)
        func field(_ text: String) {
            JSON.writeInt(text.utf8.count, into: &bytes)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: text.utf8)
        }
        field(previous)
        field(String(seq))
        field(String(at))
        field(actor)
        field(action)
        field(subject)
        field(details)
        var hasher = SHA256()
        bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return hasher.finalize().withUnsafeBytes { Hex.encode(bytes: $0) }
    }

    /// The first entry whose sequence, link or hash is wrong, in sequence order as stored.
    public static func verify(_ entries: [AuditEntry]) -> AuditProblem? {
        var previous = genesis
        var expectedSeq: Int64 = 1
        for e in entries {
            if e.seq != expectedSeq {
                return AuditProblem(seq: e.seq, reason: e.seq > expectedSeq ? tr("entries \(expectedSeq)…\(e.seq - 1) are missing") : tr("out of order"))
            }
            if e.previousHash != previous {
                return AuditProblem(seq: e.seq, reason: tr("does not follow the entry before it (the chain was reordered or an entry removed)"))
            }
            let recomputed = hash(previous: previous, seq: e.seq, at: e.at, actor: e.actor, action: e.action, subject: e.subject, details: e.details)
            if recomputed != e.hash {
                return AuditProblem(seq: e.seq, reason: tr("its content was changed after it was written"))
            }
            previous = e.hash
            expectedSeq += 1
        }
        return nil
    }

    /// SHA-256 of content, hex: how revisions and media are addressed.
    public static func contentHash(_ data: Data) -> String {
        Hex.encode(SHA256.hash(data: data))
    }
}
