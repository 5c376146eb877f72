import Foundation
import KosCore
import KosTemplates
import KosYAML

/// A publish template that drops a field the workflow's packs look in for something that must be present
/// (the 广告 label of `ad-disclosure`, say) is worth a warning at `kos validate`: kosd checks each payload
/// and refuses a delivery whose template dropped what a rule needs, so the warning comes before the refusal.
extension DefinitionLoader {
    /// The draft fields a template may carry, each probed with a marker it either renders or not.
    static let probedFields: [(field: String, marker: String)] = [("title", "KOSPROBETITLE"), ("body", "KOSPROBEBODY"), ("hashtags", "KOSPROBEHASHTAG")]

    /// The probed fields the template renders; nil when it cannot be read or compiled (reported elsewhere).
    static func carriedFields(template path: String) -> Set<String>? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let template = try? PayloadTemplate(text: text, path: path) else { return nil }
        let context: [String: Any] = [
            "draft": ["title": "KOSPROBETITLE", "body": "KOSPROBEBODY", "platforms": ["xiaohongshu"], "hashtags": ["KOSPROBEHASHTAG"],
                      "products": ["SKU-PROBE"], "links": [String](),
                      "media": [["path": "media/probe.jpg", "alt": "KOSPROBEALT", "sha256": "", "size": 0, "type": "image/jpeg", "url": ""]]] as [String: Any],
            "creator": ["id": "probe", "store": "PROBE"],
            "run": ["id": "r-probe", "workflow": "probe"],
        ]
        let rendered = template.render(context)
        return Set(probedFields.filter { rendered.contains($0.marker) }.map(\.field))
    }

    func templateCoverage(_ documents: [(file: String, kind: String, root: YAMLNode)], into report: inout LoadReport) {
        guard !builtinPacks.isEmpty, documents.contains(where: { $0.kind == "Workflow" }), let builtin = try? BuiltinPacks.load() else { return }
        let defs = report.definitions
        // The packs a workflow may name; the calendars' embargo packs (`CheckPlan.available`) hold only embargo
        // rules, which need nothing present, so they are not built here.
        let available = builtin.merging(defs.guidelines) { a, _ in a }
        let carried = eachTemplate(documents, keys: ["publish"]) { full in Self.carriedFields(template: full) }
        let workflows = documents.filter { $0.kind == "Workflow" }
        let perWorkflow = ParallelMap.map(workflows) { document -> [Diagnostic] in
            guard let id = Decoder.string(document.root["id"]), let workflow = defs.workflows[id] else { return [] }
            // Rules that need something present, by the fields they look in: of the packs kosd checks the payload with.
            var needs: [String: [String]] = [:]
            for packID in CheckPlan.packIDs(workflow: workflow, step: nil, definitions: defs) {
                guard let pack = available[packID] else { continue }
                for rule in pack.rules where rule.kind == "conditional" || rule.kind == "required" {
                    for field in rule.scope { needs[field, default: []].append("\(packID)/\(rule.id)") }
                }
            }
            guard !needs.isEmpty else { return [] }
            var problems: [Diagnostic] = []
            let folder = templatesFolder(for: document.file)
            for step in document.root["steps"]?.sequence ?? [] {
                guard let delivery = step["publish"], let template = templatePath(delivery, folder: folder),
                      let fields = carried[template.full] ?? nil else { continue }
                let dropped = Self.probedFields.map(\.field).filter { !fields.contains($0) && needs[$0] != nil }
                guard !dropped.isEmpty else { continue }
                let rules = Array(Set(dropped.flatMap { needs[$0] ?? [] })).sorted()
                let endpoint = Decoder.string(delivery["endpoint"]) ?? tr("its endpoint")
                let fieldNames = Shape.alternatives(dropped), named = rules.prefix(2).joined(separator: ", "), render = "{{draft.\(dropped[0])}}"
                let message = rules.count > 2
                    ? tr("template \(template.path) does not carry the draft's \(fieldNames): what \(named) and \(rules.count - 2) more look for there would not reach \(endpoint), and kosd refuses such a delivery. Render \(render) in the template")
                    : tr("template \(template.path) does not carry the draft's \(fieldNames): what \(named) look for there would not reach \(endpoint), and kosd refuses such a delivery. Render \(render) in the template")
                problems.append(Diagnostic(
                    code: DefinitionErrorCode.templateDropsField, severity: .warning, message: message,
                    file: document.file, location: template.node.location))
            }
            return problems
        }
        for problems in perWorkflow { report.diagnostics += problems }
    }
}
