import Foundation
import KosCore
import Testing

/// Media are what their bytes say; hostile bytes behind a valid signature are refused, never crashed on.
@Suite struct MediaKindTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theExamplePhotoIsAJPEGOfItsSize() throws {
        let photo = [UInt8](try Data(contentsOf: Self.root.appendingPathComponent("Templates/drafts/media/arco-front.jpg")))
        let kind = try MediaKind.verify(photo, path: "media/arco-front.jpg")
        #expect(kind.type == "image/jpeg" && kind.width > 0 && kind.height > 0)
        #expect(MediaKind.type(ofSignature: Array(photo.prefix(16))) == "image/jpeg")
    }

    /// A 64-bit box size near Int.max once overflowed the bounds check.
    @Test func aVideoBoxClaimingEightExabytesIsRefused() {
        let bytes: [UInt8] = [0, 0, 0, 16] + Array("ftypisom".utf8) + [0, 0, 0, 0] + [0, 0, 0, 1] + Array("mdat".utf8) + [0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]
        #expect(throws: MediaKind.Refusal.self) { try MediaKind.verify(bytes, path: "x.mp4") }
    }

    /// Every signature followed by random bytes, truncated anywhere: an answer, never a trap.
    @Test func randomBytesBehindEverySignatureAreAnsweredNotCrashedOn() {
        let signatures: [(String, [UInt8])] = [
            ("x.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)),
            ("x.jpg", [0xFF, 0xD8, 0xFF]), ("x.gif", Array("GIF89a".utf8)),
            ("x.webp", Array("RIFF".utf8) + [0xFF, 0, 0, 0] + Array("WEBPVP8 ".utf8)), ("x.webp", Array("RIFF".utf8) + [30, 0, 0, 0] + Array("WEBPVP8X".utf8)),
            ("x.mp4", [0, 0, 0, 12] + Array("ftypisom".utf8)), ("x.mov", [0, 0, 0, 1] + Array("ftypqt  ".utf8)),
        ]
        var rng = SystemRandomNumberGenerator()
        var answered = 0
        for (path, signature) in signatures {
            for _ in 0..<400 {
                let tail = (0..<Int.random(in: 0...80, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
                _ = try? MediaKind.verify(signature + tail, path: path)
                _ = MediaKind.type(ofSignature: Array((signature + tail).prefix(16)))
                answered += 1
            }
        }
        #expect(answered == signatures.count * 400)
    }
}
