import Foundation
import KosCore
import KosDefinitions
import KosStore
import KosTesting
import Testing

/// A one-step workflow whose step is a slow `exec` checker, a draft submitted to it, and a way to start
/// `kosd worker` processes on it.
struct SlowCheck {
    let dir: URL
    let store: SQLiteStore
    let runID: String

    /// - Parameter command: the checker, as YAML flow-sequence items.
    init(command: String) async throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-slow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Workflows"), withIntermediateDirectories: true)
        try """
            apiVersion: kos/v1
            kind: Workflow
            id: slow-check
            steps:
              - id: brand-checker
                exec: {command: [\(command)], timeout: 20s}
            """.write(to: dir.appendingPathComponent("Workflows/w.yaml"), atomically: true, encoding: .utf8)
        store = try SQLiteStore(path: dir.appendingPathComponent("kos.db").path)
        try await store.upsertPerson(Person(id: "li.na", role: .creator, store: "SH-IFC"), actor: "admin")
        let draft = try await store.submitDraft(DraftSubmission(creatorID: "li.na", workflow: "slow-check", idempotencyKey: nil, content: Data("body".utf8)))
        runID = try await store.startRun(draftID: draft.draftID, revision: 1, workflow: "slow-check", firstStep: (0, "brand-checker"), actor: "li.na")
    }

    /// `log`: where its standard error goes (else nowhere).
    func worker(_ name: String, leaseMillis: Int, log: FileHandle? = nil) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CrashTests.kosd)
        p.arguments = ["worker", "--name", name, "--database", store.path, "--workflows", dir.appendingPathComponent("Workflows").path,
                       "--templates", dir.path, "--lease", "\(leaseMillis)ms", "--supervisor", String(getpid())]
        p.standardError = log ?? FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        return p
    }
}

/// A worker frozen with SIGSTOP while it holds a step loses the step when its lease expires; when it is
/// thawed with SIGCONT its late completion is refused by the epoch, and the other worker's result stands.
@Suite struct FencingTests {
    @Test func aPausedWorkersLateCompletionIsRefused() async throws {
        // The first run of the checker freezes its own worker (SIGSTOP to its parent) while the worker holds the
        // step, so the freeze cannot come too late on a busy machine; the run the second worker makes does not.
        let mark = FileManager.default.temporaryDirectory.appendingPathComponent("kos-froze-\(UUID().uuidString)").path
        let s = try await SlowCheck(command: "/bin/sh, -c, \"[ -e \(mark) ] || { touch \(mark); kill -STOP $PPID; }; sleep 1\"")
        let log = try SystemdProtocolTests.logFile(in: s.dir)
        let a = try s.worker("paused-worker", leaseMillis: 400, log: log.handle)
        defer { kill(a.processIdentifier, SIGKILL); a.waitUntilExit() }
        var frozen = false
        let claimed = Patience.deadline
        while !frozen, Date() < claimed {
            try await Task.sleep(for: .milliseconds(10))
            frozen = FileManager.default.fileExists(atPath: mark)
        }
        try #require(frozen, "the first worker claimed the step and ran the checker")
        kill(a.processIdentifier, SIGSTOP)
        #expect(try await s.store.completions(runID: s.runID, stepIndex: 0).isEmpty, "the frozen worker has not completed the step")

        let b = try s.worker("second-worker", leaseMillis: 400)
        defer { kill(b.processIdentifier, SIGKILL); b.waitUntilExit() }
        var completions: [StepCompletion] = []
        let finished = Patience.deadline
        while completions.isEmpty, Date() < finished {
            try await Task.sleep(for: .milliseconds(20))
            completions = try await s.store.completions(runID: s.runID, stepIndex: 0)
        }
        #expect(completions.map(\.worker) == ["second-worker"], "the second worker took the expired lease and finished")

        // Thawed, the first worker finishes its checker and tries to commit: it must say that it was refused.
        kill(a.processIdentifier, SIGCONT)
        var refused = false
        let told = Patience.deadline
        while !refused, Date() < told {
            try await Task.sleep(for: .milliseconds(50))
            refused = ((try? String(contentsOf: log.url, encoding: .utf8)) ?? "").contains("taken over by another worker")
        }
        #expect(refused, "the thawed worker tried to commit and was refused: \((try? String(contentsOf: log.url, encoding: .utf8)) ?? "")")
        let after = try await s.store.completions(runID: s.runID, stepIndex: 0)
        #expect(after.count == 1, "the thawed worker's completion was refused")
        #expect(after.first?.epoch == 2)
        #expect(try await s.store.run(id: s.runID)?.status == .completed)
        #expect(try await s.store.auditEntries().contains { $0.action == "lease.expired" && $0.actor == "second-worker" })
    }
}

@Suite struct LeaseRenewalTests {
    /// A step longer than the lease keeps its lease while it runs: a second worker does not run it again.
    @Test func aLongStepRunsOnceWhileAnotherWorkerWaits() async throws {
        let marks = FileManager.default.temporaryDirectory.appendingPathComponent("kos-marks-\(UUID().uuidString).txt").path
        // Renewed every third of the lease: a renewal may come two seconds late on a busy machine and still hold.
        let s = try await SlowCheck(command: "/bin/sh, -c, \"echo ran >> \(marks); sleep 4\"")
        let workers = try ["w1", "w2"].map { try s.worker($0, leaseMillis: 3000) }
        defer { for w in workers { kill(w.processIdentifier, SIGKILL); w.waitUntilExit() } }
        let deadline = Patience.deadline
        while try await s.store.run(id: s.runID)?.status != .completed, Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(try await s.store.run(id: s.runID)?.status == .completed)
        let runs = (try String(contentsOfFile: marks, encoding: .utf8)).split(separator: "\n")
        #expect(runs.count == 1, "the checker ran \(runs.count) times")
        #expect(try await s.store.completions(runID: s.runID, stepIndex: 0).count == 1)
    }
}
