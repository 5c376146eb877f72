import Foundation
import KosCore
import KosTesting
import Testing

@testable import KosCLI

/// `kos lint` and kosd's check steps give one verdict: the same packs, the same embargo semantics, the same
/// findings for the same draft — `CheckPlan` decides for both.
@Suite struct OneVerdictTests {
    /// A drop far ahead, one workflow that holds embargoed posts until it and one that refuses them.
    static let drop = """
        apiVersion: kos/v1
        kind: Calendar
        id: drop-week
        description: The Aurora 7 drop, far ahead.
        timezone: Asia/Shanghai
        slots:
          - cron: "0 10 * * *"
        embargoes:
          - products: [SKU-DROP-2030, "Aurora 7"]
            until: "2030-06-01T10:00"
            reason: Global drop.
        ---
        apiVersion: kos/v1
        kind: Workflow
        id: drop-held
        description: Drop posts, held until the embargo lifts.
        calendar: drop-week
        guidelines: [prc-advertising-law, ad-disclosure, client-privacy]
        steps:
          - id: guidelines
            check:
              block_on: error
          - id: brand-compliance
            approval: {groups: [brand-compliance], required: any, timeout: 12h, on_timeout: reject}
          - id: drop
            wait:
              embargo: true
        ---
        apiVersion: kos/v1
        kind: Workflow
        id: drop-refused
        description: Drop posts; an embargoed product is refused.
        calendar: drop-week
        guidelines: [prc-advertising-law, ad-disclosure, client-privacy]
        steps:
          - id: guidelines
            check:
              block_on: error
          - id: brand-compliance
            approval: {groups: [brand-compliance], required: any, timeout: 12h, on_timeout: reject}

        """

    /// `kos lint --format json` over files, in process: exit code and each file's findings as comparable keys.
    static func lint(_ files: [String], definitions: URL, now: Date) async throws -> (code: Int32, findings: [String: [String]]) {
        let args = ["lint", "--format", "json", "--workflows", definitions.path, "--now", ISO8601DateFormatter().string(from: now)] + files
        let (code, text) = try await APIFixture.offPool {
            let out = Lines(), err = Lines()
            let code = KosCommand.run(args, console: Console(out: { out.append($0) }, err: { err.append($0) }))
            return (code, out.text + err.text)
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text.prefix(500))")
        var findings: [String: [String]] = [:]
        for file in object["files"] as? [[String: Any]] ?? [] {
            let path = try #require(file["path"] as? String)
            findings[path] = (file["findings"] as? [[String: Any]] ?? []).map {
                key(rule: $0["rule"] as? String, level: $0["severity"] as? String, line: $0["line"] as? Int, column: $0["column"] as? Int, match: $0["match"] as? String)
            }.sorted()
        }
        return (code, findings)
    }

    static func key(rule: String?, level: String?, line: Int?, column: Int?, match: String?) -> String {
        "\(rule ?? "?") \(level ?? "?") \(line ?? 0):\(column ?? 0) \"\(match ?? "")\""
    }

    /// What kosd's check steps recorded for a draft, as the same keys.
    static func recorded(_ api: APIFixture, _ id: String) async throws -> [String] {
        try await api.send("admin", "GET", "/v1/drafts/\(id)", as: API.DraftDetail.self).findings.map {
            key(rule: $0.rule, level: $0.level.rawValue, line: $0.line, column: $0.column, match: $0.match)
        }.sorted()
    }

    static func draft(workflow: String, title: String, body: String, platforms: String = "[xiaohongshu]", products: String = "[]") -> String {
        "---\ntitle: \(title)\nplatforms: \(platforms)\nproducts: \(products)\nworkflow: \(workflow)\n---\n\(body)\n"
    }

    @Test func anEmbargoedPostIsHeldByAWorkflowThatWaitsAndRefusedByOneThatDoesNotInLintAndKosdAlike() async throws {
        let api = try await APIFixture(workflow: Self.drop)
        let files = api.dir.appendingPathComponent("drafts")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        for workflow in ["drop-held", "drop-refused"] {
            let text = Self.draft(workflow: workflow, title: "Aurora 7 抢先看", body: "#广告 Aurora 7 的配色这次很克制，周末到店可以试穿。")
            let path = files.appendingPathComponent("\(workflow).md").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let lint = try await Self.lint([path], definitions: api.definitions, now: Date())
            let submitted = try await api.send("li.na", "POST", "/v1/drafts", body: API.Submission(workflow: nil, content: text),
                                               headers: ["Idempotency-Key": UUID().uuidString], as: API.Submitted.self)
            try await api.worker.drain()
            let state = try await api.draft(submitted.draft.id).state
            let daemon = try await Self.recorded(api, submitted.draft.id)
            #expect(lint.findings[path] == daemon, "\(workflow): lint \(lint.findings[path] ?? []) vs kosd \(daemon)")
            if workflow == "drop-held" {
                let note = try await api.send("admin", "GET", "/v1/drafts/\(submitted.draft.id)", as: API.DraftDetail.self).findings.first { $0.rule.contains("embargo") }
                #expect(note?.message.contains("this workflow holds the post until then (it is not blocked)") == true, "\(String(describing: note))")
                #expect(lint.code == 0, "a held post is not a failed lint")
                #expect(daemon.contains { $0.hasPrefix("drop-week-embargoes-held/sku-drop-2030 suggestion") }, "\(daemon)")
                #expect(state == "awaiting-approval", "kosd holds it for review and the drop, not blocks it")
            } else {
                #expect(lint.code == 1)
                #expect(daemon.contains { $0.hasPrefix("drop-week-embargoes/sku-drop-2030 error") }, "\(daemon)")
                #expect(state == "blocked")
            }
        }
    }

    /// Every example draft and 300 generated ones: `kos lint` and kosd record the same findings.
    @Test func lintAndKosdAgreeOnEveryDraft() async throws {
        let api = try await APIFixture(workflow: Self.drop)
        let files = api.dir.appendingPathComponent("drafts")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        var texts: [(path: String, text: String)] = []
        let examples = APIFixture.root.appendingPathComponent("Templates/drafts")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted() where name.hasSuffix(".md") {
            // Media are left out: the API takes them as uploads, which this comparison does not need.
            let text = APIFixture.withoutMedia(try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8))
            texts.append((files.appendingPathComponent(name).path, text))
        }
        var g = SeededGenerator(seed: 20_261_205)
        func pick<T>(_ xs: [T]) -> T { xs[Int(g.next() % UInt64(xs.count))] }
        let sentences = ["这周店里到了秋冬新季的 Arco 33，编织皮革的手感非常柔软。", "全网最低价，错过等一年！", "这是我穿过最舒服的一双。",
                         "国家级面料实验室认证。", "美白祛斑，一周见效。", "加我微信 kos-lina88 预约试穿。", "预约电话 13812345678。",
                         "Aurora 7 周末到店。", "Velocity 9 的中底回弹很明显。", "秒杀全网，全民免单！", "zui佳的选择。", "配色是今年的雾蓝。",
                         "价格 ¥12,800，会员九五折。", "限量 20 只，售完即止。", "第一次穿就很合脚。", "N O . 1 的口碑。"]
        let workflows = ["boutique-styling-notes", "livestream-flash-sale", "sportswear-launch", "drop-held", "drop-refused"]
        for i in 0..<300 {
            var body = (0..<(1 + Int(g.next() % 4))).map { _ in pick(sentences) }.joined()
            if g.next() % 3 != 0 { body = "#广告 " + body }
            let text = Self.draft(workflow: pick(workflows), title: pick(["周末穿搭", "Aurora 7 抢先看", "直播预告", "最值得买的手袋"]), body: body,
                                  platforms: pick(["[xiaohongshu]", "[douyin, weibo]", "[wechat-channels]"]), products: pick(["[]", "[SKU-DROP-2030]", "[SKU-ARCO-33]"]))
            texts.append((files.appendingPathComponent("generated-\(i).md").path, text))
        }
        for t in texts { try t.text.write(toFile: t.path, atomically: true, encoding: .utf8) }
        let lint = try await Self.lint(texts.map(\.path), definitions: api.definitions, now: Date())
        try #require(lint.findings.count == texts.count, "lint read every draft")
        var differences: [String] = []
        var flagged = 0, blocked = 0
        for t in texts {
            let submitted = try await api.send("li.na", "POST", "/v1/drafts", body: API.Submission(workflow: nil, content: t.text),
                                               headers: ["Idempotency-Key": UUID().uuidString], as: API.Submitted.self)
            try await api.worker.drain()
            let daemon = try await Self.recorded(api, submitted.draft.id)
            if !daemon.isEmpty { flagged += 1 }
            if try await api.draft(submitted.draft.id).state == "blocked" { blocked += 1 }
            if lint.findings[t.path] != daemon {
                differences.append("\((t.path as NSString).lastPathComponent): lint \(lint.findings[t.path] ?? []) kosd \(daemon)")
            }
        }
        #expect(differences.isEmpty, "\(differences.count) of \(texts.count) differ:\n\(differences.prefix(10).joined(separator: "\n"))")
        // Not an agreement on nothing: most drafts are flagged, many blocked.
        #expect(flagged > texts.count / 2 && blocked > texts.count / 5, "\(flagged) flagged, \(blocked) blocked of \(texts.count)")
        print("lint and kosd: \(texts.count) drafts, \(flagged) flagged, \(blocked) blocked, \(differences.count) differences")
    }
}
