import KosCore

/// `conditional`: if one thing is present another must be — a purchase link or a product code needs the
/// 广告 label; a price needs the legal disclaimer.
struct ConditionalRule: GuidelineCheck {
    /// One side of the condition.
    struct Matcher: Sendable {
        var terms: [String]
        var pattern: CompiledPattern?
        var field: String?

        init(_ options: [String: RuleOption], rule: String, patterns: PatternCache) throws(RuleCompileError) {
            terms = options.strings("terms")
            if let p = options.string("pattern") {
                pattern = try patterns.pattern(p, ignoreCase: true, rule: rule)
            } else {
                pattern = nil
            }
            field = options.string("field")
        }
    }

    let info: RuleInfo
    let condition: Matcher
    let consequence: Matcher

    init(pack: String, rule: GuidelineRule, patterns: PatternCache = PatternCache()) throws(RuleCompileError) {
        info = RuleInfo(pack: pack, rule: rule)
        condition = try Matcher(rule.options.map("if"), rule: info.id, patterns: patterns)
        consequence = try Matcher(rule.options.map("then"), rule: info.id, patterns: patterns)
    }

    func register(in lexicon: inout LexiconBuilder, owner: Int) {
        // Tags: condition terms 0..<n, consequence terms 10_000+.
        for (i, t) in condition.terms.enumerated() { lexicon.add(t, owner: owner, tag: i) }
        for (i, t) in consequence.terms.enumerated() { lexicon.add(t, owner: owner, tag: 10_000 + i) }
        if let p = condition.pattern { lexicon.add(p, owner: owner, index: 0) }
        if let p = consequence.pattern { lexicon.add(p, owner: owner, index: 1) }
    }

    /// Where the matcher is satisfied: nil when it is not; a located text (possibly without a place) when it is.
    func evidence(_ m: Matcher, consequence: Bool, _ context: CheckContext, owner: Int) -> LocatedText?? {
        let matches = context.termMatches(owner: owner, scopes: info.scopes).filter { ($0.entry.tag >= 10_000) == consequence }
        if let first = matches.first {
            let seg = context.segments[first.segment]
            return .some(seg.original(start: first.start, end: first.end))
        }
        if let pattern = m.pattern, let hit = context.patternMatches(pattern, owner: owner, index: consequence ? 1 : 0, scopes: info.scopes, limit: 1).first {
            return .some(hit.match)
        }
        if let field = m.field {
            let d = context.draft
            switch field {
            case "products": if !d.products.isEmpty { return .some(fieldLocation("products", context)) }
            case "links":
                if !d.links.isEmpty { return .some(located(d.links[0], scope: .links, context) ?? fieldLocation("links", context)) }
                for (_, seg) in context.segments(in: info.scopes) {
                    if let i = OccurrenceRule.occurrences(of: .link, in: seg).first {
                        return .some(LocatedText(text: "link", location: seg.location(ofOriginal: i)))
                    }
                }
            case "hashtags": if !d.hashtags.isEmpty { return .some(fieldLocation("hashtags", context)) }
            case "media": if !d.media.isEmpty { return .some(fieldLocation("media", context)) }
            case "price":
                for (_, seg) in context.segments(in: info.scopes) {
                    if let r = PriceDetector.firstPrice(in: seg) {
                        let text = String(scalars: seg.scalars[r])
                        return .some(LocatedText(text: text, location: seg.location(ofOriginal: r.lowerBound)))
                    }
                }
            default: break
            }
        }
        return nil
    }

    /// The front-matter field itself, pointed at without a caret span.
    private func fieldLocation(_ name: String, _ context: CheckContext) -> LocatedText? {
        context.draft.fieldLocations[name].map { LocatedText(text: "", location: $0) }
    }

    private func located(_ text: String, scope: Scope, _ context: CheckContext) -> LocatedText? {
        guard let seg = context.segments.first(where: { $0.segment.scope == scope }) else { return nil }
        return LocatedText(text: text, location: seg.segment.start)
    }

    func check(_ context: CheckContext, owner: Int) -> [Finding] {
        guard let trigger = evidence(condition, consequence: false, context, owner: owner) else { return [] }
        if evidence(consequence, consequence: true, context, owner: owner) != nil { return [] }
        return [info.finding(trigger, scope: nil)]
    }
}
