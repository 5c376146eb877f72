import KosCore

/// What a draft of a workflow is checked with — decided here once, and used alike by `kos lint`, the local
/// check of `kos submit` and kosd's check steps, so the three never disagree:
/// - the packs: a check step's own `packs`, else the workflow's `guidelines` (`kos lint` takes every check
///   step's, or the guidelines when the workflow has none);
/// - embargoes: the workflow's calendar adds its embargoes. A workflow that waits for its embargoes
///   (`wait: embargo`) holds an embargoed post until the lift, so the finding is a note that says so; one
///   that does not wait blocks it with an error;
/// - the clock: the instant the check runs (`kos lint --now` stands in for it).
public enum CheckPlan {
    /// The pack ids a check applies: `step` nil means every check step of the workflow (what `kos lint` runs).
    public static func packIDs(workflow: Workflow, step: CheckStep?, definitions: Definitions) -> [String] {
        var ids: [String]
        if let step {
            ids = step.packs.isEmpty ? workflow.guidelines : step.packs
        } else {
            let checks = workflow.steps.compactMap { if case .check(let c) = $0.action { c } else { nil } }
            ids = checks.isEmpty ? workflow.guidelines : checks.flatMap { $0.packs.isEmpty ? workflow.guidelines : $0.packs }
        }
        if let calendar = workflow.calendar.flatMap({ definitions.calendars[$0] }),
           let pack = GuidelinePack.embargoes(of: calendar, holding: holdsForEmbargoes(workflow)) {
            ids.append(pack.id)
        }
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// Whether the workflow waits for its embargoes to lift (and so holds an embargoed post instead of blocking it).
    public static func holdsForEmbargoes(_ workflow: Workflow) -> Bool {
        workflow.steps.contains { if case .wait(.embargo) = $0.action { true } else { false } }
    }

    /// The packs available to checks: the built-in ones, the definitions' own, and each calendar's embargoes in
    /// both forms (blocking and holding).
    public static func available(builtin: [String: GuidelinePack], definitions: Definitions) -> [String: GuidelinePack] {
        var packs = builtin
        packs.merge(definitions.guidelines) { a, _ in a }
        for calendar in definitions.calendars.values {
            for holding in [false, true] {
                if let pack = GuidelinePack.embargoes(of: calendar, holding: holding) { packs[pack.id] = pack }
            }
        }
        return packs
    }
}
