/// A cheap necessary condition for a regular expression, so most segments never reach ICU:
/// the fewest ASCII digits any match contains, and literals of which every match contains one.
///
/// Derived by reading the pattern's common syntax (literals, escapes, classes, groups, alternation,
/// quantifiers, look-arounds). Anything it does not understand makes it give up, and the pattern then
/// always runs: a prefilter may let through what does not match, never hold back what does.
struct RegexPrefilter: Sendable, Equatable {
    /// Every match contains at least this many ASCII digits.
    var minDigits = 0
    /// Every match contains one of these (lower-cased); nil when no such set is known.
    var literals: [String]?

    static let none = RegexPrefilter()

    init() {}

    init(pattern: String) {
        var parser = Parser(Array(pattern.unicodeScalars))
        guard let node = parser.parseAlternation(), parser.atEnd else { return }
        minDigits = node.minDigits
        if let set = node.requiredLiterals, !set.isEmpty, set.allSatisfy({ !$0.isEmpty }) {
            literals = set.map { $0.lowercased() }
        }
    }

    /// A piece of the pattern, reduced to what the prefilter needs.
    indirect enum Node {
        case literal(Unicode.Scalar)
        /// A class of a few listed characters (`[¥￥$]`): one of them is there.
        case literalSet([Unicode.Scalar])
        case digitClass
        case other
        case sequence([Node])
        case alternation([Node])
        case optional(Node)
        case repeated(Node, min: Int)

        var minDigits: Int {
            switch self {
            case .literal(let c): return ("0"..."9").contains(c) ? 1 : 0
            case .literalSet(let cs): return cs.allSatisfy { ("0"..."9").contains($0) } ? 1 : 0
            case .digitClass: return 1
            case .other, .optional: return 0
            case .sequence(let items): return items.reduce(0) { $0 + $1.minDigits }
            case .alternation(let alts): return alts.map(\.minDigits).min() ?? 0
            case .repeated(let n, let min): return n.minDigits * min
            }
        }

        /// Whether a set of literals is likelier to rule a text out than another: its shortest literal is longer
        /// or, as short, its literals are longer on average (治|预防|改善 then 黑眼圈|失眠|感冒: the second).
        static func rarer(_ a: [String], than b: [String]) -> Bool {
            let minA = a.map(\.count).min() ?? 0, minB = b.map(\.count).min() ?? 0
            if minA != minB { return minA > minB }
            let meanA = Double(a.reduce(0) { $0 + $1.count }) / Double(max(1, a.count))
            let meanB = Double(b.reduce(0) { $0 + $1.count }) / Double(max(1, b.count))
            return meanA > meanB
        }

        /// Literals one of which every match contains: for a sequence, the longest run of consecutive
        /// literals; for an alternation, one set per branch joined.
        var requiredLiterals: [String]? {
            switch self {
            case .literal(let c): return [String(c)]
            case .literalSet(let cs): return cs.map { String($0) }
            case .sequence(let items):
                var best: [String]? = nil
                var run = ""
                func flush() {
                    if !run.isEmpty, (best?.first?.count ?? 0) < run.count || best == nil { best = [run] }
                    run = ""
                }
                for item in items {
                    if case .literal(let c) = item { run.unicodeScalars.append(c); continue }
                    flush()
                    var candidate: [String]? = nil
                    switch item {
                    case .alternation, .literalSet: candidate = item.requiredLiterals
                    case .repeated(let inner, let min) where min >= 1: candidate = inner.requiredLiterals
                    default: break
                    }
                    if let set = candidate, best == nil || Self.rarer(set, than: best.unsafelyUnwrapped) { best = set }
                }
                flush()
                return best
            case .alternation(let alts):
                var out: [String] = []
                for a in alts {
                    guard let set = a.requiredLiterals else { return nil }
                    out += set
                }
                return out
            case .repeated(let n, let min) where min >= 1: return n.requiredLiterals
            default: return nil
            }
        }
    }

    struct Parser {
        let s: [Unicode.Scalar]
        var i = 0
        var depth = 0

        init(_ s: [Unicode.Scalar]) { self.s = s }

        var atEnd: Bool { i >= s.count }

        mutating func parseAlternation() -> Node? {
            depth += 1
            defer { depth -= 1 }
            guard depth < 50 else { return nil }
            var alts: [Node] = []
            while true {
                guard let seq = parseSequence() else { return nil }
                alts.append(seq)
                if i < s.count, s[i] == "|" { i += 1; continue }
                break
            }
            return alts.count == 1 ? alts[0] : .alternation(alts)
        }

        mutating func parseSequence() -> Node? {
            var items: [Node] = []
            while i < s.count, s[i] != "|", s[i] != ")" {
                guard var atom = parseAtom() else { return nil }
                // Quantifier.
                if i < s.count {
                    switch s[i] {
                    case "?", "*":
                        i += 1
                        atom = .optional(atom)
                    case "+":
                        i += 1
                        atom = .repeated(atom, min: 1)
                    case "{":
                        var j = i + 1
                        var digits = ""
                        while j < s.count, ("0"..."9").contains(s[j]) { digits.unicodeScalars.append(s[j]); j += 1 }
                        guard let m = Int(digits), j < s.count else { return nil }
                        while j < s.count, s[j] != "}" { j += 1 }
                        guard j < s.count else { return nil }
                        i = j + 1
                        atom = m == 0 ? .optional(atom) : .repeated(atom, min: m)
                    default: break
                    }
                    // Lazy or possessive suffix.
                    if i < s.count, s[i] == "?" || s[i] == "+" {
                        if case .optional = atom { i += 1 } else if case .repeated = atom { i += 1 }
                    }
                }
                items.append(atom)
            }
            return .sequence(items)
        }

        mutating func parseAtom() -> Node? {
            let c = s[i]
            switch c {
            case "(":
                i += 1
                var lookaround = false
                if i < s.count, s[i] == "?" {
                    guard i + 1 < s.count else { return nil }
                    let k = s[i + 1]
                    if k == ":" { i += 2 } else if k == "=" || k == "!" { i += 2; lookaround = true } else if k == "<", i + 2 < s.count, s[i + 2] == "=" || s[i + 2] == "!" {
                        i += 3
                        lookaround = true
                    } else { return nil }
                }
                guard let inner = parseAlternation(), i < s.count, s[i] == ")" else { return nil }
                i += 1
                return lookaround ? .optional(.other) : inner
            case "[":
                var j = i + 1
                var body: [Unicode.Scalar] = []
                if j < s.count, s[j] == "]" { body.append("]"); j += 1 }
                while j < s.count, s[j] != "]" {
                    if s[j] == "\\", j + 1 < s.count { body.append(s[j]); j += 1 }
                    if s[j] == "[" { return nil }
                    body.append(s[j])
                    j += 1
                }
                guard j < s.count else { return nil }
                i = j + 1
                if Self.isDigitsOnly(body) { return .digitClass }
                // A short list of plain characters, no ranges, escapes or negation.
                if body.count <= 8, body.first != "^", !body.contains("-"), !body.contains("\\") { return .literalSet(body) }
                return .other
            case "\\":
                guard i + 1 < s.count else { return nil }
                let e = s[i + 1]
                i += 2
                if e == "d" { return .digitClass }
                // A property class (\p{Han}, \P{L}, \pL): some character, none required.
                if e == "p" || e == "P" {
                    guard i < s.count else { return nil }
                    if s[i] == "{" {
                        var j = i + 1
                        while j < s.count, s[j] != "}" { j += 1 }
                        guard j < s.count else { return nil }
                        i = j + 1
                    } else {
                        i += 1
                    }
                    return .other
                }
                if "NxuQkg".unicodeScalars.contains(e) { return nil }
                if e.properties.isAlphabetic || ("0"..."9").contains(e) { return .other }
                return .literal(e)
            case ".", "^", "$":
                i += 1
                return c == "." ? .other : .optional(.other)
            case "*", "+", "?", "{", ")", "|":
                return nil
            default:
                i += 1
                return .literal(c)
            }
        }

        /// `[0-9]`, `[3-9]`, `[0-9]` with nothing else.
        static func isDigitsOnly(_ body: [Unicode.Scalar]) -> Bool {
            guard !body.isEmpty, body.first != "^" else { return false }
            var k = 0
            while k < body.count {
                guard ("0"..."9").contains(body[k]) else { return false }
                if k + 2 < body.count, body[k + 1] == "-" {
                    guard ("0"..."9").contains(body[k + 2]) else { return false }
                    k += 3
                } else {
                    k += 1
                }
            }
            return true
        }
    }
}
