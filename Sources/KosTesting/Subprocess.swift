import KosSystem
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion for a test: exit status, stdout and stderr.
///
/// Spawned with `posix_spawn` and reaped with `waitpid`, its pipes close-on-exec: Foundation's `Process`
/// learns that a child ended through a descriptor that a process another test spawns at the same moment
/// can inherit, and then `waitUntilExit` waits for that other process as well.
public enum Subprocess {
    public struct Result: Sendable {
        public var status: Int32
        public var out: String
        public var err: String
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Parameters:
    ///   - directory: the working directory.
    ///   - stdin: text for standard input; nil gives the program `/dev/null`.
    ///   - timeout: seconds before the program (and its process group) is killed; status is then -1.
    /// `run` on a thread of its own: a long peer (a differential test's Python) must not hold one of the few
    /// threads of the cooperative pool, on which other tests' timers and servers depend.
    public static func runDetached(_ program: String, _ arguments: [String], in directory: URL, stdin: String? = nil, timeout: Double = 300) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Swift.Result { try run(program, arguments, in: directory, stdin: stdin, timeout: timeout) })
            }
        }
    }

    public static func run(_ program: String, _ arguments: [String], in directory: URL, stdin: String? = nil, timeout: Double = 300) throws -> Result {
        var input: [Int32] = [-1, -1], out: [Int32] = [-1, -1], err: [Int32] = [-1, -1]
        guard closeOnExecPipe(&out) == 0, closeOnExecPipe(&err) == 0, stdin == nil || closeOnExecPipe(&input) == 0 else {
            throw Failure(description: "pipe: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if stdin != nil {
            posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_adddup2(&actions, err[1], 2)
        spawnAddChdir(&actions, directory.path)
        let (pid, spawned) = spawn(program, arguments, &actions)
        for fd in [input[0], out[1], err[1]] where fd >= 0 { close(fd) }
        guard spawned == 0 else {
            for fd in [input[1], out[0], err[0]] where fd >= 0 { close(fd) }
            throw Failure(description: "cannot run \(program): \(String(cString: strerror(spawned)))")
        }
        // Standard input is written from its own thread while the outputs are drained here: a program that
        // answers line by line fills its output pipe long before it has read all of a large input.
        var writer: Thread?
        let written = DispatchSemaphore(value: 0)
        if let stdin {
            signal(SIGPIPE, SIG_IGN)
            let bytes = Array(stdin.utf8), fd = input[1]
            writer = Thread {
                var done = 0
                while done < bytes.count {
                    let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { break }
                    done += n
                }
                close(fd)
                written.signal()
            }
            writer?.start()
        }
        // Both pipes are drained together: a program filling one while we wait on the other would hang.
        let deadline = Date().addingTimeInterval(timeout)
        var collected = [Data(), Data()]
        var fds = [pollfd(fd: out[0], events: Int16(POLLIN), revents: 0), pollfd(fd: err[0], events: Int16(POLLIN), revents: 0)]
        var buffer = [UInt8](repeating: 0, count: 65536)
        var timedOut = false
        while fds.contains(where: { $0.fd >= 0 }) {
            guard deadline.timeIntervalSinceNow > 0 else { timedOut = true; break }
            if poll(&fds, 2, 1000) < 0 && errno != EINTR { break }
            for i in 0..<2 where fds[i].fd >= 0 && fds[i].revents != 0 {
                let n = read(fds[i].fd, &buffer, buffer.count)
                if n > 0 { collected[i].append(contentsOf: buffer[0..<n]) } else if n == 0 || errno != EINTR {
                    close(fds[i].fd)
                    fds[i].fd = -1
                }
            }
        }
        for f in fds where f.fd >= 0 { close(f.fd) }
        if timedOut { kill(-pid, SIGKILL) }
        if writer != nil { written.wait() }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signalled = status & 0x7F
        let code: Int32 = timedOut ? -1 : signalled != 0 ? 128 + signalled : (status >> 8) & 0xFF
        return Result(status: code, out: String(decoding: collected[0], as: UTF8.self), err: String(decoding: collected[1], as: UTF8.self))
    }
    /// Starts a program that keeps running (a test server): standard input and error on /dev/null, standard
    /// output a pipe the caller reads and closes; reap it with `waitpid`. Not Foundation's `Process`, for the
    /// reason above.
    public static func start(_ program: String, _ arguments: [String], in directory: URL) throws -> (pid: pid_t, stdout: Int32) {
        var out: [Int32] = [-1, -1]
        guard closeOnExecPipe(&out) == 0 else { throw Failure(description: "pipe: \(String(cString: strerror(errno)))") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        spawnAddChdir(&actions, directory.path)
        let (pid, spawned) = spawn(program, arguments, &actions)
        close(out[1])
        guard spawned == 0 else {
            close(out[0])
            throw Failure(description: "cannot run \(program): \(String(cString: strerror(spawned)))")
        }
        return (pid, out[0])
    }

    /// posix_spawn with the signal mask cleared, SIGPIPE at its default and a process group of its own; retried
    /// while the executable is still being written (ETXTBSY). The pid and posix_spawn's result.
    static func spawn(_ program: String, _ arguments: [String], _ actions: inout posix_spawn_file_actions_t) -> (pid_t, Int32) {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        var argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        var spawned: Int32 = ETXTBSY
        for attempt in 0..<20 where spawned == ETXTBSY {
            spawned = posix_spawn(&pid, program, &actions, &attributes, &argv, environ)
            if spawned == ETXTBSY { usleep(useconds_t(1000 * (attempt + 1))) }
        }
        return (pid, spawned)
    }
}
