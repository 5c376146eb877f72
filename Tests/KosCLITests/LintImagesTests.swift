import Foundation
import KosCore
import KosTesting
import Testing

/// `kos lint` reads a draft's pictures beside it: a client's number and a QR code in them are findings placed on
/// the picture, a picture that is not what it claims or is animated is a located error, and a picture read once is
/// read from the cache next time (its readers are not run again).
@Suite struct LintImagesTests {
    @Test func aDraftsPicturesAreCheckedLocallyAndTheirReadingsKept() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-lint-images-\(UUID().uuidString)")
        let media = dir.appendingPathComponent("media")
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        let python = Repo.path(".venv/bin/python"), draw = Repo.path("Tests/Support/draw_images.py")
        #expect(try Subprocess.run(python, [draw, media.path, "--count", "2"], in: Repo.root).status == 0)
        #expect(try Subprocess.run(python, [draw, media.path, "--set", "hostile"], in: Repo.root).status == 0)
        let cache = dir.appendingPathComponent("cache").path
        let draft = dir.appendingPathComponent("look.md")
        try """
            ---
            title: 周末的搭配
            platforms: [xiaohongshu]
            media:
              - {path: media/card-000.jpg, alt: 收据}
              - {path: media/card-001.jpg, alt: 店里的一角}
            ---
            #广告 驼色大衣配深棕手袋。

            """.write(to: draft, atomically: true, encoding: .utf8)
        let r = kos("lint", draft.path, "--image-cache", cache, "--format", "json")
        #expect(r.code == 1, "\(r)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let findings = ((json["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]]) ?? []
        let phone = try #require(findings.first { $0["rule"] as? String == "client-privacy/phone-number" }, "\(findings)")
        #expect(phone["media"] as? String == "media/card-000.jpg" && (phone["box"] as? [String: Int])?["width"] ?? 0 > 100, "\(phone)")
        #expect(findings.contains { $0["rule"] as? String == "image/code" && ($0["match"] as? String)?.hasPrefix("https://u.wechat.com/") == true })
        let kept = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".json") }
        #expect(kept.count == 2, "\(kept)")
        // The readings come from the cache now: the same findings with the readers unable to run.
        let before = try String(contentsOfFile: cache + "/" + kept[0], encoding: .utf8)
        for file in kept { try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 0)], ofItemAtPath: cache + "/" + file) }
        let again = kos("lint", draft.path, "--image-cache", cache, "--format", "json")
        #expect(again.out == r.out)
        #expect(try String(contentsOfFile: cache + "/" + kept[0], encoding: .utf8) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: cache + "/" + kept[0])[.modificationDate] as? Date == Date(timeIntervalSince1970: 0),
                "not written again")

        // A video is read by its cover frame: here a clip that opens on the receipt.
        let clip = try Subprocess.run("/usr/bin/ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-loop", "1", "-i", media.appendingPathComponent("card-000.jpg").path,
                                                          "-t", "1", "-r", "5", "-pix_fmt", "yuv420p", media.appendingPathComponent("look.mp4").path], in: Repo.root)
        #expect(clip.status == 0, "\(clip.err)")
        try """
            ---
            title: 周末的搭配
            platforms: [douyin]
            media:
              - {path: media/look.mp4, alt: 一段视频}
            ---
            #广告 驼色大衣配深棕手袋。

            """.write(to: draft, atomically: true, encoding: .utf8)
        let video = kos("lint", draft.path, "--image-cache", cache)
        #expect(video.code == 1 && video.out.contains("error[client-privacy/phone-number]: in the cover frame of media/look.mp4 (at "), "\(video)")

        // Pictures that cannot be checked are located errors, never a crash.
        for (file, why) in [("animated.gif", "it is animated"), ("bomb.png", "50000×50000 pixels"), ("really-a-png.jpg", "its bytes are image/png"), ("cut.jpg", "cut short"),
                            ("nowhere.jpg", "there is no file")] {
            try """
                ---
                title: 周末的搭配
                platforms: [xiaohongshu]
                media:
                  - {path: media/\(file), alt: 一张图}
                ---
                #广告 驼色大衣配深棕手袋。

                """.write(to: draft, atomically: true, encoding: .utf8)
            let bad = kos("lint", draft.path, "--image-cache", cache)
            #expect(bad.code == 1 && bad.out.contains("look.md:5:3: error[image/refused]: the picture media/\(file) cannot be checked: ") && bad.out.contains(why),
                    "\(file): \(bad)")
        }
        #expect(kos("lint", draft.path, "--no-images").code == 0)
    }
}
