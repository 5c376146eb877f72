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

    /// Whether the workflow waits for its calendar's embargoes to lift before anything is published (and so holds
    /// an embargoed post instead of blocking it): a `wait: {embargo: …}` step on that calendar before every
    /// publish step.
    public static func holdsForEmbargoes(_ workflow: Workflow) -> Bool {
        guard let calendar = workflow.calendar,
              let wait = workflow.steps.firstIndex(where: { step in
                  if case .wait(.embargo(let named)) = step.action { (named ?? calendar) == calendar } else { false }
              }) else { return false }
        return !workflow.steps[..<wait].contains { if case .publish = $0.action { true } else { false } }
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

extension GuidelinePack {
    /// A pack holding a calendar's embargoes as `embargo` rules, so `kos lint` and `check` steps flag a
    /// product mentioned before its launch; nil when the calendar has none. `holding`: for a workflow that
    /// waits for the lift — the finding is a note that the post is held, not an error that blocks it.
    public static func embargoes(of calendar: KosCore.Calendar, holding: Bool = false) -> GuidelinePack? {
        guard !calendar.embargoes.isEmpty else { return nil }
        let ids = embargoIDs(calendar.embargoes)
        let rules = calendar.embargoes.enumerated().map { i, e in
            GuidelineRule(
                id: ids[i], kind: "embargo", level: holding ? .suggestion : .error,
                message: embargoMessage(e, zone: calendar.timeZone, holding: holding, in: .en),
                // In the languages this process says things in (a catalog is read only when its language is).
                translations: Dictionary(uniqueKeysWithValues: Set([.en, MessageLanguage.process, MessageLanguage.current]).map {
                    ($0, embargoMessage(e, zone: calendar.timeZone, holding: holding, in: $0))
                }),
                scope: ["title", "body", "hashtags", "alt"], link: nil,
                options: ["products": .list(e.products.map(RuleOption.string)), "until": .string(e.until), "timezone": .string(calendar.timeZone)],
                fixturesFlag: [], fixturesPass: [], source: calendar.source)
        }
        return GuidelinePack(id: "\(calendar.id)-embargoes" + (holding ? "-held" : ""), description: "Embargoes of calendar \(calendar.id)", rules: rules,
                             source: calendar.source)
    }

    /// An embargo rule's message in `language` (`%s`: the product mentioned), said in each language when the pack is
    /// made, so each reader sees their own.
    static func embargoMessage(_ e: KosCore.Calendar.Embargo, zone: String, holding: Bool, in language: MessageLanguage) -> String {
        switch (e.reason.isEmpty, holding) {
        case (true, false): tr("\"%s\" is under embargo until \(e.until) (\(zone))", in: language)
        case (false, false): tr("\"%s\" is under embargo until \(e.until) (\(zone)): \(e.reason)", in: language)
        case (true, true): tr("\"%s\" is under embargo until \(e.until) (\(zone)) — this workflow holds the post until then (it is not blocked)", in: language)
        case (false, true):
            tr("\"%s\" is under embargo until \(e.until) (\(zone)): \(e.reason) — this workflow holds the post until then (it is not blocked)", in: language)
        }
    }

    /// Each embargo's rule id: the one written (`id:`), else one made from its first product (`Velocity 9` →
    /// `velocity-9`), else `embargo-N` (a product named in Chinese only); a repeat gets `-2`, `-3`.
    public static func embargoIDs(_ embargoes: [KosCore.Calendar.Embargo]) -> [String] {
        var seen: [String: Int] = [:]
        return embargoes.enumerated().map { i, e in
            var base = e.id ?? ""
            if base.isEmpty {
                var slug = ""
                for c in (e.products.first ?? "").lowercased().unicodeScalars {
                    if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") { slug.unicodeScalars.append(c) } else if !slug.isEmpty, slug.last != "-" { slug += "-" }
                }
                while slug.hasSuffix("-") { slug.removeLast() }
                base = slug.isEmpty ? "embargo-\(i + 1)" : String(slug.prefix(48))
            }
            seen[base, default: 0] += 1
            return seen[base]! == 1 ? base : "\(base)-\(seen[base]!)"
        }
    }
}
