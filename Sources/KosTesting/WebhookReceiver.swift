import Foundation

/// The Python test receiver (`Tests/Support/webhook_receiver.py`), verifying signatures with the independent
/// `standardwebhooks` package and recording every request; killed when released.
public final class WebhookReceiver {
    let process = Process()
    public let port: Int
    let record: String

    public struct StartFailure: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Parameter repository: the checkout's root, where `.venv` and `Tests/Support` are.
    public init(secret: String, repository: URL) throws {
        record = FileManager.default.temporaryDirectory.appendingPathComponent("kos-hooks-\(UUID().uuidString).jsonl").path
        process.executableURL = repository.appendingPathComponent(".venv/bin/python")
        process.arguments = [repository.appendingPathComponent("Tests/Support/webhook_receiver.py").path, secret, record]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while line.last != 0x0A {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            kill(process.processIdentifier, SIGKILL)
            throw StartFailure(description: "the webhook receiver did not start (is .venv there? run make test)")
        }
        self.port = port
    }

    deinit {
        // SIGKILL: a process spawned from a test thread may inherit a mask that blocks SIGTERM.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Every request seen: path, webhook id, whether the signature verified, how many signatures, the body.
    public var seen: [[String: Any]] {
        guard let text = try? String(contentsOfFile: record, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }
}
