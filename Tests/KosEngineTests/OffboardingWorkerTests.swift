import Foundation
import KosCore
import KosDefinitions
@testable import KosStore
import KosTesting
import Testing

@testable import KosEngine

/// What a leaver's handover does in the engine: the recall of her posts still live on her own account, signed and
/// verified by the independent `standardwebhooks` package; and the publishing refused once her moment has come.
@Suite struct OffboardingWorkerTests {
    static let onHerOwnAccount = EngineFixtures.cleanDraft.replacingOccurrences(of: "hashtags: [秋冬穿搭]", with: "hashtags: [秋冬穿搭]\naccounts: [xiaohongshu:lina88]")

    func register(_ s: EngineFixtures.Setup) async throws {
        let parsed = StaffCSV.parse(Data("id,role,store,accounts\nli.na,creator,SH-IFC,xiaohongshu:lina88 (employee)\n".utf8))
        try await s.store.applyDirectory(DirectoryPlan.make(records: parsed.records, current: try await s.store.people(), currentAccounts: [], knownStores: nil),
                                         actor: "admin")
    }

    @Test func aPostLiveOnTheLeaversOwnAccountIsRecalledFromTheGatewayThatPublishedIt() async throws {
        let s = try await EngineFixtures.setUp(endpoint: "recall: true")
        try await register(s)
        let (live, hash) = try await EngineFixtures.submit(s, Self.onHerOwnAccount)
        try await s.store.recordDecision(runID: live, stepIndex: 1, reviewerID: "zhang.wei", approve: true, contentHash: hash, reason: nil)
        try await s.worker.drain()
        #expect(try await s.store.run(id: live)?.status == .completed)
        #expect(try await s.store.auditEntries().contains { $0.action == AuditAction.deliveryDelivered.rawValue && $0.details.hasSuffix("on xiaohongshu:lina88") },
                "publishing records the account it went out on")
        let (waiting, _) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft.replacingOccurrences(of: "Arco 手袋", with: "Arco 手袋 第二篇"))
        try await s.worker.drain()

        _ = try await s.store.scheduleOffboarding(personID: "li.na", successor: "zhang.wei", at: nil, actor: "admin")
        let leaver = try #require(try await s.store.person(id: "li.na"))
        let report = try #require(try await Offboarding.complete(leaver, store: s.store, versions: DefinitionVersions(store: s.store, current: s.environment),
                                                                 actor: "admin"))
        let liveDraft = try #require(try await s.store.run(id: live)).draftID
        #expect(report.live == ["\(liveDraft) on xiaohongshu:lina88"])
        #expect(report.recalls == ["\(liveDraft) → gateway"])
        #expect(report.cancelled == [try #require(try await s.store.run(id: waiting)).draftID], "the workflow cancels what is in review by default")
        #expect(report.accountsRetired == ["xiaohongshu:lina88"])

        try await s.worker.drain()
        let recall = try #require(s.receiver.seen.first { ($0["body"] as? String)?.contains("post.recall") == true })
        #expect(recall["verified"] as? Bool == true, "signed, and verified by standardwebhooks")
        #expect((recall["id"] as? String)?.hasPrefix("msg_recall_") == true)
        let body = try #require(try JSONSerialization.jsonObject(with: Data((recall["body"] as! String).utf8)) as? [String: String])
        #expect(body["type"] == "post.recall" && body["draft"] == liveDraft && body["account"] == "xiaohongshu:lina88" && body["creator"] == "li.na")
        #expect(try await s.store.auditEntries().contains { $0.action == AuditAction.postRecallSent.rawValue && $0.subject == liveDraft })
    }

    @Test func aLeaversPostIsNotPublishedOnceHerMomentHasComeThoughHerHandoverHasNotRun() async throws {
        let s = try await EngineFixtures.setUp()
        let (runID, hash) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.worker.drain()
        try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "zhang.wei", approve: true, contentHash: hash, reason: nil)
        _ = try await s.store.scheduleOffboarding(personID: "li.na", successor: nil, at: nil, actor: "admin")
        // The worker does not look for handovers now: only the publishing itself stands in the way.
        s.worker.lastOffboardingLook = ContinuousClock.now + .seconds(3600)
        try await s.worker.drain()
        let run = try #require(try await s.store.run(id: runID))
        #expect(run.status == .withdrawn && run.reason?.contains("li.na left the program on") == true, "\(run)")
        #expect(s.receiver.seen.isEmpty, "nothing was sent")
        #expect(try await s.store.offboardReport(personID: "li.na") == nil, "the handover has not run")
    }

    @Test func aPayloadNamesTheAccountItGoesOutOnForEachPlatform() throws {
        var draft = Draft(path: "-", title: "秋冬", platforms: ["xiaohongshu", "douyin"])
        draft.accounts = ["xiaohongshu:lina.ifc", "douyin:lina88", "not-an-account"]
        let context = Worker.templateContext(draft: draft, creator: Person(id: "li.na", role: .creator), run: StoredRun(id: "r", draftID: "d", revision: 1,
                                                                                                                      workflow: "w", status: .running), media: [])
        let d = try #require(context["draft"] as? [String: Any])
        #expect((d["account"] as? [String: String]) == ["xiaohongshu": "lina.ifc", "douyin": "lina88"])
        #expect((d["accounts"] as? [[String: String]])?.map { $0["id"] ?? "" } == ["xiaohongshu:lina.ifc", "douyin:lina88"])
    }
}
