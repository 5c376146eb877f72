import CKosSys
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with bytes on stdin and a deadline, in its own process group, so a checker that forks
/// (a shell script running `sleep`) is stopped whole when its time is up.
public enum ChildProcess {
    public enum Outcome: Equatable, Sendable {
        case exited(Int32, Data)
        case signalled(Int32)
        case timedOut
        case failedToStart(String)
    }

    /// Makes this process receive SIGKILL when its parent dies, so a worker never outlives its supervisor
    /// (and never keeps running on a database nobody supervises). Exits at once if the parent is already gone.
    public static func dieWithParent(expectedParent: pid_t) {
        _ = kos_set_parent_death_signal(SIGKILL)
        if getppid() != expectedParent { exit(1) }
    }

    /// A child that exits without reading its stdin must cost us an EPIPE, not our life: ignore SIGPIPE for
    /// the process (children get the default back through POSIX_SPAWN_SETSIGDEF).
    static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// Runs `command` (a path, or a name looked up in PATH) with `input` on stdin.
    /// - Parameters:
    ///   - maxOutput: stdout beyond this is read and dropped; the result carries `maxOutput + 1` bytes at most.
    public static func run(_ command: [String], input: Data, timeout: Double, maxOutput: Int) -> Outcome {
        ignoreBrokenPipes
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard kos_pipe_cloexec(&toChild) == 0 else { return .failedToStart(String(cString: strerror(errno))) }
        guard kos_pipe_cloexec(&fromChild) == 0 else {
            close(toChild[0]); close(toChild[1])
            return .failedToStart(String(cString: strerror(errno)))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for fd in [toChild[0], toChild[1], fromChild[0], fromChild[1]] { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // The spawning thread may block signals (runtimes do); the child starts with none blocked.
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        var spawned: Int32 = 0
        // ETXTBSY: another thread was writing a script when some process forked, and that child still holds
        // it open for writing until it execs. It clears in microseconds; retry briefly.
        for attempt in 0..<20 {
            spawned = command[0].contains("/")
                ? posix_spawn(&pid, command[0], &actions, &attributes, &argv, environ)
                : posix_spawnp(&pid, command[0], &actions, &attributes, &argv, environ)
            guard spawned == ETXTBSY else { break }
            usleep(useconds_t(1000 * (attempt + 1)))
        }
        close(toChild[0])
        close(fromChild[1])
        guard spawned == 0 else {
            close(toChild[1]); close(fromChild[0])
            return .failedToStart(String(cString: strerror(spawned)))
        }

        let deadline = Date().addingTimeInterval(timeout)
        _ = fcntl(toChild[1], F_SETFL, fcntl(toChild[1], F_GETFL) | O_NONBLOCK)
        var writeFD: Int32 = toChild[1]
        var written = 0
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        let bytes = [UInt8](input)
        if bytes.isEmpty { close(writeFD); writeFD = -1 }
        var open = true
        while open {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { break }
            var fds = [pollfd(fd: fromChild[0], events: Int16(POLLIN), revents: 0)]
            if writeFD >= 0 { fds.append(pollfd(fd: writeFD, events: Int16(POLLOUT), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining * 1000, 1000)) + 1)
            if ready < 0 && errno != EINTR { break }
            if fds.count > 1, fds[1].revents != 0 {
                let n = bytes.withUnsafeBytes { write(writeFD, $0.baseAddress! + written, bytes.count - written) }
                if n > 0 { written += n }
                if n < 0 && errno != EAGAIN || written >= bytes.count {
                    close(writeFD)
                    writeFD = -1
                }
            }
            if fds[0].revents != 0 {
                let n = read(fromChild[0], &buffer, buffer.count)
                if n > 0 {
                    if output.count <= maxOutput { output.append(contentsOf: buffer[0..<min(n, maxOutput + 1 - output.count)]) }
                } else if n == 0 || errno != EINTR && errno != EAGAIN {
                    open = false
                }
            }
        }
        if writeFD >= 0 { close(writeFD) }
        close(fromChild[0])
        var status: Int32 = 0
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r < 0 && errno != EINTR { return .failedToStart("lost the child process") }
            if deadline.timeIntervalSinceNow <= 0 {
                kill(-pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                return .timedOut
            }
            usleep(2000)
        }
        // Anything it left behind in its group goes too.
        kill(-pid, SIGKILL)
        if open { return .timedOut }
        let signal = status & 0x7F
        if signal != 0 { return .signalled(signal) }
        return .exited((status >> 8) & 0xFF, output)
    }
}
