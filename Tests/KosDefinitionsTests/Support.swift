import Foundation

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

    /// Runs a program to completion; returns its exit status, stdout and stderr.
    static func run(_ program: String, _ arguments: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}
