/// Finds price claims: ¥199, 199元, RMB 1,299, 到手价 399, $49 (full-width digits too).
/// A price in a post is a claim legal must clear.
enum PriceDetector {
    /// The original scalars of the first price in the segment (`¥199`, `399 元`, `到手价 399`), if any.
    static func firstPrice(in seg: PreparedSegment) -> Range<Int>? {
        guard let start = firstPriceStart(in: seg) else { return nil }
        let s = seg.scalars
        var end = start + 1
        var sawDigit = false
        while end < s.count {
            let c = s[end]
            if isDigit(c) || c == "," || c == "." { sawDigit = true; end += 1; continue }
            if c == " " && !sawDigit { end += 1; continue }
            if (c == "元" || c == "块") && sawDigit { end += 1; break }
            if !sawDigit && end - start <= 4 { end += 1; continue }
            break
        }
        return start..<end
    }

    static func firstPriceStart(in seg: PreparedSegment) -> Int? {
        let s = seg.scalars
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "¥" || c == "￥" || c == "$" || c == "€" || c == "£" || c == "＄" {
                if digitFollows(s, i + 1) { return i }
            }
            if startsWith(s, i, "rmb") || startsWith(s, i, "cny") {
                if digitFollows(s, i + 3) { return i }
            }
            if isDigit(c), i == 0 || !isDigit(s[i - 1]) {
                var j = i
                while j < s.count, isDigit(s[j]) || s[j] == "," || s[j] == "." { j += 1 }
                while j < s.count, s[j] == " " { j += 1 }
                if j < s.count, s[j] == "元" || s[j] == "块" { return i }
            }
            if c == "价" {
                var j = i + 1
                while j < s.count, j <= i + 3, !isDigit(s[j]) { j += 1 }
                if j < s.count, isDigit(s[j]) { return i }
            }
            i += 1
        }
        return nil
    }

    static func digitFollows(_ s: [Unicode.Scalar], _ from: Int) -> Bool {
        var j = from
        while j < s.count, s[j] == " " { j += 1 }
        return j < s.count && isDigit(s[j])
    }

    /// ASCII and full-width digits.
    static func isDigit(_ c: Unicode.Scalar) -> Bool { (0x30...0x39).contains(c.value) || (0xFF10...0xFF19).contains(c.value) }
}
