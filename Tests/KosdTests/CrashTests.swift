import Foundation
import KosCore
import KosDefinitions
import KosStore
import KosTesting
import Testing

/// Real processes killed with real signals: `kosd serve` with two worker processes, one of which is
/// SIGKILLed every ~200 ms (seeded) for the whole run, over a real SQLite file and a real receiver.
@Suite(.serialized) struct CrashTests {
    static var kosd: String { URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kosd").path }

    /// The supervisor's worker processes: children of any of its threads (it spawns from a task thread).
    static func children(of pid: Int32) -> [Int32] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { tid in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(tid)/children", encoding: .utf8)) ?? "").split(separator: " ").compactMap { Int32($0) }
        }
    }

    /// Freezes a supervisor so it restarts nobody, kills its workers, then it; `wait`: and reaps it.
    static func stop(_ process: Process, wait: Bool = true) {
        kill(process.processIdentifier, SIGSTOP)
        for child in children(of: process.processIdentifier) { kill(child, SIGKILL) }
        kill(process.processIdentifier, SIGKILL)
        if wait { process.waitUntilExit() }
    }

    /// `KOS_CRASH_SEED` replays or explores another kill schedule.
    static let seeds: [UInt64] = [ProcessInfo.processInfo.environment["KOS_CRASH_SEED"].flatMap(UInt64.init) ?? 20261122]

    @Test(arguments: seeds)
    func everyDraftIsPublishedOnceWhileWorkersAreKilled(seed: UInt64) async throws {
        try await Exclusive.run {
            // A receiver that takes 30 ms per delivery and one step per claim keep the run going for seconds (at
            // least 300 × 30 ms over two workers), so the kills land all through it however quick the workers are.
            let s = try await EngineFixtures.setUp(path: "/delay/30")
            let count = Int(ProcessInfo.processInfo.environment["KOS_CRASH_DRAFTS"] ?? "") ?? 300
            var runs: [String] = []
            for i in 0..<count {
                let content = EngineFixtures.cleanDraft.replacingOccurrences(of: "秋冬新季 Arco 手袋", with: "秋冬新季 Arco 手袋 #\(i)")
                let (runID, hash) = try await EngineFixtures.submit(s, content)
                // The store manager's decision is already there: the approval step decides itself when reached.
                try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "zhang.wei", approve: true, contentHash: hash, reason: nil)
                runs.append(runID)
            }

            let process = s.serve(workers: 2, ["--lease", "1s", "--batch-size", "1"])
            try process.run()
            defer { Self.stop(process) }

            var rng = SeededGenerator(seed: seed)
            // Kills land every 100-300 ms until 40 have landed or the runs are done; then the runs have the
            // test's patience to finish (a loaded machine restarts workers slowly, and killing on would starve them).
            var kills = 0
            let killing = Date().addingTimeInterval(150)
            var quiet: Date?
            var done = 0
            while quiet.map({ Date().timeIntervalSince($0) < Patience.seconds }) ?? true {
                try await Task.sleep(for: .milliseconds(Int.random(in: 100...300, using: &rng)))
                if kills < 40, Date() < killing {
                    if let victim = Self.children(of: process.processIdentifier).randomElement(using: &rng) {
                        kill(victim, SIGKILL)
                        kills += 1
                    }
                } else if quiet == nil {
                    quiet = Date()
                }
                done = 0
                for id in runs where try await s.store.run(id: id)?.status == .completed { done += 1 }
                if ProcessInfo.processInfo.environment["KOS_CRASH_VERBOSE"] != nil {
                    FileHandle.standardError.write(Data("crash test: \(done)/\(count) done, \(kills) kills, workers \(Self.children(of: process.processIdentifier))\n".utf8))
                }
                if done == count { break }
            }
            #expect(done == count, "\(done) of \(count) runs completed after \(kills) kills")
            #expect(kills >= 10, "workers were killed during the run")
            for id in runs {
                for index in 0..<3 {
                    #expect(try await s.store.completions(runID: id, stepIndex: index).count == 1, "run \(id) step \(index)")
                }
            }
            // At least once per draft, and one webhook-id per draft however often it was sent.
            var idsByRun: [String: Set<String>] = [:]
            for request in s.receiver.seen {
                guard let body = request["body"] as? String, let id = request["id"] as? String,
                      let run = runs.first(where: { body.contains($0) }) else { continue }
                #expect(request["verified"] as? Bool == true)
                idsByRun[run, default: []].insert(id)
            }
            #expect(idsByRun.count == count, "every draft reached the receiver")
            #expect(idsByRun.values.allSatisfy { $0.count == 1 }, "no draft was sent under two webhook-ids")
            #expect(try await s.store.verifyAudit() == nil)
            #expect(try await s.store.integrityCheck() == "ok")
        }
    }

    @Test func workersDieWithTheirSupervisor() async throws {
        let s = try await EngineFixtures.setUp()
        let process = s.serve(workers: 2)
        try process.run()
        var workers: [Int32] = []
        await Patience.until(every: .milliseconds(50)) {
            workers = Self.children(of: process.processIdentifier)
            return workers.count >= 2
        }
        #expect(workers.count == 2)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        var alive = workers
        await Patience.until {
            alive = alive.filter { kill($0, 0) == 0 && !((try? String(contentsOfFile: "/proc/\($0)/stat", encoding: .utf8)) ?? ") Z ").contains(") Z ") }
            return alive.isEmpty
        }
        #expect(alive.isEmpty, "workers outlived a SIGKILLed supervisor: \(alive)")
    }
}

extension EngineFixtures.Setup {
    var dir: URL { URL(fileURLWithPath: store.path).deletingLastPathComponent() }
    var apiSocket: String { dir.appendingPathComponent("kosd.sock").path }

    func serve(workers: Int, _ extra: [String] = [], environment: [String: String] = [:]) -> Process {
        CrashTests.serve(store: store, workers: workers, extra, environment: environment)
    }
}

extension CrashTests {
    /// `kosd serve` over this store and the workflows and templates beside it, on its own socket, going when the
    /// test process goes, with the gateway's secret in its environment; not started yet, its stderr discarded.
    static func serve(store: SQLiteStore, workers: Int, _ extra: [String] = [], environment: [String: String] = [:]) -> Process {
        let dir = URL(fileURLWithPath: store.path).deletingLastPathComponent(), apiSocket = dir.appendingPathComponent("kosd.sock").path
        let process = PinnedProcess()
        process.executableURL = URL(fileURLWithPath: CrashTests.kosd)
        process.arguments = ["serve", "--die-with-parent", "--workers", String(workers), "--database", store.path, "--socket", apiSocket,
                             "--workflows", dir.appendingPathComponent("Workflows").path, "--templates", dir.appendingPathComponent("Templates").path] + extra
        process.environment = ProcessInfo.processInfo.environment.merging(environment.merging(["KOS_GATEWAY_SECRET": EngineFixtures.secret]) { a, _ in a }) { _, b in b }
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        return process
    }
}
