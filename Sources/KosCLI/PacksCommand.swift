import ArgumentParser
import Foundation
import KosCore
import KosDefinitions
import KosRules

/// `kos packs`: the guideline packs, and what a change to them would do.
struct PacksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packs",
        abstract: tr("Guideline packs: what a change would do before it ships."),
        subcommands: [PacksImpactCommand.self])
}

/// `kos packs impact --against DIR`: the drafts awaiting approval and the posts scheduled but not yet
/// published, checked again with the packs in DIR, beside what their runs' checks recorded.
struct PacksImpactCommand: ClientCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact",
        abstract: tr("Check the drafts in review and the scheduled posts with changed packs: what becomes flagged, what is cleared."),
        discussion: tr("""
            DIR holds the changed definitions (a copy of Workflows/ with the edit). Each draft is checked with the packs \
            of its workflow in DIR and compared with the findings its run recorded. Reviewers and admins see every \
            draft routed to them. Exit 0 when nothing changes, 1 when some draft becomes blocked, 2 when it cannot run.
            """))

    @Option(help: ArgumentHelp(tr("The folder of changed definitions.")))
    var against: String

    @Option(help: ArgumentHelp(tr("The payload templates the definitions name. Default: Templates beside the definitions' folder.")))
    var templates: String?

    @OptionGroup var client: ClientOptions

    struct Change: Encodable {
        var draft: String
        var state: String
        var workflow: String
        var title: String
        /// Blocking findings the changed packs add (rule: match), and those they clear.
        var flagged: [String]
        var cleared: [String]
    }

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let folder = URL(fileURLWithPath: against).standardizedFileURL
        let templateFolder = templates ?? folder.deletingLastPathComponent().appendingPathComponent("Templates").path
        let report = DefinitionLoader(templatesDirectory: templateFolder).load(paths: [against])
        guard report.isValid else {
            console.err(report.renderedDiagnostics())
            return ExitCode.usage
        }
        var packs: [String: GuidelinePack]
        do throws(DiagnosticList) {
            packs = try BuiltinPacks.load()
        } catch {
            throw .transport(error.description)
        }
        packs = CheckPlan.available(builtin: packs.merging(report.definitions.guidelines) { _, changed in changed }, definitions: report.definitions)
        var linters: [String: Linter] = [:]
        var changes: [Change] = []
        var checked = 0
        for state in ["awaiting-approval", "scheduled"] {
            let (drafts, _) = try api.send("GET", "/v1/drafts?state=\(state)", as: [API.Draft].self)
            for summary in drafts {
                let (detail, _) = try api.send("GET", "/v1/drafts/\(DraftFile.escape(summary.id))", as: API.DraftDetail.self)
                guard let workflow = report.definitions.workflows[summary.workflow],
                      let draft = try? DraftParser().parse(text: detail.content, path: summary.id) else { continue }
                let linter: Linter
                if let known = linters[workflow.id] {
                    linter = known
                } else {
                    do throws(PackError) {
                        linter = try Linter(packs: CheckPlan.packIDs(workflow: workflow, step: nil, definitions: report.definitions).compactMap { packs[$0] })
                    } catch {
                        throw .transport(error.description)
                    }
                    linters[workflow.id] = linter
                }
                checked += 1
                func key(_ f: Finding) -> String { "\(f.rule): \(f.match ?? f.message)" }
                let before = Set(detail.findings.filter { $0.blocks(at: .error) }.map(key))
                let after = Set(linter.lint(draft).filter { $0.blocks(at: .error) }.map(key))
                guard before != after else { continue }
                changes.append(Change(draft: summary.id, state: summary.state, workflow: summary.workflow, title: summary.title ?? "",
                                      flagged: after.subtracting(before).sorted(), cleared: before.subtracting(after).sorted()))
            }
        }
        if client.format == .json {
            let encoded = (try? API.encoder().encode(changes)) ?? Data("[]".utf8)
            console.out(#"{"checked":\#(checked),"changes":"# + String(decoding: encoded, as: UTF8.self) + "}")
        } else if changes.isEmpty {
            console.out(tr("no change: \(checked) drafts in review or scheduled are judged the same by the packs in \(against)"))
        } else {
            for c in changes {
                console.out("\(c.draft)  \(Table.stateName(c.state))  \(c.workflow)  \(c.title)")
                for f in c.flagged { console.out(tr("  + flagged  \(f)")) }
                for f in c.cleared { console.out(tr("  - cleared  \(f)")) }
            }
            let blocked = changes.filter { !$0.flagged.isEmpty }.count, cleared = changes.filter { !$0.cleared.isEmpty }.count
            console.out(tr("\(checked) drafts checked: \(blocked) would become blocked, \(cleared) would be cleared"))
        }
        return changes.contains { !$0.flagged.isEmpty } ? ExitCode.failure : ExitCode.success
    }
}
