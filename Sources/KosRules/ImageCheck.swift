import Foundation
public import KosCore

/// The findings of a draft's pictures: the same packs over the text read in each (a phone number on a receipt,
/// 全网最低价 on a price card), each finding located at the image and the line's box; each QR code or barcode a
/// finding of its own with what it leads to; and a picture that could not be read, said so.
public enum ImageCheck {
    /// The text read in a picture, a line of the draft per line read, for the packs; nil when nothing was read.
    public static func text(of reading: ImageReading) -> Draft? {
        reading.lines.isEmpty ? nil : Draft.text(reading.lines.map(\.text).joined(separator: "\n"))
    }

    /// The findings of one image, named `path` in the draft, read as `reading`; `found`: the packs' findings over
    /// `text(of: reading)`, whose lines are the reading's lines. Only what is found in the text counts: a rule about
    /// the whole post (a missing disclosure) is the post's text's to meet, not each picture's.
    public static func findings(path: String, reading: ImageReading, codes level: FindingLevel, found: [Finding]) -> [Finding] {
        var out: [Finding] = []
        let name = isVideo(path) ? tr("the cover frame of \(path)") : tr("the picture \(path)")
        for var f in found {
            guard let line = f.line, line >= 1, line <= reading.lines.count else { continue }
            f.media = path
            f.box = reading.lines[line - 1].box
            f.line = nil
            f.column = nil
            f.scope = nil
            let box = reading.lines[line - 1].box
            f.message = tr("in \(name) (at \(box.x),\(box.y) \(box.width)×\(box.height)): \(f.message)")
            out.append(f)
        }
        for code in reading.codes {
            let qr = code.type == "QR-Code"
            let message = qr ? tr("\(name) carries a QR code leading to 「\(code.data.prefix(200))」: a personal WeChat or shop QR code may not appear in a note")
                : tr("\(name) carries a barcode (\(code.type)) reading 「\(code.data.prefix(200))」: a receipt's or an order's code identifies a client's purchase")
            var f = Finding(rule: "image/code", level: level, scope: nil, line: nil, column: nil, match: code.data, message: message,
                            suggestion: qr ? tr("crop or cover the code, or use the brand's approved code") : tr("crop or cover the code"))
            f.media = path
            out.append(f)
        }
        if let problem = reading.problem {
            var f = Finding(rule: "image/unread", level: .warning, scope: nil, line: nil, column: nil, match: nil,
                            message: tr("\(name) was not wholly checked: \(problem); a reviewer looks at it themselves"))
            f.media = path
            out.append(f)
        }
        return out
    }

    /// Whether a medium is a video (read by its cover frame).
    public static func isVideo(_ path: String) -> Bool { MediaKind.claimed(by: path)?.hasPrefix("video/") == true }

    /// Whether a medium is read at all: images, and videos by their cover frame.
    public static func isRead(_ path: String) -> Bool { MediaKind.claimed(by: path) != nil }
}

/// Readings kept on disk by the image's SHA-256 (`kos lint`: `$XDG_CACHE_HOME/kos/readings`), so a draft whose
/// pictures did not change is not read again. A reading that ran out of time is not kept.
public struct ImageReadingCache: Sendable {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// `$XDG_CACHE_HOME/kos/readings`, else `~/.cache/kos/readings`.
    public static func standard(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ImageReadingCache {
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((environment["HOME"] ?? NSTemporaryDirectory()) + "/.cache")
        return ImageReadingCache(directory: base + "/kos/readings")
    }

    public func reading(sha256: String, read: () -> ImageReading) -> ImageReading {
        let file = directory + "/" + sha256 + ".json"
        if let data = FileManager.default.contents(atPath: file), let kept = try? JSONDecoder().decode(ImageReading.self, from: data) { return kept }
        let fresh = read()
        if fresh.problem == nil, let data = try? JSONEncoder().encode(fresh) {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let temporary = file + ".\(getpid())"
            if FileManager.default.createFile(atPath: temporary, contents: data) { _ = rename(temporary, file) }
        }
        return fresh
    }
}
