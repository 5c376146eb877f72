import ArgumentParser
import Foundation
import KosCore
import KosDefinitions

/// `kosd`: the kosflow daemon. This build checks configuration; serving comes with the engine.
struct Kosd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kosd",
        abstract: "The kosflow daemon: runs workflows durably for a brand's KOS program.",
        version: "0.1.0",
        subcommands: [CheckConfig.self],
        defaultSubcommand: CheckConfig.self)
}

/// Validates the definitions the daemon would load, without starting anything.
struct CheckConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate the workflows the daemon would load, then exit.")

    @Option(help: "Folder of workflow definitions.")
    var workflows = "Workflows"

    func run() throws {
        let report = DefinitionLoader().load(paths: [workflows])
        if !report.diagnostics.isEmpty {
            FileHandle.standardError.write(Data((report.renderedDiagnostics() + "\n").utf8))
        }
        guard report.isValid else { throw ExitCode(1) }
        print("kosd: \(report.definitions.workflows.count) workflows valid in \(workflows)")
    }
}

Kosd.main()
