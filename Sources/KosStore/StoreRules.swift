import Foundation
import KosCore

/// The rules of the store's operations, decided once for both drivers: each takes what a driver read inside its
/// transaction and says what to write; the drivers only read, write and lock.
enum StoreRules {
    /// One audit entry to append, in the order given.
    struct AuditLine: Sendable, Hashable {
        var action: AuditAction
        var subject: String
        var details: String
    }

    /// What recording one delivery attempt writes.
    struct AttemptWrites: Sendable, Hashable {
        /// `run/step/endpoint`: the delivery every attempt of one step to one endpoint belongs to.
        var deliveryID: String
        /// The delivery's state after the attempt (`delivered`, `dead`), or nil when it stays `pending`.
        var state: DeliveryState?
        /// The endpoint's health after the attempt, to save; nil when the attempt carries no health policy.
        var health: EndpointHealth?
        /// Reasons the endpoint's owners are to be told of (it was disabled), one notice each.
        var ownerNotices: [String]
        var audits: [AuditLine]
    }

    static func deliveryID(of a: DeliveryAttempt) -> String { "\(a.runID)/\(a.stepIndex)/\(a.endpoint)" }

    /// Recording attempt `number` of `a`, with the endpoint's health as it stood (`health`, read under the
    /// transaction's lock; ignored without a policy): the endpoint's side first (`health(after:from:now:)`), then
    /// the attempt's own (`record(of:number:)`).
    static func attempt(_ a: DeliveryAttempt, number: Int, health: EndpointHealth, now: Int64) -> AttemptWrites {
        let endpoint = Self.health(after: a, from: health, now: now)
        let own = record(of: a, number: number)
        return AttemptWrites(deliveryID: deliveryID(of: a), state: own.state, health: endpoint?.health, ownerNotices: endpoint?.ownerNotices ?? [],
                             audits: (endpoint?.audits ?? []) + own.audits)
    }

    /// The delivery's state after an attempt: `delivered`, `dead` (a failed attempt with a dead-letter reason),
    /// or nil when it stays `pending`. It depends on the attempt alone.
    static func deliveryState(after a: DeliveryAttempt) -> DeliveryState? {
        a.delivered ? .delivered : (a.deadLetter != nil ? .dead : nil)
    }

    /// The attempt's own writes: the delivery's state, a dead letter audited, and every attempt audited last,
    /// delivered or failed. Nothing here depends on the endpoint's health, so a driver may write it before it
    /// locks the endpoint.
    static func record(of a: DeliveryAttempt, number: Int) -> (state: DeliveryState?, audits: [AuditLine]) {
        var audits: [AuditLine] = []
        if let reason = a.deadLetter, !a.delivered {
            audits.append(AuditLine(action: .deliveryDead, subject: deliveryID(of: a), details: "\(a.webhookID): \(reason)"))
        }
        audits.append(AuditLine(action: a.delivered ? .deliveryDelivered : .deliveryFailed, subject: deliveryID(of: a),
                                details: "attempt \(number) \(a.webhookID) status \(a.status.map(String.init) ?? "-") \(a.error ?? "")"
                                    + (a.delivered && !a.accounts.isEmpty ? "on \(a.accounts.joined(separator: ", "))" : "")))
        return (deliveryState(after: a), audits)
    }

    /// The endpoint's side of an attempt, from its health as it stood: the circuit opens or closes and the
    /// endpoint may be disabled (each audited, a disable with a notice for its owners). Nil when the attempt
    /// carries no health policy.
    static func health(after a: DeliveryAttempt, from health: EndpointHealth, now: Int64)
        -> (health: EndpointHealth, ownerNotices: [String], audits: [AuditLine])? {
        guard let policy = a.healthPolicy else { return nil }
        var after = health
        var notices: [String] = []
        var audits: [AuditLine] = []
        for change in after.record(delivered: a.delivered, gone: a.gone, at: now, policy: policy) {
            switch change {
            case .opened(let why): audits.append(AuditLine(action: .endpointCircuitOpened, subject: a.endpoint, details: why))
            case .closed: audits.append(AuditLine(action: .endpointCircuitClosed, subject: a.endpoint, details: tr("a delivery succeeded")))
            case .disabled(let why):
                audits.append(AuditLine(action: .endpointDisabled, subject: a.endpoint, details: why))
                notices.append(why)
            }
        }
        return (after, notices, audits)
    }

    /// What a step's fenced commit writes, in order, once its fence holds (the step is still claimed under the
    /// epoch the worker holds; otherwise nothing is written and the commit is stale).
    struct CommitWrites: Sendable, Hashable {
        enum Fence: Sendable, Hashable {
            /// Back to pending until `dueAt` (a wait, a retry, an undecided approval); at once instead when a
            /// decision newer than `decisionsSeen` was recorded on the step meanwhile.
            case release(dueAt: Int64, decisionsSeen: Int64?)
            /// Done with `outcome`.
            case complete(outcome: String)
        }

        enum Write: Sendable, Hashable {
            /// The completion row later steps read (the outcome and what the step found).
            case completion(outcome: String, result: String?)
            /// A delivery attempt (its writes decided by `attempt(_:number:health:now:)` under the health lock).
            case attempt(DeliveryAttempt)
            case audit(actor: String, AuditLine)
            case booking(BookingUpdate)
            /// A request queued to an endpoint, due at once.
            case notice(QueuedNotice)
            /// The run's next step, pending from `dueAt` (the driver may take it at once when it is due).
            case next(NextStep)
            /// The run ends in `status`.
            case runEnded(RunStatus, reason: String?)
        }

        var fence: Fence
        var writes: [Write]
    }

    /// The commit of `c` by `worker`: a release writes its attempt, its notes and `step.waiting`; a completion
    /// writes the completion and `step.completed`, then its attempt, notes, notices and booking, then the next step or
    /// the run's end with its audit entry.
    static func commit(_ c: StepCommit, worker: String) -> CommitWrites {
        let step = c.step
        let subject = "\(step.runID)/\(step.stepID)"
        let notes = c.notes.map { CommitWrites.Write.audit(actor: $0.actor, AuditLine(action: $0.action, subject: $0.subject, details: $0.details)) }
        switch c.action {
        case .release(let dueAt, let note):
            var writes: [CommitWrites.Write] = c.attempt.map { [.attempt($0)] } ?? []
            writes += notes
            writes.append(.audit(actor: step.worker, AuditLine(action: .stepWaiting, subject: subject, details: note)))
            return CommitWrites(fence: .release(dueAt: dueAt, decisionsSeen: c.decisionsSeen), writes: writes)
        case .advance(let outcome, let next, let runStatus, let reason):
            var writes: [CommitWrites.Write] = [
                .completion(outcome: outcome, result: c.result),
                .audit(actor: worker, AuditLine(action: .stepCompleted, subject: subject, details: "epoch \(step.epoch): \(outcome)")),
            ]
            if let attempt = c.attempt { writes.append(.attempt(attempt)) }
            writes += notes
            writes += c.notices.map(CommitWrites.Write.notice)
            if let booking = c.booking { writes.append(.booking(booking)) }
            if let next { writes.append(.next(next)) }
            if let runStatus {
                writes.append(.runEnded(runStatus, reason: reason))
                writes.append(.audit(actor: worker, AuditLine(action: .ended(runStatus), subject: step.runID, details: reason ?? "")))
            }
            return CommitWrites(fence: .complete(outcome: outcome), writes: writes)
        }
    }

    /// The next step decided with `commit` (`StepCommit.then`), to commit in the same transaction on the step the
    /// commit has just chained; nil when there is none or the chained step is not the one it was decided for.
    static func followUp(_ commit: StepCommit, chained: ClaimedStep?) -> StepCommit? {
        guard let chained, var follow = commit.then.first, follow.step.stepIndex == chained.stepIndex else { return nil }
        follow.step = chained
        return follow
    }

    /// What a new draft writes: its id, its first revision's content hash, and the audit entry.
    struct SubmissionWrites: Sendable, Hashable {
        var draftID: String
        var contentHash: String
        var audit: AuditLine
    }

    /// A new draft from `submission` (after the driver found no draft under its idempotency key).
    static func submission(_ submission: DraftSubmission, draftID: String = newDraftID()) -> SubmissionWrites {
        let hash = AuditChain.contentHash(submission.content)
        return SubmissionWrites(draftID: draftID, contentHash: hash, audit: AuditLine(action: .draftSubmitted, subject: draftID, details: "revision 1 \(hash)"))
    }

    static func newDraftID() -> String { randomID("d-", hexDigits: 12) }

    /// A run's id: `r-` and 16 random hex digits.
    static func newRunID() -> String { randomID("r-", hexDigits: 16) }

    /// `prefix` and random lowercase hex digits, from the system's generator. (Cut from a UUID's text with
    /// Foundation's `replacingOccurrences`, an id cost ~25,000 instructions; a submit makes two.)
    static func randomID(_ prefix: String, hexDigits: Int) -> String {
        var rng = SystemRandomNumberGenerator()
        let bytes = (0..<(hexDigits + 1) / 2).map { _ in UInt8.random(in: 0...255, using: &rng) }
        return prefix + Hex.encode(bytes).prefix(hexDigits)
    }

    /// What a revision writes, decided from the draft as the driver read it under its lock.
    struct RevisionWrites: Sendable, Hashable {
        var number: Int
        var contentHash: String
        var audit: AuditLine
        /// Why a run still going on the previous revision ends (`superseded`): approvals are bound to the content
        /// they saw, so the old run stops and a new one starts from the first step.
        var supersededBecause: String
    }

    /// Revision `last + 1` of draft `draftID` (in `state`, whose newest revision is `last`) with `content`; a
    /// withdrawn draft takes no revision.
    static func revision(draftID: String, state: DraftState, last: Int, content: Data) throws(StoreError) -> RevisionWrites {
        guard state != .withdrawn else { throw StoreError.conflict(tr("draft \(draftID) was withdrawn; submit a new draft")) }
        let hash = AuditChain.contentHash(content)
        return RevisionWrites(number: last + 1, contentHash: hash,
                              audit: AuditLine(action: .draftRevised, subject: draftID, details: "revision \(last + 1) \(hash)"),
                              supersededBecause: tr("revision \(last + 1) replaces revision \(last)"))
    }

    /// What ending a running run from outside its steps writes (a revision supersedes it, a withdrawal ends it):
    /// its open steps are cancelled (a worker holding one is fenced out), the run takes `status` with `reason`,
    /// and the audit log says so.
    struct RunEndWrites: Sendable, Hashable {
        var status: RunStatus
        var reason: String
        var audit: AuditLine
    }

    static func endRun(_ runID: String, status: RunStatus, reason: String) -> RunEndWrites {
        RunEndWrites(status: status, reason: reason, audit: AuditLine(action: .ended(status), subject: runID, details: reason))
    }

    /// Sending a dead letter again (`webhookID`, delivery `deliveryID` of step `stepIndex`, after `attempts`):
    /// only a delivery its run failed at, the run's last step, is replayed; the run resumes at that step.
    static func replay(webhookID: String, deliveryID: String, state: DeliveryState, runID: String, runState: String?, stepIndex: Int,
                       lastStep: Int?, attempts: Int) throws(StoreError) -> AuditLine {
        guard state == .dead else { throw StoreError.conflict(tr("\(webhookID) is \(state.rawValue); only dead letters are replayed")) }
        guard runState == RunStatus.failed.rawValue, lastStep == stepIndex else {
            throw StoreError.conflict(tr("\(webhookID): its run \(runID) is \(runState ?? tr("gone")) and went past this step; only a delivery its run failed at is replayed"))
        }
        return AuditLine(action: .deliveryReplayed, subject: deliveryID,
                         details: trn(attempts, "\(webhookID): sent again after \(attempts) attempt; run \(runID) resumes at step \(stepIndex)",
                                      "\(webhookID): sent again after \(attempts) attempts; run \(runID) resumes at step \(stepIndex)"))
    }

    /// A console credential's row as read under the transaction's lock.
    struct Credential: Sendable, Hashable {
        var kind: String
        var personID: String
        var expiresAt: Int64
        var usedAt: Int64?
        var revokedAt: Int64?
    }

    /// What presenting a sign-in link (`link`, nil when no such link) at `now` comes to: a session for its
    /// holder, or why not. A session's secret is never a link's: only a `link` row signs in.
    enum Redemption: Sendable, Hashable {
        case signIn(personID: String, audit: AuditLine)
        case refused(SignIn)
    }

    static func redeem(_ link: Credential?, digest: String, now: Int64) -> Redemption {
        guard let link, link.kind == "link" else { return .refused(.unknown) }
        if link.usedAt != nil { return .refused(.used) }
        if link.revokedAt != nil || link.expiresAt <= now { return .refused(.expired) }
        return .signIn(personID: link.personID, audit: AuditLine(action: .consoleSignedIn, subject: link.personID,
                                                                 details: "by link sha256 \(digest.prefix(12))…"))
    }
}
