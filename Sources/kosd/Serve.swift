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

    /// The recorded definitions version new runs start with (the supervisor passes it; the files are read from the store).
    @Option(help: .hidden)
    var definitions: String?

    func run() async throws {
        if let supervisor { ChildProcess.dieWithParent(expectedParent: supervisor) }
        let configuration = try engine.configuration()
        let settings = configuration.settings
        configuration.logFormat.bootstrap(level: configuration.logLevel)
        var log = Logger(label: "kosd-worker")
        log[metadataKey: "worker"] = .string(name)
        // SIGTERM: finish the steps in hand, hand back the rest, exit 0.
        kos_install_stop_handler()
        let store = try await openStore(settings.store)
        var environment: EngineEnvironment
        if let definitions {
            guard let files = try await store.definitions(version: definitions) else {
                log.critical("definitions \(definitions) are not in the store \(settings.store)")
                throw ExitCode(1)
            }
            switch EngineEnvironment.load(files: files, templatesDirectory: settings.templates, secretsEnvironment: ProcessInfo.processInfo.environment) {
            case .success(let (loaded, _)): environment = loaded
            case .failure(let failure):
                log.critical("definitions \(definitions) do not load: \(failure)")
                throw ExitCode(1)
            }
            environment.version = definitions
        } else {
            switch configuration.definitions() {
            case .success(let (loaded, files)):
                environment = loaded
                environment.version = try await store.recordDefinitions(files)
            case .failure(let failure):
                FileHandle.standardError.write(Data((failure.description + "\n").utf8))
                throw ExitCode(1)
            }
        }
        let worker = Worker(name: name, store: store, environment: environment, leaseMillis: settings.lease.milliseconds)
        worker.batchSize = settings.batchSize
        worker.stopRequested = { kos_stop_requested() != 0 }
        let runLog = log
        worker.onRunEnded = { runID, draftID, status, reason in
            runLog.info("run \(status)", metadata: ["run_id": .string(runID), "draft_id": .string(draftID), "reason": .string(reason ?? "")])
        }
        var stale = 0
        var wakeable = true
        var unavailable = false
        while kos_stop_requested() == 0 {
            do {
                let worked = try await worker.runOnce()
                if unavailable {
                    log.notice("the store writes again")
                    unavailable = false
                }
                if worker.staleCommits > stale {
                    // Our lease was taken over while we worked: the other worker's result stands.
                    log.warning("\(worker.staleCommits - stale) step(s) were taken over by another worker; their results were discarded")
                    stale = worker.staleCommits
                }
                if worked { continue }
            } catch let error as StoreError where error.code == "KOS5002" {
                log.warning("\(error)")
            } catch let error as StoreError where error.isUnavailable {
                // A full or read-only disk: the failed commit rolled back; steps in hand return to the queue when their
                // leases end (their deliveries are repeated with the same webhook-id). Wait, then try again.
                if !unavailable { log.error("\(error.message); steps wait until the store can write") }
                unavailable = true
                try await Task.sleep(for: .seconds(1))
                continue
            }
            // Sleep until the earliest step falls due (a slot, a retry, a lease that ends), or the idle interval when
            // that is sooner: a timer fires on time instead of up to an interval late.
            // On PostgreSQL a NOTIFY wakes the worker for new work from any host; the look every second only catches
            // a notification that came while it was not listening.
            let idle = store is PostgresStore ? 1_000 : idleMillis
            var sleep = idle
            if let due = try? await store.nextDueAt(), let now = try? await store.now() {
                sleep = Int(max(1, min(Int64(idle), due - now)))
            }
            if let shared = store as? PostgresStore {
                // Work may come from any host: a NOTIFY wakes this worker (the supervisor's pokes are read and dropped).
                _ = try? await shared.waitForSteps(timeoutMillis: sleep)
                if supervisor != nil, wakeable { wakeable = Self.awaitWake(timeoutMillis: 0) }
            } else if supervisor != nil, wakeable {
                wakeable = Self.awaitWake(timeoutMillis: sleep)
            } else {
                try await Task.sleep(for: .milliseconds(sleep))
            }
        }
        log.info("stopped: steps in hand finished, the rest handed back")
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

/// The settings only the serving daemon has.
struct ServeOptions: ParsableArguments {
    @Option(help: "Worker processes (kosd.yaml 'workers'). Default: the number of cores.")
    var workers: Int?

    @Option(help: "The API's Unix socket (kosd.yaml 'api.socket'). Default: $RUNTIME_DIRECTORY/kosd.sock under systemd, else .kos/kosd.sock.")
    var socket: String?

    @Option(help: "Also serve the API on TCP, e.g. 127.0.0.1:7420 (kosd.yaml 'api.listen').")
    var listen: String?

    @Option(help: "Requests each token may make, e.g. 20/s or 600/1m; a burst of three seconds' worth is allowed (kosd.yaml 'api.rate_limit').")
    var rateLimit: String?

    @Option(help: "How long a stop waits for steps in hand, e.g. 30s (kosd.yaml 'drain_timeout').")
    var drainTimeout: String?

    func apply(_ config: inout DaemonConfig, _ problems: inout [String]) {
        for (key, value, flag) in [(DaemonConfig.Key.workers, workers.map(String.init), "--workers"), (.socket, socket, "--socket"),
                                   (.listen, listen, "--listen"), (.rateLimit, rateLimit, "--rate-limit"), (.drainTimeout, drainTimeout, "--drain-timeout")] {
            if let value, let problem = config.set(key, value) { problems.append("\(flag): \(problem)") }
        }
    }
}

/// `kosd serve`: the supervisor. Serves the API and starts worker processes, restarting any that dies.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the API and run the workflows with worker processes.",
        discussion: """
            Settings come from /etc/kos/kosd.yaml (or --config), then KOSD_* variables, then flags. SIGHUP re-reads \
            the configuration and the workflows: invalid ones are refused and the running definitions kept; runs \
            already started keep the definitions they started with. SIGTERM drains: no new steps are claimed, steps \
            in hand finish (up to drain_timeout), the rest are handed back, exit 0.
            """)

    @OptionGroup var engine: EngineOptions
    @OptionGroup var serving: ServeOptions

    @Flag(help: .hidden)
    var dieWithParent = false

    /// What the flags set (checked at start, so a reload only re-reads the file and the variables under them).
    func flagLayer() -> DaemonConfig {
        var config = DaemonConfig()
        var problems: [String] = []
        engine.apply(to: &config, &problems)
        serving.apply(&config, &problems)
        return config
    }

    static func tcp(_ text: String) -> HTTPServer.Address? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (1...65535).contains(port) else { return nil }
        let host = String(text[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host.isEmpty ? nil : .tcp(host: host, port: port)
    }

    static func rate(_ text: String) -> RateLimiter.Rate {
        let limit = RateLimit(parsing: text) ?? RateLimit(count: 20, per: .seconds(1))
        let perSecond = Double(limit.count) / (Double(limit.per.milliseconds) / 1000)
        return .init(requests: Double(limit.count), perSeconds: Double(limit.per.milliseconds) / 1000, burst: max(perSecond * 3, 1))
    }

    func run() async throws {
        // For tests and wrappers that start kosd as a child: it goes when they go, even killed.
        if dieWithParent { ChildProcess.dieWithParent(expectedParent: getppid()) }
        let configuration = try engine.configuration(adding: serving.apply)
        let settings = configuration.settings
        configuration.logFormat.bootstrap(level: configuration.logLevel)
        let log = Logger(label: "kosd")
        let notifier = SystemdNotifier()
        // Stop and reload requests are recorded from here on, so one arriving while we start is not lost.
        kos_install_stop_handler()
        kos_install_reload_handler()
        var environment: EngineEnvironment
        let files: [DefinitionFile]
        switch configuration.definitions() {
        case .success(let (loaded, read)): (environment, files) = (loaded, read)
        case .failure(let failure):
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
            throw ExitCode(1)
        }
        let store = try await openStore(settings.store)
        environment.version = try await store.recordDefinitions(files)
        let supervisor = Supervisor(
            executable: CommandLine.arguments[0].contains("/") ? CommandLine.arguments[0] : "/proc/self/exe",
            // Workers are told every setting (and read no configuration file: an edit waits for a reload);
            // they read the definitions from the store, by version.
            arguments: ["worker", "--config", "/dev/null", "--database", settings.store, "--templates", settings.templates,
                        "--lease-millis", String(settings.lease.milliseconds), "--batch-size", String(settings.batchSize),
                        "--log-format", configuration.logFormat.resolved(ProcessInfo.processInfo.environment).rawValue,
                        "--log-level", settings.logLevel, "--definitions", environment.version!],
            count: settings.workers, notifier: notifier, drainTimeout: settings.drainTimeout)
        let service = APIService(store: store, environment: environment, onChange: { supervisor.wake() })
        // Under kosd.socket, systemd holds the API socket and passes it; else kosd binds api.socket itself.
        let inherited = SystemdSockets.take()
        let apiAddresses: [HTTPServer.Address] = inherited.isEmpty ? [.unix(settings.socket)] : inherited.map { .inherited(descriptor: $0.descriptor, name: $0.name) }
        let server = HTTPServer(
            service: service,
            addresses: apiAddresses + (settings.listen.flatMap(Self.tcp).map { [$0] } ?? []),
            rate: Self.rate(settings.rateLimit),
            readiness: {
                // Ready: the store answers and can write, and every worker process is alive.
                guard (try? await store.now()) != nil else { return "the store does not answer" }
                if let degraded = supervisor.degraded { return degraded }
                let alive = supervisor.alive
                return alive == supervisor.count ? nil : "\(alive) of \(supervisor.count) workers are running"
            },
            metrics: {
                let recorded = try await store.endpointHealths()
                let defined = service.versions.current.definitions.endpoints.keys
                return MetricsText.render(try await store.metrics(),
                                          supervision: .init(workers: supervisor.count, alive: supervisor.alive, restarts: supervisor.restarts),
                                          kinds: service.versions.current.definitions.stepKinds,
                                          endpoints: Dictionary(uniqueKeysWithValues: defined.map { ($0, recorded[$0] ?? EndpointHealth()) }),
                                          now: try await store.now())
            })
        let addresses = server.addresses.map(\.description).joined(separator: " and ")
        let workflows = environment.definitions.workflows.count, version = environment.version ?? ""
        let reloader = Reloader(configuration: configuration, file: engine.store.config, flags: flagLayer,
                                store: store, service: service, limiter: server.limiter, log: log)
        supervisor.status = {
            let running = (try? await store.metrics().runs["running"]) ?? 0
            let current = service.versions.current
            return "ready: \(current.definitions.workflows.count) workflows, \(supervisor.alive) workers, \(running) runs in flight, definitions \(current.version ?? "")"
        }
        supervisor.reload = { await reloader.reload() }
        supervisor.probe = {
            do {
                try await store.probeWrite()
                return nil
            } catch let error as StoreError where error.isUnavailable {
                return error.message
            } catch {
                return "the store fails: \(error)"
            }
        }
        // The supervisor returns on SIGTERM or SIGINT, once its workers have stopped; the API then shuts down gracefully.
        let (stopped, stop) = AsyncStream<Void>.makeStream()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await server.run(logger: Logger(label: "kosd"), until: { for await _ in stopped { return } }) {
                    log.notice("listening on \(addresses) (\(workflows) workflows, definitions \(version))")
                    // Store open, migrations applied, workflows loaded, API listening: ready.
                    notifier.send("READY=1\nSTATUS=ready: \(workflows) workflows, \(supervisor.count) workers, definitions \(version), API on \(addresses)")
                }
            }
            group.addTask {
                defer { stop.finish() }
                try await supervisor.run()
            }
            try await group.waitForAll()
        }
        // A socket systemd passed stays systemd's: its file is left for the next start.
        if inherited.isEmpty { unlink(settings.socket) }
        log.notice("stopped")
    }
}

/// SIGHUP: re-reads the configuration and the workflows, and applies them only when all of it is valid.
final class Reloader: @unchecked Sendable {
    private var configuration: Configuration
    let file: String?
    let flags: () -> DaemonConfig
    let store: any Store
    let service: APIService
    let limiter: RateLimiter
    let log: Logger

    init(configuration: Configuration, file: String?, flags: @escaping () -> DaemonConfig, store: any Store, service: APIService,
         limiter: RateLimiter, log: Logger) {
        self.configuration = configuration
        self.file = file
        self.flags = flags
        self.store = store
        self.service = service
        self.limiter = limiter
        self.log = log
    }

    /// Reloads; returns the `STATUS=` text saying how it went.
    func reload() async -> String {
        let kept = "running definitions kept (\(service.versions.current.version ?? ""), \(service.versions.current.definitions.workflows.count) workflows)"
        let next: Configuration
        switch Configuration.load(file: file, flags: flags()) {
        case .failure(let error):
            for problem in error.problems { log.error("reload refused: \(problem)") }
            return "reload failed: \(error.problems.count) configuration error(s); \(kept)"
        case .success(let loaded): next = loaded
        }
        var environment: EngineEnvironment
        let files: [DefinitionFile]
        switch next.definitions() {
        case .failure(let failure):
            for d in failure.diagnostics where d.severity == .error { log.error("reload refused: \(d)") }
            if let other = failure.other { log.error("reload refused: \(other)") }
            return "reload failed: \(failure.errorCount) error(s) in \(next.settings.workflows); \(kept)"
        case .success(let (loaded, read)): (environment, files) = (loaded, read)
        }
        do {
            environment.version = try await store.recordDefinitions(files)
        } catch {
            log.error("reload refused: the definitions cannot be recorded in the store: \(error)")
            return "reload failed: the store does not answer; \(kept)"
        }
        let restart = configuration.settings.restartNeeded(for: next.settings)
        if !restart.isEmpty {
            log.warning("reload: \(restart.joined(separator: ", ")) changed; that takes effect at the next restart")
        }
        service.versions.replace(with: environment)
        limiter.rate = Serve.rate(next.settings.rateLimit)
        KosdLogHandler.level.withLock { $0 = next.logLevel }
        configuration = next
        log.notice("reloaded: \(environment.definitions.workflows.count) workflows, definitions \(environment.version ?? ""); runs already started keep theirs")
        return "ready: reloaded, \(environment.definitions.workflows.count) workflows, definitions \(environment.version ?? "")"
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
    /// How long a stop waits for the workers to finish the steps in hand before killing them.
    let drainTimeout: TimeSpan
    /// Re-reads configuration and definitions on SIGHUP; returns the `STATUS=` text.
    var reload: (@Sendable () async -> String)?
    /// The `STATUS=` text, refreshed every few seconds.
    var status: (@Sendable () async -> String)?
    /// Whether the store can write, asked every second: nil when it can, else why not.
    var probe: (@Sendable () async -> String?)?
    private let degradedReason = Mutex<String?>(nil)
    /// Why the store cannot write, while it cannot (`/readyz` answers 503 with it).
    var degraded: String? { degradedReason.withLock { $0 } }

    init(executable: String, arguments: [String], count: Int, notifier: SystemdNotifier = SystemdNotifier(environment: [:]),
         drainTimeout: TimeSpan = .seconds(30)) {
        self.drainTimeout = drainTimeout
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
        // proved unreliable here in optimised builds.) Workers install their own.
        kos_install_stop_handler()
        kos_install_reload_handler()
        for i in 0..<count { start(i) }
        Logger(label: "kosd").info("supervising \(count) workers")
        var lastPing = ContinuousClock.now
        var lastStatus = ContinuousClock.now
        var lastProbe = ContinuousClock.now
        let log = Logger(label: "kosd")
        while kos_stop_requested() == 0 {
            if let probe, ContinuousClock.now - lastProbe >= .seconds(1) {
                lastProbe = ContinuousClock.now
                let reason = await probe()
                let was = degradedReason.withLock { state in
                    defer { state = reason }
                    return state
                }
                if let reason, was == nil {
                    log.error("the store cannot write: \(reason); new work is refused with 503 until it can")
                    notifier.send("STATUS=degraded: \(reason); new work is refused until the store can write")
                } else if reason == nil, was != nil {
                    log.notice("the store writes again; work resumes")
                    lastStatus = .now - .seconds(5)
                }
            }
            if kos_take_reload() == 1, let reload {
                notifier.send("RELOADING=1\nMONOTONIC_USEC=\(Self.monotonicMicroseconds())\nSTATUS=reloading configuration and workflows")
                let outcome = await reload()
                notifier.send("READY=1\nSTATUS=\(outcome)")
                lastStatus = ContinuousClock.now
            } else if let status, degraded == nil, ContinuousClock.now - lastStatus >= .seconds(5) {
                notifier.send("STATUS=\(await status())")
                lastStatus = ContinuousClock.now
            }
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
        notifier.send("STOPPING=1\nSTATUS=stopping: no new steps are claimed, steps in hand finish, requests in flight are answered")
        let running = processes.compactMap { $0 }
        for p in running where p.isRunning { kill(p.processIdentifier, SIGTERM) }
        // Steps in hand get the drain timeout to finish; a worker still busy after it is killed (its steps
        // return to the queue when their leases pass).
        let deadline = ContinuousClock.now + .milliseconds(drainTimeout.milliseconds)
        while running.contains(where: \.isRunning), ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
        for p in running where p.isRunning {
            Logger(label: "kosd").warning("worker \(p.processIdentifier) did not finish within \(drainTimeout); killed")
            kill(p.processIdentifier, SIGKILL)
        }
        for p in running { p.waitUntilExit() }
    }

    static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1000
    }
}


/// The store a location names: a PostgreSQL URL (several hosts share it) or a SQLite file.
func openStore(_ location: String) async throws -> any Store {
    if location.hasPrefix("postgres:") || location.hasPrefix("postgresql:") {
        return try await PostgresStore(url: location)
    }
    return try SQLiteStore(path: location)
}
