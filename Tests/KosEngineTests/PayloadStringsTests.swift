import Foundation
import KosCore
import KosTesting
import Testing

@testable import KosEngine

/// A rendered payload's strings are what the packs check before it goes out. kosflow reads them itself when it
/// can (`JSONStrings`) and leaves the rest to Foundation: side by side, both give the same strings in the same
/// order for payloads as templates write them, for generated JSON of every shape, and for text that is not JSON.
@Suite struct PayloadStringsTests {
    static let payloads = [
        ##"{"platform": "xiaohongshu", "type": "note", "title": "秋冬新季 Arco 33", "desc": "#广告 这周店里到了\n秋冬新季", "topics": ["穿搭", "通勤"], "kos_run": "r-1"}"##,
        ##"{"msg_type": "interactive", "card": {"header": {"template": "blue", "title": {"tag": "plain_text", "content": "待审核｜秋冬新季"}}}}"##,
        ##"{"video": null, "size": 1048576, "expires": 1764570000, "ratio": -0.5e-3, "ok": true, "no": false, "list": []}"##,
        ##"{"a\u00e9": "\u4e2d\u6587 \/ \" \\ \b\f\n\r\t", "z": "雾蓝", "m": {}}"##,
        ##"  "just a string"  "##,
        ##"[1, 2.5, -0, 1E9, "x", [[["deep"]]]]"##,
        "\n\t{\"b\": \"2\", \"a\": \"1\", \"ä\": \"3\", \"a\u{0308}x\": \"4\", \"Z\": \"5\"}\r\n",
    ]

    static let notJSON = [
        "", " ", "{", "}", "[1,]", "{\"a\": 1,}", "{\"a\" 1}", "{'a': 1}", "01", "1.", ".5", "-", "1e", "+1", "NaN", "tru", "nulll",
        "\"unterminated", "\"bad \\x escape\"", "\"raw\ncontrol\"", "\"\\u12G4\"", "{\"a\": 1} trailing", "[1] [2]",
        "#广告 plain text payload", "{\"dup\": \"one\", \"dup\": \"two\"}", "\"\\ud83d\\ude00 pair\"", "\"\\ud800 lone\"",
        "\u{FEFF}{\"bom\": \"x\"}", String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
        "\u{00A0}{\"nbsp\": \"x\"}",
    ]

    @Test(arguments: payloads)
    func payloadsAreReadAsFoundationReadsThem(_ text: String) {
        #expect(JSONStrings.collect(text) != nil, "kosflow reads it itself")
        #expect(Worker.payloadStrings(text) == Worker.foundationStrings(text))
    }

    @Test(arguments: notJSON)
    func whatIsNotReadIsLeftToFoundation(_ text: String) {
        #expect(Worker.payloadStrings(text) == Worker.foundationStrings(text))
    }

    /// Generated values of every shape (nested objects and arrays, numbers in each form, strings with every
    /// escape, Chinese text, emoji raw and escaped), written with and without spaces, read both ways.
    @Test func generatedJSONIsReadAlike() throws {
        var rng = SeededGenerator(seed: 2026_12_07)
        let pieces = ["秋冬", "新季", "a", "Z", "é", "e\u{301}", "🔥", "\\n", "\\\"", "\\\\", "\\/", "\\u00e9", "\\u4e2d", "\\ud83d\\ude00", "\\t", " ", "1"]
        let numbers = ["0", "-0", "12", "-3.25", "1e3", "2E-2", "6.02e+23", "1048576"]
        func string() -> String {
            "\"" + (0..<Int.random(in: 0...4, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined() + "\""
        }
        func value(_ depth: Int) -> String {
            switch Int.random(in: 0..<(depth > 3 ? 5 : 7), using: &rng) {
            case 0, 1: return string()
            case 2: return numbers.randomElement(using: &rng)!
            case 3: return ["true", "false", "null"].randomElement(using: &rng)!
            case 4: return "[]"
            case 5: return "[" + (0..<Int.random(in: 1...4, using: &rng)).map { _ in value(depth + 1) }.joined(separator: ", ") + "]"
            default:
                var keys: [String] = []
                while keys.count < Int.random(in: 1...5, using: &rng) {
                    let k = string()
                    if !keys.contains(k) { keys.append(k) }
                }
                let space = Bool.random(using: &rng) ? " " : ""
                return "{" + keys.map { "\($0):\(space)\(value(depth + 1))" }.joined(separator: "," + space) + "}"
            }
        }
        var readByUs = 0
        for _ in 0..<2_000 {
            let text = value(0)
            if JSONStrings.collect(text) != nil { readByUs += 1 }
            #expect(Worker.payloadStrings(text) == Worker.foundationStrings(text), "\(text)")
        }
        #expect(readByUs > 1_500, "most generated JSON is read without Foundation (\(readByUs) of 2,000)")
    }
}
