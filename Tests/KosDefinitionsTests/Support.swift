import Foundation
import KosTesting

enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The project's Python, with the pinned verifiers; `make test` creates it.
    struct MissingTool: Error, CustomStringConvertible {
        var description: String
    }

    static func python() throws -> String {
        let p = path(".venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: p) else {
            throw MissingTool(description: "no \(p): run the suite with `make test`, which creates it")
        }
        return p
    }

    /// Runs a program from the repository root.
    static func run(_ program: String, _ arguments: [String], stdin: String? = nil) throws -> Subprocess.Result {
        try Subprocess.run(program, arguments, in: root, stdin: stdin)
    }
}
