import Foundation
import KosCore
import KosStore
import Testing

@testable import KosCLI

/// An associate makes a post from a campaign kit with `kos library use`, fills in its slots and submits it: the
/// store manager's approval is enough (the workflow's fast lane); a changed locked part, a slot left as it was or
/// another image takes the full review, with a finding that says what differs.
@Suite struct LibraryTests {
    /// The example kit's text, open with no end (the example's own window closes with its season).
    static let kit = """
        apiVersion: kos/v1
        kind: Kit
        id: arco-evergreen
        version: 3
        description: Arco 33 styling note, any season.
        workflow: boutique-styling-notes
        calendar_slots: [first-saturday]
        platforms: [xiaohongshu]
        products: [SKU-ARCO-33]
        hashtags: [秋冬穿搭, 手袋分享]
        title: "{{opening}}｜Arco 33 的三种背法"
        body: |
          #广告 {{greeting}}

          这一季的 Arco 33 用编织小羊皮，手感柔软，放得下日常随身的东西。

          {{styling_tip}}

          欢迎到店试背，我们可以为你预留颜色。
        slots:
          - {name: opening, max_chars: 12, hint: 一句开场}
          - {name: greeting, max_chars: 30, hint: 和你的客人打个招呼, guidelines: [house-greeting]}
          - {name: styling_tip, max_chars: 120, hint: 你会怎么搭配}
        media:
          - path: media/arco-front.jpg
            sha256: 1b92c0fc7288a1347c5810b884926a0a3ecc2859d07768766e9f2e1d7af0676c
            alt: 深棕色 Arco 33 手袋，正面
        ---
        apiVersion: kos/v1
        kind: Guidelines
        id: house-greeting
        description: How the house greets a client.
        rules:
          - id: no-qin
            kind: existence
            level: error
            message: '"%s" is not how the house greets a client'
            terms: [亲]
            fixtures: {flag: ["亲，在吗"], pass: ["王小姐，您好"]}
        """

    func kos(_ api: APIFixture, _ who: String, _ args: [String]) async throws -> (code: Int32, out: String, err: String) {
        try await DecisionBindingTests.kos(api, who, args)
    }

    /// Writes a draft from the kit with its slots filled (and `edit` applied), submits it with `kos submit`, and
    /// lets the worker run; the draft as the API shows it.
    func post(_ api: APIFixture, _ name: String, edit: (String) -> String = { $0 }) async throws -> API.Draft {
        let starter = try await kos(api, "li.na", ["library", "use", "arco-evergreen"])
        #expect(starter.code == 0, "\(starter)")
        let folder = api.dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("media"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: APIFixture.root.appendingPathComponent("Templates/drafts/media/arco-front.jpg"),
                                         to: folder.appendingPathComponent("media/arco-front.jpg"))
        let filled = starter.out
            .replacingOccurrences(of: "【opening：一句开场，至多 12 字】", with: "周末好")
            .replacingOccurrences(of: "【greeting：和你的客人打个招呼，至多 30 字】", with: "王小姐，上次说的颜色到了")
            .replacingOccurrences(of: "【styling_tip：你会怎么搭配，至多 120 字】", with: "配一件驼色大衣，肘弯手提很耐看。")
        let file = folder.appendingPathComponent("look.md")
        try edit(filled).write(to: file, atomically: true, encoding: .utf8)
        let submitted = try await kos(api, "li.na", ["submit", file.path, "--no-lint", "--format", "json"])
        #expect(submitted.code == 0, "\(submitted)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(submitted.out.utf8)) as? [String: Any])
        let id = try #require((json["draft"] as? [String: Any])?["id"] as? String)
        try await api.worker.drain()
        return try await api.draft(id)
    }

    func approve(_ api: APIFixture, _ draft: API.Draft) async throws -> API.Draft {
        let detail = try await api.send("zhang.wei", "GET", "/v1/drafts/\(draft.id)", as: API.DraftDetail.self)
        #expect(draft.state == DraftProgress.awaitingApproval.rawValue, "\(draft.title ?? ""): \(draft.state) \(draft.reason ?? "") \(detail.findings.map { "\($0.rule) \($0.message)" })")
        let answer = try await api.send("zhang.wei", "POST", "/v1/drafts/\(draft.id)/approve",
                                        body: API.DecisionRequest(revision: draft.revision, contentHash: draft.contentHash), as: API.Draft.self)
        try await api.worker.drain()
        var after = try await api.draft(draft.id)
        after.next = answer.next
        return after
    }

    @Test(arguments: ["sqlite", "postgres"])
    func aPostMadeFromAKitTakesTheFastLaneOnlyWhenOnlyItsSlotsWereFilled(driver: String) async throws {
        let api = try await APIFixture(workflow: Self.kit, driver: driver)
        let library = try await kos(api, "li.na", ["library"])
        #expect(library.code == 0 && library.out.contains("arco-evergreen@3") && library.out.contains("opening, greeting, styling_tip"), "\(library)")

        let kept = try await post(api, "kept")
        #expect(kept.state == DraftProgress.awaitingApproval.rawValue && kept.step == "store-manager")
        // What the reviewer reads: only the slots are the associate's, in kos show and on the console's page.
        let shown = try await kos(api, "zhang.wei", ["show", kept.id])
        #expect(shown.out.contains("made from the campaign kit arco-evergreen@3, unchanged but for what the author wrote:")
                && shown.out.contains("  greeting: 「王小姐，上次说的颜色到了」"), "\(shown.out)")
        let detail = try await api.send("zhang.wei", "GET", "/v1/drafts/\(kept.id)", as: API.DraftDetail.self)
        #expect(detail.kit?.matched == true && detail.kit?.slots.map(\.name) == ["opening", "greeting", "styling_tip"])
        let session = try await api.signIn("zhang.wei")
        let page = try await api.page("/console/drafts/\(kept.id)", session: session)
        #expect(page.body.contains("Made from the campaign kit arco-evergreen@3") && page.body.contains("<mark class=\"own\">王小姐，上次说的颜色到了</mark>"),
                "\(page.body.prefix(400))")
        let afterManager = try await approve(api, kept)
        #expect(afterManager.state == DraftProgress.scheduled.rawValue, "the store manager's approval is enough: \(afterManager)")
        // It takes only the calendar slots the kit names: the first Saturday's, not the weekday evenings.
        var shanghai = Calendar(identifier: .gregorian)
        shanghai.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let due = try #require(afterManager.dueAt.flatMap { iso.date(from: $0) }, "\(afterManager)")
        let at = shanghai.dateComponents([.weekday, .day, .hour], from: due)
        #expect(at.weekday == 7 && at.day! <= 7 && at.hour == 11, "goes out at \(afterManager.dueAt ?? ""), not a first Saturday's 11:00 in Shanghai")
        #expect(afterManager.next?.hasPrefix("approved in full") == true, "the reviewer is told so: \(afterManager.next ?? "")")

        let changed = try await post(api, "changed") { $0.replacingOccurrences(of: "手感柔软", with: "手感特别软") }
        let findings = try await api.send("zhang.wei", "GET", "/v1/drafts/\(changed.id)", as: API.DraftDetail.self).findings
        let mismatch = try #require(findings.first { $0.rule == "kit/mismatch" })
        #expect(mismatch.level == .warning && mismatch.message.contains("the locked text 「") && mismatch.message.contains("takes the full review"), "\(mismatch)")
        let fullReview = try await approve(api, changed)
        #expect(fullReview.state == DraftProgress.awaitingApproval.rawValue && fullReview.step == "regional-compliance", "\(fullReview)")
        #expect(fullReview.next?.contains("next: regional-compliance") == true, "\(fullReview.next ?? "")")

        let unfilled = try await post(api, "unfilled") { $0.replacingOccurrences(of: "王小姐，上次说的颜色到了", with: "【greeting：和你的客人打个招呼，至多 30 字】") }
        let why = try await api.send("zhang.wei", "GET", "/v1/drafts/\(unfilled.id)", as: API.DraftDetail.self).findings.first { $0.rule == "kit/mismatch" }
        #expect(why?.message.contains("the slot greeting is not filled in") == true, "\(String(describing: why))")
        #expect(try await approve(api, unfilled).step == "regional-compliance")

        // The greeting slot is also checked with the kit's own pack for it.
        let qin = try await post(api, "qin") { $0.replacingOccurrences(of: "王小姐，上次说的颜色到了", with: "亲，上次说的颜色到了") }
        #expect(qin.state == DraftProgress.blocked.rawValue, "\(qin)")
        let slotFinding = try await api.send("zhang.wei", "GET", "/v1/drafts/\(qin.id)", as: API.DraftDetail.self).findings.first { $0.rule == "house-greeting/no-qin" }
        #expect(slotFinding?.message.hasPrefix("in the slot greeting: \"亲\" is not how the house greets a client") == true, "\(String(describing: slotFinding))")

        let unknown = try await kos(api, "li.na", ["library", "use", "winter-coats"])
        #expect(unknown.code == 1 && unknown.err.contains("no kit 'winter-coats' is open now"), "\(unknown)")
    }
}
