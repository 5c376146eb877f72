internal import CYAML
public import KosCore

/// Loads YAML streams into node trees over libyaml's event API, with hostile-input limits.
///
/// The limits are checked on every event, so a document that crosses one stops the parse at once:
/// libyaml itself has no depth limit and is quadratic on deep nesting.
public struct YAMLLoader: Sendable {
    /// Limits and strictness. The defaults are the ones for workflow definitions.
    public struct Options: Sendable {
        /// Deepest nesting of sequences and mappings.
        public var maxDepth = 64
        /// Most nodes in the stream, counting each alias as the nodes it expands to.
        public var maxNodes = 100_000
        /// Largest input in bytes.
        public var maxBytes = 1 << 20
        /// Refuse tags outside the core schema (`!!str`, `!!int`, …, and the non-specific `!`).
        public var coreTagsOnly = true
        /// Refuse the YAML 1.1 merge key `<<`.
        public var rejectMergeKeys = true

        public init() {}

        /// Accept any tag (ignored) and `<<` as an ordinary key: for YAML that is not a definition.
        public static var permissive: Options {
            var o = Options()
            o.coreTagsOnly = false
            o.rejectMergeKeys = false
            return o
        }
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// Loads every document of `text`.
    /// - Parameters:
    ///   - text: the YAML source.
    ///   - file: the name to put in diagnostics.
    public func load(_ text: String, file: String? = nil) throws(Diagnostic) -> [YAMLDocument] {
        var copy = text
        let result = copy.withUTF8 { buffer in
            Result { () throws(Diagnostic) in try load(bytes: buffer, file: file) }
        }
        return try result.get()
    }

    /// Loads every document of raw bytes; invalid UTF-8 is reported with its position.
    public func load(bytes: UnsafeBufferPointer<UInt8>, file: String? = nil) throws(Diagnostic) -> [YAMLDocument] {
        let (documents, problems) = try loadReportingAll(bytes: bytes, file: file)
        if let first = problems.first { throw first }
        return documents
    }

    /// Loads every document, collecting the problems the parse can continue past (duplicate and merge keys,
    /// unsupported tags) so a user sees them all at once; malformed YAML and crossed limits still stop it.
    /// A duplicate key keeps its first value.
    public func loadReportingAll(bytes: UnsafeBufferPointer<UInt8>, file: String? = nil) throws(Diagnostic) -> (documents: [YAMLDocument], problems: [Diagnostic]) {
        guard bytes.count <= options.maxBytes else {
            throw Diagnostic(
                code: YAMLErrorCode.tooLarge,
                message: tr("input is \(bytes.count) bytes; the limit is \(options.maxBytes) bytes"),
                file: file)
        }
        var composer = Composer(options: options, file: file)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Diagnostic(code: YAMLErrorCode.syntax, message: tr("out of memory starting the YAML parser"), file: file)
        }
        defer { yaml_parser_delete(&parser) }
        let base = bytes.baseAddress ?? UnsafePointer<UInt8>(bitPattern: 1)!
        yaml_parser_set_input_string(&parser, base, bytes.count)

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw Self.parserError(parser, bytes: bytes, file: file)
            }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { break }
            try composer.handle(event)
        }
        return (composer.documents, composer.problems)
    }

    private static func parserError(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>, file: String?) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
        let said = Self.libyamlText(problem)
        if parser.error == YAML_READER_ERROR {
            // libyaml names the bad continuation byte; point at the character it breaks, where the reader sees it.
            var start = min(parser.problem_offset, bytes.count)
            if problem.contains("trailing") {
                while start > 0, bytes[start - 1] & 0xC0 == 0x80 { start -= 1 }
                if start > 0, bytes[start - 1] >= 0xC0 { start -= 1 }
            }
            let loc = location(ofByte: start, in: bytes)
            return Diagnostic(
                code: YAMLErrorCode.encoding, message: tr("\(said) at byte \(parser.problem_offset): the file must be UTF-8"),
                file: file, location: loc)
        }
        var message = said
        if let context = parser.context {
            let ctx = Self.libyamlText(String(cString: context))
            message = tr("\(said) \(ctx) started at \(parser.context_mark.line + 1):\(parser.context_mark.column + 1)")
        }
        return Diagnostic(
            code: YAMLErrorCode.syntax, message: message, file: file,
            location: SourceLocation(line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1))
    }

    /// libyaml's words for a problem or its context (`did not find expected key`, `while parsing a block mapping`)
    /// in the reader's language; words it has that are not listed here stay as libyaml says them.
    static func libyamlText(_ text: String) -> String {
        switch text {
        case "malformed YAML": tr("malformed YAML")
        case "block sequence entries are not allowed in this context": tr("block sequence entries are not allowed in this context")
        case "mapping keys are not allowed in this context": tr("mapping keys are not allowed in this context")
        case "mapping values are not allowed in this context": tr("mapping values are not allowed in this context")
        case "control characters are not allowed": tr("control characters are not allowed")
        case "could not find expected ':'": tr("could not find expected ':'")
        case "did not find expected ',' or ']'": tr("did not find expected ',' or ']'")
        case "did not find expected ',' or '}'": tr("did not find expected ',' or '}'")
        case "did not find expected '-' indicator": tr("did not find expected '-' indicator")
        case "did not find expected <document start>": tr("did not find expected <document start>")
        case "did not find expected alphabetic or numeric character": tr("did not find expected alphabetic or numeric character")
        case "did not find expected comment or line break": tr("did not find expected comment or line break")
        case "did not find expected hexdecimal number": tr("did not find expected hexdecimal number")
        case "did not find expected key": tr("did not find expected key")
        case "did not find expected node content": tr("did not find expected node content")
        case "did not find expected whitespace": tr("did not find expected whitespace")
        case "did not find expected whitespace or line break": tr("did not find expected whitespace or line break")
        case "found a tab character that violates indentation": tr("found a tab character that violates indentation")
        case "found a tab character where an indentation space is expected": tr("found a tab character where an indentation space is expected")
        case "found an indentation indicator equal to 0": tr("found an indentation indicator equal to 0")
        case "found character that cannot start any token": tr("found character that cannot start any token")
        case "found duplicate anchor; first occurrence": tr("found duplicate anchor; first occurrence")
        case "found invalid Unicode character escape code": tr("found invalid Unicode character escape code")
        case "found undefined alias": tr("found undefined alias")
        case "found undefined tag handle": tr("found undefined tag handle")
        case "found unexpected ':'": tr("found unexpected ':'")
        case "found unexpected document indicator": tr("found unexpected document indicator")
        case "found unexpected end of stream": tr("found unexpected end of stream")
        case "found unknown escape character": tr("found unknown escape character")
        case "incomplete UTF-8 octet sequence": tr("incomplete UTF-8 octet sequence")
        case "invalid Unicode character": tr("invalid Unicode character")
        case "invalid leading UTF-8 octet": tr("invalid leading UTF-8 octet")
        case "invalid length of a UTF-8 sequence": tr("invalid length of a UTF-8 sequence")
        case "invalid trailing UTF-8 octet": tr("invalid trailing UTF-8 octet")
        case "while parsing a block collection": tr("while parsing a block collection")
        case "while parsing a block mapping": tr("while parsing a block mapping")
        case "while parsing a block node": tr("while parsing a block node")
        case "while parsing a flow mapping": tr("while parsing a flow mapping")
        case "while parsing a flow node": tr("while parsing a flow node")
        case "while parsing a flow sequence": tr("while parsing a flow sequence")
        case "while parsing a node": tr("while parsing a node")
        case "while parsing a tag": tr("while parsing a tag")
        case "while scanning a block scalar": tr("while scanning a block scalar")
        case "while scanning a directive": tr("while scanning a directive")
        case "while scanning a plain scalar": tr("while scanning a plain scalar")
        case "while scanning a quoted scalar": tr("while scanning a quoted scalar")
        case "while scanning a simple key": tr("while scanning a simple key")
        case "while scanning a tag": tr("while scanning a tag")
        case "while scanning an alias": tr("while scanning an alias")
        case "while scanning an anchor": tr("while scanning an anchor")
        case "while scanning for the next token": tr("while scanning for the next token")
        default: text
        }
    }

    /// Line and column (in scalars) of a byte offset, decoding leniently up to it.
    static func location(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        var line = 1
        var column = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            let b = bytes[i]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return SourceLocation(line: line, column: column)
    }
}

/// Builds nodes from events, enforcing the limits and the schema rules.
private struct Composer {
    struct Frame {
        var isMapping: Bool
        var location: SourceLocation
        var tag: String?
        var anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        var pendingDuplicate = false
        /// Where each scalar key was first written, kept once a mapping has `indexedFrom` pairs: a smaller one
        /// is searched in place, without hashing its keys.
        var keyIndex: [YAMLValue: SourceLocation]?
        var nodeCount = 1
    }

    let options: YAMLLoader.Options
    let file: String?
    var documents: [YAMLDocument] = []
    /// Problems the parse continued past.
    var problems: [Diagnostic] = []
    var stack: [Frame] = []
    var anchors: [String: (node: YAMLNode, count: Int)] = [:]
    var totalNodes = 0
    var documentStart = SourceLocation(line: 1, column: 1)

    init(options: YAMLLoader.Options, file: String?) {
        self.options = options
        self.file = file
    }

    func mark(_ m: yaml_mark_t) -> SourceLocation { SourceLocation(line: m.line + 1, column: m.column + 1) }

    func error(_ code: String, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(code: code, message: message, file: file, location: location)
    }

    mutating func handle(_ event: yaml_event_t) throws(Diagnostic) {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documentStart = mark(event.start_mark)
            anchors = [:]
        case YAML_DOCUMENT_END_EVENT, YAML_STREAM_START_EVENT, YAML_NO_EVENT:
            break
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let loc = mark(event.start_mark)
            let text = s.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: s.length), as: UTF8.self) } ?? ""
            let tag = s.tag.map { String(cString: $0) }
            let style: YAMLScalar.Style = switch s.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: .literal
            case YAML_FOLDED_SCALAR_STYLE: .folded
            default: .plain
            }
            let value = try resolve(text: text, style: style, tag: tag, at: loc)
            let node = YAMLNode(content: .scalar(YAMLScalar(text: text, style: style, value: value)), location: loc, tag: tag == "!" ? nil : tag)
            try count(1, at: loc)
            try add(node, count: 1, anchor: s.anchor.map { String(cString: $0) })
        case YAML_ALIAS_EVENT:
            let loc = mark(event.start_mark)
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            guard let target = anchors[name] else {
                throw error(YAMLErrorCode.undefinedAlias, tr("alias '*\(name)' refers to no anchor defined before it"), at: loc)
            }
            try count(target.count, at: loc)
            var node = target.node
            node.location = loc
            try add(node, count: target.count, anchor: nil)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let loc = mark(event.start_mark)
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let rawTag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
            let rawAnchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            let tag = rawTag.map { String(cString: $0) }
            if stack.count >= options.maxDepth {
                throw error(YAMLErrorCode.tooDeep, tr("nesting deeper than \(options.maxDepth) levels"), at: loc)
            }
            try checkCollectionTag(tag, isMapping: isMapping, at: loc)
            try count(1, at: loc)
            stack.append(Frame(isMapping: isMapping, location: loc, tag: tag == "!" ? nil : tag, anchor: rawAnchor.map { String(cString: $0) }))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = stack.removeLast()
            let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
            try add(YAMLNode(content: content, location: frame.location, tag: frame.tag), count: frame.nodeCount, anchor: frame.anchor)
        default:
            break
        }
    }

    mutating func count(_ n: Int, at loc: SourceLocation) throws(Diagnostic) {
        totalNodes += n
        if totalNodes > options.maxNodes {
            throw error(
                YAMLErrorCode.tooManyNodes,
                tr("more than \(options.maxNodes) nodes after expanding aliases; is this an alias bomb?"), at: loc)
        }
    }

    mutating func add(_ node: consuming YAMLNode, count: Int, anchor: String?) throws(Diagnostic) {
        if let anchor { anchors[anchor] = (node, count) }
        guard !stack.isEmpty else {
            documents.append(YAMLDocument(root: node, location: documentStart))
            return
        }
        stack[stack.count - 1].nodeCount += count
        if !stack[stack.count - 1].isMapping {
            stack[stack.count - 1].items.append(node)
            return
        }
        guard let key = stack[stack.count - 1].pendingKey.take() else {
            if options.rejectMergeKeys, let s = node.scalar, s.style == .plain, s.text == "<<", node.tag == nil {
                problems.append(error(YAMLErrorCode.mergeKey, tr("merge keys ('<<') are not supported; write the keys out"), at: node.location))
            }
            stack[stack.count - 1].pendingDuplicate = !checkDuplicate(node)
            stack[stack.count - 1].pendingKey = node
            return
        }
        if !stack[stack.count - 1].pendingDuplicate {
            stack[stack.count - 1].pairs.append(YAMLPair(key: key, value: node))
        }
        stack[stack.count - 1].pendingDuplicate = false
    }

    static let indexedFrom = 16

    /// Where the scalar key `value` was first written in the mapping on top of the stack.
    func firstKey(_ value: YAMLValue) -> SourceLocation? {
        let top = stack.count - 1
        if let index = stack[top].keyIndex { return index[value] }
        for pair in stack[top].pairs {
            if case .scalar(let k) = pair.key.content, k.value == value { return pair.key.location }
        }
        return nil
    }

    /// Records a duplicate key as a problem; false when the key was seen before in this mapping.
    mutating func checkDuplicate(_ key: YAMLNode) -> Bool {
        let top = stack.count - 1
        if let s = key.scalar {
            if let first = firstKey(s.value) {
                problems.append(error(YAMLErrorCode.duplicateKey, tr("duplicate key '\(s.text)' (first at \(first))"), at: key.location))
                return false
            }
            if stack[top].keyIndex != nil {
                stack[top].keyIndex![s.value] = key.location
            } else if stack[top].pairs.count + 1 >= Self.indexedFrom {
                var index: [YAMLValue: SourceLocation] = [s.value: key.location]
                for pair in stack[top].pairs {
                    if case .scalar(let k) = pair.key.content, index[k.value] == nil { index[k.value] = pair.key.location }
                }
                stack[top].keyIndex = index
            }
        } else if let first = stack[top].pairs.first(where: { $0.key == key }) {
            problems.append(error(YAMLErrorCode.duplicateKey, tr("duplicate key (first at \(first.key.location))"), at: key.location))
            return false
        }
        return true
    }

    mutating func checkCollectionTag(_ tag: String?, isMapping: Bool, at loc: SourceLocation) throws(Diagnostic) {
        guard let tag, tag != "!" else { return }
        let expected = isMapping ? CoreSchema.mapTag : CoreSchema.seqTag
        if tag == expected { return }
        if CoreSchema.scalarTags.contains(tag) || tag == CoreSchema.mapTag || tag == CoreSchema.seqTag {
            throw error(YAMLErrorCode.tagMismatch, isMapping ? tr("tag '\(shortTag(tag))' cannot be given to a mapping") : tr("tag '\(shortTag(tag))' cannot be given to a list"),
                        at: loc)
        }
        if options.coreTagsOnly {
            problems.append(error(YAMLErrorCode.unsupportedTag, tr("unsupported tag '\(shortTag(tag))'; only the YAML 1.2 core tags are allowed"), at: loc))
        }
    }

    mutating func resolve(text: String, style: YAMLScalar.Style, tag: String?, at loc: SourceLocation) throws(Diagnostic) -> YAMLValue {
        guard let tag, tag != "?" else {
            return style == .plain ? CoreSchema.resolvePlain(text) : .string(text)
        }
        let resolved: YAMLValue?
        switch tag {
        case "!": return .string(text)
        case CoreSchema.strTag: return .string(text)
        case CoreSchema.nullTag: resolved = CoreSchema.null(text)
        case CoreSchema.boolTag: resolved = CoreSchema.bool(text)
        case CoreSchema.intTag: resolved = CoreSchema.int(text)
        case CoreSchema.floatTag: resolved = CoreSchema.float(text) ?? CoreSchema.int(text).flatMap {
            if case .int(let i) = $0 { .float(Double(i)) } else { $0 }
        }
        case CoreSchema.seqTag, CoreSchema.mapTag:
            throw error(YAMLErrorCode.tagMismatch, tr("tag '\(shortTag(tag))' cannot be given to a scalar"), at: loc)
        default:
            if options.coreTagsOnly {
                problems.append(error(YAMLErrorCode.unsupportedTag, tr("unsupported tag '\(shortTag(tag))'; only the YAML 1.2 core tags are allowed"), at: loc))
            }
            return style == .plain ? CoreSchema.resolvePlain(text) : .string(text)
        }
        guard let resolved else {
            throw error(YAMLErrorCode.tagMismatch, tr("'\(text)' is not a valid \(shortTag(tag))"), at: loc)
        }
        return resolved
    }

    func shortTag(_ tag: String) -> String {
        tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
    }
}
