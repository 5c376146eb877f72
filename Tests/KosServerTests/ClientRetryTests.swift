import Foundation
import Testing

@testable import KosCLI

/// The client sends a request again only when that cannot repeat a change: reads, and writes with an
/// idempotency key. A server that hangs up on every connection counts how often it was asked.
@Suite struct ClientRetryTests {
    final class HangUpServer: @unchecked Sendable {
        let fd: Int32
        let port: Int
        private let lock = NSLock()
        private var accepted = 0

        init() throws {
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            let fd = self.fd
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard bound == 0, listen(fd, 16) == 0 else { throw CocoaError(.fileWriteUnknown) }
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            _ = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
            }
            port = Int(UInt16(bigEndian: address.sin_port))
            Thread.detachNewThread { [self] in
                while true {
                    let client = accept(fd, nil, nil)
                    if client < 0 { return }
                    lock.withLock { accepted += 1 }
                    close(client)
                }
            }
        }

        var connections: Int { lock.withLock { accepted } }

        func stop() {
            shutdown(fd, Int32(SHUT_RDWR))
            close(fd)
        }
    }

    @Test func writesWithoutAKeyAreSentOnceReadsAndKeyedWritesAgain() throws {
        let server = try HangUpServer()
        defer { server.stop() }
        let client = APIClient(server: .http("http://127.0.0.1:\(server.port)"), token: "kos_test")
        #expect(throws: APIClient.Failure.self) { try client.perform("POST", "/v1/drafts/d-1/revisions", body: Data("{}".utf8), headers: [:]) }
        #expect(server.connections == 1, "a revision is not sent twice: the first may have been made")
        #expect(throws: APIClient.Failure.self) { try client.perform("GET", "/v1/drafts", body: nil, headers: [:]) }
        #expect(server.connections == 1 + client.attempts)
        #expect(throws: APIClient.Failure.self) { try client.perform("POST", "/v1/drafts", body: Data("{}".utf8), headers: ["Idempotency-Key": "k"]) }
        #expect(server.connections == 1 + 2 * client.attempts, "a submit carries its key and is safe to repeat")
    }
}
