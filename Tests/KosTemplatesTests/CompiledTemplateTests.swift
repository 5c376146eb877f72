import Foundation
import Mustache
import KosTesting
import Testing

@testable import KosTemplates

/// The compiled renderer says exactly what swift-mustache says: for every shipped template and for thousands of
/// generated ones (whitespace, standalone lines, nesting, lists, flags, missing names, escaping), over contexts
/// holding every kind of value a payload context can.
@Suite struct CompiledTemplateTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What swift-mustache renders, and what the compiled template renders (nil: not compiled, or handed back).
    static func both(_ text: String, _ context: [String: Any]) throws -> (expected: String, compiled: String?) {
        let template = try PayloadTemplate(text: text, path: "t.mustache")
        let html = try #require(PayloadTemplate.html)
        return (template.template.render(context), template.compiled?.render(context, html: html))
    }

    @Test func everyShippedTemplateIsCompiledAndRendersAsSwiftMustache() throws {
        let folder = Self.root.appendingPathComponent("Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }.sorted()
        #expect(names.count >= 7)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for context in Self.payloadContexts {
                let (expected, compiled) = try Self.both(text, context)
                #expect(compiled == expected, "\(name)")
            }
        }
    }

    /// What the worker and the review notices hand templates, with lists full and empty.
    static var payloadContexts: [[String: Any]] {
        let media: [[String: Any]] = [["path": "media/front.jpg", "sha256": "ab12", "alt": "手袋\"正面\"", "size": 48213, "type": "image/jpeg", "url": "https://x/1?a=1&b=2", "expires": 1_765_584_000],
                                      ["path": "media/detail.jpg", "sha256": "", "alt": "细节", "size": 0, "type": "image/jpeg", "url": "", "expires": 0]]
        func context(_ hashtags: [String], _ products: [String], _ media: [[String: Any]], oneTap: Bool) -> [String: Any] {
            [
                "draft": ["title": "秋冬新季 \"Arco\" <手袋> & 'more'", "body": "第一行\n第二行\t\\ \u{1} \u{2028}", "platforms": ["xiaohongshu", "douyin"],
                          "hashtags": hashtags, "products": products, "links": ["https://example.com/?a=1&b=2"], "media": media,
                          "accounts": [["id": "xiaohongshu:lina", "platform": "xiaohongshu", "handle": "lina"]], "account": ["xiaohongshu": "lina"],
                          "cooperation": ["model": "", "order": "PO-1"]] as [String: Any],
                "creator": ["id": "li.na", "store": "SH-IFC", "agency": "", "tier": "gold"],
                "run": ["id": "run-1", "workflow": "boutique-styling-notes"],
                "review": ["title": "新品", "author": "李娜", "store": "SH-IFC", "step": "store-manager", "revision": 2, "findings": 0,
                           "deadline_text": "12月8日 18:00", "url": "https://kos.example.com/r/1", "one_tap": oneTap] as [String: Any],
            ]
        }
        return [context(["BottegaVeneta", "秋冬穿搭"], ["SKU-1", "SKU-2", "SKU-3"], media, oneTap: true),
                context([], [], [], oneTap: false), context(["一"], ["SKU-1"], [media[0]], oneTap: true)]
    }

    @Test func generatedTemplatesRenderAsSwiftMustache() throws {
        var rng = SeededGenerator(seed: 20261207)
        var compiledCount = 0, renderedCount = 0
        for _ in 0..<3000 {
            let text = Self.template(&rng, depth: 0)
            let context = Self.context(&rng)
            guard let template = try? PayloadTemplate(text: text, path: "t.mustache") else { continue }
            let expected = template.template.render(context)
            guard let compiled = template.compiled else { continue }
            compiledCount += 1
            let html = try #require(PayloadTemplate.html)
            guard let rendered = compiled.render(context, html: html) else { continue }
            renderedCount += 1
            #expect(rendered == expected, "template: \(text.debugDescription)")
            if rendered != expected { break }
        }
        // The test means something only if most cases took the compiled path.
        #expect(compiledCount > 2500 && renderedCount > 2000, "compiled \(compiledCount), rendered \(renderedCount)")
    }

    @Test func whatItDoesNotCoverIsLeftToSwiftMustache() throws {
        // Not compiled: a partial, a transform of a named value, a block.
        for text in ["{{> other}}", "{{uppercased(draft.title)}}", "{{$block}}x{{/block}}", "{{#reversed(list)}}{{.}}{{/reversed(list)}}"] {
            let template = try PayloadTemplate(text: text, path: "t.mustache")
            #expect(template.compiled == nil, "\(text)")
        }
        // Compiled, but handed back for a value it does not look into: the output is swift-mustache's all the same.
        struct Card { let title = "卡片" }
        let template = try PayloadTemplate(text: "{{card.title}}|{{#set}}{{.}}{{/set}}", path: "t.mustache")
        #expect(template.compiled != nil)
        let context: [String: Any] = ["card": Card(), "set": Set(["a"])]
        #expect(template.compiled?.render(context, html: try #require(PayloadTemplate.html)) == nil)
        #expect(template.render(context) == "卡片|a")
    }

    // MARK: Generation

    static let names = ["a", "b", "n", "flag", "off", "list", "items", "obj", "obj.a", "obj.list", "obj.obj.a", ".", ".a", "missing", "opt", "none",
                        "nul", "ints", "empty", "a.b", "obj.missing.a", "strs"]

    static func template(_ rng: inout SeededGenerator, depth: Int) -> String {
        var out = ""
        for _ in 0..<rng.int(1...6) {
            switch rng.int(0...12) {
            case 0...3: out += ["x", " ", "  ", "\t", "\n", "\r\n", "{", "}", "中文", "<&>\"'", "a b", " \n", "{ {", "}}"][rng.int(0...13)]
            case 4: out += "{{\(rng.pick(names))}}"
            case 5: out += "{{ \(rng.pick(names)) }}"
            case 6: out += rng.int(0...1) == 0 ? "{{{\(rng.pick(names))}}}" : "{{& \(rng.pick(names))}}"
            case 7, 8:
                guard depth < 3 else { out += "z"; continue }
                let kind = rng.int(0...1) == 0 ? "#" : "^"
                let name = rng.int(0...4) == 0 ? rng.pick(["first()", "last()", "index()", "even()", "odd()"]) : rng.pick(names)
                let standalone = rng.int(0...2) == 0
                let open = "{{\(kind)\(name)}}", close = "{{/\(name)}}"
                let inner = template(&rng, depth: depth + 1)
                out += standalone ? "\n  \(open)\n\(inner)\n\t\(close)  \n" : "\(open)\(inner)\(close)"
            case 9: out += rng.int(0...1) == 0 ? "{{! a comment }}" : "\n  {{! standalone }}\n"
            case 10: out += rng.int(0...1) == 0 ? "{{% CONTENT_TYPE: JSON }}\n" : "{{% CONTENT_TYPE: TEXT }}"
            case 11: out += "{{\(rng.pick(["index()", "first()", "last()", "even()", "odd()"]))}}"
            default: out += "\n"
            }
        }
        return out
    }

    static func value(_ rng: inout SeededGenerator, depth: Int) -> Any {
        switch rng.int(0...(depth > 1 ? 5 : 9)) {
        case 0: return rng.pick(["", "v", "中文 \"引号\"", "<b>&'", "line\nbreak\t\\", "\u{1}"])
        case 1: return rng.int(0...1) == 0
        case 2: return rng.int(-3...99)
        case 3: return [String]()
        case 4: return ["p", "q\"", "<r>"].prefix(rng.int(1...3)).map { $0 }
        case 5: return Optional<String>.none as Any
        case 6: return Optional("wrapped") as Any
        case 7: return (0..<rng.int(0...3)).map { _ in dictionary(&rng, depth: depth + 1) }
        case 8: return dictionary(&rng, depth: depth + 1)
        default: return ["a": "s", "b": "t"] as [String: String]
        }
    }

    static func dictionary(_ rng: inout SeededGenerator, depth: Int) -> [String: Any] {
        var d: [String: Any] = [:]
        for key in ["a", "b", "n", "flag", "list", "obj", "items", "strs"] where rng.int(0...2) > 0 { d[key] = value(&rng, depth: depth) }
        return d
    }

    static func context(_ rng: inout SeededGenerator) -> [String: Any] {
        var d = dictionary(&rng, depth: 0)
        d["flag"] = true
        d["off"] = false
        d["ints"] = [1, 2, 3]
        d["empty"] = [String]()
        d["nul"] = NSNull()
        d["opt"] = Optional("x") as Any
        d["none"] = Optional<Int>.none as Any
        d["strs"] = ["甲", "乙"]
        return d
    }
}
