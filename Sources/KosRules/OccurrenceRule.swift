import KosCore

/// `occurrence`: how many hashtags, emoji, mentions, links or exclamation marks a draft may carry.
struct OccurrenceRule: GuidelineCheck {
    enum Token: String {
        case hashtag, emoji, mention, link, exclamation
    }

    let info: RuleInfo
    let token: Token
    let min: Int?
    let max: Int?

    init(pack: String, rule: GuidelineRule) throws(RuleCompileError) {
        info = RuleInfo(pack: pack, rule: rule)
        guard let t = rule.options.string("token").flatMap(Token.init(rawValue:)) else {
            throw RuleCompileError(rule: info.id, message: tr("unknown token"))
        }
        token = t
        min = rule.options.int("min")
        max = rule.options.int("max")
    }

    func check(_ context: CheckContext, owner: Int) -> [Finding] {
        var count = 0
        var first: LocatedText?
        var firstScope: Scope?
        for (_, seg) in context.segments(in: info.scopes.union(token == .hashtag ? [.hashtags] : [])) {
            let positions = Self.occurrences(of: token, in: seg)
            if first == nil, let p = positions.first {
                first = LocatedText(text: "", location: seg.location(ofOriginal: p))
                firstScope = seg.segment.scope
            }
            count += positions.count
        }
        let located = first.map { LocatedText(text: "\(count)", location: $0.location) }
        if let max, count > max {
            let said = info.message(for: "\(count)")
            return [info.finding(located, scope: firstScope, message: tr("\(said) (\(count) found, at most \(max))"))]
        }
        if let min, count < min {
            let said = info.message(for: "\(count)")
            return [info.finding(nil, scope: nil, message: tr("\(said) (\(count) found, at least \(min))"))]
        }
        return []
    }

    /// Original scalar indices where each occurrence starts.
    static func occurrences(of token: Token, in seg: PreparedSegment) -> [Int] {
        let s = seg.scalars
        var out: [Int] = []
        switch token {
        case .hashtag:
            if seg.segment.scope == .hashtags { return [seg.virtualPrefix] }
            // No # or ＃ anywhere (known from decoding): no hashtag, without reading the text again.
            guard seg.holdsHash else { return [] }
            for (i, c) in s.enumerated() where (c == "#" || c == "＃") && i + 1 < s.count && !s[i + 1].properties.isWhitespace && s[i + 1] != "#" {
                if i == 0 || s[i - 1].properties.isWhitespace || s[i - 1] == "#" || !s[i - 1].properties.isAlphabetic { out.append(i) }
            }
        case .mention:
            for (i, c) in s.enumerated() where (c == "@" || c == "＠") && i + 1 < s.count && s[i + 1].properties.isAlphabetic {
                if i == 0 || !s[i - 1].properties.isAlphabetic { out.append(i) }
            }
        case .link:
            if seg.segment.scope == .links { return [seg.virtualPrefix] }
            // No `:` and no `www` anywhere (known from decoding): no link, without reading the text again.
            guard seg.mayHoldLink else { return [] }
            var i = 0
            while i < s.count {
                let c = s[i].value | 0x20
                if (c == 0x68 || c == 0x77), startsWith(s, i, "https://") || startsWith(s, i, "http://") || startsWith(s, i, "www.") {
                    out.append(i)
                    while i < s.count, !s[i].properties.isWhitespace { i += 1 }
                    continue
                }
                i += 1
            }
        case .exclamation:
            for (i, c) in s.enumerated() where c == "!" || c == "！" || c == "‼" { out.append(i) }
        case .emoji:
            var i = 0
            while i < s.count {
                let p = s[i].properties
                if p.isEmojiPresentation || (p.isEmoji && i + 1 < s.count && s[i + 1] == "\u{FE0F}") || (0x1F1E6...0x1F1FF).contains(s[i].value) {
                    out.append(i)
                    // One emoji is one grapheme: skip joiners, modifiers, selectors and the second flag letter.
                    let flag = (0x1F1E6...0x1F1FF).contains(s[i].value)
                    i += 1
                    if flag, i < s.count, (0x1F1E6...0x1F1FF).contains(s[i].value) { i += 1 }
                    while i < s.count, s[i] == "\u{200D}" || s[i] == "\u{FE0F}" || s[i].properties.isEmojiModifier {
                        if s[i] == "\u{200D}" { i += 1 }
                        i += 1
                    }
                    continue
                }
                i += 1
            }
        }
        return out
    }
}

/// Whether `s` has `prefix` (lower-case ASCII) at `i`, ignoring ASCII case.
func startsWith(_ s: [Unicode.Scalar], _ i: Int, _ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard i + count <= s.count else { return false }
    return prefix.withUTF8Buffer { p in
        for k in 0..<count {
            var v = s[i + k].value
            if v >= 0x41 && v <= 0x5A { v += 32 }
            if v != UInt32(p[k]) { return false }
        }
        return true
    }
}
