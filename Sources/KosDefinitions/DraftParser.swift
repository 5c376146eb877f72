import Foundation
public import KosCore
import KosYAML

/// Stable codes of draft-reading problems.
public enum DraftErrorCode {
    /// The file is larger than the configured limit.
    public static let tooLarge = "KOS4001"
    /// The file is not UTF-8.
    public static let encoding = "KOS4002"
    /// Front matter opened with `---` and never closed.
    public static let unclosedFrontMatter = "KOS4003"
    /// The file cannot be read.
    public static let unreadable = "KOS4004"
}

/// Reads a draft: Markdown with YAML front matter (`title`, `platforms`, `hashtags`, `products`, `links`,
/// `media`, `workflow`), every text remembered with its line and column so findings point into the file.
public struct DraftParser: Sendable {
    /// Largest draft file accepted, in bytes.
    public var maxBytes = 10 << 20

    public init() {}

    static let frontMatter = ObjectShape(name: "draft front matter", fields: [
        Field("title", .string(.text), "The post's title."),
        Field("platforms", .list(.enumeration(Language.platforms), minItems: 0), "Where it will be published."),
        Field("hashtags", .list(.string(.text), minItems: 0), "Hashtags / topics, without or with `#`."),
        Field("products", .list(.string(.text), minItems: 0), "Product names or SKUs shown."),
        Field("links", .list(.string(.text), minItems: 0), "Links in the post (purchase links make it an ad)."),
        Field("media", .list(.either([.string(.text), .object(ObjectShape(name: "media item", fields: [
            Field("path", .string(.text), required: true, "The image or video file."),
            Field("alt", .string(.text), "What it shows, for accessibility and for checks."),
        ]))]), minItems: 0), "Images and videos."),
        Field("workflow", .string(.identifier), "The workflow it is submitted to."),
    ])

    /// Reads and parses the draft at `path` (`-` for stdin).
    public func read(path: String) throws(DiagnosticList) -> Draft {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            guard let attributes, (attributes[.type] as? FileAttributeType) != .typeDirectory,
                  let size = attributes[.size] as? NSNumber else {
                throw DiagnosticList([Diagnostic(code: DraftErrorCode.unreadable, message: "cannot read the draft (no such file, or a folder)", file: path)])
            }
            guard size.intValue <= maxBytes else {
                throw DiagnosticList([Diagnostic(code: DraftErrorCode.tooLarge, message: "the draft is \(size.intValue) bytes; the limit is \(maxBytes) bytes", file: path)])
            }
            guard let d = FileManager.default.contents(atPath: path) else {
                throw DiagnosticList([Diagnostic(code: DraftErrorCode.unreadable, message: "cannot read the draft", file: path)])
            }
            data = d
        }
        guard data.count <= maxBytes else {
            throw DiagnosticList([Diagnostic(code: DraftErrorCode.tooLarge, message: "the draft is \(data.count) bytes; the limit is \(maxBytes) bytes", file: path)])
        }
        return try parse(bytes: Array(data), path: path)
    }

    /// Parses draft bytes; `path` names the draft in findings and errors.
    public func parse(bytes: [UInt8], path: String) throws(DiagnosticList) -> Draft {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DiagnosticList([Diagnostic(code: DraftErrorCode.encoding, message: "the draft is not UTF-8", file: path,
                                             location: Self.firstInvalidUTF8(bytes))])
        }
        return try parse(text: text, path: path)
    }

    public func parse(text: String, path: String) throws(DiagnosticList) -> Draft {
        var draft = Draft(path: path)
        var source = Substring(text)
        if source.hasPrefix("\u{FEFF}") { source = source.dropFirst() }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var bodyStartLine = 1
        if let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" || first == "---\r" {
            guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingCharacters(in: .whitespaces)) }) else {
                throw DiagnosticList([Diagnostic(code: DraftErrorCode.unclosedFrontMatter, message: "front matter opened with '---' is never closed with '---'",
                                                 file: path, location: SourceLocation(line: 1, column: 1))])
            }
            let yaml = lines[1..<close].joined(separator: "\n")
            try readFrontMatter(yaml, lineOffset: 1, into: &draft)
            bodyStartLine = close + 2
        }
        let body = bodyStartLine - 1 < lines.count ? lines[(bodyStartLine - 1)...].joined(separator: "\n") : ""
        draft.body = body
        if !body.isEmpty {
            draft.segments.append(Draft.Segment(scope: .body, text: body, start: SourceLocation(line: bodyStartLine, column: 1)))
        }
        draft.segments.sort { ($0.start.line, $0.start.column) < ($1.start.line, $1.start.column) }
        return draft
    }

    private func readFrontMatter(_ yaml: String, lineOffset: Int, into draft: inout Draft) throws(DiagnosticList) {
        let path = draft.path
        func shifted(_ d: Diagnostic) -> Diagnostic {
            var d = d
            d.file = path
            if let l = d.location { d.location = SourceLocation(line: l.line + lineOffset, column: l.column) }
            return d
        }
        var options = YAMLLoader.Options()
        options.maxBytes = maxBytes
        let docs: [YAMLDocument]
        do throws(Diagnostic) {
            docs = try YAMLLoader(options: options).load(yaml, file: path)
        } catch {
            throw DiagnosticList([shifted(error)])
        }
        guard let root = docs.first?.root, root.mapping != nil else {
            if docs.isEmpty { return }
            throw DiagnosticList([shifted(Diagnostic(code: DefinitionErrorCode.wrongType, message: "front matter must be a mapping of title, platforms, hashtags, …", file: path, location: docs[0].root.location))])
        }
        var validator = ShapeValidator(file: path)
        validator.checkObject(root, Self.frontMatter)
        guard validator.diagnostics.isEmpty else { throw DiagnosticList(validator.diagnostics.map(shifted)) }

        func start(_ node: YAMLNode) -> SourceLocation {
            let loc = ShapeValidator.location(in: node, offset: 0)
            return SourceLocation(line: loc.line + lineOffset, column: loc.column)
        }
        for pair in root.mapping ?? [] {
            if let key = Decoder.string(pair.key) { draft.fieldLocations[key] = start(pair.value) }
        }
        if let n = root["title"], let t = Decoder.string(n) {
            draft.title = t
            draft.segments.append(Draft.Segment(scope: .title, text: t, start: start(n)))
        }
        draft.platforms = Decoder.strings(root["platforms"])
        for n in root["hashtags"]?.sequence ?? [] {
            guard let t = Decoder.string(n) else { continue }
            draft.hashtags.append(t.hasPrefix("#") ? String(t.dropFirst()) : t)
            draft.segments.append(Draft.Segment(scope: .hashtags, text: t, start: start(n)))
        }
        draft.products = Decoder.strings(root["products"])
        for n in root["links"]?.sequence ?? [] {
            guard let t = Decoder.string(n) else { continue }
            draft.links.append(t)
            draft.segments.append(Draft.Segment(scope: .links, text: t, start: start(n)))
        }
        for n in root["media"]?.sequence ?? [] {
            if let p = Decoder.string(n) {
                draft.media.append(Draft.Media(path: p, alt: ""))
            } else if let p = Decoder.string(n["path"]) {
                let alt = Decoder.string(n["alt"]) ?? ""
                draft.media.append(Draft.Media(path: p, alt: alt))
                if let a = n["alt"], !alt.isEmpty { draft.segments.append(Draft.Segment(scope: .alt, text: alt, start: start(a))) }
            }
        }
        draft.workflow = Decoder.string(root["workflow"])
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> SourceLocation {
        var line = 1, column = 1, i = 0
        while i < bytes.count {
            let b = bytes[i]
            let width = b < 0x80 ? 1 : b >> 5 == 0x6 ? 2 : b >> 4 == 0xE ? 3 : b >> 3 == 0x1E ? 4 : 0
            if width == 0 || i + width > bytes.count { break }
            if width > 1, String(validating: bytes[i..<(i + width)], as: UTF8.self) == nil { break }
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += width
        }
        return SourceLocation(line: line, column: column)
    }
}
