import KosCore
/// A parsed pattern: what the compiler turns into a program.
indirect enum RegexNode: Sendable {
    case empty
    case literal(UInt32, fold: Bool)
    case set(CharSet, fold: Bool)
    case any(dotAll: Bool)
    case concat([RegexNode])
    case alternation([RegexNode])
    case repetition(RegexNode, min: Int, max: Int?, greedy: Bool)
    case assertion(Assertion)
    case look(RegexNode, behind: Bool, negated: Bool)

    /// The fewest and most characters a match of this node consumes (nil: no bound).
    var length: (min: Int, max: Int?) {
        switch self {
        case .empty, .assertion, .look: return (0, 0)
        case .literal, .set, .any: return (1, 1)
        case .concat(let items):
            var lo = 0
            var hi: Int? = 0
            for item in items {
                let l = item.length
                lo += l.min
                if let h = hi, let m = l.max { hi = h + m } else { hi = nil }
            }
            return (lo, hi)
        case .alternation(let alts):
            var lo = Int.max
            var hi: Int? = 0
            for a in alts {
                let l = a.length
                lo = min(lo, l.min)
                if let h = hi, let m = l.max { hi = max(h, m) } else { hi = nil }
            }
            return (alts.isEmpty ? 0 : lo, hi)
        case .repetition(let inner, let min, let max, _):
            let l = inner.length
            let hi: Int? = if let max, let m = l.max { max * m } else if l.max == 0 { 0 } else { nil }
            return (min * l.min, hi)
        }
    }
}

enum Assertion: Int32, Sendable {
    case textStart, textEnd, textEndOrFinalNewline, lineStart, lineEnd, wordBoundary, notWordBoundary
}

/// Reads the regular-expression syntax compliance teams write (ICU's and Perl's common core), refusing
/// with its position whatever cannot be matched in linear time: backreferences, atomic groups, possessive
/// quantifiers, and look-arounds of unbounded length.
struct RegexParser {
    static let maxDepth = 64
    static let maxRepeat = 1000
    /// Look-arounds are evaluated where they stand; bounding their length keeps the whole match linear.
    static let maxLookLength = 255

    let s: [Unicode.Scalar]
    var i = 0
    var depth = 0
    var ignoreCase: Bool
    var multiline = false
    var dotAll = false

    init(_ pattern: String, ignoreCase: Bool) {
        s = Array(pattern.unicodeScalars)
        self.ignoreCase = ignoreCase
    }

    func error(_ message: String, at position: Int? = nil) -> RegexError {
        RegexError(message, at: min(position ?? i, s.count) + 1)
    }

    mutating func parse() throws(RegexError) -> RegexNode {
        let node = try parseAlternation()
        if i < s.count {
            // Only a stray ')' stops the top level early.
            throw error(tr("unmatched ')'"))
        }
        return node
    }

    mutating func parseAlternation() throws(RegexError) -> RegexNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw error(tr("the pattern nests groups more than \(Self.maxDepth) deep")) }
        var alts: [RegexNode] = []
        // Inline flags set inside a group end with it.
        let saved = (ignoreCase, multiline, dotAll)
        defer { (ignoreCase, multiline, dotAll) = saved }
        while true {
            alts.append(try parseConcat())
            if i < s.count, s[i] == "|" {
                i += 1
                continue
            }
            break
        }
        return alts.count == 1 ? alts[0] : .alternation(alts)
    }

    mutating func parseConcat() throws(RegexError) -> RegexNode {
        var items: [RegexNode] = []
        while i < s.count, s[i] != "|", s[i] != ")" {
            let atomStart = i
            guard let atom = try parseAtom() else { continue }
            items.append(try parseQuantifiers(atom, atomStart: atomStart))
        }
        return items.count == 1 ? items[0] : items.isEmpty ? .empty : .concat(items)
    }

    mutating func parseQuantifiers(_ atom: RegexNode, atomStart: Int) throws(RegexError) -> RegexNode {
        var node = atom
        var quantified = false
        while i < s.count {
            let q = i
            var min = 0
            var max: Int?
            switch s[i] {
            case "*": i += 1
            case "+": min = 1; i += 1
            case "?": max = 1; i += 1
            case "{":
                guard let (lo, hi, next) = bounds(at: i) else {
                    if i + 1 < s.count, s[i + 1].value >= 48, s[i + 1].value <= 57 {
                        throw error(tr("the repetition '{' is not closed; write {n}, {n,} or {n,m} (or \\{ for a brace)"))
                    }
                    return node
                }
                guard lo <= Self.maxRepeat, (hi ?? 0) <= Self.maxRepeat else {
                    throw error(tr("a repetition count is at most \(Self.maxRepeat)"), at: q)
                }
                if let hi, hi < lo { throw error(tr("the repetition {\(lo),\(hi)} counts down"), at: q) }
                min = lo
                max = hi
                i = next
            default: return node
            }
            if quantified {
                throw error(tr("a quantifier follows another; group the first, e.g. (?:a+)*"), at: q)
            }
            switch atom {
            case .assertion, .look, .empty: throw error(tr("nothing to repeat"), at: q)
            default: break
            }
            var greedy = true
            if i < s.count, s[i] == "?" {
                greedy = false
                i += 1
            } else if i < s.count, s[i] == "+" {
                throw error(tr("possessive quantifiers (such as a++) are not supported; write a plain quantifier"), at: i)
            }
            node = .repetition(node, min: min, max: max, greedy: greedy)
            quantified = true
        }
        return node
    }

    /// `{n}`, `{n,}`, `{n,m}` at `start`; nil when the brace is not a quantifier (then it is a literal).
    func bounds(at start: Int) -> (Int, Int?, Int)? {
        var j = start + 1
        func number() -> Int? {
            var n = 0
            var digits = 0
            while j < s.count, s[j].value >= 48, s[j].value <= 57 {
                n = Swift.min(n * 10 + Int(s[j].value - 48), 1_000_000)
                digits += 1
                j += 1
            }
            return digits > 0 ? n : nil
        }
        guard let lo = number() else { return nil }
        var hi: Int? = lo
        if j < s.count, s[j] == "," {
            j += 1
            hi = number()
        }
        guard j < s.count, s[j] == "}" else { return nil }
        return (lo, hi, j + 1)
    }

    /// One atom; nil for something that matches nothing and stands for nothing (an inline flag group).
    mutating func parseAtom() throws(RegexError) -> RegexNode? {
        let c = s[i]
        switch c {
        case "(":
            return try parseGroup()
        case "[":
            let set = try parseClass()
            return .set(set, fold: ignoreCase)
        case "\\":
            return try parseEscape()
        case ".":
            i += 1
            return .any(dotAll: dotAll)
        case "^":
            i += 1
            return .assertion(multiline ? .lineStart : .textStart)
        case "$":
            i += 1
            return .assertion(multiline ? .lineEnd : .textEndOrFinalNewline)
        case "*", "+", "?":
            throw error(tr("'\(c)' has nothing to repeat"))
        case "{":
            if bounds(at: i) != nil { throw error(tr("'{' has nothing to repeat")) }
            i += 1
            return literal(c.value)
        default:
            i += 1
            return literal(c.value)
        }
    }

    func literal(_ v: UInt32) -> RegexNode {
        guard ignoreCase else { return .literal(v, fold: false) }
        let lower = simpleLowercase(v)
        return .literal(lower, fold: true)
    }

    mutating func parseGroup() throws(RegexError) -> RegexNode? {
        let open = i
        i += 1
        var look: (behind: Bool, negated: Bool)?
        var restore: (Bool, Bool, Bool)?
        if i < s.count, s[i] == "?" {
            i += 1
            guard i < s.count else { throw error(tr("the group is not closed"), at: open) }
            switch s[i] {
            case ":": i += 1
            case "=": look = (false, false); i += 1
            case "!": look = (false, true); i += 1
            case ">": throw error(tr("atomic groups (?>…) are not supported; write (?:…)"), at: open)
            case "|": throw error(tr("branch-reset groups (?|…) are not supported"), at: open)
            case "#":
                // A comment.
                while i < s.count, s[i] != ")" { i += 1 }
                guard i < s.count else { throw error(tr("the comment is not closed"), at: open) }
                i += 1
                return nil
            case "<", "P":
                if s[i] == "P" { i += 1 }
                guard i < s.count else { throw error(tr("the group is not closed"), at: open) }
                if s[i] == "<", i + 1 < s.count, s[i + 1] == "=" || s[i + 1] == "!" {
                    look = (true, s[i + 1] == "!")
                    i += 2
                } else if s[i] == "<" || s[i] == "'" {
                    let close: Unicode.Scalar = s[i] == "<" ? ">" : "'"
                    i += 1
                    let nameStart = i
                    while i < s.count, s[i] != close {
                        guard s[i].properties.isAlphabetic || s[i] == "_" || (s[i].isASCII && s[i].properties.numericType == .decimal) else {
                            throw error(tr("a group name has letters, digits and '_' only"))
                        }
                        i += 1
                    }
                    guard i < s.count, i > nameStart else { throw error(tr("the group name is not closed"), at: open) }
                    i += 1
                } else if s[i] == "=" {
                    throw error(tr("backreferences (?P=name) cannot be matched in linear time and are not supported"), at: open)
                } else {
                    throw error(tr("unknown group syntax"), at: open)
                }
            default:
                // Inline flags: (?i), (?i-s), (?i:…).
                var on = true
                var flags = (ignoreCase, multiline, dotAll)
                while i < s.count, s[i] != ")", s[i] != ":" {
                    switch s[i] {
                    case "i": flags.0 = on
                    case "m": flags.1 = on
                    case "s": flags.2 = on
                    case "x", "u", "U", "w": break
                    case "-": on = false
                    default: throw error(tr("unknown flag '\(s[i])' (i, m and s are supported)"))
                    }
                    i += 1
                }
                guard i < s.count else { throw error(tr("the group is not closed"), at: open) }
                if s[i] == ")" {
                    // Applies to the rest of the enclosing group.
                    i += 1
                    (ignoreCase, multiline, dotAll) = flags
                    return nil
                }
                i += 1
                restore = (ignoreCase, multiline, dotAll)
                (ignoreCase, multiline, dotAll) = flags
            }
        }
        let inner = try parseAlternation()
        if let restore { (ignoreCase, multiline, dotAll) = restore }
        guard i < s.count, s[i] == ")" else { throw error(tr("the group opened here is not closed"), at: open) }
        i += 1
        guard let look else { return inner }
        let length = inner.length
        guard let max = length.max, max <= Self.maxLookLength else {
            throw error(look.behind
                        ? tr("a look-behind must have a bounded length of at most \(Self.maxLookLength) characters (no *, + or {n,} inside)")
                        : tr("a look-ahead must have a bounded length of at most \(Self.maxLookLength) characters (no *, + or {n,} inside)"), at: open)
        }
        return .look(inner, behind: look.behind, negated: look.negated)
    }

    mutating func parseEscape() throws(RegexError) -> RegexNode {
        let start = i
        guard i + 1 < s.count else { throw error(tr("the pattern ends with a lone backslash")) }
        let e = s[i + 1]
        i += 2
        switch e {
        case "d": return .set(Self.classSet(.digit, negated: false), fold: false)
        case "D": return .set(Self.classSet(.digit, negated: true), fold: false)
        case "s": return .set(Self.classSet(.space, negated: false), fold: false)
        case "S": return .set(Self.classSet(.space, negated: true), fold: false)
        case "w": return .set(Self.classSet(.word, negated: false), fold: false)
        case "W": return .set(Self.classSet(.word, negated: true), fold: false)
        case "h": return .set(CharSet(ranges: [0x09...0x09, 0x20...0x20, 0xA0...0xA0, 0x3000...0x3000]).sealed(), fold: false)
        case "b": return .assertion(.wordBoundary)
        case "B": return .assertion(.notWordBoundary)
        case "A": return .assertion(.textStart)
        case "z": return .assertion(.textEnd)
        case "Z": return .assertion(.textEndOrFinalNewline)
        case "p", "P":
            let cls = try parseProperty(start: start)
            return .set(Self.classSet(cls, negated: e == "P"), fold: false)
        case "Q":
            var items: [RegexNode] = []
            while i < s.count {
                if s[i] == "\\", i + 1 < s.count, s[i + 1] == "E" {
                    i += 2
                    break
                }
                items.append(literal(s[i].value))
                i += 1
            }
            return items.count == 1 ? items[0] : .concat(items)
        case "1"..."9", "k", "g":
            throw error(tr("backreferences (\\\(e)) cannot be matched in linear time and are not supported"), at: start)
        case "G", "X", "R", "K":
            throw error(tr("\\\(e) is not supported"), at: start)
        default:
            i = start
            return literal(try parseEscapedScalar())
        }
    }

    /// `\p{Han}` / `\pL` after the `p`.
    mutating func parseProperty(start: Int) throws(RegexError) -> CharacterClass {
        var name = ""
        if i < s.count, s[i] == "{" {
            i += 1
            while i < s.count, s[i] != "}" {
                name.unicodeScalars.append(s[i])
                i += 1
                if name.count > 64 { break }
            }
            guard i < s.count, s[i] == "}" else { throw error(tr("the property name is not closed with '}'"), at: start) }
            i += 1
        } else if i < s.count {
            name = String(s[i])
            i += 1
        }
        var negated = false
        if name.hasPrefix("^") {
            negated = true
            name.removeFirst()
        }
        guard let cls = CharacterClass(property: name), !negated else {
            throw error(tr("unknown property '\(name)'; known: \(CharacterClass.known)"), at: start)
        }
        return cls
    }

    /// One character written as an escape (`\.`, `\n`, `\x41`, `\x{4E00}`, `\u4E00`), at the backslash.
    mutating func parseEscapedScalar() throws(RegexError) -> UInt32 {
        let start = i
        i += 1
        let e = s[i]
        i += 1
        switch e {
        case "n": return 0x0A
        case "t": return 0x09
        case "r": return 0x0D
        case "f": return 0x0C
        case "v": return 0x0B
        case "e": return 0x1B
        case "a": return 0x07
        case "0": return 0
        case "x", "u":
            var hex = ""
            if e == "x", i < s.count, s[i] == "{" {
                i += 1
                while i < s.count, s[i] != "}" {
                    hex.unicodeScalars.append(s[i])
                    i += 1
                }
                guard i < s.count else { throw error(tr("the \\x{…} escape is not closed"), at: start) }
                i += 1
            } else {
                let want = e == "x" ? 2 : 4
                while hex.count < want, i < s.count, s[i].properties.isASCIIHexDigit {
                    hex.unicodeScalars.append(s[i])
                    i += 1
                }
                guard hex.count == want else { throw error(tr("\\\(e) needs \(want) hexadecimal digits"), at: start) }
            }
            guard let v = UInt32(hex, radix: 16), v <= 0x10FFFF, !(0xD800...0xDFFF).contains(v) else {
                throw error(tr("'\(hex)' is not a Unicode scalar"), at: start)
            }
            return v
        case "c", "N", "o":
            throw error(tr("\\\(e) is not supported"), at: start)
        default:
            if e.properties.isAlphabetic || e.properties.numericType != nil {
                throw error(tr("unknown escape \\\(e)"), at: start)
            }
            return e.value
        }
    }

    static func classSet(_ cls: CharacterClass, negated: Bool) -> CharSet {
        var set = CharSet(classes: [(cls, negated)])
        set.seal()
        return set
    }

    /// A bracket expression at `[`.
    mutating func parseClass() throws(RegexError) -> CharSet {
        let open = i
        i += 1
        var set = CharSet()
        if i < s.count, s[i] == "^" {
            set.negated = true
            i += 1
        }
        var first = true
        while true {
            guard i < s.count else { throw error(tr("the character class opened here is not closed with ']'"), at: open) }
            let c = s[i]
            if c == "]", !first {
                i += 1
                break
            }
            first = false
            if c == "[" {
                if i + 1 < s.count, s[i + 1] == ":" {
                    throw error(tr("POSIX classes like [:alpha:] are not supported; write \\p{L}, \\d or \\s"))
                }
                throw error(tr("nested classes and set operations are not supported; write one class"))
            }
            if c == "&", i + 1 < s.count, s[i + 1] == "&" { throw error(tr("class intersection (&&) is not supported")) }
            var lo: UInt32
            if c == "\\" {
                guard i + 1 < s.count else { throw error(tr("the pattern ends with a lone backslash")) }
                let e = s[i + 1]
                let escapeStart = i
                switch e {
                case "d", "D", "s", "S", "w", "W":
                    let cls: CharacterClass = e == "d" || e == "D" ? .digit : e == "s" || e == "S" ? .space : .word
                    set.classes.append((cls, e.properties.isUppercase))
                    i += 2
                    continue
                case "p", "P":
                    i += 2
                    set.classes.append((try parseProperty(start: escapeStart), e == "P"))
                    continue
                case "b":
                    i += 2
                    lo = 0x08
                case "1"..."9":
                    throw error(tr("backreferences cannot be matched in linear time and are not supported"))
                default:
                    lo = try parseEscapedScalar()
                }
            } else {
                lo = c.value
                i += 1
            }
            // A range?
            if i + 1 < s.count, s[i] == "-", s[i + 1] != "]" {
                let dash = i
                i += 1
                var hi: UInt32
                if s[i] == "\\" {
                    guard i + 1 < s.count else { throw error(tr("the pattern ends with a lone backslash")) }
                    if "dDsSwWpP".unicodeScalars.contains(s[i + 1]) {
                        throw error(tr("a range cannot end in a class like \\\(s[i + 1])"), at: dash)
                    }
                    hi = try parseEscapedScalar()
                } else if s[i] == "[" {
                    throw error(tr("nested classes and set operations are not supported; write one class"))
                } else {
                    hi = s[i].value
                    i += 1
                }
                guard lo <= hi else { throw error(tr("the range runs backwards"), at: dash) }
                set.ranges.append(lo...hi)
            } else {
                set.ranges.append(lo...lo)
            }
        }
        if ignoreCase { set.addASCIICaseVariants() }
        set.seal()
        return set
    }
}

extension CharSet {
    func sealed() -> CharSet {
        var s = self
        s.seal()
        return s
    }
}

/// The simple lowercase of a scalar (one scalar to one scalar), as case-insensitive matching compares.
@inline(__always)
func simpleLowercase(_ v: UInt32) -> UInt32 {
    if v < 0x80 { return v &- 0x41 < 26 ? v + 32 : v }
    // Han, kana, Hangul and CJK punctuation have no case.
    if v >= 0x2E80 && v < 0xA640 || v >= 0xAC00 && v < 0xD800 || v >= 0xF900 && v < 0xFF21 { return v }
    guard let s = Unicode.Scalar(v), s.properties.changesWhenLowercased else { return v }
    let mapped = s.properties.lowercaseMapping.unicodeScalars
    return mapped.count == 1 ? mapped.first!.value : v
}
