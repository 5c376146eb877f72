import Crypto
public import Foundation
import KosCore

/// Signing per the Standard Webhooks specification: `webhook-id` (stable across retries: the receiver's
/// idempotency key), `webhook-timestamp` (fresh per attempt, Unix seconds), and `webhook-signature`:
/// `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, one per secret during a rotation, space-separated.
public enum StandardWebhooks {
    public static func signature(secret: WebhookSecret, id: String, timestamp: Int, body: Data) -> String {
        var signed = Data("\(id).\(timestamp).".utf8)
        signed.append(body)
        let mac = HMAC<SHA256>.authenticationCode(for: signed, using: SymmetricKey(data: secret.key))
        return "v1," + Data(mac).base64EncodedString()
    }

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
