internal import CKosICU
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
    fileprivate static let unknown: UInt32 = 0xFFFF_FFFF
    fileprivate static let dropped: UInt32 = 0xFFFF_FFFE
    fileprivate static let multiFlag: UInt32 = 0x8000_0000

    /// Folded scalar, `dropped`, `multiFlag | index into multi`, or `unknown`; read through a raw pointer in
    /// the per-character loop (no bounds checks, no exclusivity checks), owned by this object. Each table holds
    /// its entries inverted (`~entry`), so "not computed yet" is zero and the tables come from `calloc`: the
    /// kernel's zeroed pages, mapped only where a character is looked up, instead of 1.7 MB written at each start.
    fileprivate let table: UnsafeMutablePointer<UInt32>
    fileprivate let classTable: UnsafeMutablePointer<UInt8>
    fileprivate var multi: [[UInt32]] = []
    private var overflow: [UInt32: [UInt32]] = [:]

    init() {
        func zeroed<T>(_ type: T.Type) -> UnsafeMutablePointer<T> {
            guard let p = calloc(Self.tableSize, MemoryLayout<T>.stride) else { fatalError("out of memory") }
            return p.assumingMemoryBound(to: T.self)
        }
        table = zeroed(UInt32.self)
        classTable = zeroed(UInt8.self)
        lightTable = zeroed(UInt32.self)
        for c in UInt32(0)..<128 {
            let ch = UInt8(c)
            table[Int(c)] = ~((65...90).contains(ch) ? c + 32 : c)
        }
    }

    deinit {
        scratchScalars.deallocate()
        scratchOrigin.deallocate()
        free(table)
        free(classTable)
        free(lightTable)
    }

    /// Folds `text` fully, for matching terms.
    func normalize(_ text: String) -> NormalizedText {
        normalize(Array(text.unicodeScalars))
    }

    /// Scratch output, reused across calls and grown as needed.
    fileprivate var scratchScalars = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
    fileprivate var scratchOrigin = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    private var scratchCapacity = 1

    /// Room for `n` folded scalars, keeping the first `kept` already written.
    fileprivate func ensureScratch(_ n: Int, keeping kept: Int) {
        guard n > scratchCapacity else { return }
        let capacity = max(n, scratchCapacity * 2)
        let scalars = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        let origin = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        scalars.moveInitialize(from: scratchScalars, count: kept)
        origin.moveInitialize(from: scratchOrigin, count: kept)
        scratchScalars.deallocate()
        scratchOrigin.deallocate()
        scratchScalars = scalars
        scratchOrigin = origin
        scratchCapacity = capacity
    }

    /// A fold in progress, fed one original scalar at a time (so a caller decoding the text folds it as it goes).
    /// A value the caller keeps in a local: the tables and the output are held as raw pointers, so the loop touches
    /// neither the normalizer's properties nor a reference count per character.
    struct Pass {
        private let table: UnsafeMutablePointer<UInt32>
        private let classTable: UnsafeMutablePointer<UInt8>
        private var scalars: UnsafeMutablePointer<UInt32>
        private var origin: UnsafeMutablePointer<Int32>
        /// Folded scalars written.
        private(set) var n = 0
        /// Where a run of separators after a CJK character started (the next CJK character drops it), or -1.
        private var pendingStart = -1
        private var lastWasCJK = false

        fileprivate init(_ normalizer: Normalizer) {
            table = normalizer.table
            classTable = normalizer.classTable
            scalars = normalizer.scratchScalars
            origin = normalizer.scratchOrigin
        }

        /// Folds original scalar `index`, at most `remaining` scalars before the end.
        @inline(__always)
        mutating func feed(_ scalar: Unicode.Scalar, at index: Int, remaining: Int, _ normalizer: Normalizer) {
            let v = scalar.value
            var single: UInt32
            if v < Normalizer.tableSize {
                single = ~table[Int(v)]
                if single == Normalizer.unknown { single = normalizer.computeEntry(scalar) }
            } else {
                single = Normalizer.multiFlag
            }
            if single == Normalizer.dropped { return }
            if single & Normalizer.multiFlag == 0 {
                emit(single, Int32(truncatingIfNeeded: index), normalizer)
            } else {
                feedLonger(scalar, single, at: index, remaining: remaining, normalizer)
            }
        }

        /// A scalar whose fold is longer than one (a ligature, a squared word): rare, kept out of the loop.
        @inline(never)
        private mutating func feedLonger(_ scalar: Unicode.Scalar, _ single: UInt32, at index: Int, remaining: Int, _ normalizer: Normalizer) {
            let folded = scalar.value < Normalizer.tableSize ? normalizer.multi[Int(single & ~Normalizer.multiFlag)] : normalizer.overflowFold(scalar)
            normalizer.ensureScratch(n + folded.count + 1 + remaining, keeping: n)
            scalars = normalizer.scratchScalars
            origin = normalizer.scratchOrigin
            for f in folded { emit(f, Int32(truncatingIfNeeded: index), normalizer) }
        }

        @inline(__always)
        private mutating func emit(_ f: UInt32, _ index: Int32, _ normalizer: Normalizer) {
            var cls: UInt8 = f < Normalizer.tableSize ? ~classTable[Int(f)] : 0xFF
            if cls == 0xFF { cls = normalizer.learnClass(f) }
            if cls == CharClass.separator.rawValue {
                if lastWasCJK && pendingStart < 0 { pendingStart = n }
                scalars[n] = f
                origin[n] = index
                n += 1
                if pendingStart < 0 { lastWasCJK = false }
                return
            }
            if pendingStart >= 0 {
                // Separators between two CJK characters are evasion, not text: drop them.
                if cls == CharClass.cjk.rawValue { n = pendingStart }
                pendingStart = -1
            }
            scalars[n] = f
            origin[n] = index
            n += 1
            lastWasCJK = cls == CharClass.cjk.rawValue
        }
    }

    /// Starts a fold of at most `count` scalars (folds rarely expand: room for a few more, grown on demand).
    func begin(_ count: Int) -> Pass {
        ensureScratch(count + 64, keeping: 0)
        return Pass(self)
    }

    /// The folded text of a pass.
    func finish(_ pass: Pass) -> NormalizedText {
        var out = NormalizedText()
        out.scalars = Array(UnsafeBufferPointer(start: scratchScalars, count: pass.n))
        out.origin = Array(UnsafeBufferPointer(start: scratchOrigin, count: pass.n))
        return out
    }

    /// Folds decoded scalars fully, for matching terms.
    func normalize(_ scalars: [Unicode.Scalar]) -> NormalizedText {
        var pass = begin(scalars.count)
        scalars.withUnsafeBufferPointer { input in
            for index in 0..<input.count { pass.feed(input[index], at: index, remaining: input.count - index - 1, self) }
        }
        return finish(pass)
    }

    /// A character's class, out of the per-character loop: worked out the first time it is met (and kept), or beyond the table.
    @inline(never)
    fileprivate func learnClass(_ f: UInt32) -> UInt8 { charClass(f) }

    @inline(__always)
    func charClass(_ f: UInt32) -> UInt8 {
        if f < Self.tableSize {
            let c = ~classTable[Int(f)]
            if c != 0xFF { return c }
            let computed = Self.classify(f).rawValue
            classTable[Int(f)] = ~computed
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

    @inline(never)
    fileprivate func computeEntry(_ scalar: Unicode.Scalar) -> UInt32 {
        // Chinese characters of the plane: from the generated table, without asking ICU.
        if Self.isPlaneHan(scalar.value) {
            let entry = Self.simplified[scalar.value] ?? scalar.value
            table[Int(scalar.value)] = ~entry
            return entry
        }
        let entry = Self.entry(for: Self.fold(scalar), multi: &multi)
        table[Int(scalar.value)] = ~entry
        return entry
    }

    /// A table entry for a fold: the scalar itself, `dropped`, or an index into `multi` for longer results.
    static func entry(for folded: [UInt32], multi: inout [[UInt32]]) -> UInt32 {
        if folded.isEmpty { return dropped }
        if folded.count == 1 { return folded[0] }
        multi.append(folded)
        return multiFlag | UInt32(multi.count - 1)
    }

    /// Folds one scalar as `normalize` does (case, width, Traditional → Simplified), without dropping the
    /// separators around it: what a context grammar reads, punctuation included.
    @inline(__always)
    func foldOne(_ scalar: Unicode.Scalar, _ emit: (UInt32) -> Void) {
        let v = scalar.value
        guard v < Self.tableSize else {
            for f in overflowFold(scalar) { emit(f) }
            return
        }
        var entry = ~table[Int(v)]
        if entry == Self.unknown { entry = computeEntry(scalar) }
        if entry == Self.dropped { return }
        if entry & Self.multiFlag == 0 { emit(entry) } else { for f in multi[Int(entry & ~Self.multiFlag)] { emit(f) } }
    }

    fileprivate func overflowFold(_ scalar: Unicode.Scalar) -> [UInt32] {
        if let f = overflow[scalar.value] { return f }
        let f = Self.fold(scalar)
        overflow[scalar.value] = f
        return f
    }

    /// Light folds: the scalar itself (`unknown` marks "not computed"), `dropped`, or `multiFlag | index`.
    private let lightTable: UnsafeMutablePointer<UInt32>
    private var lightMulti: [[UInt32]] = []

    /// NFKC of one scalar with ignorables removed, keeping case and script: what regular expressions read.
    @inline(__always)
    func lightFold(_ scalar: Unicode.Scalar, _ emit: (UInt32) -> Void) {
        let v = scalar.value
        guard v < Self.tableSize else {
            for f in Self.lightFolded(scalar) { emit(f) }
            return
        }
        var entry = ~lightTable[Int(v)]
        if entry == Self.unknown {
            entry = Self.entry(for: Self.lightFolded(scalar), multi: &lightMulti)
            lightTable[Int(v)] = ~entry
        }
        if entry == Self.dropped { return }
        if entry & Self.multiFlag == 0 {
            emit(entry)
        } else {
            for f in lightMulti[Int(entry & ~Self.multiFlag)] { emit(f) }
        }
    }

    static func lightFolded(_ scalar: Unicode.Scalar) -> [UInt32] {
        let p = scalar.properties
        if p.isDefaultIgnorableCodePoint || p.isVariationSelector || p.generalCategory == .format || p.generalCategory == .nonspacingMark {
            return []
        }
        return String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars.map(\.value)
    }

    static let traditionalToSimplified = StringTransform("Traditional-Simplified")

    /// CJK Unified Ideographs, Extension A and the Compatibility Ideographs: the characters
    /// `simplifiedPairs` covers.
    @inline(__always)
    static func isPlaneHan(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
    }

    /// `simplifiedPairs` as a map: a character to its fold, where that differs from the character.
    static let simplified: [UInt32: UInt32] = {
        var map: [UInt32: UInt32] = [:]
        map.reserveCapacity(4096)
        var pending: UInt32?
        for s in simplifiedPairs.unicodeScalars where s != "\n" {
            if let from = pending {
                map[from] = s.value
                pending = nil
            } else {
                pending = s.value
            }
        }
        return map
    }()

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
