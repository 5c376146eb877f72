import Foundation
import KosCore
import KosStore
import KosTesting

/// The repository, for files the tests read, and the programs built beside the test bundle.
enum Repo {
    static func path(_ relative: String) -> String { EngineFixtures.root.appendingPathComponent(relative).path }

    static var kos: String { URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kos").path }

    static func run(_ program: String, _ arguments: [String], cwd: String? = nil) throws -> Subprocess.Result {
        try Subprocess.run(program, arguments, in: cwd.map { URL(fileURLWithPath: $0) } ?? EngineFixtures.root)
    }
}

/// A kosd test's program on either store: the scratch's SQLite file (kosd's embedded default) or a fresh
/// PostgreSQL database (the store several hosts share), with the same people.
struct DaemonScratch {
    let scratch: EngineFixtures.Scratch
    let store: any RawSQLStore
    /// What `kosd --database` is given.
    let database: String

    init(_ scratch: EngineFixtures.Scratch, driver: String, people: [Person]) async throws {
        self.scratch = scratch
        if driver == "postgres" {
            database = try await ScratchPostgres.database()
            store = try await ScratchPostgres.store(database)
            for person in people { try await store.upsertPerson(person, actor: "admin") }
        } else {
            store = scratch.store
            database = scratch.store.path
        }
    }

    var socket: String { scratch.dir.appendingPathComponent("kosd.sock").path }

    /// `kosd serve` over the store and the scratch's workflows and templates, going when the test process goes,
    /// with the gateway's secret in its environment; not started yet, its output discarded.
    func kosd(workers: Int = 2, _ extra: [String] = []) -> Process {
        let dir = scratch.dir
        let process = PinnedProcess()
        process.executableURL = URL(fileURLWithPath: CrashTests.kosd)
        process.arguments = ["serve", "--die-with-parent", "--workers", String(workers), "--database", database, "--socket", socket,
                             "--workflows", dir.appendingPathComponent("Workflows").path, "--templates", dir.appendingPathComponent("Templates").path] + extra
        process.environment = ProcessInfo.processInfo.environment.merging(["KOS_GATEWAY_SECRET": EngineFixtures.secret]) { _, b in b }
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        return process
    }
}
