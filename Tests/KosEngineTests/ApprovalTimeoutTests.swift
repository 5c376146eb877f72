import Foundation
import KosCore
import KosStore
import KosTesting
import Testing

@testable import KosEngine

/// Approval deadlines as the workflow says: escalate to another group (which then decides alone), expire,
/// or reject; counted from when the step became ready, by the store's clock. Deadlines are 4 s: a loaded
/// machine running the whole suite must reach the approval step well before the first one passes.
@Suite struct ApprovalTimeoutTests {
    @Test func aSilentStoreManagerEscalatesThenTheDraftExpires() async throws {
        let s = try await EngineFixtures.setUp(approval: "{groups: [store-managers], same_store: true, timeout: 4s, on_timeout: {escalate: regional-compliance}}")
        let (runID, hash) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.worker.drain()
        if try await Self.withinDeadline(s, runID, after: 0) {
            #expect(try await s.store.completions(runID: runID, stepIndex: 1).isEmpty, "waiting for the store manager")
        }
        try await Task.sleep(for: .milliseconds(4100))
        try await s.worker.drain()
        let escalation = try await s.store.completions(runID: runID, stepIndex: 1)
        #expect(escalation.first?.outcome == "escalated to regional-compliance")
        #expect(escalation.first?.result == #"{"escalated_to":"regional-compliance"}"#, "the group is kept as a value, not only in the outcome's words")
        // The escalated group has its own 4 s: a machine too busy to look again within them sees the draft
        // expire in the same round, and nothing is published.
        guard escalation.count == 1 else {
            #expect(escalation.map(\.outcome) == ["escalated to regional-compliance", "expired"])
            #expect(try await s.store.run(id: runID)?.status == .expired)
            #expect(s.receiver.seen.isEmpty)
            return
        }
        #expect(try await Approvals.escalation(s.store, runID: runID, stepIndex: 1) == "regional-compliance")
        #expect(try await s.store.run(id: runID)?.status == .running)

        // Escalated: the store manager no longer decides; regional compliance does.
        try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "zhang.wei", approve: true, contentHash: hash, reason: nil)
        try await s.worker.drain()
        if try await Self.withinDeadline(s, runID, after: 1) {
            let done = try await s.store.completions(runID: runID, stepIndex: 1)
            #expect(done.count == 1, "zhang.wei's approval does not count after escalation: \(done.map { "\($0.outcome) at \($0.at)" })")
        }

        // Nobody in regional compliance answers either: the draft expires, nothing is published.
        try await Task.sleep(for: .milliseconds(4100))
        try await s.worker.drain()
        let run = try #require(try await s.store.run(id: runID))
        #expect(run.status == .expired)
        #expect(run.reason?.contains("store-manager") == true)
        #expect(s.receiver.seen.isEmpty)
    }

    @Test func anEscalationIsDecidedByTheNewGroup() async throws {
        let s = try await EngineFixtures.setUp(approval: "{groups: [store-managers], same_store: true, timeout: 4s, on_timeout: {escalate: regional-compliance}}")
        let (runID, hash) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.worker.drain()
        try await Task.sleep(for: .milliseconds(4100))
        try await s.worker.drain()
        #expect(try await s.store.completions(runID: runID, stepIndex: 1).first?.outcome == "escalated to regional-compliance")
        // The escalated group has its own 4 s; a machine too busy to decide within them sees the draft expire (at
        // the worker's next round: the one that escalated may have ended before those 4 s did).
        guard try await Self.withinDeadline(s, runID, after: 1), try await s.store.run(id: runID)?.status == .running else {
            try await s.worker.drain()
            #expect(try await s.store.run(id: runID)?.status == .expired)
            #expect(s.receiver.seen.isEmpty)
            return
        }
        try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "gao.min", approve: true, contentHash: hash, reason: nil)
        try await s.worker.drain()
        #expect(try await s.store.run(id: runID)?.status == .completed)
        #expect(s.receiver.seen.count == 1)
    }

    @Test func aTimeoutThatRejectsSaysWhy() async throws {
        let s = try await EngineFixtures.setUp(approval: "{groups: [store-managers], timeout: 4s, on_timeout: reject}")
        let (runID, _) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.worker.drain()
        if try await Self.withinDeadline(s, runID, after: 0) {
            #expect(try await s.store.run(id: runID)?.status == .running)
        }
        try await Task.sleep(for: .milliseconds(4100))
        try await s.worker.drain()
        let run = try #require(try await s.store.run(id: runID))
        #expect(run.status == .rejected)
        #expect(run.reason?.contains("no decision within 4s") == true)
    }

    /// Whether the store's clock is still inside the 4 s deadline counted from the last completion of step
    /// `after` (the step before the approval, or the escalation): "not yet" is asserted only then, as a
    /// loaded machine may take longer than that between two drains.
    /// Whether the 4 s deadline of the approval step, counted from when it became ready (the store's clock; on
    /// a loaded machine that can be well before the escalation's commit), has not passed yet.
    static func withinDeadline(_ s: EngineFixtures.Setup, _ runID: String, after step: Int) async throws -> Bool {
        // The first completion: the one that started the wait (an expiry since would be a later one).
        guard let from = try await s.store.completions(runID: runID, stepIndex: step).first?.at else { return true }
        let draftID = try #require(try await s.store.run(id: runID)?.draftID)
        let ready = try await s.store.draftSummary(id: draftID)?.openStep?.readyAt ?? from
        return try await s.store.now() < min(from, ready) + 4000
    }
}

/// `auto_approve`: the workflow decides a step itself when its condition holds, and says so in the audit log.
@Suite struct AutoApprovalTests {
    @Test func aCleanDraftFromTheRightStoreApprovesItself() async throws {
        let s = try await EngineFixtures.setUp(approval: #"{groups: [store-managers], auto_approve: 'findings.warnings == 0 and creator.store == "SH-IFC"'}"#)
        let (runID, _) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.worker.drain()
        #expect(try await s.store.run(id: runID)?.status == .completed)
        #expect(try await s.store.decisions(runID: runID, stepIndex: 1).isEmpty, "no reviewer decided")
        #expect(try await s.store.auditEntries().contains { $0.action == "approval.automatic" && $0.actor == "kosflow" })
        #expect(s.receiver.seen.count == 1)
    }

    /// Nothing outside decides such an approval, so it is committed with the check before it, in one transaction:
    /// the record reads as it would a round later (each step completed once, the approval with its note).
    @Test func anApprovalThatDecidesItselfIsCommittedWithTheCheckBeforeIt() async throws {
        let s = try await EngineFixtures.setUp(approval: "{groups: [store-managers], auto_approve: 'findings.errors == 0'}")
        let (runID, _) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        let check = try #require(try await s.store.claim(worker: "worker-1", leaseMillis: 30_000))
        let commit = try await s.worker.perform(check, Worker.Round(try await s.store.roundReads(runIDs: [runID]), store: s.store))
        #expect(commit.then.map(\.step.stepIndex) == [1], "the approval is decided with the check")
        let (results, _, _) = try await s.store.commit([commit], worker: "worker-1", leaseMillis: 30_000, chain: true, refill: 0)
        guard case .committed(let next?) = results.first else {
            Issue.record("the publish step was not chained: \(results)")
            return
        }
        #expect(next.stepIndex == 2, "the publish step comes next")
        let checked = try await s.store.completions(runID: runID, stepIndex: 0), approved = try await s.store.completions(runID: runID, stepIndex: 1)
        #expect(checked.count == 1 && approved.count == 1 && approved.first?.outcome == "approved")
        #expect(checked.first?.at == approved.first?.at, "one transaction")
        let record = try await s.store.auditEntries().map(\.action).filter { ["step.completed", "approval.automatic"].contains($0) }
        #expect(record == ["step.completed", "step.completed", "approval.automatic"], "the check, then the approval with its note")
        // A reviewer's approval is not decided ahead: nothing outside may be skipped.
        let other = try await EngineFixtures.setUp(approval: "{groups: [store-managers]}")
        let (otherRun, _) = try await EngineFixtures.submit(other, EngineFixtures.cleanDraft)
        let otherCheck = try #require(try await other.store.claim(worker: "worker-1", leaseMillis: 30_000))
        #expect(try await other.worker.perform(otherCheck, Worker.Round(try await other.store.roundReads(runIDs: [otherRun]), store: other.store)).then.isEmpty)
    }

    @Test func otherwiseReviewersDecide() async throws {
        let s = try await EngineFixtures.setUp(approval: #"{groups: [store-managers], auto_approve: 'creator.store == "BJ-SKP"'}"#)
        let (runID, _) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.worker.drain()
        #expect(try await s.store.run(id: runID)?.status == .running)
        #expect(s.receiver.seen.isEmpty)
    }

    /// A completion recorded before the group was kept as a value names it in its outcome; it is read from there.
    @Test func anEscalationRecordedByAnEarlierVersionIsStillRead() {
        #expect(Approvals.escalatedTo(outcome: "escalated to regional-compliance", result: nil) == "regional-compliance")
        #expect(Approvals.escalatedTo(outcome: "escalated to x", result: #"{"escalated_to":"brand-compliance"}"#) == "brand-compliance")
        #expect(Approvals.escalatedTo(outcome: "approved", result: nil) == nil)
    }
}
