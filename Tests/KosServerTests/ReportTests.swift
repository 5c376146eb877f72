import Foundation
import KosCore
import KosTesting
import Testing

@testable import KosCLI
@testable import KosServer

/// The program's health through the API, the console and `kos report`, from drafts that went through kosd:
/// one approved at its first revision, one rejected and approved when revised, one blocked by the advertising law.
@Suite struct ReportTests {
    static func program() async throws -> (APIFixture, blocked: API.Draft) {
        let api = try await APIFixture()
        let first = try await api.submit("li.na")
        _ = try await api.send("zhang.wei", "POST", "/v1/drafts/\(first.id)/approve", body: API.DecisionRequest(revision: 1, contentHash: first.contentHash),
                               as: API.Draft.self)
        let second = try await api.submit("chen.jie") { $0.replacingOccurrences(of: "上脚", with: "上脚（雾蓝）") }
        _ = try await api.send("zhang.wei", "POST", "/v1/drafts/\(second.id)/reject",
                               body: API.DecisionRequest(revision: 1, contentHash: second.contentHash, reason: "写清楚发售日期"), as: API.Draft.self)
        try await api.worker.drain()
        let content = try String(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/velocity-launch-preview.md"), encoding: .utf8)
            .replacingOccurrences(of: "周六早上十点", with: "12月12日周六早上十点")
        let revised = try await api.send("chen.jie", "POST", "/v1/drafts/\(second.id)/revisions", body: API.Submission(workflow: nil, content: content),
                                         as: API.Submitted.self)
        try await api.worker.drain()
        _ = try await api.send("zhang.wei", "POST", "/v1/drafts/\(second.id)/approve",
                               body: API.DecisionRequest(revision: 2, contentHash: revised.draft.contentHash), as: API.Draft.self)
        let blocked = try await api.submit("li.na") { $0.replacingOccurrences(of: "正式发售。", with: "正式发售，全网最低价！") }
        try await api.worker.drain()
        return (api, blocked)
    }

    @Test func theReportCountsWhatHappenedAndOnlyReviewersReadIt() async throws {
        let (api, blocked) = try await Self.program()
        #expect(blocked.state == "blocked")
        let report = try await api.send("zhang.wei", "GET", "/v1/report", as: API.Report.self)
        #expect(report.drafts == 3)
        #expect(report.firstPass == API.Report.FirstPass(decided: 3, passed: 1), "\(report.firstPass)")
        let stage = try #require(report.stages.first { $0.workflow == "sportswear-launch" && $0.step == "brand-compliance" }, "\(report.stages)")
        #expect(stage.approved == 2 && stage.rejected == 1 && stage.p50Minutes != nil && stage.p90Minutes! >= stage.p50Minutes!)
        #expect(report.rules.contains { $0.rule.hasPrefix("prc-advertising-law/") && $0.blocked == 1 }, "\(report.rules)")
        // The deliveries agree with the deliveries list.
        let listed = try await api.send("zhang.wei", "GET", "/v1/deliveries?limit=10000", as: [API.Delivery].self)
        let d = report.deliveries
        #expect([d.delivered, d.failed, d.pending, d.dead] == ["delivered", "failed", "pending", "dead"].map { s in listed.filter { $0.state == s }.count })

        #expect(try await api.call("li.na", "GET", "/v1/report").status == 403, "associates do not read the program's figures")
        #expect(try await api.call("zhang.wei", "GET", "/v1/report?since=yesterday").status == 400)
        #expect(try await api.call("zhang.wei", "GET", "/v1/report?since=2026-12-02T00:00:00Z&until=2026-12-01T00:00:00Z").status == 400)
        let empty = try await api.send("zhang.wei", "GET", "/v1/report?since=2020-01-01T00:00:00Z&until=2020-02-01T00:00:00Z", as: API.Report.self)
        #expect(empty.drafts == 0 && empty.stages.isEmpty && empty.firstPass.rate == nil)
    }

    @Test func theHealthPageDrawsTheFiguresAndKosReportWritesThem() async throws {
        let (api, _) = try await Self.program()
        let page = try await api.page("/console/health", session: try await api.signIn("zhang.wei"))
        #expect(page.status == 200 && page.body.contains("Program health") && page.body.contains("<svg"), "\(page.body.prefix(500))")
        #expect(page.body.contains("33 % (1 of 3)") && page.body.contains("sportswear-launch · brand-compliance p50") && page.body.contains("prc-advertising-law/"),
                "\(page.body)")
        #expect(!page.body.contains("<script") && page.header("content-security-policy")?.contains("default-src 'none'") == true)
        #expect(try await api.page("/console/health?days=7", session: try await api.signIn("zhang.wei")).body.contains("<strong>7 days</strong>"))
        #expect(try await api.page("/console/health", session: try await api.signIn("li.na")).status == 403)

        func kos(_ args: [String]) async throws -> (code: Int32, out: String, err: String) { try await DecisionBindingTests.kos(api, "zhang.wei", args) }
        let csv = try await kos(["report", "--format", "csv"])
        let rows = csv.out.split(separator: "\n").map(String.init)
        #expect(csv.code == 0 && rows.first == "section,name,measure,value", "\(csv)")
        #expect(rows.contains("first-pass,,passed,1") && rows.contains("first-pass,,decided,3") && rows.contains("stage,sportswear-launch/brand-compliance,rejected,1"),
                "\(csv.out)")
        let json = try await kos(["report", "--format", "json", "--since", "2020-01-01", "--until", "2020-02-01"])
        #expect(json.code == 0 && (try? API.decoder().decode(API.Report.self, from: Data(json.out.utf8)))?.drafts == 0, "\(json)")
        let human = try await kos(["report"])
        #expect(human.code == 0 && human.out.contains("first pass: 33 %") && human.out.contains("brand-compliance"), "\(human.out)")
        let bad = try await kos(["report", "--since", "2026-13-01"])
        #expect(bad.code != 0 && bad.err.contains("--since"), "\(bad)")
    }
}
