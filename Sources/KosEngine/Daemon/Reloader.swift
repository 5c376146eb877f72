import Foundation
import KosCore
import KosStore
import Logging

/// A reload (SIGHUP): new definitions and settings apply only when all of them are valid and the definitions
/// are recorded in the store; otherwise the running ones are kept. Runs already started keep the definitions
/// they started with (`DefinitionVersions`).
///
/// What to reload is read by `prepare` (kosd: the configuration file, `KOSD_*` and the flags, then the
/// workflows it names); it logs each problem it finds and returns a one-line summary when it refuses.
public final class Reloader: @unchecked Sendable {
    /// What a reload puts in force.
    public struct Plan {
        /// The definitions read, not recorded yet.
        public var environment: EngineEnvironment
        public var files: [DefinitionFile]
        /// Settings that changed but take effect at the next restart (the store, the socket, the worker count).
        public var restartNeeded: [String]
        /// Puts the rest of the new settings in force (rate limits, log level) once the definitions are.
        public var apply: () -> Void

        public init(environment: EngineEnvironment, files: [DefinitionFile], restartNeeded: [String] = [], apply: @escaping () -> Void = {}) {
            self.environment = environment
            self.files = files
            self.restartNeeded = restartNeeded
            self.apply = apply
        }
    }

    /// Why nothing was reloaded, in one line (`2 configuration error(s)`); the problems themselves are logged.
    public struct Refusal: Error {
        public var summary: String
        public init(_ summary: String) { self.summary = summary }
    }

    let prepare: () -> Result<Plan, Refusal>
    let store: any Store
    let versions: DefinitionVersions
    let log: Logger

    public init(store: any Store, versions: DefinitionVersions, log: Logger, prepare: @escaping () -> Result<Plan, Refusal>) {
        self.store = store
        self.versions = versions
        self.log = log
        self.prepare = prepare
    }

    /// Reloads; returns the systemd `STATUS=` text saying how it went.
    public func reload() async -> String {
        let running = versions.current
        let kept = tr("running definitions kept (\(running.version ?? ""), \(running.definitions.workflows.count) workflows)")
        var plan: Plan
        switch prepare() {
        case .failure(let refusal): return tr("reload failed: \(refusal.summary); \(kept)")
        case .success(let prepared): plan = prepared
        }
        do {
            plan.environment.version = try await store.recordDefinitions(plan.files, kits: plan.environment.definitions.kits.values.map(\.reference))
        } catch {
            log.error(Logger.Message(stringLiteral: tr("reload refused: the definitions cannot be recorded in the store: \(error)")))
            return tr("reload failed: the store does not answer; \(kept)")
        }
        if !plan.restartNeeded.isEmpty {
            log.warning(Logger.Message(stringLiteral: tr("reload: \(plan.restartNeeded.joined(separator: ", ")) changed; that takes effect at the next restart")))
        }
        versions.replace(with: plan.environment)
        plan.apply()
        let count = plan.environment.definitions.workflows.count, version = plan.environment.version ?? ""
        log.notice(Logger.Message(stringLiteral: tr("reloaded: \(count) workflows, definitions \(version); runs already started keep theirs")))
        return tr("ready: reloaded, \(count) workflows, definitions \(version)")
    }
}
