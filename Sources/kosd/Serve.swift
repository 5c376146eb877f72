import ArgumentParser
import CKosSys
import Foundation
import KosCore
import KosDefinitions
import KosEngine
import KosRules
import KosServer
import KosStore
import Logging
import Synchronization

/// Options shared by the processes that run steps.
struct EngineOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Option(help: "Folder of workflow definitions.")
    var workflows = "Workflows"

    @Option(help: "Folder of payload templates.")
    var templates = "Templates"

    @Option(help: "Lease on a claimed step, in milliseconds; a dead worker's step returns after it.")
    var leaseMillis: Int64 = 30_000

    @Option(help: "Due steps a worker claims at once; their results commit together (one fsync).")
    var batchSize = 16

    @Option(help: "Log format: auto (journal under systemd, else plain), plain, journal or json.")
    var logFormat: LogFormat = .auto

    func environment() throws -> EngineEnvironment {
        let report = DefinitionLoader(templatesDirectory: templates).load(paths: [workflows])
        guard report.isValid else {
            FileHandle.standardError.write(Data((report.renderedDiagnostics() + "\n").utf8))
            throw ExitCode(1)
        }
        var packs = try BuiltinPacks.load()
        packs.merge(report.definitions.guidelines) { a, _ in a }
        return EngineEnvironment(definitions: report.definitions, packs: packs, templatesDirectory: templates,
                                 secretsEnvironment: ProcessInfo.processInfo.environment)
    }
}

/// `kosd worker`: one worker process, claiming and running steps until stopped.
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Run steps from the store until stopped (kosd serve starts these).")

    @OptionGroup var engine: EngineOptions

    @Option(help: "This worker's name in leases and the audit log.")
    var name = "worker-\(getpid())"

    @Option(help: "How long an idle worker waits before looking for due steps again, in milliseconds; the supervisor wakes it at once when the API writes.")
    var idleMillis = 50

    @Option(help: .hidden)
    var supervisor: Int32?

    func run() async throws {
        if let supervisor { ChildProcess.dieWithParent(expectedParent: supervisor) }
        engine.logFormat.bootstrap()
        var log = Logger(label: "kosd-worker")
        log[metadataKey: "worker"] = .string(name)
        let store = try SQLiteStore(path: engine.store.database)
        let worker = Worker(name: name, store: store, environment: try engine.environment(), leaseMillis: engine.leaseMillis)
        worker.batchSize = engine.batchSize
        let runLog = log
        worker.onRunEnded = { runID, draftID, status, reason in
            runLog.info("run \(status)", metadata: ["run_id": .string(runID), "draft_id": .string(draftID), "reason": .string(reason ?? "")])
        }
        var stale = 0
        var wakeable = true
        while true {
            do {
                let worked = try await worker.runOnce()
                if worker.staleCommits > stale {
                    // Our lease was taken over while we worked: the other worker's result stands.
                    log.warning("\(worker.staleCommits - stale) step(s) were taken over by another worker; their results were discarded")
                    stale = worker.staleCommits
                }
                if worked { continue }
            } catch let error as StoreError where error.code == "KOS5002" {
                log.warning("\(error)")
            }
            if supervisor != nil, wakeable {
                wakeable = Self.awaitWake(timeoutMillis: idleMillis)
            } else {
                try await Task.sleep(for: .milliseconds(idleMillis))
            }
        }
    }
}

extension WorkerCommand {
    /// Waits until the supervisor writes to our standard input (new work through the API) or the timeout
    /// passes; false when standard input is closed (then plain sleeping takes over).
    static func awaitWake(timeoutMillis: Int) -> Bool {
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
        guard poll(&fds, 1, Int32(timeoutMillis)) > 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 4096)
        return read(STDIN_FILENO, &buffer, buffer.count) > 0
    }
}

/// `kosd serve`: the supervisor. Serves the API and starts worker processes, restarting any that dies.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the API and run the workflows with worker processes.")

    @OptionGroup var engine: EngineOptions

    @Option(help: "Worker processes. Default: the number of cores.")
    var workers = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "The API's Unix socket.")
    var socket = ".kos/kosd.sock"

    @Option(help: "Also serve the API on TCP, e.g. 127.0.0.1:7420.")
    var listen: String?

    @Option(help: "Requests each token may make, e.g. 20/s or 600/1m (a burst of three seconds' worth is allowed).")
    var rateLimit = "20/s"

    @Flag(help: .hidden)
    var dieWithParent = false

    func validate() throws {
        if let listen, Self.tcp(listen) == nil { throw ValidationError("--listen must be HOST:PORT, e.g. 127.0.0.1:7420") }
        guard RateLimit(parsing: rateLimit) != nil else { throw ValidationError("--rate-limit must be like 20/s or 600/1m") }
        guard workers >= 1, workers <= 256 else { throw ValidationError("--workers must be 1 to 256") }
        guard (1...256).contains(engine.batchSize) else { throw ValidationError("--batch-size must be 1 to 256") }
    }

    static func tcp(_ text: String) -> HTTPServer.Address? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (1...65535).contains(port) else { return nil }
        let host = String(text[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host.isEmpty ? nil : .tcp(host: host, port: port)
    }

    func run() async throws {
        // For tests and wrappers that start kosd as a child: it goes when they go, even killed.
        if dieWithParent { ChildProcess.dieWithParent(expectedParent: getppid()) }
        engine.logFormat.bootstrap()
        let log = Logger(label: "kosd")
        let notifier = SystemdNotifier()
        let environment = try engine.environment()
        let store = try SQLiteStore(path: engine.store.database)
        let limit = RateLimit(parsing: rateLimit)!
        let perSecond = Double(limit.count) / (Double(limit.per.milliseconds) / 1000)
        let supervisor = Supervisor(
            executable: CommandLine.arguments[0].contains("/") ? CommandLine.arguments[0] : "/proc/self/exe",
            arguments: ["worker", "--database", engine.store.database, "--workflows", engine.workflows, "--templates", engine.templates,
                        "--lease-millis", String(engine.leaseMillis), "--batch-size", String(engine.batchSize),
                        "--log-format", engine.logFormat.resolved(ProcessInfo.processInfo.environment).rawValue],
            count: workers, notifier: notifier)
        let server = HTTPServer(
            service: APIService(store: store, environment: environment, onChange: { supervisor.wake() }),
            addresses: [.unix(socket)] + (listen.flatMap(Self.tcp).map { [$0] } ?? []),
            rate: .init(requests: Double(limit.count), perSeconds: Double(limit.per.milliseconds) / 1000, burst: max(perSecond * 3, 1)),
            readiness: {
                // Ready: the store answers and every worker process is alive.
                guard (try? await store.now()) != nil else { return "the store does not answer" }
                let alive = supervisor.alive
                return alive == supervisor.count ? nil : "\(alive) of \(supervisor.count) workers are running"
            },
            metrics: {
                MetricsText.render(try await store.metrics(),
                                   supervision: .init(workers: supervisor.count, alive: supervisor.alive, restarts: supervisor.restarts))
            })
        let addresses = server.addresses.map(\.description).joined(separator: " and ")
        let workflows = environment.definitions.workflows.count
        // The supervisor returns on SIGTERM or SIGINT, once its workers have stopped; the API then shuts down gracefully.
        let (stopped, stop) = AsyncStream<Void>.makeStream()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await server.run(logger: Logger(label: "kosd"), until: { for await _ in stopped { return } }) {
                    log.notice("listening on \(addresses) (\(workflows) workflows)")
                    // Store open, migrations applied, workflows loaded, API listening: ready.
                    notifier.send("READY=1\nSTATUS=ready: \(workflows) workflows, \(supervisor.count) workers, API on \(addresses)")
                }
            }
            group.addTask {
                defer { stop.finish() }
                try await supervisor.run()
            }
            try await group.waitForAll()
        }
        unlink(socket)
        log.notice("stopped")
    }
}

/// Keeps `count` worker processes alive: a worker that dies is started again within a second (backoff
/// doubles while it keeps dying, and resets once it has lived ten seconds). SIGTERM stops them all.
final class Supervisor: @unchecked Sendable {
    let executable: String
    let arguments: [String]
    let count: Int
    let notifier: SystemdNotifier
    private var processes: [Process?]
    private let aliveCount = Mutex(0)

    /// Worker processes running now.
    var alive: Int { aliveCount.withLock { $0 } }
    private let restartCount = Mutex(0)
    /// Workers started again after they died.
    var restarts: Int { restartCount.withLock { $0 } }
    private var backoff: [Double]
    private var startedAt: [Date]
    private var restartAt: [Date]

    init(executable: String, arguments: [String], count: Int, notifier: SystemdNotifier = SystemdNotifier(environment: [:])) {
        self.notifier = notifier
        self.executable = executable
        self.arguments = arguments
        self.count = max(1, count)
        processes = Array(repeating: nil, count: self.count)
        backoff = Array(repeating: 0.1, count: self.count)
        startedAt = Array(repeating: .distantPast, count: self.count)
        restartAt = Array(repeating: .distantPast, count: self.count)
    }

    /// Write ends of the workers' standard input: a byte there wakes an idle worker.
    private let wakeFDs = Mutex<[Int: Int32]>([:])

    /// Tells every worker there is new work (called by the API after it commits); never blocks.
    func wake() {
        let one: [UInt8] = [1]
        wakeFDs.withLock { fds in
            for fd in fds.values { _ = write(fd, one, 1) }
        }
    }

    func start(_ i: Int) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        let pipe = Pipe()
        p.standardInput = pipe
        let fd = pipe.fileHandleForWriting.fileDescriptor
        // A full pipe means the worker has wakes pending already: drop the byte rather than wait.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        p.arguments = arguments + ["--name", "worker-\(i + 1)-\(Int(Date().timeIntervalSince1970 * 1000) % 100_000)", "--supervisor", String(getpid())]
        do {
            try p.run()
            try? pipe.fileHandleForReading.close()
            processes[i] = p
            startedAt[i] = Date()
            wakeFDs.withLock { fds in
                if let old = fds[i] { close(old) }
                fds[i] = dup(fd)
            }
            try? pipe.fileHandleForWriting.close()
        } catch {
            Logger(label: "kosd").error("cannot start worker \(i + 1): \(error)")
        }
    }

    func run() async throws {
        // A plain sigaction handler that records the request; this loop polls it. (Dispatch signal sources
        // proved unreliable here in optimised builds.) Workers start with the default action again.
        kos_install_stop_handler()
        for i in 0..<count { start(i) }
        Logger(label: "kosd").info("supervising \(count) workers")
        var lastPing = ContinuousClock.now
        while kos_stop_requested() == 0 {
            // The watchdog is fed from this loop: a supervisor stuck anywhere stops feeding it and is restarted.
            if let interval = notifier.watchdogInterval, ContinuousClock.now - lastPing >= interval {
                notifier.send("WATCHDOG=1")
                lastPing = ContinuousClock.now
            }
            aliveCount.withLock { $0 = processes.filter { $0?.isRunning == true }.count }
            for i in 0..<count {
                if let p = processes[i], p.isRunning { continue }
                let now = Date()
                if processes[i] != nil {
                    // Just died: schedule the restart.
                    backoff[i] = now.timeIntervalSince(startedAt[i]) > 10 ? 0.1 : min(backoff[i] * 2, 1.0)
                    restartAt[i] = now.addingTimeInterval(backoff[i])
                    processes[i] = nil
                    restartCount.withLock { $0 += 1 }
                }
                if now >= restartAt[i] { start(i) }
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        notifier.send("STOPPING=1\nSTATUS=stopping: workers end, requests in flight are answered")
        for p in processes.compactMap({ $0 }) where p.isRunning { kill(p.processIdentifier, SIGTERM) }
        for p in processes.compactMap({ $0 }) { p.waitUntilExit() }
    }
}

