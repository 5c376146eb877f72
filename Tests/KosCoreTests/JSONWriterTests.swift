import KosTesting
import Testing

@testable import KosCore

/// The JSON writer's strings and numbers, against plain references.
@Suite struct JSONWriterTests {
    /// Escaped one byte at a time, the plain reading of RFC 8259 (and of JSONEncoder for `asEncoder`): the reference.
    static func reference(_ s: String, asEncoder: Bool) -> [UInt8] {
        var out: [UInt8] = [34]
        let bytes = Array(s.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 34: out += [92, 34]
            case 92: out += [92, 92]
            case 0x0A: out += [92, 110]
            case 0x0D: out += [92, 114]
            case 0x09: out += [92, 116]
            case 0x08 where asEncoder: out += [92, 98]
            case 0x0C where asEncoder: out += [92, 102]
            case 0..<0x20: out += Array("\\u00".utf8) + [JSON.hex[Int(b >> 4)], JSON.hex[Int(b & 0xF)]]
            case 0xE2 where !asEncoder && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                out += Array("\\u202".utf8) + [bytes[i + 2] == 0xA8 ? 56 : 57]
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        return out + [34]
    }

    @Test func stringsAreEscapedAsByteByByte() {
        var rng = SeededGenerator(seed: 20261207)
        let pieces = ["a", "款", "最好的面料", "\"", "\\", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{1}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}",
                      "\u{2027}", "—", "…", "🔥", "é", String(repeating: "x", count: 17), String(repeating: "全网", count: 9)]
        for _ in 0..<3_000 {
            let s = (0..<rng.int(0...40)).map { _ in rng.pick(pieces) }.joined()
            for asEncoder in [false, true] {
                var out: [UInt8] = []
                JSON.writeString(s, into: &out, asEncoder: asEncoder)
                #expect(out == Self.reference(s, asEncoder: asEncoder), "\(s.debugDescription)")
            }
        }
    }

    @Test(arguments: [0, 1, -1, 9, 10, 99, 100, -100, 123_456_789, Int.max, Int.min, Int(Int32.max), -7_000_000_000])
    func integersAreTheirDigits(value: Int) {
        var out: [UInt8] = []
        JSON.writeInt(value, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == String(value))
        #expect(JSON.int(value).text == String(value))
    }
}
