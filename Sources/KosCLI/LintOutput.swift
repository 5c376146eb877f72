import Foundation
import KosCore

/// How `kos lint` shows findings: like a compiler for people, JSON and SARIF for tools.
enum LintOutput {
    typealias Result = (path: String, source: String?, findings: [Finding])

    static func human(_ results: [Result], console: Console) {
        var counts: [FindingLevel: Int] = [:]
        for r in results {
            for f in r.findings {
                counts[f.level, default: 0] += 1
                var head = r.path + ":"
                if let line = f.line, let column = f.column { head += "\(line):\(column):" }
                let level = console.useColor ? console.paint(f.level.rawValue, f.level == .error ? "1;31" : f.level == .warning ? "1;33" : "1;36") : f.level.rawValue
                var text = "\(head) \(level)[\(f.rule)]: \(f.message)"
                if let s = f.suggestion { text += tr(" (use \"\(s)\")") }
                if f.shadow == true { text += tr(" [shadow: reported, not blocking]") }
                if let reason = f.suppressed { text += tr(" [suppressed: \(reason)]") }
                if let line = f.line, let column = f.column, let source = r.source, let lineText = SourceText.line(line, of: source) {
                    let gutter = String(line)
                    let pad = String(repeating: " ", count: gutter.count)
                    let width = max(1, (f.match ?? "").unicodeScalars.prefix { $0 != "\n" }.reduce(0) { $0 + SourceText.displayWidth($1) })
                    text += "\n\(pad) |\n\(gutter) | \(SourceText.sanitized(lineText))\n\(pad) | \(SourceText.caretPadding(lineText, column: column))\(String(repeating: "^", count: width))"
                }
                if let link = f.link { text += "\n" + tr("  = see \(link)") }
                console.out(text)
            }
        }
        let e = counts[.error] ?? 0, w = counts[.warning] ?? 0, s = counts[.suggestion] ?? 0
        let drafts = trn(results.count, "\(results.count) draft", "\(results.count) drafts")
        if e + w + s == 0 {
            let ok = console.paint(tr("ok"), "32")
            console.out(tr("\(ok): \(drafts) checked, nothing found"))
        } else {
            let errors = trn(e, "\(e) error", "\(e) errors"), warnings = trn(w, "\(w) warning", "\(w) warnings")
            let suggestions = trn(s, "\(s) suggestion", "\(s) suggestions")
            console.out("\n" + tr("\(errors), \(warnings), \(suggestions) in \(drafts)"))
        }
    }

    /// One finding as JSON, keys sorted: the contract tools and tests read.
    static func writeFinding(_ f: Finding, into out: inout [UInt8]) {
        var first = true
        func key(_ k: StaticString) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(UInt8(ascii: "\""))
            k.withUTF8Buffer { out.append(contentsOf: $0) }
            out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        }
        out.append(UInt8(ascii: "{"))
        if let b = f.box { key("box"); out.append(contentsOf: #"{"height":\#(b.height),"width":\#(b.width),"x":\#(b.x),"y":\#(b.y)}"#.utf8) }
        if let column = f.column { key("column"); JSON.writeInt(column, into: &out) }
        if let line = f.line { key("line"); JSON.writeInt(line, into: &out) }
        if let l = f.link { key("link"); JSON.writeString(l, into: &out) }
        if let match = f.match { key("match"); JSON.writeString(match, into: &out) }
        if let media = f.media { key("media"); JSON.writeString(media, into: &out) }
        key("message"); JSON.writeString(f.message, into: &out)
        key("rule"); JSON.writeString(f.rule, into: &out)
        if let scope = f.scope { key("scope"); JSON.writeString(scope.rawValue, into: &out) }
        key("severity"); JSON.writeString(f.level.rawValue, into: &out)
        if f.shadow == true { key("shadow"); out.append(contentsOf: "true".utf8) }
        if let s = f.suggestion { key("suggestion"); JSON.writeString(s, into: &out) }
        if let s = f.suppressed { key("suppressed"); JSON.writeString(s, into: &out) }
        out.append(UInt8(ascii: "}"))
    }

    /// The JSON report as UTF-8, built from valid pieces.
    static func json(_ results: [Result]) -> [UInt8] {
        var report = JSONReport()
        for r in results { report.add(path: r.path, findings: r.findings) }
        return report.finished()
    }

    /// The JSON report built a draft at a time: a folder's findings are written as each draft is checked and let
    /// go, not all held until the end.
    struct JSONReport {
        private var out: [UInt8] = Array(#"{"files":["#.utf8)
        private var files = 0

        mutating func add(path: String, findings: [Finding]) {
            if files > 0 { out.append(UInt8(ascii: ",")) }
            files += 1
            out.append(contentsOf: #"{"findings":["#.utf8)
            for (k, f) in findings.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                writeFinding(f, into: &out)
            }
            out.append(contentsOf: #"],"path":"#.utf8)
            JSON.string(path).write(into: &out)
            out.append(UInt8(ascii: "}"))
        }

        func finished() -> [UInt8] { out + "]}".utf8 }
    }

    static func serialize(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// SARIF 2.1.0, for CI systems and code-scanning dashboards.
    static func sarif(_ results: [Result]) -> String {
        var rules: [String: Finding] = [:]
        for r in results { for f in r.findings where rules[f.rule] == nil { rules[f.rule] = f } }
        let ruleIDs = rules.keys.sorted()
        let driverRules: [[String: Any]] = ruleIDs.map { id in
            var o: [String: Any] = ["id": id, "shortDescription": ["text": id]]
            if let link = rules[id]?.link { o["helpUri"] = link }
            return o
        }
        var sarifResults: [[String: Any]] = []
        for r in results {
            for f in r.findings {
                var region: [String: Any] = [:]
                if let line = f.line { region["startLine"] = line }
                if let column = f.column { region["startColumn"] = column }
                if let match = f.match, let column = f.column {
                    region["endColumn"] = column + match.unicodeScalars.prefix { $0 != "\n" }.count
                    region["snippet"] = ["text": match]
                }
                var physical: [String: Any] = ["artifactLocation": ["uri": r.path]]
                if !region.isEmpty { physical["region"] = region }
                sarifResults.append([
                    "ruleId": f.rule, "ruleIndex": ruleIDs.firstIndex(of: f.rule) ?? 0,
                    "level": f.level == .suggestion ? "note" : f.level.rawValue,
                    "message": ["text": f.message],
                    "locations": [["physicalLocation": physical]],
                ])
            }
        }
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "kos", "informationUri": "https://kosflow.dev", "version": "0.1.0", "rules": driverRules]],
                "columnKind": "unicodeCodePoints",
                "results": sarifResults,
            ]],
        ]
        return serialize(log)
    }
}
