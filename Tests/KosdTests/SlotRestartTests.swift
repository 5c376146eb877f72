import Foundation
import KosCore
import KosStore
import KosTesting
import Testing

@testable import KosEngine

/// kosd itself SIGKILLed — supervisor and workers — in the middle of a run of slots, down while slots pass,
/// then started again on the same store: every slot fires once, none is lost, caps still hold.
@Suite(.serialized) struct SlotRestartTests {
    static func stop(_ process: Process) { CrashTests.stop(process) }

    @Test func noSlotIsLostOrFiredTwiceAcrossAKosdKillAndRestart() async throws {
        // A slot every second; each associate at most once in any 3 s; slots missed while down fire within the hour.
        let s = try await SlotFixtures.setUp(calendar: """
            slots:
              - cron: "* * * * * *"
            caps:
              - {per: creator, max: 1, window: 3s}
            catch_up: 1h
            """)
        let creators = (1...10).map { "associate-\($0)" }
        for (i, c) in creators.enumerated() { try await s.store.upsertPerson(Person(id: c, role: .creator, store: "SH-\(i % 3)"), actor: "admin") }
        var runs: [String] = []
        for i in 0..<30 { runs.append(try await SlotFixtures.submit(s, creators[i % 10], SlotFixtures.draft("秋冬穿搭 \(i)"))) }
        func fired() async throws -> [SlotBooking] {
            try await s.store.bookings(calendar: "prime-time", from: 0, through: .max, creator: nil).filter { $0.state == .fired }
        }

        let first = CrashTests.serve(store: s.store, workers: 2, ["--lease", "1s"])
        try first.run()
        var before = 0
        let firing = Patience.deadline
        while before < 5, Date() < firing {
            try await Task.sleep(for: .milliseconds(20))
            before = try await fired().count
        }
        Self.stop(first)
        print("slot restart test: kosd killed after \(before) of \(runs.count) slots fired")
        #expect(before >= 5 && before < 30, "killed in the middle: \(before) slots had fired")
        try await Task.sleep(for: .seconds(2))   // slots pass while kosd is down

        let second = CrashTests.serve(store: s.store, workers: 2, ["--lease", "1s"])
        try second.run()
        defer { Self.stop(second) }
        var done = 0
        let deadline = Patience.deadline
        while Date() < deadline && done < runs.count {
            try await Task.sleep(for: .milliseconds(200))
            done = 0
            for id in runs where try await s.store.run(id: id)?.status == .completed { done += 1 }
        }
        var unfinished: [String] = []
        for id in runs {
            if let run = try await s.store.run(id: id), run.status != .completed { unfinished.append("\(id) \(run.status): \(run.reason ?? "")") }
        }
        #expect(done == runs.count, "\(done) of \(runs.count) runs completed; the others: \(unfinished)")
        let all = try await s.store.bookings(calendar: "prime-time", from: 0, through: .max, creator: nil)
        let firedNow = all.filter { $0.state == .fired }
        // A booking is moved aside only when a worker too slow to renew its lease had booked the same step first.
        let unexpected = all.filter { $0.state != .fired && $0.state != .moved }
        #expect(unexpected.isEmpty, "nothing missed within the catch-up window: \(unexpected.map { "\($0.state) \($0.note ?? "")" })")
        #expect(Set(firedNow.map(\.runID)) == Set(runs) && firedNow.count == runs.count, "one fired slot per run")
        for b in firedNow {
            #expect(!firedNow.contains { $0.id != b.id && $0.creator == b.creator && abs($0.slotAt - b.slotAt) < 3000 }, "\(b.creator) twice within 3 s")
        }
        for id in runs {
            #expect(try await s.store.completions(runID: id, stepIndex: 2).count == 1, "the slot step of \(id) completed once")
            #expect(try await s.store.completions(runID: id, stepIndex: 3).count == 1)
        }
        var idsByRun: [String: Set<String>] = [:]
        for request in s.receiver.seen {
            guard let body = request["body"] as? String, let id = request["id"] as? String, let run = runs.first(where: { body.contains($0) }) else { continue }
            idsByRun[run, default: []].insert(id)
        }
        #expect(idsByRun.count == runs.count && idsByRun.values.allSatisfy { $0.count == 1 }, "one webhook-id per post")
        #expect(try await s.store.verifyAudit() == nil)
    }
}
