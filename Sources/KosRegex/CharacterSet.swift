/// A named class of characters: the escapes `\d \s \w` and the `\p{…}` properties and scripts.
enum CharacterClass: Sendable, Hashable {
    case digit, space, word
    case letter, upper, lower, mark, number, punctuation, symbol, separator, control, format
    case han, latin, hiragana, katakana, hangul, greek, cyrillic

    /// `\p{NAME}` spellings: general categories (`L`, `Lu`, `Nd`, …) and scripts (`Han`, `Script=Han`, `IsHan`).
    init?(property raw: String) {
        var name = raw.lowercased().replacingUnderscoresAndSpaces()
        for prefix in ["script=", "sc=", "is", "generalcategory=", "gc="] where name.hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count))
            break
        }
        switch name {
        case "l", "letter", "alphabetic", "alpha": self = .letter
        case "lu", "uppercaseletter", "upper", "uppercase": self = .upper
        case "ll", "lowercaseletter", "lower", "lowercase": self = .lower
        case "m", "mark", "mn", "nonspacingmark": self = .mark
        case "n", "number": self = .number
        case "nd", "decimalnumber", "digit": self = .digit
        case "p", "punctuation", "punct": self = .punctuation
        case "s", "symbol", "sc", "sm", "so", "sk": self = .symbol
        case "z", "separator", "zs", "spaceseparator", "whitespace", "space": self = .space
        case "c", "cc", "control": self = .control
        case "cf", "format": self = .format
        case "han", "hani", "ideographic": self = .han
        case "latin", "latn": self = .latin
        case "hiragana", "hira": self = .hiragana
        case "katakana", "kana": self = .katakana
        case "hangul", "hang": self = .hangul
        case "greek", "grek": self = .greek
        case "cyrillic", "cyrl": self = .cyrillic
        default: return nil
        }
    }

    /// The property names `\p{…}` accepts, for error messages.
    static let known = "L, Lu, Ll, M, N, Nd, P, S, Z, C, Cf, Han, Latin, Hiragana, Katakana, Hangul, Greek, Cyrillic"

    func contains(_ v: UInt32) -> Bool {
        if v < 0x80 {
            let b = UInt8(v)
            switch self {
            case .digit: return b >= 0x30 && b <= 0x39
            case .space: return b == 0x20 || (b >= 0x09 && b <= 0x0D)
            case .word: return b == 0x5F || (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
            case .letter, .latin: return b | 0x20 >= 0x61 && b | 0x20 <= 0x7A
            case .upper: return b >= 0x41 && b <= 0x5A
            case .lower: return b >= 0x61 && b <= 0x7A
            case .number: return b >= 0x30 && b <= 0x39
            case .control: return b < 0x20 || b == 0x7F
            case .punctuation, .symbol:
                guard let s = Unicode.Scalar(v) else { return false }
                return Self.category(s, is: self)
            default: return false
            }
        }
        switch self {
        case .han:
            return (0x2E80...0x2FDF).contains(v) || v == 0x3005 || v == 0x3007 || (0x3021...0x3029).contains(v)
                || (0x3038...0x303B).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0x20000...0x3134F).contains(v)
        case .hiragana: return (0x3041...0x309F).contains(v) || v == 0x1B001
        case .katakana: return (0x30A0...0x30FF).contains(v) || (0x31F0...0x31FF).contains(v) || (0xFF66...0xFF9D).contains(v)
        case .hangul:
            return (0xAC00...0xD7AF).contains(v) || (0x1100...0x11FF).contains(v) || (0x3130...0x318F).contains(v)
                || (0xA960...0xA97F).contains(v) || (0xD7B0...0xD7FF).contains(v)
        case .latin:
            return (0x00C0...0x024F).contains(v) && v != 0xD7 && v != 0xF7 || (0x1E00...0x1EFF).contains(v)
                || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v) || (0x2C60...0x2C7F).contains(v) || (0xA720...0xA7FF).contains(v)
        case .greek: return (0x0370...0x03FF).contains(v) || (0x1F00...0x1FFF).contains(v)
        case .cyrillic: return (0x0400...0x052F).contains(v) || (0x2DE0...0x2DFF).contains(v) || (0xA640...0xA69F).contains(v)
        default:
            guard let s = Unicode.Scalar(v) else { return false }
            return Self.category(s, is: self)
        }
    }

    private static func category(_ s: Unicode.Scalar, is cls: CharacterClass) -> Bool {
        let p = s.properties
        switch cls {
        case .digit: return p.generalCategory == .decimalNumber
        case .space: return p.isWhitespace
        case .word:
            switch p.generalCategory {
            case .decimalNumber, .connectorPunctuation, .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return p.isAlphabetic
            }
        case .letter:
            switch p.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
            default: return false
            }
        case .upper: return p.generalCategory == .uppercaseLetter
        case .lower: return p.generalCategory == .lowercaseLetter
        case .mark:
            switch p.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        case .number:
            switch p.generalCategory {
            case .decimalNumber, .letterNumber, .otherNumber: return true
            default: return false
            }
        case .punctuation:
            switch p.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation: return true
            default: return false
            }
        case .symbol:
            switch p.generalCategory {
            case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return true
            default: return false
            }
        case .separator:
            switch p.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        case .control: return p.generalCategory == .control
        case .format: return p.generalCategory == .format
        default: return false
        }
    }
}

extension String {
    fileprivate func replacingUnderscoresAndSpaces() -> String {
        String(unicodeScalars.filter { $0 != "_" && $0 != " " && $0 != "-" })
    }
}

/// A bracket expression (or an escape like `\d`, or `.`): ranges and classes, possibly negated, with a
/// bitmap for ASCII so the common case is one bit test.
struct CharSet: Sendable {
    var ranges: [ClosedRange<UInt32>] = []
    /// Classes, each possibly negated (`[\D]`, `[^\P{Han}]`).
    var classes: [(CharacterClass, negated: Bool)] = []
    var negated = false
    private var asciiLow: UInt64 = 0
    private var asciiHigh: UInt64 = 0

    init(ranges: [ClosedRange<UInt32>] = [], classes: [(CharacterClass, negated: Bool)] = [], negated: Bool = false) {
        self.ranges = ranges
        self.classes = classes
        self.negated = negated
    }

    /// Adds the other case of every ASCII letter in the set's ranges, for a case-insensitive pattern.
    mutating func addASCIICaseVariants() {
        var extra: [ClosedRange<UInt32>] = []
        for r in ranges {
            let lo = max(r.lowerBound, 0x41), hi = min(r.upperBound, 0x5A)
            if lo <= hi { extra.append((lo + 32)...(hi + 32)) }
            let lo2 = max(r.lowerBound, 0x61), hi2 = min(r.upperBound, 0x7A)
            if lo2 <= hi2 { extra.append((lo2 - 32)...(hi2 - 32)) }
        }
        ranges += extra
    }

    /// Sorts and merges the ranges and builds the ASCII bitmap; call once the set is complete.
    mutating func seal() {
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<UInt32>] = []
        for r in ranges {
            if let last = merged.last, r.lowerBound <= last.upperBound &+ 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        ranges = merged
        asciiLow = 0
        asciiHigh = 0
        for v in UInt32(0)..<128 where slowContains(v) {
            if v < 64 { asciiLow |= 1 << UInt64(v) } else { asciiHigh |= 1 << UInt64(v - 64) }
        }
    }

    @inline(__always)
    func contains(_ v: UInt32) -> Bool {
        if v < 64 { return asciiLow & (1 << UInt64(v)) != 0 }
        if v < 128 { return asciiHigh & (1 << UInt64(v - 64)) != 0 }
        return slowContains(v)
    }

    private func slowContains(_ v: UInt32) -> Bool {
        var hit = false
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound < v { lo = mid + 1 } else { hi = mid }
        }
        if lo < ranges.count, ranges[lo].contains(v) { hit = true }
        if !hit {
            for (cls, negated) in classes where cls.contains(v) != negated {
                hit = true
                break
            }
        }
        return hit != negated
    }
}
