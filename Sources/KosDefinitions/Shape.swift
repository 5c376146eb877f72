/// The shape of a value in the workflow language: what the validator checks and what `kos schema` prints.
///
/// One description serves both, so the editor's completion and `kos validate` never disagree.
indirect enum Shape: Sendable {
    case string(StringFormat)
    case integer(min: Int?, max: Int?)
    case boolean
    case enumeration([String])
    case list(Shape, minItems: Int)
    case object(ObjectShape)
    /// A mapping with free keys (e.g. substitution pairs), every value of `Shape`.
    case map(Shape)
    /// Either of several shapes, tried in order; the first whose YAML type fits decides.
    case either([Shape])
    /// An object told apart by the value of `discriminator` (`kind:` of a guideline rule).
    case tagged(TaggedShape)
}

/// Kinds of string the language gives meaning to.
enum StringFormat: String, Sendable {
    case text, identifier, duration, timeZone, cron, rrule, condition, url, secretRef, rate, dateTime, dateOrDateTime, templatePath, regex, apiVersion
}

struct Field: Sendable {
    var name: String
    var shape: Shape
    var required: Bool
    var doc: String
    var defaultValue: String?

    init(_ name: String, _ shape: Shape, required: Bool = false, default defaultValue: String? = nil, _ doc: String) {
        self.name = name
        self.shape = shape
        self.required = required
        self.doc = doc
        self.defaultValue = defaultValue
    }
}

struct ObjectShape: Sendable {
    /// How the object is named in messages: "approval step", "calendar cap".
    var name: String
    var fields: [Field]
    /// Exactly one of these keys must be present (a step's type).
    var exactlyOneOf: [String] = []

    func field(_ name: String) -> Field? { fields.first { $0.name == name } }
}

struct TaggedShape: Sendable {
    var name: String
    var discriminator: String
    var common: [Field]
    var variants: [(tag: String, doc: String, fields: [Field])]

    func object(for tag: String) -> ObjectShape? {
        guard let v = variants.first(where: { $0.tag == tag }) else { return nil }
        return ObjectShape(name: "\(tag) \(name)", fields: common + v.fields)
    }
}

extension Shape {
    /// The words for the expected type in an error message.
    var expectation: String {
        switch self {
        case .string(let f):
            switch f {
            case .duration: "a duration such as 15s, 24h or 7d"
            case .timeZone: "an IANA time zone such as Asia/Shanghai"
            case .cron: "a cron expression"
            case .rrule: "a recurrence rule"
            case .condition: "a condition"
            case .url: "a URL"
            case .secretRef: "a secret reference (file:, env: or credential:)"
            case .rate: "a rate such as 50/s"
            case .dateTime: "a local date-time such as 2026-12-01T10:00"
            case .dateOrDateTime: "a local date such as 2026-12-25, or a date-time such as 2026-12-25T20:00"
            case .identifier: "an identifier"
            default: "a string"
            }
        case .integer: "an integer"
        case .boolean: "true or false"
        case .enumeration(let values): "one of " + values.joined(separator: ", ")
        case .list: "a list"
        case .object, .tagged, .map: "a mapping"
        case .either(let shapes): shapes.map(\.expectation).joined(separator: " or ")
        }
    }
}
