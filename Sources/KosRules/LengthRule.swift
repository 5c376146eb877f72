import KosCore

/// `length`: a scope's length as the platform counts it (Weibo weighs a Chinese character as two Latin ones).
struct LengthRule: GuidelineCheck {
    let info: RuleInfo
    let min: Int?
    let max: Int?
    let platform: String?

    init(pack: String, rule: GuidelineRule) {
        info = RuleInfo(pack: pack, rule: rule)
        min = rule.options.int("min")
        max = rule.options.int("max")
        platform = rule.options.string("platform")
    }

    func check(_ context: CheckContext, owner: Int) -> [Finding] {
        if let platform, !context.platforms.contains(platform) { return [] }
        var findings: [Finding] = []
        for scope in Scope.allCases where info.scopes.contains(scope) {
            let segs = context.segments.filter { $0.segment.scope == scope }
            guard let first = segs.first else { continue }
            let limits = platform.flatMap(PlatformLimits.limits(for:))
            let length = segs.reduce(0) { $0 + $1.asciiCount * (limits?.asciiWeight ?? 1) + $1.visibleOtherCount * (limits?.cjkWeight ?? 1) }
            let weighted = (limits?.cjkWeight ?? 1) == 2
            if let max, length > max {
                var at = LocatedText(text: "\(length)", location: first.segment.start)
                // Point at the first character past the limit when the scope is one segment.
                if segs.count == 1, let i = Self.indexPast(max, in: first, limits: limits) {
                    at.location = first.location(ofOriginal: i)
                }
                let said = info.message(for: "\(length)")
                findings.append(info.finding(at, scope: scope, message: weighted ? tr("\(said) (\(scope.rawValue): \(length) characters (weighted), at most \(max))")
                    : tr("\(said) (\(scope.rawValue): \(length) characters, at most \(max))")))
            }
            if let min, length < min {
                let said = info.message(for: "\(length)")
                findings.append(info.finding(LocatedText(text: "\(length)", location: first.segment.start), scope: scope,
                                             message: weighted ? tr("\(said) (\(scope.rawValue): \(length) characters (weighted), at least \(min))")
                                                 : tr("\(said) (\(scope.rawValue): \(length) characters, at least \(min))")))
            }
        }
        return findings
    }

    /// The first scalar of `segment` past `limit`, counted as `limits` count (nil: one per visible character).
    static func indexPast(_ limit: Int, in segment: PreparedSegment, limits: PlatformLimits?) -> Int? {
        let scalars = segment.scalars
        // Every scalar counting one (no invisible ones, one unit a character): the scalar at `limit` itself.
        if (limits?.asciiWeight ?? 1) == 1, (limits?.cjkWeight ?? 1) == 1, segment.asciiCount + segment.visibleOtherCount == scalars.count {
            guard !scalars.isEmpty, limit < scalars.count else { return nil }
            return limit < 0 ? 0 : limit
        }
        var n = 0
        for (i, s) in scalars.enumerated() {
            n += PlatformLimits.weight(of: s, limits)
            if n > limit { return i }
        }
        return nil
    }
}
