import KosCore
import KosStore

/// `approval:` — decided by the workflow's `auto_approve` condition, or by the eligible reviewers' decisions on the
/// current content (N of M, no self-approval); past its deadline it escalates once, then expires or rejects.
/// Undecided, it sleeps until the next look or the deadline; a decision wakes it at once.
struct ApprovalRunner: StepRunner {
    let worker: Worker
    let approval: ApprovalStep

    func run(_ input: StepInput) async throws -> StepDecision {
        if let (approved, facts) = Self.automatic(input.step, subject: input.subject, context: input.context) { return .done(approved, facts) }
        let claimed = input.claimed
        let escalatedTo = input.ctx.completions[claimed.stepIndex].flatMap { Approvals.escalatedTo(outcome: $0.outcome, result: $0.result) }
        // The people once for the round; the decisions fresh for this step (a decision wakes it).
        let (status, newest) = try await Approvals.standing(worker.store, people: try await input.round.people.value, step: approval,
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
        // Still waiting: the reviewers are told in their chat, once (it never holds the step up).
        var told: DeliveryAttempt?
        if let notice = approval.notify { told = try await worker.tellReviewers(notice, oneTap: approval.oneTap, input: input, deadline: deadline) }
        // A decision recorded while this look was under way makes the step due at once, not at the next look.
        return input.release(min(now + input.environment.approvalPollMillis, deadline ?? .max), tr("waiting for reviewers"), attempt: told, decisionsSeen: newest)
    }

    /// An approval step decided by its `auto_approve` condition on the run so far; nil when the step is no
    /// approval, has no condition, or the condition does not hold. Nothing outside decides it, so the worker may
    /// decide it with the step before it (`StepCommit.then`).
    static func automatic(_ step: Step, subject: String, context: RunContext) -> (StepOutcome, StepFacts)? {
        guard case .approval(let approval) = step.action, let auto = approval.autoApprove, auto.evaluate(context.value(at:)) else { return nil }
        return (.approved, StepFacts(notes: [AuditNote(actor: "kosflow", action: .approvalAutomatic, subject: subject,
                                                       details: tr("step \(step.id): the workflow's auto_approve condition holds"))]))
    }
}
