/// YAML 1.2 core schema resolution of plain scalars (https://yaml.org/spec/1.2.2/#1032-tag-resolution).
///
/// `yes`, `no`, `on`, `off`, `y` and `n` are strings here, unlike YAML 1.1: a compliance officer writing
/// `country: NO` means Norway.
enum CoreSchema {
    static let nullTag = "tag:yaml.org,2002:null"
    static let boolTag = "tag:yaml.org,2002:bool"
    static let intTag = "tag:yaml.org,2002:int"
    static let floatTag = "tag:yaml.org,2002:float"
    static let strTag = "tag:yaml.org,2002:str"
    static let seqTag = "tag:yaml.org,2002:seq"
    static let mapTag = "tag:yaml.org,2002:map"
    static let scalarTags: Set<String> = [nullTag, boolTag, intTag, floatTag, strTag]

    /// The value of an untagged plain scalar.
    static func resolvePlain(_ text: String) -> YAMLValue {
        // Every null, bool, int and float spelling is empty or starts with one of these ASCII characters: any other
        // text (a title, a hashtag, most of what a draft says) is a string without being compared to each spelling.
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            // Only null and bool are spelt with a letter or `~` first, none in more than five characters.
            guard text.utf8.count <= 5 else { return .string(text) }
            return null(text) ?? bool(text) ?? .string(text)
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return int(text) ?? float(text) ?? .string(text)
        default:
            return .string(text)
        }
    }

    static func null(_ text: String) -> YAMLValue? {
        switch text {
        case "", "~", "null", "Null", "NULL": .null
        default: nil
        }
    }

    static func bool(_ text: String) -> YAMLValue? {
        switch text {
        case "true", "True", "TRUE": .bool(true)
        case "false", "False", "FALSE": .bool(false)
        default: nil
        }
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`; nil when the text is not an int. Overflow is `.float`.
    static func int(_ text: String) -> YAMLValue? {
        let u = Array(text.utf8)
        guard !u.isEmpty else { return nil }
        if u.count > 2, u[0] == UInt8(ascii: "0"), u[1] == UInt8(ascii: "o") {
            guard u[2...].allSatisfy({ (48...55).contains($0) }) else { return nil }
            return Int(text.dropFirst(2), radix: 8).map(YAMLValue.int) ?? overflow(text)
        }
        if u.count > 2, u[0] == UInt8(ascii: "0"), u[1] == UInt8(ascii: "x") {
            guard u[2...].allSatisfy({ isHex($0) }) else { return nil }
            return Int(text.dropFirst(2), radix: 16).map(YAMLValue.int) ?? overflow(text)
        }
        var i = 0
        if u[0] == UInt8(ascii: "-") || u[0] == UInt8(ascii: "+") { i = 1 }
        guard i < u.count, u[i...].allSatisfy({ isDigit($0) }) else { return nil }
        return Int(text.hasPrefix("+") ? String(text.dropFirst()) : text).map(YAMLValue.int) ?? overflow(text)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.inf`, `.nan`.
    static func float(_ text: String) -> YAMLValue? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        let u = Array(text.utf8)
        var i = 0
        if i < u.count, u[i] == UInt8(ascii: "-") || u[i] == UInt8(ascii: "+") { i += 1 }
        var intDigits = 0
        while i < u.count, isDigit(u[i]) { i += 1; intDigits += 1 }
        var fracDigits = 0
        if i < u.count, u[i] == UInt8(ascii: ".") {
            i += 1
            while i < u.count, isDigit(u[i]) { i += 1; fracDigits += 1 }
        } else if intDigits == 0 {
            return nil
        }
        guard intDigits > 0 || fracDigits > 0 else { return nil }
        if i < u.count, u[i] == UInt8(ascii: "e") || u[i] == UInt8(ascii: "E") {
            i += 1
            if i < u.count, u[i] == UInt8(ascii: "-") || u[i] == UInt8(ascii: "+") { i += 1 }
            var expDigits = 0
            while i < u.count, isDigit(u[i]) { i += 1; expDigits += 1 }
            guard expDigits > 0 else { return nil }
        }
        guard i == u.count, let d = Double(text.hasPrefix("+") ? String(text.dropFirst()) : text) else { return nil }
        return .float(d)
    }

    private static func overflow(_ text: String) -> YAMLValue? {
        Double(text.hasPrefix("+") ? String(text.dropFirst()) : text).map(YAMLValue.float)
    }

    private static func isDigit(_ c: UInt8) -> Bool { (48...57).contains(c) }
    private static func isHex(_ c: UInt8) -> Bool { isDigit(c) || (65...70).contains(c) || (97...102).contains(c) }
}
