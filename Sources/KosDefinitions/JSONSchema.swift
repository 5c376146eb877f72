import Foundation
import KosCore

/// The JSON Schema (draft 2020-12) of the workflow language, generated from the same description the validator uses.
/// Its titles and descriptions (the hover texts of an editor) are in the reader's language; keys and patterns are not.
public enum JSONSchema {
    /// The schema as pretty-printed JSON with sorted keys.
    public static func text() -> String {
        let data = try! JSONSerialization.data(withJSONObject: document(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// The schema as Foundation values.
    public static func document() -> [String: Any] {
        var kinds: [[String: Any]] = []
        for kind in Language.kinds {
            guard let shape = Language.shape(ofKind: kind) else { continue }
            var object = self.object(shape)
            var props = object["properties"] as! [String: Any]
            props["kind"] = ["const": kind, "description": tr("What this document defines.")]
            object["properties"] = props
            object["title"] = kind
            kinds.append(object)
        }
        return [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://kosflow.dev/schema/kos-v1.json",
            "title": tr("kosflow definitions (kos/v1)"),
            "description": tr("One YAML document: a Workflow, Calendar, Endpoint or Guidelines pack."),
            "oneOf": kinds,
        ]
    }

    static func schema(_ shape: Shape) -> [String: Any] {
        switch shape {
        case .string(let format): return string(format)
        case .integer(let min, let max):
            var s: [String: Any] = ["type": "integer"]
            if let min { s["minimum"] = min }
            if let max { s["maximum"] = max }
            return s
        case .boolean: return ["type": "boolean"]
        case .enumeration(let values): return ["type": "string", "enum": values]
        case .list(let item, let minItems):
            var s: [String: Any] = ["type": "array", "items": schema(item)]
            if minItems > 0 { s["minItems"] = minItems }
            return s
        case .object(let o): return object(o)
        case .map(let value): return ["type": "object", "additionalProperties": schema(value)]
        case .either(let shapes): return ["oneOf": shapes.map(schema)]
        case .tagged(let tagged):
            var variants: [[String: Any]] = []
            for v in tagged.variants {
                guard var o = tagged.object(for: v.tag).map(object) else { continue }
                var props = o["properties"] as! [String: Any]
                props[tagged.discriminator] = ["const": v.tag, "description": v.doc]
                o["properties"] = props
                variants.append(o)
            }
            return ["type": "object", "oneOf": variants]
        }
    }

    static func object(_ o: ObjectShape) -> [String: Any] {
        var props: [String: Any] = [:]
        for f in o.fields {
            var s = schema(f.shape)
            var doc = f.doc
            if let d = f.defaultValue { doc = tr("\(doc) Default: \(d).") }
            s["description"] = doc
            props[f.name] = s
        }
        var out: [String: Any] = ["type": "object", "properties": props, "additionalProperties": false]
        let required = o.fields.filter(\.required).map(\.name)
        if !required.isEmpty { out["required"] = required }
        if !o.exactlyOneOf.isEmpty {
            out["oneOf"] = o.exactlyOneOf.map { key in ["required": [key]] }
        }
        return out
    }

    static func string(_ format: StringFormat) -> [String: Any] {
        switch format {
        case .identifier: ["type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"]
        case .duration: ["type": "string", "pattern": "^([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?([0-9]+ms)?$", "minLength": 2]
        case .secretRef: ["type": "string", "pattern": "^(file:/.+|env:[A-Za-z0-9_]+|credential:[^/]+)$"]
        case .rate: ["type": "string", "pattern": "^[0-9]+/[0-9]*(ms|s|m|h|d)$"]
        case .dateTime: ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?$"]
        case .dateOrDateTime: ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$"]
        case .url: ["type": "string", "pattern": "^https?://"]
        case .apiVersion: ["const": Language.apiVersion]
        case .timeZone: ["type": "string", "pattern": "^([A-Za-z_]+(/[A-Za-z0-9_+-]+)*|UTC)$"]
        case .text, .cron, .rrule, .condition, .templatePath, .regex: ["type": "string"]
        }
    }
}
