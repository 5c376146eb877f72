import Foundation
import KosCore
import KosRegex

/// What every compiled rule carries, whatever its kind.
struct RuleInfo: Sendable {
    /// `pack/rule`.
    var id: String
    var level: FindingLevel
    var message: String
    var scopes: ScopeSet
    var link: String?
    /// `mode: shadow`: findings are reported and never block.
    var shadow = false

    init(pack: String, rule: GuidelineRule) {
        id = "\(pack)/\(rule.id)"
        if case .string("shadow") = rule.options["mode"] { shadow = true }
        level = rule.level
        message = rule.message
        scopes = ScopeSet(rule.scope.compactMap(Scope.init(rawValue:)))
        link = rule.link
        var parts: [MessageLanguage: [String]] = [:]
        for language in MessageLanguage.allCases {
            parts[language] = Self.placeholderSplit(rule.message(in: language))
        }
        messageParts = parts
    }

    /// `message` cut at each `%s` (the pieces a finding's text is joined from).
    static func placeholderSplit(_ message: String) -> [String] {
        guard message.utf8.contains(UInt8(ascii: "%")) else { return [message] }
        var parts: [String] = []
        let utf8 = message.utf8
        var start = utf8.startIndex, i = utf8.startIndex
        while i < utf8.endIndex {
            let next = utf8.index(after: i)
            if utf8[i] == UInt8(ascii: "%"), next < utf8.endIndex, utf8[next] == UInt8(ascii: "s") {
                parts.append(String(message[start..<i]))
                start = utf8.index(after: next)
                i = start
            } else {
                i = next
            }
        }
        parts.append(String(message[start...]))
        return parts
    }

    /// The message in the reader's language (``MessageLanguage/current``) with `%s` replaced by the matched text.
    func message(for match: String?) -> String {
        let parts = messageParts[MessageLanguage.current] ?? [message]
        guard parts.count > 1 else { return parts.first ?? message }
        return String(joining: parts, separator: match ?? "")
    }

    /// The message in each language, split at each `%s`, once, so a finding costs a join rather than a search.
    private let messageParts: [MessageLanguage: [String]]

    func finding(_ located: LocatedText?, scope: Scope?, suggestion: String? = nil, message custom: String? = nil) -> Finding {
        var f = Finding(
            rule: id, level: level, scope: scope, line: located?.location.line, column: located?.location.column,
            match: located?.text.isEmpty == false ? located?.text : nil, message: custom ?? message(for: located?.text), suggestion: suggestion, link: link)
        if shadow { f.shadow = true }
        return f
    }
}

/// A piece of original text and where it starts in the draft file.
struct LocatedText {
    var text: String
    var location: SourceLocation
}

/// One rule of a compiled pack.
protocol GuidelineCheck: Sendable {
    var info: RuleInfo { get }
    /// Adds the literal patterns the rule looks for to the shared automaton; `owner` identifies the rule.
    func register(in lexicon: inout LexiconBuilder, owner: Int)
    /// The rule's findings for one draft.
    func check(_ context: CheckContext, owner: Int) -> [Finding]
}

extension GuidelineCheck {
    func register(in lexicon: inout LexiconBuilder, owner: Int) {}
}

/// Collects the literal patterns of every rule into one automaton.
struct LexiconBuilder {
    enum Kind: Sendable, Equatable {
        case term, exception, prefilter
    }

    struct Entry: Sendable {
        var kind: Kind
        var owner: Int
        /// The rule's own number for the pattern (term index; exceptions are negative: -1 - index).
        var tag: Int
        /// The pattern's number: its term as written is `terms[number]` (a match copies no string).
        var number: Int32
        /// Whether the pattern starts / ends with a Latin letter or digit, so a match there needs a word boundary.
        var wordStart: Bool
        var wordEnd: Bool
    }

    var patterns: [[UInt32]] = []
    var entries: [Entry] = []
    /// Each pattern's term as written, for case-sensitive comparisons and explanations.
    var terms: [String] = []
    let normalizer: Normalizer

    /// Each term's spellings (itself and its evasions) with their folded scalars, worked out once however many
    /// packs list the term (every store's copy of a brand's list, say). Keyed by the term's bytes: a `String` key
    /// would be hashed through Unicode normalization, which for Chinese terms costs more than the folding saved.
    private var spellings: [SpellingKey: [(text: String, folded: [UInt32])]] = [:]

    init(normalizer: Normalizer) { self.normalizer = normalizer }

    mutating func add(_ term: String, owner: Int, tag: Int, kind: Kind? = nil) {
        add(term, folded: normalizer.normalize(term).scalars, owner: owner, tag: tag, kind: kind)
    }

    private mutating func add(_ term: String, folded: [UInt32], owner: Int, tag: Int, kind: Kind?) {
        guard !folded.isEmpty else { return }
        patterns.append(folded)
        let k = kind ?? (tag < 0 ? .exception : .term)
        entries.append(Entry(kind: k, owner: owner, tag: tag, number: Int32(terms.count), wordStart: isWordChar(folded.first!),
                             wordEnd: isWordChar(folded.last!)))
        terms.append(term)
    }

    /// Registers `term` and the spellings creators use to slip it past a filter (`Evasions`), under one tag.
    mutating func addWithEvasions(_ term: String, owner: Int, tag: Int, single: Bool = false) {
        let key = SpellingKey(term, single: single)
        let known: [(text: String, folded: [UInt32])]
        if let cached = spellings[key] {
            known = cached
        } else {
            known = ([term] + Evasions.variants(of: term, single: single)).map { ($0, normalizer.normalize($0).scalars) }
            spellings[key] = known
        }
        for spelling in known { add(spelling.text, folded: spelling.folded, owner: owner, tag: tag, kind: .term) }
    }

    /// Registers a pattern's prefilter literals, so the automaton's single pass says where the pattern can match.
    mutating func add(_ pattern: CompiledPattern, owner: Int, index: Int) {
        for literal in pattern.prefilter.literals ?? [] { add(literal, owner: owner, tag: index, kind: .prefilter) }
    }
}

/// A term as written (its exact bytes) and which evasions were asked for: hashed and compared as bytes.
struct SpellingKey: Hashable {
    let bytes: [UInt8]

    init(_ term: String, single: Bool) { bytes = [single ? 1 : 0] + Array(term.utf8) }

    func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
}

@inline(__always)
func isWordChar(_ v: UInt32) -> Bool {
    (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
}

/// A draft segment prepared for matching.
final class PreparedSegment {
    var segment: Draft.Segment
    var scalars: [Unicode.Scalar]
    var normalized: NormalizedText
    /// Scalar indices of the newlines in the original text.
    var newlines: [Int]
    /// Leading scalars added for matching only (the `#` of a hashtag); positions there map to the first real one.
    var virtualPrefix: Int
    private let lazyParts: LazyParts
    /// ASCII and full-width digits in the segment, for regular-expression prefilters.
    let digitCount: Int
    /// ASCII scalars, and other scalars a reader sees (not zero-width): what platforms count.
    let asciiCount: Int
    let visibleOtherCount: Int
    /// Whether the text holds a `<` (an inline suppression's `<!--` needs one) and a 《 (a work's title opens
    /// with it), seen while decoding, so neither check reads the text again.
    let holdsLessThan: Bool
    let holdsTitleMark: Bool
    /// Whether the text holds a `#` or a `＃` (a hashtag in the text starts with one), seen while decoding.
    let holdsHash: Bool
    /// Whether the text holds a `:` or three `w` in a row, either case (a link starts `http://`, `https://` or
    /// `www.`), seen while decoding.
    let mayHoldLink: Bool

    /// Built on first use: most segments never need them.
    final class LazyParts {
        let normalizer: Normalizer
        var light: LightText?
        var context: ContextText?
        init(normalizer: Normalizer) { self.normalizer = normalizer }
    }

    /// The segment folded like `normalized` but with its punctuation kept (spaces between Chinese characters
    /// still go): what the claim grammar reads around a candidate.
    struct ContextText {
        var scalars: [UInt32] = []
        /// For each original scalar, where its fold starts in `scalars`.
        var start: [Int32] = []
    }

    /// The whole segment's context, built once.
    var context: ContextText {
        if let c = lazyParts.context { return c }
        let c = contextText(from: 0, to: scalars.count)
        lazyParts.context = c
        return c
    }

    /// The context of original scalars `lo..<hi`: what the same pass over the whole segment writes for them, when
    /// scalar `lo` is the segment's first or folds to one Chinese character or letter (`contextWindow` sees to
    /// that); `start` is relative to `lo` and holds `hi - lo + 1` entries.
    func contextText(from lo: Int, to hi: Int) -> ContextText {
        let normalizer = lazyParts.normalizer
        let count = hi - lo
        // Written through raw buffers (folds rarely expand: the output grows on demand).
        var capacity = count + 16
        var out = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        defer { out.deallocate() }
        var n = 0
        let start = UnsafeMutablePointer<Int32>.allocate(capacity: count + 1)
        defer { start.deallocate() }
        // Spaces and symbols between two Chinese characters are evasion (第 一 次, 最🔥佳): drop them, keeping the
        // map. Punctuation stays: it carries the phrase (第一，…). One pass: a run of filler is held until the
        // character after it decides (a run of a million spaces costs a million steps, not a million squared).
        @inline(__always) func filler(_ v: UInt32) -> Bool {
            if v == 0x20 || v == 0x3000 || v == 0x09 { return true }
            // Chinese characters (most of the text) and ASCII are never symbols: no property lookup for them.
            guard v >= 0x80, !Normalizer.isPlaneHan(v), let s = Unicode.Scalar(v) else { return false }
            switch s.properties.generalCategory {
            case .otherSymbol, .modifierSymbol, .mathSymbol, .spaceSeparator: return true
            default: return false
            }
        }
        @inline(__always) func append(_ f: UInt32) {
            if n == capacity {
                let grown = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity * 2)
                grown.moveInitialize(from: out, count: n)
                out.deallocate()
                out = grown
                capacity *= 2
            }
            out[n] = f
            n += 1
        }
        // A filler goes when the character kept before it and the next character that is not filler are both
        // Chinese. Within a run that means: all of it after a Chinese character; else all of it after its first
        // filler that counts as Chinese itself (a Yijing hexagram, U+4DC0…U+4DFF, is both); else none of it.
        var runStart = -1
        var firstChineseFiller = -1
        var previous: UInt32?
        scalars.withUnsafeBufferPointer { input in
            for o in 0..<count {
                start[o] = Int32(n)
                normalizer.foldOne(input[lo + o]) { f in
                    if filler(f) {
                        if runStart < 0 { runStart = n }
                        if firstChineseFiller < 0, ClaimGrammar.isCJK(f) { firstChineseFiller = n }
                        append(f)
                        return
                    }
                    if runStart >= 0 {
                        if ClaimGrammar.isCJK(f) {
                            var cut = -1
                            if runStart > 0, ClaimGrammar.isCJK(previous) {
                                cut = runStart
                            } else if firstChineseFiller >= 0 {
                                cut = firstChineseFiller + 1
                            }
                            if cut >= 0, cut < n {
                                n = cut
                                // What started inside the dropped part now starts where it was.
                                var k = o
                                while k >= 0, Int(start[k]) > cut { start[k] = Int32(cut); k -= 1 }
                            }
                        }
                        runStart = -1
                        firstChineseFiller = -1
                    }
                    append(f)
                    previous = f
                }
            }
        }
        start[count] = Int32(n)
        return ContextText(scalars: Array(UnsafeBufferPointer(start: out, count: n)), start: Array(UnsafeBufferPointer(start: start, count: count + 1)))
    }

    /// A stretch of the context around a candidate, enough of it either side that the claim grammar reads nothing
    /// beyond: a long segment with a candidate or two is folded around them, not whole.
    struct ContextWindow {
        var text: ContextText
        /// The original scalars it covers, `lo..<hi`.
        var lo: Int
        var hi: Int
        /// Whether `hi` is the end of the segment.
        var reachesEnd: Bool

        /// Where original scalar `o` (`lo...hi`) starts in `text`.
        @inline(__always)
        func position(_ o: Int) -> Int { Int(text.start[o - lo]) }

        /// Context characters the claim grammar may read on either side of a candidate: back, 41 (the title of a
        /// work that holds it) or a word of four before a run of spaces; ahead, 41 after a verdict of up to 16, or a
        /// word of four and 的 and a word of four after a run of spaces. A window answers for a candidate when a
        /// character other than a space lies within `reach` of it on each side, and `margin` characters are kept
        /// beyond the candidate (or the window reaches the segment's start or end).
        static let reach = 64
        static let margin = 80

        /// Whether the grammar reading around original scalars `start..<end` stays inside the window.
        func covers(_ start: Int, _ end: Int) -> Bool {
            guard start >= lo, end <= hi else { return false }
            let t = text.scalars
            if lo > 0 {
                let cs = position(start)
                guard cs >= Self.margin, t[(cs - Self.reach)..<(cs - Self.reach + 24)].contains(where: { $0 != 0x20 }) else { return false }
            }
            if !reachesEnd {
                let ce = position(end)
                guard ce + Self.margin <= t.count, t[(ce + Self.reach - 24)..<(ce + Self.reach)].contains(where: { $0 != 0x20 }) else { return false }
            }
            return true
        }
    }

    /// Original scalars beyond a candidate that a window takes in on each side (some fold to nothing).
    static let windowRadius = 112

    /// The whole segment's context as a window (it answers for every candidate).
    var wholeContext: ContextWindow { ContextWindow(text: context, lo: 0, hi: scalars.count, reachesEnd: true) }

    /// The context around original scalars `start..<end`: a window when the segment is long and the text around the
    /// candidate allows one, else the whole segment's.
    func contextWindow(around start: Int, _ end: Int) -> ContextWindow {
        let count = scalars.count
        guard lazyParts.context == nil, count > 4 * Self.windowRadius else { return wholeContext }
        // Both ends on a character whose fold is one Chinese character or letter: the pass starts there as it
        // would have arrived, and ends with every run of filler before it settled.
        @inline(__always) func clean(_ s: Unicode.Scalar) -> Bool {
            let v = s.value
            return Normalizer.isPlaneHan(v) || isWordChar(v)
        }
        var lo = max(0, start - Self.windowRadius), hi = min(count, end + Self.windowRadius)
        let lowest = max(0, lo - 64), highest = min(count, hi + 64)
        while lo > 0, !clean(scalars[lo]) {
            lo -= 1
            if lo < lowest { return wholeContext }
        }
        while hi < count, !clean(scalars[hi - 1]) {
            hi += 1
            if hi > highest { return wholeContext }
        }
        let window = ContextWindow(text: contextText(from: lo, to: hi), lo: lo, hi: hi, reachesEnd: hi == count)
        return window.covers(start, end) ? window : wholeContext
    }

    /// The lightly folded text regular expressions read.
    var light: LightText {
        if let l = lazyParts.light { return l }
        let l = LightText(scalars, normalizer: lazyParts.normalizer)
        lazyParts.light = l
        return l
    }

    init(_ segment: Draft.Segment, normalizer: Normalizer, virtualPrefix: Int = 0) {
        self.segment = segment
        // One pass over the UTF-8 bytes: scalars, their fold, newlines and digits together, written in place (a
        // scalar takes at least one byte, so the byte count bounds the scalars).
        var text = segment.text
        var pass = normalizer.begin(text.utf8.count)
        var seen = Decoded()
        let scalars = text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, written in
                written = Self.decode(bytes, into: out, &pass, normalizer, &seen)
            }
        }
        self.scalars = scalars
        self.newlines = seen.newlines
        self.digitCount = seen.digits
        self.holdsLessThan = seen.lessThan
        self.holdsTitleMark = seen.titleMark
        self.holdsHash = seen.hash
        self.mayHoldLink = seen.colon || seen.www
        self.asciiCount = seen.ascii
        self.visibleOtherCount = scalars.count - seen.ascii - seen.invisible
        self.normalized = normalizer.finish(pass)
        self.virtualPrefix = virtualPrefix
        self.lazyParts = LazyParts(normalizer: normalizer)
    }

    /// What decoding a segment noticed on the way.
    struct Decoded {
        var newlines: [Int] = []
        var digits = 0, ascii = 0, invisible = 0
        var lessThan = false, titleMark = false, hash = false, colon = false, www = false
    }

    /// Decodes valid UTF-8 into `out` and feeds each scalar to the fold; returns the scalars written. Everything
    /// the loop counts is a local of this function, so it stays in registers.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<Unicode.Scalar>,
                               _ foldPass: inout Normalizer.Pass, _ normalizer: Normalizer, _ seen: inout Decoded) -> Int {
        var pass = foldPass
        var digits = 0, ascii = 0, invisible = 0
        var lessThan = false, titleMark = false, hash = false, colon = false
        var ws = 0, www = false
        var i = 0, k = 0
        let n = bytes.count
        guard let p = bytes.baseAddress, let out = buffer.baseAddress else { return 0 }
        while i < n {
            let b0 = UInt32(p[i])
            var v: UInt32
            if b0 < 0x80 {
                v = b0
                i &+= 1
                ascii &+= 1
                if b0 == 0x0A { seen.newlines.append(k) } else if b0 >= 0x30 && b0 <= 0x39 { digits &+= 1 } else if b0 == 0x3C { lessThan = true } else if b0 == 0x23 { hash = true } else if b0 == 0x3A { colon = true }
                if b0 | 0x20 == 0x77 {
                    ws &+= 1
                    if ws == 3 { www = true }
                } else {
                    ws = 0
                }
            } else if b0 < 0xE0 {
                v = (b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                i &+= 2
                ws = 0
            } else if b0 < 0xF0 {
                v = (b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                i &+= 3
                if v >= 0xFF10 && v <= 0xFF19 { digits &+= 1 } else if v == 0x300A { titleMark = true } else if v == 0xFF03 { hash = true }
                ws = 0
            } else {
                v = (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
                i &+= 4
                ws = 0
            }
            // Swift strings hold valid UTF-8, so `v` is always a scalar.
            let scalar = Unicode.Scalar(v).unsafelyUnwrapped
            if v >= 0x80 && PlatformLimits.isInvisible(scalar) { invisible &+= 1 }
            (out + k).initialize(to: scalar)
            pass.feed(scalar, at: k, remaining: n - i, normalizer)
            k &+= 1
        }
        foldPass = pass
        seen.digits = digits
        seen.ascii = ascii
        seen.invisible = invisible
        seen.lessThan = lessThan
        seen.titleMark = titleMark
        seen.hash = hash
        seen.colon = colon
        seen.www = www
        return k
    }

    /// Line and column in the draft file of original scalar `index`.
    func location(ofOriginal index: Int) -> SourceLocation {
        let i = max(index, virtualPrefix)
        var lo = 0, hi = newlines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if newlines[mid] < i { lo = mid + 1 } else { hi = mid }
        }
        if lo == 0 { return SourceLocation(line: segment.start.line, column: segment.start.column + i - virtualPrefix) }
        return SourceLocation(line: segment.start.line + lo, column: i - newlines[lo - 1])
    }

    /// The original text behind folded scalars `start..<end`, and where it starts.
    func original(start: Int, end: Int) -> LocatedText {
        let a = max(Int(normalized.origin[start]), virtualPrefix)
        let b = Int(normalized.origin[end - 1])
        let text = a <= b ? String(scalars: scalars[a...b]) : ""
        return LocatedText(text: text, location: location(ofOriginal: a))
    }

    /// Chinese clause punctuation and line breaks: between two characters, a boundary a reader sees.
    static let clauseMarks: Set<UInt32> = Set("、，。！？；：…\n".unicodeScalars.map(\.value))

    /// Whether a two-character match was read across clause punctuation (王忍之、王瑞璞 is no 之王): folding
    /// such marks away catches 全、网、最、低、价, but two characters on either side of a comma are two words.
    func crossesClause(start: Int, end: Int) -> Bool {
        guard end - start < 3, end > start else { return false }
        let from = Int(normalized.origin[start]), to = Int(normalized.origin[end - 1])
        guard to > from + 1 else { return false }
        return scalars[(from + 1)..<to].contains { Self.clauseMarks.contains($0.value) }
    }

    /// Whether folded `start..<end` sits on word boundaries (for patterns that begin or end with a letter or digit).
    func isOnWordBoundary(start: Int, end: Int, wordStart: Bool, wordEnd: Bool) -> Bool {
        let s = normalized.scalars
        if wordStart, start > 0, isWordChar(s[start - 1]) { return false }
        if wordEnd, end < s.count, isWordChar(s[end]) { return false }
        return true
    }
}

/// The scopes a rule reads, as bits: asked of every segment for every rule of every draft, where a `Set` hashed
/// the scope each time.
struct ScopeSet: Sequence, Equatable, Sendable, ExpressibleByArrayLiteral {
    private var bits: UInt8 = 0

    init(_ scopes: some Sequence<Scope>) { for s in scopes { bits |= Self.bit(s) } }
    init(arrayLiteral scopes: Scope...) { self.init(scopes) }

    @inline(__always)
    private static func bit(_ scope: Scope) -> UInt8 {
        switch scope {
        case .title: 1
        case .body: 2
        case .hashtags: 4
        case .alt: 8
        case .links: 16
        }
    }

    @inline(__always)
    func contains(_ scope: Scope) -> Bool { bits & Self.bit(scope) != 0 }

    func union(_ other: ScopeSet) -> ScopeSet {
        var u = self
        u.bits |= other.bits
        return u
    }

    /// In `Scope.allCases` order.
    func makeIterator() -> IndexingIterator<[Scope]> { Scope.allCases.filter(contains).makeIterator() }

    var first: Scope? { Scope.allCases.first(where: contains) }
}

/// One automaton match, resolved to its rule and segment (plain values only: a draft has thousands).
struct RuleMatch {
    var segment: Int
    var start: Int
    var end: Int
    var entry: LexiconBuilder.Entry
}

/// Everything a rule may read while checking one draft.
struct CheckContext {
    var draft: Draft
    var segments: [PreparedSegment]
    /// Matches of each rule's patterns, indexed by owner.
    var matches: [[RuleMatch]]
    /// Each pattern's term as written, by `Entry.number`.
    var terms: [String]
    var now: Date
    /// The platforms being checked for: `--platform`, else the draft's own.
    var platforms: [String]
    var normalizer: Normalizer
    /// The time left for this draft's checks.
    var budget: CheckBudget
    /// Where rules that judge in context say how they decided (`kos lint --explain`); nil when nobody asks.
    var trace: LintTrace?

    func segments(in scopes: ScopeSet) -> [(offset: Int, element: PreparedSegment)] {
        segments.enumerated().filter { scopes.contains($0.element.segment.scope) }.map { ($0.offset, $0.element) }
    }

    /// The rule's term matches in its scopes, on word boundaries, leftmost-longest, minus those an exception covers.
    func termMatches(owner: Int, scopes: ScopeSet) -> [RuleMatch] {
        let all = matches[owner]
        if all.isEmpty { return [] }
        let inScope = all.filter { $0.entry.kind != .prefilter && scopes.contains(segments[$0.segment].segment.scope) }
        let exceptions = inScope.filter { $0.entry.kind == .exception }
        var terms = inScope.filter { m in
            m.entry.kind == .term
                && segments[m.segment].isOnWordBoundary(start: m.start, end: m.end, wordStart: m.entry.wordStart, wordEnd: m.entry.wordEnd)
                && !segments[m.segment].crossesClause(start: m.start, end: m.end)
                && !exceptions.contains { $0.segment == m.segment && $0.start <= m.start && $0.end >= m.end }
        }
        terms.sort { ($0.segment, $0.start, -$0.end) < ($1.segment, $1.start, -$1.end) }
        var chosen: [RuleMatch] = []
        for m in terms {
            if let last = chosen.last, last.segment == m.segment, m.start < last.end { continue }
            chosen.append(m)
        }
        return chosen
    }
}

extension CheckContext {
    /// Whether `pattern` (number `index` of rule `owner`) can match in segment `i` at all.
    func mayMatch(_ pattern: CompiledPattern, owner: Int, index: Int, segment i: Int) -> Bool {
        if segments[i].digitCount < pattern.prefilter.minDigits { return false }
        guard pattern.prefilter.literals != nil else { return true }
        return matches[owner].contains { $0.segment == i && $0.entry.kind == .prefilter && $0.entry.tag == index }
    }

    /// Matches of `pattern` in the rule's scopes, asking ICU only where the prefilter allows.
    func patternMatches(_ pattern: CompiledPattern, owner: Int, index: Int, scopes: ScopeSet, limit: Int = 100) -> [(segment: PreparedSegment, match: LocatedText)] {
        var out: [(PreparedSegment, LocatedText)] = []
        for (i, seg) in segments.enumerated() where scopes.contains(seg.segment.scope) && mayMatch(pattern, owner: owner, index: index, segment: i) {
            for m in pattern.matches(in: seg, limit: limit, budget: &budget.regex) { out.append((seg, m)) }
            if out.count >= limit { break }
        }
        return out
    }
}

/// The cased letters of a text, in order: what "the same casing" compares.
func casedLetters(_ text: String) -> [Unicode.Scalar] {
    text.precomposedStringWithCompatibilityMapping.unicodeScalars.filter { $0.properties.isCased }
}

/// Compares two texts ignoring everything but letters and digits, case-sensitively.
func sameCasing(_ original: String, _ term: String) -> Bool { casedLetters(original) == casedLetters(term) }

/// The time one draft's checks may take, shared by its rules: a pattern stops matching when it runs out,
/// and the rules after it are not started.
final class CheckBudget {
    let deadline: ContinuousClock.Instant?
    var regex: RegexBudget
    /// The deadline on the kernel's coarse monotonic clock, in nanoseconds, where the budget is long enough for
    /// its few milliseconds of granularity not to matter: asked before every rule of every draft, it costs a
    /// read of memory the kernel keeps current, where the precise clock cost a twentieth of a folder's lint of
    /// small drafts. Nil for short budgets, which look at the precise clock.
    private let coarseDeadline: UInt64?

    /// Budgets at least this long are watched on the coarse clock.
    static let coarseFrom: Duration = .milliseconds(100)

    init(budget: Duration?) {
        let deadline = budget.map { ContinuousClock.now + $0 }
        self.deadline = deadline
        regex = RegexBudget(deadline: deadline)
        if let budget, budget >= Self.coarseFrom {
            let c = budget.components
            coarseDeadline = Self.coarseNanoseconds() &+ UInt64(c.seconds) &* 1_000_000_000 &+ UInt64(c.attoseconds / 1_000_000_000)
        } else {
            coarseDeadline = nil
        }
    }

    static func coarseNanoseconds() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC_COARSE, &t)
        return UInt64(t.tv_sec) &* 1_000_000_000 &+ UInt64(t.tv_nsec)
    }

    var expired: Bool {
        if regex.exceeded { return true }
        if let coarseDeadline { return Self.coarseNanoseconds() >= coarseDeadline }
        guard let deadline else { return false }
        return ContinuousClock.now >= deadline
    }

    /// Seconds left, for a checker program's own timeout; nil when unlimited.
    var remainingSeconds: Double? {
        guard let deadline else { return nil }
        return max(0, (deadline - ContinuousClock.now).inSeconds)
    }
}
