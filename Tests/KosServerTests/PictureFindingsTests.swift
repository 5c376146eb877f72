import Foundation
import KosCore
import KosTesting
import Testing

@testable import KosCLI

/// A client's number in a picture, as the reviewer sees it: `kos show` names the picture and the region, and the
/// console's draft page draws a box over the picture where the number was read.
@Suite struct PictureFindingsTests {
    @Test(arguments: ["sqlite"])
    func aNumberReadInAPictureIsShownOnItToTheReviewer(driver: String) async throws {
        let api = try await APIFixture(driver: driver)
        let folder = api.dir.appendingPathComponent("receipt")
        let media = folder.appendingPathComponent("media")
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        let drawn = try Subprocess.run(APIFixture.root.appendingPathComponent(".venv/bin/python").path,
                                       [APIFixture.root.appendingPathComponent("Tests/Support/draw_images.py").path, media.path, "--count", "1"], in: APIFixture.root)
        #expect(drawn.status == 0, "\(drawn.err)")
        try FileManager.default.moveItem(at: media.appendingPathComponent("card-000.jpg"), to: media.appendingPathComponent("receipt.jpg"))
        let file = folder.appendingPathComponent("look.md")
        try """
            ---
            title: 周末的搭配
            platforms: [xiaohongshu]
            workflow: boutique-styling-notes
            media:
              - {path: media/receipt.jpg, alt: 今天的小票}
            ---
            #广告 驼色大衣配深棕手袋，周末来店里试试。

            """.write(to: file, atomically: true, encoding: .utf8)
        let submitted = try await DecisionBindingTests.kos(api, "li.na", ["submit", file.path, "--no-lint", "--format", "json"])
        #expect(submitted.code == 0, "\(submitted)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(submitted.out.utf8)) as? [String: Any])
        let id = try #require((json["draft"] as? [String: Any])?["id"] as? String)
        try await api.worker.drain()
        #expect(try await api.draft(id).state == DraftProgress.blocked.rawValue)

        let shown = try await DecisionBindingTests.kos(api, "zhang.wei", ["show", id])
        #expect(shown.out.contains("client-privacy/phone-number") && shown.out.contains("in the picture media/receipt.jpg (at "), "\(shown.out)")
        let session = try await api.signIn("zhang.wei")
        let page = try await api.page("/console/drafts/\(id)", session: session)
        #expect(page.body.contains("<h2>Found in the pictures</h2>") && page.body.contains("<span class=\"box level-error\" style=\"left:"), "\(page.body.prefix(600))")
        #expect(page.body.contains("<img src=\"/console/drafts/\(id)/media/"))
    }
}
