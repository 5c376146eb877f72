import Foundation
import KosTesting

/// The repository, for files the tests read, and the programs built beside the test bundle.
enum Repo {
    static func path(_ relative: String) -> String { EngineFixtures.root.appendingPathComponent(relative).path }

    static var kos: String { URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kos").path }

    static func run(_ program: String, _ arguments: [String], cwd: String? = nil) throws -> Subprocess.Result {
        try Subprocess.run(program, arguments, in: cwd.map { URL(fileURLWithPath: $0) } ?? EngineFixtures.root)
    }
}
