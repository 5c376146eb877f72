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
            throw RuleCompileError(rule: info.id, message: tr("embargo 'until' is not a local date-time in \(zone)"))
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
