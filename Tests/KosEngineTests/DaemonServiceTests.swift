import Foundation
import KosCore
import KosStore
import KosTesting
import Logging
import ServiceLifecycle
import Testing

@testable import KosEngine

/// The daemon's parts built in this process, as kosd builds them: the worker loop and the supervisor are
/// services a group starts and shuts down.
@Suite struct WorkerServiceTests {
    @Test func aWorkerServiceRunsStepsAsTheyComeAndStopsWithItsGroup() async throws {
        let s = try await EngineFixtures.setUp()
        // Undecided approvals look again only after an hour: a decision must wake its step, even one made while
        // the step is being looked at.
        var environment = s.environment
        environment.approvalPollMillis = 3_600_000
        let worker = Worker(name: "worker-1", store: s.store, environment: environment)
        let service = WorkerService(worker: worker, store: s.store, idleMillis: 20, log: Logger(label: "test"))
        let group = ServiceGroup(configuration: .init(services: [.init(service: service)], logger: Logger(label: "test")))
        let running = Finishing { try await group.run() }

        // Submitted while the service runs: checked without being asked, then waiting for the store manager.
        let (runID, hash) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        #expect(try await Patience.until { try await s.store.completions(runID: runID, stepIndex: 0).count == 1 })
        try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "zhang.wei", approve: true, contentHash: hash, reason: nil)
        #expect(try await Patience.until { try await s.store.run(id: runID)?.status == .completed })
        #expect(s.receiver.seen.count == 1)

        await group.triggerGracefulShutdown()
        let stopped = await Patience.until { running.isFinished }
        #expect(stopped, "the worker stops when its group shuts down")
        if !stopped { running.cancel() }
        try await running.value
        // Stopped: a draft submitted now waits for the next worker.
        let (later, _) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await Task.sleep(for: .milliseconds(200))
        #expect(try await s.store.completions(runID: later, stepIndex: 0).isEmpty)
    }
}

@Suite struct SupervisorServiceTests {
    /// A scratch file, and its lines when read.
    struct Scratch {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kos-supervisor-\(UUID().uuidString)").path
        var lines: [String] {
            ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
    }

    /// A supervisor whose workers are `/bin/sh -c script` (the supervisor's own arguments follow as $1…).
    static func supervisor(_ script: String, count: Int = 1) -> Supervisor {
        Supervisor(executable: "/bin/sh", arguments: ["-c", script, "worker"], count: count, drainTimeout: .seconds(10), handlesSignals: false)
    }

    final class Strikes: @unchecked Sendable {
        private let lock = NSLock()
        private var recorded: [([Int64], String)] = []
        var all: [([Int64], String)] { lock.withLock { recorded } }
        func add(_ steps: [Int64], _ reason: String) { lock.withLock { recorded.append((steps, reason)) } }
    }

    @Test func aWorkerThatExitsIsStartedAgain() async throws {
        let starts = Scratch()
        let supervisor = Self.supervisor("echo started >> '\(starts.path)'; exit 3")
        let running = Task { try await supervisor.run() }
        #expect(await Patience.until { starts.lines.count >= 3 && supervisor.restarts >= 2 })
        supervisor.requestStop()
        try await running.value
        #expect(supervisor.alive == 0)
    }

    @Test func aWorkerPastItsStepDeadlineIsKilledReplacedAndTheStepStruck() async throws {
        let strikes = Strikes()
        // Says it started step 42 with a deadline long past, then hangs.
        let supervisor = Self.supervisor("echo 'S 42 0' >&3; exec sleep 600")
        supervisor.strike = { steps, reason in strikes.add(steps, reason) }
        let running = Task { try await supervisor.run() }
        #expect(await Patience.until { supervisor.stuckKills >= 1 && supervisor.restarts >= 1 && !strikes.all.isEmpty })
        #expect(strikes.all.first?.0 == [42])
        #expect(strikes.all.first?.1 == "a worker ran it past its budget")
        supervisor.requestStop()
        try await running.value
    }

    @Test func aWorkerThatCrashesOnAStepStrikesIt() async throws {
        let strikes = Strikes()
        let supervisor = Self.supervisor("echo 'S 7 999999999999' >&3; sleep 0.2; kill -SEGV $$")
        supervisor.strike = { steps, reason in strikes.add(steps, reason) }
        let running = Task { try await supervisor.run() }
        #expect(await Patience.until { strikes.all.contains { $0.0 == [7] } })
        #expect(strikes.all.first?.1 == "the worker crashed with signal \(SIGSEGV)")
        supervisor.requestStop()
        try await running.value
    }

    @Test func aGracefulShutdownStopsEveryWorker() async throws {
        let pids = Scratch()
        let supervisor = Self.supervisor("echo $$ >> '\(pids.path)'; exec sleep 600", count: 2)
        let group = ServiceGroup(configuration: .init(services: [.init(service: supervisor)], logger: Logger(label: "test")))
        let running = Finishing { try await group.run() }
        #expect(await Patience.until { pids.lines.count == 2 && supervisor.alive == 2 })
        await group.triggerGracefulShutdown()
        let stopped = await Patience.until { running.isFinished }
        #expect(stopped, "the supervisor stops when its group shuts down")
        if !stopped { supervisor.requestStop() }
        try await running.value
        #expect(supervisor.alive == 0)
        for pid in pids.lines.compactMap({ pid_t($0) }) {
            #expect(kill(pid, 0) == -1 && errno == ESRCH, "worker \(pid) is gone")
        }
    }
}

/// A task whose end can be watched (to wait for it within a deadline instead of for ever).
final class Finishing: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    private var task: Task<Void, any Error>?

    init(_ body: @escaping @Sendable () async throws -> Void) {
        task = Task {
            defer { self.lock.withLock { self.done = true } }
            try await body()
        }
    }

    var isFinished: Bool { lock.withLock { done } }
    func cancel() { task?.cancel() }
    var value: Void { get async throws { try await task?.value } }
}

/// What a worker reports on its step line, as the supervisor reads it: the steps in hand and their deadlines.
@Suite struct StepLineTests {
    @Test func startsAndEndsKeepTheStepsInHand() {
        var inHand: [Int64: Double] = [:]
        let text = "S 12 1500\nS 13 2750\nE 12\nS 14 9"
        let used = Supervisor.takeBeats(Array(text.utf8), into: &inHand)
        #expect(inHand == [13: 2.75], "step 12 ended; step 14's line is not whole yet")
        #expect(used == text.utf8.count - "S 14 9".utf8.count, "the unfinished line is kept for the next read")
        let rest = Array("S 14 9000\n".utf8)
        #expect(Supervisor.takeBeats(rest, into: &inHand) == rest.count && inHand == [13: 2.75, 14: 9], "\(inHand)")
    }

    @Test func linesThatAreNotStepsChangeNothing() {
        var inHand: [Int64: Double] = [7: 1]
        let lines = ["", "S", "S 8", "S 8 x", "S 8 12 extra", "E", "E 7 7", "E x", "X 7", "S 99999999999999999999 5", "S -1 5",
                     "S 8  12", "E  7", "\u{FF}\u{FE}", "S 8 99999999999999999999"]
        let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        #expect(Supervisor.takeBeats(bytes, into: &inHand) == bytes.count)
        #expect(inHand == [7: 1], "\(inHand)")
    }
}
