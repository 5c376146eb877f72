import Foundation
public import KosCore
#if canImport(Glibc)
import Glibc
#endif
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
/// `media`, `workflow`, `slot`, `campaign`), every text remembered with its line and column so findings point into the file.
public struct DraftParser: Sendable {
    /// Largest draft file accepted, in bytes.
    public var maxBytes = 10 << 20

    public init() {}

    /// The front matter's keys. Their documentation is for the source's readers only (no command prints it), so it
    /// stays in English; the shapes' names appear in errors and are said in the reader's language.
    static let frontMatter = ObjectShape(name: tr("draft front matter"), fields: [
        Field("title", .string(.text), "The post's title."),
        Field("platforms", .list(.enumeration(Language.platforms), minItems: 0), "Where it will be published."),
        Field("hashtags", .list(.string(.text), minItems: 0), "Hashtags / topics, without or with `#`."),
        Field("products", .list(.string(.text), minItems: 0), "Product names or SKUs shown."),
        Field("links", .list(.string(.text), minItems: 0), "Links in the post (purchase links make it an ad)."),
        Field("media", .list(.either([.string(.text), .object(ObjectShape(name: tr("media item"), fields: [
            Field("path", .string(.text), required: true, "The image or video file."),
            Field("alt", .string(.text), "What it shows, for accessibility and for checks."),
        ]))]), minItems: 0), "Images and videos."),
        Field("workflow", .string(.identifier), "The workflow it is submitted to."),
        Field("slot", .string(.dateTime), "The slot asked for, on the calendar's clock (2026-12-01T20:00); else the next free one."),
        Field("campaign", .string(.identifier), "The campaign it belongs to, for the calendar's campaign caps."),
        Field("accounts", .list(.string(.text), minItems: 0),
              "The platform accounts it goes out on, one per platform, as the register names them (xiaohongshu:lina.sh)."),
        Field("kit", .string(.text), "The campaign kit it was made from, as `kos library use` writes it (arco-autumn@2)."),
        Field("cooperation", .object(ObjectShape(name: tr("cooperation"), fields: [
            Field("model", .enumeration(Language.cooperationModels), "How the agency's creator works with the brand on this post."),
            Field("order", .string(.text), "The platform's commercial-cooperation order (蒲公英, 星图), e.g. PGY-2026-0001."),
        ])), "An agency creator's collaboration: its model and the platform's order."),
    ])

    /// Reads and parses the draft at `path` (`-` for stdin).
    public func read(path: String) throws(DiagnosticList) -> Draft {
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            bytes = try Self.readFile(path, limit: maxBytes)
        }
        guard bytes.count <= maxBytes else {
            throw DiagnosticList([Diagnostic(code: DraftErrorCode.tooLarge, message: tr("the draft is \(bytes.count) bytes; the limit is \(maxBytes) bytes"), file: path)])
        }
        return try parse(bytes: bytes, path: path)
    }

    /// The file's bytes, checking its size before reading a byte of it (plain POSIX: this runs per draft).
    static func readFile(_ path: String, limit: Int) throws(DiagnosticList) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw DiagnosticList([Diagnostic(code: DraftErrorCode.unreadable, message: tr("cannot read the draft (\(String(cString: strerror(errno))))"), file: path)])
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw DiagnosticList([Diagnostic(code: DraftErrorCode.unreadable, message: tr("cannot read the draft (not a regular file)"), file: path)])
        }
        let size = Int(info.st_size)
        guard size <= limit else {
            throw DiagnosticList([Diagnostic(code: DraftErrorCode.tooLarge, message: tr("the draft is \(size) bytes; the limit is \(limit) bytes"), file: path)])
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, size - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            done += n
        }
        if done < size { bytes.removeSubrange(done...) }
        return bytes
    }

    /// Parses draft bytes; `path` names the draft in findings and errors.
    public func parse(bytes: [UInt8], path: String) throws(DiagnosticList) -> Draft {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DiagnosticList([Diagnostic(code: DraftErrorCode.encoding, message: tr("the draft is not UTF-8"), file: path,
                                             location: Self.firstInvalidUTF8(bytes))])
        }
        return try parse(utf8: bytes, text: text, path: path)
    }

    public func parse(text: String, path: String) throws(DiagnosticList) -> Draft {
        try parse(utf8: Array(text.utf8), text: text, path: path)
    }

    /// Splits valid UTF-8 on bytes, not Characters, so a 5 KB note parses in microseconds; `text` is the same
    /// bytes as a string, whose parts are copied out without checking the UTF-8 again.
    private func parse(utf8 input: [UInt8], text: String, path: String) throws(DiagnosticList) -> Draft {
        /// The text from byte `a` to byte `b`: both sit just after a line break (or at an end), on a character boundary.
        func slice(_ a: Int, _ b: Int) -> String {
            let u = text.utf8
            let from = u.index(u.startIndex, offsetBy: a), to = u.index(u.startIndex, offsetBy: b)
            return String(Substring(u[from..<to]))
        }
        var draft = Draft(path: path)
        let start = input.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let utf8 = input[start...]
        func lineEnd(from a: Int) -> Int { utf8[a...].firstIndex(of: 0x0A) ?? utf8.endIndex }
        func isFence(_ a: Int, _ b: Int, _ fences: [[UInt8]]) -> Bool {
            var e = b
            while e > a, utf8[e - 1] == 0x20 || utf8[e - 1] == 0x09 || utf8[e - 1] == 0x0D { e -= 1 }
            return fences.contains { $0.elementsEqual(utf8[a..<e]) }
        }
        var bodyStart = utf8.startIndex
        var bodyStartLine = 1
        let firstEnd = lineEnd(from: utf8.startIndex)
        if isFence(utf8.startIndex, firstEnd, [Array("---".utf8)]) {
            var line = 2
            var a = firstEnd < utf8.endIndex ? firstEnd + 1 : utf8.endIndex
            var close: (start: Int, end: Int, line: Int)? = nil
            while a < utf8.endIndex {
                let e = lineEnd(from: a)
                if isFence(a, e, [Array("---".utf8), Array("...".utf8)]) {
                    close = (a, e, line)
                    break
                }
                a = e + 1
                line += 1
            }
            guard let close else {
                throw DiagnosticList([Diagnostic(code: DraftErrorCode.unclosedFrontMatter, message: tr("front matter opened with '---' is never closed with '---'"),
                                                 file: path, location: SourceLocation(line: 1, column: 1))])
            }
            let yamlStart = min(firstEnd + 1, close.start)
            try readFrontMatter(slice(yamlStart, close.start), lineOffset: 1, into: &draft)
            bodyStart = close.end < utf8.endIndex ? close.end + 1 : utf8.endIndex
            bodyStartLine = close.line + 1
        }
        let body = slice(bodyStart, utf8.endIndex)
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
            throw DiagnosticList([shifted(Diagnostic(code: DefinitionErrorCode.wrongType, message: tr("front matter must be a mapping of title, platforms, hashtags, …"), file: path, location: docs[0].root.location))])
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
        draft.slot = Decoder.string(root["slot"])
        draft.campaign = Decoder.string(root["campaign"])
        draft.accounts = Decoder.strings(root["accounts"])
        draft.kit = Decoder.string(root["kit"])
        draft.cooperationModel = Decoder.string(root["cooperation"]?["model"])
        draft.cooperationOrder = Decoder.string(root["cooperation"]?["order"])
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
