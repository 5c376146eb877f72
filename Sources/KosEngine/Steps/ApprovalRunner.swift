import KosCore
import KosStore

/// `approval:` — decided by the workflow's `auto_approve` condition, or by the eligible reviewers' decisions on the
/// current content (N of M, no self-approval); past its deadline it escalates once, then expires or rejects.
/// Undecided, it sleeps until the next look or the deadline; a decision wakes it at once.
struct ApprovalRunner: StepRunner {
    let worker: Worker
    let approval: ApprovalStep

    func run(_ input: StepInput) async throws -> StepDecision {
        if let auto = approval.autoApprove, auto.evaluate(input.context.value(at:)) {
            return .done(.approved, StepFacts(notes: [AuditNote(actor: "kosflow", action: .approvalAutomatic, subject: input.subject,
                                                                details: "step \(input.step.id): the workflow's auto_approve condition holds")]))
        }
        let claimed = input.claimed
        let escalatedTo = input.ctx.completions[claimed.stepIndex].flatMap { Worker.escalationGroup($0) }
        // The people once for the round; the decisions fresh for this step (a decision wakes it).
        let (status, newest) = try await Worker.approvalStanding(worker.store, people: try await input.round.people.value, step: approval,
                                                                 runID: claimed.runID, stepIndex: claimed.stepIndex, submitter: input.creator,
                                                                 escalatedTo: escalatedTo, contentHash: input.ctx.contentHash)
        switch status {
        case .approved: return .done(.approved)
        case .rejected(let by, let reason): return .done(.rejected(reason: "\(by): \(reason)"))
        case .pending: break
        }
        let now = input.round.now
        let deadline = approval.timeout.map { claimed.readyAt + $0.milliseconds }
        if let deadline, now >= deadline, let timedOut = input.machine.timeoutOutcome(step: claimed.stepIndex) {
            // An escalation is given the same time once; when that passes too, the draft expires.
            if case .escalated = timedOut, escalatedTo != nil { return .done(.expired) }
            return .done(timedOut)
        }
        // A decision recorded while this look was under way makes the step due at once, not at the next look.
        guard case .commit(var commit) = input.release(min(now + input.environment.approvalPollMillis, deadline ?? .max), "waiting for reviewers") else {
            preconditionFailure("a release is a commit")
        }
        commit.decisionsSeen = newest
        return .commit(commit)
    }
}

extension Worker {
    /// The group an approval step was escalated to, when its last completion was an escalation.
    public static func escalation(_ store: any Store, runID: String, stepIndex: Int) async throws -> String? {
        try await store.completions(runID: runID, stepIndex: stepIndex).last.flatMap { escalationGroup(StepContext.Completion(outcome: $0.outcome, result: nil)) }
    }

    static func escalationGroup(_ completion: StepContext.Completion) -> String? {
        let prefix = "escalated to "
        return completion.outcome.hasPrefix(prefix) ? String(completion.outcome.dropFirst(prefix.count)) : nil
    }

    /// Where an approval step stands, read from the store: the decisions recorded on it, of the people the policy
    /// lets decide it, on `contentHash`. The worker settles the step by it; the API tells a reviewer what is next.
    public static func approvalStatus(_ store: any Store, step: ApprovalStep, runID: String, stepIndex: Int, submitter: Person,
                                      escalatedTo: String?, contentHash: String) async throws -> ApprovalPolicy.Status {
        try await approvalStanding(store, people: nil, step: step, runID: runID, stepIndex: stepIndex, submitter: submitter, escalatedTo: escalatedTo,
                                   contentHash: contentHash).status
    }

    /// The status, and the newest decision read (0 when none), with `people` when the caller read them already.
    static func approvalStanding(_ store: any Store, people: [Person]?, step: ApprovalStep, runID: String, stepIndex: Int, submitter: Person,
                                 escalatedTo: String?, contentHash: String) async throws -> (status: ApprovalPolicy.Status, newest: Int64) {
        let everyone: [Person]
        if let people { everyone = people } else { everyone = try await store.people() }
        let eligible = everyone.filter { ApprovalPolicy.check($0, step: step, submitter: submitter, escalatedTo: escalatedTo) == nil }
        let eligibleIDs = Set(eligible.map(\.id))
        // Decisions by anyone the policy refuses (the author above all) never count, whatever a client sent.
        let recorded = try await store.decisions(runID: runID, stepIndex: stepIndex)
        let decisions = recorded.filter { eligibleIDs.contains($0.reviewerID) }
            .map { ApprovalPolicy.Decision(reviewerID: $0.reviewerID, approve: $0.approve, contentHash: $0.contentHash, reason: $0.reason) }
        return (ApprovalPolicy.status(of: step, decisions: decisions, currentHash: contentHash, eligible: eligible.count), recorded.map(\.id).max() ?? 0)
    }
}
