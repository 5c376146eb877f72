import Foundation
import KosCore
import KosDefinitions

@testable import KosRules

enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}

/// A one-rule pack from YAML written the way a compliance team writes it.
func pack(_ rulesYAML: String, id: String = "brand", file: String? = nil) throws -> GuidelinePack {
    let text = "apiVersion: kos/v1\nkind: Guidelines\nid: \(id)\nrules:\n" + rulesYAML
    let report = DefinitionLoader().load(texts: [(file ?? "\(id).yaml", text)])
    guard report.isValid, let p = report.definitions.guidelines[id] else {
        throw DiagnosticList(report.diagnostics)
    }
    return p
}

/// The findings of `rulesYAML` over `text` in the body (or another scope).
func findings(_ rulesYAML: String, _ text: String, scope: Scope = .body, now: Date = Date(timeIntervalSince1970: 0)) throws -> [Finding] {
    try Linter(packs: [pack(rulesYAML)]).lint(Draft.text(text, scope: scope), now: now)
}

func matches(_ rulesYAML: String, _ text: String, scope: Scope = .body) throws -> [String] {
    try findings(rulesYAML, text, scope: scope).compactMap(\.match)
}
