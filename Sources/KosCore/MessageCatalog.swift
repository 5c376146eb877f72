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

    /// Parses a `.po` file's text.
    public init(po text: String) throws(ParseError) {
        var entry: Entry?
        var fuzzy = false
        var field: String?
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

        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw[...]
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("#") {
                if trimmed.hasPrefix("#,") && trimmed.contains("fuzzy") {
                    if entry != nil && field != nil { finish() }
                    fuzzy = true
                }
                continue
            }
            if trimmed.hasPrefix("\"") {
                guard field != nil, entry != nil else { throw ParseError(line: number, message: "a continued string with nothing to continue") }
                let value = try Self.unquote(trimmed, line: number)
                switch field {
                case "msgctxt": entry!.context! += value
                case "msgid": entry!.id += value
                case "msgid_plural": entry!.plural! += value
                default: entry!.translations[formIndex] += value
                }
                continue
            }
            guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                throw ParseError(line: number, message: "expected a keyword and a quoted string")
            }
            let keyword = String(trimmed[..<space])
            let value = try Self.unquote(trimmed[space...].drop(while: { $0 == " " || $0 == "\t" }), line: number)
            switch keyword {
            case "msgctxt":
                finish()
                entry = Entry(context: value, id: "", plural: nil, translations: [], fuzzy: false, line: number)
                field = "msgctxt"
            case "msgid":
                if entry == nil || field != "msgctxt" {
                    let keepFuzzy = fuzzy
                    finish()
                    fuzzy = keepFuzzy
                    entry = Entry(context: nil, id: "", plural: nil, translations: [], fuzzy: false, line: number)
                }
                entry!.id = value
                entry!.line = number
                field = "msgid"
            case "msgid_plural":
                guard entry != nil, field == "msgid" else { throw ParseError(line: number, message: "msgid_plural without a msgid before it") }
                entry!.plural = value
                field = "msgid_plural"
            case "msgstr":
                guard entry != nil, field == "msgid" else { throw ParseError(line: number, message: "msgstr without a msgid before it") }
                entry!.translations = [value]
                formIndex = 0
                field = "msgstr"
            default:
                guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"),
                      let index = Int(keyword.dropFirst(7).dropLast()), entry != nil, entry!.plural != nil,
                      index == entry!.translations.count else {
                    throw ParseError(line: number, message: "unexpected \(keyword)")
                }
                entry!.translations.append(value)
                formIndex = index
                field = "msgstr"
            }
        }
        finish()
    }

    /// The translation of `key` in plural form `form` (0 for a singular message), nil when there is none.
    public func text(for key: String, form: Int) -> String? {
        guard let forms = entries[key] else { return nil }
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

    static func unquote(_ text: Substring, line: Int) throws(ParseError) -> String {
        guard text.count >= 2, text.first == "\"", text.last == "\"" else {
            throw ParseError(line: line, message: "expected a string in double quotes")
        }
        var out = ""
        var iterator = text.dropFirst().dropLast().makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else {
                if character == "\"" { throw ParseError(line: line, message: "a double quote inside a string must be written \\\"") }
                out.append(character)
                continue
            }
            switch iterator.next() {
            case "n": out += "\n"
            case "t": out += "\t"
            case "\"": out += "\""
            case "\\": out += "\\"
            case let other: throw ParseError(line: line, message: "unknown escape \\\(other.map(String.init) ?? "")")
            }
        }
        return out
    }
}
