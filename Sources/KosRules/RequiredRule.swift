import Foundation
import KosCore

/// `required`: something must be present — a disclosure (广告, #ad), a required hashtag, a product mention.
struct RequiredRule: GuidelineCheck {
    let info: RuleInfo
    let terms: [String]
    let pattern: CompiledPattern?

    init(pack: String, rule: GuidelineRule, patterns: PatternCache = PatternCache()) throws(RuleCompileError) {
        let info = RuleInfo(pack: pack, rule: rule)
        self.info = info
        terms = rule.options.strings("terms")
        if let p = rule.options.string("pattern") {
            pattern = try patterns.pattern(p, ignoreCase: true, rule: info.id)
        } else {
            pattern = nil
        }
    }

    func register(in lexicon: inout LexiconBuilder, owner: Int) {
        for (i, t) in terms.enumerated() { lexicon.add(t, owner: owner, tag: i) }
        if let pattern { lexicon.add(pattern, owner: owner, index: 0) }
    }

    func check(_ context: CheckContext, owner: Int) -> [Finding] {
        if !context.termMatches(owner: owner, scopes: info.scopes).isEmpty { return [] }
        if let pattern, !context.patternMatches(pattern, owner: owner, index: 0, scopes: info.scopes, limit: 1).isEmpty { return [] }
        return [info.finding(nil, scope: nil)]
    }
}
