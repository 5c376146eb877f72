import KosCore

/// `pattern`: a regular expression, for what the other kinds cannot say — phone numbers, WeChat IDs,
/// ID-card numbers: a client's private data must never be posted.
struct PatternRule: GuidelineCheck {
    let info: RuleInfo
    let pattern: CompiledPattern

    init(pack: String, rule: GuidelineRule) throws(RuleCompileError) {
        info = RuleInfo(pack: pack, rule: rule)
        pattern = try CompiledPattern(rule.options.string("pattern") ?? "", ignoreCase: rule.options.bool("ignorecase") ?? false, rule: info.id)
    }

    func check(_ context: CheckContext, owner: Int) -> [Finding] {
        context.segments(in: info.scopes).flatMap { _, seg in
            pattern.matches(in: seg).map { info.finding($0, scope: seg.segment.scope) }
        }
    }
}
