import Crypto
import Foundation
import KosCore
import Testing

@testable import KosStore

/// The rules both drivers write by, as plain values: what recording a delivery attempt writes, and what a step's
/// fenced commit writes and in which order.
@Suite struct StoreRulesTests {
    func attempt(status: Int?, delivered: Bool, gone: Bool = false, deadLetter: String? = nil) -> DeliveryAttempt {
        var a = DeliveryAttempt(runID: "run-1", stepIndex: 3, endpoint: "mcn-agency", webhookID: "msg_1", status: status, latencyMillis: 20,
                                responseExcerpt: "", error: nil, delivered: delivered)
        a.healthPolicy = EndpointHealth.Policy(disableAfterMillis: 5 * 86_400_000)
        a.gone = gone
        a.deadLetter = deadLetter
        return a
    }

    @Test func aGoneReceiverDisablesItsEndpointTellsItsOwnersAndDeadLettersTheDelivery() {
        let w = StoreRules.attempt(attempt(status: 410, delivered: false, gone: true, deadLetter: "mcn-agency says it is gone (410)"),
                                   number: 2, health: EndpointHealth(), now: 1_000)
        #expect(w.deliveryID == "run-1/3/mcn-agency")
        #expect(w.state == .dead)
        #expect(w.health?.enabled == false)
        #expect(w.ownerNotices == ["the receiver answered 410 Gone"])
        #expect(w.audits.map(\.action) == [.endpointDisabled, .deliveryDead, .deliveryFailed])
        #expect(w.audits.last?.details == "attempt 2 msg_1 status 410 ")
    }

    @Test func aDeliveryIsRecordedLastAndLeavesAHealthyEndpointAsItWas() {
        let w = StoreRules.attempt(attempt(status: 204, delivered: true), number: 1, health: EndpointHealth(), now: 1_000)
        #expect(w.state == .delivered && w.ownerNotices.isEmpty)
        #expect(w.audits.map(\.action) == [.deliveryDelivered])
        #expect(w.health?.enabled == true)
    }

    @Test func withoutAHealthPolicyTheEndpointIsNotTouched() {
        var a = attempt(status: 503, delivered: false)
        a.healthPolicy = nil
        let w = StoreRules.attempt(a, number: 1, health: EndpointHealth(), now: 1_000)
        #expect(w.health == nil && w.state == nil && w.audits.map(\.action) == [.deliveryFailed])
    }

    let step = ClaimedStep(id: 7, runID: "run-1", stepIndex: 2, stepID: "publish", epoch: 3, worker: "worker-2", leaseUntil: 9_000)

    @Test func aReleaseRecordsItsAttemptAndNotesThenThatTheStepWaits() {
        let note = AuditNote(actor: "kosd", action: .approvalAutomatic, subject: "run-1/1", details: "findings.errors == 0")
        let attempt = attempt(status: 503, delivered: false)
        let w = StoreRules.commit(StepCommit(step: step, action: .release(dueAt: 5_000, note: "retry 2 of 3 at 5000"), attempt: attempt, notes: [note]),
                                  worker: "worker-1")
        #expect(w.fence == .release(dueAt: 5_000, decisionsSeen: nil))
        #expect(w.writes == [
            .attempt(attempt),
            .audit(actor: "kosd", .init(action: .approvalAutomatic, subject: "run-1/1", details: "findings.errors == 0")),
            .audit(actor: "worker-2", .init(action: .stepWaiting, subject: "run-1/publish", details: "retry 2 of 3 at 5000")),
        ])
    }

    @Test func aCompletionIsRecordedFirstAndTheRunsEndLast() {
        let w = StoreRules.commit(StepCommit(step: step, action: .advance(outcome: "delivered", next: nil, runStatus: .completed, reason: nil), result: "{}"),
                                  worker: "worker-1")
        #expect(w.fence == .complete(outcome: "delivered"))
        #expect(w.writes == [
            .completion(outcome: "delivered", result: "{}"),
            .audit(actor: "worker-1", .init(action: .stepCompleted, subject: "run-1/publish", details: "epoch 3: delivered")),
            .runEnded(.completed, reason: nil),
            .audit(actor: "worker-1", .init(action: .runCompleted, subject: "run-1", details: "")),
        ])
    }

    @Test func aCompletionThatGoesOnEnqueuesTheNextStepAndEndsNothing() {
        let next = NextStep(index: 3, id: "notify", dueAt: 6_000)
        let w = StoreRules.commit(StepCommit(step: step, action: .advance(outcome: "approved", next: next, runStatus: nil, reason: nil)), worker: "worker-1")
        #expect(w.writes.last == .next(next))
        #expect(!w.writes.contains { if case .runEnded = $0 { true } else { false } })
    }

    @Test func aRevisionTakesTheNextNumberAndSupersedesTheRunOnTheOldOne() throws {
        let content = Data("---\ntitle: 秋冬新季\n---\n改过的正文".utf8)
        let w = try StoreRules.revision(draftID: "d-1", state: .submitted, last: 2, content: content)
        #expect(w.number == 3)
        #expect(w.contentHash == AuditChain.contentHash(content))
        #expect(w.audit == .init(action: .draftRevised, subject: "d-1", details: "revision 3 \(w.contentHash)"))
        #expect(w.supersededBecause == "revision 3 replaces revision 2")
    }

    @Test func aWithdrawnDraftTakesNoRevision() {
        #expect(throws: StoreError.self) { try StoreRules.revision(draftID: "d-1", state: .withdrawn, last: 1, content: Data()) }
        do {
            _ = try StoreRules.revision(draftID: "d-1", state: .withdrawn, last: 1, content: Data())
        } catch {
            #expect(error.kind == .conflict && error.message.contains("submit a new draft"))
        }
    }

    @Test func aSignInLinkOpensASessionOnceBeforeItExpiresAndOnlyALinkDoes() {
        func link(_ kind: String = "link", expires: Int64 = 2_000, used: Int64? = nil, revoked: Int64? = nil) -> StoreRules.Credential {
            StoreRules.Credential(kind: kind, personID: "zhang.wei", expiresAt: expires, usedAt: used, revokedAt: revoked)
        }
        #expect(StoreRules.redeem(link(), digest: "ab12", now: 1_000)
                == .signIn(personID: "zhang.wei", audit: .init(action: .consoleSignedIn, subject: "zhang.wei", details: "by link sha256 ab12…")))
        #expect(StoreRules.redeem(link(used: 900), digest: "ab12", now: 1_000) == .refused(.used))
        #expect(StoreRules.redeem(link(expires: 1_000), digest: "ab12", now: 1_000) == .refused(.expired), "a link is good until, not at, its time")
        #expect(StoreRules.redeem(link(revoked: 900), digest: "ab12", now: 1_000) == .refused(.expired))
        #expect(StoreRules.redeem(link("session"), digest: "ab12", now: 1_000) == .refused(.unknown), "a session's secret is not a link")
        #expect(StoreRules.redeem(nil, digest: "ab12", now: 1_000) == .refused(.unknown))
    }

    @Test func onlyADeadLetterItsRunFailedAtIsReplayed() throws {
        func replay(_ state: DeliveryState, run: String?, last: Int?) throws(StoreError) -> StoreRules.AuditLine {
            try StoreRules.replay(webhookID: "msg_1", deliveryID: "run-1/3/weibo-gateway", state: state, runID: "run-1", runState: run, stepIndex: 3,
                                  lastStep: last, attempts: 5)
        }
        let line = try replay(.dead, run: "failed", last: 3)
        #expect(line == .init(action: .deliveryReplayed, subject: "run-1/3/weibo-gateway",
                              details: "msg_1: sent again after 5 attempts; run run-1 resumes at step 3"))
        #expect(throws: StoreError.conflict("msg_1 is delivered; only dead letters are replayed")) { try replay(.delivered, run: "failed", last: 3) }
        #expect(throws: StoreError.conflict("msg_1 is pending; only dead letters are replayed")) { try replay(.pending, run: "failed", last: 3) }
        // A run that went on (an admin resumed it some other way) or is gone keeps its delivery as it is.
        #expect(throws: StoreError.self) { try replay(.dead, run: "running", last: 3) }
        #expect(throws: StoreError.self) { try replay(.dead, run: "failed", last: 4) }
        #expect(throws: StoreError.self) { try replay(.dead, run: nil, last: nil) }
    }

    @Test func aSubmissionIsAuditedWithItsFirstRevisionsHash() {
        let submission = DraftSubmission(creatorID: "li.na", workflow: "styling-note", idempotencyKey: nil, content: Data("正文".utf8))
        let w = StoreRules.submission(submission, draftID: "d-7")
        #expect(w.audit == .init(action: .draftSubmitted, subject: "d-7", details: "revision 1 \(AuditChain.contentHash(submission.content))"))
        #expect(StoreRules.newDraftID().hasPrefix("d-") && StoreRules.newDraftID() != StoreRules.newDraftID())
    }

    /// Draft and run ids keep their shape (`d-` and 12 hex digits, `r-` and 16: reviewers read them in links and
    /// the console) and their randomness: a thousand of each, every one different, every digit used.
    @Test func idsAreRandomHexOfTheirLength() {
        let drafts = (0..<1000).map { _ in StoreRules.newDraftID() }, runs = (0..<1000).map { _ in StoreRules.newRunID() }
        #expect(drafts.allSatisfy { $0.wholeMatch(of: /d-[0-9a-f]{12}/) != nil })
        #expect(runs.allSatisfy { $0.wholeMatch(of: /r-[0-9a-f]{16}/) != nil })
        #expect(Set(drafts).count == 1000 && Set(runs).count == 1000)
        #expect(Set(runs.flatMap { $0.dropFirst(2) }).count == 16, "each hex digit appears")
    }
}

@Suite struct QueueOrderTests {
    @Test func aQueueIsWorkedLongestWaitingFirstThenByDraft() {
        func q(_ id: String, _ ready: Int64) -> QueuedDraft {
            QueuedDraft(draftID: id, creatorID: "li.na", runID: "r-" + id, workflow: "w", definitionsVersion: nil, stepIndex: 1, readyAt: ready)
        }
        let sorted = QueuedDraft.longestWaitingFirst([q("d-3", 300), q("d-2", 100), q("d-1", 100), q("d-0", 200)])
        #expect(sorted.map(\.draftID) == ["d-1", "d-2", "d-0", "d-3"])
        #expect(QueuedDraft.longestWaitingFirst([]).isEmpty)
    }
}

@Suite struct AuditChainTests {
    /// An entry's hash is SHA-256 over its fields, each as `<byte count>:<bytes>`: the chains kosflow has written
    /// stay verifiable, so the bytes hashed may not change. Checked against that definition written out, for
    /// plain, empty, Chinese and long fields.
    @Test(arguments: [("delivery", "delivery.delivered", "d-1/0/agency", "attempt 1 msg_1 status 204 "),
                      ("", "", "", ""),
                      ("李娜", "draft.submitted", "d-3f2a9c1b7e4d", "revision 1 " + String(repeating: "秋冬新季", count: 40))])
    func theHashCoversEachFieldLengthPrefixed(_ entry: (String, String, String, String)) {
        let previous = AuditChain.genesis, seq: Int64 = 42, at: Int64 = 1_764_570_000_250
        var bytes: [UInt8] = []
        for field in [previous, String(seq), String(at), entry.0, entry.1, entry.2, entry.3] {
            bytes += Array("\(field.utf8.count):".utf8) + Array(field.utf8)
        }
        let expected = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        #expect(AuditChain.hash(previous: previous, seq: seq, at: at, actor: entry.0, action: entry.1, subject: entry.2, details: entry.3) == expected)
    }
}
