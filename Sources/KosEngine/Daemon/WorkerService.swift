import Foundation
import KosCore
import KosStore
import Logging
import ServiceLifecycle

/// One worker's loop as a service: claims and runs due steps until asked to stop, then finishes the steps in
/// hand and hands the rest back. Between rounds it sleeps until the earliest step falls due or the idle
/// interval passes, whichever is sooner; new work cuts the sleep short (a supervisor's poke on `wakes`, or on
/// PostgreSQL the store's own announcement from any host).
///
/// It stops when `stopRequested` says so (kosd: SIGTERM), when its service group shuts down gracefully or when it
/// is cancelled; a
/// store that cannot write (a full disk) is waited out, never a reason to stop.
public struct WorkerService: Service {
    public let worker: Worker
    public let store: any Store
    public let idleMillis: Int
    public let log: Logger
    /// Waits up to the given milliseconds for a poke; `.closed` once the source is gone (then plain sleeping takes over).
    public let wakes: (@Sendable (Int) -> Wake)?

    /// How a wait for a poke ended.
    public enum Wake: Sendable {
        /// New work, to be claimed at once.
        case poked
        /// New work that another worker was poked for: looked at a moment later, in case that one is busy.
        case nudged
        case timedOut, closed
    }
    /// How long a nudged worker waits before it looks: long enough for the poked worker's claim to have committed.
    static let nudgeDelay: Duration = .milliseconds(2)
    public let stopRequested: @Sendable () -> Bool

    public init(worker: Worker, store: any Store, idleMillis: Int = 50, log: Logger, wakes: (@Sendable (Int) -> Wake)? = nil,
                stopRequested: @escaping @Sendable () -> Bool = { false }) {
        self.worker = worker
        self.store = store
        self.idleMillis = idleMillis
        self.log = log
        self.wakes = wakes
        self.stopRequested = stopRequested
    }

    private var stopping: Bool { stopRequested() || Task.isShuttingDownGracefully || Task.isCancelled }

    public func run() async throws {
        let stop = stopRequested
        worker.stopRequested = { stop() || Task.isShuttingDownGracefully }
        var stale = 0
        var wakeable = wakes != nil
        var unavailable = false
        // Poked: the API has just written work for the workers.
        var poked = false
        while !stopping {
            do {
                let worked = try await worker.runOnce(expected: poked)
                poked = false
                if unavailable {
                    log.notice(Logger.Message(stringLiteral: tr("the store writes again")))
                    unavailable = false
                }
                if worker.staleCommits > stale {
                    // Our lease was taken over while we worked: the other worker's result stands.
                    log.warning(Logger.Message(stringLiteral: tr("\(worker.staleCommits - stale) step(s) were taken over by another worker; their results were discarded")))
                    stale = worker.staleCommits
                }
                if worked { continue }
            } catch let error as StoreError where error.kind == .staleEpoch {
                log.warning("\(error)")
            } catch let error as StoreError where error.isUnavailable {
                // A full or read-only disk: the failed commit rolled back; steps in hand return to the queue when their
                // leases end (their deliveries are repeated with the same webhook-id). Wait, then try again.
                if !unavailable { log.error(Logger.Message(stringLiteral: tr("\(error.message); steps wait until the store can write"))) }
                unavailable = true
                try? await Task.sleep(for: .seconds(1))
                continue
            }
            // Sleep until the earliest step falls due (a slot, a retry, a lease that ends), or the idle interval when
            // that is sooner: a timer fires on time instead of up to an interval late.
            // On PostgreSQL a NOTIFY wakes the worker for new work from any host; the look every second only catches
            // a notification that came while it was not listening.
            let idle = store.isShared ? 1_000 : idleMillis
            var sleep = idle
            if let due = try? await store.nextDueAt(), let now = try? await store.now() {
                sleep = Int(max(1, min(Int64(idle), due - now)))
            }
            if store.isShared {
                // Work may come from any host: its announcement wakes this worker (pokes are read and dropped).
                _ = try? await store.waitForSteps(timeoutMillis: sleep)
                if wakeable, let wakes { wakeable = wakes(0) != .closed }
            } else if wakeable, let wakes {
                let wake = wakes(sleep)
                wakeable = wake != .closed
                poked = wake == .poked
                if wake == .nudged { try? await Task.sleep(for: Self.nudgeDelay) }
            } else {
                try? await Task.sleep(for: .milliseconds(sleep))
            }
        }
        log.info(Logger.Message(stringLiteral: tr("stopped: steps in hand finished, the rest handed back")))
    }

    /// Pokes on standard input (a worker process's wake pipe from its supervisor): waits until a byte comes or
    /// the timeout passes; `.closed` when standard input is closed.
    @Sendable public static func standardInputWakes(timeoutMillis: Int) -> Wake {
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
        guard poll(&fds, 1, Int32(timeoutMillis)) > 0 else { return .timedOut }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = read(STDIN_FILENO, &buffer, buffer.count)
        guard n > 0 else { return .closed }
        return buffer[..<n].contains(1) ? .poked : .nudged
    }
}

/// A worker's line to its supervisor: when each step starts (with the time by which it should be done) and
/// ends, one short line per event, never blocking (a full pipe drops the line; the supervisor then sees an
/// older deadline, which only makes it more patient).
public final class WorkerHeartbeat: @unchecked Sendable {
    let fd: Int32
    private let lock = NSLock()

    public init(fd: Int32) {
        self.fd = fd
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    }

    /// Reports `worker`'s steps on this line.
    public func attach(to worker: Worker) {
        worker.onStepStarted = { [self] step, deadline in
            say("S \(step.id) \(Int64((Supervisor.uptime() + deadline.timeIntervalSinceNow) * 1000))")
        }
        worker.onStepEnded = { [self] step in say("E \(step.id)") }
    }

    func say(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        lock.withLock { _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } }
    }
}
