import Foundation
import KosCore
import KosDefinitions
import KosTesting
import Testing

@testable import KosRules

/// The pictures of a draft, read for real (Tesseract and ZBar, Debian's) on images drawn for the test with a CJK
/// font and a QR code package: a client's number, a personal WeChat QR code and 全网最低价 are found, each placed
/// at its picture and region, in clean renders and in noisy, rotated ones; pictures with nothing to find stay clean.
@Suite(.serialized) struct ImageCheckTests {
    struct Card: Decodable {
        var file: String
        var phone: String?
        var phone_y: [Int]?
        var qr: String?
        var claim: Bool
        var noisy: Bool
    }

    struct DrawingFailed: Error, CustomStringConvertible { var description: String }

    static func draw(_ set: String = "cards", count: Int = 16) throws -> (dir: URL, cards: [Card]) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-images-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let python = Repo.path(".venv/bin/python")
        let r = try Subprocess.run(python, [Repo.path("Tests/Support/draw_images.py"), dir.path, "--set", set, "--count", String(count)], in: Repo.root)
        guard r.status == 0 else { throw DrawingFailed(description: "draw_images.py: \(r.err)") }
        let cards = set == "cards" ? try r.out.split(separator: "\n").map { try JSONDecoder().decode(Card.self, from: Data($0.utf8)) } : []
        return (dir, cards)
    }

    /// A linter keeps scratch state: one per reader.
    static func linter() -> Linter {
        let packs = try! BuiltinPacks.load()
        return try! Linter(packs: ["client-privacy", "prc-advertising-law"].compactMap { packs[$0] })
    }

    /// Each picture read and checked, two at a time (the readers run on one core each).
    static func check(_ dir: URL, _ cards: [Card]) async -> [String: [Finding]] {
        await withTaskGroup(of: (String, [Finding]).self) { group in
            var out: [String: [Finding]] = [:]
            var next = 0
            func start(_ i: Int) {
                let card = cards[i]
                group.addTask {
                    let bytes = FileManager.default.contents(atPath: dir.appendingPathComponent(card.file).path) ?? Data()
                    let reading = ImageReader(budget: 60).read(bytes)
                    let linter = linter()
                    return (card.file, ImageCheck.findings(path: "media/\(card.file)", reading: reading, codes: .error,
                                                           found: ImageCheck.text(of: reading).map { linter.lint($0) } ?? []))
                }
            }
            while next < min(2, cards.count) { start(next); next += 1 }
            for await (file, findings) in group {
                out[file] = findings
                if next < cards.count { start(next); next += 1 }
            }
            return out
        }
    }

    @Test func aClientsNumberAQRCodeAndAnAbsoluteClaimAreFoundInPicturesWhereTheyAre() async throws {
        let (dir, cards) = try Self.draw(count: 16)
        let found = await Self.check(dir, cards)
        var missed: [String] = [], falseAlarms: [String] = []
        for card in cards {
            let findings = found[card.file] ?? []
            #expect(!findings.contains { $0.rule == "image/unread" }, "\(card.file): \(findings.map(\.message))")
            #expect(findings.allSatisfy { $0.media == "media/\(card.file)" && $0.line == nil })
            let phone = findings.first { $0.rule == "client-privacy/phone-number" }
            let code = findings.first { $0.rule == "image/code" }
            let claim = findings.first { $0.rule.hasPrefix("prc-advertising-law/") }
            if let digits = card.phone {
                if let phone {
                    #expect(phone.match?.filter(\.isNumber) == digits, "\(card.file): read \(phone.match ?? "")")
                    #expect(phone.level == .error && phone.message.hasPrefix("in the picture media/\(card.file) (at "))
                    // Placed on the number's line (clean renders are not rotated).
                    if !card.noisy, let rows = card.phone_y, let box = phone.box {
                        #expect(box.y >= rows[0] - 10 && box.y + box.height <= rows[1] + 25, "\(card.file): box \(box) for rows \(rows)")
                    }
                } else { missed.append("\(card.file) phone") }
            }
            if let target = card.qr {
                if let code { #expect(code.match == target && code.level == .error && code.box == nil) } else { missed.append("\(card.file) QR") }
            }
            if card.claim, claim == nil { missed.append("\(card.file) claim") }
            if card.phone == nil, phone != nil { falseAlarms.append("\(card.file): \(phone!.match ?? "")") }
            if card.qr == nil, code != nil { falseAlarms.append("\(card.file): a code") }
            if !card.claim, let claim { falseAlarms.append("\(card.file): \(claim.match ?? "")") }
        }
        let clean = cards.filter { !$0.noisy }, missedClean = missed.filter { m in clean.contains { m.hasPrefix($0.file) } }
        print("image checks: \(cards.count) pictures, missed \(missed.count) (\(missedClean.count) clean): \(missed); false alarms \(falseAlarms.count): \(falseAlarms)")
        #expect(missedClean.isEmpty, "on clean renders every number, code and claim is found: \(missedClean)")
        #expect(missed.count <= 1, "at most one miss among the noisy, rotated ones: \(missed)")
        #expect(falseAlarms.isEmpty, "\(falseAlarms)")
    }

    @Test func aPictureNotReadInTimeSaysSoAndAMissingReaderIsNamed() throws {
        let (dir, cards) = try Self.draw(count: 1)
        let bytes = try #require(FileManager.default.contents(atPath: dir.appendingPathComponent(cards[0].file).path))
        let slow = ImageReader(budget: 0.05).read(bytes)
        #expect(slow.problem?.contains("not read within") == true, "\(String(describing: slow.problem))")
        let linter = Self.linter()
        let findings = ImageCheck.findings(path: "media/a.jpg", reading: slow, codes: .warning, found: ImageCheck.text(of: slow).map { linter.lint($0) } ?? [])
        #expect(findings.map(\.rule) == ["image/unread"] && findings[0].message.contains("a reviewer looks at it themselves"))
        var missing = ImageReader(budget: 30)
        missing.languages = "xx_not_a_language"
        #expect(missing.read(bytes).problem?.contains("tesseract") == true)
    }

    @Test func tesseractsLinesAreJoinedAsWrittenAndZBarsCodesRead() {
        let tsv = """
            level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
            5\t1\t1\t1\t1\t1\t80\t338\t106\t52\t96.2\t预约
            5\t1\t1\t1\t1\t2\t199\t338\t103\t52\t94.7\t电话
            5\t1\t1\t1\t1\t3\t322\t343\t85\t43\t92.4\t138
            5\t1\t1\t1\t1\t4\t427\t343\t118\t43\t91.3\t1234
            5\t1\t1\t1\t1\t5\t561\t343\t119\t43\t10.0\t~~
            5\t1\t2\t1\t1\t1\t82\t458\t276\t52\t94.7\tArco
            5\t1\t2\t1\t1\t2\t382\t458\t60\t52\t94.7\t33
            """
        let lines = ImageReader.lines(fromTSV: tsv)
        #expect(lines.map(\.text) == ["预约电话 138 1234", "Arco 33"], "a word read with low confidence is left out; no space between Chinese characters")
        #expect(lines[0].box == ImageBox(x: 80, y: 338, width: 465, height: 52))
        let xml = "<barcodes><source><index num='0'><symbol type='QR-Code' quality='1'><data><![CDATA[https://u.wechat.com/abc]]></data></symbol>"
            + "<symbol type='EAN-13' quality='1'><data><![CDATA[6901234567892]]></data></symbol></index></source></barcodes>"
        let codes = ImageReader.codes(fromXML: xml)
        #expect(codes == [.init(type: "QR-Code", data: "https://u.wechat.com/abc"), .init(type: "EAN-13", data: "6901234567892")])
        let found = ImageCheck.findings(path: "media/look.mp4", reading: ImageReading(codes: codes), codes: .warning, found: [])
        #expect(found.map(\.message) == [
            "the cover frame of media/look.mp4 carries a QR code leading to 「https://u.wechat.com/abc」: a personal WeChat or shop QR code may not appear in a note",
            "the cover frame of media/look.mp4 carries a barcode (EAN-13) reading 「6901234567892」: a receipt's or an order's code identifies a client's purchase",
        ])
    }
}

/// Files that must be refused before anything decodes them, each saying why.
@Suite struct HostileImageTests {
    @Test func animatedImagesABombAFalseNameAndACutFileAreRefusedOnTheirHeaders() throws {
        let (dir, _) = try ImageCheckTests.draw("hostile")
        func refusal(_ file: String) -> String? {
            let bytes = [UInt8](FileManager.default.contents(atPath: dir.appendingPathComponent(file).path) ?? Data())
            do throws(MediaKind.Refusal) {
                _ = try MediaKind.verify(bytes, path: "media/\(file)")
                return nil
            } catch { return error.description }
        }
        for file in ["animated.gif", "animated.png", "animated.webp"] {
            #expect(refusal(file)?.contains("it is animated") == true, "\(file): \(refusal(file) ?? "accepted")")
        }
        #expect(refusal("bomb.png") == "it is 50000×50000 pixels (2500 megapixels); an image may have at most 40 megapixels", "\(refusal("bomb.png") ?? "accepted")")
        #expect(refusal("really-a-png.jpg")?.contains("its bytes are image/png") == true)
        #expect(refusal("cut.jpg") == "it is named as image/jpeg but it is a JPEG cut short (no end-of-image marker)", "\(refusal("cut.jpg") ?? "accepted")")
        #expect(refusal("whole.jpg") == nil)
    }
}
