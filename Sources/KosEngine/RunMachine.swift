public import KosCore

/// What a run knows when it decides what comes next: the draft, its author, findings so far, and the
/// outcomes of earlier steps. Conditions (`if:`) read it.
public struct RunContext: Sendable {
    public var draft: Draft
    public var creator: Person
    public var findings: [Finding]
    /// Outcome names of finished steps, by step id (`approved`, `passed`, `delivered`, …).
    public var outcomes: [String: String]
    public var revision: Int
    /// How the draft stands against the campaign kit it names, when it names one.
    public var kit: KitMatch?

    public init(draft: Draft, creator: Person, findings: [Finding] = [], outcomes: [String: String] = [:], revision: Int = 1) {
        self.draft = draft
        self.creator = creator
        self.findings = findings
        self.outcomes = outcomes
        self.revision = revision
    }

    /// The value at a condition path (`draft.platforms`, `findings.warnings`, `steps.legal.outcome`).
    public func value(at path: [String]) -> ConditionValue? {
        func strings(_ s: [String]) -> ConditionValue { .list(s.map(ConditionValue.string)) }
        func count(_ level: FindingLevel) -> ConditionValue { .number(Double(findings.filter { $0.level == level }.count)) }
        switch path {
        case ["draft", "title"]: return .string(draft.title)
        case ["draft", "body"]: return .string(draft.body)
        case ["draft", "platforms"]: return strings(draft.platforms)
        case ["draft", "hashtags"]: return strings(draft.hashtags)
        case ["draft", "products"]: return strings(draft.products)
        case ["draft", "links"]: return strings(draft.links)
        case ["draft", "media"]: return strings(draft.media.map(\.path))
        case ["draft", "workflow"]: return draft.workflow.map(ConditionValue.string)
        case ["draft", "has_link"]: return .bool(!draft.links.isEmpty || draft.body.contains("http://") || draft.body.contains("https://"))
        case ["draft", "has_price"]: return .bool(Self.mentionsPrice(draft))
        case ["draft", "revision"]: return .number(Double(revision))
        // The kit it was made from, only when it matches: a draft that claims a kit it does not match is a normal draft.
        case ["draft", "kit"]: return kit.flatMap { $0.matched ? ConditionValue.string($0.reference) : nil } ?? .null
        case ["draft", "from_kit"]: return .bool(kit?.matched ?? false)
        case ["creator", "id"]: return .string(creator.id)
        case ["creator", "store"]: return creator.store.map(ConditionValue.string)
        case ["creator", "groups"]: return strings(creator.groups)
        case ["creator", "role"]: return .string(creator.role.rawValue)
        case ["findings", "errors"]: return count(.error)
        case ["findings", "warnings"]: return count(.warning)
        case ["findings", "suggestions"]: return count(.suggestion)
        case ["findings", "rules"]: return strings(findings.map(\.rule))
        default:
            if path.count == 3, path[0] == "steps", path[2] == "outcome" { return outcomes[path[1]].map(ConditionValue.string) }
            return nil
        }
    }

    /// A currency sign or 元 next to a digit: enough for routing to legal (the guideline packs judge the claim).
    static func mentionsPrice(_ draft: Draft) -> Bool {
        let text = Array((draft.title + "\n" + draft.body).unicodeScalars)
        for (i, c) in text.enumerated() {
            let isDigit = ("0"..."9").contains(c) || ("０"..."９").contains(c)
            guard isDigit else { continue }
            let before = i > 0 ? text[i - 1] : " "
            let after = i + 1 < text.count ? text[i + 1] : " "
            if "¥￥$".unicodeScalars.contains(before) || after == "元" || after == "块" { return true }
        }
        return false
    }
}

/// How a step ended.
public enum StepOutcome: Sendable, Hashable {
    /// A check without blocking findings, or an `exec` that succeeded.
    case passed(findings: [Finding])
    /// A check whose findings reach `block_on`.
    case blocked(findings: [Finding])
    case approved
    case rejected(reason: String)
    /// Nobody decided in time and the step expires the draft.
    case expired
    /// Nobody decided in time; the group named decides instead.
    case escalated(group: String)
    /// A `wait` reached its time.
    case waited
    case delivered
    case failed(reason: String)

    public var name: String {
        switch self {
        case .passed: "passed"
        case .blocked: "blocked"
        case .approved: "approved"
        case .rejected: "rejected"
        case .expired: "expired"
        case .escalated: "escalated"
        case .waited: "waited"
        case .delivered: "delivered"
        case .failed: "failed"
        }
    }
}

/// The run state machine: a value that takes what happened and says what comes next; the caller does the IO.
public struct RunMachine: Sendable {
    public enum Transition: Sendable, Hashable {
        /// Run step `index` next (due now unless the step itself waits).
        case schedule(Int)
        /// Run the same approval step again, decided by another group.
        case escalate(Int, group: String)
        case finish(RunStatus, reason: String?)
    }

    public let workflow: Workflow

    public init(workflow: Workflow) { self.workflow = workflow }

    /// The first step at or after `index` whose condition holds, or nil when none remain.
    public func nextStep(from index: Int, context: RunContext) -> Int? {
        var i = index
        while i < workflow.steps.count {
            if workflow.steps[i].condition?.evaluate(context.value(at:)) ?? true { return i }
            i += 1
        }
        return nil
    }

    /// Where a run starts.
    public func start(context: RunContext) -> Transition {
        nextStep(from: 0, context: context).map(Transition.schedule) ?? .finish(.completed, reason: nil)
    }

    /// What follows step `index` ending with `outcome`; `context` already includes that step's outcome and findings.
    public func after(step index: Int, outcome: StepOutcome, context: RunContext) -> Transition {
        switch outcome {
        case .passed, .approved, .waited, .delivered:
            return nextStep(from: index + 1, context: context).map(Transition.schedule) ?? .finish(.completed, reason: nil)
        case .blocked(let findings):
            let blocking = findings.filter { $0.blocks(at: .error) }.count
            return .finish(.blocked, reason: tr("\(blocking == 0 ? findings.count : blocking) finding(s) must be fixed; revise the draft"))
        case .rejected(let reason):
            return .finish(.rejected, reason: reason)
        case .expired:
            return .finish(.expired, reason: tr("no decision in time at step \(workflow.steps[index].id)"))
        case .escalated(let group):
            return .escalate(index, group: group)
        case .failed(let reason):
            return .finish(.failed, reason: reason)
        }
    }

    /// What an approval step's timeout means, as the workflow says.
    public func timeoutOutcome(step index: Int) -> StepOutcome? {
        guard case .approval(let approval) = workflow.steps[index].action else { return nil }
        switch approval.onTimeout {
        case .escalate(let group): return .escalated(group: group)
        case .expire: return .expired
        case .reject: return .rejected(reason: tr("no decision within \(approval.timeout?.description ?? tr("the time allowed"))"))
        }
    }

    /// A new revision voids earlier approvals: the run starts again from its first step, on the new content.
    public func revised(context: RunContext) -> Transition { start(context: context) }
}
