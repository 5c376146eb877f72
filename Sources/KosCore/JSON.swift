/// A JSON value with keys in the order given, and a fast writer: the contract of `--format json`
/// output is written by hand so 200,000 findings print in milliseconds, not seconds.
public enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (lhs: JSON, rhs: JSON) -> Bool { lhs.text == rhs.text }

    /// Compact JSON text; strings are escaped per RFC 8259 (and U+2028/U+2029, for JavaScript readers).
    public var text: String {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public func write(into out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): Self.writeInt(i, into: &out)
        case .double(let d): out.append(contentsOf: (d.isFinite ? "\(d)" : "null").utf8)
        case .string(let s): Self.writeString(s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            out.append(UInt8(ascii: "{"))
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                Self.writeString(pair.0, into: &out)
                out.append(UInt8(ascii: ":"))
                pair.1.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// An integer's decimal digits, written without making a string of them.
    public static func writeInt(_ value: Int, into out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var n = value.magnitude, count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
                count += 1
            } while n > 0
            out.append(contentsOf: buffer[(24 - count)...])
        }
    }

    /// - Parameter asEncoder: written as Foundation's `JSONEncoder` writes it (`\b` and `\f`, U+2028 and U+2029 as
    ///   they are), for answers that must match `API.encoder()` byte for byte.
    public static func writeString(_ s: String, into out: inout [UInt8], asEncoder: Bool = false) {
        out.append(UInt8(ascii: "\""))
        writeEscaped(s, into: &out, asEncoder: asEncoder)
        out.append(UInt8(ascii: "\""))
    }

    /// The text escaped for the inside of a JSON string literal (no quotes around it).
    public static func escaped(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        writeEscaped(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func writeEscaped(_ s: String, into out: inout [UInt8], asEncoder: Bool = false) {
        var copy = s
        copy.withUTF8 { bytes in
            // Runs that need no escape (nearly all of any text) are copied whole.
            var i = 0
            var run = 0
            func flush() {
                if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
            }
            while i < bytes.count {
                let b = bytes[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || (b == 0xE2 && !asEncoder) else {
                    i += 1
                    continue
                }
                switch b {
                case UInt8(ascii: "\""): flush(); out.append(92); out.append(34)
                case UInt8(ascii: "\\"): flush(); out.append(92); out.append(92)
                case 0x0A: flush(); out.append(92); out.append(UInt8(ascii: "n"))
                case 0x0D: flush(); out.append(92); out.append(UInt8(ascii: "r"))
                case 0x09: flush(); out.append(92); out.append(UInt8(ascii: "t"))
                case 0x08 where asEncoder: flush(); out.append(92); out.append(UInt8(ascii: "b"))
                case 0x0C where asEncoder: flush(); out.append(92); out.append(UInt8(ascii: "f"))
                case 0..<0x20:
                    flush()
                    out.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    flush()
                    out.append(contentsOf: [92, UInt8(ascii: "u"), 50, 48, 50, bytes[i + 2] == 0xA8 ? 56 : 57])
                    i += 2
                default:
                    i += 1
                    continue
                }
                i += 1
                run = i
            }
            flush()
        }
    }
}
