import Foundation
import Synchronization

/// How creators write a banned term so that a filter misses it, and so what else the lexicon looks for:
/// one Chinese character written as its pinyin (zui佳, ding级, du一无二, di一品牌), in a term of three or more
/// characters one written as its initial (国j级), and a short Latin term spaced out (N O . 1, T O P 1).
/// Full-width letters, Traditional characters, zero-width characters, emoji and spaces between Chinese
/// characters need no variants: the normalizer folds them away.
enum Evasions {
    /// Variants of `term` besides itself. `single`: a one-character term (a claim family's 最) gets its pinyin too.
    static func variants(of term: String, single: Bool = false) -> [String] {
        let scalars = Array(term.unicodeScalars)
        var out: [String] = []
        let han = scalars.indices.filter { ClaimGrammar.isCJK(scalars[$0].value) }
        if !han.isEmpty, han.count <= 6, scalars.count <= 8, han.count >= 2 || single {
            for i in han {
                guard let py = pinyin(scalars[i]) else { continue }
                var full = scalars
                full.replaceSubrange(i...i, with: py.unicodeScalars)
                out.append(String(String.UnicodeScalarView(full)))
                if han.count >= 3, let initial = py.unicodeScalars.first {
                    var short = scalars
                    short[i] = initial
                    out.append(String(String.UnicodeScalarView(short)))
                }
            }
        }
        // NO.1 → N O . 1 and N O 1; TOP1 → T O P 1.
        if han.isEmpty, (2...6).contains(scalars.count), scalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == ".") }) {
            out.append(scalars.map { String($0) }.joined(separator: " "))
            let plain = scalars.filter { $0 != "." }
            if plain.count != scalars.count { out.append(plain.map { String($0) }.joined(separator: " ")) }
        }
        return out
    }

    /// The table of common characters, parsed once; others are asked of ICU and remembered.
    private static let cache = Mutex<[UInt32: String]>(parseTable())

    static func parseTable() -> [UInt32: String] {
        var table: [UInt32: String] = [:]
        table.reserveCapacity(7000)
        for group in pinyinTableSource.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
            guard let colon = group.firstIndex(of: ":") else { continue }
            let syllable = String(group[..<colon])
            for c in group[group.index(after: colon)...].unicodeScalars { table[c.value] = syllable }
        }
        return table
    }

    /// The toneless pinyin of a Chinese character, lower case: from the table of GB 2312's characters, else
    /// ICU's Han-Latin transform (through Foundation).
    static func pinyin(_ s: Unicode.Scalar) -> String? {
        if let known = cache.withLock({ $0[s.value] }) { return known.isEmpty ? nil : known }
        let latin = String(s).applyingTransform(.mandarinToLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false)?.lowercased() ?? ""
        let ok = !latin.isEmpty && latin.unicodeScalars.allSatisfy { $0.value >= 0x61 && $0.value <= 0x7A }
        cache.withLock { $0[s.value] = ok ? latin : "" }
        return ok ? latin : nil
    }
}
