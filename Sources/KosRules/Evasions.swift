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
            // Joined from each character's own small string (appending scalars to a string one by one cost a
            // sixth of compiling a 5,000-term pack).
            let parts = scalars.map { String($0) }
            for i in han {
                guard let py = pinyin(scalars[i]) else { continue }
                let before = parts[..<i].joined(), after = parts[(i + 1)...].joined()
                out.append(before + py + after)
                if han.count >= 3, let initial = py.first { out.append(before + String(initial) + after) }
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

    /// Characters outside the table, asked of ICU once each and remembered ("" when ICU has no pinyin).
    private static let asked = Mutex<[UInt32: String]>([:])

    /// The syllable `pinyinOfCharacters` gives a character, by binary search.
    static func tablePinyin(_ v: UInt32) -> String? {
        var low = 0
        var high = pinyinOfCharacters.count
        while low < high {
            let mid = (low + high) / 2
            let entry = pinyinOfCharacters[mid]
            if entry >> 10 == v { return pinyinSyllables[Int(entry & 0x3FF)] }
            if entry >> 10 < v { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    /// The toneless pinyin of a Chinese character, lower case: from the table of GB 2312's characters, else
    /// ICU's Han-Latin transform (through Foundation).
    static func pinyin(_ s: Unicode.Scalar) -> String? {
        if let known = tablePinyin(s.value) { return known }
        if let known = asked.withLock({ $0[s.value] }) { return known.isEmpty ? nil : known }
        let latin = String(s).applyingTransform(.mandarinToLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false)?.lowercased() ?? ""
        let ok = !latin.isEmpty && latin.unicodeScalars.allSatisfy { $0.value >= 0x61 && $0.value <= 0x7A }
        asked.withLock { $0[s.value] = ok ? latin : "" }
        return ok ? latin : nil
    }
}
