import Foundation
import KosCore
import KosStore

/// The program's health, reckoned from a period's facts: how long each approval stage takes, how many drafts
/// clear review at their first revision, the rules that block most, what is held and where deliveries stand, and
/// each associate's and store's cadence against the calendar's caps. Pure: the caller reads the facts.
public enum ProgramHealth {
    public struct Input: Sendable {
        public var since: Int64
        public var until: Int64
        public var facts: ProgramFacts
        /// Drafts waiting at an open step now.
        public var queue: [QueuedDraft]
        /// Bookings from a window before `since` (the longest cap) to a window after `until`.
        public var bookings: [SlotBooking]
        /// The workflow a run started with, by its definitions version and workflow id.
        public var workflow: @Sendable (_ version: String?, _ id: String) -> Workflow?
        /// The calendars whose caps cadence is shown against (the current definitions).
        public var calendars: [KosCore.Calendar]

        public init(since: Int64, until: Int64, facts: ProgramFacts, queue: [QueuedDraft], bookings: [SlotBooking],
                    workflow: @escaping @Sendable (String?, String) -> Workflow?, calendars: [KosCore.Calendar]) {
            self.since = since
            self.until = until
            self.facts = facts
            self.queue = queue
            self.bookings = bookings
            self.workflow = workflow
            self.calendars = calendars
        }
    }

    public static func report(_ input: Input) -> API.Report {
        let facts = input.facts
        let runs = Dictionary(facts.runs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let stepsByRun = Dictionary(grouping: facts.steps, by: \.runID)

        // Approval stages: the done steps at approval steps, by workflow and step.
        var stages: [String: (workflow: String, step: String, outcomes: [String: Int], minutes: [Double])] = [:]
        for step in facts.steps {
            guard let run = runs[step.runID], let workflow = input.workflow(run.definitionsVersion, run.workflow),
                  step.stepIndex < workflow.steps.count, case .approval = workflow.steps[step.stepIndex].action else { continue }
            let key = run.workflow + "/" + step.stepID
            var stage = stages[key] ?? (run.workflow, step.stepID, [:], [])
            let outcome = step.outcome.hasPrefix("escalated") ? "escalated" : step.outcome.hasPrefix("rejected") ? "rejected" : step.outcome
            stage.outcomes[outcome, default: 0] += 1
            if outcome == "approved" || outcome == "rejected" { stage.minutes.append(Double(max(0, step.completedAt - step.readyAt)) / 60_000) }
            stages[key] = stage
        }
        let stageRows = stages.values.sorted { ($0.workflow, $0.step) < ($1.workflow, $1.step) }.map { s in
            API.Report.Stage(workflow: s.workflow, step: s.step, approved: s.outcomes["approved"] ?? 0, rejected: s.outcomes["rejected"] ?? 0,
                             expired: s.outcomes["expired"] ?? 0, escalated: s.outcomes["escalated"] ?? 0,
                             p50Minutes: percentile(s.minutes, 0.5), p90Minutes: percentile(s.minutes, 0.9))
        }

        // First pass: of the drafts whose review concluded, those whose first run cleared it.
        var decided = 0, passed = 0
        for (_, draftRuns) in Dictionary(grouping: facts.runs, by: \.draftID) {
            let ordered = draftRuns.sorted { ($0.revision, $0.createdAt) < ($1.revision, $1.createdAt) }
            let verdicts = ordered.map { verdict($0, steps: stepsByRun[$0.id] ?? [], workflow: input.workflow($0.definitionsVersion, $0.workflow)) }
            guard verdicts.contains(where: { $0 != nil }) else { continue }
            decided += 1
            if verdicts.first == .cleared { passed += 1 }
        }

        // The rules among the reasons each blocked check gave.
        var rules: [String: Int] = [:]
        for json in facts.blockingResults {
            guard let findings = try? JSONDecoder().decode([Finding].self, from: Data(json.utf8)) else { continue }
            for rule in Set(findings.filter { $0.suppressed == nil && $0.shadow != true && $0.level == .error }.map(\.rule)) { rules[rule, default: 0] += 1 }
        }
        let ruleRows = rules.map { API.Report.Rule(rule: $0.key, blocked: $0.value) }.sorted { ($1.blocked, $0.rule) < ($0.blocked, $1.rule) }

        // Held now: drafts waiting at an embargo or for a calendar slot; slots moved or missed in the period.
        var embargo = 0, slot = 0
        for q in input.queue {
            guard let workflow = input.workflow(q.definitionsVersion, q.workflow), q.stepIndex < workflow.steps.count,
                  case .wait(let wait) = workflow.steps[q.stepIndex].action else { continue }
            switch wait {
            case .embargo: embargo += 1
            case .slot: slot += 1
            case .until: break
            }
        }
        // A slot moved or missed counts in the period its slot fell in.
        let inPeriod = input.bookings.filter { $0.slotAt >= input.since && $0.slotAt < input.until }
        let held = API.Report.Held(embargo: embargo, slot: slot, moved: inPeriod.filter { $0.state == .moved }.count,
                                   missed: inPeriod.filter { $0.state == .missed }.count)

        let d = facts.deliveries
        let deliveries = API.Report.Deliveries(delivered: d["delivered"] ?? 0, failed: d["failed"] ?? 0, pending: d["pending"] ?? 0, dead: d["dead"] ?? 0)

        return API.Report(since: API.timestamp(input.since), until: API.timestamp(input.until), drafts: Set(facts.runs.map(\.draftID)).count,
                          firstPass: API.Report.FirstPass(decided: decided, passed: passed), stages: stageRows, rules: ruleRows, held: held,
                          deliveries: deliveries, cadence: cadence(input))
    }

    enum Verdict: Equatable { case cleared, stopped }

    /// How a run's review ended: cleared (it went past its last approval step with nothing blocked, rejected or
    /// expired), stopped (blocked, rejected or expired), or nil while undecided.
    static func verdict(_ run: ProgramFacts.Run, steps: [ProgramFacts.Step], workflow: Workflow?) -> Verdict? {
        if [.blocked, .rejected, .expired].contains(run.status) { return .stopped }
        if steps.contains(where: { ["blocked", "expired"].contains($0.outcome) || $0.outcome.hasPrefix("rejected") }) { return .stopped }
        if run.status == .completed { return .cleared }
        guard let workflow else { return nil }
        let lastApproval = workflow.steps.lastIndex { if case .approval = $0.action { true } else { false } } ?? -1
        let furthest = steps.map(\.stepIndex).max() ?? -1
        return furthest >= lastApproval && furthest >= 0 && steps.contains(where: { $0.stepIndex == furthest && !$0.outcome.hasPrefix("escalated") })
            ? .cleared : nil
    }

    /// Each associate's and store's posts against every creator and store cap of the calendars: fired in the
    /// window up to `until`, booked in the window after it. In name order: this is a cadence, not a ranking.
    static func cadence(_ input: Input) -> [API.Report.Cadence] {
        var rows: [API.Report.Cadence] = []
        for calendar in input.calendars.sorted(by: { $0.id < $1.id }) {
            let bookings = input.bookings.filter { $0.calendar == calendar.id }
            for cap in calendar.caps where cap.per == .creator || cap.per == .store {
                let window = cap.window.milliseconds
                var counts: [String: (posted: Int, booked: Int)] = [:]
                for b in bookings {
                    guard let who = cap.per == .creator ? b.creator : b.store else { continue }
                    if b.state == .fired, b.slotAt > input.until - window, b.slotAt <= input.until { counts[who, default: (0, 0)].posted += 1 }
                    if b.state == .booked, b.slotAt > input.until, b.slotAt <= input.until + window { counts[who, default: (0, 0)].booked += 1 }
                }
                for (who, count) in counts.sorted(by: { $0.key < $1.key }) {
                    rows.append(API.Report.Cadence(calendar: calendar.id, per: cap.per.rawValue, who: who, posted: count.posted, booked: count.booked,
                                                   max: cap.max, window: cap.window.description))
                }
            }
        }
        return rows
    }

    /// The nearest-rank percentile of `values`, to a tenth; nil for none.
    static func percentile(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = max(1, Int((p * Double(sorted.count)).rounded(.up)))
        return (sorted[min(sorted.count, rank) - 1] * 10).rounded() / 10
    }
}
