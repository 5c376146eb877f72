import KosCore

/// `pattern`: a regular expression, for what the other kinds cannot say — phone numbers, WeChat IDs,
/// ID-card numbers: a client's private data must never be posted.
struct PatternRule: GuidelineCheck {
    let info: RuleInfo
    let pattern: CompiledPattern

    init(pack: String, rule: GuidelineRule, patterns: PatternCache = PatternCache()) throws(RuleCompileError) {
        info = RuleInfo(pack: pack, rule: rule)
        pattern = try patterns.pattern(rule.options.string("pattern") ?? "", ignoreCase: rule.options.bool("ignorecase") ?? false, rule: info.id)
    }

    func register(in lexicon: inout LexiconBuilder, owner: Int) {
        lexicon.add(pattern, owner: owner, index: 0)
    }

    func check(_ context: CheckContext, owner: Int) -> [Finding] {
        context.patternMatches(pattern, owner: owner, index: 0, scopes: info.scopes).map { info.finding($0.match, scope: $0.segment.segment.scope) }
    }
}
