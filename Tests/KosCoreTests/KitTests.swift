import Foundation
import KosCore
import Testing

/// A draft against the campaign kit it claims: the fast lane only for the kit's own locked text, images and window.
@Suite struct KitTests {
    static let kit = Kit(
        id: "arco-autumn", version: 2, description: "", workflow: "boutique-styling-notes", platforms: ["xiaohongshu"], products: ["SKU-ARCO-33"],
        hashtags: ["秋冬穿搭"], title: "{{opening}}｜Arco 33 的三种背法", body: "#广告 {{greeting}}\n\n这一季的 Arco 33 用编织小羊皮。\n\n{{tip}}\n\n欢迎到店试背。",
        slots: [Kit.Slot(name: "opening", maxChars: 12, hint: "一句开场"), Kit.Slot(name: "greeting", maxChars: 30, hint: nil), Kit.Slot(name: "tip", maxChars: 60, hint: nil)],
        media: [Kit.Medium(path: "media/arco-front.jpg", sha256: String(repeating: "a", count: 64), alt: "")],
        validFrom: 1_000, validUntil: 10_000, withdrawn: false, source: SourceRef(file: "kits.yaml", location: SourceLocation(line: 1, column: 1)))

    func draft(title: String = "周末好｜Arco 33 的三种背法", body: String = "#广告 欢迎回来，王小姐\n\n这一季的 Arco 33 用编织小羊皮。\n\n配驼色大衣最好看\n\n欢迎到店试背。",
               kit reference: String? = "arco-autumn@2", media: [String] = ["media/arco-front.jpg"], products: [String] = ["SKU-ARCO-33"]) -> Draft {
        var d = Draft(path: "-", title: title, body: body, platforms: ["xiaohongshu"], hashtags: ["#秋冬穿搭"], products: products,
                      media: media.map { Draft.Media(path: $0, alt: "") }, workflow: "boutique-styling-notes")
        d.kit = reference
        return d
    }

    func match(_ d: Draft, now: Int64 = 5_000, media: [String: String]? = ["media/arco-front.jpg": String(repeating: "a", count: 64)], kit: Kit = kit) -> KitMatch {
        KitMatch.of(d, kits: [kit.id: kit], media: media, now: now)!
    }

    @Test func filledSlotsAndTheKitsOwnTextMatch() {
        let m = match(draft())
        #expect(m.matched, "\(m.differences)")
        #expect(m.slots == ["opening": "周末好", "greeting": "欢迎回来，王小姐", "tip": "配驼色大衣最好看"])
        // Line ends, trailing spaces and composed or decomposed characters do not make a difference.
        #expect(match(draft(body: "#广告 欢迎回来\r\n\r\n这一季的 Arco 33 用编织小羊皮。  \r\n\r\n配大衣\r\n\r\n欢迎到店试背。\r\n")).matched)
        #expect(KitMatch.of(draft(kit: nil), kits: [Self.kit.id: Self.kit], now: 5_000) == nil, "a draft that names no kit is no kit's")
    }

    @Test func everyWayOfLeavingTheFastLaneSaysWhatDiffers() {
        let cases: [(KitMatch, String)] = [
            (match(draft(body: "#广告 欢迎回来\n\n这一季的 Arco 33 用编织小羊皮，全网最低价。\n\n配大衣\n\n欢迎到店试背。")), "the body: the locked text 「"),
            (match(draft(body: "#广告 欢迎回来\n\n这一季的 Arco 33 用编织小羊皮。\n\n配大衣\n\n欢迎到店试背。加我微信")), "text added after the kit's end"),
            (match(draft(title: "【opening：一句开场，至多 12 字】｜Arco 33 的三种背法")), "the slot opening is not filled in"),
            (match(draft(title: "这是一句远远超过十二个字的开场白呀｜Arco 33 的三种背法")), "the slot opening holds 17 characters; at most 12"),
            (match(draft(), now: 20_000), "arco-autumn@2 expired at"),
            (match(draft(), now: 10), "arco-autumn@2 may be used from"),
            (match(draft(kit: "arco-autumn@1")), "arco-autumn@1 is not a version of the kit in the library (its version now is arco-autumn@2)"),
            (match(draft(kit: "winter-coats@1")), "no kit winter-coats is defined"),
            (match(draft(media: ["media/arco-front.jpg", "media/selfie.jpg"])), "images not in the kit: media/selfie.jpg"),
            (match(draft(), media: ["media/arco-front.jpg": String(repeating: "b", count: 64)]), "the image media/arco-front.jpg is not the kit's file"),
            (match(draft(products: ["SKU-ARCO-33", "SKU-JODIE"])), "products not in the kit: SKU-JODIE"),
        ]
        for (m, expected) in cases {
            #expect(!m.matched && m.differences.contains { $0.contains(expected) }, "\(expected): \(m.differences)")
        }
        var withdrawn = Self.kit
        withdrawn.withdrawn = true
        #expect(match(draft(), kit: withdrawn).differences == ["arco-autumn@2 was withdrawn"])
    }

    /// A draft made from the version before the one in the library is read against its own version (its text, its
    /// window); withdrawing the kit withdraws that version too.
    @Test func aDraftMadeFromAnEarlierVersionIsReadAgainstIt() {
        var v3 = Self.kit
        v3.version = 3
        v3.body = "#广告 {{greeting}}\n\n新一季的 Arco 33。\n\n{{styling_tip}}\n\n欢迎到店试背。"
        let fromV2 = KitMatch.of(draft(), kits: [v3.id: v3], earlier: Self.kit, media: nil, now: 5_000)
        #expect(fromV2?.matched == true && fromV2?.reference == "arco-autumn@2", "\(String(describing: fromV2?.differences))")
        #expect(KitMatch.of(draft(), kits: [v3.id: v3], earlier: Self.kit, media: nil, now: 20_000)?.differences.first?.hasPrefix("arco-autumn@2 expired at") == true,
                "the version's own window")
        #expect(KitMatch.of(draft(body: "#广告 欢迎回来\n\n新一季的 Arco 33。\n\n配大衣\n\n欢迎到店试背。"), kits: [v3.id: v3], earlier: Self.kit, media: nil, now: 5_000)?
            .matched == false, "the new version's text is not the one the draft names")
        v3.withdrawn = true
        #expect(KitMatch.of(draft(), kits: [v3.id: v3], earlier: Self.kit, media: nil, now: 5_000)?.differences == ["arco-autumn@2 was withdrawn"])
    }

    @Test func theStarterDraftIsTheKitWithItsSlotsMarked() {
        let text = Self.kit.starterDraft()
        #expect(text.contains("title: \"【opening：一句开场，至多 12 字】｜Arco 33 的三种背法\""), "\(text)")
        #expect(text.contains("kit: arco-autumn@2") && text.contains("workflow: boutique-styling-notes") && text.contains("  - path: media/arco-front.jpg"))
        #expect(text.contains("#广告 【greeting，至多 30 字】"))
        #expect(KitTemplate.parts("{{a}}x{{ b }}{{c}}y{{ not a slot }}") == [.slot("a"), .text("x"), .slot("b"), .slot("c"), .text("y{{ not a slot }}")])
    }
}
