import Foundation
import KosCore
import KosTemplates
import Testing

@Suite struct PayloadTemplateTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var context: [String: Any] { [
        "draft": [
            "title": "秋冬新季 \"Arco\" 手袋", "body": "第一行\n第二行\t<b>",
            "hashtags": ["BottegaVeneta", "秋冬穿搭"], "platforms": ["xiaohongshu"], "products": ["SKU-ARCO-33"],
            // As the worker gives them: the upload's hash, size and type, and a signed link (empty without api.public_url).
            "media": [["path": "media/front.jpg", "sha256": "ab12", "alt": "手袋正面", "size": 48213, "type": "image/jpeg",
                       "url": "https://kos.example.com/v1/media/ab12?expires=1765584000&sig=00", "expires": 1_765_584_000],
                      ["path": "media/detail.jpg", "sha256": "", "alt": "细节", "size": 0, "type": "image/jpeg", "url": "", "expires": 0]],
        ],
        "creator": ["id": "li.na", "store": "SH-IFC"],
        "run": ["id": "run-1", "workflow": "boutique-styling-notes"],
    ] }

    @Test(arguments: ["xiaohongshu-note", "wechat-channels-post", "douyin-video", "weibo-post", "agency-notice"])
    func everyShippedTemplateRendersValidJSON(name: String) throws {
        let path = Self.root.appendingPathComponent("Templates/\(name).mustache").path
        let template = try PayloadTemplate(text: try String(contentsOfFile: path, encoding: .utf8), path: path)
        let rendered = template.render(Self.context)
        let object = try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any]
        #expect(object != nil, "not JSON: \(rendered)")
        // Foundation tolerates trailing commas; receivers' parsers do not.
        #expect(rendered.firstMatch(of: /,\s*[\]}]/) == nil, "trailing comma: \(rendered)")
        #expect(rendered.contains("SH-IFC") || rendered.contains("li.na"))
        if name != "agency-notice" {
            // A post's media reach the gateway with what it needs to fetch and verify them.
            for part in ["\"sha256\": \"ab12\"", "\"url\": \"https://kos.example.com/v1/media/ab12?expires=1765584000&sig=00\"", "\"size\": 48213", "\"type\": \"image/jpeg\""] {
                #expect(rendered.contains(part), "\(name): \(part) in \(rendered)")
            }
        }
    }

    @Test func valuesAreEscapedForJSONStrings() throws {
        let template = try PayloadTemplate(text: "{{% CONTENT_TYPE: JSON }}{\"t\": \"{{draft.title}}\", \"b\": \"{{draft.body}}\"}", path: "t")
        let rendered = template.render(Self.context)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: String])
        #expect(object["t"] == "秋冬新季 \"Arco\" 手袋")
        #expect(object["b"] == "第一行\n第二行\t<b>")
    }

    @Test func syntaxErrorsAreLocatedInTheTemplate() {
        #expect {
            try PayloadTemplate(text: "{\n  \"a\": \"{{#x}}{{/y}}\"\n}", path: "Templates/a.mustache")
        } throws: { error in
            guard let d = error as? Diagnostic else { return false }
            return d.code == "KOS2014" && d.location?.line == 2 && d.message.contains("closed with a different name")
        }
    }
}
