import Foundation

/// Where a command writes, injected so tests capture exactly what a user would see.
public struct Console: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void
    /// A line of standard output already in UTF-8 (a report built as bytes is written as it is, not checked again).
    public var outUTF8: @Sendable ([UInt8]) -> Void
    /// Whether stdout is a terminal (colour and progress only then).
    public var isTerminal: Bool
    public var environment: [String: String]

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void, isTerminal: Bool = false, environment: [String: String] = [:],
                outUTF8: (@Sendable ([UInt8]) -> Void)? = nil) {
        self.out = out
        self.err = err
        self.outUTF8 = outUTF8 ?? { out(String(decoding: $0, as: UTF8.self)) }
        self.isTerminal = isTerminal
        self.environment = environment
    }

    /// The process's own stdout and stderr.
    public static var standard: Console {
        Console(
            out: { writeLine($0, to: STDOUT_FILENO) },
            err: { writeLine($0, to: STDERR_FILENO) },
            isTerminal: isatty(STDOUT_FILENO) == 1,
            environment: ProcessInfo.processInfo.environment,
            outUTF8: { bytes in bytes.withUnsafeBufferPointer { writeLine($0, to: STDOUT_FILENO) } })
    }

    /// Writes the text and a newline, without copying a large output first; a closed pipe ends quietly.
    static func writeLine(_ text: String, to fd: Int32) {
        var copy = text
        copy.withUTF8 { writeLine($0, to: fd) }
    }

    static func writeLine(_ utf8: UnsafeBufferPointer<UInt8>, to fd: Int32) {
        writeAll(fd, utf8)
        [UInt8(0x0A)].withUnsafeBufferPointer { writeAll(fd, $0) }
    }

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            done += n
        }
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
