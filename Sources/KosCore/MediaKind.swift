/// What a media file is, read from its bytes — never from its name alone: the image and video formats the
/// platforms take, each recognised by its signature and decoded far enough to know its size in pixels.
public struct MediaKind: Sendable, Hashable {
    public var type: String
    public var width: Int
    public var height: Int
    /// An image of several frames (an animated GIF, PNG or WebP).
    public var animated = false

    /// The most pixels an image may have: its size is read from its header, before anything decodes it, so a
    /// small file that would expand to gigabytes (a decompression bomb) is refused unread.
    public static let maxPixels = 40_000_000

    /// The types by file extension: what a file claims to be by its name.
    public static let byExtension: [String: String] = [
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif", "webp": "image/webp",
        "mp4": "video/mp4", "mov": "video/quicktime",
    ]

    /// The type a path claims by its extension; nil for an extension no platform takes.
    public static func claimed(by path: String) -> String? {
        guard let dot = path.lastIndex(of: ".") else { return nil }
        return byExtension[path[path.index(after: dot)...].lowercased()]
    }

    public enum Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        /// The name claims a type no platform takes.
        case unsupported(String)
        /// The bytes are not what the name claims (`claimed`): `why` is the whole sentence that says so.
        case mismatch(claimed: String, why: String)
        /// What it is cannot be checked: too many pixels, several frames.
        case unreadable(String)

        public var description: String {
            switch self {
            case .unreadable(let why): why
            case .unsupported(let ext): tr("'.\(ext)' is not a type the platforms take (\(Set(MediaKind.byExtension.keys).sorted().joined(separator: ", ")))")
            case .mismatch(_, let why): why
            }
        }
    }

    /// Checks that `bytes` decode as the type `path` claims; the kind, or why not.
    public static func verify(_ bytes: [UInt8], path: String) throws(Refusal) -> MediaKind {
        guard let claimed = claimed(by: path) else {
            let ext = path.lastIndex(of: ".").map { String(path[path.index(after: $0)...]) } ?? ""
            throw .unsupported(ext)
        }
        let found = sniff(bytes)
        guard let found else { throw .mismatch(claimed: claimed, why: tr("it is named as \(claimed) but its bytes are not an image or video of any type the platforms take")) }
        switch found {
        case .success(let kind) where kind.type == claimed:
            if kind.type.hasPrefix("image/"), kind.width * kind.height > maxPixels {
                throw .unreadable(tr("it is \(kind.width)×\(kind.height) pixels (\(kind.width * kind.height / 1_000_000) megapixels); an image may have at most \(maxPixels / 1_000_000) megapixels"))
            }
            if kind.animated {
                throw .unreadable(tr("it is animated: the text in its frames cannot be checked; post a still image, or a video"))
            }
            return kind
        case .success(let kind): throw .mismatch(claimed: claimed, why: tr("it is named as \(claimed) but its bytes are \(kind.type)"))
        case .failure(let why): throw .mismatch(claimed: claimed, why: tr("it is named as \(claimed) but it is \(why)"))
        }
    }

    /// The type by signature alone (the first bytes), for serving a file that was checked when it was uploaded.
    public static func type(ofSignature b: [UInt8]) -> String? {
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "image/png" }
        if b.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if b.starts(with: Array("GIF8".utf8)) { return "image/gif" }
        if b.count >= 12, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) { return "image/webp" }
        if b.count >= 12, Array(b[4..<8]) == Array("ftyp".utf8) { return Array(b[8..<12]) == Array("qt  ".utf8) ? "video/quicktime" : "video/mp4" }
        return nil
    }

    /// The kind by signature; a failure when the signature is there but what follows does not decode.
    public static func sniff(_ b: [UInt8]) -> Result<MediaKind, Broken>? {
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return png(b) }
        if b.starts(with: [0xFF, 0xD8, 0xFF]) { return jpeg(b) }
        if b.starts(with: Array("GIF87a".utf8)) || b.starts(with: Array("GIF89a".utf8)) { return gif(b) }
        if b.count >= 12, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) { return webp(b) }
        if b.count >= 12, Array(b[4..<8]) == Array("ftyp".utf8) { return isoMedia(b) }
        return nil
    }

    public struct Broken: Error, Sendable, Hashable, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }

    static func be16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
    static func be32(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3]) }
    static func le16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
    static func le24(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 }

    /// PNG: the IHDR chunk first, its CRC right, a size that is not zero, and an IEND chunk at the end.
    static func png(_ b: [UInt8]) -> Result<MediaKind, Broken> {
        guard b.count >= 33, be32(b, 8) == 13, Array(b[12..<16]) == Array("IHDR".utf8) else { return .failure(Broken(tr("a PNG without its IHDR header"))) }
        guard UInt32(be32(b, 29)) == CRC32.checksum(b[12..<29]) else { return .failure(Broken(tr("a PNG whose header is damaged (CRC)"))) }
        let w = be32(b, 16), h = be32(b, 20)
        guard w > 0, h > 0 else { return .failure(Broken(tr("a PNG of zero size"))) }
        guard b.count >= 45, Array(b[(b.count - 8)..<(b.count - 4)]) == Array("IEND".utf8) else { return .failure(Broken(tr("a PNG cut short (no IEND)"))) }
        var kind = MediaKind(type: "image/png", width: w, height: h)
        // An APNG's acTL chunk comes before the first IDAT.
        var i = 8
        while i + 8 <= b.count {
            let type = b[(i + 4)..<(i + 8)]
            if type.elementsEqual("acTL".utf8) { kind.animated = true }
            if type.elementsEqual("IDAT".utf8) { break }
            let next = i + 12 + be32(b, i)
            guard next > i else { break }
            i = next
        }
        return .success(kind)
    }

    /// JPEG: markers with lengths inside the file up to a start-of-frame that gives the size.
    static func jpeg(_ b: [UInt8]) -> Result<MediaKind, Broken> {
        var i = 2
        while i + 4 <= b.count {
            guard b[i] == 0xFF else { return .failure(Broken(tr("a JPEG whose segments do not follow each other"))) }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            if marker == 0xD8 || (0xD0...0xD7).contains(marker) || marker == 0x01 { i += 2; continue }
            let length = be16(b, i + 2)
            guard length >= 2, i + 2 + length <= b.count else { return .failure(Broken(tr("a JPEG cut short"))) }
            // SOF0…SOF15, except DHT (C4), JPG (C8) and DAC (CC).
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard length >= 7 else { return .failure(Broken(tr("a JPEG with a broken frame header"))) }
                let h = be16(b, i + 5), w = be16(b, i + 7)
                guard w > 0, h > 0 else { return .failure(Broken(tr("a JPEG of zero size"))) }
                // Its end-of-image marker, near the end (a camera may append a little after it).
                let tail = b.suffix(65_536)
                guard zip(tail, tail.dropFirst()).contains(where: { $0 == 0xFF && $1 == 0xD9 }) else {
                    return .failure(Broken(tr("a JPEG cut short (no end-of-image marker)")))
                }
                return .success(MediaKind(type: "image/jpeg", width: w, height: h))
            }
            if marker == 0xDA { break }
            i += 2 + length
        }
        return .failure(Broken(tr("a JPEG without a frame header")))
    }

    static func gif(_ b: [UInt8]) -> Result<MediaKind, Broken> {
        guard b.count >= 14 else { return .failure(Broken(tr("a GIF cut short"))) }
        let w = le16(b, 6), h = le16(b, 8)
        guard w > 0, h > 0 else { return .failure(Broken(tr("a GIF of zero size"))) }
        guard b.last == 0x3B else { return .failure(Broken(tr("a GIF cut short (no trailer)"))) }
        var kind = MediaKind(type: "image/gif", width: w, height: h)
        kind.animated = gifFrames(b) > 1
        return .success(kind)
    }

    /// The image descriptors of a GIF, counted by walking its blocks (stops at 2, or where the blocks break).
    static func gifFrames(_ b: [UInt8]) -> Int {
        var i = 13
        if b[10] & 0x80 != 0 { i += 3 << (Int(b[10] & 0x07) + 1) }
        var frames = 0
        func skipSubBlocks() {
            while i < b.count, b[i] != 0 { i += Int(b[i]) + 1 }
            i += 1
        }
        while i < b.count, frames < 2 {
            switch b[i] {
            case 0x21:   // an extension: label, then sub-blocks
                i += 2
                skipSubBlocks()
            case 0x2C:   // an image: descriptor, local colour table, LZW code size, sub-blocks
                frames += 1
                guard i + 10 <= b.count else { return frames }
                let packed = b[i + 9]
                i += 10
                if packed & 0x80 != 0 { i += 3 << (Int(packed & 0x07) + 1) }
                i += 1
                skipSubBlocks()
            default:
                return frames
            }
        }
        return frames
    }

    static func webp(_ b: [UInt8]) -> Result<MediaKind, Broken> {
        guard b.count >= 30, le32(b, 4) + 8 <= b.count else { return .failure(Broken(tr("a WebP cut short"))) }
        let chunk = String(decoding: b[12..<16], as: UTF8.self)
        var w = 0, h = 0
        switch chunk {
        case "VP8 " where b[23] == 0x9D && b[24] == 0x01 && b[25] == 0x2A:
            w = le16(b, 26) & 0x3FFF
            h = le16(b, 28) & 0x3FFF
        case "VP8L" where b[20] == 0x2F:
            let bits = le32(b, 21)
            w = (bits & 0x3FFF) + 1
            h = ((bits >> 14) & 0x3FFF) + 1
        case "VP8X":
            w = le24(b, 24) + 1
            h = le24(b, 27) + 1
        default:
            return .failure(Broken(tr("a WebP whose image data is not VP8, VP8L or VP8X")))
        }
        guard w > 0, h > 0 else { return .failure(Broken(tr("a WebP of zero size"))) }
        var kind = MediaKind(type: "image/webp", width: w, height: h)
        kind.animated = chunk == "VP8X" && b[20] & 0x02 != 0
        return .success(kind)
    }

    static func le32(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 | Int(b[i + 3]) << 24 }

    /// MP4 and QuickTime: top-level boxes that tile the file, a `moov` among them; the brand tells which.
    static func isoMedia(_ b: [UInt8]) -> Result<MediaKind, Broken> {
        let brand = String(decoding: b[8..<12], as: UTF8.self)
        var i = 0, moov = false
        while i + 8 <= b.count {
            var size = be32(b, i)
            let type = String(decoding: b[(i + 4)..<(i + 8)], as: UTF8.self)
            if size == 1 {
                // A 64-bit size: anything past 4 GiB is past the end of an upload anyway.
                guard i + 16 <= b.count, be32(b, i + 8) == 0 else { return .failure(Broken(tr("a video cut short (box '\(type)')"))) }
                size = be32(b, i + 12)
            } else if size == 0 {
                size = b.count - i
            }
            guard size >= 8, size <= b.count - i else { return .failure(Broken(tr("a video cut short (box '\(type)')"))) }
            if type == "moov" { moov = true }
            i += size
        }
        guard moov else { return .failure(Broken(tr("a video without its 'moov' box"))) }
        return .success(MediaKind(type: brand == "qt  " ? "video/quicktime" : "video/mp4", width: 0, height: 0))
    }
}

/// CRC-32 (ISO 3309, as PNG uses it).
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
