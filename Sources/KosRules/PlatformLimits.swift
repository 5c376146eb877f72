/// How each platform counts characters and what it allows. Limits change: packs may override them, and
/// each row names where it comes from so a compliance team can check it.
public struct PlatformLimits: Sendable {
    public var platform: String
    /// Most characters in the title, counted the platform's way.
    public var title: Int?
    public var body: Int?
    public var hashtags: Int?
    public var images: Int?
    /// How a CJK character counts against the limit: 1, or 2 where the platform counts bytes-like units.
    public var cjkWeight: Int
    /// How an ASCII character counts (Weibo counts two as one Chinese character).
    public var asciiWeight: Int
    public var source: String

    /// The table shipped in `platform-limits`. Weights are in half-characters: Weibo counts a Chinese
    /// character as 2 and a Latin one as 1 against twice its limit; the others count every character as 1.
    public static let table: [PlatformLimits] = [
        PlatformLimits(platform: "xiaohongshu", title: 20, body: 1000, hashtags: 10, images: 18, cjkWeight: 1, asciiWeight: 1,
                       source: "Xiaohongshu creator app, note editor (title 20, body 1000 characters, 18 images); topics: brand guidance"),
        PlatformLimits(platform: "douyin", title: 30, body: 1000, hashtags: 5, images: 35, cjkWeight: 1, asciiWeight: 1,
                       source: "Douyin creator centre, upload page (title 30, description 1000 characters, 35 images per note)"),
        PlatformLimits(platform: "wechat-channels", title: 16, body: 1000, hashtags: 10, images: 18, cjkWeight: 1, asciiWeight: 1,
                       source: "WeChat Channels assistant, publish page (short title 6-16, description 1000 characters, 18 images)"),
        PlatformLimits(platform: "weibo", title: nil, body: 4000, hashtags: 10, images: 18, cjkWeight: 2, asciiWeight: 1,
                       source: "Weibo publisher (2000 Chinese characters, counted as 4000 half-characters: a Latin character is one, a Chinese character two; 18 images)"),
        PlatformLimits(platform: "bilibili", title: 80, body: 2000, hashtags: 10, images: 9, cjkWeight: 1, asciiWeight: 1,
                       source: "Bilibili creator centre, upload page (title 80, description 2000 characters, 10 tags)"),
    ]

    public static func limits(for platform: String) -> PlatformLimits? { table.first { $0.platform == platform } }

    /// How much one scalar counts on `platform` (nil: one per visible character).
    @inline(__always)
    static func weight(of s: Unicode.Scalar, _ limits: PlatformLimits?) -> Int {
        if s.isASCII { return limits?.asciiWeight ?? 1 }
        return isInvisible(s) ? 0 : limits?.cjkWeight ?? 1
    }

    /// The length of `text` as `platform` counts it (in its own units; Weibo's are half-characters).
    public static func length(of text: String, platform: String?) -> Int {
        let limits = platform.flatMap(Self.limits(for:))
        return text.unicodeScalars.reduce(0) { $0 + weight(of: $1, limits) }
    }

    /// Zero-width, joiner, soft-hyphen, BOM, variation-selector and combining characters: nothing a reader counts.
    @inline(__always)
    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 0x4E00 && v <= 0x9FFF { return false }
        if v == 0xAD || v == 0x34F || v == 0x61C || v == 0x115F || v == 0x1160 || v == 0x3164 || v == 0xFEFF || v == 0xFFA0 { return true }
        if (0x300...0x36F).contains(v) || (0x180B...0x180F).contains(v) || (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2060...0x206F).contains(v) || (0xFE00...0xFE0F).contains(v) || (0xE0000...0xE0FFF).contains(v) {
            return true
        }
        return false
    }
}
