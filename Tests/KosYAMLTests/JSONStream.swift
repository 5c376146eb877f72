import Foundation

/// A JSON value as the yaml-test-suite's `in.json` holds it.
enum JSONValue: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let b): "\(b)"
        case .number(let d): "\(d)"
        case .string(let s): "\"\(s)\""
        case .array(let a): "[" + a.map(\.description).joined(separator: ", ") + "]"
        case .object(let o): "{" + o.keys.sorted().map { "\"\($0)\": \(o[$0]!)" }.joined(separator: ", ") + "}"
        }
    }
}

/// Parses a stream of concatenated JSON texts (Foundation's parser takes only one).
struct JSONStreamParser {
    struct Failure: Error { var offset: Int }

    private let bytes: [UInt8]
    private var i = 0

    init(_ data: Data) { bytes = Array(data) }

    static func parseAll(_ data: Data) throws -> [JSONValue] {
        var p = JSONStreamParser(data)
        var out: [JSONValue] = []
        p.skipSpace()
        while p.i < p.bytes.count {
            out.append(try p.value())
            p.skipSpace()
        }
        return out
    }

    private mutating func skipSpace() {
        while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
    }

    private mutating func value() throws -> JSONValue {
        skipSpace()
        guard i < bytes.count else { throw Failure(offset: i) }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var obj: [String: JSONValue] = [:]
            skipSpace()
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(obj) }
            while true {
                skipSpace()
                guard case .string(let k) = try value() else { throw Failure(offset: i) }
                skipSpace()
                guard bytes[i] == UInt8(ascii: ":") else { throw Failure(offset: i) }
                i += 1
                obj[k] = try value()
                skipSpace()
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                guard bytes[i] == UInt8(ascii: "}") else { throw Failure(offset: i) }
                i += 1
                return .object(obj)
            }
        case UInt8(ascii: "["):
            i += 1
            var arr: [JSONValue] = []
            skipSpace()
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(arr) }
            while true {
                arr.append(try value())
                skipSpace()
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                guard bytes[i] == UInt8(ascii: "]") else { throw Failure(offset: i) }
                i += 1
                return .array(arr)
            }
        case UInt8(ascii: "\""):
            let start = i
            i += 1
            var escaped = false
            while i < bytes.count {
                if escaped { escaped = false } else if bytes[i] == UInt8(ascii: "\\") { escaped = true } else if bytes[i] == UInt8(ascii: "\"") { break }
                i += 1
            }
            i += 1
            let slice = Data(bytes[start..<i])
            guard let s = try JSONSerialization.jsonObject(with: slice, options: .fragmentsAllowed) as? String else { throw Failure(offset: start) }
            return .string(s)
        case UInt8(ascii: "t"): i += 4; return .bool(true)
        case UInt8(ascii: "f"): i += 5; return .bool(false)
        case UInt8(ascii: "n"): i += 4; return .null
        default:
            let start = i
            while i < bytes.count, "+-0123456789.eE".utf8.contains(bytes[i]) { i += 1 }
            guard let d = Double(String(decoding: bytes[start..<i], as: UTF8.self)) else { throw Failure(offset: start) }
            return .number(d)
        }
    }
}
