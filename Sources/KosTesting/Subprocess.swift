import Foundation

/// Runs a program to completion for a test: exit status, stdout and stderr.
public enum Subprocess {
    public struct Result: Sendable {
        public var status: Int32
        public var out: String
        public var err: String
    }

    /// - Parameters:
    ///   - directory: the working directory.
    ///   - stdin: text for standard input; nil gives the program `/dev/null`.
    public static func run(_ program: String, _ arguments: [String], in directory: URL, stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = stdin.map { _ in Pipe() }
        process.standardInput = input ?? FileHandle.nullDevice
        try process.run()
        if let input, let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        // Drain stderr alongside stdout: a program filling one pipe while we wait on the other would hang.
        nonisolated(unsafe) var errData = Data()
        let errDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errDone.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }
}
