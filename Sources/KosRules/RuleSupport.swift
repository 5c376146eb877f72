import Foundation
import KosCore

/// What every compiled rule carries, whatever its kind.
struct RuleInfo: Sendable {
    /// `pack/rule`.
    var id: String
    var level: FindingLevel
    var message: String
    var scopes: Set<Scope>
    var link: String?

    init(pack: String, rule: GuidelineRule) {
        id = "\(pack)/\(rule.id)"
        level = rule.level
        message = rule.message
        scopes = Set(rule.scope.compactMap(Scope.init(rawValue:)))
        link = rule.link
    }

    /// The message with `%s` replaced by the matched text.
    func message(for match: String?) -> String {
        guard let match else { return message.replacingOccurrences(of: "%s", with: "") }
        return message.replacingOccurrences(of: "%s", with: match)
    }

    func finding(_ located: LocatedText?, scope: Scope?, suggestion: String? = nil, message custom: String? = nil) -> Finding {
        Finding(
            rule: id, level: level, scope: scope, line: located?.location.line, column: located?.location.column,
            match: located?.text.isEmpty == false ? located?.text : nil, message: custom ?? message(for: located?.text), suggestion: suggestion, link: link)
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
    struct Entry: Sendable {
        var owner: Int
        /// The rule's own number for the pattern (term index; exceptions are negative: -1 - index).
        var tag: Int
        /// The term as written, for case-sensitive comparisons and suggestions.
        var term: String
        /// Whether the pattern starts / ends with a Latin letter or digit, so a match there needs a word boundary.
        var wordStart: Bool
        var wordEnd: Bool
    }

    var patterns: [[UInt32]] = []
    var entries: [Entry] = []
    let normalizer: Normalizer

    mutating func add(_ term: String, owner: Int, tag: Int) {
        let folded = normalizer.normalize(term).scalars
        guard !folded.isEmpty else { return }
        patterns.append(folded)
        entries.append(Entry(owner: owner, tag: tag, term: term, wordStart: isWordChar(folded.first!), wordEnd: isWordChar(folded.last!)))
    }
}

@inline(__always)
func isWordChar(_ v: UInt32) -> Bool {
    (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
}

/// A draft segment prepared for matching.
struct PreparedSegment {
    var segment: Draft.Segment
    var scalars: [Unicode.Scalar]
    var normalized: NormalizedText
    /// Scalar indices of the newlines in the original text.
    var newlines: [Int]
    /// Leading scalars added for matching only (the `#` of a hashtag); positions there map to the first real one.
    var virtualPrefix: Int
    /// The lightly folded text regular expressions read (built only when a pack has patterns).
    var light: LightText

    init(_ segment: Draft.Segment, normalizer: Normalizer, virtualPrefix: Int = 0, needsLight: Bool) {
        self.segment = segment
        self.scalars = Array(segment.text.unicodeScalars)
        self.normalized = normalizer.normalize(segment.text)
        self.virtualPrefix = virtualPrefix
        self.light = needsLight ? LightText(scalars, normalizer: normalizer) : LightText([], normalizer: normalizer)
        var nl: [Int] = []
        for (i, s) in scalars.enumerated() where s == "\n" { nl.append(i) }
        self.newlines = nl
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
        let text = a <= b ? String(String.UnicodeScalarView(scalars[a...b])) : ""
        return LocatedText(text: text, location: location(ofOriginal: a))
    }

    /// Whether folded `start..<end` sits on word boundaries (for patterns that begin or end with a letter or digit).
    func isOnWordBoundary(start: Int, end: Int, wordStart: Bool, wordEnd: Bool) -> Bool {
        let s = normalized.scalars
        if wordStart, start > 0, isWordChar(s[start - 1]) { return false }
        if wordEnd, end < s.count, isWordChar(s[end]) { return false }
        return true
    }
}

/// One automaton match, resolved to its rule and segment.
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
    /// Matches of each rule's patterns, by owner.
    var matches: [Int: [RuleMatch]]
    var now: Date
    /// The platforms being checked for: `--platform`, else the draft's own.
    var platforms: [String]
    var normalizer: Normalizer

    func segments(in scopes: Set<Scope>) -> [(offset: Int, element: PreparedSegment)] {
        segments.enumerated().filter { scopes.contains($0.element.segment.scope) }.map { ($0.offset, $0.element) }
    }

    /// The rule's term matches in its scopes, on word boundaries, leftmost-longest, minus those an exception covers.
    func termMatches(owner: Int, scopes: Set<Scope>) -> [RuleMatch] {
        guard let all = matches[owner] else { return [] }
        let inScope = all.filter { scopes.contains(segments[$0.segment].segment.scope) }
        let exceptions = inScope.filter { $0.entry.tag < 0 }
        var terms = inScope.filter { m in
            m.entry.tag >= 0
                && segments[m.segment].isOnWordBoundary(start: m.start, end: m.end, wordStart: m.entry.wordStart, wordEnd: m.entry.wordEnd)
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

/// The cased letters of a text, in order: what "the same casing" compares.
func casedLetters(_ text: String) -> [Unicode.Scalar] {
    text.precomposedStringWithCompatibilityMapping.unicodeScalars.filter { $0.properties.isCased }
}

/// Compares two texts ignoring everything but letters and digits, case-sensitively.
func sameCasing(_ original: String, _ term: String) -> Bool { casedLetters(original) == casedLetters(term) }
