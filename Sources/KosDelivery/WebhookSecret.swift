public import Foundation
public import KosCore

/// A Standard Webhooks signing secret (`whsec_` + base64). Its description never shows the key.
public struct WebhookSecret: Sendable, Hashable, CustomStringConvertible {
    let key: [UInt8]

    public var description: String { "whsec_…(\(key.count) bytes)" }

    /// Parses `whsec_<base64>` (the prefix is optional, as Standard Webhooks libraries accept).
    public init(parsing text: String) throws(DeliveryError) {
        // Read at each delivery (a rotated file is seen at once): ASCII text is trimmed on its bytes, not through
        // `CharacterSet`; other text (a pasted no-break space) as before.
        let plain = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
        var utf8 = Substring(plain).utf8
        while let c = utf8.first, c == 0x20 || (0x09...0x0D).contains(c) { utf8.removeFirst() }
        while let c = utf8.last, c == 0x20 || (0x09...0x0D).contains(c) { utf8.removeLast() }
        if utf8.starts(with: "whsec_".utf8) { utf8.removeFirst(6) }
        guard let data = Data(base64Encoded: Data(utf8)), data.count >= 16, data.count <= 64 else {
            throw DeliveryError(code: "KOS6001", message: tr("the signing secret is not whsec_ followed by 16 to 64 bytes of base64"))
        }
        key = Array(data)
    }

    /// A new random secret, as `whsec_…` text, for an agency onboarding.
    public static func generate() -> String {
        var rng = SystemRandomNumberGenerator()
        return "whsec_" + Data((0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) }).base64EncodedString()
    }

    /// Reads the secret an endpoint refers to: a file, an environment variable, or a systemd credential
    /// (`$CREDENTIALS_DIRECTORY/NAME`, from `LoadCredential=`). Errors name the reference, never the value.
    public static func resolve(_ ref: Endpoint.SecretRef, environment: [String: String] = ProcessInfo.processInfo.environment) throws(DeliveryError) -> WebhookSecret {
        let text: String?
        switch ref {
        case .file(let path): text = try? String(contentsOfFile: path, encoding: .utf8)
        case .env(let name): text = environment[name]
        case .credential(let name):
            guard let dir = environment["CREDENTIALS_DIRECTORY"] else {
                throw DeliveryError(code: "KOS6002", message: tr("secret \(ref) needs $CREDENTIALS_DIRECTORY (systemd LoadCredential=)"))
            }
            text = try? String(contentsOfFile: dir + "/" + name, encoding: .utf8)
        }
        guard let text else { throw DeliveryError(code: "KOS6002", message: tr("secret \(ref) cannot be read")) }
        do throws(DeliveryError) {
            return try WebhookSecret(parsing: text)
        } catch {
            throw DeliveryError(code: error.code, message: tr("secret \(ref): \(error.message)"))
        }
    }
}

/// A delivery problem with a stable code; never carries a secret.
public struct DeliveryError: Error, Sendable, Hashable, CustomStringConvertible {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "error[\(code)]: \(message)" }
}
