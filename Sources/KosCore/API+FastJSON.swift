import Foundation

/// The API's busiest bodies read and written without Foundation's coders: the submit's request and the draft it
/// answers with (and lists of drafts). `JSONEncoder` and `JSONDecoder` cost ~140,000 and ~100,000 instructions for
/// a submit of a few hundred bytes, a sixth of all the API does for it. What is written here is byte for byte what
/// `API.encoder()` writes, and what is read is what `API.decoder()` reads (both tested side by side on generated
/// values); a body this reader is not sure of is left to `JSONDecoder`.

/// A value the API writes as JSON itself, exactly as `API.encoder()` would.
public protocol APIJSONWritable {
    func writeJSON(into out: inout [UInt8])
}

extension API {
    /// The JSON `API.encoder()` gives for `value`, written directly when it can be.
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        if let writable = value as? any APIJSONWritable {
            var out: [UInt8] = []
            out.reserveCapacity(512)
            writable.writeJSON(into: &out)
            return out
        }
        return Array(try encoder().encode(value))
    }

    /// What `API.decoder()` reads from `bytes`, read directly when the body is one this reads itself.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        if T.self == API.Submission.self, let plain = API.Submission.plain(bytes) { return plain as! T }
        return try decoder().decode(type, from: Data(bytes))
    }
}

extension API.Draft: APIJSONWritable {
    public func writeJSON(into out: inout [UInt8]) {
        // Members in the order `.sortedKeys` gives the snake-case names; absent optionals left out.
        var object = JSONObjectWriter(taking: &out)
        object.string("content_hash", contentHash)
        object.string("created_at", createdAt)
        object.string("creator", creator)
        object.string("due_at", dueAt)
        object.string("id", id)
        object.string("next", next)
        object.string("reason", reason)
        object.int("revision", revision)
        object.string("run", run)
        object.string("state", state)
        object.string("step", step)
        object.string("title", title)
        object.string("updated_at", updatedAt)
        object.string("workflow", workflow)
        out = object.finish()
    }
}

extension API.Submitted: APIJSONWritable {
    public func writeJSON(into out: inout [UInt8]) {
        var object = JSONObjectWriter(taking: &out)
        object.key("created")
        object.out.append(contentsOf: (created ? "true" : "false").utf8)
        object.key("draft")
        draft.writeJSON(into: &object.out)
        // A dictionary's keys are written as they are (the key strategy is for a type's own keys), sorted.
        object.key("media")
        var media = JSONObjectWriter(taking: &object.out)
        for path in self.media.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) { media.string(path, self.media[path]) }
        object.out = media.finish()
        out = object.finish()
    }
}

extension Array: APIJSONWritable where Element == API.Draft {
    public func writeJSON(into out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (i, draft) in enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            draft.writeJSON(into: &out)
        }
        out.append(UInt8(ascii: "]"))
    }
}

/// Writes one object's members in the order given.
struct JSONObjectWriter {
    var out: [UInt8]
    var first = true

    /// Takes over `out` (no copy of what it holds) until `finish` gives it back.
    init(taking out: inout [UInt8]) {
        self.out = out
        out = []
        self.out.append(UInt8(ascii: "{"))
    }

    mutating func key(_ name: String) {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        JSON.writeString(name, into: &out, asEncoder: true)
        out.append(UInt8(ascii: ":"))
    }

    mutating func string(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        JSON.writeString(value, into: &out, asEncoder: true)
    }

    mutating func int(_ name: String, _ value: Int) {
        key(name)
        out.append(contentsOf: String(value).utf8)
    }

    mutating func finish() -> [UInt8] {
        out.append(UInt8(ascii: "}"))
        return out
    }
}

extension API.Submission {
    /// The submit's body read directly when it is the plain one `kos` sends (`content`, and `workflow` as a string
    /// or null); nil for anything else — media, other members, a key twice, escapes this reader leaves to
    /// Foundation — which `API.decoder()` then reads (or refuses) as before.
    public static func plain(_ bytes: [UInt8]) -> API.Submission? {
        // Not UTF-8: JSONDecoder's to refuse (the reader's strings would repair it).
        guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> API.Submission? in
            var reader = JSONStrings.Reader(bytes: buffer)
            var content: String?, workflow: String??
            reader.skipSpace()
            guard reader.take(UInt8(ascii: "{")) else { return nil }
            reader.skipSpace()
            if reader.take(UInt8(ascii: "}")) { return nil }
            while true {
                guard let key = reader.quoted() else { return nil }
                reader.skipSpace()
                guard reader.take(UInt8(ascii: ":")) else { return nil }
                reader.skipSpace()
                switch key {
                case "content":
                    guard content == nil, let value = reader.quoted() else { return nil }
                    content = value
                case "workflow":
                    guard workflow == nil else { return nil }
                    if reader.takeNull() {
                        workflow = .some(nil)
                    } else {
                        guard let value = reader.quoted() else { return nil }
                        workflow = .some(value)
                    }
                default:
                    return nil
                }
                reader.skipSpace()
                if reader.take(UInt8(ascii: ",")) { reader.skipSpace(); continue }
                guard reader.take(UInt8(ascii: "}")), reader.atEndAfterSpace(), let content else { return nil }
                return API.Submission(workflow: workflow ?? nil, content: content)
            }
        }
    }
}

extension JSONStrings.Reader {
    /// A string literal, when one starts here.
    mutating func quoted() -> String? {
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        return string()
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard i < bytes.count, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    mutating func takeNull() -> Bool {
        guard i + 4 <= bytes.count, bytes[i] == UInt8(ascii: "n"), bytes[i + 1] == UInt8(ascii: "u"), bytes[i + 2] == UInt8(ascii: "l"),
              bytes[i + 3] == UInt8(ascii: "l") else { return false }
        i += 4
        return true
    }
}
