import Foundation

/// The Python test receiver (`Tests/Support/webhook_receiver.py`), verifying signatures with the independent
/// `standardwebhooks` package and recording every request; killed when released.
public final class WebhookReceiver {
    /// Started with `Subprocess.start` and reaped with `waitpid`: Foundation's `Process` can make a test wait
    /// for another test's process, and deinit runs on the cooperative pool, which must never block on that.
    let pid: pid_t
    public let port: Int
    let record: String

    public struct StartFailure: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Parameter repository: the checkout's root, where `.venv` and `Tests/Support` are.
    public init(secret: String, repository: URL) throws {
        record = FileManager.default.temporaryDirectory.appendingPathComponent("kos-hooks-\(UUID().uuidString).jsonl").path
        let (pid, out) = try Subprocess.start(repository.appendingPathComponent(".venv/bin/python").path,
                                              [repository.appendingPathComponent("Tests/Support/webhook_receiver.py").path, secret, record], in: repository)
        defer { close(out) }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while line.last != 0x0A, line.count < 64 {
            let n = read(out, &byte, 1)
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            throw StartFailure(description: "the webhook receiver did not start (is .venv there? run make test)")
        }
        self.pid = pid
        self.port = port
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    }

    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Every request seen: path, webhook id, whether the signature verified, how many signatures, the body.
    public var seen: [[String: Any]] {
        guard let text = try? String(contentsOfFile: record, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }
}
