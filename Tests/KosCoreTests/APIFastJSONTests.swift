import Foundation
import KosTesting
import Testing

@testable import KosCore

/// The submit's body and the drafts the API answers with, read and written without Foundation's coders: the
/// same bytes as `API.encoder()` and the same values as `API.decoder()`, on generated values with every kind of
/// character a field can hold.
@Suite struct APIFastJSONTests {
    static let pieces = ["", "a", "秋冬新季", "\"", "\\", "/", "\n", "\r\n", "\t", "\u{0}", "\u{1}", "\u{8}", "\u{C}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}",
                         "😀", "e\u{301}", "<b>&'", " ", "d-3f2a9c1b", "2026-12-07T18:00:00.250+08:00", "\u{FEFF}", "\u{10FFFF}"]

    static func text(_ rng: inout SeededGenerator) -> String {
        (0..<rng.int(0...5)).map { _ in rng.pick(pieces) }.joined()
    }

    static func draft(_ rng: inout SeededGenerator) -> API.Draft {
        func maybe() -> String? { rng.int(0...2) == 0 ? nil : text(&rng) }
        var d = API.Draft(id: text(&rng), creator: text(&rng), workflow: text(&rng), title: maybe(), state: text(&rng), step: maybe(), reason: maybe(),
                          revision: rng.pick([0, 1, 7, -3, Int.max, Int.min, 1_000_000]), contentHash: text(&rng), run: maybe(), dueAt: maybe(),
                          createdAt: text(&rng), updatedAt: text(&rng))
        d.next = maybe()
        return d
    }

    @Test func draftsAreWrittenAsTheEncoderWritesThem() throws {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let d = Self.draft(&rng)
            #expect(try API.encode(d) == Array(API.encoder().encode(d)), "\(d)")
            var media: [String: String] = [:]
            for _ in 0..<rng.int(0...4) { media[rng.pick(["media/IMG_01.jpg", "fooBar", "snake_case", "中文.png", "a/b", "Z", ""]) + Self.text(&rng)] = Self.text(&rng) }
            let submitted = API.Submitted(draft: d, created: rng.int(0...1) == 0, media: media)
            #expect(try API.encode(submitted) == Array(API.encoder().encode(submitted)), "\(submitted)")
        }
        let list = (0..<5).map { _ in Self.draft(&rng) }
        #expect(try API.encode(list) == Array(API.encoder().encode(list)))
        #expect(try API.encode([API.Draft]()) == Array(API.encoder().encode([API.Draft]())))
    }

    @Test func aPlainSubmitIsReadAsTheDecoderReadsIt() throws {
        var rng = SeededGenerator(seed: 11)
        var plain = 0
        for _ in 0..<3000 {
            var members: [String] = []
            let content = Self.text(&rng)
            members.append("\"content\"\(rng.pick(["", " ", "\n"])):\(rng.pick(["", " "]))\(Self.literal(content, &rng))")
            switch rng.int(0...5) {
            case 0: members.append("\"workflow\": null")
            case 1, 2: members.append("\"workflow\":\(Self.literal(Self.text(&rng), &rng))")
            case 3: members.append(rng.pick(["\"media\": []", "\"extra\": 1", "\"content\": \"twice\"", "\"workflow\": 3", "\"Workflow\": \"x\"", "\"work_flow\": \"x\""]))
            default: break
            }
            if rng.int(0...1) == 0 { members.reverse() }
            var body = Array((rng.pick(["", " ", "\n\t"]) + "{" + members.joined(separator: rng.pick([",", " , ", ",\n"])) + "}" + rng.pick(["", " ", "\r\n"])).utf8)
            switch rng.int(0...9) {
            case 0: body.insert(0xFF, at: body.count / 2)  // not UTF-8
            case 1: body = Array(body.dropLast(2))  // cut short
            case 2: body = [0xEF, 0xBB, 0xBF] + body  // a byte-order mark
            default: break
            }
            let expected = try? API.decoder().decode(API.Submission.self, from: Data(body))
            if let fast = API.Submission.plain(body) {
                plain += 1
                #expect(fast == expected, "\(String(decoding: body, as: UTF8.self).debugDescription)")
            }
        }
        #expect(plain > 1000, "the plain reading was taken \(plain) times")
    }

    /// A JSON string literal of `s`, written with escapes chosen at random (all valid).
    static func literal(_ s: String, _ rng: inout SeededGenerator) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += rng.pick(["\\n", "\\u000a", "\\u000A"])
            case "/": out += rng.pick(["/", "\\/"])
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            case _ where scalar.value >= 0x10000: out += String(scalar)
            default: out += rng.int(0...4) == 0 ? String(format: "\\u%04X", scalar.value) : String(scalar)
            }
        }
        return out + "\""
    }
}
