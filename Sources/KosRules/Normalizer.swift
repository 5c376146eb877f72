import CKosICU
import Foundation

/// Text as the matcher sees it, with the way back to the original.
struct NormalizedText {
    /// Folded scalars.
    var scalars: [UInt32] = []
    /// For each folded scalar, the index of the original scalar it came from.
    var origin: [Int32] = []

    var count: Int { scalars.count }
}

/// Folds what people use to slip past filters, so a rule matches what a reader sees:
///
/// - NFKC (full-width `ＮＯ．１` → `no.1`, compatibility ideographs, circled digits),
/// - case,
/// - default-ignorable and combining characters (U+200B, U+200D, U+FEFF, U+00AD, U+2060, variation selectors),
/// - spaces and punctuation between two CJK characters (`全 网 最 低 价`, `全.网.最.低`),
/// - Traditional → Simplified Chinese (ICU's `Traditional-Simplified` transform, through Foundation),
/// - confusable letters from other scripts (`ѕаlе`) through ICU's UTS #39 skeleton, applied only where the
///   skeleton is ASCII, so Latin text itself is never rewritten (`rn` stays `rn`, `1` stays `1`).
///
/// Per-scalar results are cached in flat tables, so ICU is asked once per distinct character.
/// A normalizer is not thread-safe: use one per thread.
final class Normalizer {
    enum CharClass: UInt8 { case other = 0, cjk = 1, separator = 2 }

    static let tableSize = 0x30000
    private static let unknown: UInt32 = 0xFFFF_FFFF
    private static let dropped: UInt32 = 0xFFFF_FFFE
    private static let multiFlag: UInt32 = 0x8000_0000

    /// Folded scalar, `dropped`, `multiFlag | index into multi`, or `unknown`.
    private var table: [UInt32]
    private var classTable: [UInt8]
    private var multi: [[UInt32]] = []
    private var overflow: [UInt32: [UInt32]] = [:]

    init() {
        table = [UInt32](repeating: Self.unknown, count: Self.tableSize)
        classTable = [UInt8](repeating: 0xFF, count: Self.tableSize)
        for c in UInt32(0)..<128 {
            let ch = UInt8(c)
            if (65...90).contains(ch) { table[Int(c)] = c + 32 } else { table[Int(c)] = c }
        }
    }

    /// Folds `text` fully, for matching terms.
    func normalize(_ text: String) -> NormalizedText {
        var out = NormalizedText()
        out.scalars.reserveCapacity(text.utf8.count)
        out.origin.reserveCapacity(text.utf8.count)
        var pendingStart = -1
        var lastWasCJK = false
        var index: Int32 = 0
        var buffer: [UInt32] = []
        for scalar in text.unicodeScalars {
            defer { index += 1 }
            let v = scalar.value
            var single: UInt32
            if v < Self.tableSize {
                single = table[Int(v)]
                if single == Self.unknown {
                    single = computeEntry(scalar)
                }
            } else {
                single = Self.multiFlag
            }
            if single == Self.dropped { continue }
            if single & Self.multiFlag == 0 {
                emit(single, index, &out, &pendingStart, &lastWasCJK)
            } else {
                buffer = v < Self.tableSize ? multi[Int(single & ~Self.multiFlag)] : overflowFold(scalar)
                for f in buffer { emit(f, index, &out, &pendingStart, &lastWasCJK) }
            }
        }
        return out
    }

    @inline(__always)
    private func emit(_ f: UInt32, _ index: Int32, _ out: inout NormalizedText, _ pendingStart: inout Int, _ lastWasCJK: inout Bool) {
        let cls = charClass(f)
        if cls == CharClass.separator.rawValue {
            if lastWasCJK && pendingStart < 0 { pendingStart = out.scalars.count }
            out.scalars.append(f)
            out.origin.append(index)
            if pendingStart < 0 { lastWasCJK = false }
            return
        }
        if pendingStart >= 0 {
            // Separators between two CJK characters are evasion, not text: drop them.
            if cls == CharClass.cjk.rawValue {
                out.scalars.removeSubrange(pendingStart...)
                out.origin.removeSubrange(pendingStart...)
            }
            pendingStart = -1
        }
        out.scalars.append(f)
        out.origin.append(index)
        lastWasCJK = cls == CharClass.cjk.rawValue
    }

    @inline(__always)
    func charClass(_ f: UInt32) -> UInt8 {
        if f < Self.tableSize {
            let c = classTable[Int(f)]
            if c != 0xFF { return c }
            let computed = Self.classify(f).rawValue
            classTable[Int(f)] = computed
            return computed
        }
        return Self.classify(f).rawValue
    }

    static func classify(_ v: UInt32) -> CharClass {
        if (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x3134F).contains(v) || (0x3040...0x30FF).contains(v) || (0xAC00...0xD7AF).contains(v) {
            return .cjk
        }
        guard let s = Unicode.Scalar(v) else { return .other }
        switch s.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return .separator
        default:
            return .other
        }
    }

    private func computeEntry(_ scalar: Unicode.Scalar) -> UInt32 {
        let folded = Self.fold(scalar)
        let entry: UInt32
        if folded.isEmpty {
            entry = Self.dropped
        } else if folded.count == 1 {
            entry = folded[0]
        } else {
            entry = Self.multiFlag | UInt32(multi.count)
            multi.append(folded)
        }
        table[Int(scalar.value)] = entry
        return entry
    }

    private func overflowFold(_ scalar: Unicode.Scalar) -> [UInt32] {
        if let f = overflow[scalar.value] { return f }
        let f = Self.fold(scalar)
        overflow[scalar.value] = f
        return f
    }

    private var lightCache: [UInt32: [Unicode.Scalar]] = [:]

    /// NFKC of one scalar with ignorables removed, keeping case and script: what regular expressions read.
    func lightFold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if let cached = lightCache[scalar.value] { return cached }
        let p = scalar.properties
        let out: [Unicode.Scalar]
        if p.isDefaultIgnorableCodePoint || p.isVariationSelector || p.generalCategory == .format || p.generalCategory == .nonspacingMark {
            out = []
        } else {
            out = Array(String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars)
        }
        lightCache[scalar.value] = out
        return out
    }

    static let traditionalToSimplified = StringTransform("Traditional-Simplified")

    /// The folded form of one scalar (empty when it is ignorable).
    static func fold(_ scalar: Unicode.Scalar) -> [UInt32] {
        let p = scalar.properties
        if scalar == "\n" || scalar == "\t" || scalar == "\r" { return [scalar.value] }
        if p.isDefaultIgnorableCodePoint || p.isVariationSelector { return [] }
        switch p.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return []
        case .control: return [0x20]
        default: break
        }
        var out: [UInt32] = []
        for s in String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars {
            for l in s.properties.lowercaseMapping.unicodeScalars {
                out.append(contentsOf: simplify(l))
            }
        }
        return out
    }

    static func simplify(_ s: Unicode.Scalar) -> [UInt32] {
        let v = s.value
        if classify(v) == .cjk && v < 0xAC00 || (0x20000...0x3134F).contains(v) {
            if let t = String(s).applyingTransform(traditionalToSimplified, reverse: false) {
                return t.unicodeScalars.map(\.value)
            }
            return [v]
        }
        if isOtherScriptLetter(v), let skeleton = skeleton(s), skeleton.allSatisfy(\.isASCII) {
            return skeleton.lowercased().unicodeScalars.map(\.value)
        }
        return [v]
    }

    /// Greek, Cyrillic, Armenian and Cherokee letters: the scripts whose look-alikes stand in for Latin.
    static func isOtherScriptLetter(_ v: UInt32) -> Bool {
        (0x370...0x3FF).contains(v) || (0x1F00...0x1FFF).contains(v) || (0x400...0x52F).contains(v)
            || (0x1C80...0x1C8F).contains(v) || (0xA640...0xA69F).contains(v) || (0x530...0x58F).contains(v)
            || (0x13A0...0x13FF).contains(v) || (0xAB70...0xABBF).contains(v)
    }

    static func skeleton(_ s: Unicode.Scalar) -> String? {
        let units = Array(String(s).utf16)
        var out = [UInt16](repeating: 0, count: 32)
        let n = kos_confusable_skeleton(units, Int32(units.count), &out, 32)
        guard n > 0 else { return nil }
        return String(decoding: out[0..<Int(n)], as: UTF16.self)
    }
}
