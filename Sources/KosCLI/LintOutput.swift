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
                if let s = f.suggestion { text += " (use \"\(s)\")" }
                if let line = f.line, let column = f.column, let source = r.source, let lineText = SourceText.line(line, of: source) {
                    let gutter = String(line)
                    let pad = String(repeating: " ", count: gutter.count)
                    let width = max(1, (f.match ?? "").unicodeScalars.prefix { $0 != "\n" }.reduce(0) { $0 + SourceText.displayWidth($1) })
                    text += "\n\(pad) |\n\(gutter) | \(SourceText.sanitized(lineText))\n\(pad) | \(SourceText.caretPadding(lineText, column: column))\(String(repeating: "^", count: width))"
                }
                if let link = f.link { text += "\n  = see \(link)" }
                console.out(text)
            }
        }
        let e = counts[.error] ?? 0, w = counts[.warning] ?? 0, s = counts[.suggestion] ?? 0
        let drafts = results.count
        if e + w + s == 0 {
            console.out("\(console.paint("ok", "32")): \(plural(drafts, "draft")) checked, nothing found")
        } else {
            console.out("\n\(plural(e, "error")), \(plural(w, "warning")), \(plural(s, "suggestion")) in \(plural(drafts, "draft"))")
        }
    }

    static func findingObject(_ f: Finding) -> [String: Any] {
        var o: [String: Any] = ["rule": f.rule, "severity": f.level.rawValue, "message": f.message]
        if let scope = f.scope { o["scope"] = scope.rawValue }
        if let line = f.line { o["line"] = line }
        if let column = f.column { o["column"] = column }
        if let match = f.match { o["match"] = match }
        if let s = f.suggestion { o["suggestion"] = s }
        if let l = f.link { o["link"] = l }
        return o
    }

    static func json(_ results: [Result]) -> String {
        let object: [String: Any] = ["files": results.map { ["path": $0.path, "findings": $0.findings.map(findingObject)] }]
        return serialize(object)
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
