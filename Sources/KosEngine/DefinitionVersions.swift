import Foundation
public import KosCore
import KosDefinitions
public import KosStore
import Synchronization

/// The definitions runs were started with, by recorded version. The daemon's current definitions serve new
/// runs; a reload replaces them, while a run started earlier keeps the version it recorded (loaded from the
/// store once, then kept).
public final class DefinitionVersions: Sendable {
    let store: any Store
    private let state: Mutex<(current: EngineEnvironment, known: [String: EngineEnvironment])>
    /// Versions of campaign kits read from earlier definitions, by reference (nil: no definitions defined it).
    private let kits = Mutex<[String: Kit?]>([:])

    public init(store: any Store, current: EngineEnvironment) {
        self.store = store
        state = Mutex((current, current.version.map { [$0: current] } ?? [:]))
    }

    /// The definitions new runs start with.
    public var current: EngineEnvironment { state.withLock { $0.current } }

    /// Makes `environment` the one new runs start with (after a reload); runs in flight are not touched.
    public func replace(with environment: EngineEnvironment) {
        state.withLock { state in
            state.current = environment
            if let version = environment.version { state.known[version] = environment }
        }
    }

    /// The definitions of `version` when loaded already, else the current ones (for answers that cannot wait
    /// on the store; `environment(version:)` loads).
    public func loaded(version: String?) -> EngineEnvironment {
        state.withLock { state in version.flatMap { state.known[$0] } ?? state.current }
    }

    /// The version of a campaign kit a draft names (`arco-autumn@1`) when it is not the one `defined` holds: as the
    /// definitions that first defined it had it (read again once, then kept). Nil when the draft names no
    /// kit, names the defined version, or a version no recorded definitions defined.
    public func earlierKit(named reference: String?, defined: [String: Kit]) async throws -> Kit? {
        guard let reference, defined[Kit.id(of: reference)]?.reference != reference else { return nil }
        if let known = kits.withLock({ $0[reference] }) { return known }
        let found: Kit?
        if let version = try await store.kitDefinitions(reference: reference), let files = try await store.definitions(version: version) {
            found = DefinitionLoader().load(texts: files.map { ($0.path, $0.text) }).definitions.kits[Kit.id(of: reference)]
                .flatMap { $0.reference == reference ? $0 : nil }
        } else {
            found = nil
        }
        kits.withLock { $0[reference] = .some(found) }
        return found
    }

    /// The version of the kit `reference` names: an earlier one as its definitions had it, else the one `defined` holds.
    public func kit(named reference: String, defined: [String: Kit]) async throws -> Kit? {
        try await earlierKit(named: reference, defined: defined) ?? defined[Kit.id(of: reference)]
    }

    /// The definitions of a run that recorded `version`; the current ones when it recorded none.
    public func environment(version: String?) async throws -> EngineEnvironment {
        let (current, known) = state.withLock { state in (state.current, version.flatMap { state.known[$0] }) }
        guard let version, version != current.version else { return current }
        if let known { return known }
        guard let files = try await store.definitions(version: version) else {
            throw LoadFailure(report: nil, other: tr("definitions \(version) are not in the store"))
        }
        switch EngineEnvironment.load(files: files, templatesDirectory: current.templatesDirectory, secretsEnvironment: current.secretsEnvironment) {
        case .failure(let failure):
            throw failure
        case .success(var (loaded, _)):
            loaded.version = version
            loaded.approvalPollMillis = current.approvalPollMillis
            state.withLock { $0.known[version] = loaded }
            return loaded
        }
    }
}
