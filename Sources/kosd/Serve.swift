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
import ServiceLifecycle
import Synchronization

/// `kosd worker`: one worker process, claiming and running steps until stopped.
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: tr("Run steps from the store until stopped (kosd serve starts these)."))

    @OptionGroup var engine: EngineOptions

    @Option(help: ArgumentHelp(tr("This worker's name in leases and the audit log.")))
    var name = "worker-\(getpid())"

    @Option(help: ArgumentHelp(tr("How long an idle worker waits before looking for due steps again, in milliseconds; the supervisor wakes it at once when the API writes.")))
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
        let store = try await openStore(settings.store, forWorker: true)
        var environment: EngineEnvironment
        if let definitions {
            guard let files = try await store.definitions(version: definitions) else {
                log.critical(Logger.Message(stringLiteral: tr("definitions \(definitions) are not in the store \(settings.store)")))
                throw ExitCode(1)
            }
            switch EngineEnvironment.load(files: files, templatesDirectory: settings.templates, secretsEnvironment: ProcessInfo.processInfo.environment) {
            case .success(let (loaded, _)): environment = loaded
            case .failure(let failure):
                log.critical(Logger.Message(stringLiteral: tr("definitions \(definitions) do not load: \(failure)")))
                throw ExitCode(1)
            }
            environment.version = definitions
        } else {
            switch configuration.definitions() {
            case .success(let (loaded, files)):
                environment = loaded
                environment.version = try await store.recordDefinitions(files, kits: environment.definitions.kits.values.map(\.reference))
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
        if let heartbeatFd { WorkerHeartbeat(fd: heartbeatFd).attach(to: worker) }
        let runLog = log
        worker.onRunEnded = { runID, draftID, status, reason in
            runLog.info(Logger.Message(stringLiteral: tr("run \(status.rawValue)")), metadata: ["run_id": .string(runID), "draft_id": .string(draftID), "reason": .string(reason ?? "")])
        }
        // Woken by the supervisor through standard input; alone, the worker sleeps out its idle interval.
        let service = WorkerService(worker: worker, store: store, idleMillis: idleMillis, log: log,
                                    wakes: supervisor == nil ? nil : WorkerService.standardInputWakes,
                                    stopRequested: { Signals.stopRequested })
        try await service.run()
    }
}

/// The settings only the serving daemon has.
struct ServeOptions: ParsableArguments {
    @Option(help: ArgumentHelp(tr("Worker processes (kosd.yaml 'workers'). Default: the number of cores.")))
    var workers: Int?

    @Option(help: ArgumentHelp(tr("The API's Unix socket (kosd.yaml 'api.socket'). Default: $RUNTIME_DIRECTORY/kosd.sock under systemd, else .kos/kosd.sock.")))
    var socket: String?

    @Option(help: ArgumentHelp(tr("Also serve the API on TCP, e.g. 127.0.0.1:7420 (kosd.yaml 'api.listen').")))
    var listen: String?

    @Option(help: ArgumentHelp(tr("Requests each token may make, e.g. 20/s or 600/1m; a burst of three seconds' worth is allowed (kosd.yaml 'api.rate_limit').")))
    var rateLimit: String?

    @Option(help: ArgumentHelp(tr("How long a stop waits for steps in hand, e.g. 30s (kosd.yaml 'drain_timeout').")))
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
        abstract: tr("Serve the API and run the workflows with worker processes."),
        discussion: tr("""
            Settings come from /etc/kos/kosd.yaml (or --config), then KOSD_* variables, then flags. SIGHUP re-reads \
            the configuration and the workflows: invalid ones are refused and the running definitions kept; runs \
            already started keep the definitions they started with. SIGTERM drains: no new steps are claimed, steps \
            in hand finish (up to drain_timeout), the rest are handed back, exit 0.
            """))

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
        environment.version = try await store.recordDefinitions(files, kits: environment.definitions.kits.values.map(\.reference))
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
            log.warning(Logger.Message(stringLiteral: tr("api.listen \(listen) is not a loopback address and the API speaks plain HTTP: bearer tokens cross the network readable; serve it on loopback behind a TLS-terminating proxy (deploy/MULTI-HOST.md)")))
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
                guard (try? await store.now()) != nil else { return tr("the store does not answer") }
                if let degraded = supervisor.degraded { return degraded }
                let alive = supervisor.alive
                return alive == supervisor.count ? nil : tr("\(alive) of \(supervisor.count) workers are running")
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
            },
            consoleURL: settings.publicURL)
        let described = server.addresses.map(\.description)
        let addresses = described.dropFirst().reduce(described.first ?? "") { tr("\($0) and \($1)") }
        let workflows = environment.definitions.workflows.count, version = environment.version ?? ""
        let reloader = Reloader.forDaemon(configuration: configuration, file: engine.store.config, flags: flagLayer,
                                          store: store, service: service, limiter: server.limiter, log: log)
        supervisor.status = {
            let running = (try? await store.runsInFlight()) ?? 0
            let current = service.versions.current
            return tr("ready: \(current.definitions.workflows.count) workflows, \(supervisor.alive) workers, \(running) runs in flight, definitions \(current.version ?? "")")
        }
        supervisor.reload = { await reloader.reload() }
        supervisor.strike = { steps, reason in
            do {
                let parked = try await store.recordStrikes(stepIDs: steps, reason: reason, limit: 3, actor: "kosd")
                for step in parked { log.error(Logger.Message(stringLiteral: tr("step \(step) stopped a worker three times; its run is parked for an admin to look at (kos drafts --state parked)"))) }
            } catch {
                log.error(Logger.Message(stringLiteral: tr("could not record the strike against step(s) \(steps): \(error)")))
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
                return tr("the store fails: \(error)")
            }
        }
        // The supervisor returns on SIGTERM or SIGINT, once its workers have stopped; the API then shuts down gracefully
        // (requests in flight are answered). Should the API fail, the supervisor stops its workers and kosd exits.
        let api = APIServing(server: server) {
            log.notice(Logger.Message(stringLiteral: tr("listening on \(addresses) (\(workflows) workflows, definitions \(version))")))
            // Store open, migrations applied, workflows loaded, API listening: ready.
            notifier.send("READY=1\nSTATUS=" + tr("ready: \(workflows) workflows, \(supervisor.count) workers, definitions \(version), API on \(addresses)"))
        }
        let group = ServiceGroup(configuration: .init(services: [
            .init(service: api, successTerminationBehavior: .gracefullyShutdownGroup),
            .init(service: supervisor, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
        ], logger: log))
        try await group.run()
        // A socket systemd passed stays systemd's: its file is left for the next start.
        if inherited.isEmpty { unlink(settings.socket) }
        log.notice(Logger.Message(stringLiteral: tr("stopped")))
    }
}

extension Reloader {
    /// The reloader of a serving kosd: re-reads the configuration (the file and `KOSD_*` under the flags it
    /// started with) and the workflows; applies the rate limit and the log level with the definitions.
    static func forDaemon(configuration: Configuration, file: String?, flags: @escaping () -> DaemonConfig, store: any Store,
                          service: APIService, limiter: RateLimiter, log: Logger) -> Reloader {
        let current = Mutex(configuration)
        return Reloader(store: store, versions: service.versions, log: log) {
            let next: Configuration
            switch Configuration.load(file: file, flags: flags()) {
            case .failure(let error):
                for problem in error.problems { log.error(Logger.Message(stringLiteral: tr("reload refused: \(problem)"))) }
                return .failure(Reloader.Refusal(tr("\(error.problems.count) configuration error(s)")))
            case .success(let loaded): next = loaded
            }
            switch next.definitions() {
            case .failure(let failure):
                for d in failure.diagnostics where d.severity == .error { log.error(Logger.Message(stringLiteral: tr("reload refused: \(d)"))) }
                if let other = failure.other { log.error(Logger.Message(stringLiteral: tr("reload refused: \(other)"))) }
                return .failure(Reloader.Refusal(tr("\(failure.errorCount) error(s) in \(next.settings.workflows)")))
            case .success(let (environment, files)):
                let restart = current.withLock { $0.settings.restartNeeded(for: next.settings) }
                return .success(Reloader.Plan(environment: environment, files: files, restartNeeded: restart) {
                    limiter.rate = Serve.rate(next.settings.rateLimit)
                    KosdLogHandler.level.withLock { $0 = next.logLevel }
                    current.withLock { $0 = next }
                })
            }
        }
    }
}

/// The store a location names: a PostgreSQL URL (several hosts share it) or a SQLite file.
/// - Parameter forWorker: a worker's SQLite transactions run on its loop's own thread (`transactionsOnCallingThread`).
func openStore(_ location: String, forWorker: Bool = false) async throws -> any Store {
    if location.hasPrefix("postgres:") || location.hasPrefix("postgresql:") {
        return try await PostgresStore(url: location)
    }
    return try SQLiteStore(path: location, transactionsOnCallingThread: forWorker)
}

/// The API as a service: it serves until its group shuts down gracefully.
struct APIServing: Service {
    let server: HTTPServer
    let onListening: @Sendable () async -> Void

    func run() async throws {
        try await server.run(logger: Logger(label: "kosd"), until: { try? await gracefulShutdown() }, onListening: onListening)
    }
}
