import Foundation
import KosCore
import KosStore
import Testing

/// The staff directory, accounts, being away and leaving: the same on every driver.
extension StoreConformance {
    static func staff(_ csv: String) -> [StaffRecord] {
        let parsed = StaffCSV.parse(Data(csv.utf8))
        #expect(parsed.errors.isEmpty, "\(parsed.errors)")
        return parsed.records
    }

    static func directoryImport(_ store: any RawSQLStore) async throws {
        let csv = """
            id,name,role,store,manager,groups,accounts
            zhang.wei,张伟,reviewer,SH-IFC,,store-managers,
            li.na,李娜,creator,SH-IFC,zhang.wei,,xiaohongshu:lina.ifc (company); douyin:lina88 (employee)
            """
        let plan = DirectoryPlan.make(records: staff(csv), current: try await store.people(), currentAccounts: try await store.accounts(), knownStores: nil)
        #expect(plan.count == (2, 0, 0))
        try await store.applyDirectory(plan, actor: "admin")
        let lina = try #require(try await store.person(id: "li.na"))
        #expect(lina.name == "李娜" && lina.manager == "zhang.wei" && lina.store == "SH-IFC" && lina.role == .creator)
        #expect(try await store.accounts().map { "\($0.id) \($0.operatorID) \($0.ownership.rawValue)" }
                == ["douyin:lina88 li.na employee", "xiaohongshu:lina.ifc li.na company"])
        // The same file again changes nothing and writes nothing.
        let entries = try await store.auditEntries().count
        let again = DirectoryPlan.make(records: staff(csv), current: try await store.people(), currentAccounts: try await store.accounts(), knownStores: nil)
        #expect(again.count == (0, 0, 2) && again.people.isEmpty && again.accounts.isEmpty)
        try await store.applyDirectory(again, actor: "admin")
        #expect(try await store.auditEntries().count == entries)
        // A new export: li.na moves store and drops her Douyin account, which leaves the register; the company
        // account passes to wang.fang, named on both rows.
        let next = """
            id,name,role,store,manager,groups,accounts
            li.na,李娜,creator,BJ-SKP,zhang.wei,,
            wang.fang,王芳,creator,SH-IFC,zhang.wei,,xiaohongshu:lina.ifc (company)
            """
        let moved = DirectoryPlan.make(records: staff(next), current: try await store.people(), currentAccounts: try await store.accounts(), knownStores: nil)
        #expect(moved.errors.isEmpty, "\(moved.errors)")
        #expect(moved.changes.map { "\($0.id) \($0.kind.rawValue) \($0.fields.joined(separator: ","))" } == ["li.na updated store,accounts", "wang.fang added accounts"])
        try await store.applyDirectory(moved, actor: "admin")
        #expect(try await store.accounts().map { "\($0.id) \($0.operatorID)" } == ["xiaohongshu:lina.ifc wang.fang"])
        let audit = try await store.auditEntries().map(\.action)
        #expect(audit.filter { $0 == AuditAction.accountRetired.rawValue }.count == 1)
        #expect(audit.filter { $0 == AuditAction.accountSaved.rawValue }.count == 3)
        // An account in another active person's hands is not taken by a row that does not name them.
        let grab = DirectoryPlan.make(records: staff("id,role,accounts\nchen.jie,creator,xiaohongshu:lina.ifc (employee)"), current: try await store.people(),
                                      currentAccounts: try await store.accounts(), knownStores: nil)
        #expect(grab.errors.map(\.message) == ["chen.jie: account xiaohongshu:lina.ifc is operated by wang.fang; hand it over by naming it on wang.fang's row too, or offboard wang.fang"])
    }

    static func offboarding(_ store: any RawSQLStore) async throws {
        for p in [Person(id: "li.na", role: .creator, store: "SH-IFC"), Person(id: "wang.fang", role: .creator, store: "SH-IFC")] {
            try await store.upsertPerson(p, actor: "admin")
        }
        try await store.applyDirectory(DirectoryPlan.make(records: staff("""
            id,role,store,accounts
            li.na,creator,SH-IFC,xiaohongshu:lina.ifc (company); douyin:lina88 (employee)
            wang.fang,creator,SH-IFC,
            """), current: try await store.people(), currentAccounts: [], knownStores: nil), actor: "admin")
        let token = try await store.createToken(personID: "li.na", expiresAt: nil, actor: "admin")
        // Three running drafts and one that went out.
        var drafts: [String] = []
        for i in 0..<3 {
            let d = try await store.submitDraft(DraftSubmission(creatorID: "li.na", workflow: "w", idempotencyKey: "k\(i)", content: Data("post \(i)".utf8)))
            _ = try await store.startRun(draftID: d.draftID, revision: 1, workflow: "w", firstStep: (0, "review"), actor: "li.na")
            drafts.append(d.draftID)
        }
        // A moment ahead changes nothing yet: her token works, nothing is due, the handover does not run.
        let now = try await store.now()
        let moment = try await store.scheduleOffboarding(personID: "li.na", successor: "wang.fang", at: now + 3_600_000, actor: "admin")
        #expect(moment == now + 3_600_000)
        #expect(try await store.authenticate(token: token)?.id == "li.na")
        #expect(try await store.offboardingsDue().isEmpty)
        var handover = Handover(personID: "li.na")
        handover.handOver[drafts[0]] = "the workflow hands over posts in review"
        handover.cancelled[drafts[1]] = "on her own account douyin:lina88"
        handover.recalls = [Handover.Recall(draftID: "d-old", account: "douyin:lina88", endpoint: "douyin-gateway", body: #"{"type":"post.recall"}"#)]
        handover.live = ["d-old on douyin:lina88"]
        #expect(try await store.completeOffboarding(handover, actor: "admin") == nil, "not before the moment")
        // Brought forward to now (a later moment never replaces an earlier one): her access ends at once.
        #expect(try await store.scheduleOffboarding(personID: "li.na", successor: nil, at: nil, actor: "admin") == moment, "asked again without a moment, it keeps its own")
        let at = try await store.scheduleOffboarding(personID: "li.na", successor: nil, at: try await store.now(), actor: "admin")
        #expect(at <= (try await store.now()))
        #expect(try await store.scheduleOffboarding(personID: "li.na", successor: nil, at: at + 86_400_000, actor: "admin") == at)
        #expect(try await store.authenticate(token: token) == nil, "a leaver's token stops at the moment, before the handover runs")
        #expect(try await store.offboardingsDue().map(\.id) == ["li.na"])
        #expect(try await store.person(id: "li.na")?.successor == "wang.fang", "the successor named first stays")
        let report = try #require(try await store.completeOffboarding(handover, actor: "admin"))
        #expect(report.handedOver == [drafts[0]] && report.cancelled == [drafts[1], drafts[2]])
        #expect(report.tokensRevoked == 1 && report.accountsPassed == ["xiaohongshu:lina.ifc"] && report.accountsRetired == ["douyin:lina88"])
        #expect(report.recalls == ["d-old → douyin-gateway"] && report.live == ["d-old on douyin:lina88"])
        #expect(try await store.draftSummary(id: drafts[0])?.creatorID == "wang.fang")
        #expect(try await store.draftSummary(id: drafts[0])?.run?.status == .running)
        #expect(try await store.draftSummary(id: drafts[1])?.run?.status == .withdrawn)
        #expect(try await store.draftSummary(id: drafts[1])?.run?.reason == "on her own account douyin:lina88")
        #expect(try await store.draftSummary(id: drafts[2])?.run?.reason?.hasPrefix("li.na left the program on ") == true)
        #expect(try await store.accounts().map { "\($0.id) \($0.operatorID)" } == ["xiaohongshu:lina.ifc wang.fang"])
        // The recall request is queued for its gateway, as it is.
        let recall = try #require(try await store.claimNotices(worker: "w", leaseMillis: 60_000, limit: 10).first)
        #expect(recall.kind == "post.recall" && recall.endpoint == "douyin-gateway" && recall.body == #"{"type":"post.recall"}"#)
        try await store.finishNotice(recall.id, sent: true, retryAt: nil, detail: "douyin-gateway took the recall")
        // Once: asked again, it returns the first report and changes nothing.
        let entries = try await store.auditEntries().count
        #expect(try await store.completeOffboarding(Handover(personID: "li.na"), actor: "admin") == report)
        #expect(try await store.offboardReport(personID: "li.na") == report)
        #expect(try await store.auditEntries().count == entries)
        #expect(try await store.offboardingsDue().isEmpty)
        let actions = try await store.auditEntries().map(\.action)
        for action in [AuditAction.personLeaving, .runHandedOver, .accountPassed, .accountRetired, .postRecallRequested, .postRecallSent, .personOffboarded] {
            #expect(actions.contains(action.rawValue), "\(action.rawValue) is in the audit log")
        }
        #expect(try await store.verifyAudit() == nil)
    }

    static func away(_ store: any RawSQLStore) async throws {
        try await store.upsertPerson(Person(id: "zhang.wei", role: .reviewer, groups: ["store-managers"]), actor: "admin")
        try await store.upsertPerson(Person(id: "chen.li", role: .reviewer, groups: ["store-managers"]), actor: "admin")
        let now = try await store.now()
        try await store.setAway(personID: "zhang.wei", until: now + 86_400_000, delegate: "chen.li", actor: "zhang.wei")
        let away = try #require(try await store.person(id: "zhang.wei"))
        #expect(away.delegate(at: now) == "chen.li" && away.delegate(at: now + 86_400_000) == nil, "a delegation ends by itself")
        await #expect(throws: StoreError.self) { try await store.setAway(personID: "zhang.wei", until: now + 1, delegate: "nobody", actor: "admin") }
        let run = try await newRun(store)
        try await store.recordDecision(runID: run, stepIndex: 0, reviewerID: "zhang.wei", approve: true, contentHash: AuditChain.contentHash(Data("x".utf8)),
                                       reason: nil, suggestion: nil, decidedBy: "chen.li")
        #expect(try await store.decisions(runID: run, stepIndex: 0).map(\.reviewerID) == ["zhang.wei"], "it counts as the reviewer's")
        let entry = try #require(try await store.auditEntries().last { $0.action == AuditAction.approvalApproved.rawValue })
        #expect(entry.actor == "chen.li" && entry.details.hasPrefix("chen.li on behalf of zhang.wei (away)"))
        try await store.setAway(personID: "zhang.wei", until: nil, delegate: nil, actor: "zhang.wei")
        #expect(try await store.person(id: "zhang.wei")?.delegate(at: now) == nil)
    }
}
