import ArgumentParser
import KosSystem
import Foundation
import KosCore
import KosDefinitions
import KosDelivery
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

    /// Where to say when each step starts and ends (the supervisor kills a worker that overruns a step).
    @Option(help: .hidden)
    var heartbeatFd: Int32?

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
        Signals.installStopHandler()
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
        worker.publicURL = settings.publicURL
        worker.checkBudget = .milliseconds(settings.checkBudget.milliseconds)
        ChildProcess.programsAllowed = settings.programs
        if let heartbeatFd {
            let beats = Heartbeat(fd: heartbeatFd)
            worker.onStepStarted = { step, deadline in
                beats.say("S \(step.id) \(Int64((Supervisor.uptime() + deadline.timeIntervalSinceNow) * 1000))")
            }
            worker.onStepEnded = { step in beats.say("E \(step.id)") }
        }
        worker.stopRequested = { Signals.stopRequested }
        let runLog = log
        worker.onRunEnded = { runID, draftID, status, reason in
            runLog.info("run \(status.rawValue)", metadata: ["run_id": .string(runID), "draft_id": .string(draftID), "reason": .string(reason ?? "")])
        }
        var stale = 0
        var wakeable = true
        var unavailable = false
        while !Signals.stopRequested {
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
            } catch let error as StoreError where error.kind == .staleEpoch {
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
            let idle = store.isShared ? 1_000 : idleMillis
            var sleep = idle
            if let due = try? await store.nextDueAt(), let now = try? await store.now() {
                sleep = Int(max(1, min(Int64(idle), due - now)))
            }
            if store.isShared {
                // Work may come from any host: its announcement wakes this worker (the supervisor's pokes are read and dropped).
                _ = try? await store.waitForSteps(timeoutMillis: sleep)
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

/// A worker's line to its supervisor: one short line per event, never blocking (a full pipe drops the line;
/// the supervisor then sees an older deadline, which only makes it more patient).
final class Heartbeat: @unchecked Sendable {
    let fd: Int32
    private let lock = NSLock()

    init(fd: Int32) {
        self.fd = fd
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    }

    func say(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        lock.withLock { _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } }
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

    /// Whether `HOST:PORT` names a loopback address (127.0.0.0/8, ::1, localhost).
    static func isLoopback(_ listen: String) -> Bool {
        guard let colon = listen.lastIndex(of: ":") else { return false }
        let host = listen[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        return host == "localhost" || host == "::1" || host.hasPrefix("127.")
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
        // libcurl is opened when first used; a daemon that could deliver nothing says so now, not at the first post.
        if let problem = CurlExchange.libraryProblem {
            FileHandle.standardError.write(Data("kosd: \(problem)\n".utf8))
            throw ExitCode(1)
        }
        let notifier = SystemdNotifier()
        // Stop and reload requests are recorded from here on, so one arriving while we start is not lost.
        Signals.installStopHandler()
        Signals.installReloadHandler()
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
                        "--lease", "\(settings.lease.milliseconds)ms", "--batch-size", String(settings.batchSize),
                        "--log-format", configuration.logFormat.resolved(ProcessInfo.processInfo.environment).rawValue,
                        "--log-level", settings.logLevel, "--definitions", environment.version!,
                        "--check-budget", "\(settings.checkBudget.milliseconds)ms", "--programs", settings.programs ? "on" : "off"],
            count: settings.workers, notifier: notifier, drainTimeout: settings.drainTimeout)
        let service = APIService(store: store, environment: environment, onChange: { supervisor.wake() })
        // Under kosd.socket, systemd holds the API socket and passes it; else kosd binds api.socket itself.
        let inherited = SystemdSockets.take()
        let apiAddresses: [HTTPServer.Address] = inherited.isEmpty ? [.unix(settings.socket)] : inherited.map { .inherited(descriptor: $0.descriptor, name: $0.name) }
        // systemd's LimitNOFILE= sets both limits; outside it, take the hard limit as servers do.
        ConnectionLimits.raiseDescriptorLimit()
        if let listen = settings.listen, !Self.isLoopback(listen) {
            log.warning("api.listen \(listen) is not a loopback address and the API speaks plain HTTP: bearer tokens cross the network readable; serve it on loopback behind a TLS-terminating proxy (deploy/MULTI-HOST.md)")
        }
        let limits = ConnectionLimits(settings: .init(maxConnections: settings.maxConnections, headerTimeout: .milliseconds(settings.headerTimeout.milliseconds),
                                                      idleTimeout: .milliseconds(settings.idleTimeout.milliseconds)), logger: log)
        let server = HTTPServer(
            service: service,
            addresses: apiAddresses + (settings.listen.flatMap(Self.tcp).map { [$0] } ?? []),
            rate: Self.rate(settings.rateLimit),
            limits: limits,
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
                                          supervision: .init(workers: supervisor.count, alive: supervisor.alive, restarts: supervisor.restarts,
                                                             stuckKills: supervisor.stuckKills, connections: limits.counts),
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
        supervisor.strike = { steps, reason in
            do {
                let parked = try await store.recordStrikes(stepIDs: steps, reason: reason, limit: 3, actor: "kosd")
                for step in parked { log.error("step \(step) stopped a worker three times; its run is parked for an admin to look at (kos drafts --state parked)") }
            } catch {
                log.error("could not record the strike against step(s) \(steps): \(error)")
            }
        }
        // The API's event loop shows it is alive every second; the watchdog is fed only while it does.
        let apiBeat = Atomic<Int64>(Int64(Supervisor.uptime()))
        supervisor.apiAlive = { Int64(Supervisor.uptime()) - apiBeat.load(ordering: .relaxed) < 15 }
        let apiBeating = Task {
            while !Task.isCancelled {
                apiBeat.store(Int64(Supervisor.uptime()), ordering: .relaxed)
                try? await Task.sleep(for: .seconds(1))
            }
        }
        defer { apiBeating.cancel() }
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
///
/// Runs on a thread of its own, so no load on the API (whose handlers share Swift's few cooperative
/// threads) can stop it restarting workers or feeding the watchdog. Each worker says on a pipe when it
/// starts and ends each step, with the time by which the step should be done; a worker still on a step
/// past that is killed and replaced, and the step gets a strike (three park it: `Store.recordStrikes`).
final class Supervisor: @unchecked Sendable {
    let executable: String
    let arguments: [String]
    let count: Int
    let notifier: SystemdNotifier
    private let aliveCount = Mutex(0)

    /// Worker processes running now.
    var alive: Int { aliveCount.withLock { $0 } }
    private let restartCount = Mutex(0)
    /// Workers started again after they died.
    var restarts: Int { restartCount.withLock { $0 } }
    private let stuckCount = Mutex(0)
    /// Workers killed because a step overran its budget.
    var stuckKills: Int { stuckCount.withLock { $0 } }
    /// How long a stop waits for the workers to finish the steps in hand before killing them.
    let drainTimeout: TimeSpan
    /// Re-reads configuration and definitions on SIGHUP; returns the `STATUS=` text.
    var reload: (@Sendable () async -> String)?
    /// The `STATUS=` text, refreshed every few seconds.
    var status: (@Sendable () async -> String)?
    /// Whether the store can write, asked every second: nil when it can, else why not.
    var probe: (@Sendable () async -> String?)?
    /// Records strikes against steps a worker was stopped on (the ids, why).
    var strike: (@Sendable ([Int64], String) async -> Void)?
    /// When the API's event loop last showed it was alive (seconds since boot); the watchdog is fed only
    /// while it does, so a daemon whose API hangs is restarted by systemd.
    var apiAlive: (@Sendable () -> Bool)?
    private let degradedReason = Mutex<String?>(nil)
    /// Why the store cannot write, while it cannot (`/readyz` answers 503 with it).
    var degraded: String? { degradedReason.withLock { $0 } }

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
    }

    private var children: [Child?]
    private var backoff: [Double]
    private var restartAt: [Double]
    private let wakeFDs = Mutex<[Int: Int32]>([:])

    init(executable: String, arguments: [String], count: Int, notifier: SystemdNotifier = SystemdNotifier(environment: [:]),
         drainTimeout: TimeSpan = .seconds(30)) {
        self.drainTimeout = drainTimeout
        self.notifier = notifier
        self.executable = executable
        self.arguments = arguments
        self.count = max(1, count)
        children = Array(repeating: nil, count: self.count)
        backoff = Array(repeating: 0.1, count: self.count)
        restartAt = Array(repeating: 0, count: self.count)
    }

    static func uptime() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// Tells every worker there is new work (called by the API after it commits); never blocks.
    func wake() {
        let one: [UInt8] = [1]
        wakeFDs.withLock { fds in
            for fd in fds.values { _ = write(fd, one, 1) }
        }
    }

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
            Logger(label: "kosd").error("cannot start worker \(i + 1): \(String(cString: strerror(spawned)))")
            return
        }
        // A full wake pipe means wakes are pending already: drop the byte rather than wait.
        for fd in [wake[1], beats[0]] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        children[i] = Child(pid: pid, wake: wake[1], beats: beats[0], startedAt: Self.uptime())
        wakeFDs.withLock { $0[i] = wake[1] }
    }

    /// Reads what worker `i` reported: `S <step> <deadline ms since boot>` and `E <step>` lines.
    func readBeats(_ i: Int) {
        guard var child = children[i] else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(child.beats, &buffer, buffer.count)
            guard n > 0 else { break }
            child.pending += buffer[0..<n]
        }
        while let newline = child.pending.firstIndex(of: 0x0A) {
            let line = String(decoding: child.pending[..<newline], as: UTF8.self)
            child.pending.removeSubrange(...newline)
            let parts = line.split(separator: " ")
            guard parts.count >= 2, let step = Int64(parts[1]) else { continue }
            if parts[0] == "S", parts.count >= 3, let deadline = Double(parts[2]) {
                child.inHand[step] = deadline / 1000
            } else if parts[0] == "E" {
                child.inHand[step] = nil
            }
        }
        if child.pending.count > 65536 { child.pending.removeAll() }
        children[i] = child
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
            log.error("worker \(i + 1) (pid \(child.pid)) crashed with signal \(signal) while running step(s) \(steps.map(String.init).joined(separator: ", "))")
            Task { await strike(steps, "the worker crashed with signal \(signal)") }
        } else if signal != 0, !child.killedAsStuck {
            log.warning("worker \(i + 1) (pid \(child.pid)) was killed by signal \(signal)")
        } else if signal == 0, !child.killedAsStuck {
            log.warning("worker \(i + 1) (pid \(child.pid)) exited with status \((status >> 8) & 0xFF)")
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
        let reason = "worker \(i + 1) ran step \(steps.map(String.init).joined(separator: ", ")) \(late)s past its budget"
        log.error("\(reason); killed and replaced (the step returns to the queue when its lease ends; three strikes park it)")
        kill(child.pid, SIGKILL)
        child.killedAsStuck = true
        children[i] = child
        stuckCount.withLock { $0 += 1 }
        if let strike { Task { await strike(steps, "a worker ran it past its budget") } }
    }

    func run() async throws {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let thread = Thread { [self] in
                loop()
                continuation.resume()
            }
            thread.name = "kosd-supervisor"
            thread.start()
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
        Signals.installStopHandler()
        Signals.installReloadHandler()
        for i in 0..<count { start(i) }
        let log = Logger(label: "kosd")
        log.info("supervising \(count) workers")
        var lastPing = 0.0, lastStatus = Self.uptime(), lastProbe = 0.0
        let probing = Flight(), reloading = Flight(), reporting = Flight()
        while !Signals.stopRequested {
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
                        log.error("the store cannot write: \(reason); new work is refused with 503 until it can")
                        notifier.send("STATUS=degraded: \(reason); new work is refused until the store can write")
                    } else if reason == nil, was != nil {
                        log.notice("the store writes again; work resumes")
                    }
                }
            }
            if Signals.takeReload(), let reload {
                let notifier = self.notifier
                reloading.launch {
                    notifier.send("RELOADING=1\nMONOTONIC_USEC=\(Self.monotonicMicroseconds())\nSTATUS=reloading configuration and workflows")
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
                    readBeats(i)
                    killIfStuck(i, now: now, log: log)
                    var status: Int32 = 0
                    if let child = children[i], waitpid(child.pid, &status, WNOHANG) == child.pid { reaped(i, status: status, log: log) }
                }
                if children[i] == nil, Self.uptime() >= restartAt[i] { start(i) }
            }
            aliveCount.withLock { $0 = children.filter { $0 != nil && $0?.killedAsStuck == false }.count }
            usleep(20_000)
        }
        notifier.send("STOPPING=1\nSTATUS=stopping: no new steps are claimed, steps in hand finish, requests in flight are answered")
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
            log.warning("worker \(child.pid) did not finish within \(drainTimeout); killed")
            kill(child.pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(child.pid, &status, 0) < 0 && errno == EINTR {}
        }
        wakeFDs.withLock { $0.removeAll() }
        aliveCount.withLock { $0 = 0 }
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
