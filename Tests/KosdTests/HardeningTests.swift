import Foundation
import KosCore
import KosDefinitions
import KosRules
import KosStore
import KosTesting
import Testing

@testable import KosEngine

/// No draft and no checker can stop kosd: hostile drafts are checked in linear time while others flow, a
/// worker stuck on a step is replaced and the step parked after three strikes, and nothing a worker started
/// outlives a supervisor killed with SIGKILL.
@Suite(.serialized) struct HardeningTests {
    static let people = [
        Person(id: "li.na", role: .creator, store: "SH-IFC"),
        Person(id: "zhang.wei", role: .reviewer, groups: ["store-managers"], store: "SH-IFC"),
    ]

    /// A program whose check step runs the built-in client-privacy pack, a brand pack with a pattern that
    /// backtracking engines never finish, and (when given) an external checker script.
    static func program(checker: String? = nil) async throws -> EngineFixtures.Scratch {
        let s = try await EngineFixtures.scratch("kos-hardening", people: people) { _ in
            """
            \(Hostile.backtrackingPack)
            \(checker.map { """
              - id: house-checker
                kind: external
                level: error
                message: the house checker
                command: [/bin/sh, \($0)]
                timeout: 60s
                env: {HOUSE_RULES: strict}
            """ } ?? "")
            ---
            apiVersion: kos/v1
            kind: Workflow
            id: guarded
            guidelines: [client-privacy, brand-patterns]
            steps:
              - id: guidelines
                check: {}
              - id: store-manager
                approval: {groups: [store-managers], required: any}
            """
        }
        return s
    }

    /// A checker script in a scratch folder of its own; `body` gets the folder (for files the script writes).
    static func checker(_ prefix: String, _ body: (URL) -> String) throws -> (dir: URL, script: URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let script = dir.appendingPathComponent("checker.sh")
        try body(dir).write(to: script, atomically: true, encoding: .utf8)
        return (dir, script)
    }

    static func submit(_ store: SQLiteStore, _ content: String) async throws -> String {
        let draft = try await store.submitDraft(DraftSubmission(creatorID: "li.na", workflow: "guarded", idempotencyKey: nil, content: Data(content.utf8)))
        return try await store.startRun(draftID: draft.draftID, revision: 1, workflow: "guarded", firstStep: (0, "guidelines"), actor: "li.na")
    }

    static func draft(_ title: String, _ body: String) -> String {
        "---\ntitle: \(title)\nplatforms: [xiaohongshu]\n---\n\(body)\n"
    }

    static func serve(_ s: EngineFixtures.Scratch, workers: Int, _ extra: [String] = [], environment: [String: String] = [:]) -> Process {
        let process = PinnedProcess()
        process.executableURL = URL(fileURLWithPath: CrashTests.kosd)
        process.arguments = ["serve", "--die-with-parent", "--workers", String(workers), "--database", s.store.path,
                             "--socket", s.dir.appendingPathComponent("kosd.sock").path,
                             "--workflows", s.dir.appendingPathComponent("Workflows").path,
                             "--templates", s.dir.appendingPathComponent("Templates").path] + extra
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, b in b }
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        return process
    }

    /// Waits until `condition` holds, up to `seconds` (generous: the machine may be busy).
    static func eventually(_ seconds: Double, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return try await condition()
    }

    static func isGone(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 else { return true }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return stat.isEmpty || stat.contains(") Z ")
    }

    @Test func hostileDraftsAreCheckedInLinearTimeWhileOthersFlow() async throws {
        try await Exclusive.run {
            let s = try await Self.program()
            let hostile = [
                try await Self.submit(s.store, Self.draft("加我", Hostile.wechatBody)),
                try await Self.submit(s.store, Self.draft("周末", Hostile.backtrackingBody)),
                try await Self.submit(s.store, Self.draft("aaa", "微信" + String(repeating: " \u{3000}", count: 10_000) + "号")),
                try await Self.submit(s.store, Self.draft("最", "最" + String(repeating: " ", count: 1_000_000) + "好的面料")),
            ]
            var clean: [String] = []
            for i in 0..<10 { clean.append(try await Self.submit(s.store, Self.draft("秋冬新季 \(i)", "#广告 编织皮革的手感非常柔软。"))) }
            let process = Self.serve(s, workers: 2)
            try process.run()
            defer { CrashTests.stop(process) }
            let checked = try await Self.eventually(120) {
                for run in hostile + clean where try await s.store.completions(runID: run, stepIndex: 0).isEmpty { return false }
                return true
            }
            #expect(checked, "every draft, hostile or not, was checked")
            for run in hostile {
                let results = try await s.store.stepContext(runID: run)?.completions[0]?.result ?? ""
                #expect(!results.contains(Linter.budgetRule), "checked in full, within the budget: \(run)")
            }
            for run in clean { #expect(try await s.store.completions(runID: run, stepIndex: 0).first?.outcome == "passed") }
        }
    }

    @Test func aDraftNotCheckedWithinTheBudgetIsBlocked() async throws {
        let s = try await Self.program()
        let worker = Worker(name: "worker-1", store: s.store, environment: s.environment)
        worker.checkBudget = .zero
        let run = try await Self.submit(s.store, Self.draft("秋冬新季", "#广告 编织皮革的手感非常柔软。"))
        try await worker.drain()
        let stored = try #require(try await s.store.run(id: run))
        #expect(stored.status == .blocked, "a draft that was not fully checked never goes on")
        let results = try await s.store.stepContext(runID: run)?.completions[0]?.result ?? ""
        #expect(results.contains("check-budget"), "\(results)")
    }

    /// A checker that freezes the worker running it (SIGSTOP to its grandparent): the supervisor kills the
    /// worker once the step is past its budget, starts another, and after three strikes parks the run; a
    /// clean draft submitted beside it is checked meanwhile.
    @Test func aWorkerStuckOnAStepIsReplacedAndThePoisonDraftParked() async throws {
        try await Exclusive.run {
            let (_, script) = try Self.checker("kos-poison") { _ in
                """
                input=$(cat)
                case "$input" in
                  *POISON*)
                    worker=$(cut -d' ' -f4 /proc/$PPID/stat)
                    kill -STOP "$worker"
                    sleep 60 ;;
                esac
                echo '{"findings": []}'
                """
            }
            let s = try await Self.program(checker: script.path)
            let poison = try await Self.submit(s.store, Self.draft("POISON", "这篇会卡住检查程序"))
            let process = Self.serve(s, workers: 2, ["--check-budget", "3s", "--lease", "1s", "--batch-size", "1"])
            try process.run()
            defer { CrashTests.stop(process) }
            let clean = try await Self.submit(s.store, Self.draft("秋冬新季", "#广告 编织皮革的手感非常柔软。"))
            let parked = try await Self.eventually(180) { try await s.store.run(id: poison)?.status == .parked }
            #expect(parked, "the poison draft is parked after three strikes")
            let run = try #require(try await s.store.run(id: poison))
            #expect(run.reason?.contains("stopped a worker 3 times") == true, "\(run.reason ?? "")")
            let audit = try await s.store.auditEntries()
            #expect(audit.filter { $0.action == "step.struck" }.count >= 3)
            #expect(try await Self.eventually(60) { try await s.store.completions(runID: clean, stepIndex: 0).first?.outcome == "passed" },
                    "the clean draft was checked while workers were being replaced")
            #expect(try await s.store.verifyAudit() == nil)
        }
    }

    /// kill -9 of the supervisor while a checker runs: the workers, the checker and the process it started
    /// all go. The checker's environment has none of kosd's (where a signing secret lives), only what the
    /// rule names.
    @Test func nothingOutlivesAKilledSupervisorAndCheckersSeeNoSecret() async throws {
        try await Exclusive.run {
            let (dir, script) = try Self.checker("kos-orphans") { dir in
                """
                cat > /dev/null
                env > \(dir.path)/env.txt
                echo $$ > \(dir.path)/checker.pid
                sleep 30 &
                echo $! > \(dir.path)/sleep.pid
                wait
                echo '{"findings": []}'
                """
            }
            let s = try await Self.program(checker: script.path)
            let secret = "whsec_" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
            _ = try await Self.submit(s.store, Self.draft("秋冬新季", "#广告 编织皮革的手感非常柔软。"))
            let process = Self.serve(s, workers: 2, environment: ["KOS_GATEWAY_SECRET": secret])
            try process.run()
            let pidFiles = ["checker.pid", "sleep.pid"].map { dir.appendingPathComponent($0).path }
            let started = try await Self.eventually(60) {
                pidFiles.allSatisfy { ((try? String(contentsOfFile: $0, encoding: .utf8)) ?? "").hasSuffix("\n") }
            }
            #expect(started, "the checker started and forked")
            let workers = CrashTests.children(of: process.processIdentifier)
            #expect(workers.count == 2)
            let programs = pidFiles.compactMap { Int32(((try? String(contentsOfFile: $0, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)) }
            #expect(programs.count == 2)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let gone = try await Self.eventually(30) { (workers + programs).allSatisfy(Self.isGone) }
            #expect(gone, "left behind: \((workers + programs).filter { !Self.isGone($0) })")
            let env = try String(contentsOfFile: dir.appendingPathComponent("env.txt").path, encoding: .utf8)
            #expect(!env.contains(secret) && !env.contains("KOS_GATEWAY_SECRET"), "the checker saw kosd's environment")
            #expect(env.contains("HOUSE_RULES=strict") && env.contains("PATH="))
        }
    }

    /// A TCP socket connected to 127.0.0.1:`port` from `source` (another loopback address is another peer).
    static func connectTCP(port: UInt16, from source: String) -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return -1 }
        var local = sockaddr_in()
        local.sin_family = sa_family_t(AF_INET)
        inet_pton(AF_INET, source, &local.sin_addr)
        var remote = sockaddr_in()
        remote.sin_family = sa_family_t(AF_INET)
        remote.sin_port = port.bigEndian
        inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr)
        let ok = withUnsafePointer(to: &local) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } } == 0
            && withUnsafePointer(to: &remote) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } } == 0
        if !ok { close(fd); return -1 }
        return fd
    }

    /// `GET path` on a connected socket; the answer, or "" when none came within `seconds`.
    static func get(_ fd: Int32, _ path: String, seconds: Int = 30) -> String {
        let request = "GET \(path) HTTP/1.1\r\nHost: kosd\r\nConnection: close\r\n\r\n"
        return String(decoding: RawHTTP.exchange(fd, Array(request.utf8), seconds: seconds) ?? [], as: UTF8.self)
    }

    /// 1,100 connections that never finish their header, from one address, against a kosd allowed 1,024
    /// descriptors: a client from another address is still served, and /metrics counts what was closed.
    @Test func halfOpenConnectionsDoNotLockOutOtherClients() async throws {
        try await Exclusive.run {
            let s = try await Self.program()
            var limit = rlimit()
            getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
            limit.rlim_cur = limit.rlim_max
            setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
            let port = LoopbackPort.free()
            let process = Self.serve(s, workers: 1, ["--listen", "127.0.0.1:\(port)"], environment: ["KOSD_API_HEADER_TIMEOUT": "5m"])
            process.arguments = ["--nofile=1024:1024", process.executableURL!.path] + (process.arguments ?? [])
            process.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
            try process.run()
            defer { CrashTests.stop(process) }
            let up = try await Self.eventually(60) {
                let fd = Self.connectTCP(port: port, from: "127.0.0.1")
                defer { if fd >= 0 { close(fd) } }
                return fd >= 0 && Self.get(fd, "/healthz", seconds: 5).contains(" 200 ")
            }
            #expect(up)
            var held: [Int32] = []
            defer { for fd in held { close(fd) } }
            for _ in 0..<1100 {
                let fd = Self.connectTCP(port: port, from: "127.0.0.2")
                guard fd >= 0 else { continue }
                _ = "GET /healthz HTTP/1.1\r\nHost: kosd\r\n".withCString { write(fd, $0, strlen($0)) }
                held.append(fd)
            }
            #expect(held.count >= 1000, "the flood was opened")
            let fd = Self.connectTCP(port: port, from: "127.0.0.1")
            #expect(fd >= 0)
            let answer = Self.get(fd, "/healthz")
            close(fd)
            #expect(answer.contains(" 200 "), "a client from another address is served: \(answer.prefix(120))")
            let metricsFD = Self.connectTCP(port: port, from: "127.0.0.1")
            let metrics = Self.get(metricsFD, "/metrics")
            close(metricsFD)
            let closed = metrics.split(separator: "\n").filter { $0.hasPrefix("kos_api_connections_closed_total{") }
                .compactMap { Double($0.split(separator: " ").last ?? "") }.reduce(0, +)
            #expect(closed >= 100, "the over-limit connections were closed and counted: \(closed)")
        }
    }

    /// An operator who turns programs off: definitions that name one are refused at their place.
    @Test func programsOffRefusesDefinitionsThatNameThem() async throws {
        let s = try await Self.program(checker: "/usr/local/lib/kos/house-checker.sh")
        let off = EngineEnvironment.load(paths: [s.dir.appendingPathComponent("Workflows").path], templatesDirectory: s.dir.appendingPathComponent("Templates").path,
                                         secretsEnvironment: [:], programs: false)
        guard case .failure(let failure) = off else {
            Issue.record("definitions with an external checker loaded with programs off")
            return
        }
        let message = failure.diagnostics.map(\.description).joined(separator: "\n")
        #expect(message.contains("brand-patterns/house-checker runs a checker program") && message.contains("checks.programs: off"), "\(message)")
        #expect(failure.diagnostics.allSatisfy { $0.location != nil })
        let on = EngineEnvironment.load(paths: [s.dir.appendingPathComponent("Workflows").path], templatesDirectory: s.dir.appendingPathComponent("Templates").path,
                                        secretsEnvironment: [:], programs: true)
        if case .failure(let failure) = on { Issue.record("\(failure)") }
    }
}
