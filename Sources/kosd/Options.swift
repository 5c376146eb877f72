import ArgumentParser
import Foundation
import KosCore
import KosDefinitions
import KosEngine
import KosStore
import Logging

/// Where the configuration file and the store are: every kosd command that opens the store takes these.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp(tr("The configuration file. Default: $KOSD_CONFIG, else /etc/kos/kosd.yaml when it exists.")))
    var config: String?

    @Option(name: .customLong("database"),
            help: ArgumentHelp(tr("The database: a SQLite file, or postgres://USER@HOST[:PORT]/DATABASE for several hosts (kosd.yaml 'database', KOSD_DATABASE). Default: $STATE_DIRECTORY/kos.db under systemd, else .kos/kos.db.")))
    var store: String?

    /// What the flags set, checked like the file and the environment.
    func apply(to config: inout DaemonConfig, _ problems: inout [String]) {
        if let store, let problem = config.set(.database, store) { problems.append("--database: \(problem)") }
    }
}

/// Options shared by the processes that run steps.
struct EngineOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp(tr("Folder of workflow definitions (kosd.yaml 'workflows'). Default: Workflows.")))
    var workflows: String?

    @Option(help: ArgumentHelp(tr("Folder of payload templates (kosd.yaml 'templates'). Default: Templates.")))
    var templates: String?

    @Option(help: ArgumentHelp(tr("Lease on a claimed step, e.g. 30s (kosd.yaml 'lease', KOSD_LEASE); a dead worker's step returns after it. Default: 30s.")))
    var lease: String?

    @Option(help: ArgumentHelp(tr("Due steps a worker claims at once; their results commit together, one fsync (kosd.yaml 'batch_size'). Default: 16.")))
    var batchSize: Int?

    @Option(help: ArgumentHelp(tr("How long one draft's guideline checks may take, e.g. 20s; past it the draft is blocked as not checked in time (kosd.yaml 'checks.budget').")))
    var checkBudget: String?

    @Option(help: ArgumentHelp(tr("Whether workflows may run programs, on or off (kosd.yaml 'checks.programs'). Default: on.")))
    var programs: String?

    @Option(help: ArgumentHelp(tr("Log format: auto (journal under systemd, else plain), plain, journal or json (kosd.yaml 'log.format').")))
    var logFormat: String?

    @Option(help: ArgumentHelp(tr("Least severe level logged: trace, debug, info, notice, warning, error, critical (kosd.yaml 'log.level'). Default: info.")))
    var logLevel: String?

    func apply(to config: inout DaemonConfig, _ problems: inout [String]) {
        store.apply(to: &config, &problems)
        for (key, value, flag) in [(DaemonConfig.Key.workflows, workflows, "--workflows"), (.templates, templates, "--templates"),
                                   (.batchSize, batchSize.map(String.init), "--batch-size"), (.logFormat, logFormat, "--log-format"),
                                   (.logLevel, logLevel, "--log-level"), (.checkBudget, checkBudget, "--check-budget"),
                                   (.programs, programs, "--programs"), (.lease, lease, "--lease")] {
            if let value, let problem = config.set(key, value) { problems.append("\(flag): \(problem)") }
        }
    }
}

/// The settings in force: the configuration file, then `KOSD_*` variables, then flags, each overriding the one
/// before; defaults fill the rest.
struct Configuration {
    /// The file read, when one was.
    var file: String?
    var settings: DaemonConfig.Settings

    static let defaultFile = "/etc/kos/kosd.yaml"

    /// Reads and checks every layer; all problems are returned at once, each located (file and line, or the
    /// variable or flag).
    static func load(file explicit: String?, flags: DaemonConfig, flagProblems: [String] = [],
                     environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<Configuration, ConfigurationError> {
        var problems: [String] = []
        let path = explicit ?? environment["KOSD_CONFIG"] ?? defaultFile
        let required = explicit != nil || environment["KOSD_CONFIG"] != nil
        var merged = DaemonConfig()
        var read: String?
        switch DaemonConfig.load(file: path, required: required) {
        case .success(let config):
            merged = config
            if FileManager.default.fileExists(atPath: path) { read = path }
        case .failure(let list):
            let source = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
            problems += list.diagnostics.map { $0.rendered(source: source) }
        }
        switch DaemonConfig.fromEnvironment(environment) {
        case .success(let config): merged = merged.overridden(by: config)
        case .failure(let list): problems += list.diagnostics.map(\.description)
        }
        problems += flagProblems
        guard problems.isEmpty else { return .failure(ConfigurationError(problems: problems)) }
        merged = merged.overridden(by: flags)
        return .success(Configuration(file: read, settings: merged.resolved(environment: environment, cores: ProcessInfo.processInfo.activeProcessorCount)))
    }

    /// Loads the configuration or says why not on standard error and exits 1.
    static func loadOrExit(file: String?, flags: DaemonConfig, flagProblems: [String]) throws -> Configuration {
        switch load(file: file, flags: flags, flagProblems: flagProblems) {
        case .success(let configuration): return configuration
        case .failure(let error):
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(1)
        }
    }

    var logLevel: Logger.Level { Logger.Level(rawValue: settings.logLevel) ?? .info }
    var logFormat: LogFormat { LogFormat(rawValue: settings.logFormat) ?? .auto }

    /// The definitions under `workflows`, checked; the files read come with them (to record a version).
    func definitions() -> Result<(EngineEnvironment, [KosStore.DefinitionFile]), LoadFailure> {
        guard FileManager.default.fileExists(atPath: settings.workflows) else {
            let cwd = FileManager.default.currentDirectoryPath
            let absolute = settings.workflows.hasPrefix("/") ? settings.workflows : cwd + "/" + settings.workflows
            let now = settings.workflows.hasPrefix("/") ? tr("now '\(settings.workflows)'") : tr("now '\(settings.workflows)', from \(cwd)")
            return .failure(LoadFailure(report: nil, other: "error[KOS2016]: " + tr("""
                no workflows at \(absolute)
                  kosd reads the workflow definitions from the folder named by 'workflows' in kosd.yaml, KOSD_WORKFLOWS or \
                --workflows (\(now)).
                  Point it at your Workflows/ folder; `kosd check-config` shows every setting in force.
                """)))
        }
        return EngineEnvironment.load(paths: [settings.workflows], templatesDirectory: settings.templates,
                               secretsEnvironment: ProcessInfo.processInfo.environment, programs: settings.programs)
    }
}

struct ConfigurationError: Error, CustomStringConvertible {
    var problems: [String]
    var description: String { problems.joined(separator: "\n\n") }
}

extension StoreOptions {
    /// The configuration with these flags applied, or exit 1 saying what is wrong.
    func configuration() throws -> Configuration {
        var flags = DaemonConfig()
        var problems: [String] = []
        apply(to: &flags, &problems)
        return try Configuration.loadOrExit(file: config, flags: flags, flagProblems: problems)
    }
}

extension EngineOptions {
    func configuration(adding more: (inout DaemonConfig, inout [String]) -> Void = { _, _ in }) throws -> Configuration {
        var flags = DaemonConfig()
        var problems: [String] = []
        apply(to: &flags, &problems)
        more(&flags, &problems)
        return try Configuration.loadOrExit(file: store.config, flags: flags, flagProblems: problems)
    }
}
