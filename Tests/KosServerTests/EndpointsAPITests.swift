import Foundation
import KosCore
import Testing

@testable import KosCLI

/// `GET /v1/endpoints` and `POST /v1/endpoints/{id}/enable` over a real socket, and `kos endpoints` on top.
@Suite struct EndpointsAPITests {
    @Test func reviewersSeeEndpointsAndOnlyAdminsEnableThem() async throws {
        let api = try await APIFixture()
        let endpoints = try await api.send("zhang.wei", "GET", "/v1/endpoints", as: [API.EndpointStatus].self)
        #expect(endpoints.map(\.id) == ["douyin-gateway", "mcn-agency", "store-groups", "wechat-channels-gateway", "weibo-gateway", "xiaohongshu-gateway"])
        let xhs = try #require(endpoints.last)
        #expect(xhs.enabled && xhs.circuit == "closed" && xhs.destination.hasPrefix("https://") && !xhs.destination.contains("/v1"))
        #expect(try await api.call("li.na", "GET", "/v1/endpoints").status == 403)
        #expect(try await api.call("zhang.wei", "POST", "/v1/endpoints/weibo-gateway/enable", json: "{}").status == 403)
        let unknown = try await api.call("admin", "POST", "/v1/endpoints/weibo-gatway/enable", json: "{}")
        #expect(unknown.status == 404 && api.problem(unknown)?.detail == "no endpoint 'weibo-gatway' is defined")
        let enabled = try await api.send("admin", "POST", "/v1/endpoints/weibo-gateway/enable", body: [String: String](), as: [API.EndpointStatus].self)
        #expect(enabled.map(\.id) == ["weibo-gateway"] && enabled.first?.enabled == true)
        #expect(try await api.store.auditEntries().contains { $0.action == "endpoint.enabled" && $0.subject == "weibo-gateway" && $0.actor == "admin" })

        let lines = Lines()
        let socket = api.socket, token = api.tokens["zhang.wei"]!
        let code = try await APIFixture.offPool {
            KosCommand.run(["endpoints", "--server", "unix:\(socket)", "--token", token],
                           console: Console(out: { lines.append($0) }, err: { lines.append("error: " + $0) }))
        }
        let out = lines.text
        #expect(code == 0, "\(out)")
        #expect(out.hasPrefix("ENDPOINT") && out.contains("xiaohongshu-gateway") && out.contains("enabled"), "\(out)")
    }
}

/// What a command printed.
final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var text: String { lock.withLock { lines.joined(separator: "\n") } }
}
