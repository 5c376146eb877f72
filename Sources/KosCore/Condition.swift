/// A step's `if:` condition: a small expression language over draft fields and earlier findings.
///
/// ```
/// draft.platforms contains "douyin" && findings.warnings == 0
/// draft.has_price || "legal" in creator.groups
/// not (draft.products contains "SKU-2026-AJ1")
/// ```
/// Operators: `||`/`or`, `&&`/`and`, `!`/`not`, `==`, `!=`, `<`, `<=`, `>`, `>=`, `contains`, `in`.
/// Operands: dotted paths, "strings", numbers, true/false, null, and lists `["a", "b"]`.
/// There are no function calls, assignments or loops: it decides, it does not compute.
public indirect enum Condition: Hashable, Sendable {
    case literal(ConditionValue)
    case path([String], offset: Int)
    case list([Condition])
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case compare(Condition, Operator, Condition)

    public enum Operator: String, Hashable, Sendable {
        case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">=", contains, `in`
    }

    public struct ParseError: Error, Hashable, Sendable {
        public var message: String
        /// 0-based scalar offset of the problem in the condition text.
        public var offset: Int
    }

    /// Longest condition accepted; a condition is a sentence, not a program.
    public static let maxLength = 2_000
    static let maxDepth = 32

    public init(parsing text: String) throws(ParseError) {
        guard text.unicodeScalars.count <= Self.maxLength else {
            throw ParseError(message: tr("condition is longer than \(Self.maxLength) characters"), offset: 0)
        }
        var parser = ConditionParser(text)
        self = try parser.parseAll()
    }

    /// Every dotted path the condition reads, with its offset, for validation against known fields.
    public var paths: [(path: [String], offset: Int)] {
        switch self {
        case .literal: []
        case .path(let p, let o): [(p, o)]
        case .list(let items): items.flatMap(\.paths)
        case .not(let c): c.paths
        case .and(let a, let b), .or(let a, let b), .compare(let a, _, let b): a.paths + b.paths
        }
    }

    /// Evaluates the condition; unknown paths read as null.
    /// - Parameter lookup: the value at a dotted path, or nil when there is none.
    public func evaluate(_ lookup: ([String]) -> ConditionValue?) -> Bool { value(lookup).isTruthy }

    func value(_ lookup: ([String]) -> ConditionValue?) -> ConditionValue {
        switch self {
        case .literal(let v): return v
        case .path(let p, _): return lookup(p) ?? .null
        case .list(let items): return .list(items.map { $0.value(lookup) })
        case .not(let c): return .bool(!c.value(lookup).isTruthy)
        case .and(let a, let b): return .bool(a.value(lookup).isTruthy && b.value(lookup).isTruthy)
        case .or(let a, let b): return .bool(a.value(lookup).isTruthy || b.value(lookup).isTruthy)
        case .compare(let a, let op, let b):
            let l = a.value(lookup), r = b.value(lookup)
            switch op {
            case .eq: return .bool(l == r)
            case .ne: return .bool(l != r)
            case .lt, .le, .gt, .ge:
                guard case .number(let x) = l, case .number(let y) = r else { return .bool(false) }
                switch op {
                case .lt: return .bool(x < y)
                case .le: return .bool(x <= y)
                case .gt: return .bool(x > y)
                default: return .bool(x >= y)
                }
            case .contains: return .bool(l.contains(r))
            case .in: return .bool(r.contains(l))
            }
        }
    }
}

/// A value a condition works with.
public enum ConditionValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case list([ConditionValue])

    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let b): b
        case .number(let n): n != 0
        case .string(let s): !s.isEmpty
        case .list(let l): !l.isEmpty
        }
    }

    /// List membership, or substring for strings; case-sensitive, as brand names are.
    func contains(_ other: ConditionValue) -> Bool {
        switch (self, other) {
        case (.list(let items), _): items.contains(other)
        case (.string(let s), .string(let t)): s.contains(t)
        default: false
        }
    }
}

private struct ConditionParser {
    enum Token: Equatable {
        case ident(String), string(String), number(Double), op(String), end
    }

    let scalars: [Unicode.Scalar]
    var pos = 0
    var tokenStart = 0
    var token: Token = .end
    var depth = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    mutating func parseAll() throws(Condition.ParseError) -> Condition {
        try advance()
        guard token != .end else { throw Condition.ParseError(message: tr("empty condition"), offset: 0) }
        let c = try parseOr()
        guard token == .end else { throw Condition.ParseError(message: tr("unexpected \(describe(token))"), offset: tokenStart) }
        return c
    }

    func describe(_ t: Token) -> String {
        switch t {
        case .ident(let s): "'\(s)'"
        case .string(let s): "\"\(s)\""
        case .number(let n): "\(n)"
        case .op(let o): "'\(o)'"
        case .end: tr("end of condition")
        }
    }

    mutating func parseOr() throws(Condition.ParseError) -> Condition {
        var lhs = try parseAnd()
        while token == .op("||") || token == .ident("or") {
            try advance()
            lhs = .or(lhs, try parseAnd())
        }
        return lhs
    }

    mutating func parseAnd() throws(Condition.ParseError) -> Condition {
        var lhs = try parseUnary()
        while token == .op("&&") || token == .ident("and") {
            try advance()
            lhs = .and(lhs, try parseUnary())
        }
        return lhs
    }

    mutating func parseUnary() throws(Condition.ParseError) -> Condition {
        if token == .op("!") || token == .ident("not") {
            try enter()
            defer { depth -= 1 }
            try advance()
            return .not(try parseUnary())
        }
        let lhs = try parseOperand()
        let op: Condition.Operator?
        switch token {
        case .op(let o): op = Condition.Operator(rawValue: o)
        case .ident("contains"): op = .contains
        case .ident("in"): op = .in
        default: op = nil
        }
        guard let op else { return lhs }
        try advance()
        return .compare(lhs, op, try parseOperand())
    }

    mutating func enter() throws(Condition.ParseError) {
        depth += 1
        if depth > Condition.maxDepth {
            throw Condition.ParseError(message: tr("condition nests deeper than \(Condition.maxDepth) levels"), offset: tokenStart)
        }
    }

    mutating func parseOperand() throws(Condition.ParseError) -> Condition {
        let start = tokenStart
        switch token {
        case .string(let s): try advance(); return .literal(.string(s))
        case .number(let n): try advance(); return .literal(.number(n))
        case .ident("true"): try advance(); return .literal(.bool(true))
        case .ident("false"): try advance(); return .literal(.bool(false))
        case .ident("null"): try advance(); return .literal(.null)
        case .ident(let name) where !["and", "or", "not", "contains", "in"].contains(name):
            var path = [name]
            try advance()
            while token == .op(".") {
                try advance()
                guard case .ident(let next) = token else {
                    throw Condition.ParseError(message: tr("expected a field name after '.'"), offset: tokenStart)
                }
                path.append(next)
                try advance()
            }
            return .path(path, offset: start)
        case .op("("):
            try enter()
            defer { depth -= 1 }
            try advance()
            let inner = try parseOr()
            guard token == .op(")") else { throw Condition.ParseError(message: tr("expected ')' to close the '(' at offset \(start)"), offset: tokenStart) }
            try advance()
            return inner
        case .op("["):
            try advance()
            var items: [Condition] = []
            if token == .op("]") { try advance(); return .list(items) }
            while true {
                let itemStart = tokenStart
                let item = try parseOperand()
                if case .path = item { throw Condition.ParseError(message: tr("list items must be literals"), offset: itemStart) }
                items.append(item)
                if token == .op(",") { try advance(); continue }
                guard token == .op("]") else { throw Condition.ParseError(message: tr("expected ',' or ']' in the list"), offset: tokenStart) }
                try advance()
                return .list(items)
            }
        default:
            throw Condition.ParseError(message: tr("expected a field, a value or '(' but found \(describe(token))"), offset: tokenStart)
        }
    }

    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (c == " " || c == "\t" || c == "\n" || c == "\r") : c.properties.isWhitespace
    }

    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (("a"..."z").contains(c) || ("A"..."Z").contains(c)) : c.properties.isAlphabetic
    }

    mutating func advance() throws(Condition.ParseError) {
        while pos < scalars.count, Self.isSpace(scalars[pos]) { pos += 1 }
        tokenStart = pos
        guard pos < scalars.count else { token = .end; return }
        let c = scalars[pos]
        if c == "\"" || c == "'" {
            pos += 1
            var text: [Unicode.Scalar] = []
            while pos < scalars.count, scalars[pos] != c {
                if scalars[pos] == "\\", pos + 1 < scalars.count { pos += 1 }
                text.append(scalars[pos])
                pos += 1
            }
            guard pos < scalars.count else { throw Condition.ParseError(message: tr("unterminated string"), offset: tokenStart) }
            pos += 1
            token = .string(String(scalars: text))
            return
        }
        if ("0"..."9").contains(c) || (c == "-" && pos + 1 < scalars.count && ("0"..."9").contains(scalars[pos + 1])) {
            var s = String(c)
            pos += 1
            while pos < scalars.count, ("0"..."9").contains(scalars[pos]) || scalars[pos] == "." { s.unicodeScalars.append(scalars[pos]); pos += 1 }
            guard let n = Double(s) else { throw Condition.ParseError(message: tr("'\(s)' is not a number"), offset: tokenStart) }
            token = .number(n)
            return
        }
        if Self.isLetter(c) || c == "_" {
            let start = pos
            while pos < scalars.count, Self.isLetter(scalars[pos]) || ("0"..."9").contains(scalars[pos]) || scalars[pos] == "_" || scalars[pos] == "-" {
                pos += 1
            }
            token = .ident(String(scalars: scalars[start..<pos]))
            return
        }
        if pos + 1 < scalars.count {
            let pair = (scalars[pos], scalars[pos + 1])
            let two: String? = switch pair {
            case ("&", "&"): "&&"
            case ("|", "|"): "||"
            case ("=", "="): "=="
            case ("!", "="): "!="
            case ("<", "="): "<="
            case (">", "="): ">="
            default: nil
            }
            if let two {
                pos += 2
                token = .op(two)
                return
            }
        }
        switch c {
        case "!", "<", ">", "(", ")", ".", "[", "]", ",":
            pos += 1
            token = .op(String(c))
            return
        default:
            break
        }
        if c == "=" { throw Condition.ParseError(message: tr("use '==' to compare"), offset: tokenStart) }
        throw Condition.ParseError(message: tr("unexpected character '\(c)'"), offset: tokenStart)
    }
}
