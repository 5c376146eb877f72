/// The strings a JSON text carries, for checking a rendered payload with the packs: in document order, an
/// object's members in key order (`String` order, as `keys.sorted()` gives it).
///
/// A strict reader of RFC 8259 that answers only when sure: a text it does not read whole (not JSON, or JSON it
/// leaves to Foundation — a key given twice, a `\u` escape of a surrogate, nesting deeper than 64, a byte-order
/// mark) gives nil, and the caller asks `JSONSerialization`. Whatever it answers is what `JSONSerialization`
/// would give (tested side by side). It exists because `JSONSerialization` cost ~26,000 instructions a payload of
/// a few hundred bytes, at every delivery.
public enum JSONStrings {
    public static func collect(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var reader = Reader(bytes: bytes)
            var out: [String] = []
            reader.skipSpace()
            guard reader.value(into: &out, depth: 0), reader.atEndAfterSpace() else { return nil }
            return out
        }
    }

    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        static let maxDepth = 64

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func atEndAfterSpace() -> Bool {
            skipSpace()
            return i == bytes.count
        }

        /// One value at `i` (no leading space); its strings appended to `out`.
        mutating func value(into out: inout [String], depth: Int) -> Bool {
            guard i < bytes.count, depth <= Self.maxDepth else { return false }
            switch bytes[i] {
            case UInt8(ascii: "\""):
                guard let s = string() else { return false }
                out.append(s)
                return true
            case UInt8(ascii: "["):
                i += 1
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return true }
                while true {
                    guard value(into: &out, depth: depth + 1) else { return false }
                    skipSpace()
                    guard i < bytes.count else { return false }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; skipSpace(); continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return true }
                    return false
                }
            case UInt8(ascii: "{"):
                i += 1
                skipSpace()
                var members: [(key: String, strings: [String])] = []
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return true }
                while true {
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let key = string() else { return false }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return false }
                    i += 1
                    skipSpace()
                    var strings: [String] = []
                    guard value(into: &strings, depth: depth + 1) else { return false }
                    members.append((key, strings))
                    skipSpace()
                    guard i < bytes.count else { return false }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; skipSpace(); continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; break }
                    return false
                }
                // Which of two equal keys a dictionary keeps is Foundation's business: leave such text to it.
                guard Set(members.map(\.key)).count == members.count else { return false }
                for member in members.sorted(by: { $0.key < $1.key }) { out += member.strings }
                return true
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return number()
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { return false }
            for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
            i += n
            return true
        }

        /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
        mutating func number() -> Bool {
            func digit(_ j: Int) -> Bool { j < bytes.count && bytes[j] >= 0x30 && bytes[j] <= 0x39 }
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digit(i) else { return false }
            if bytes[i] == 0x30 {
                i += 1
            } else {
                while digit(i) { i += 1 }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                guard digit(i) else { return false }
                while digit(i) { i += 1 }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                guard digit(i) else { return false }
                while digit(i) { i += 1 }
            }
            return true
        }

        /// A string literal at `i` (its opening quote), decoded.
        mutating func string() -> String? {
            i += 1
            let start = i
            // The common case: no escapes, copied whole.
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                    i += 1
                    return s
                }
                if b == UInt8(ascii: "\\") { break }
                if b < 0x20 { return nil }
                i += 1
            }
            var out = Array(bytes[start..<i])
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b < 0x20 { return nil }
                guard b == UInt8(ascii: "\\") else {
                    out.append(b)
                    i += 1
                    continue
                }
                guard i + 1 < bytes.count else { return nil }
                let e = bytes[i + 1]
                i += 2
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard i + 4 <= bytes.count else { return nil }
                    var v: UInt32 = 0
                    for k in 0..<4 {
                        let h = bytes[i + k]
                        let d: UInt8
                        switch h {
                        case 0x30...0x39: d = h - 0x30
                        case 0x41...0x46: d = h - 0x41 + 10
                        case 0x61...0x66: d = h - 0x61 + 10
                        default: return nil
                        }
                        v = v << 4 | UInt32(d)
                    }
                    i += 4
                    // Surrogates (pairs and lone halves) are left to Foundation.
                    guard let scalar = Unicode.Scalar(v) else { return nil }
                    UTF8.encode(scalar) { out.append($0) }
                default:
                    return nil
                }
            }
            return nil
        }
    }
}
