import Foundation
import KosCore
import KosServer
import Testing

@testable import KosCLI

/// Requests a careless or hostile client sends: each gets a 4xx problem that says what is wrong, and the
/// server keeps serving.
@Suite struct HostileRequestTests {
    @Test func malformedBodiesGetLocatedProblems() async throws {
        let api = try await APIFixture()
        let cases: [(String, Int, String)] = [
            ("not json", 400, "bad-request"),
            (#"{"content": 42}"#, 400, "bad-request"),
            (#"{"workflow": "sportswear-launch"}"#, 400, "bad-request"),
            (String(repeating: "[", count: 100_000), 400, "bad-request"),
            (#"{"content": "---\ntitle: [unclosed\n---\nbody"}"#, 422, "invalid-draft"),
            (#"{"content": "---\ntitle: x\nplatforms: [myspace]\n---\nbody", "workflow": "sportswear-launch"}"#, 422, "invalid-draft"),
            (#"{"content": "---\ntitle: x\n---\nbody", "workflow": "no-such-flow"}"#, 422, "unknown-workflow"),
            (#"{"content": "---\ntitle: x\n---\nbody"}"#, 422, "unknown-workflow"),
        ]
        for (body, status, type) in cases {
            let response = try await api.call("li.na", "POST", "/v1/drafts", json: body)
            #expect(response.status == status, "\(body.prefix(60))")
            #expect(api.problem(response)?.type == "urn:kosflow:problem:\(type)", "\(body.prefix(60)): \(String(decoding: response.body.prefix(300), as: UTF8.self))")
        }
        // Front-matter errors point at their line.
        let located = try await api.call("li.na", "POST", "/v1/drafts", json: #"{"content": "---\ntitle: x\nplatforms: [myspace]\n---\nbody", "workflow": "sportswear-launch"}"#)
        #expect(api.problem(located)?.errors?.first?.line == 3)
        #expect(try await api.call("li.na", "GET", "/v1/me").status == 200, "still serving")
    }

    @Test func invalidUTF8AndOversizedBodiesAreRefused() async throws {
        let api = try await APIFixture()
        var bytes = Data(#"{"content": ""#.utf8)
        bytes.append(contentsOf: [0xFF, 0xFE, 0xC3])
        bytes.append(contentsOf: Data(#""}"#.utf8))
        let invalid = try await api.raw("li.na", "POST", "/v1/drafts", body: bytes)
        #expect(invalid.status == 400)
        let huge = Data(repeating: 0x20, count: 17 << 20)
        let tooLarge = try await api.raw("li.na", "POST", "/v1/drafts", body: huge)
        #expect(tooLarge.status == 413)
        #expect(api.problem(tooLarge)?.type == "urn:kosflow:problem:too-large")
        #expect(try await api.call("li.na", "GET", "/v1/drafts/" + String(repeating: "d", count: 5000)).status == 404)
        #expect(try await api.call("li.na", "GET", "/v1/nowhere").status == 404)
        #expect(try await api.call("li.na", "GET", "/v1/me").status == 200)
    }

    @Test func aRetriedSubmitNeverCreatesASecondDraft() async throws {
        let api = try await APIFixture()
        let content = try String(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/velocity-launch-preview.md"), encoding: .utf8)
        let body = String(decoding: try API.encoder().encode(API.Submission(workflow: nil, content: content)), as: UTF8.self)
        let first = try await api.call("li.na", "POST", "/v1/drafts", json: body, headers: ["Idempotency-Key": "launch-1"])
        let retry = try await api.call("li.na", "POST", "/v1/drafts", json: body, headers: ["Idempotency-Key": "launch-1"])
        #expect(first.status == 201)
        #expect(retry.status == 200)
        let a = try API.decoder().decode(API.Submitted.self, from: first.body)
        let b = try API.decoder().decode(API.Submitted.self, from: retry.body)
        #expect(a.draft.id == b.draft.id && a.created && !b.created)
        // The same key from another person is their own submit.
        let other = try await api.call("chen.jie", "POST", "/v1/drafts", json: body, headers: ["Idempotency-Key": "launch-1"])
        #expect(other.status == 201)
        #expect(try await api.send("admin", "GET", "/v1/drafts", as: [API.Draft].self).count == 2)
    }

    @Test func aTokenOverItsRateGets429WithRetryAfter() async throws {
        // One request a minute after a burst of three: however slow this machine is, the fourth is over the rate.
        let api = try await APIFixture(rate: .init(requests: 1, perSeconds: 60, burst: 3))
        var statuses: [Int] = []
        var retryAfter: Int?
        for _ in 0..<6 {
            let response = try await api.call("li.na", "GET", "/v1/me")
            statuses.append(response.status)
            if response.status == 429 {
                retryAfter = response.retryAfter
                #expect(api.problem(response)?.type == "urn:kosflow:problem:rate-limited")
            }
        }
        #expect(statuses.prefix(3) == [200, 200, 200])
        #expect(statuses.suffix(3) == [429, 429, 429])
        #expect(retryAfter.map { (59...60).contains($0) } == true, "\(String(describing: retryAfter))")
        // Another token has its own bucket.
        #expect(try await api.call("zhang.wei", "GET", "/v1/me").status == 200)
    }

    @Test func secretsNeverComeBack() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na")
        _ = try await api.send("zhang.wei", "POST", "/v1/drafts/\(draft.id)/approve", body: API.DecisionRequest(), as: API.Draft.self)
        var everything = Data()
        for path in ["/v1/audit", "/v1/drafts", "/v1/drafts/\(draft.id)", "/v1/inbox", "/v1/me"] {
            everything.append(try await api.call("admin", "GET", path).body)
        }
        let text = String(decoding: everything, as: UTF8.self)
        for (who, token) in api.tokens {
            #expect(!text.contains(token), "\(who)'s token appears in API output")
            #expect(!text.contains(String(token.dropFirst(4).prefix(16))), "part of \(who)'s token appears in API output")
        }
    }
}
