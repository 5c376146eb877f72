import KosCore

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
    /// The field's documentation (`kos schema`) and its default, each said in the reader's language when read:
    /// the shapes live in `static let`s that a server answering many languages shares.
    private var describe: @Sendable () -> String
    private var defaultText: @Sendable () -> String?

    var doc: String { describe() }
    var defaultValue: String? { defaultText() }

    init(_ name: String, _ shape: Shape, required: Bool = false, default defaultValue: @autoclosure @escaping @Sendable () -> String? = nil,
         _ doc: @autoclosure @escaping @Sendable () -> String) {
        self.name = name
        self.shape = shape
        self.required = required
        self.describe = doc
        self.defaultText = defaultValue
    }
}

struct ObjectShape: Sendable {
    private var label: @Sendable () -> String
    var fields: [Field]
    /// Exactly one of these keys must be present (a step's type).
    var exactlyOneOf: [String] = []

    /// How the object is named in messages: "approval step", "calendar cap" (in the reader's language).
    var name: String { label() }

    init(name: @autoclosure @escaping @Sendable () -> String, fields: [Field], exactlyOneOf: [String] = []) {
        self.label = name
        self.fields = fields
        self.exactlyOneOf = exactlyOneOf
    }
}

/// One kind of a tagged object: its tag, what it is (`kos schema`), and its own fields.
struct ShapeVariant: Sendable {
    var tag: String
    private var describe: @Sendable () -> String
    var fields: [Field]

    var doc: String { describe() }

    init(_ tag: String, _ doc: @autoclosure @escaping @Sendable () -> String, _ fields: [Field]) {
        self.tag = tag
        self.describe = doc
        self.fields = fields
    }
}

struct TaggedShape: Sendable {
    private var label: @Sendable () -> String
    var discriminator: String
    var common: [Field]
    var variants: [ShapeVariant]

    /// How the object is named in messages ("rule"), in the reader's language.
    var name: String { label() }

    init(name: @autoclosure @escaping @Sendable () -> String, discriminator: String, common: [Field], variants: [ShapeVariant]) {
        self.label = name
        self.discriminator = discriminator
        self.common = common
        self.variants = variants
    }

    func object(for tag: String) -> ObjectShape? {
        guard let v = variants.first(where: { $0.tag == tag }) else { return nil }
        let label = self.label
        return ObjectShape(name: "\(tag) \(label())", fields: common + v.fields)
    }
}

extension Shape {
    /// The words for the expected type in an error message, in the reader's language.
    var expectation: String {
        switch self {
        case .string(let f):
            switch f {
            case .duration: tr("a duration such as 15s, 24h or 7d")
            case .timeZone: tr("an IANA time zone such as Asia/Shanghai")
            case .cron: tr("a cron expression")
            case .rrule: tr("a recurrence rule")
            case .condition: tr("a condition")
            case .url: tr("a URL")
            case .secretRef: tr("a secret reference (file:, env: or credential:)")
            case .rate: tr("a rate such as 50/s")
            case .dateTime: tr("a local date-time such as 2026-12-01T10:00")
            case .dateOrDateTime: tr("a local date such as 2026-12-25, or a date-time such as 2026-12-25T20:00")
            case .identifier: tr("an identifier")
            default: tr("a string")
            }
        case .integer: tr("an integer")
        case .boolean: tr("true or false")
        case .enumeration(let values): tr("one of \(values.joined(separator: ", "))")
        case .list: tr("a list")
        case .object, .tagged, .map: tr("a mapping")
        case .either(let shapes): Self.alternatives(shapes.map(\.expectation))
        }
    }

    /// "a or b", "a or b or c": each choice joined to the ones before it.
    static func alternatives(_ choices: [String]) -> String {
        choices.dropFirst().reduce(choices.first ?? "") { tr("\($0) or \($1)") }
    }
}
