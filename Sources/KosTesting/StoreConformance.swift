import Foundation
import KosCore
import KosStore
import Testing

/// The suite every store driver passes: claim, lease expiry, fencing, idempotency and the audit chain.
/// A driver's tests call `run(_:on:)` once per check with a fresh store, so SQL dialect differences stay
/// inside the drivers and out of the engine.
public enum StoreConformance {
    /// The areas of the seam, as a driver's tests run them: one test per area and driver, one case per check.
    public enum Area: String, CaseIterable, Sendable {
        case drafts, steps, decisions, bookings, deliveries, audit, access, definitions, operators, people
    }

    /// Every check, by area.
    public static let catalogue: [(area: Area, check: String)] = [
        (.drafts, "idempotent submit"), (.drafts, "revisions are content-addressed"),
        (.drafts, "media are kept once by hash, each revision names its own, and the link key is made once"),
        (.steps, "claim then complete once"), (.steps, "not due is not claimed"),
        (.steps, "expired lease is taken over and the old epoch is fenced"), (.steps, "renewal keeps the lease"),
        (.steps, "concurrent claims never share a step"), (.steps, "enqueue is idempotent"),
        (.steps, "a run starts with its first step and advances atomically"), (.steps, "released steps wait and stay fenced"),
        (.steps, "a commit can claim the next round in the same transaction"),
        (.steps, "a step that keeps stopping workers is parked with its run"),
        (.steps, "a wait for steps nobody announces ends at its timeout"),
        (.steps, "a round reads its runs' contexts at once, and the next due step is known"),
        (.decisions, "decisions are recorded and wake their step"),
        (.bookings, "slot bookings count for caps until their run ends, and fire with the step"),
        (.deliveries, "a gone endpoint is disabled, its owners' notice is taken once, and an admin enables it again"),
        (.audit, "audit chain detects change, removal and reordering"),
        (.audit, "states and audit actions are written as their names, and an unknown state is refused by name"),
        (.access, "tokens are shown once, stored hashed, and can be revoked"),
        (.access, "a sign-in link opens one console session, once, before it expires; signing out or revoking access ends it"),
        (.definitions, "definitions are recorded by version and the last recorded is current"),
        (.operators, "operators see drafts, people, deliveries and metrics, and a dead letter is replayed once"),
        (.people, "a staff directory import saves people and replaces each named person's accounts; the same file again changes nothing"),
        (.people, "a leaver's access ends at the moment; the handover runs once: posts handed over or ended, accounts passed or retired, recalls queued"),
        (.people, "a reviewer away has a delegate until a moment; a delegate's decision counts as the reviewer's and the audit says so"),
    ]

    /// The checks of one area.
    public static func checks(_ area: Area) -> [String] { catalogue.filter { $0.area == area }.map(\.check) }

    public static var checks: [String] { catalogue.map(\.check) }

    public static func run(_ check: String, on store: any RawSQLStore) async throws {
        switch check {
        case "idempotent submit": try await idempotentSubmit(store)
        case "revisions are content-addressed": try await revisions(store)
        case "claim then complete once": try await claimThenComplete(store)
        case "not due is not claimed": try await notDue(store)
        case "expired lease is taken over and the old epoch is fenced": try await leaseExpiry(store)
        case "renewal keeps the lease": try await renewal(store)
        case "concurrent claims never share a step": try await concurrentClaims(store)
        case "enqueue is idempotent": try await enqueueIdempotent(store)
        case "audit chain detects change, removal and reordering": try await auditChain(store)
        case "tokens are shown once, stored hashed, and can be revoked": try await tokens(store)
        case "a sign-in link opens one console session, once, before it expires; signing out or revoking access ends it": try await consoleSignIn(store)
        case "a run starts with its first step and advances atomically": try await runAdvance(store)
        case "released steps wait and stay fenced": try await release(store)
        case "decisions are recorded and wake their step": try await decisions(store)
        case "slot bookings count for caps until their run ends, and fire with the step": try await bookings(store)
        case "a commit can claim the next round in the same transaction": try await commitAndRefill(store)
        case "a step that keeps stopping workers is parked with its run": try await strikes(store)
        case "definitions are recorded by version and the last recorded is current": try await definitionVersions(store)
        case "media are kept once by hash, each revision names its own, and the link key is made once": try await media(store)
        case "states and audit actions are written as their names, and an unknown state is refused by name": try await typedStates(store)
        case "a wait for steps nobody announces ends at its timeout": try await quietWait(store)
        case "operators see drafts, people, deliveries and metrics, and a dead letter is replayed once": try await operatorViews(store)
        case "a gone endpoint is disabled, its owners' notice is taken once, and an admin enables it again": try await goneEndpoint(store)
        case "a round reads its runs' contexts at once, and the next due step is known": try await roundContexts(store)
        case "a staff directory import saves people and replaces each named person's accounts; the same file again changes nothing": try await directoryImport(store)
        case "a leaver's access ends at the moment; the handover runs once: posts handed over or ended, accounts passed or retired, recalls queued":
            try await offboarding(store)
        case "a reviewer away has a delegate until a moment; a delegate's decision counts as the reviewer's and the audit says so": try await away(store)
        default: Issue.record("no such check: \(check)")
        }
    }

    static func idempotentSubmit(_ store: any RawSQLStore) async throws {
        let submission = DraftSubmission(creatorID: "li.na", workflow: "boutique-styling-notes", idempotencyKey: "k-1", content: Data("全网".utf8))
        let first = try await store.submitDraft(submission)
        let retry = try await store.submitDraft(submission)
        #expect(first.created)
        #expect(!retry.created)
        #expect(retry.draftID == first.draftID)
        var other = submission
        other.idempotencyKey = "k-2"
        #expect(try await store.submitDraft(other).draftID != first.draftID)
        var someoneElse = submission
        someoneElse.creatorID = "wang.fang"
        #expect(try await store.submitDraft(someoneElse).draftID != first.draftID, "keys are per creator")
        // A batch (the API's group commit) returns each draft with its summary, a retried key's included: the API
        // answers with it and reads nothing more.
        var fresh = submission
        fresh.idempotencyKey = "k-3"
        let batch = try await store.submitBatch([RunSubmission(submission: fresh, firstStep: NextStep(index: 0, id: "guidelines", dueAt: 0)),
                                                 RunSubmission(submission: submission, firstStep: NextStep(index: 0, id: "guidelines", dueAt: 0))])
        #expect(batch.map(\.created) == [true, false])
        #expect(batch[1].draftID == first.draftID)
        for submitted in batch {
            let summary = try #require(submitted.summary, "\(submitted.draftID) came back without its summary")
            let readAgain = try await store.draftSummary(id: submitted.draftID)
            #expect(summary == readAgain, "the summary the batch returned is the one a read returns")
            #expect(summary.id == submitted.draftID && summary.creatorID == "li.na" && summary.contentHash == submitted.contentHash)
        }
        #expect(batch[0].summary?.run?.id != nil, "the new draft's run is in its summary")
    }

    static func revisions(_ store: any RawSQLStore) async throws {
        let content = Data("秋冬新季".utf8)
        let d = try await store.submitDraft(DraftSubmission(creatorID: "li.na", workflow: "w", idempotencyKey: nil, content: content))
        #expect(d.contentHash == AuditChain.contentHash(content))
        #expect(d.contentHash.count == 64)
        let n = try await store.addRevision(draftID: d.draftID, content: Data("v2".utf8), actor: "li.na")
        #expect(n == 2)
        let stored = try #require(try await store.draft(id: d.draftID))
        #expect(stored.revisions.map(\.number) == [1, 2])
        #expect(stored.revisions[1].contentHash == AuditChain.contentHash(Data("v2".utf8)))
        await #expect(throws: StoreError.self) { try await store.addRevision(draftID: "d-missing", content: Data(), actor: "x") }
    }

    static func claimThenComplete(_ store: any RawSQLStore) async throws {
        let now = try await store.now()
        try await store.enqueue(runID: "r1", stepIndex: 0, stepID: "guidelines", dueAt: now)
        let claimed = try #require(try await store.claim(worker: "w1", leaseMillis: 30_000))
        #expect(claimed.epoch == 1)
        #expect(claimed.runID == "r1" && claimed.stepID == "guidelines")
        #expect(claimed.leaseUntil >= now + 30_000)
        #expect(try await store.claim(worker: "w2", leaseMillis: 30_000) == nil, "a held step is not claimed twice")
        try await store.complete(claimed, outcome: "passed", actor: "w1")
        #expect(try await store.claim(worker: "w2", leaseMillis: 30_000) == nil, "a done step is not claimed again")
        await #expect(throws: StoreError.self) { try await store.complete(claimed, outcome: "passed", actor: "w1") }
        let completions = try await store.completions(runID: "r1", stepIndex: 0)
        #expect(completions.count == 1)
        #expect(completions.first?.worker == "w1" && completions.first?.epoch == 1)
    }

    static func commitAndRefill(_ store: any RawSQLStore) async throws {
        let now = try await store.now()
        for i in 0..<4 { try await store.enqueue(runID: "r\(i)", stepIndex: 0, stepID: "publish", dueAt: now) }
        try await store.enqueue(runID: "later", stepIndex: 0, stepID: "publish", dueAt: now + 60_000)
        let first = try await store.claim(worker: "w1", leaseMillis: 30_000, limit: 1)
        try #require(first.count == 1)
        let done = StepCommit(step: first[0], action: .advance(outcome: "delivered", next: nil, runStatus: .completed, reason: nil))
        let (results, claimed, reads) = try await store.commit([done], worker: "w1", leaseMillis: 30_000, chain: true, refill: 2)
        #expect(results == [.committed(next: nil)])
        #expect(reads != nil, "the next round's reads come with its steps")
        #expect(claimed.count == 2, "up to the refill, from the due steps")
        #expect(Set(claimed.map(\.runID)).isDisjoint(with: [first[0].runID, "later"]), "neither the step just done nor one not yet due")
        #expect(claimed.allSatisfy { $0.worker == "w1" && $0.epoch == 1 })
        // A stale commit writes nothing, and the refill still comes.
        let (stale, more, _) = try await store.commit([done], worker: "w1", leaseMillis: 30_000, chain: true, refill: 5)
        #expect(stale == [.stale])
        #expect(more.count == 1, "the one due step left")
        let (_, none, nothing) = try await store.commit([], worker: "w2", leaseMillis: 30_000, chain: true, refill: 5)
        #expect(none.isEmpty, "held steps are not claimed again")
        #expect(nothing == nil, "no steps, nothing read for them")
        #expect(try await store.completions(runID: first[0].runID, stepIndex: 0).count == 1)
    }

    static func notDue(_ store: any RawSQLStore) async throws {
        let now = try await store.now()
        try await store.enqueue(runID: "r1", stepIndex: 0, stepID: "embargo", dueAt: now + 60_000)
        #expect(try await store.claim(worker: "w1", leaseMillis: 1000) == nil)
    }

    static func leaseExpiry(_ store: any RawSQLStore) async throws {
        let now = try await store.now()
        try await store.enqueue(runID: "r1", stepIndex: 0, stepID: "publish", dueAt: now)
        // The lease is judged on the store's clock; a busy machine may take longer than a short lease between
        // two calls, so "still held" is asserted only while the store itself says the lease has not run out.
        let lease: Int64 = 2_000
        let claimedBefore = try await store.now()
        let a = try #require(try await store.claim(worker: "paused-worker", leaseMillis: lease))
        let rival = try await store.claim(worker: "w2", leaseMillis: 300)
        if try await store.now() < claimedBefore + lease {
            #expect(rival == nil, "a held lease is not taken")
        }
        let b: ClaimedStep
        if let rival {
            b = rival  // the lease ran out between the two calls: the rival's claim is the takeover
        } else {
            // Past the lease the store granted (its clock may have moved on while the claim was written).
            while try await store.now() <= a.leaseUntil { try await Task.sleep(for: .milliseconds(100)) }
            b = try #require(try await store.claim(worker: "w2", leaseMillis: 30_000), "an expired lease returns the step")
        }
        #expect(b.id == a.id)
        #expect(b.epoch == a.epoch + 1)
        do {
            try await store.complete(a, outcome: "delivered", actor: "paused-worker")
            Issue.record("the old epoch completed the step")
        } catch let error as StoreError {
            #expect(error.kind == .staleEpoch)
        }
        try await store.complete(b, outcome: "delivered", actor: "w2")
        let completions = try await store.completions(runID: "r1", stepIndex: 0)
        #expect(completions.map(\.worker) == ["w2"])
        #expect(try await store.auditEntries().contains { $0.action == "lease.expired" })
    }

    static func renewal(_ store: any RawSQLStore) async throws {
        // A renewal after the lease ran out is refused (as it should be); a busy machine may take that long between
        // the claim and the renewal, so such a round is tried again with a new step, a few times.
        var attempt = 0
        var a: ClaimedStep
        var renewed: ClaimedStep
        while true {
            attempt += 1
            try await store.enqueue(runID: "r\(attempt)", stepIndex: 0, stepID: "exec", dueAt: try await store.now())
            a = try #require(try await store.claim(worker: "w1", leaseMillis: 2_000))
            do {
                // Ten minutes: a test process starved of CPU on a loaded machine may take tens of seconds to get
                // from here to the second claim below, and only the renewed lease's end would let it through.
                renewed = try await store.renew(a, leaseMillis: 600_000)
                break
            } catch let error as StoreError where error == .staleEpoch(step: a.id, epoch: a.epoch) {
                guard attempt < 5, try await store.now() >= a.leaseUntil else { throw error }
            }
        }
        #expect(renewed.leaseUntil > a.leaseUntil)
        // Past the first lease on the store's clock, well inside the renewed one.
        while try await store.now() <= a.leaseUntil + 50 { try await Task.sleep(for: .milliseconds(100)) }
        #expect(try await store.claim(worker: "w2", leaseMillis: 300) == nil, "a renewed lease is still held")
        try await store.complete(renewed, outcome: "ok", actor: "w1")
    }

    static func concurrentClaims(_ store: any RawSQLStore) async throws {
        let now = try await store.now()
        for i in 0..<40 { try await store.enqueue(runID: "r\(i)", stepIndex: 0, stepID: "check", dueAt: now) }
        let claimed = try await withThrowingTaskGroup(of: [ClaimedStep].self) { group in
            for w in 0..<6 {
                group.addTask {
                    var mine: [ClaimedStep] = []
                    while let c = try await store.claim(worker: "w\(w)", leaseMillis: 60_000) { mine.append(c) }
                    return mine
                }
            }
            var all: [ClaimedStep] = []
            for try await part in group { all += part }
            return all
        }
        #expect(claimed.count == 40)
        #expect(Set(claimed.map(\.id)).count == 40, "no step was claimed by two workers")
        #expect(claimed.allSatisfy { $0.epoch == 1 })
    }

    static func enqueueIdempotent(_ store: any RawSQLStore) async throws {
        let now = try await store.now()
        try await store.enqueue(runID: "r1", stepIndex: 2, stepID: "publish", dueAt: now)
        try await store.enqueue(runID: "r1", stepIndex: 2, stepID: "publish", dueAt: now)
        #expect(try await store.claim(worker: "w1", leaseMillis: 60_000) != nil)
        #expect(try await store.claim(worker: "w1", leaseMillis: 60_000) == nil)
    }

    static func tokens(_ store: any RawSQLStore) async throws {
        let reviewer = Person(id: "zhang.wei", role: .reviewer, groups: ["store-managers"], store: "SH-IFC")
        try await store.upsertPerson(reviewer, actor: "admin")
        let token = try await store.createToken(personID: reviewer.id, expiresAt: nil, actor: "admin")
        #expect(token.hasPrefix("kos_") && token.count == 47)
        #expect(try await store.authenticate(token: token) == reviewer)
        #expect(try await store.authenticate(token: token + "x") == nil)
        #expect(try await store.authenticate(token: "kos_" + String(repeating: "A", count: 43)) == nil)
        let second = try await store.createToken(personID: reviewer.id, expiresAt: nil, actor: "admin")
        #expect(second != token)
        let past = try await store.now() - 1
        let expired = try await store.createToken(personID: reviewer.id, expiresAt: past, actor: "admin")
        #expect(try await store.authenticate(token: expired) == nil, "an expired token is refused")
        // Who holds access: three tokens of one person, two active, none listed as itself.
        let issued = try await store.tokens()
        let now = try await store.now()
        #expect(issued.map(\.personID) == [reviewer.id, reviewer.id, reviewer.id])
        #expect(issued.filter { $0.isActive(at: now) }.count == 2)
        #expect(issued.allSatisfy { $0.fingerprint.count == 8 && !token.contains($0.fingerprint) })
        try await store.revokeTokens(personID: reviewer.id, actor: "admin")
        #expect(try await store.tokens().allSatisfy { !$0.isActive(at: now) && $0.revokedAt != nil })
        #expect(try await store.authenticate(token: token) == nil)
        #expect(try await store.authenticate(token: second) == nil)
        await #expect(throws: StoreError.self) { try await store.createToken(personID: "nobody", expiresAt: nil, actor: "admin") }
        let audit = try await store.auditEntries().map { "\($0.actor) \($0.action) \($0.subject) \($0.details)" }.joined(separator: "\n")
        #expect(!audit.contains(token), "the audit log never holds a token")
        #expect(audit.contains("token.created"))
    }

    static func consoleSignIn(_ store: any RawSQLStore) async throws {
        let manager = Person(id: "zhang.wei", role: .reviewer, groups: ["store-managers"], store: "SH-IFC")
        try await store.upsertPerson(manager, actor: "admin")
        let now = try await store.now()
        let link = try await store.createSignInLink(personID: manager.id, expiresAt: now + 900_000, actor: manager.id)
        #expect(try await store.authenticate(token: link) == nil, "a sign-in link is not an API token")
        #expect(try await store.sessionPerson(link) == nil, "nor a session")
        guard case .signedIn(let person, let session) = try await store.redeemSignInLink(link, sessionExpiresAt: now + 3_600_000) else {
            Issue.record("a fresh link did not sign in")
            return
        }
        #expect(person == manager && session != link)
        #expect(try await store.sessionPerson(session) == manager)
        #expect(try await store.redeemSignInLink(link, sessionExpiresAt: now + 3_600_000) == .used, "a link signs in once")
        #expect(try await store.redeemSignInLink(session, sessionExpiresAt: now + 3_600_000) == .unknown, "a session is not a link")
        #expect(try await store.redeemSignInLink("kos_nothing", sessionExpiresAt: now + 3_600_000) == .unknown)
        #expect(try await store.authenticate(token: session) == nil, "a console session is not an API token")
        let late = try await store.createSignInLink(personID: manager.id, expiresAt: now - 1, actor: manager.id)
        #expect(try await store.redeemSignInLink(late, sessionExpiresAt: now + 3_600_000) == .expired)
        // A session past its time, one signed out, and every one of a person whose access is revoked: no longer anyone's.
        let shortLink = try await store.createSignInLink(personID: manager.id, expiresAt: now + 900_000, actor: manager.id)
        guard case .signedIn(_, let short) = try await store.redeemSignInLink(shortLink, sessionExpiresAt: now - 1) else { return }
        #expect(try await store.sessionPerson(short) == nil)
        try await store.endSession(session)
        #expect(try await store.sessionPerson(session) == nil)
        try await store.endSession(session)
        let again = try await store.createSignInLink(personID: manager.id, expiresAt: now + 900_000, actor: manager.id)
        let unused = try await store.createSignInLink(personID: manager.id, expiresAt: now + 900_000, actor: manager.id)
        guard case .signedIn(_, let kept) = try await store.redeemSignInLink(again, sessionExpiresAt: now + 3_600_000) else { return }
        try await store.revokeTokens(personID: manager.id, actor: "admin")
        #expect(try await store.sessionPerson(kept) == nil, "revoking access ends the console sessions")
        #expect(try await store.redeemSignInLink(unused, sessionExpiresAt: now + 3_600_000) == .expired, "and the links not yet used")
        await #expect(throws: StoreError.self) { try await store.createSignInLink(personID: "nobody", expiresAt: now + 1, actor: "admin") }
        let audit = try await store.auditEntries()
        let text = audit.map { "\($0.actor) \($0.action) \($0.subject) \($0.details)" }.joined(separator: "\n")
        #expect(![link, session, kept, unused].contains { text.contains($0) }, "the audit log never holds a secret")
        #expect(audit.filter { $0.action == AuditAction.consoleSignedIn.rawValue }.count == 3)
        #expect(audit.filter { $0.action == AuditAction.consoleSignedOut.rawValue }.count == 1, "signing out twice is one entry")
        #expect(audit.filter { $0.action == AuditAction.consoleLinkIssued.rawValue }.count == 5)
    }

    static func newRun(_ store: any RawSQLStore) async throws -> String {
        let d = try await store.submitDraft(DraftSubmission(creatorID: "li.na", workflow: "boutique-styling-notes", idempotencyKey: nil, content: Data("x".utf8)))
        return try await store.startRun(draftID: d.draftID, revision: 1, workflow: "boutique-styling-notes", firstStep: (0, "guidelines"), actor: "li.na")
    }

    static func operatorViews(_ store: any RawSQLStore) async throws {
        try await store.upsertPerson(Person(id: "li.na", role: .creator, store: "SH-IFC"), actor: "admin")
        try await store.probeWrite()
        #expect(try await store.person(id: "li.na")?.store == "SH-IFC")
        #expect(try await store.people().map(\.id) == ["li.na"])
        let batch = [RunSubmission(
            submission: DraftSubmission(creatorID: "li.na", workflow: "launch-announcement", idempotencyKey: "k-1", content: Data("秋冬新季".utf8), title: "秋冬新季"),
            firstStep: NextStep(index: 0, id: "publish", dueAt: 0))]
        let submitted = try await store.submitBatch(batch)
        try #require(submitted.count == 1)
        #expect(try await store.submitBatch(batch).map(\.draftID) == submitted.map(\.draftID), "a retried submit is the same draft")
        let summary = try #require(try await store.draftSummary(id: submitted[0].draftID))
        #expect(summary.title == "秋冬新季" && summary.run?.status == .running && summary.openStep?.id == "publish")
        #expect(try await store.drafts(creatorID: "li.na", openOnly: true).map(\.id) == [submitted[0].draftID])
        #expect(try await store.drafts(creatorID: "wang.fang", openOnly: false).isEmpty)
        #expect(try await store.runsInFlight() == 1, "a submitted run waits at its first step")
        #expect(try await store.history(draftID: submitted[0].draftID).map(\.action) == [AuditAction.draftSubmitted.rawValue, AuditAction.runStarted.rawValue])
        #expect(try await store.draftSummaries(ids: [submitted[0].draftID, "d-none"]) == [summary], "a page's drafts in one read, as drafts lists them")
        #expect(try await store.draftSummaries(ids: []).isEmpty)
        // The queue: the draft waits at its open step, in the columns a reviewer's inbox is routed and sorted by.
        let runID = try #require(summary.run?.id)
        let queued = try await store.queuedDrafts()
        #expect(queued == [QueuedDraft(draftID: submitted[0].draftID, creatorID: "li.na", runID: runID, workflow: "launch-announcement",
                                       definitionsVersion: nil, stepIndex: 0, readyAt: try #require(summary.openStep?.readyAt))], "\(queued)")
        // An escalation completes the step and opens it again: the queue carries that completion.
        let open = try #require(try await store.claim(worker: "host-a", leaseMillis: 30_000))
        let escalation = StepCommit(step: open, action: .advance(outcome: "escalated to regional-compliance",
                                                                 next: NextStep(index: 0, id: "publish", dueAt: 0, escalatedTo: "regional-compliance"),
                                                                 runStatus: nil, reason: nil))
        #expect(try await store.commit([escalation], worker: "host-a", leaseMillis: 30_000, chain: false).count == 1)
        let reopened = try await store.queuedDrafts()
        #expect(reopened.map(\.runID) == [runID] && reopened.first?.escalatedTo == "regional-compliance", "\(reopened)")

        let step = try #require(try await store.claim(worker: "host-a", leaseMillis: 30_000))
        var attempt = DeliveryAttempt(runID: step.runID, stepIndex: 0, endpoint: "weibo-gateway", webhookID: "msg_weibo_1", status: 400, latencyMillis: 40,
                                      responseExcerpt: "bad request", error: nil, delivered: false)
        attempt.deadLetter = "weibo-gateway refused the delivery (400)"
        _ = try await store.commit([StepCommit(step: step, action: .advance(outcome: "failed", next: nil, runStatus: .failed, reason: "refused"), attempt: attempt)],
                                   worker: "host-a", leaseMillis: 30_000, chain: true)
        #expect(try await store.queuedDrafts().isEmpty, "a run that ended waits in no queue")
        let dead = try await store.deliveries(endpoint: "weibo-gateway", state: .dead, since: nil, limit: 10)
        #expect(dead.map(\.webhookID) == ["msg_weibo_1"] && dead.first?.attempts == 1 && dead.first?.lastStatus == 400)
        #expect(try await store.deliveries(endpoint: "weibo-gateway", state: .delivered, since: nil, limit: 10).isEmpty)
        // The period's facts for the program's health: the draft's run, the step it finished, the delivery by state.
        let later = try await store.now() + 1
        let facts = try await store.programFacts(since: 0, until: later)
        #expect(facts.runs.map { [$0.id, $0.draftID, $0.creatorID, $0.workflow] } == [[runID, submitted[0].draftID, "li.na", "launch-announcement"]]
                && facts.runs.first?.status == .failed && facts.runs.first?.revision == 1, "\(facts.runs)")
        #expect(facts.steps.map { "\($0.runID)/\($0.stepIndex) \($0.stepID) \($0.outcome)" } == ["\(runID)/0 publish failed"], "\(facts.steps)")
        #expect(facts.steps.allSatisfy { $0.completedAt >= $0.readyAt } && facts.blockingResults.isEmpty && facts.deliveries == ["dead": 1], "\(facts)")
        #expect(try await store.programFacts(since: later, until: later + 1) == ProgramFacts(runs: [], steps: [], blockingResults: [], deliveries: [:]))
        let (_, attempts) = try #require(try await store.delivery(webhookID: "msg_weibo_1"))
        #expect(attempts.map(\.responseExcerpt) == ["bad request"])
        #expect(try await store.delivery(webhookID: "msg_nobody") == nil)
        var metrics = try await store.metrics()
        #expect(metrics.runs["failed"] == 1 && metrics.deliveries["weibo-gateway"]?["dead"] == 1)
        #expect(metrics.stepDurations.map(\.step) == ["publish"] && metrics.stepDurations.first?.count == 1)
        #expect(try await store.runsInFlight() == 0 && metrics.runs["running"] == nil, "a failed run is not in flight")

        try await store.replayDelivery(webhookID: "msg_weibo_1", actor: "admin")
        #expect(try await store.run(id: step.runID)?.status == .running)
        #expect(try await store.claim(worker: "host-b", leaseMillis: 30_000)?.runID == step.runID, "the step is due again")
        await #expect(throws: StoreError.self) { try await store.replayDelivery(webhookID: "msg_weibo_1", actor: "admin") }
        metrics = try await store.metrics()
        #expect(metrics.stepsClaimed == 1 && metrics.runs["running"] == 1)
        #expect(try await store.runsInFlight() == 1, "the replayed run is in flight again, its step in a worker's hands")
        #expect(try await store.verifyAudit() == nil)
    }

    /// A publish step to `mcn-agency` whose receiver answered 410 Gone, committed by `host-a`: the endpoint is
    /// disabled in the same transaction and its owners are to be told.
    public static func commitGoneDelivery(_ store: any RawSQLStore) async throws {
        let now = try await store.now()
        try await store.enqueue(runID: "r-gone", stepIndex: 2, stepID: "publish", dueAt: now)
        let step = try #require(try await store.claim(worker: "host-a", leaseMillis: 30_000))
        var attempt = DeliveryAttempt(runID: "r-gone", stepIndex: 2, endpoint: "mcn-agency", webhookID: "msg_gone", status: 410, latencyMillis: 12,
                                      responseExcerpt: "gone", error: nil, delivered: false)
        attempt.healthPolicy = EndpointHealth.Policy(disableAfterMillis: 5 * 86_400_000)
        attempt.gone = true
        attempt.deadLetter = "mcn-agency says it is gone (410)"
        let commit = StepCommit(step: step, action: .advance(outcome: "failed", next: nil, runStatus: .failed, reason: "gone"), attempt: attempt)
        #expect(try await store.commit([commit], worker: "host-a", leaseMillis: 30_000, chain: true) == [.committed(next: nil)])
    }

    static func goneEndpoint(_ store: any RawSQLStore) async throws {
        try await commitGoneDelivery(store)
        let health = try await store.endpointHealth("mcn-agency")
        #expect(!health.enabled && health.reason == "the receiver answered 410 Gone")
        #expect(try await store.endpointHealths()["mcn-agency"]?.enabled == false)
        #expect(try await store.roundReads(runIDs: []).noticesDue, "a round's reads say a notice waits")
        let notices = try await store.claimNotices(worker: "host-a", leaseMillis: 30_000, limit: 5)
        try #require(notices.map(\.endpoint) == ["mcn-agency"], "one notice")
        #expect(try await store.claimNotices(worker: "host-b", leaseMillis: 30_000, limit: 5).isEmpty, "held by the first")
        #expect(try await store.roundReads(runIDs: []).noticesDue == false, "a held notice is not due")
        try await store.finishNotice(notices[0].id, sent: true, retryAt: nil, detail: "ops-alerts was told that mcn-agency is disabled")
        #expect(try await store.claimNotices(worker: "host-a", leaseMillis: 30_000, limit: 5).isEmpty, "sent once")
        try await store.enableEndpoint("mcn-agency", actor: "admin")
        #expect(try await store.endpointHealth("mcn-agency").enabled)
        let actions = try await store.auditEntries().map(\.action)
        for action in [AuditAction.endpointDisabled, .deliveryDead, .endpointOwnerNotified, .endpointEnabled] {
            #expect(actions.contains(action.rawValue), "\(action.rawValue) in \(actions)")
        }
        // A rate limit of three a minute: three sends now, the fourth waits most of twenty seconds.
        let before = try await store.now()
        var waits: [Int64] = []
        for _ in 0..<4 { waits.append(try await store.takeDeliveryToken(endpoint: "weibo-gateway", count: 3, perMillis: 60_000)) }
        let took = try await store.now() - before
        #expect(waits[0...2] == [0, 0, 0])
        #expect((20_000 - took - 50...20_000).contains(waits[3]), "\(waits), the calls took \(took) ms")
        #expect(try await store.verifyAudit() == nil)
    }

    static func roundContexts(_ store: any RawSQLStore) async throws {
        #expect(try await store.nextDueAt() == nil, "nothing queued")
        try await store.upsertPerson(Person(id: "li.na", role: .creator, store: "SH-IFC"), actor: "admin")
        let a = try await newRun(store), b = try await newRun(store)
        let contexts = try await store.stepContexts(runIDs: [a, b, a, "no-such-run"])
        #expect(Set(contexts.keys) == [a, b], "each run once; a missing run is left out")
        let single = try #require(try await store.stepContext(runID: a))
        #expect(contexts[a] == single)
        #expect(single.run.status == .running && single.creator?.id == "li.na" && single.content == Data("x".utf8) && single.completions.isEmpty)
        let due = try #require(try await store.nextDueAt())
        #expect(due <= (try await store.now()), "the first steps are due now")
        // A round's reads in one: the contexts as above, the clock, the endpoints' health, the current definitions.
        let version = try await store.recordDefinitions([DefinitionFile(path: "round.yaml", text: "id: round")])
        let reads = try await store.roundReads(runIDs: [a, "no-such-run"])
        #expect(Set(reads.contexts.keys) == [a] && reads.contexts[a] == single)
        #expect(reads.currentDefinitions == version)
        #expect(abs(reads.now - (try await store.now())) < 60_000)
        #expect(reads.noticesDue == false)
        // A claim reads what its round needs in the same transaction.
        let (claimed, claimReads) = try await store.claimRound(worker: "w1", leaseMillis: 30_000, limit: 4, expected: false)
        #expect(Set(claimed.map(\.runID)) == [a, b])
        #expect(Set(claimReads?.contexts.keys ?? [:].keys) == [a, b] && claimReads?.contexts[a] == single)
        for expected in [false, true] {
            let (none, noReads) = try await store.claimRound(worker: "w2", leaseMillis: 30_000, limit: 4, expected: expected)
            #expect(none.isEmpty && noReads == nil, "nothing due, nothing read (announced: \(expected))")
        }
        // A commit that chains a run's next step reads that run as the next round sees it: with the completion
        // it has just written.
        let first = try #require(claimed.first { $0.runID == a })
        let (results, _, next) = try await store.commit(
            [StepCommit(step: first, action: .advance(outcome: "passed", next: NextStep(index: 1, id: "store-manager", dueAt: 0), runStatus: nil, reason: nil))],
            worker: "w1", leaseMillis: 30_000, chain: true, refill: 0)
        guard case .committed(let chained?) = results.first else {
            Issue.record("the next step was not chained: \(results)")
            return
        }
        #expect(chained.runID == a && chained.stepIndex == 1 && chained.stepID == "store-manager" && chained.worker == "w1")
        #expect(chained.epoch == 1, "a chained step is taken once: the epoch taking it gives")
        let (others, _) = try await store.claimRound(worker: "w2", leaseMillis: 30_000, limit: 4, expected: true)
        #expect(!others.contains { $0.runID == a && $0.stepIndex == 1 }, "a chained step is this worker's: no one else claims it")
        let context = try #require(next?.contexts[a])
        #expect(context.completions[0]?.outcome == "passed", "the round after a commit sees what it committed")
        #expect(next?.currentDefinitions == version)
        // A run in a state this kosd does not know (a newer kosd wrote it) is left out of a round; the others are read.
        let c = try await newRun(store)
        try await store.execute("UPDATE runs SET state = 'held-by-a-newer-kosd' WHERE id = '\(c)'")
        let mixed = try await store.stepContexts(runIDs: [a, c, b])
        #expect(Set(mixed.keys) == [a, b] && mixed[a]?.completions[0]?.outcome == "passed" && mixed[b]?.completions.isEmpty == true)
        await #expect(throws: StoreError.self, "asked for alone, it is an error") { try await store.stepContext(runID: c) }
    }

    static func quietWait(_ store: any RawSQLStore) async throws {
        let started = ContinuousClock.now
        #expect(try await store.waitForSteps(timeoutMillis: 300) == false, "nothing was announced")
        #expect(ContinuousClock.now - started >= .milliseconds(290), "the wait lasted its timeout")
    }

    static func typedStates(_ store: any RawSQLStore) async throws {
        let runID = try await newRun(store)
        let draftID = try #require(try await store.run(id: runID)?.draftID)
        let submitted = try #require(try await store.draftSummary(id: draftID))
        #expect(submitted.state == .submitted && submitted.openStep?.state == .pending, "\(submitted)")
        let step = try #require(try await store.claim(worker: "w1", leaseMillis: 60_000))
        #expect(try await store.draftSummary(id: draftID)?.openStep?.state == .claimed)
        try await store.advance(step, outcome: "rejected", next: nil, runStatus: .rejected, reason: "client visible in the photo", actor: "w1")
        #expect(try await store.run(id: runID)?.status == .rejected)
        let actions = try await store.auditEntries().map(\.action)
        #expect(actions.contains(AuditAction.runStarted.rawValue) && actions.contains(AuditAction.ended(.rejected).rawValue), "\(actions)")
        #expect(actions.allSatisfy { AuditAction(rawValue: $0) != nil }, "every action written is a known one: \(actions)")
        // A state written by hand (or by a newer kosflow) is an error that names it, not a crash or a guess.
        try await store.execute("UPDATE runs SET state = 'on-hold' WHERE id = '\(runID)'")
        do {
            _ = try await store.run(id: runID)
            Issue.record("an unknown run state was read as a known one")
        } catch let error as StoreError {
            #expect(error.kind == .unknownState && error.code == "KOS5006" && error.message.contains("'on-hold'"), "\(error)")
        }
        // The same for a draft's state.
        let other = try await newRun(store)
        let otherDraft = try #require(try await store.run(id: other)?.draftID)
        try await store.execute("UPDATE drafts SET state = 'archived' WHERE id = '\(otherDraft)'")
        await #expect(throws: StoreError.unknownState("archived", of: "draft")) { _ = try await store.draft(id: otherDraft) }
    }

    static func runAdvance(_ store: any RawSQLStore) async throws {
        let runID = try await newRun(store)
        #expect(try await store.run(id: runID)?.status == .running)
        let first = try #require(try await store.claim(worker: "w1", leaseMillis: 60_000))
        #expect(first.runID == runID && first.stepIndex == 0)
        let now = try await store.now()
        try await store.advance(first, outcome: "passed", next: NextStep(index: 1, id: "store-manager", dueAt: now), runStatus: nil, reason: nil, actor: "w1")
        let second = try #require(try await store.claim(worker: "w1", leaseMillis: 60_000))
        #expect(second.stepIndex == 1 && second.stepID == "store-manager")
        await #expect(throws: StoreError.self) {
            try await store.advance(first, outcome: "passed", next: NextStep(index: 1, id: "store-manager", dueAt: now), runStatus: nil, reason: nil, actor: "w1")
        }
        try await store.advance(second, outcome: "rejected", next: nil, runStatus: .rejected, reason: "client visible in the photo", actor: "w1")
        let run = try #require(try await store.run(id: runID))
        #expect(run.status == .rejected)
        #expect(run.reason == "client visible in the photo")
        #expect(try await store.claim(worker: "w1", leaseMillis: 60_000) == nil)
        #expect(try await store.verifyAudit() == nil)
    }

    static func definitionVersions(_ store: any RawSQLStore) async throws {
        #expect(try await store.currentDefinitionsVersion() == nil)
        let a = try await store.recordDefinitions([DefinitionFile(path: "a.yaml", text: "id: a")])
        try await Task.sleep(for: .milliseconds(5))
        let b = try await store.recordDefinitions([DefinitionFile(path: "b.yaml", text: "id: b")])
        #expect(a != b)
        #expect(try await store.currentDefinitionsVersion() == b)
        #expect(try await store.definitions(version: a) == [DefinitionFile(path: "a.yaml", text: "id: a")])
        // Going back to earlier definitions (a reload of the old files) makes them current again.
        try await Task.sleep(for: .milliseconds(5))
        #expect(try await store.recordDefinitions([DefinitionFile(path: "a.yaml", text: "id: a")]) == a)
        #expect(try await store.currentDefinitionsVersion() == a)
        // A kit's version is kept with the first definitions that defined it, whatever is recorded later.
        let c = try await store.recordDefinitions([DefinitionFile(path: "kits.yaml", text: "id: arco-autumn\nversion: 1")], kits: ["arco-autumn@1"])
        let d = try await store.recordDefinitions([DefinitionFile(path: "kits.yaml", text: "id: arco-autumn\nversion: 2")], kits: ["arco-autumn@2"])
        _ = try await store.recordDefinitions([DefinitionFile(path: "kits.yaml", text: "id: arco-autumn\nversion: 1\n")], kits: ["arco-autumn@1"])
        #expect(try await store.kitDefinitions(reference: "arco-autumn@1") == c)
        #expect(try await store.kitDefinitions(reference: "arco-autumn@2") == d)
        #expect(try await store.kitDefinitions(reference: "arco-autumn@3") == nil)
    }

    static func strikes(_ store: any RawSQLStore) async throws {
        let runID = try await newRun(store)
        let other = try await newRun(store)
        let claimed = try await store.claim(worker: "w1", leaseMillis: 60_000, limit: 2)
        let step = try #require(claimed.first { $0.runID == runID })
        let bystander = try #require(claimed.first { $0.runID == other })
        for strike in 1...2 {
            #expect(try await store.recordStrikes(stepIDs: [step.id], reason: "worker-1 overran its budget", limit: 3, actor: "kosd").isEmpty)
            #expect(try await store.run(id: runID)?.status == .running, "strike \(strike) alone parks nothing")
        }
        #expect(try await store.recordStrikes(stepIDs: [step.id], reason: "worker-1 overran its budget", limit: 3, actor: "kosd") == [step.id])
        let run = try #require(try await store.run(id: runID))
        #expect(run.status == .parked)
        #expect(run.reason?.contains("stopped a worker 3 times") == true)
        // A parked step is never claimed again; other work carries on.
        #expect(try await store.recordStrikes(stepIDs: [step.id], reason: "again", limit: 3, actor: "kosd").isEmpty)
        try await store.complete(bystander, outcome: "passed", actor: "w1")
        #expect(try await store.run(id: other)?.status == .running)
        let entries = try await store.auditEntries()
        #expect(entries.filter { $0.action == "step.struck" }.count == 3)
        #expect(entries.contains { $0.action == "run.parked" && $0.subject == runID })
        #expect(try await store.verifyAudit() == nil)
    }

    static func release(_ store: any RawSQLStore) async throws {
        _ = try await newRun(store)
        let step = try #require(try await store.claim(worker: "w1", leaseMillis: 60_000))
        let now = try await store.now()
        try await store.release(step, dueAt: now + 60_000, note: "waiting for the embargo")
        #expect(try await store.claim(worker: "w2", leaseMillis: 60_000) == nil, "not due yet")
        await #expect(throws: StoreError.self) { try await store.release(step, dueAt: now, note: "again") }
        try await store.enqueue(runID: step.runID, stepIndex: 0, stepID: "guidelines", dueAt: now)
        #expect(try await store.claim(worker: "w2", leaseMillis: 60_000) == nil, "enqueue does not override a waiting step")
    }

    /// For a driver's upgrade test: an approval step escalated and opened again, as a reviewer's queue reads it.
    public static func escalatedStep(_ store: any RawSQLStore) async throws {
        let d = try await store.submitDraft(DraftSubmission(creatorID: "li.na", workflow: "boutique-styling-notes", idempotencyKey: nil, content: Data("x".utf8)))
        _ = try await store.startRun(draftID: d.draftID, revision: 1, workflow: "boutique-styling-notes", firstStep: (1, "store-manager"), actor: "li.na")
        let open = try #require(try await store.claim(worker: "w1", leaseMillis: 60_000))
        _ = try await store.commit([StepCommit(step: open, action: .advance(outcome: "escalated to regional-compliance",
                                                                             next: NextStep(index: 1, id: "store-manager", dueAt: 0, escalatedTo: "regional-compliance"),
                                                                             runStatus: nil, reason: nil))], worker: "w1", leaseMillis: 60_000, chain: false)
    }

    /// After the upgrade: the queue holds the escalation group (from the step's latest completion) and the author
    /// (copied onto the run: changing the draft's afterwards changes nothing).
    public static func upgradedQueue(_ store: any RawSQLStore) async throws {
        let queued = try await store.queuedDrafts()
        #expect(queued.map(\.creatorID) == ["li.na"] && queued.first?.escalatedTo == "regional-compliance", "\(queued)")
        try await store.execute("UPDATE drafts SET creator_id = 'someone-else'")
        #expect(try await store.queuedDrafts().map(\.creatorID) == ["li.na"])
    }

    static func decisions(_ store: any RawSQLStore) async throws {
        let d = try await store.submitDraft(DraftSubmission(creatorID: "li.na", workflow: "boutique-styling-notes", idempotencyKey: nil, content: Data("x".utf8)))
        let runID = try await store.startRun(draftID: d.draftID, revision: 1, workflow: "boutique-styling-notes", firstStep: (0, "guidelines"), actor: "li.na")
        let step = try #require(try await store.claim(worker: "w1", leaseMillis: 60_000))
        let now = try await store.now()
        try await store.release(step, dueAt: now + 3_600_000, note: "waiting for reviewers")
        // A decision on content the run is not on is refused (a conflict) and recorded nowhere.
        await #expect(throws: StoreError.conflict("run \(runID) is not on the revision with content sha256:another")) {
            try await store.recordDecision(runID: runID, stepIndex: 0, reviewerID: "gao.min", approve: true, contentHash: "sha256:another", reason: nil)
        }
        try await store.recordDecision(runID: runID, stepIndex: 0, reviewerID: "zhang.wei", approve: true, contentHash: d.contentHash, reason: nil)
        let decisions = try await store.decisions(runID: runID, stepIndex: 0)
        #expect(decisions.map { StoredDecision(reviewerID: $0.reviewerID, approve: $0.approve, contentHash: $0.contentHash, reason: $0.reason) }
                == [StoredDecision(reviewerID: "zhang.wei", approve: true, contentHash: d.contentHash, reason: nil)])
        #expect(try await store.decidedSteps(reviewerID: "zhang.wei") == [DecidedStep(runID: runID, stepIndex: 0, contentHash: d.contentHash)])
        #expect(try await store.decidedSteps(reviewerID: "gao.min").isEmpty, "a refused decision is nobody's")
        let woken = try #require(try await store.claim(worker: "w2", leaseMillis: 60_000), "a decision wakes the waiting step")
        // A decision recorded while the step is being looked at: the look's release, having read the decisions up
        // to the first, leaves the step due at once; one that read them all puts it back until its next look.
        let reworded = "---\ntitle: 新季上新\n---\n店里到了新季的 Arco 33，欢迎预约试背。\n"
        try await store.recordDecision(runID: runID, stepIndex: 0, reviewerID: "gao.min", approve: false, contentHash: d.contentHash,
                                       reason: "“全网最低价” is an absolute claim", suggestion: reworded)
        var look = StepCommit(step: woken, action: .release(dueAt: now + 3_600_000, note: "waiting for reviewers"))
        look.decisionsSeen = decisions[0].id
        #expect(try await store.commit([look], worker: "w2", leaseMillis: 60_000, chain: false) == [.committed(next: nil)])
        let again = try #require(try await store.claim(worker: "w2", leaseMillis: 60_000), "the decision made during the look is acted on now")
        look = StepCommit(step: again, action: .release(dueAt: now + 3_600_000, note: "waiting for reviewers"))
        look.decisionsSeen = try await store.decisions(runID: runID, stepIndex: 0).map(\.id).max()
        #expect(try await store.commit([look], worker: "w2", leaseMillis: 60_000, chain: false) == [.committed(next: nil)])
        #expect(try await store.claim(worker: "w2", leaseMillis: 60_000) == nil, "every decision was seen: the step waits for its next look")
        // Once a revision ends the run, a decision read on the first revision lands nowhere.
        _ = try await store.reviseDraft(draftID: d.draftID, content: Data("y".utf8), title: nil, media: [:], firstStep: (0, "guidelines"),
                                        definitionsVersion: nil, actor: "li.na")
        #expect(try await store.decidedSteps(reviewerID: "zhang.wei").isEmpty, "decisions on a run that ended leave nothing to leave out")
        await #expect(throws: StoreError.conflict("run \(runID) has ended; nothing to decide")) {
            try await store.recordDecision(runID: runID, stepIndex: 0, reviewerID: "gao.min", approve: true, contentHash: d.contentHash, reason: nil)
        }
        let kept = try await store.decisions(runID: runID, stepIndex: 0)
        #expect(kept.map { StoredDecision(reviewerID: $0.reviewerID, approve: $0.approve, contentHash: $0.contentHash, reason: $0.reason, suggestion: $0.suggestion) }
                == [StoredDecision(reviewerID: "zhang.wei", approve: true, contentHash: d.contentHash, reason: nil),
                    StoredDecision(reviewerID: "gao.min", approve: false, contentHash: d.contentHash, reason: "“全网最低价” is an absolute claim", suggestion: reworded)],
                "a suggested rewording is kept with its decision, whole")
        let batch = try await store.decisions(runIDs: [runID, "r-none"])
        #expect(batch.keys.sorted() == [runID] && batch[runID]?.keys.sorted() == [0] && batch[runID]?[0] == kept, "a page's decisions in one read, as each step's read")
        #expect(try await store.decisions(runIDs: []).isEmpty)
    }

    static func media(_ store: any RawSQLStore) async throws {
        let photo = Data([0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 7, count: 60)), detail = Data([0x89, 0x50, 0x4E, 0x47] + Array(repeating: 9, count: 40))
        let first = try await store.putMedia(photo)
        #expect(try await store.putMedia(photo) == first, "one file, one hash, however often uploaded")
        #expect(first == AuditChain.contentHash(photo))
        let other = try await store.putMedia(detail)
        #expect(try await store.media(sha256: first) == photo)
        #expect(try await store.media(sha256: String(repeating: "0", count: 64)) == nil)
        let d = try await store.submitDraft(DraftSubmission(creatorID: "li.na", workflow: "boutique-styling-notes", idempotencyKey: nil, content: Data("x".utf8),
                                                            media: ["media/front.jpg": first]))
        #expect(try await store.revisionMedia(draftID: d.draftID, revision: 1) == ["media/front.jpg": StoredMedia(sha256: first, size: photo.count)])
        _ = try await store.reviseDraft(draftID: d.draftID, content: Data("y".utf8), title: nil, media: ["media/front.jpg": other, "media/side.jpg": first],
                                        firstStep: nil, definitionsVersion: nil, actor: "li.na")
        #expect(try await store.revisionMedia(draftID: d.draftID, revision: 2) == [
            "media/front.jpg": StoredMedia(sha256: other, size: detail.count), "media/side.jpg": StoredMedia(sha256: first, size: photo.count),
        ])
        #expect(try await store.revisionMedia(draftID: d.draftID, revision: 1).count == 1, "a revision keeps what it named")
        let key = try await store.mediaLinkKey()
        #expect(key.count == 32)
        #expect(try await store.mediaLinkKey() == key, "made once, the same ever after")
    }

    static func auditChain(_ store: any RawSQLStore) async throws {
        for i in 1...6 { try await store.audit(actor: "admin", action: .tokenCreated, subject: "user-\(i)", details: "role reviewer") }
        #expect(try await store.verifyAudit() == nil)
        let entries = try await store.auditEntries()
        #expect(entries.map(\.seq) == Array(1...6))
        #expect(entries[1].previousHash == entries[0].hash)

        try await store.execute("UPDATE audit SET details = 'role admin' WHERE seq = 3")
        #expect(try await store.verifyAudit() == AuditProblem(seq: 3, reason: "its content was changed after it was written"))
        try await store.execute("UPDATE audit SET details = 'role reviewer' WHERE seq = 3")
        #expect(try await store.verifyAudit() == nil)

        // Entries 2 and 3 swapped wholesale, hashes included: only the links can tell.
        func swap() async throws {
            try await store.execute("UPDATE audit SET seq = -2 WHERE seq = 2")
            try await store.execute("UPDATE audit SET seq = 2 WHERE seq = 3")
            try await store.execute("UPDATE audit SET seq = 3 WHERE seq = -2")
        }
        try await swap()
        #expect(try await store.auditEntries().map(\.subject).prefix(3) == ["user-1", "user-3", "user-2"], "the swap took")
        #expect(try await store.verifyAudit()?.seq == 2)
        try await swap()
        #expect(try await store.verifyAudit() == nil)

        try await store.execute("DELETE FROM audit WHERE seq = 4")
        #expect(try await store.verifyAudit()?.seq == 5)
    }

    static func bookings(_ store: any RawSQLStore) async throws {
        let first = try await newRun(store), second = try await newRun(store)
        let now = try await store.now()
        func request(_ run: String, creator: String = "li.na") -> BookingRequest {
            BookingRequest(calendar: "boutique-prime-time", runID: run, stepIndex: 0, draftID: "d", creator: creator, store: "SH-IFC",
                           platforms: ["xiaohongshu", "douyin"], campaign: nil, scanFrom: now - 86_400_000, scanThrough: now + 86_400_000,
                           countedBy: ["creator", "platform"])
        }
        let booked = try #require(try await store.book(request(first)) { seen in
            #expect(seen.isEmpty)
            return BookingChoice(slotAt: now + 60_000, fireAt: now + 61_000, note: "booked into Tue 1 Dec 20:00")
        })
        #expect(booked.state == .booked && booked.platforms == ["xiaohongshu", "douyin"])
        #expect(try await store.activeBooking(runID: first, stepIndex: 0) == booked)
        // Another run sees it when its caps count the same associate, or the same platform; not otherwise.
        _ = try await store.book(request(second)) { seen in
            #expect(seen.map(\.id) == [booked.id])
            return nil
        }
        var other = request(second, creator: "chen.jie")
        other.platforms = ["weibo"]
        _ = try await store.book(other) { seen in
            #expect(seen.isEmpty, "another associate on another platform is not counted")
            return nil
        }
        // Booking the same step again moves the first booking aside.
        let moved = try #require(try await store.book(request(first)) { _ in BookingChoice(slotAt: now + 120_000, fireAt: now + 120_000, note: nil) })
        let listed = try await store.bookings(calendar: "boutique-prime-time", from: now, through: now + 3_600_000, creator: "li.na")
        #expect(listed.map(\.state) == [.moved, .booked] && listed.last?.id == moved.id)
        // It fires with the step's completion, fenced like it.
        let step = try #require(try await store.claim(worker: "w1", leaseMillis: 60_000))
        #expect(step.runID == first)
        #expect(try await store.commit([StepCommit(step: step, action: .advance(outcome: "waited", next: nil, runStatus: .completed, reason: nil),
                                                   booking: BookingUpdate(id: moved.id, state: .fired, note: nil))],
                                       worker: "w1", leaseMillis: 60_000, chain: false) == [.committed(next: nil)])
        #expect(try await store.activeBooking(runID: first, stepIndex: 0)?.state == .fired)
        // A booking whose run ended before its slot no longer counts, and reads as released.
        let third = try await newRun(store)
        let held = try #require(try await store.book(request(third)) { _ in BookingChoice(slotAt: now + 180_000, fireAt: now + 180_000, note: nil) })
        let thirdDraft = try #require(try await store.run(id: third)?.draftID)
        try await store.withdrawDraft(draftID: thirdDraft, reason: "client in the photo", actor: "li.na")
        _ = try await store.book(request(second)) { seen in
            #expect(seen.map(\.id) == [moved.id], "the fired booking counts, the withdrawn one does not")
            return nil
        }
        #expect(try await store.bookings(calendar: nil, from: 0, through: .max, creator: nil).first { $0.id == held.id }?.state == .released)
        // A slot kosd was down for is recorded as missed, with an audit entry saying so.
        let fourth = try await newRun(store)
        let late = try #require(try await store.book(request(fourth)) { _ in BookingChoice(slotAt: now + 240_000, fireAt: now + 240_000, note: nil) })
        try await store.setBookingState(id: late.id, state: .missed, note: "kosd was not running at 20:00 and the catch-up window passed")
        #expect(try await store.activeBooking(runID: fourth, stepIndex: 0)?.state != .booked)
        #expect(try await store.bookings(calendar: nil, from: 0, through: .max, creator: nil).first { $0.id == late.id }?.state == .missed)
        #expect(try await store.auditEntries().contains { $0.action == AuditAction.slotMissed.rawValue && $0.details.contains("catch-up window") })
        // A worker books for the step it holds: once another worker holds it (a later epoch), it books nothing.
        _ = try await newRun(store)
        let mine = try #require(try await store.claim(worker: "w2", leaseMillis: 60_000))
        var stale = mine
        stale.epoch -= 1
        var fenced = request(mine.runID)
        fenced.stepIndex = mine.stepIndex
        fenced.fence = StepFence(stale)
        let before = try await store.activeBooking(runID: mine.runID, stepIndex: mine.stepIndex)
        do {
            _ = try await store.book(fenced) { _ in BookingChoice(slotAt: now + 300_000, fireAt: now + 300_000, note: nil) }
            Issue.record("a stale worker booked a slot")
        } catch let error as StoreError {
            #expect(error.kind == .staleEpoch)
        }
        #expect(try await store.activeBooking(runID: mine.runID, stepIndex: mine.stepIndex) == before, "nothing was written")
        fenced.fence = StepFence(mine)
        let current = try #require(try await store.book(fenced) { _ in BookingChoice(slotAt: now + 300_000, fireAt: now + 300_000, note: nil) })
        await #expect(throws: StoreError.self, "a stale worker marks nothing missed") {
            try await store.setBookingState(id: current.id, state: .missed, note: "late", fence: StepFence(stale))
        }
        #expect(try await store.activeBooking(runID: mine.runID, stepIndex: mine.stepIndex)?.state == .booked)
        #expect(try await store.verifyAudit() == nil)
    }
}
