import Foundation
import KosCore

/// `embargo`: a product or SKU that must not be mentioned before its launch time.
struct EmbargoRule: GuidelineCheck {
    let info: RuleInfo
    let products: [String]
    /// The instant the embargo lifts.
    let lifts: Date

    init(pack: String, rule: GuidelineRule) throws(RuleCompileError) {
        info = RuleInfo(pack: pack, rule: rule)
        products = rule.options.strings("products")
        let zone = rule.options.string("timezone") ?? "Asia/Shanghai"
        guard let until = rule.options.string("until"), let date = LocalDateTime.instant(until, zone: zone) else {
            throw RuleCompileError(rule: info.id, message: "embargo 'until' is not a local date-time in \(zone)")
        }
        lifts = date
    }

    func register(in lexicon: inout LexiconBuilder, owner: Int) {
        for (i, p) in products.enumerated() { lexicon.add(p, owner: owner, tag: i) }
    }

    func check(_ context: CheckContext, owner: Int) -> [Finding] {
        guard context.now < lifts else { return [] }
        return context.termMatches(owner: owner, scopes: info.scopes).map { m in
            let seg = context.segments[m.segment]
            return info.finding(seg.original(start: m.start, end: m.end), scope: seg.segment.scope)
        }
    }
}

extension GuidelinePack {
    /// A pack holding a calendar's embargoes as `embargo` rules, so `kos lint` and `check` steps flag a
    /// product mentioned before its launch; nil when the calendar has none. `holding`: for a workflow that
    /// waits for the lift — the finding is a note that the post is held, not an error that blocks it.
    public static func embargoes(of calendar: KosCore.Calendar, holding: Bool = false) -> GuidelinePack? {
        guard !calendar.embargoes.isEmpty else { return nil }
        let rules = calendar.embargoes.enumerated().map { i, e in
            GuidelineRule(
                id: "embargo-\(i + 1)", kind: "embargo", level: holding ? .suggestion : .error,
                message: "\"%s\" is under embargo until \(e.until) (\(calendar.timeZone))" + (e.reason.isEmpty ? "" : ": \(e.reason)")
                    + (holding ? " — this workflow holds the post until then (it is not blocked)" : ""),
                scope: ["title", "body", "hashtags", "alt"], link: nil,
                options: ["products": .list(e.products.map(RuleOption.string)), "until": .string(e.until), "timezone": .string(calendar.timeZone)],
                fixturesFlag: [], fixturesPass: [], source: calendar.source)
        }
        return GuidelinePack(id: "\(calendar.id)-embargoes" + (holding ? "-held" : ""), description: "Embargoes of calendar \(calendar.id)", rules: rules,
                             source: calendar.source)
    }
}
