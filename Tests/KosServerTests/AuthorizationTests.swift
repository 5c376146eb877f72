import Foundation
import KosCore
import Testing

@testable import KosCLI

/// Every endpoint against every kind of caller, over real HTTP on a Unix socket.
@Suite(.serialized) struct AuthorizationTests {
    /// Callers: the author (a creator), another creator of the same store, a reviewer the workflow routes to,
    /// a reviewer it does not route to, an admin.
    static let callers = ["li.na", "chen.jie", "zhang.wei", "wu.lei", "admin"]

    struct Row: CustomStringConvertible {
        var method: String
        var path: String
        var body: String?
        /// Expected status per caller, in the order of `callers`.
        var expected: [Int]
        var description: String { "\(method) \(path)" }
    }

    /// D is li.na's launch draft waiting for brand-compliance (zhang.wei's group; wu.lei is legal only).
    static let rows: [Row] = [
        Row(method: "GET", path: "/v1/me", expected: [200, 200, 200, 200, 200]),
        Row(method: "GET", path: "/v1/drafts", expected: [200, 200, 200, 200, 200]),
        Row(method: "GET", path: "/v1/drafts/D", expected: [200, 404, 200, 404, 200]),
        Row(method: "GET", path: "/v1/inbox", expected: [403, 403, 200, 200, 200]),
        Row(method: "GET", path: "/v1/audit", expected: [403, 403, 403, 403, 200]),
        Row(method: "GET", path: "/v1/audit/verify", expected: [403, 403, 403, 403, 200]),
        Row(method: "POST", path: "/v1/drafts/D/reject", body: "DECIDE:say when it drops", expected: [403, 404, 200, 404, 200]),
        Row(method: "POST", path: "/v1/drafts/D/approve", body: "DECIDE", expected: [403, 404, 200, 404, 200]),
        Row(method: "POST", path: "/v1/drafts/D/revisions", body: "REVISION", expected: [201, 404, 403, 404, 403]),
        Row(method: "POST", path: "/v1/drafts/D/withdraw", body: "{}", expected: [200, 404, 403, 404, 200]),
        Row(method: "POST", path: "/v1/drafts", body: "SUBMISSION", expected: [201, 201, 201, 201, 201]),
    ]

    @Test func everyEndpointForEveryRole() async throws {
        let api = try await APIFixture()
        let content = try String(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/velocity-launch-preview.md"), encoding: .utf8)
        let submission = String(decoding: try API.encoder().encode(API.Submission(workflow: nil, content: content)), as: UTF8.self)
        let revision = String(decoding: try API.encoder().encode(API.Submission(workflow: nil, content: content + "\n雾蓝配色，周六见。\n")), as: UTF8.self)
        var failures: [String] = []
        for row in Self.rows {
            for (i, caller) in Self.callers.enumerated() {
                // State-changing requests each get a fresh draft, so one caller's success cannot mask another's refusal.
                let draft = try await api.submit("li.na")
                #expect(draft.state == "awaiting-approval" && draft.step == "brand-compliance")
                let path = row.path.replacingOccurrences(of: "/D", with: "/\(draft.id)")
                let body = row.body.map { body -> String in
                    if body == "SUBMISSION" { return submission.replacingOccurrences(of: "上脚", with: "上脚 \(caller)") }
                    if body == "REVISION" { return revision }
                    if body.hasPrefix("DECIDE") { return APIFixture.decision(on: draft, reason: body.hasPrefix("DECIDE:") ? String(body.dropFirst(7)) : nil) }
                    return body
                }
                let response = try await api.call(caller, row.method, path, json: body, headers: ["Idempotency-Key": UUID().uuidString])
                if response.status != row.expected[i] {
                    failures.append("\(row) as \(caller): \(response.status), expected \(row.expected[i]): \(String(decoding: response.body.prefix(300), as: UTF8.self))")
                }
                if response.status >= 400 {
                    #expect(response.contentType == "application/problem+json", "\(row) as \(caller)")
                    let problem = try #require(api.problem(response), "\(row) as \(caller)")
                    #expect(problem.status == response.status && problem.type.hasPrefix("urn:kosflow:problem:"))
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func anonymousBadExpiredAndRevokedTokensGet401() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na")
        for who in [nil, "kos_not-a-real-token", "expired", "revoked", String(repeating: "x", count: 10_000)] as [String?] {
            for (method, path) in [("GET", "/v1/me"), ("GET", "/v1/drafts"), ("GET", "/v1/drafts/\(draft.id)"), ("POST", "/v1/drafts/\(draft.id)/approve")] {
                let response = try await api.call(who, method, path, json: method == "POST" ? "{}" : nil)
                #expect(response.status == 401, "\(method) \(path) as \(who?.prefix(20) ?? "nobody")")
                #expect(api.problem(response)?.type == "urn:kosflow:problem:unauthorized")
            }
        }
    }

    @Test func listsShowEachRoleOnlyWhatIsTheirs() async throws {
        let api = try await APIFixture()
        let launch = try await api.submit("li.na")
        let other = try await api.submit("chen.jie", edit: { $0.replacingOccurrences(of: "上脚", with: "试穿") })
        func ids(_ who: String) async throws -> Set<String> {
            Set(try await api.send(who, "GET", "/v1/drafts", as: [API.Draft].self).map(\.id))
        }
        #expect(try await ids("li.na") == [launch.id])
        #expect(try await ids("chen.jie") == [other.id])
        #expect(try await ids("zhang.wei") == [launch.id, other.id], "brand-compliance decides sportswear launches")
        #expect(try await ids("wu.lei").isEmpty, "legal is not on the launch workflow")
        #expect(try await ids("admin") == [launch.id, other.id])
        let listed = try await api.send("li.na", "GET", "/v1/drafts", as: [API.Draft].self)
        #expect(listed.map(\.title) == ["Velocity 9 上脚"], "lists carry each draft's title")
        let waiting = try await api.send("admin", "GET", "/v1/drafts?state=awaiting-approval", as: [API.Draft].self)
        #expect(waiting.count == 2)
        #expect(try await api.send("admin", "GET", "/v1/drafts?state=published", as: [API.Draft].self).isEmpty)
        // A state that does not exist is a mistake to be told about, not an empty list.
        let misspelt = try await api.call("admin", "GET", "/v1/drafts?state=awaiting")
        #expect(misspelt.status == 400 && api.problem(misspelt)?.detail?.contains("awaiting-approval") == true,
                "\(String(decoding: misspelt.body, as: UTF8.self))")
        let inbox = try await api.send("zhang.wei", "GET", "/v1/inbox", as: [API.Draft].self)
        #expect(Set(inbox.map(\.id)) == [launch.id, other.id])
    }

    @Test func nobodyApprovesTheirOwnDraft() async throws {
        let api = try await APIFixture()
        // A reviewer who posts, and an admin who posts: neither may decide their own draft.
        for author in ["zhang.wei", "admin"] {
            let draft = try await api.submit(author, edit: { $0.replacingOccurrences(of: "上脚", with: "上脚（\(author)）") })
            let response = try await api.call(author, "POST", "/v1/drafts/\(draft.id)/approve", json: APIFixture.decision(on: draft))
            #expect(response.status == 403)
            #expect(api.problem(response)?.type == "urn:kosflow:problem:self-approval")
            try await api.worker.drain()
            #expect(try await api.draft(draft.id).state == "awaiting-approval", "still waiting for someone else")
            let inbox = try await api.send(author, "GET", "/v1/inbox", as: [API.Draft].self)
            #expect(!inbox.contains { $0.id == draft.id }, "your own draft is not in your inbox")
        }
    }

    @Test func aRevisionVoidsEarlierApprovalsAndStartsAgain() async throws {
        let api = try await APIFixture()
        // Store manager, then regional compliance.
        let draft = try await api.submit("li.na", file: "arco-autumn-styling.md", edit: APIFixture.withoutMedia)
        #expect(draft.step == "store-manager")
        _ = try await api.send("zhang.wei", "POST", "/v1/drafts/\(draft.id)/approve", body: API.DecisionRequest(revision: 1, contentHash: draft.contentHash, comment: "好"), as: API.Draft.self)
        try await api.worker.drain()
        #expect(try await api.draft(draft.id).step == "regional-compliance")

        let content = APIFixture.withoutMedia(try String(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/arco-autumn-styling.md"), encoding: .utf8))
        let revised = try await api.send("li.na", "POST", "/v1/drafts/\(draft.id)/revisions",
                                                   body: API.Submission(workflow: nil, content: content + "\n周末店里见。\n"), as: API.Submitted.self)
        #expect(revised.draft.revision == 2)
        try await api.worker.drain()
        let after = try await api.draft(draft.id)
        #expect(after.state == "awaiting-approval" && after.step == "store-manager", "the store manager's approval was for revision 1")
        #expect(after.contentHash != draft.contentHash)
        // gao.min (regional compliance) cannot skip ahead: the draft waits at the store manager again.
        let early = try await api.call("gao.min", "POST", "/v1/drafts/\(draft.id)/approve", json: APIFixture.decision(on: after))
        #expect(early.status == 200, "gao.min is also a store manager of SH-IFC")
        try await api.worker.drain()
        #expect(try await api.draft(draft.id).step == "regional-compliance")
        let detail = try await api.send("li.na", "GET", "/v1/drafts/\(draft.id)", as: API.DraftDetail.self)
        #expect(detail.history.contains { $0.action == "run.superseded" })
    }

    @Test func aRejectionCarriesItsReasonToTheAuthor() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na")
        let missing = try await api.call("zhang.wei", "POST", "/v1/drafts/\(draft.id)/reject", json: APIFixture.decision(on: draft))
        #expect(missing.status == 400, "a rejection without a reason helps nobody")
        _ = try await api.send("zhang.wei", "POST", "/v1/drafts/\(draft.id)/reject", body: API.DecisionRequest(revision: draft.revision, contentHash: draft.contentHash, reason: "发售时间写成北京时间"),
                               as: API.Draft.self)
        try await api.worker.drain()
        let seen = try await api.draft(draft.id, as: "li.na")
        #expect(seen.state == "rejected")
        #expect(seen.reason?.contains("发售时间写成北京时间") == true)
        #expect(seen.reason?.contains("zhang.wei") == true)
        // Decided drafts take no more decisions.
        #expect(try await api.call("admin", "POST", "/v1/drafts/\(draft.id)/approve", json: APIFixture.decision(on: draft)).status == 409)
    }
}
