/// One language's messages, read from a gettext catalog (`Locales/<language>.po`, embedded in the binary by
/// `scripts/embed-catalogs`).
///
/// A translation marked `fuzzy` or left empty is not used: the English text is said instead, as gettext does.
public struct MessageCatalog: Sendable {
    /// msgid → the forms of its translation (one for a singular message, one per plural form otherwise); a message
    /// with a context is keyed `context` U+0004 `msgid`, as gettext does.
    public private(set) var entries: [String: [String]] = [:]
    /// Every entry as read, in order, fuzzy and empty ones included (for the catalog tests).
    public private(set) var all: [Entry] = []

    public struct Entry: Sendable, Hashable {
        public var context: String?
        public var id: String
        public var plural: String?
        public var translations: [String]
        public var fuzzy: Bool
        /// The line of its `msgid`.
        public var line: Int
    }

    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public init() {}

    /// Parses a `.po` file's text (over its UTF-8 bytes: a catalog is read at a process's first message).
    public init(po text: String) throws(ParseError) {
        enum Field { case context, id, plural, translation }
        var entry: Entry?
        var fuzzy = false
        var field: Field?
        var formIndex = 0

        func finish() {
            guard var done = entry else { return }
            done.fuzzy = fuzzy
            all.append(done)
            if !done.id.isEmpty, !done.fuzzy, !done.translations.isEmpty, done.translations.allSatisfy({ !$0.isEmpty }) {
                entries[done.context.map { $0 + "\u{4}" + done.id } ?? done.id] = done.translations
            }
            entry = nil
            fuzzy = false
            field = nil
        }

        let bytes = Array(text.utf8)
        var number = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            number += 1
            var line = bytes[lineStart..<lineEnd]
            if line.last == 0x0D { line = line.dropLast() }
            line = line.drop(while: { $0 == 0x20 || $0 == 0x09 })
            guard let first = line.first else { continue }
            if first == UInt8(ascii: "#") {
                if line.dropFirst().first == UInt8(ascii: ","), Self.contains(line, "fuzzy") {
                    if entry != nil && field != nil { finish() }
                    fuzzy = true
                }
                continue
            }
            if first == UInt8(ascii: "\"") {
                guard let current = field, entry != nil else { throw ParseError(line: number, message: "a continued string with nothing to continue") }
                let value = try Self.unquote(line, line: number)
                switch current {
                case .context: entry!.context! += value
                case .id: entry!.id += value
                case .plural: entry!.plural! += value
                case .translation: entry!.translations[formIndex] += value
                }
                continue
            }
            guard let space = line.firstIndex(where: { $0 == 0x20 || $0 == 0x09 }) else {
                throw ParseError(line: number, message: "expected a keyword and a quoted string")
            }
            let keyword = String(decoding: line[..<space], as: UTF8.self)
            let value = try Self.unquote(line[space...].drop(while: { $0 == 0x20 || $0 == 0x09 }), line: number)
            switch keyword {
            case "msgctxt":
                finish()
                entry = Entry(context: value, id: "", plural: nil, translations: [], fuzzy: false, line: number)
                field = .context
            case "msgid":
                if entry == nil || field != .context {
                    let keepFuzzy = fuzzy
                    finish()
                    fuzzy = keepFuzzy
                    entry = Entry(context: nil, id: "", plural: nil, translations: [], fuzzy: false, line: number)
                }
                entry!.id = value
                entry!.line = number
                field = .id
            case "msgid_plural":
                guard entry != nil, field == .id else { throw ParseError(line: number, message: "msgid_plural without a msgid before it") }
                entry!.plural = value
                field = .plural
            case "msgstr":
                guard entry != nil, field == .id else { throw ParseError(line: number, message: "msgstr without a msgid before it") }
                entry!.translations = [value]
                formIndex = 0
                field = .translation
            default:
                guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"),
                      let index = Int(keyword.dropFirst(7).dropLast()), entry != nil, entry!.plural != nil,
                      index == entry!.translations.count else {
                    throw ParseError(line: number, message: "unexpected \(keyword)")
                }
                entry!.translations.append(value)
                formIndex = index
                field = .translation
            }
        }
        finish()
    }

    private static func contains(_ line: ArraySlice<UInt8>, _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard line.count >= needle.count else { return false }
        var i = line.startIndex
        while i + needle.count <= line.endIndex {
            if line[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// The translation of `key` in plural form `form` (0 for a singular message), nil when there is none.
    public func text(for key: String, form: Int) -> String? {
        guard !entries.isEmpty, let forms = entries[key] else { return nil }
        return forms.indices.contains(form) ? forms[form] : forms.last
    }

    /// The gettext plural form for `count`: English `n != 1`, Chinese `0`.
    public static func pluralForm(_ count: Int, in language: MessageLanguage) -> Int {
        switch language {
        case .en: count == 1 ? 0 : 1
        case .zhCN: 0
        }
    }

    /// The number of plural forms a language has.
    public static func pluralForms(in language: MessageLanguage) -> Int {
        switch language {
        case .en: 2
        case .zhCN: 1
        }
    }

    /// The catalog embedded for `language`, parsed at its first use.
    public static func forLanguage(_ language: MessageLanguage) -> MessageCatalog {
        switch language {
        case .en: english
        case .zhCN: chinese
        }
    }

    private static let english = embedded("en")
    private static let chinese = embedded("zh_CN")

    private static func embedded(_ name: String) -> MessageCatalog {
        guard let text = sources.first(where: { $0.name == name })?.po else { return MessageCatalog() }
        // The embedded catalogs are checked by the tests; one that does not parse says English rather than nothing.
        return (try? MessageCatalog(po: text)) ?? MessageCatalog()
    }

    static func unquote(_ text: ArraySlice<UInt8>, line: Int) throws(ParseError) -> String {
        guard text.count >= 2, text.first == UInt8(ascii: "\""), text.last == UInt8(ascii: "\"") else {
            throw ParseError(line: line, message: "expected a string in double quotes")
        }
        let inner = text.dropFirst().dropLast()
        guard inner.contains(UInt8(ascii: "\\")) || inner.contains(UInt8(ascii: "\"")) else { return String(decoding: inner, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(inner.count)
        var i = inner.startIndex
        while i < inner.endIndex {
            let byte = inner[i]
            i += 1
            guard byte == UInt8(ascii: "\\") else {
                if byte == UInt8(ascii: "\"") { throw ParseError(line: line, message: "a double quote inside a string must be written \\\"") }
                out.append(byte)
                continue
            }
            guard i < inner.endIndex else { throw ParseError(line: line, message: "unknown escape \\") }
            let escaped = inner[i]
            i += 1
            switch escaped {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "\""): out.append(escaped)
            case UInt8(ascii: "\\"): out.append(escaped)
            default:
                // The escape named as written (a UTF-8 sequence is named by its whole character).
                var end = i
                while end < inner.endIndex, inner[end] & 0xC0 == 0x80 { end += 1 }
                throw ParseError(line: line, message: "unknown escape \\" + String(decoding: inner[(i - 1)..<end], as: UTF8.self))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
