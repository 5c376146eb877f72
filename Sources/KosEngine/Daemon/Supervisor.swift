import Foundation
import KosCore
import KosSystem
import Logging
import ServiceLifecycle
import Synchronization

/// Keeps `count` worker processes alive: a worker that dies is started again within a second (backoff
/// doubles while it keeps dying, and resets once it has lived ten seconds). SIGTERM stops them all.
///
/// Runs on a thread of its own, so no load on the API (whose handlers share Swift's few cooperative
/// threads) can stop it restarting workers or feeding the watchdog. Each worker says on a pipe when it
/// starts and ends each step, with the time by which the step should be done; a worker still on a step
/// past that is killed and replaced, and the step gets a strike (three park it: `Store.recordStrikes`).
public final class Supervisor: Service, @unchecked Sendable {
    public let executable: String
    public let arguments: [String]
    public let count: Int
    public let notifier: SystemdNotifier
    private let aliveCount = Mutex(0)

    /// Worker processes running now.
    public var alive: Int { aliveCount.withLock { $0 } }
    private let restartCount = Mutex(0)
    /// Workers started again after they died.
    public var restarts: Int { restartCount.withLock { $0 } }
    private let stuckCount = Mutex(0)
    /// Workers killed because a step overran its budget.
    public var stuckKills: Int { stuckCount.withLock { $0 } }
    /// How long a stop waits for the workers to finish the steps in hand before killing them.
    public let drainTimeout: TimeSpan
    /// Re-reads configuration and definitions on SIGHUP; returns the `STATUS=` text.
    public var reload: (@Sendable () async -> String)?
    /// The `STATUS=` text, refreshed every few seconds.
    public var status: (@Sendable () async -> String)?
    /// Whether the store can write, asked every second: nil when it can, else why not.
    public var probe: (@Sendable () async -> String?)?
    /// Records strikes against steps a worker was stopped on (the ids, why).
    public var strike: (@Sendable ([Int64], String) async -> Void)?
    /// When the API's event loop last showed it was alive (seconds since boot); the watchdog is fed only
    /// while it does, so a daemon whose API hangs is restarted by systemd.
    public var apiAlive: (@Sendable () -> Bool)?
    private let degradedReason = Mutex<String?>(nil)
    /// Why the store cannot write, while it cannot (`/readyz` answers 503 with it).
    public var degraded: String? { degradedReason.withLock { $0 } }

    /// One worker process as the supervisor sees it.
    struct Child {
        var pid: pid_t
        /// Where the supervisor writes a byte to wake it.
        var wake: Int32
        /// Where it reports the steps it starts and ends.
        var beats: Int32
        var pending: [UInt8] = []
        /// Steps in hand and when each should be done (seconds since boot).
        var inHand: [Int64: Double] = [:]
        var startedAt: Double
        var killedAsStuck = false
        /// Its end of the step pipe reached end-of-file (the worker is gone, or going): not polled again.
        var beatsClosed = false

        /// Reads what the worker reported since the last call (`S <step> <deadline ms since boot>` and `E <step>`
        /// lines) and keeps its steps in hand current.
        mutating func readBeats() {
            withUnsafeTemporaryAllocation(byteCount: 4096, alignment: 1) { buffer in
                while true {
                    let n = read(beats, buffer.baseAddress, buffer.count)
                    if n == 0 { beatsClosed = true }
                    guard n > 0 else { break }
                    pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[..<n]))
                }
            }
            pending.removeFirst(Supervisor.takeBeats(pending, into: &inHand))
            if pending.count > 65536 { pending.removeAll() }
        }
    }

    private var children: [Child?]
    private var backoff: [Double]
    private var restartAt: [Double]
    private let wakeFDs = Mutex<[Int: Int32]>([:])

    /// Whether SIGTERM, SIGINT and SIGHUP are this supervisor's to handle (kosd's); off, only `requestStop()`
    /// and its service group stop it (a supervisor built inside another program, such as a test).
    public let handlesSignals: Bool

    public init(executable: String, arguments: [String], count: Int, notifier: SystemdNotifier = SystemdNotifier(environment: [:]),
                drainTimeout: TimeSpan = .seconds(30), handlesSignals: Bool = true) {
        self.handlesSignals = handlesSignals
        self.drainTimeout = drainTimeout
        self.notifier = notifier
        self.executable = executable
        self.arguments = arguments
        self.count = max(1, count)
        children = Array(repeating: nil, count: self.count)
        backoff = Array(repeating: 0.1, count: self.count)
        restartAt = Array(repeating: 0, count: self.count)
    }

    public static func uptime() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// Tells the workers there is new work (called by the API after it commits); never blocks. One worker, in
    /// turn, is poked (`1`: claim at once); the others are nudged (`2`: look a moment later, and claim only what
    /// is still waiting then). Every worker poked at once raced for SQLite's one write lock: the losers' empty
    /// claims held up the winner's, and its commit after them, by a busy wait each.
    public func wake() {
        let poke: [UInt8] = [1], nudge: [UInt8] = [2]
        wakeFDs.withLock { fds in
            guard !fds.isEmpty else { return }
            let workers = fds.keys.sorted()
            let chosen = workers[wakeTurn % workers.count]
            wakeTurn &+= 1
            for i in workers { _ = write(fds[i]!, i == chosen ? poke : nudge, 1) }
        }
    }

    /// Whose turn it is to be poked (read and advanced under `wakeFDs`'s lock).
    private var wakeTurn = 0

    /// Starts worker `i`: its standard input is the wake pipe, descriptor 3 the pipe it reports steps on.
    /// Called on the supervisor's thread only, which lives as long as its workers (their parent-death
    /// signal is tied to it).
    func start(_ i: Int) {
        var wake: [Int32] = [0, 0], beats: [Int32] = [0, 0]
        guard closeOnExecPipe(&wake) == 0 else { return }
        guard closeOnExecPipe(&beats) == 0 else {
            close(wake[0]); close(wake[1])
            return
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, wake[0], 0)
        posix_spawn_file_actions_adddup2(&actions, beats[1], 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGTERM, SIGINT, SIGHUP, SIGPIPE] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let name = "worker-\(i + 1)-\(Int(Date().timeIntervalSince1970 * 1000) % 100_000)"
        let args = [executable] + arguments + ["--name", name, "--supervisor", String(getpid()), "--heartbeat-fd", "3"]
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, &argv, environ)
        close(wake[0])
        close(beats[1])
        guard spawned == 0 else {
            close(wake[1]); close(beats[0])
            Logger(label: "kosd").error(Logger.Message(stringLiteral: tr("cannot start worker \(i + 1): \(String(cString: strerror(spawned)))")))
            return
        }
        // A full wake pipe means wakes are pending already: drop the byte rather than wait.
        for fd in [wake[1], beats[0]] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        children[i] = Child(pid: pid, wake: wake[1], beats: beats[0], startedAt: Self.uptime())
        wakeFDs.withLock { $0[i] = wake[1] }
    }

    /// Applies the whole lines of `bytes` to `inHand`: `S <step> <deadline ms>` when a worker starts a step, `E <step>`
    /// when it ends it; anything else is skipped. Returns how many bytes the whole lines took.
    static func takeBeats(_ bytes: [UInt8], into inHand: inout [Int64: Double]) -> Int {
        bytes.withUnsafeBufferPointer { line in
            var start = 0
            while let end = line[start...].firstIndex(of: 0x0A) {
                defer { start = end + 1 }
                var at = start
                // A decimal field after one space, or nil.
                func number() -> Int64? {
                    guard at < end, line[at] == 0x20 else { return nil }
                    at += 1
                    let first = at
                    var value: Int64 = 0
                    while at < end, line[at] >= 0x30, line[at] <= 0x39 {
                        let (times, o1) = value.multipliedReportingOverflow(by: 10)
                        let (sum, o2) = times.addingReportingOverflow(Int64(line[at] - 0x30))
                        guard !o1, !o2 else { return nil }
                        value = sum
                        at += 1
                    }
                    return at > first ? value : nil
                }
                guard end - start >= 3 else { continue }
                let kind = line[at]
                at += 1
                guard let step = number() else { continue }
                if kind == UInt8(ascii: "S"), let deadline = number(), at == end {
                    inHand[step] = Double(deadline) / 1000
                } else if kind == UInt8(ascii: "E"), at == end {
                    inHand[step] = nil
                }
            }
            return start
        }
    }

    /// Forgets worker `i` after it ended; strikes its steps when it crashed or was killed as stuck.
    func reaped(_ i: Int, status: Int32, log: Logger) {
        guard let child = children[i] else { return }
        close(child.wake)
        close(child.beats)
        wakeFDs.withLock { _ = $0.removeValue(forKey: i) }
        let signal = status & 0x7F
        let crashed = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE].contains(signal)
        if crashed, !child.inHand.isEmpty, !child.killedAsStuck, let strike {
            let steps = Array(child.inHand.keys)
            log.error(Logger.Message(stringLiteral: tr("worker \(i + 1) (pid \(child.pid)) crashed with signal \(signal) while running step(s) \(steps.map(String.init).joined(separator: ", "))")))
            Task { await strike(steps, tr("the worker crashed with signal \(signal)")) }
        } else if signal != 0, !child.killedAsStuck {
            log.warning(Logger.Message(stringLiteral: tr("worker \(i + 1) (pid \(child.pid)) was killed by signal \(signal)")))
        } else if signal == 0, !child.killedAsStuck {
            log.warning(Logger.Message(stringLiteral: tr("worker \(i + 1) (pid \(child.pid)) exited with status \((status >> 8) & 0xFF)")))
        }
        let now = Self.uptime()
        backoff[i] = now - child.startedAt > 10 ? 0.1 : min(backoff[i] * 2, 1.0)
        restartAt[i] = now + backoff[i]
        children[i] = nil
        restartCount.withLock { $0 += 1 }
    }

    /// Kills worker `i` when a step it holds is past its deadline.
    func killIfStuck(_ i: Int, now: Double, log: Logger) {
        guard var child = children[i], !child.killedAsStuck else { return }
        let overdue = child.inHand.filter { now > $0.value }
        guard !overdue.isEmpty else { return }
        let steps = overdue.keys.sorted()
        let late = Int(now - (overdue.values.min() ?? now))
        let listed = steps.map(String.init).joined(separator: ", ")
        log.error(Logger.Message(stringLiteral: tr("worker \(i + 1) ran step \(listed) \(late)s past its budget; killed and replaced (the step returns to the queue when its lease ends; three strikes park it)")))
        kill(child.pid, SIGKILL)
        child.killedAsStuck = true
        children[i] = child
        stuckCount.withLock { $0 += 1 }
        if let strike { Task { await strike(steps, tr("a worker ran it past its budget")) } }
    }

    private let stopAsked = Atomic<Bool>(false)

    /// Stops the workers as SIGTERM does: steps in hand finish (up to the drain timeout), then `run` returns.
    public func requestStop() { stopAsked.store(true, ordering: .relaxed) }

    private var stopping: Bool { (handlesSignals && Signals.stopRequested) || stopAsked.load(ordering: .relaxed) }

    /// Supervises until SIGTERM or SIGINT, `requestStop()`, the service group's graceful shutdown or cancellation;
    /// returns once the workers have stopped.
    public func run() async throws {
        await withGracefulShutdownHandler {
            await withTaskCancellationHandler {
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    let thread = Thread { [self] in
                        loop()
                        continuation.resume()
                    }
                    thread.name = "kosd-supervisor"
                    thread.start()
                }
            } onCancel: { [self] in
                requestStop()
            }
        } onGracefulShutdown: { [self] in
            requestStop()
        }
    }

    /// A task the loop started and has not seen finish.
    final class Flight: @unchecked Sendable {
        private let busy = Mutex(false)
        /// Runs `body` in a task unless the last one is still running.
        func launch(_ body: @escaping @Sendable () async -> Void) {
            guard busy.withLock({ b in defer { b = true }; return !b }) else { return }
            Task {
                await body()
                self.busy.withLock { $0 = false }
            }
        }
    }

    private func loop() {
        // A plain sigaction handler that records the request; this loop polls it. (Dispatch signal sources
        // proved unreliable here in optimised builds.) Workers install their own.
        if handlesSignals {
            Signals.installStopHandler()
            Signals.installReloadHandler()
        }
        for i in 0..<count { start(i) }
        let log = Logger(label: "kosd")
        log.info(Logger.Message(stringLiteral: tr("supervising \(count) workers")))
        var lastPing = 0.0, lastStatus = Self.uptime(), lastProbe = 0.0
        let probing = Flight(), reloading = Flight(), reporting = Flight()
        while !stopping {
            let now = Self.uptime()
            if let probe, now - lastProbe >= 1 {
                lastProbe = now
                let notifier = self.notifier
                probing.launch { [self] in
                    let reason = await probe()
                    let was = degradedReason.withLock { state in
                        defer { state = reason }
                        return state
                    }
                    if let reason, was == nil {
                        log.error(Logger.Message(stringLiteral: tr("the store cannot write: \(reason); new work is refused with 503 until it can")))
                        notifier.send("STATUS=" + tr("degraded: \(reason); new work is refused until the store can write"))
                    } else if reason == nil, was != nil {
                        log.notice(Logger.Message(stringLiteral: tr("the store writes again; work resumes")))
                    }
                }
            }
            if handlesSignals, Signals.takeReload(), let reload {
                let notifier = self.notifier
                reloading.launch {
                    notifier.send("RELOADING=1\nMONOTONIC_USEC=\(Self.monotonicMicroseconds())\nSTATUS=" + tr("reloading configuration and workflows"))
                    notifier.send("READY=1\nSTATUS=\(await reload())")
                }
                lastStatus = now
            } else if let status, degraded == nil, now - lastStatus >= 5 {
                let notifier = self.notifier
                reporting.launch { notifier.send("STATUS=\(await status())") }
                lastStatus = now
            }
            // The watchdog is fed from this loop while the API's event loop is alive: a daemon stuck anywhere
            // stops feeding it and systemd restarts it.
            if let interval = notifier.watchdogInterval, now - lastPing >= interval.inSeconds {
                if apiAlive?() ?? true {
                    notifier.send("WATCHDOG=1")
                    lastPing = now
                }
            }
            for i in 0..<count {
                if children[i] != nil {
                    // Read in place: a copy of the child would copy its unread bytes and its steps in hand.
                    children[i]?.readBeats()
                    killIfStuck(i, now: now, log: log)
                    var status: Int32 = 0
                    if let child = children[i], waitpid(child.pid, &status, WNOHANG) == child.pid { reaped(i, status: status, log: log) }
                }
                if children[i] == nil, Self.uptime() >= restartAt[i] { start(i) }
            }
            aliveCount.withLock { $0 = children.filter { $0 != nil && $0?.killedAsStuck == false }.count }
            waitForBeats(timeoutMillis: 100)
        }
        notifier.send("STOPPING=1\nSTATUS=" + tr("stopping: no new steps are claimed, steps in hand finish, requests in flight are answered"))
        for child in children.compactMap({ $0 }) { kill(child.pid, SIGTERM) }
        // Steps in hand get the drain timeout to finish; a worker still busy after it is killed (its steps
        // return to the queue when their leases pass).
        let deadline = Self.uptime() + Double(drainTimeout.milliseconds) / 1000
        while Self.uptime() < deadline {
            for i in 0..<count {
                var status: Int32 = 0
                if let child = children[i], waitpid(child.pid, &status, WNOHANG) == child.pid {
                    close(child.wake)
                    close(child.beats)
                    children[i] = nil
                }
            }
            if children.allSatisfy({ $0 == nil }) { break }
            usleep(10_000)
        }
        for child in children.compactMap({ $0 }) {
            log.warning(Logger.Message(stringLiteral: tr("worker \(child.pid) did not finish within \(drainTimeout); killed")))
            kill(child.pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(child.pid, &status, 0) < 0 && errno == EINTR {}
        }
        wakeFDs.withLock { $0.removeAll() }
        aliveCount.withLock { $0 = 0 }
    }

    /// Sleeps until a worker reports a step (or its pipe closes as it ends) or the timeout passes: the loop
    /// wakes for what happens rather than 50 times a second.
    private func waitForBeats(timeoutMillis: Int32) {
        var fds = children.compactMap { $0 }.filter { !$0.beatsClosed }.map { pollfd(fd: $0.beats, events: Int16(POLLIN), revents: 0) }
        _ = poll(&fds, nfds_t(fds.count), timeoutMillis)
    }

    public static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1000
    }
}
