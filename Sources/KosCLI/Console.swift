import Foundation

/// Where a command writes, injected so tests capture exactly what a user would see.
public struct Console: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void
    /// Whether stdout is a terminal (colour and progress only then).
    public var isTerminal: Bool
    public var environment: [String: String]

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void, isTerminal: Bool = false, environment: [String: String] = [:]) {
        self.out = out
        self.err = err
        self.isTerminal = isTerminal
        self.environment = environment
    }

    /// The process's own stdout and stderr.
    public static var standard: Console {
        Console(
            out: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
            err: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
            isTerminal: isatty(STDOUT_FILENO) == 1,
            environment: ProcessInfo.processInfo.environment)
    }

    /// Colour only on a terminal and only when NO_COLOR is unset.
    public var useColor: Bool { isTerminal && environment["NO_COLOR"] == nil }

    func paint(_ text: String, _ code: String) -> String { useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
}

/// Exit codes shared by every `kos` command.
public enum ExitCode {
    public static let success: Int32 = 0
    /// The input was checked and found wanting (invalid definitions, blocking findings).
    public static let failure: Int32 = 1
    /// The command could not do its job: bad usage, unreadable input, bad configuration.
    public static let usage: Int32 = 2
}
