import Foundation
import KosCore
import KosYAML
import KosRegex

/// Checks a YAML node against a `Shape`, collecting every problem with its place.
struct ShapeValidator {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    mutating func report(_ code: String, _ message: String, at location: SourceLocation, redact: Bool = false) {
        diagnostics.append(Diagnostic(code: code, message: message, file: file, location: location, redactSource: redact))
    }

    /// The place of a character inside a scalar, for errors in cron fields or conditions.
    static func location(in node: YAMLNode, offset: Int) -> SourceLocation {
        guard let s = node.scalar, !s.text.utf8.contains(0x0A) else { return node.location }
        let quote = (s.style == .singleQuoted || s.style == .doubleQuoted) ? 1 : 0
        return SourceLocation(line: node.location.line, column: node.location.column + quote + offset)
    }

    static let knownZones: Set<String> = Set(TimeZone.knownTimeZoneIdentifiers).union(["UTC"])

    /// `what` names the node in a message; it is worked out only when there is something to say.
    mutating func check(_ node: YAMLNode, _ shape: Shape, what: @autoclosure () -> String) {
        switch shape {
        case .string(let format):
            guard let s = node.scalar, case .string(let text) = s.value else {
                let message = if let s = node.scalar, s.value != .null, format != .secretRef {
                    tr("\(what()) must be \(shape.expectation), not \(node.kindName); write \"\(s.text)\" in quotes to make it a string")
                } else {
                    tr("\(what()) must be \(shape.expectation), not \(node.kindName)")
                }
                report(DefinitionErrorCode.wrongType, message, at: node.location, redact: format == .secretRef)
                return
            }
            checkFormat(text, format, node: node, what: what())
        case .integer(let min, let max):
            guard let s = node.scalar, case .int(let v) = s.value else {
                report(DefinitionErrorCode.wrongType, tr("\(what()) must be an integer, not \(node.kindName)"), at: node.location)
                return
            }
            if let min, v < min { report(DefinitionErrorCode.badValue, tr("\(what()) must be at least \(min), not \(v)"), at: node.location) }
            if let max, v > max { report(DefinitionErrorCode.badValue, tr("\(what()) must be at most \(max), not \(v)"), at: node.location) }
        case .boolean:
            guard let s = node.scalar, case .bool = s.value else {
                let message = if let s = node.scalar, ["yes", "no", "on", "off", "y", "n"].contains(s.text.lowercased()) {
                    tr("\(what()) must be true or false, not \(node.kindName) ('\(s.text)' is a string in YAML 1.2: write true or false)")
                } else {
                    tr("\(what()) must be true or false, not \(node.kindName)")
                }
                report(DefinitionErrorCode.wrongType, message, at: node.location)
                return
            }
        case .enumeration(let values):
            guard let s = node.scalar, case .string(let text) = s.value else {
                report(DefinitionErrorCode.wrongType, tr("\(what()) must be \(shape.expectation), not \(node.kindName)"), at: node.location)
                return
            }
            if !values.contains(text) {
                report(DefinitionErrorCode.badValue,
                       Suggestion.appended(to: tr("'\(text)' is not a valid value for \(what()); use \(values.joined(separator: ", "))"), text, values), at: node.location)
            }
        case .list(let item, let minItems):
            guard let items = node.sequence else {
                report(DefinitionErrorCode.wrongType, tr("\(what()) must be a list, not \(node.kindName)"), at: node.location)
                return
            }
            if items.count < minItems {
                report(DefinitionErrorCode.badValue, trn(minItems, "\(what()) needs at least \(minItems) item", "\(what()) needs at least \(minItems) items"), at: node.location)
            }
            for element in items { check(element, item, what: tr("an item of \(what())")) }
        case .map(let value):
            guard let pairs = node.mapping else {
                report(DefinitionErrorCode.wrongType, tr("\(what()) must be a mapping, not \(node.kindName)"), at: node.location)
                return
            }
            for pair in pairs {
                guard let k = pair.key.scalar, case .string = k.value else {
                    report(DefinitionErrorCode.wrongType, tr("keys of \(what()) must be strings; quote them"), at: pair.key.location)
                    continue
                }
                check(pair.value, value, what: tr("the value of '\(k.text)'"))
            }
        case .object(let object):
            checkObject(node, object)
        case .tagged(let tagged):
            guard node.mapping != nil else {
                report(DefinitionErrorCode.wrongType, tr("a \(tagged.name) must be a mapping, not \(node.kindName)"), at: node.location)
                return
            }
            guard let tagNode = node[tagged.discriminator] else {
                report(DefinitionErrorCode.missingKey, tr("a \(tagged.name) needs '\(tagged.discriminator)'"), at: node.location)
                return
            }
            let tags = tagged.variants.map(\.tag)
            guard let t = tagNode.scalar, case .string(let tag) = t.value, let object = tagged.object(for: tag) else {
                let text = tagNode.scalar?.text ?? ""
                report(DefinitionErrorCode.badValue,
                       Suggestion.appended(to: tr("'\(text)' is not a \(tagged.name) \(tagged.discriminator); use \(tags.joined(separator: ", "))"), text, tags),
                       at: tagNode.location)
                return
            }
            checkObject(node, object)
        case .either(let shapes):
            for candidate in shapes where Self.fits(node, candidate) {
                check(node, candidate, what: what())
                return
            }
            report(DefinitionErrorCode.wrongType, tr("\(what()) must be \(shape.expectation), not \(node.kindName)"), at: node.location)
        }
    }

    /// Whether the node's YAML type is the one the shape takes (values are checked afterwards).
    static func fits(_ node: YAMLNode, _ shape: Shape) -> Bool {
        switch (shape, node.content) {
        case (.string, .scalar(let s)), (.enumeration, .scalar(let s)):
            if case .string = s.value { return true }
            return false
        case (.integer, .scalar(let s)):
            if case .int = s.value { return true }
            return false
        case (.boolean, .scalar(let s)):
            if case .bool = s.value { return true }
            return false
        case (.list, .sequence), (.object, .mapping), (.map, .mapping), (.tagged, .mapping): return true
        case (.either(let shapes), _): return shapes.contains { fits(node, $0) }
        default: return false
        }
    }

    mutating func checkObject(_ node: YAMLNode, _ object: ObjectShape) {
        guard let pairs = node.mapping else {
            report(DefinitionErrorCode.wrongType, tr("a \(object.name) must be a mapping, not \(node.kindName)"), at: node.location)
            return
        }
        // Which field each key names, by the field's place in the shape (an array, not a dictionary per object).
        var present = [YAMLNode?](repeating: nil, count: object.fields.count)
        for pair in pairs {
            guard let k = pair.key.scalar, case .string(let key) = k.value else {
                report(DefinitionErrorCode.wrongType, tr("keys of a \(object.name) must be strings"), at: pair.key.location)
                continue
            }
            // `<<` already has its own error from the loader.
            if key == "<<", k.style == .plain { continue }
            guard let index = object.fields.firstIndex(where: { $0.name == key }) else {
                report(DefinitionErrorCode.unknownKey, Suggestion.appended(to: tr("unknown key '\(key)' in \(object.name)"), key, object.fields.map(\.name)),
                       at: pair.key.location)
                continue
            }
            present[index] = pair.key
            check(pair.value, object.fields[index].shape, what: "'\(key)'")
        }
        for (index, field) in object.fields.enumerated() where field.required && present[index] == nil {
            report(DefinitionErrorCode.missingKey, tr("\(object.name) is missing required key '\(field.name)'"), at: node.location)
        }
        if !object.exactlyOneOf.isEmpty {
            func given(_ name: String) -> YAMLNode? { object.fields.firstIndex { $0.name == name }.flatMap { present[$0] } }
            let named = object.exactlyOneOf.filter { given($0) != nil }
            if named.isEmpty {
                report(DefinitionErrorCode.badCombination, tr("a \(object.name) needs one of: \(object.exactlyOneOf.joined(separator: ", "))"), at: node.location)
            } else if named.count > 1, let second = given(named[1]) {
                report(DefinitionErrorCode.badCombination,
                       tr("a \(object.name) takes only one of \(object.exactlyOneOf.joined(separator: ", ")); '\(named[0])' is already given"), at: second.location)
            }
        }
    }

    mutating func checkFormat(_ text: String, _ format: StringFormat, node: YAMLNode, what: @autoclosure () -> String) {
        switch format {
        case .text, .condition:
            break
        case .apiVersion:
            if text != Language.apiVersion {
                report(DefinitionErrorCode.badHeader, tr("apiVersion '\(text)' is not supported; use \(Language.apiVersion)"), at: node.location)
            }
        case .identifier:
            if !Self.isIdentifier(text) {
                report(DefinitionErrorCode.badValue,
                       tr("'\(text)' is not a valid id for \(what()): use lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters"),
                       at: node.location)
            }
        case .duration:
            if TimeSpan(parsing: text) == nil {
                report(DefinitionErrorCode.badDuration, tr("'\(text)' is not a duration; write e.g. 30s, 15m, 24h, 7d or 1h30m"), at: node.location)
            }
        case .timeZone:
            if !Self.knownZones.contains(text) {
                let message = Suggestion.appended(to: tr("unknown time zone '\(text)'; use an IANA name such as Asia/Shanghai"), text, Array(Self.knownZones))
                report(DefinitionErrorCode.unknownTimeZone, message, at: node.location)
            }
        case .cron:
            do throws(CronExpression.ParseError) {
                _ = try CronExpression(parsing: text)
            } catch {
                report(DefinitionErrorCode.badSchedule, tr("invalid cron expression: \(error.message)"), at: Self.location(in: node, offset: error.offset))
            }
        case .rrule:
            do throws(RecurrenceRule.ParseError) {
                _ = try RecurrenceRule(parsing: text)
            } catch {
                report(DefinitionErrorCode.badSchedule, tr("invalid recurrence rule: \(error.message)"), at: Self.location(in: node, offset: error.offset))
            }
        case .url:
            if let problem = Self.urlProblem(text) { report(DefinitionErrorCode.badURL, problem, at: node.location) }
        case .secretRef:
            if Self.secretRef(text) == nil {
                let looksLikeSecret = text.hasPrefix("whsec_") || !text.contains(":")
                report(
                    DefinitionErrorCode.inlineSecret,
                    looksLikeSecret
                        ? tr("\(what()) looks like a secret written inline; store it in a file or credential and write file:/path, env:NAME or credential:NAME (rotate this secret: it is in the file)")
                        : tr("\(what()) must be file:/path, env:NAME or credential:NAME"),
                    at: node.location, redact: true)
            }
        case .rate:
            if RateLimit(parsing: text) == nil {
                report(DefinitionErrorCode.badValue, tr("'\(text)' is not a rate; write e.g. 50/s or 5000/1m"), at: node.location)
            }
        case .dateTime:
            if !Self.isLocalDateTime(text) {
                report(DefinitionErrorCode.badValue, tr("'\(text)' is not a local date-time; write e.g. 2026-12-01T10:00 (in the calendar's zone)"), at: node.location)
            }
        case .dateOrDateTime:
            if !Self.isLocalDateTime(text), !Self.isLocalDateTime(text + "T00:00") {
                report(DefinitionErrorCode.badValue,
                       tr("'\(text)' is neither a local date nor a date-time; write e.g. 2026-12-25 (the whole day) or 2026-12-25T20:00"), at: node.location)
            }
        case .templatePath:
            if text.hasPrefix("/") || text.split(separator: "/").contains("..") || text.isEmpty {
                report(DefinitionErrorCode.badValue, tr("template '\(text)' must be a path inside Templates/"), at: node.location)
            }
        case .regex:
            do throws(RegexError) {
                // Options are not known here (ignorecase); the pattern's syntax and linear-time limits are.
                _ = try LinearRegex(text)
            } catch {
                report(DefinitionErrorCode.badRegex, tr("the regular expression '\(text.prefix(120))' is refused: \(error)"), at: node.location)
            }
        }
    }

    static func isIdentifier(_ text: String) -> Bool {
        let u = Array(text.utf8)
        guard !u.isEmpty, u.count <= 64 else { return false }
        func ok(_ c: UInt8) -> Bool { (97...122).contains(c) || (48...57).contains(c) }
        return ok(u[0]) && u.allSatisfy { ok($0) || $0 == UInt8(ascii: "-") }
    }

    static func secretRef(_ text: String) -> Endpoint.SecretRef? {
        func rest(_ prefix: String) -> String? {
            guard text.hasPrefix(prefix) else { return nil }
            let r = String(text.dropFirst(prefix.count))
            return r.isEmpty ? nil : r
        }
        if let p = rest("file:"), p.hasPrefix("/") { return .file(p) }
        if let n = rest("env:"), n.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) { return .env(n) }
        if let n = rest("credential:"), !n.contains("/") { return .credential(n) }
        return nil
    }

    static func urlProblem(_ text: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            return tr("'\(text)' is not an absolute URL")
        }
        if url.user != nil || url.password != nil {
            return tr("a URL must not carry credentials; use the endpoint's secret")
        }
        switch scheme {
        case "https": return nil
        case "http":
            let loopback = host == "localhost" || host.hasPrefix("127.") || host == "[::1]" || host == "::1"
            return loopback ? nil : tr("'\(text)' uses plain http; posts and signatures would travel unencrypted: use https")
        default:
            return tr("'\(text)' must be an http(s) URL")
        }
    }

    /// `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`, with real month, day, hour and minute values.
    static func isLocalDateTime(_ text: String) -> Bool {
        let u = Array(text.utf8)
        guard u.count == 16 || u.count == 19 else { return false }
        func num(_ r: Range<Int>) -> Int? {
            guard r.allSatisfy({ (48...57).contains(u[$0]) }) else { return nil }
            return r.reduce(0) { $0 * 10 + Int(u[$1] - 48) }
        }
        guard u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"), u[10] == UInt8(ascii: "T"), u[13] == UInt8(ascii: ":"),
              let y = num(0..<4), let mo = num(5..<7), let d = num(8..<10), let h = num(11..<13), let mi = num(14..<16) else { return false }
        if u.count == 19 { guard u[16] == UInt8(ascii: ":"), let s = num(17..<19), s < 60 else { return false } }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...12).contains(mo) && d >= 1 && d <= days[mo - 1] && h < 24 && mi < 60
    }
}
