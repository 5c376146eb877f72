import Foundation
import KosStore
import KosTesting
import Testing

/// `kosd serve` under the systemd notification protocol, with a datagram socket standing in for systemd.
@Suite(.serialized) struct SystemdProtocolTests {
    /// A bound datagram socket that records every notification with its arrival time.
    final class NotifySocket: @unchecked Sendable {
        let path: String
        let fd: Int32
        private let lock = NSLock()
        private var received: [(at: Date, text: String)] = []

        init(path: String) throws {
            self.path = path
            let socketFD = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
            fd = socketFD
            let bound = RawHTTP.withUnixAddress(path) { bind(socketFD, $0, $1) }
            guard bound == 0 else { throw CocoaError(.fileWriteUnknown) }
            var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
            setsockopt(socketFD, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            let fd = socketFD
            Thread.detachNewThread { [weak self] in
                var buffer = [UInt8](repeating: 0, count: 4096)
                while let self {
                    let n = recv(fd, &buffer, buffer.count, 0)
                    if n > 0 { self.lock.withLock { self.received.append((Date(), String(decoding: buffer[0..<n], as: UTF8.self))) } }
                    if n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) { return }
                }
            }
        }

        deinit {
            shutdown(fd, Int32(SHUT_RDWR))
            close(fd)
        }

        var messages: [(at: Date, text: String)] { lock.withLock { received } }

        func first(_ assignment: String, within seconds: Double) async throws -> Date? {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if let hit = messages.first(where: { $0.text.split(separator: "\n").contains(Substring(assignment)) }) { return hit.at }
                try await Task.sleep(for: .milliseconds(10))
            }
            return nil
        }
    }

    /// Waits for `process` to end without holding one of the few cooperative threads (other tests need them);
    /// kills it after `seconds`. True when it ended by itself.
    static func exited(_ process: Process, within seconds: Double = Patience.seconds) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        guard process.isRunning else { return true }
        kill(process.processIdentifier, SIGKILL)
        await Patience.until { !process.isRunning }
        return false
    }

    /// Asks `/readyz` until it answers 200 or `seconds` pass; the last status.
    static func readyz(socket: String, within seconds: Double = Patience.seconds) async -> Int? {
        let deadline = Date().addingTimeInterval(seconds)
        var status = get("/readyz", socket: socket)
        while status != 200, Date() < deadline {
            try? await Task.sleep(for: .milliseconds(20))
            status = get("/readyz", socket: socket)
        }
        return status
    }

    /// A file for a child's standard error: read after it ends (a pipe would wait for every process that
    /// inherited its write end, including other tests' children).
    static func logFile(in dir: URL) throws -> (handle: FileHandle, url: URL) {
        let url = dir.appendingPathComponent("kosd-\(UUID().uuidString.prefix(8)).log")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        return (try FileHandle(forWritingTo: url), url)
    }

    /// One HTTP GET over the API's Unix socket; the status line's code, or nil when nothing answers.
    static func get(_ path: String, socket socketPath: String) -> Int? {
        fetch(path, socket: socketPath).map(\.status)
    }

    /// One HTTP GET over the API's Unix socket; the status and the whole response text.
    static func fetch(_ path: String, socket socketPath: String, method: String = "GET", token: String? = nil, json: String? = nil,
                      headers: [String: String] = [:]) -> (status: Int, text: String)? {
        guard let fd = RawHTTP.connectUnix(socketPath) else { return nil }
        defer { close(fd) }
        let body = Array((json ?? "").utf8)
        var head = "\(method) \(path) HTTP/1.1\r\nHost: kosd\r\nConnection: close\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if json != nil { head += "Content-Type: application/json\r\nContent-Length: \(body.count)\r\n" }
        let request = Array((head + "\r\n").utf8) + body
        guard let response = RawHTTP.exchange(fd, request) else { return nil }
        guard response.count > 12, let status = Int(String(decoding: response[9..<12], as: UTF8.self)) else { return nil }
        return (status, String(decoding: response, as: UTF8.self))
    }

    @Test func metricsCountRunsDeliveriesAndWorkerRestarts() async throws {
        let s = try await EngineFixtures.setUp()
        let (runID, hash) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "zhang.wei", approve: true, contentHash: hash, reason: nil)
        let api = s.apiSocket
        let process = s.serve(workers: 1)
        try process.run()
        defer { CrashTests.stop(process) }
        var text = ""
        func metric(_ series: String) -> Double? { Self.metric(text, series) }
        await Patience.until {
            text = Self.fetch("/metrics", socket: api)?.text ?? ""
            return metric(#"kos_runs{state="completed"}"#) == 1
        }
        #expect(metric(#"kos_runs{state="completed"}"#) == 1, "\(text)")
        #expect(metric(#"kos_deliveries{endpoint="gateway",state="delivered"}"#) == 1)
        #expect(metric("kos_workers_alive") == 1)
        #expect(metric("kos_worker_restarts_total") == 0)
        #expect(text.contains("# TYPE kos_steps_due gauge"))
        // Each endpoint's circuit and whether it takes deliveries.
        #expect(metric(#"kos_endpoint_circuit{endpoint="gateway",state="closed"}"#) == 1, "\(text)")
        #expect(metric(#"kos_endpoint_circuit{endpoint="gateway",state="open"}"#) == 0)
        #expect(metric(#"kos_endpoint_enabled{endpoint="gateway"}"#) == 1)
        // Step durations and approval waits, as histograms whose buckets add up.
        #expect(text.contains("# TYPE kos_step_duration_seconds histogram"))
        #expect(metric(#"kos_step_duration_seconds_count{workflow="styling-note",step="store-manager",kind="approval"}"#) == 1, "\(text)")
        #expect(metric(#"kos_step_duration_seconds_bucket{workflow="styling-note",step="publish",kind="publish",le="+Inf"}"#) == 1)
        #expect(metric(#"kos_approval_wait_seconds_count{workflow="styling-note",step="store-manager"}"#) == 1)
        #expect(metric(#"kos_approval_wait_seconds_count{workflow="styling-note",step="publish"}"#) == nil, "only approvals wait for reviewers")
        let buckets = text.split(separator: "\n").filter { $0.hasPrefix(#"kos_step_duration_seconds_bucket{workflow="styling-note",step="guidelines""#) }
            .compactMap { Int($0.split(separator: " ").last ?? "") }
        #expect(buckets.count == 17 && buckets == buckets.sorted() && buckets.last == 1, "cumulative buckets: \(buckets)")

        for child in CrashTests.children(of: process.processIdentifier) { kill(child, SIGKILL) }
        await Patience.until {
            text = Self.fetch("/metrics", socket: api)?.text ?? ""
            return metric("kos_worker_restarts_total") == 1 && metric("kos_workers_alive") == 1
        }
        #expect(metric("kos_worker_restarts_total") == 1, "a killed worker is counted and restarted: \(text)")
        #expect(metric("kos_workers_alive") == 1)
    }

    /// The value of one series (name and labels exactly) in a Prometheus text page; nil when absent.
    static func metric(_ text: String, _ series: String) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix(series) {
            let rest = line.dropFirst(series.count)
            if rest.first == " " { return Double(rest.dropFirst()) }
        }
        return nil
    }

    @Test func readyOnlyOnceTheAPIAnswersThenWatchdogThenStoppingAndACleanExit() async throws {
        let s = try await EngineFixtures.setUp()
        let notify = try NotifySocket(path: s.dir.appendingPathComponent("notify.sock").path)
        let api = s.apiSocket
        let process = s.serve(workers: 1, environment: ["NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "200000"])
        try process.run()
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }

        let ready = try #require(try await notify.first("READY=1", within: Patience.seconds), "kosd never said READY=1")
        // READY=1 comes only when the API answers.
        #expect(Self.get("/healthz", socket: api) == 200)
        let status = notify.messages.first { $0.text.contains("READY=1") }?.text ?? ""
        #expect(status.contains("STATUS=ready: 1 workflows, 1 workers"), "\(status)")
        #expect(await Self.readyz(socket: api) == 200, "the worker is up and the store answers")

        // WATCHDOG_USEC=200 ms: a ping every 100 ms from the supervisor's loop, counted over a window of its own
        // (a loaded machine makes the steps above take longer, not the pings come faster).
        let from = Date()
        // Two seconds, and a lower bound a starved machine still meets: pings keep coming, never a flood.
        try await Task.sleep(for: .milliseconds(2000))
        let to = Date()
        let pings = notify.messages.filter { $0.text == "WATCHDOG=1" && $0.at > max(ready, from) && $0.at <= to }.count
        let expected = to.timeIntervalSince(from) * 10
        #expect(Double(pings) >= expected * 0.3 && Double(pings) <= expected * 1.4 + 2, "\(pings) watchdog pings in \(to.timeIntervalSince(from)) s")

        kill(process.processIdentifier, SIGTERM)
        #expect(try await notify.first("STOPPING=1", within: Patience.seconds) != nil)
        let deadline = Patience.deadline
        while process.isRunning, Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(!process.isRunning, "kosd stops on SIGTERM")
        if !process.isRunning {
            #expect(process.terminationStatus == 0 && process.terminationReason == .exit)
        }
        #expect(Self.get("/healthz", socket: api) == nil, "and its API is gone")
    }
}

/// kosd's log: syslog priority prefixes for the journal, one JSON object per line on request.
@Suite(.serialized) struct LogFormatTests {
    /// Runs `kosd serve` until it says it is listening, stops it with SIGTERM, and returns its standard error.
    static func serveAndStop(extraArguments: [String], environment: [String: String], until needle: String = "listening",
                             prepare: (EngineFixtures.Setup) async throws -> Void = { _ in }) async throws -> String {
        let s = try await EngineFixtures.setUp()
        try await prepare(s)
        let process = s.serve(workers: 1, extraArguments, environment: environment)
        let err = Pipe()
        process.standardError = err
        let collected = NSLock()
        nonisolated(unsafe) var text = ""
        nonisolated(unsafe) var ended = false
        let reader = Thread {
            while true {
                let chunk = err.fileHandleForReading.availableData
                if chunk.isEmpty { collected.withLock { ended = true }; return }
                collected.withLock { text += String(decoding: chunk, as: UTF8.self) }
            }
        }
        try process.run()
        reader.start()
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        await Patience.until { collected.withLock { text.contains(needle) } }
        try await Task.sleep(for: .milliseconds(200))
        kill(process.processIdentifier, SIGTERM)
        _ = await SystemdProtocolTests.exited(process)
        // Everything kosd wrote is read once the pipe reports its end.
        await Patience.until { collected.withLock { ended } }
        return collected.withLock { text }
    }

    @Test func underTheJournalEveryLineCarriesAPriority() async throws {
        let log = try await Self.serveAndStop(extraArguments: [], environment: ["JOURNAL_STREAM": "8:12345"])
        let lines = log.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("<5>kosd: listening on ") }, "\(log)")
        #expect(lines.contains { $0.hasPrefix("<6>kosd: supervising 1 workers") })
        for line in lines {
            #expect(line.first == "<" && line.dropFirst().first.map { ("0"..."7").contains($0) } == true && line.dropFirst(2).first == ">", "\(line)")
        }
    }

    @Test func jsonLogsAreOneObjectPerLine() async throws {
        nonisolated(unsafe) var run = ("", "")
        let log = try await Self.serveAndStop(extraArguments: ["--log-format", "json"], environment: [:], until: "run completed") { s in
            let (runID, hash) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
            try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "zhang.wei", approve: true, contentHash: hash, reason: nil)
            run = (runID, try #require(try await s.store.run(id: runID)).draftID)
        }
        let lines = log.split(separator: "\n")
        // A line about a run names the run and the draft.
        #expect(lines.contains { $0.contains(#""message":"run completed""#) && $0.contains(#""run_id":"\#(run.0)""#) && $0.contains(#""draft_id":"\#(run.1)""#) },
                "\(log)")
        #expect(lines.count >= 3, "\(log)")
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["level"] is String && object?["message"] is String && object?["time"] is String, "\(line)")
        }
        #expect(lines.contains { $0.contains(#""message":"stopped""#) })
        #expect(!log.contains(EngineFixtures.secret), "the endpoint's secret never reaches the log")
    }
}

/// SIGHUP and SIGTERM: a reload that keeps runs on the definitions they started with and refuses invalid
/// files, and a stop that lets steps in hand finish.
@Suite(.serialized) struct ReloadAndDrainTests {
    /// Runs on two recorded definitions versions, then kosd reloads an invalid file and a valid one.
    @Test func runsKeepTheirDefinitionsAndAnInvalidReloadKeepsTheRunningOnes() async throws {
        let s = try await EngineFixtures.setUp()
        let file = s.dir.appendingPathComponent("Workflows").path + "/program.yaml"
        let v1Text = try String(contentsOfFile: file, encoding: .utf8)
        let v2Text = v1Text.replacingOccurrences(of: "{groups: [store-managers], same_store: true, required: any}", with: "{groups: [store-managers], required: 2}")
        #expect(v2Text != v1Text)
        let v1 = try await s.store.recordDefinitions([DefinitionFile(path: file, text: v1Text)])
        let v2 = try await s.store.recordDefinitions([DefinitionFile(path: file, text: v2Text)])
        // One run on each version, each approved once by the store manager before any worker looks at it.
        var runs: [String] = []
        for version in [v1, v2] {
            let submitted = try #require(try await s.store.submitBatch([RunSubmission(
                submission: DraftSubmission(creatorID: "li.na", workflow: "styling-note", idempotencyKey: nil, content: Data(EngineFixtures.cleanDraft.utf8),
                                            definitionsVersion: version),
                firstStep: NextStep(index: 0, id: "guidelines", dueAt: 0))]).first)
            let run = try #require(try await s.store.draftSummary(id: submitted.draftID)?.run)
            #expect(run.definitionsVersion == version)
            try await s.store.recordDecision(runID: run.id, stepIndex: 1, reviewerID: "zhang.wei", approve: true, contentHash: submitted.contentHash, reason: nil)
            runs.append(run.id)
        }

        let notify = try SystemdProtocolTests.NotifySocket(path: s.dir.appendingPathComponent("notify.sock").path)
        let process = s.serve(workers: 1, environment: ["NOTIFY_SOCKET": notify.path])
        let log = try SystemdProtocolTests.logFile(in: s.dir)
        process.standardError = log.handle
        try process.run()
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        #expect(try await notify.first("READY=1", within: Patience.seconds) != nil)
        #expect(notify.messages.contains { $0.text.contains("definitions \(v1)") }, "the files on disk are v1: \(notify.messages.map(\.text))")

        // v1 needs any one store manager: published. v2 needs two: still waiting, though kosd runs v1.
        var first: StoredRun?
        let settled = Patience.deadline
        while Date() < settled {
            first = try await s.store.run(id: runs[0])
            if first?.status != .running { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(first?.status == .completed)
        try await Task.sleep(for: .milliseconds(300))
        #expect(try await s.store.run(id: runs[1])?.status == .running)
        #expect(try await s.store.draftSummary(id: try #require(try await s.store.run(id: runs[1])).draftID)?.openStep?.index == 1,
                "the v2 run waits for a second approval")

        // An invalid file: RELOADING=1, then READY=1 saying the reload failed; the running definitions stay.
        try (v1Text + "\n---\napiVersion: kos/v1\nkind: Workflow\nid: broken\nsteps: []\n").write(toFile: file, atomically: true, encoding: .utf8)
        kill(process.processIdentifier, SIGHUP)
        #expect(try await notify.first("RELOADING=1", within: Patience.seconds) != nil)
        var after = ""
        let answered = Patience.deadline
        while Date() < answered {
            after = notify.messages.last { $0.text.contains("READY=1") && $0.text.contains("reload") }?.text ?? ""
            if !after.isEmpty { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(after.contains("STATUS=reload failed: 1 error(s)"), "\(after)")
        #expect(after.contains("running definitions kept (\(v1)"), "\(after)")
        let reloading = try #require(notify.messages.first { $0.text.contains("RELOADING=1") }?.text)
        let usec = reloading.split(separator: "\n").first { $0.hasPrefix("MONOTONIC_USEC=") }.flatMap { UInt64($0.dropFirst(15)) }
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        #expect(usec.map { $0 <= UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1000 && $0 > 0 } == true, "MONOTONIC_USEC is CLOCK_MONOTONIC: \(reloading)")
        #expect(SystemdProtocolTests.get("/healthz", socket: s.apiSocket) == 200, "still serving")

        // The valid v2 file: reloaded; new runs start with v2.
        try v2Text.write(toFile: file, atomically: true, encoding: .utf8)
        kill(process.processIdentifier, SIGHUP)
        var reloaded = false
        let reloadedBy = Patience.deadline
        while Date() < reloadedBy {
            reloaded = notify.messages.contains { $0.text.contains("READY=1") && $0.text.contains("reloaded") && $0.text.contains(v2) }
            if reloaded { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(reloaded, "\(notify.messages.map(\.text))")

        kill(process.processIdentifier, SIGTERM)
        #expect(await SystemdProtocolTests.exited(process))
        let text = try String(contentsOf: log.url, encoding: .utf8)
        // Every error of the refused file is logged with its place.
        #expect(text.contains("reload refused: \(file):"), "\(text)")
        #expect(text.contains("reloaded: 1 workflows, definitions \(v2)"), "\(text)")
    }

    /// SIGTERM while a delivery is in flight: it finishes and is recorded, nothing stays claimed, exit 0.
    @Test func aStopLetsTheStepInHandFinish() async throws {
        let s = try await EngineFixtures.setUp(path: "/delay/6000")
        let (runID, hash) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "zhang.wei", approve: true, contentHash: hash, reason: nil)
        let process = s.serve(workers: 1)
        try process.run()
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        // Wait until the publish step is in a worker's hands.
        var claimed = false
        let inHand = Patience.deadline
        while Date() < inHand {
            let m = try await s.store.metrics()
            if m.stepsClaimed == 1, try await s.store.completions(runID: runID, stepIndex: 1).count == 1 { claimed = true; break }
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(claimed)
        kill(process.processIdentifier, SIGTERM)
        #expect(await SystemdProtocolTests.exited(process))
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(try await s.store.run(id: runID)?.status == .completed, "the delivery in flight finished and was recorded")
        #expect(try await s.store.metrics().stepsClaimed == 0, "no lease left behind")
        #expect(s.receiver.seen.count == 1)
    }
}

/// kosd started by socket activation: systemd's `systemd-socket-activate` holds the API socket, starts kosd on
/// the first connection and passes the socket (`LISTEN_FDS`); kosd serves on it and never binds its own.
@Suite(.serialized) struct SocketActivationTests {
    @Test func theFirstConnectionStartsKosdAndIsAnsweredOnTheInheritedSocket() async throws {
        let s = try await EngineFixtures.setUp()
        let held = s.dir.appendingPathComponent("held.sock").path
        let own = s.apiSocket
        let process = PinnedProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-socket-activate")
        process.arguments = ["-l", held, CrashTests.kosd, "serve", "--config", "/dev/null", "--die-with-parent", "--workers", "1",
                             "--database", s.store.path, "--socket", own, "--workflows", s.dir.appendingPathComponent("Workflows").path,
                             "--templates", s.dir.appendingPathComponent("Templates").path]
        process.environment = ProcessInfo.processInfo.environment.merging(["KOS_GATEWAY_SECRET": EngineFixtures.secret]) { _, b in b }
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        // Nothing runs kosd yet; a connection waits in systemd's queue while it starts. (The socket file appears
        // when it is bound, a moment before it listens: a refused connect is tried again.)
        var first: (status: Int, text: String)?
        await Patience.until(every: .milliseconds(50)) {
            first = try? await offPool { SystemdProtocolTests.fetch("/healthz", socket: held) }
            return first != nil
        }
        #expect(first?.status == 200, "the queued connection is answered: \(String(describing: first))")
        #expect(await SystemdProtocolTests.readyz(socket: held) == 200)
        #expect(!FileManager.default.fileExists(atPath: own), "kosd binds no socket of its own when it is given one")

        // systemd-socket-activate execs kosd in its own place: SIGTERM reaches kosd, which stops cleanly and
        // leaves the socket file to its owner.
        kill(process.processIdentifier, SIGTERM)
        #expect(await SystemdProtocolTests.exited(process))
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: held))
    }

    /// Runs a blocking call off the cooperative pool.
    func offPool<T: Sendable>(_ body: @escaping @Sendable () -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: body()) }
        }
    }
}
