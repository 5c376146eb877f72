internal import CKosSys
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with bytes on stdin and a deadline, under a sentinel that leads its own process group:
/// a checker that forks (a shell script running `sleep`) is stopped whole when its time is up, and it dies
/// with the process that started it, however that process ends (kill -9 included).
///
/// The program gets a minimal environment (PATH, LANG, LC_ALL, TZ) plus what the workflow names: never
/// kosd's own, which may hold an endpoint's signing secret.
public enum ChildProcess {
    public enum Outcome: Equatable, Sendable {
        case exited(Int32, Data)
        case signalled(Int32)
        case timedOut
        case failedToStart(String)
    }

    /// Whether workflows may run programs at all (`checks.programs` in kosd.yaml); when not, every run
    /// fails to start and says why.
    public static var programsAllowed: Bool {
        get { allowed.load(ordering: .relaxed) }
        set { allowed.store(newValue, ordering: .relaxed) }
    }
    private static let allowed = Atomic<Bool>(true)
    public static let programsOffReason = "programs are turned off in kosd.yaml (checks.programs: off)"

    /// What every program's environment starts from.
    public static func baseEnvironment(_ parent: [String: String] = ProcessInfo.processInfo.environment) -> [String: String] {
        var out = ["PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        if let tz = parent["TZ"] { out["TZ"] = tz }
        return out
    }

    /// Makes this process receive SIGKILL when its parent dies, so a worker never outlives its supervisor
    /// (and never keeps running on a database nobody supervises). Exits at once if the parent is already gone.
    public static func dieWithParent(expectedParent: Int32) {
        _ = kos_set_parent_death_signal(SIGKILL)
        if getppid() != expectedParent { exit(1) }
    }

    /// A child that exits without reading its stdin must cost us an EPIPE, not our life.
    static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// The program's path: `command` itself when it names one, else looked up in this process's PATH.
    static func resolve(_ command: String) -> String? {
        if command.contains("/") { return command }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = "\(dir)/\(command)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Runs `command` (a path, or a name looked up in PATH) with `input` on stdin.
    /// - Parameters:
    ///   - maxOutput: stdout beyond this is read and dropped; the result carries `maxOutput + 1` bytes at most.
    ///   - environment: added to the base environment (PATH, LANG, LC_ALL, TZ).
    ///   - tool: a program kosflow itself runs (Tesseract, ZBar), not a workflow's: run whatever `checks.programs` says.
    public static func run(_ command: [String], input: Data, timeout: Double, maxOutput: Int,
                           environment: [String: String] = [:], tool: Bool = false) -> Outcome {
        guard programsAllowed || tool else { return .failedToStart(programsOffReason) }
        guard let first = command.first, let path = resolve(first) else {
            return .failedToStart("\(command.first ?? "") is not found in PATH")
        }
        ignoreBrokenPipes
        let env = baseEnvironment().merging(environment) { _, named in named }
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = env.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        // ETXTBSY: another thread was writing a script when some process forked, and that child still holds
        // it open for writing until it execs. It clears in microseconds; try again briefly.
        for attempt in 0..<20 {
            let outcome = once(path: path, argv: &argv, envp: &envp, input: input, timeout: timeout, maxOutput: maxOutput)
            if case .failedToStart(let why) = outcome, why == String(cString: strerror(ETXTBSY)), attempt < 19 {
                usleep(useconds_t(1000 * (attempt + 1)))
                continue
            }
            return outcome
        }
        return .failedToStart(String(cString: strerror(ETXTBSY)))
    }

    static func once(path: String, argv: inout [UnsafeMutablePointer<CChar>?], envp: inout [UnsafeMutablePointer<CChar>?],
                     input: Data, timeout: Double, maxOutput: Int) -> Outcome {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0], report: [Int32] = [0, 0]
        guard kos_pipe_cloexec(&toChild) == 0 else { return .failedToStart(String(cString: strerror(errno))) }
        guard kos_pipe_cloexec(&fromChild) == 0 else {
            close(toChild[0]); close(toChild[1])
            return .failedToStart(String(cString: strerror(errno)))
        }
        guard kos_pipe_cloexec(&report) == 0 else {
            for fd in toChild + fromChild { close(fd) }
            return .failedToStart(String(cString: strerror(errno)))
        }
        let group = kos_spawn_guarded(path, &argv, &envp, toChild[0], fromChild[1], report[1])
        close(toChild[0])
        close(fromChild[1])
        close(report[1])
        guard group > 0 else {
            for fd in [toChild[1], fromChild[0], report[0]] { close(fd) }
            return .failedToStart(String(cString: strerror(errno)))
        }

        var deadline = Date().addingTimeInterval(timeout)
        var graceOnly = false
        _ = fcntl(toChild[1], F_SETFL, fcntl(toChild[1], F_GETFL) | O_NONBLOCK)
        var writeFD: Int32 = toChild[1]
        var written = 0
        var output = Data()
        var reported = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        let bytes = [UInt8](input)
        if bytes.isEmpty { close(writeFD); writeFD = -1 }
        var outputOpen = true, reportOpen = true
        var timedOut = false
        while outputOpen || reportOpen {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                timedOut = !graceOnly
                break
            }
            var fds: [pollfd] = []
            if outputOpen { fds.append(pollfd(fd: fromChild[0], events: Int16(POLLIN), revents: 0)) }
            if reportOpen { fds.append(pollfd(fd: report[0], events: Int16(POLLIN), revents: 0)) }
            if writeFD >= 0 { fds.append(pollfd(fd: writeFD, events: Int16(POLLOUT), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining * 1000, 1000)) + 1)
            if ready < 0 && errno != EINTR { break }
            for f in fds where f.revents != 0 {
                if f.fd == writeFD {
                    let n = bytes.withUnsafeBytes { write(writeFD, $0.baseAddress! + written, bytes.count - written) }
                    if n > 0 { written += n }
                    if n < 0 && errno != EAGAIN || written >= bytes.count {
                        close(writeFD)
                        writeFD = -1
                    }
                } else if f.fd == fromChild[0] {
                    let n = read(fromChild[0], &buffer, buffer.count)
                    if n > 0 {
                        if output.count <= maxOutput { output.append(contentsOf: buffer[0..<min(n, maxOutput + 1 - output.count)]) }
                    } else if n == 0 || errno != EINTR && errno != EAGAIN {
                        outputOpen = false
                    }
                } else if f.fd == report[0] {
                    let n = read(report[0], &buffer, buffer.count)
                    if n > 0 {
                        reported += buffer[0..<n]
                    } else if n == 0 || errno != EINTR && errno != EAGAIN {
                        reportOpen = false
                        // The program has ended; what still holds its stdout (a process it left behind) gets a moment.
                        deadline = min(deadline, Date().addingTimeInterval(0.2))
                        graceOnly = true
                    }
                }
            }
        }
        if writeFD >= 0 { close(writeFD) }
        close(fromChild[0])
        close(report[0])
        // The program, anything it left behind in its group, and the sentinel: all of it goes.
        kill(-group, SIGKILL)
        var status: Int32 = 0
        while waitpid(group, &status, 0) < 0 && errno == EINTR {}
        if timedOut { return .timedOut }
        var k = 0
        var childStatus: Int32?
        while k + 5 <= reported.count {
            let value = reported[(k + 1)..<(k + 5)].withUnsafeBytes { $0.loadUnaligned(as: Int32.self) }
            if reported[k] == UInt8(ascii: "x") { return .failedToStart(String(cString: strerror(value))) }
            if reported[k] == UInt8(ascii: "s") { childStatus = value }
            k += 5
        }
        guard let childStatus else {
            // The sentinel ended without a word: the program was killed from outside with its group.
            return .signalled(status & 0x7F == 0 ? SIGKILL : status & 0x7F)
        }
        let signal = childStatus & 0x7F
        if signal != 0 { return .signalled(signal) }
        return .exited((childStatus >> 8) & 0xFF, output)
    }
}
