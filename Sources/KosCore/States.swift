/// Where a run stands. Stored as its raw value by both stores, shown by the API and `kos status`, counted by
/// `/metrics`: the one list of run states.
public enum RunStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// Its steps are being worked through (or wait for a reviewer, a slot, an embargo).
    case running
    /// The guideline checks (or the rendered payload's) found what the workflow does not let go out.
    case blocked
    /// A reviewer rejected it, or an approval deadline rejects on timeout.
    case rejected
    /// Nobody decided before the approval deadline.
    case expired
    /// A step failed for good (a checker that errs, a delivery out of retries).
    case failed
    /// Every step is done: the post went out.
    case completed
    /// A new revision replaced the one this run was on; a new run carries on.
    case superseded
    /// The author (or an admin) withdrew the draft.
    case withdrawn
    /// A step crashed its worker again and again: set aside, with the reason, for an admin to look at.
    case parked

    /// Whether the run has ended (every state but `running`).
    public var hasEnded: Bool { self != .running }
}

/// Where a draft stands as a whole (what its latest run is doing is the run's status).
public enum DraftState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Submitted, and revised as often as its author likes, until it is withdrawn.
    case submitted
    /// The author (or an admin) withdrew it: it cannot be revised, and its slot is free again.
    case withdrawn
}

/// Where one step of a run stands in the queue workers claim from.
public enum StepState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Waiting to be claimed, at or after its due time.
    case pending
    /// A worker holds its lease until the lease runs out.
    case claimed
    /// It ran to completion.
    case done
    /// Its run ended (revised, withdrawn, rejected) before it ran.
    case cancelled
    /// It crashed its worker again and again and was set aside with its run.
    case parked
}

/// Where a webhook delivery stands. A pending delivery with attempts behind it is shown as `failed` (retrying).
public enum DeliveryState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not yet delivered: never tried, or retrying after a failed attempt.
    case pending
    /// The receiver answered 2xx.
    case delivered
    /// Out of retries (or its endpoint was removed): only a replay sends it again.
    case dead
}

/// What a draft is doing, in the words the API, `kos status` and the review console use: its own state, or
/// its latest run's status, or the kind of step that run waits on.
public enum DraftProgress: String, Sendable, Hashable, Codable, CaseIterable {
    case submitted
    /// At a check (or an external checker).
    case checking
    /// Waiting for reviewers.
    case awaitingApproval = "awaiting-approval"
    /// Approved, waiting for its slot, an embargo or a wait.
    case scheduled
    /// Its webhooks or notices are being sent.
    case publishing
    /// Every step done: the post went out.
    case published
    case blocked
    case rejected
    case expired
    case failed
    case superseded
    case withdrawn
    case parked

    /// The progress of a run that has ended with `status` (`published` for `completed`).
    public init(ended status: RunStatus) {
        switch status {
        case .completed: self = .published
        case .running: self = .checking
        case .blocked: self = .blocked
        case .rejected: self = .rejected
        case .expired: self = .expired
        case .failed: self = .failed
        case .superseded: self = .superseded
        case .withdrawn: self = .withdrawn
        case .parked: self = .parked
        }
    }
}

/// Where a post booked into a calendar slot stands.
public enum BookingState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Waiting for its slot.
    case booked
    /// Its slot came and the post went on to publishing.
    case fired
    /// kosd was not running at the slot and the catch-up window had passed: recorded, never fired late.
    case missed
    /// Moved to another slot (a late approval, a missed slot).
    case moved
    /// The run ended before the slot (rejected, withdrawn, revised): the slot is free again.
    case released
}

/// What an entry of the hash-chained audit log records: every action kosflow writes, named once for both stores,
/// the engine and the reference. (Entries read back keep the name they were written with: `AuditEntry.action`
/// is that text, so an entry from an older kosflow still reads and verifies.)
public enum AuditAction: String, Sendable, Hashable, CaseIterable, Codable {
    // Drafts and runs.
    case draftSubmitted = "draft.submitted"
    case draftRevised = "draft.revised"
    case draftWithdrawn = "draft.withdrawn"
    case runStarted = "run.started"
    case runBlocked = "run.blocked"
    case runRejected = "run.rejected"
    case runExpired = "run.expired"
    case runFailed = "run.failed"
    case runCompleted = "run.completed"
    case runSuperseded = "run.superseded"
    case runWithdrawn = "run.withdrawn"
    case runParked = "run.parked"
    /// A scheduled post the reloaded packs would block was held back.
    case runHeld = "run.held"
    // Steps.
    case stepCompleted = "step.completed"
    case stepWaiting = "step.waiting"
    /// A step that crashed its worker was counted against it.
    case stepStruck = "step.struck"
    case leaseExpired = "lease.expired"
    case approvalApproved = "approval.approved"
    case approvalRejected = "approval.rejected"
    case approvalAutomatic = "approval.automatic"
    case findingSuppressed = "finding.suppressed"
    case payloadBlocked = "payload.blocked"
    case notifySkipped = "notify.skipped"
    // Calendar slots.
    case slotBooked = "slot.booked"
    case slotPublishedNow = "slot.published-now"
    case slotFired = "slot.fired"
    case slotMissed = "slot.missed"
    case slotMoved = "slot.moved"
    case slotReleased = "slot.released"
    // Deliveries and endpoints.
    case deliveryDelivered = "delivery.delivered"
    case deliveryFailed = "delivery.failed"
    case deliveryDead = "delivery.dead"
    case deliveryReplayed = "delivery.replayed"
    case endpointCircuitOpened = "endpoint.circuit-opened"
    case endpointCircuitClosed = "endpoint.circuit-closed"
    case endpointDisabled = "endpoint.disabled"
    case endpointEnabled = "endpoint.enabled"
    case endpointOwnerNotified = "endpoint.owner-notified"
    case endpointOwnerNoticeFailed = "endpoint.owner-notice-failed"
    // People and tokens.
    case personSaved = "person.saved"
    case tokenCreated = "token.created"
    case tokenRevoked = "token.revoked"
    // The staff directory, accounts and turnover.
    /// A platform account was registered, or changed hands or ownership, by a directory import.
    case accountSaved = "account.saved"
    /// An account no directory row names any more, or a leaver's own account, left the register.
    case accountRetired = "account.retired"
    /// A leaver's company-owned account passed to their successor.
    case accountPassed = "account.passed"
    /// A reviewer is away, with a delegate deciding for them (or is back).
    case personAway = "person.away"
    /// An associate's leaving was recorded, with its moment and successor.
    case personLeaving = "person.leaving"
    /// The handover ran: posts handed over or cancelled, access ended, accounts passed.
    case personOffboarded = "person.offboarded"
    /// A leaver's running draft passed to their successor.
    case runHandedOver = "run.handed-over"
    /// A leaver's post still live on their own account is asked to be taken down (`post.recall`).
    case postRecallRequested = "post.recall-requested"
    case postRecallSent = "post.recall-sent"
    case postRecallFailed = "post.recall-failed"
    // The review console.
    /// A single-use sign-in link was issued (`kos review-link`).
    case consoleLinkIssued = "console.link-issued"
    case consoleSignedIn = "console.signed-in"
    case consoleSignedOut = "console.signed-out"

    /// The entry that says a run ended in `status` (`run.completed`, `run.withdrawn`, …).
    public static func ended(_ status: RunStatus) -> AuditAction {
        switch status {
        case .running: .runStarted
        case .blocked: .runBlocked
        case .rejected: .runRejected
        case .expired: .runExpired
        case .failed: .runFailed
        case .completed: .runCompleted
        case .superseded: .runSuperseded
        case .withdrawn: .runWithdrawn
        case .parked: .runParked
        }
    }

    /// The entry that says a booking moved to `state` (`slot.fired`, `slot.missed`, …).
    public static func slot(_ state: BookingState) -> AuditAction {
        switch state {
        case .booked: .slotBooked
        case .fired: .slotFired
        case .missed: .slotMissed
        case .moved: .slotMoved
        case .released: .slotReleased
        }
    }
}
