import KosCore
import KosDefinitions
import KosStore

/// Everything one step decides from: the claim, the round's read of its run, and what the worker made of it
/// (the definitions the run started with, its workflow, the parsed draft, the author, the run so far).
struct StepInput {
    let claimed: ClaimedStep
    let round: Worker.Round
    let ctx: StepContext
    let run: StoredRun
    let environment: EngineEnvironment
    let workflow: Workflow
    let step: Step
    let creator: Person
    let draft: Draft
    let machine: RunMachine
    /// The run so far: earlier outcomes and findings, for conditions.
    let context: RunContext

    /// Audit subject for what happens at this step.
    var subject: String { "\(claimed.runID)/\(claimed.stepIndex)" }

    /// Puts the step back to wait until `dueAt` (a wait, a retry, an approval not decided), saying why; an
    /// approval says which decisions it read (`StepCommit.decisionsSeen`).
    func release(_ dueAt: Int64, _ note: String, attempt: DeliveryAttempt? = nil, notes: [AuditNote] = [], decisionsSeen: Int64? = nil) -> StepDecision {
        var commit = StepCommit(step: claimed, action: .release(dueAt: dueAt, note: note), attempt: attempt, notes: notes)
        commit.decisionsSeen = decisionsSeen
        return .commit(commit)
    }
}

/// What a step's runner decided.
enum StepDecision {
    /// The step is done: the run machine turns the outcome into the next step (or the run's end).
    case done(StepOutcome, StepFacts = StepFacts())
    /// The step decided its own commit: wait until later, hold the post, end the run.
    case commit(StepCommit)
}

/// What a finished step leaves behind besides its outcome, all written by the fenced commit.
struct StepFacts {
    /// Kept with the step's completion for later steps (a check's findings as JSON).
    var result: String?
    /// Findings later steps' conditions read (`findings.warnings == 0`).
    var findings: [Finding] = []
    var attempt: DeliveryAttempt?
    var notes: [AuditNote] = []
    var booking: BookingUpdate?
}

/// Runs one kind of step: decides from `StepInput` and the outside world (a checker, a receiver, the clock),
/// never writes the store itself — the worker commits what it returns, fenced by the claim's epoch.
protocol StepRunner {
    func run(_ input: StepInput) async throws -> StepDecision
}

extension Worker {
    /// The runner for a step's kind (one file each under `Steps/`).
    func runner(for action: StepAction) -> any StepRunner {
        switch action {
        case .check(let check): CheckRunner(worker: self, check: check)
        case .approval(let approval): ApprovalRunner(worker: self, approval: approval)
        case .wait(let wait): WaitRunner(worker: self, wait: wait)
        case .publish(let delivery): PublishRunner(worker: self, delivery: delivery, notifies: false)
        case .notify(let delivery): PublishRunner(worker: self, delivery: delivery, notifies: true)
        case .exec(let exec): ExecRunner(exec: exec)
        }
    }
}
