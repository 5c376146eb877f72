import ArgumentParser
import Foundation
import KosCore
import KosDefinitions
import KosRules

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case human, json
}

/// `kos validate`: check workflow definitions and report every problem with its place.
struct ValidateCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: tr("Check workflow, calendar, endpoint and guideline definitions."),
        discussion: tr("""
            Reports every problem with its file, line and column. Exit status: 0 all valid, \
            1 something is invalid, 2 the command could not run.
            """))

    @Argument(help: ArgumentHelp(tr("Files or folders to check.")))
    var paths: [String] = ["Workflows"]

    @Option(help: ArgumentHelp(tr("Folder holding the Mustache templates. Default: Templates/ beside each file's folder.")))
    var templates: String?

    @Option(help: ArgumentHelp(tr("Output format: human or json.")))
    var format: OutputFormat = .human

    func run(console: Console) throws -> Int32 {
        var loader = DefinitionLoader(templatesDirectory: templates)
        loader.yamlOptions = .init()
        // The packs compiled as kosd compiles them (fixtures run, patterns refused, exceptions checked), beside
        // the reference checks.
        loader.alongside = { definitions in
            definitions.guidelines.isEmpty && definitions.kits.isEmpty ? [] : Self.packProblems(definitions)
        }
        let report = loader.load(paths: paths)
        let unreadable = report.diagnostics.contains { $0.code == DefinitionErrorCode.unreadable }
        switch format {
        case .json:
            console.out(Self.json(report))
        case .human:
            if !report.diagnostics.isEmpty {
                let text = report.renderedDiagnostics()
                console.err(console.useColor ? text.replacingOccurrences(of: ": error[", with: ": " + console.paint("error", "1;31") + "[") : text)
            }
            let d = report.definitions
            let files = Self.files(report.files.count)
            let definitions = trn(report.documentCount, "\(report.documentCount) definition", "\(report.documentCount) definitions")
            var counted = [
                trn(d.workflows.count, "\(d.workflows.count) workflow", "\(d.workflows.count) workflows"),
                trn(d.calendars.count, "\(d.calendars.count) calendar", "\(d.calendars.count) calendars"),
                trn(d.endpoints.count, "\(d.endpoints.count) endpoint", "\(d.endpoints.count) endpoints"),
                trn(d.guidelines.count, "\(d.guidelines.count) guideline pack", "\(d.guidelines.count) guideline packs"),
            ]
            if !d.stores.isEmpty { counted.append(trn(d.stores.count, "\(d.stores.count) store", "\(d.stores.count) stores")) }
            if !d.agencies.isEmpty { counted.append(trn(d.agencies.count, "\(d.agencies.count) agency", "\(d.agencies.count) agencies")) }
            if !d.kits.isEmpty { counted.append(trn(d.kits.count, "\(d.kits.count) kit", "\(d.kits.count) kits")) }
            let kinds = Table.list(counted)
            if report.isValid {
                let ok = console.paint(tr("ok"), "32")
                console.out(tr("\(ok): \(files), \(definitions): \(kinds)"))
            } else {
                let n = report.diagnostics.filter { $0.severity == .error }.count
                let errors = trn(n, "\(n) error", "\(n) errors")
                let errorFiles = Self.files(Set(report.diagnostics.compactMap(\.file)).count)
                console.err("\n" + tr("\(errors) in \(errorFiles) (\(files), \(definitions): \(kinds))"))
            }
        }
        if unreadable && report.files.isEmpty { return ExitCode.usage }
        return report.isValid ? ExitCode.success : ExitCode.failure
    }

    static func json(_ report: LoadReport) -> String {
        let d = report.definitions
        let object: [String: Any] = [
            "valid": report.isValid,
            "files": report.files,
            "definitions": [
                "workflows": d.workflows.keys.sorted(), "calendars": d.calendars.keys.sorted(),
                "endpoints": d.endpoints.keys.sorted(), "guidelines": d.guidelines.keys.sorted(),
            ],
            "diagnostics": report.diagnostics.map { diag -> [String: Any] in
                var o: [String: Any] = ["code": diag.code, "severity": diag.severity.rawValue, "message": diag.message]
                if let f = diag.file { o["file"] = f }
                if let l = diag.location { o["line"] = l.line; o["column"] = l.column }
                return o
            },
        ]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}

/// `kos schema`: the JSON Schema of the language, for editors.
struct SchemaCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: tr("Print the JSON Schema of the workflow language (for the YAML language server)."),
        discussion: tr("Point your editor at it: '# yaml-language-server: $schema=kos-v1.json' at the top of a file."))

    func run(console: Console) throws -> Int32 {
        console.out(JSONSchema.text())
        return ExitCode.success
    }
}

extension ValidateCommand {
    /// "1 file", "3 files".
    static func files(_ n: Int) -> String { trn(n, "\(n) file", "\(n) files") }

    /// What compiling the definitions' packs (beside the built-in ones) reports: a fixture that fails, a pattern
    /// that cannot be matched in linear time, an exception that matches nothing.
    static func packProblems(_ definitions: Definitions) -> [Diagnostic] {
        guard var packs = try? BuiltinPacks.load() else { return [] }
        packs.merge(definitions.guidelines) { a, _ in a }
        do throws(PackError) {
            _ = try Linter(packs: packs.keys.sorted().compactMap { packs[$0] })
            return KitLint.diagnostics(definitions, packs: packs)
        } catch {
            return error.diagnostics
        }
    }
}
