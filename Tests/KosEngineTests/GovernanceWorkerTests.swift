import Foundation
import KosCore
import KosStore
import KosTesting
import Testing

@testable import KosEngine

/// What the daemon does with a suppressed finding: it does not block, and the audit log keeps who said why.
@Suite struct GovernanceWorkerTests {
    @Test func aSuppressedFindingPassesTheCheckAndIsAudited() async throws {
        let s = try await EngineFixtures.setUp()
        let draft = EngineFixtures.cleanDraft + "\n<!-- kos-allow prc-advertising-law/absolute-terms: 店名里的“顶级”是注册商标 -->\n顶级皮具护理店就在隔壁。\n"
        let (runID, _) = try await EngineFixtures.submit(s, draft)
        try await s.worker.drain()
        #expect(try await s.store.run(id: runID)?.status == .running, "waits for the store manager: the suppressed claim did not block")
        let audit = try await s.store.auditEntries()
        let note = try #require(audit.first { $0.action == "finding.suppressed" })
        #expect(note.details.contains("prc-advertising-law/absolute-terms") && note.details.contains("注册商标"))
        // Without a reason the suppression is itself a blocking finding.
        let (blocked, _) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft + "\n<!-- kos-allow prc-advertising-law/absolute-terms -->\n顶级皮具护理店。\n")
        try await s.worker.drain()
        #expect(try await s.store.run(id: blocked)?.status == .blocked)
    }

    static let kit = """
            ---
            apiVersion: kos/v1
            kind: Kit
            id: arco-kit
            version: 1
            workflow: styling-note
            platforms: [xiaohongshu]
            hashtags: [秋冬穿搭]
            title: 秋冬新季 Arco 手袋
            body: "#广告 {{greeting}}这周店里到了秋冬新季的 Arco 33。"
            slots:
              - {name: greeting, max_chars: 30}
            withdrawn: false
            """

    /// A campaign kit withdrawn after a post made from it was approved: the post is held, not published.
    @Test func aPostFromAKitWithdrawnSinceIsHeld() async throws {
        let s = try await EngineFixtures.setUp(endpoint: Self.kit)
        let dir = URL(fileURLWithPath: s.store.path).deletingLastPathComponent()
        let draft = "---\ntitle: 秋冬新季 Arco 手袋\nplatforms: [xiaohongshu]\nhashtags: [秋冬穿搭]\nkit: arco-kit@1\n---\n#广告 王小姐好！这周店里到了秋冬新季的 Arco 33。\n"
        let (runID, hash) = try await EngineFixtures.submit(s, draft)
        try await s.worker.drain()
        #expect(try await s.store.run(id: runID)?.status == .running, "waits for the store manager")
        let checked = try #require(try await s.store.completions(runID: runID, stepIndex: 0).last?.result)
        #expect(!checked.contains("mismatch"), "made from the kit as it is: \(checked)")
        // The brand withdraws the kit (a reload); the post was approved before it heard.
        let program = try String(contentsOf: dir.appendingPathComponent("Workflows/program.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "withdrawn: false", with: "withdrawn: true")
        let version = try await s.store.recordDefinitions([DefinitionFile(path: "program.yaml", text: program)])
        #expect(try await s.store.currentDefinitionsVersion() == version)
        try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "zhang.wei", approve: true, contentHash: hash, reason: nil)
        try await s.worker.drain()
        let run = try #require(try await s.store.run(id: runID))
        #expect(run.status == .blocked && run.reason?.hasPrefix("held: the campaign kit arco-kit@1 it was made from was withdrawn") == true, "\(run.reason ?? "")")
        #expect(try await s.store.auditEntries().contains { $0.action == "run.held" && $0.subject == runID })
        #expect(s.receiver.seen.isEmpty, "nothing went out")
    }

    /// A post from a kit whose season is over: reviewed in full (the kit no longer matches) and, approved, held.
    @Test func aPostFromAKitPastItsSeasonIsHeld() async throws {
        let s = try await EngineFixtures.setUp(endpoint: Self.kit.replacingOccurrences(of: "withdrawn: false", with: "valid_until: \"2020-01-01T00:00\""))
        let draft = "---\ntitle: 秋冬新季 Arco 手袋\nplatforms: [xiaohongshu]\nhashtags: [秋冬穿搭]\nkit: arco-kit@1\n---\n#广告 王小姐好！这周店里到了秋冬新季的 Arco 33。\n"
        let (runID, hash) = try await EngineFixtures.submit(s, draft)
        try await s.worker.drain()
        let checked = try #require(try await s.store.completions(runID: runID, stepIndex: 0).last?.result)
        #expect(checked.contains("mismatch") && checked.contains("arco-kit@1 expired at 2019-12-31T16:00:00"), "\(checked)")
        try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "zhang.wei", approve: true, contentHash: hash, reason: nil)
        try await s.worker.drain()
        let run = try #require(try await s.store.run(id: runID))
        #expect(run.status == .blocked && run.reason?.contains("closed at 2019-12-31T16:00:00.000Z (its season is over)") == true, "\(run.reason ?? "")")
        #expect(s.receiver.seen.isEmpty)
    }

    /// Packs reloaded after approval: a post the new packs would block is held, not published.
    @Test func aPostTheReloadedPacksWouldBlockIsHeld() async throws {
        let s = try await EngineFixtures.setUp()
        let dir = URL(fileURLWithPath: s.store.path).deletingLastPathComponent()
        let (runID, hash) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.worker.drain()
        // The reload: a brand pack that forbids 编织皮革 until legal confirms the leather's origin.
        let program = try String(contentsOf: dir.appendingPathComponent("Workflows/program.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "guidelines: [prc-advertising-law, client-privacy, ad-disclosure]",
                                  with: "guidelines: [prc-advertising-law, client-privacy, ad-disclosure, leather-claims]")
        let pack = """
            apiVersion: kos/v1
            kind: Guidelines
            id: leather-claims
            rules:
              - {id: origin, kind: existence, level: error, message: '"%s" needs the origin confirmed by legal', terms: [编织皮革]}
            """
        let version = try await s.store.recordDefinitions([DefinitionFile(path: "program.yaml", text: program), DefinitionFile(path: "leather.yaml", text: pack)])
        #expect(try await s.store.currentDefinitionsVersion() == version)
        try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "zhang.wei", approve: true, contentHash: hash, reason: nil)
        try await s.worker.drain()
        let run = try #require(try await s.store.run(id: runID))
        #expect(run.status == .blocked)
        #expect(run.reason?.hasPrefix("held:") == true && run.reason?.contains("leather-claims/origin") == true, "\(run.reason ?? "")")
        #expect(try await s.store.auditEntries().contains { $0.action == "run.held" && $0.subject == runID })
        #expect(s.receiver.seen.isEmpty, "nothing went out")
    }
}
