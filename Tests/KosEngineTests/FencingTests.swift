import Foundation
import KosCore
import KosDefinitions
import KosStore
import KosTesting
import Testing

/// A worker frozen with SIGSTOP while it holds a step loses the step when its lease expires; when it is
/// thawed with SIGCONT its late completion is refused by the epoch, and the other worker's result stands.
@Suite struct FencingTests {
    @Test func aPausedWorkersLateCompletionIsRefused() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-fence-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Workflows"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Templates"), withIntermediateDirectories: true)
        try """
            apiVersion: kos/v1
            kind: Workflow
            id: slow-check
            steps:
              - id: brand-checker
                exec: {command: [/bin/sleep, "1"], timeout: 20s}
            """.write(to: dir.appendingPathComponent("Workflows/w.yaml"), atomically: true, encoding: .utf8)
        let store = try SQLiteStore(path: dir.appendingPathComponent("kos.db").path)
        try await store.upsertPerson(Person(id: "li.na", role: .creator, store: "SH-IFC"), actor: "admin")
        let draft = try await store.submitDraft(DraftSubmission(creatorID: "li.na", workflow: "slow-check", idempotencyKey: nil, content: Data("body".utf8)))
        let runID = try await store.startRun(draftID: draft.draftID, revision: 1, workflow: "slow-check", firstStep: (0, "brand-checker"), actor: "li.na")

        func worker(_ name: String) throws -> Process {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CrashTests.kosd)
            p.arguments = ["worker", "--name", name, "--database", store.path, "--workflows", dir.appendingPathComponent("Workflows").path,
                           "--templates", dir.appendingPathComponent("Templates").path, "--lease-millis", "400"]
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        let a = try worker("paused-worker")
        defer { kill(a.processIdentifier, SIGKILL); a.waitUntilExit() }
        // Wait until the first worker is running the checker (its `sleep` child exists), then freeze it.
        var holding = false
        for _ in 0..<200 where !holding {
            try await Task.sleep(for: .milliseconds(10))
            holding = !CrashTests.children(of: a.processIdentifier).isEmpty
        }
        #expect(holding, "the first worker claimed the step")
        kill(a.processIdentifier, SIGSTOP)

        let b = try worker("second-worker")
        defer { kill(b.processIdentifier, SIGKILL); b.waitUntilExit() }
        var completions: [StepCompletion] = []
        for _ in 0..<500 where completions.isEmpty {
            try await Task.sleep(for: .milliseconds(20))
            completions = try await store.completions(runID: runID, stepIndex: 0)
        }
        #expect(completions.map(\.worker) == ["second-worker"], "the second worker took the expired lease and finished")

        kill(a.processIdentifier, SIGCONT)
        try await Task.sleep(for: .milliseconds(1500))
        let after = try await store.completions(runID: runID, stepIndex: 0)
        #expect(after.count == 1, "the thawed worker's completion was refused")
        #expect(after.first?.epoch == 2)
        #expect(try await store.run(id: runID)?.status == "completed")
        #expect(try await store.auditEntries().contains { $0.action == "lease.expired" && $0.actor == "second-worker" })
    }
}

@Suite struct LeaseRenewalTests {
    /// A step longer than the lease keeps its lease while it runs: a second worker does not run it again.
    @Test func aLongStepRunsOnceWhileAnotherWorkerWaits() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-renew-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Workflows"), withIntermediateDirectories: true)
        let marks = dir.appendingPathComponent("runs.txt").path
        try """
            apiVersion: kos/v1
            kind: Workflow
            id: slow-check
            steps:
              - id: brand-checker
                exec: {command: [/bin/sh, -c, "echo ran >> \(marks); sleep 1.5"], timeout: 20s}
            """.write(to: dir.appendingPathComponent("Workflows/w.yaml"), atomically: true, encoding: .utf8)
        let store = try SQLiteStore(path: dir.appendingPathComponent("kos.db").path)
        try await store.upsertPerson(Person(id: "li.na", role: .creator, store: "SH-IFC"), actor: "admin")
        let draft = try await store.submitDraft(DraftSubmission(creatorID: "li.na", workflow: "slow-check", idempotencyKey: nil, content: Data("body".utf8)))
        let runID = try await store.startRun(draftID: draft.draftID, revision: 1, workflow: "slow-check", firstStep: (0, "brand-checker"), actor: "li.na")
        var workers: [Process] = []
        defer { for w in workers { kill(w.processIdentifier, SIGKILL); w.waitUntilExit() } }
        for name in ["w1", "w2"] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CrashTests.kosd)
            p.arguments = ["worker", "--name", name, "--database", store.path, "--workflows", dir.appendingPathComponent("Workflows").path,
                           "--templates", dir.path, "--lease-millis", "300"]
            p.standardError = FileHandle.nullDevice
            try p.run()
            workers.append(p)
        }
        for _ in 0..<300 where try await store.run(id: runID)?.status != "completed" { try await Task.sleep(for: .milliseconds(20)) }
        #expect(try await store.run(id: runID)?.status == "completed")
        let runs = (try String(contentsOfFile: marks, encoding: .utf8)).split(separator: "\n")
        #expect(runs.count == 1, "the checker ran \(runs.count) times")
        #expect(try await store.completions(runID: runID, stepIndex: 0).count == 1)
    }
}
