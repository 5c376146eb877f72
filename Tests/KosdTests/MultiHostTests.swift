import Foundation
import KosCore
import KosStore
import KosTesting
import Testing

/// Three `kosd` processes ("hosts"), each with its own worker and API socket, share one PostgreSQL. Drafts are
/// submitted round-robin through the three APIs while one host (supervisor and worker) is SIGKILLed and
/// started again every second or two. The history of what the clients were told is then checked against the
/// store and the receiver: nothing acknowledged is lost, no step completes twice.
@Suite(.serialized) struct MultiHostTests {
    final class Host {
        let name: String
        let socket: String
        var process: Process?
        init(name: String, socket: String) {
            self.name = name
            self.socket = socket
        }
    }

    static func start(_ host: Host, url: String, dir: URL) throws {
        let process = PinnedProcess()
        process.executableURL = URL(fileURLWithPath: CrashTests.kosd)
        process.arguments = ["serve", "--die-with-parent", "--workers", "1", "--database", url, "--socket", host.socket,
                             "--workflows", dir.appendingPathComponent("Workflows").path, "--templates", dir.appendingPathComponent("Templates").path,
                             "--lease", "1s", "--batch-size", "8"]
        process.environment = ProcessInfo.processInfo.environment.merging(["KOS_GATEWAY_SECRET": EngineFixtures.secret]) { _, b in b }
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        host.process = process
    }

    static func kill(_ host: Host) {
        guard let process = host.process else { return }
        CrashTests.stop(process, wait: false)
        host.process = nil
    }

    @Test func threeHostsPublishEveryDraftOnceWhileOneIsKilledOverAndOver() async throws {
        try await Exclusive.run {
            let s = try await EngineFixtures.setUp(path: "/delay/2", approval: "{groups: [store-managers], auto_approve: 'findings.errors == 0'}")
            let url = try await ScratchPostgres.database()
            let store = try await ScratchPostgres.store(url)
            for person in try await s.store.people() { try await store.upsertPerson(person, actor: "admin") }
            let token = try await store.createToken(personID: "li.na", expiresAt: nil, actor: "admin")
            let hosts = (0..<3).map { Host(name: "host-\($0)", socket: s.dir.appendingPathComponent("host-\($0).sock").path) }
            for host in hosts { try Self.start(host, url: url, dir: s.dir) }
            defer { for host in hosts { Self.kill(host) } }
            for host in hosts {
                await Patience.until(every: .milliseconds(50)) { SystemdProtocolTests.get("/readyz", socket: host.socket) == 200 }
            }

            let count = Int(ProcessInfo.processInfo.environment["KOS_MULTIHOST_DRAFTS"] ?? "") ?? 1000
            // The history: what each client was told (draft id per idempotency key), and every kill.
            var acknowledged: [String: String] = [:]
            var kills = 0
            var rng = SeededGenerator(seed: 20261130)
            var victim: Host?
            var nextKill = Date().addingTimeInterval(1)
            var i = 0
            let deadline = Date().addingTimeInterval(240)
            while i < count, Date() < deadline {
                if Date() >= nextKill {
                    if let down = victim { try Self.start(down, url: url, dir: s.dir); victim = nil } else {
                        victim = hosts.randomElement(using: &rng)
                        Self.kill(victim!)
                        kills += 1
                    }
                    nextKill = Date().addingTimeInterval(Double.random(in: 0.7...1.5, using: &rng))
                }
                let key = "draft-\(i)"
                let content = EngineFixtures.cleanDraft.replacingOccurrences(of: "秋冬新季 Arco 手袋", with: "秋冬新季 Arco 手袋 #\(i)")
                let body = String(decoding: try JSONSerialization.data(withJSONObject: ["content": content, "workflow": "styling-note"]), as: UTF8.self)
                // Round-robin; a host that is down is skipped the way a load balancer would, with the same idempotency key.
                for attempt in 0..<6 {
                    let host = hosts[(i + attempt) % hosts.count]
                    if let answer = SystemdProtocolTests.fetch("/v1/drafts", socket: host.socket, method: "POST", token: token, json: body,
                                                               headers: ["Idempotency-Key": key]),
                       answer.status == 201 || answer.status == 200,
                       let open = answer.text.firstIndex(of: "{"), let close = answer.text.lastIndex(of: "}"), open < close,
                       let json = try? JSONSerialization.jsonObject(with: Data(answer.text[open...close].utf8)) as? [String: Any],
                       let id = (json["draft"] as? [String: Any])?["id"] as? String {
                        acknowledged[key] = id
                        break
                    }
                    try await Task.sleep(for: .milliseconds(20))
                }
                i += 1
            }
            if let down = victim { try Self.start(down, url: url, dir: s.dir) }
            #expect(acknowledged.count == count, "every submission was acknowledged by some host")
            #expect(kills >= 5, "hosts were killed during the run (\(kills))")

            // Wait for the work to drain.
            var finished = 0
            while Date() < deadline {
                finished = try await store.drafts(creatorID: "li.na", openOnly: false).filter { $0.run?.status == .completed }.count
                if finished >= acknowledged.count { break }
                try await Task.sleep(for: .milliseconds(200))
            }
            let summaries = try await store.drafts(creatorID: "li.na", openOnly: false)
            let byID = Dictionary(summaries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let lost = acknowledged.values.filter { byID[$0]?.run?.status != .completed }
            var duplicated = 0
            for summary in summaries {
                guard let run = summary.run else { continue }
                for index in 0..<3 where try await store.completions(runID: run.id, stepIndex: index).count != 1 { duplicated += 1 }
            }
            #expect(lost.isEmpty, "lost = \(lost.count): \(lost.prefix(5))")
            #expect(duplicated == 0, "duplicated completions = \(duplicated)")
            #expect(Set(acknowledged.values).count == acknowledged.count && summaries.count == acknowledged.count, "one draft per idempotency key")
            // The receiver: every draft, each under one webhook-id however often it was sent.
            var idsByRun: [String: Set<String>] = [:]
            let runs = Set(summaries.compactMap { $0.run?.id })
            for request in s.receiver.seen {
                guard let body = request["body"] as? String, let id = request["id"] as? String,
                      let json = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any], let run = json["run"] as? String, runs.contains(run) else { continue }
                idsByRun[run, default: []].insert(id)
            }
            #expect(idsByRun.count == runs.count, "no webhook lost at the receiver")
            #expect(idsByRun.values.allSatisfy { $0.count == 1 }, "one webhook-id per draft")
            #expect(try await store.verifyAudit() == nil, "the audit chain verifies")
            if ProcessInfo.processInfo.environment["KOS_MULTIHOST_VERBOSE"] != nil {
                FileHandle.standardError.write(Data("three hosts: \(count) drafts, \(kills) kills, lost \(lost.count), duplicated \(duplicated)\n".utf8))
            }
        }
    }

    /// No leader: a slot is a due step in the shared queue. With three hosts and one killed while slots come due,
    /// every post still goes out in its slot once, and the caps hold across hosts.
    @Test func slotsFireOnceAcrossThreeHostsWhenOneDies() async throws {
        try await Exclusive.run {
            let s = try await SlotFixtures.setUp(calendar: """
                slots:
                  - cron: "* * * * * *"
                caps:
                  - {per: creator, max: 1, window: 3s}
                catch_up: 1h
                """)
            let url = try await ScratchPostgres.database()
            let store = try await ScratchPostgres.store(url)
            let creators = (1...10).map { "associate-\($0)" }
            for (i, c) in creators.enumerated() { try await store.upsertPerson(Person(id: c, role: .creator, store: "SH-\(i % 3)"), actor: "admin") }
            let submissions = (0..<30).map { i in
                RunSubmission(submission: DraftSubmission(creatorID: creators[i % 10], workflow: "prime-time-notes", idempotencyKey: "slot-\(i)",
                                                          content: Data(SlotFixtures.draft("秋冬穿搭 \(i)").utf8)),
                              firstStep: NextStep(index: 0, id: "guidelines", dueAt: 0))
            }
            _ = try await store.submitBatch(submissions)
            let runs = try await store.drafts(creatorID: nil, openOnly: false).compactMap { $0.run?.id }
            #expect(runs.count == 30)
            func fired() async throws -> [SlotBooking] {
                try await store.bookings(calendar: "prime-time", from: 0, through: .max, creator: nil).filter { $0.state == .fired }
            }
            let hosts = (0..<3).map { Host(name: "host-\($0)", socket: s.directory.appendingPathComponent("slot-host-\($0).sock").path) }
            for host in hosts { try Self.start(host, url: url, dir: s.directory) }
            defer { for host in hosts { Self.kill(host) } }
            var before = 0
            try await Patience.until {
                before = try await fired().count
                return before >= 5
            }
            Self.kill(hosts[0])
            #expect(before >= 5 && before < 30, "a host died in the middle: \(before) slots had fired")
            try await Task.sleep(for: .seconds(2))
            try Self.start(hosts[0], url: url, dir: s.directory)
            var done = 0
            let deadline = Patience.deadline
            while Date() < deadline && done < runs.count {
                try await Task.sleep(for: .milliseconds(200))
                done = 0
                for id in runs where try await store.run(id: id)?.status == .completed { done += 1 }
            }
            #expect(done == runs.count, "\(done) of \(runs.count) runs completed")
            let all = try await store.bookings(calendar: "prime-time", from: 0, through: .max, creator: nil)
            let firedNow = all.filter { $0.state == .fired }
            #expect(all.allSatisfy { $0.state == .fired || $0.state == .moved }, "\(all.map { "\($0.state) \($0.note ?? "")" })")
            #expect(Set(firedNow.map(\.runID)) == Set(runs) && firedNow.count == runs.count, "one fired slot per run")
            for b in firedNow {
                #expect(!firedNow.contains { $0.id != b.id && $0.creator == b.creator && abs($0.slotAt - b.slotAt) < 3000 }, "\(b.creator) twice within 3 s")
            }
            for id in runs { #expect(try await store.completions(runID: id, stepIndex: 2).count == 1, "the slot step of \(id) completed once") }
            var idsByRun: [String: Set<String>] = [:]
            for request in s.receiver.seen {
                guard let body = request["body"] as? String, let id = request["id"] as? String, let run = runs.first(where: { body.contains($0) }) else { continue }
                idsByRun[run, default: []].insert(id)
            }
            #expect(idsByRun.count == runs.count && idsByRun.values.allSatisfy { $0.count == 1 }, "one webhook-id per post")
            #expect(try await store.verifyAudit() == nil)
        }
    }
}
