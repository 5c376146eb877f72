import Foundation
import Synchronization

/// The languages kosflow speaks: English (the fallback) and Simplified Chinese.
///
/// The language of a process comes from `KOS_LANG`, then `LC_ALL`, `LC_MESSAGES` and `LANG` (the first that is set
/// and not empty decides); an API request's from its `Accept-Language`. Any Chinese (`zh`, `zh_CN.UTF-8`, `zh-Hans`,
/// `zh_TW`) reads Simplified Chinese; `C`, `POSIX` and everything else English.
public enum MessageLanguage: String, Sendable, CaseIterable, Hashable {
    case en
    case zhCN = "zh-CN"

    /// The language a message is rendered in: the request's being answered (``requested``), else the process's.
    public static var current: MessageLanguage {
        // A process that never answers a request in another language never reads the task-local: a cold `kos`
        // would otherwise start the concurrency runtime's task-local storage for its first message.
        guard answersRequests.load(ordering: .relaxed) else { return process }
        return requested ?? process
    }

    /// The language of the request being answered, set with `$requested.withValue` around its handling, by a
    /// process that said so first with ``answerRequests()``.
    @TaskLocal public static var requested: MessageLanguage?

    private static let answersRequests = Atomic<Bool>(false)

    /// Says that this process answers requests each in its own language (kosd's API and console): from now on
    /// ``current`` reads ``requested``.
    public static func answerRequests() {
        answersRequests.store(true, ordering: .relaxed)
    }

    /// The process's language, read once from its environment.
    public static let process: MessageLanguage = {
        // getenv, not ProcessInfo: the first use of ProcessInfo costs a cold process milliseconds.
        var environment: [String: String] = [:]
        for name in ["KOS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return fromEnvironment(environment)
    }()

    /// The language the environment names: `KOS_LANG`, then `LC_ALL`, `LC_MESSAGES`, `LANG`.
    public static func fromEnvironment(_ environment: [String: String]) -> MessageLanguage {
        for name in ["KOS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return named(value) ?? .en
            }
        }
        return .en
    }

    /// `zh_CN.UTF-8`, `zh-Hans`, `en_US` …: the language such a name means, nil for one kosflow does not speak.
    public static func named(_ name: String) -> MessageLanguage? {
        let lowered = name.lowercased()
        let primary = lowered.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == "." || $0 == "@" }).first.map(String.init) ?? ""
        switch primary {
        case "zh": return .zhCN
        case "en", "c", "posix": return .en
        default: return nil
        }
    }

    /// The language an `Accept-Language` header prefers among those spoken here (quality values honoured), nil when
    /// it names none of them.
    public static func fromAcceptLanguage(_ header: String) -> MessageLanguage? {
        var best: (language: MessageLanguage, quality: Double, order: Int)?
        for (order, part) in header.split(separator: ",").prefix(32).enumerated() {
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = fields.first, !tag.isEmpty else { continue }
            var quality = 1.0
            for field in fields.dropFirst() where field.hasPrefix("q=") {
                quality = Double(field.dropFirst(2)) ?? 0
            }
            guard quality > 0, let language = tag == "*" ? nil : named(tag) else { continue }
            if best == nil || quality > best!.quality || (quality == best!.quality && order < best!.order) {
                best = (language, quality, order)
            }
        }
        return best?.language
    }

    /// The BCP 47 tag for `lang` attributes and `Content-Language`.
    public var tag: String { rawValue }
}

/// A message to be said in the reader's language: its English text is the key, each interpolation a numbered
/// placeholder (`"Submitted \(id) as revision \(n)"` has the key `Submitted {0} as revision {1}`).
///
/// Only ``tr(_:)`` and ``trn(_:_:_:)`` take one, so every message shipped is found by `scripts/extract-messages`.
public struct Message: Sendable, Hashable, ExpressibleByStringInterpolation {
    public private(set) var key: String
    public private(set) var arguments: [String]
    /// The English as written, its placeholders filled: what is said where the catalog has nothing else.
    public private(set) var english: String

    public init(stringLiteral value: String) {
        key = value
        arguments = []
        english = value
    }

    public init(stringInterpolation: Interpolation) {
        key = stringInterpolation.key
        arguments = stringInterpolation.arguments
        english = stringInterpolation.english
    }

    public struct Interpolation: StringInterpolationProtocol {
        var key = ""
        var arguments: [String] = []
        var english = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            key.reserveCapacity(literalCapacity + 3 * interpolationCount)
            english.reserveCapacity(literalCapacity + 8 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            key += literal
            english += literal
        }

        public mutating func appendInterpolation<T>(_ value: T) {
            append(String(describing: value))
        }

        // The common kinds said without a dynamic look-up of how to describe them (which costs a cold process
        // a scan of every conformance the first time each type is met).
        public mutating func appendInterpolation(_ value: String) { append(value) }
        public mutating func appendInterpolation(_ value: Substring) { append(String(value)) }
        public mutating func appendInterpolation(_ value: Int) { append(String(value)) }
        public mutating func appendInterpolation<T: CustomStringConvertible>(_ value: T) { append(value.description) }

        mutating func append(_ text: String) {
            key += "{\(arguments.count)}"
            arguments.append(text)
            english += text
        }
    }

    /// The message in `language`: the catalog's text with the placeholders filled, the English key where the catalog
    /// lacks it.
    public func rendered(in language: MessageLanguage, form: Int = 0) -> String {
        guard let template = MessageCatalog.forLanguage(language).text(for: key, form: form) else { return english }
        return Message.fill(template, with: arguments, spacing: language == .zhCN)
    }

    /// `{0}`, `{1}` … replaced by the arguments; any other brace is text.
    ///
    /// With `spacing` (Chinese), the space at each edge of a placeholder follows what meets there, as Chinese
    /// typesetting does: one space between a Han character and Latin letters or digits, none between two Han
    /// characters. So `由 {0} 决定` with `店长` reads 由店长决定, and with `zhang.wei` 由 zhang.wei 决定.
    static func fill(_ template: String, with arguments: [String], spacing: Bool = false) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
               let index = Int(rest[afterOpen..<close]), rest[afterOpen..<close].allSatisfy(\.isASCII),
               arguments.indices.contains(index) {
                let argument = arguments[index]
                rest = rest[rest.index(after: close)...]
                guard spacing, let first = argument.unicodeScalars.first, let last = argument.unicodeScalars.last else {
                    out += argument
                    continue
                }
                // Before the placeholder.
                if out.hasSuffix(" "), let before = out.unicodeScalars.dropLast().last, isHan(before), isHan(first) {
                    out.removeLast()
                } else if let before = out.unicodeScalars.last, isHan(before), isLatin(first) {
                    out += " "
                }
                out += argument
                // After it.
                var after = rest.unicodeScalars.makeIterator()
                let next = after.next()
                if next == " ", let beyond = after.next(), isHan(beyond), isHan(last) {
                    rest = rest.dropFirst()
                } else if let next, isHan(next), isLatin(last) {
                    out += " "
                }
            } else {
                out += "{"
                rest = rest[afterOpen...]
            }
        }
        return out + rest
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)))
    }
}

/// `message` in the current language (``MessageLanguage/current``).
public func tr(_ message: Message) -> String {
    message.rendered(in: MessageLanguage.current)
}

/// `message` where its English says different things in different places (`trc("token", "active")` and a person's
/// "active" read differently in Chinese): the context keeps the translations apart (gettext's `msgctxt`).
public func trc(_ context: StaticString, _ message: Message, in language: MessageLanguage = MessageLanguage.current) -> String {
    guard let template = MessageCatalog.forLanguage(language).text(for: "\(context)\u{4}" + message.key, form: 0) else { return message.english }
    return Message.fill(template, with: message.arguments, spacing: language == .zhCN)
}

/// `message` in `language`.
public func tr(_ message: Message, in language: MessageLanguage) -> String {
    message.rendered(in: language)
}

/// The plural form of a counted message: `trn(n, "\(n) draft", "\(n) drafts")`. English takes the first form for
/// one and the second otherwise; Chinese has one form.
public func trn(_ count: Int, _ one: Message, _ other: Message, in language: MessageLanguage = MessageLanguage.current) -> String {
    let form = MessageCatalog.pluralForm(count, in: language)
    let catalog = MessageCatalog.forLanguage(language)
    let chosen = form == 0 ? one : other
    if let template = catalog.text(for: one.key, form: form) {
        return Message.fill(template, with: chosen.arguments, spacing: language == .zhCN)
    }
    return chosen.english
}

