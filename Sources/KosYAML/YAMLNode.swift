public import KosCore

/// A loaded YAML node: a scalar, a sequence or a mapping, with the place it starts.
public struct YAMLNode: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    /// 1-based line and column of the node's first character.
    public var location: SourceLocation
    /// The explicit tag, fully resolved (`tag:yaml.org,2002:str`), or nil when the node had none.
    public var tag: String?

    public init(content: Content, location: SourceLocation, tag: String? = nil) {
        self.content = content
        self.location = location
        self.tag = tag
    }

    /// Structural equality ignoring marks and tags: what two nodes mean, not where they are.
    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool { lhs.content == rhs.content }

    public var scalar: YAMLScalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let s) = content { return s }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let m) = content { return m }
        return nil
    }

    /// The value of the first pair whose key is the string `key`.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        // Matched in place: no node, scalar or value is copied to compare a key.
        for i in pairs.indices {
            if case .scalar(let s) = pairs[i].key.content, case .string(let k) = s.value, k == key { return pairs[i].value }
        }
        return nil
    }

    /// A word for the node's type as a compliance officer would read it in an error.
    public var kindName: String {
        switch content {
        case .sequence: tr("a list")
        case .mapping: tr("a mapping")
        case .scalar(let s):
            switch s.value {
            case .null: tr("null")
            case .bool: tr("a boolean")
            case .int: tr("an integer")
            case .float: tr("a number")
            case .string: tr("a string")
            }
        }
    }

    /// The plain data the node stands for (nil for null), as Foundation's JSON would hold it.
    public var plainValue: Any? {
        switch content {
        case .scalar(let s):
            switch s.value {
            case .null: return nil
            case .bool(let b): return b
            case .int(let i): return i
            case .float(let d): return d
            case .string(let t): return t
            }
        case .sequence(let items): return items.map { $0.plainValue as Any }
        case .mapping(let pairs):
            var out: [String: Any] = [:]
            for pair in pairs { out[pair.key.scalar?.text ?? "\(pair.key)"] = pair.value.plainValue as Any }
            return out
        }
    }
}

/// One key/value entry of a mapping, in document order.
public struct YAMLPair: Sendable, Equatable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A scalar's source text, how it was written, and its value under the YAML 1.2 core schema.
public struct YAMLScalar: Sendable, Equatable {
    public enum Style: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var text: String
    public var style: Style
    public var value: YAMLValue

    public init(text: String, style: Style, value: YAMLValue) {
        self.text = text
        self.style = style
        self.value = value
    }

    public static func == (lhs: YAMLScalar, rhs: YAMLScalar) -> Bool { lhs.value == rhs.value }
}

/// The core-schema value of a scalar.
public enum YAMLValue: Sendable, Equatable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
}

/// One document of a YAML stream.
public struct YAMLDocument: Sendable {
    public var root: YAMLNode
    /// Where the document starts (its `---` or its first node).
    public var location: SourceLocation

    public init(root: YAMLNode, location: SourceLocation) {
        self.root = root
        self.location = location
    }
}
