import Foundation
import KosCore
import KosDefinitions
import KosStore
import KosTesting
import Testing

@testable import KosEngine

/// `wait: {slot: true}` through a real SQLite store and a real receiver: approved posts take their associate's
/// next free slot under the calendar's caps, go out when it comes and not before, once; a late approval and a
/// missed slot follow the calendar's policy.
@Suite struct SlotTests {
    typealias Setup = SlotFixtures.Setup

    /// Runs the worker until every run has ended or `seconds` pass.
    static func runUntilDone(_ s: Setup, _ runs: [String], seconds: Double) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            try await s.worker.drain()
            var open = 0
            for id in runs where try await s.store.run(id: id)?.status == .running { open += 1 }
            if open == 0 { return }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    static func booking(_ s: Setup, _ runID: String) async throws -> SlotBooking? {
        try await s.store.bookings(calendar: "prime-time", from: 0, through: .max, creator: nil).last { $0.runID == runID }
    }

    @Test func capsSpreadAnAssociatesPostsAndEachGoesOutAtItsSlotOnce() async throws {
        // A slot every 2 s; one post per associate in any 3 s.
        let s = try await SlotFixtures.setUp(calendar: """
            slots:
              - cron: "*/2 * * * * *"
            caps:
              - {per: creator, max: 1, window: 3s}
            """)
        var runs: [String] = []
        for i in 1...3 { runs.append(try await SlotFixtures.submit(s, "li.na", SlotFixtures.draft("穿搭 \(i)"))) }
        let other = try await SlotFixtures.submit(s, "chen.jie", SlotFixtures.draft("chen.jie 的穿搭"))
        try await s.worker.drain()
        let mine = try await runs.asyncMap { try #require(try await Self.booking(s, $0)) }
        let slots = mine.map(\.slotAt).sorted()
        #expect(slots[1] - slots[0] >= 4000 && slots[2] - slots[1] >= 4000, "one post in any 3 s: \(slots)")
        #expect(mine.allSatisfy { $0.state == .booked || $0.state == .fired })
        #expect(mine.contains { $0.note?.contains("cap reached: li.na already has 1 post within 3s") == true }, "the associate sees why: \(mine.map(\.note))")
        // Another associate's cap is their own: chen.jie is never held back by li.na's posts. (Which slot chen.jie
        // gets depends on when the worker reaches the draft, which a busy machine delays.)
        let theirs = try #require(try await Self.booking(s, other))
        #expect(theirs.note?.contains("cap reached") != true, "\(theirs.note ?? "")")

        try await Self.runUntilDone(s, runs + [other], seconds: Patience.seconds)
        for id in runs + [other] {
            #expect(try await s.store.run(id: id)?.status == .completed)
            let booked = try #require(try await Self.booking(s, id))
            #expect(booked.state == .fired)
            let waited = try #require(try await s.store.completions(runID: id, stepIndex: 2).only)
            #expect(waited.at >= booked.fireAt, "went out at \(waited.at), slot \(booked.fireAt)")
            #expect(try await s.store.completions(runID: id, stepIndex: 3).count == 1)
        }
        #expect(s.receiver.seen.count == 4)
        #expect(try await s.store.verifyAudit() == nil)
    }

    @Test func twoWorkersBookingAtOnceNeverPassACap() async throws {
        let s = try await SlotFixtures.setUp(calendar: """
            slots:
              - cron: "*/2 * * * * *"
            caps:
              - {per: creator, max: 1, window: 5s}
              - {per: store, max: 2, window: 1s}
            """)
        var runs: [String] = []
        for i in 0..<12 { runs.append(try await SlotFixtures.submit(s, ["li.na", "chen.jie", "wu.lei"][i % 3], SlotFixtures.draft("穿搭 \(i)"))) }
        let second = Worker(name: "worker-2", store: try SQLiteStore(path: s.store.path), environment: s.environment)
        let first = s.worker
        // Small claims, so both workers hold steps of the same slots at once.
        first.batchSize = 3
        second.batchSize = 3
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await first.drain() }
            group.addTask { try await second.drain() }
            try await group.waitForAll()
        }
        let bookings = try await s.store.bookings(calendar: "prime-time", from: 0, through: .max, creator: nil).filter { $0.state != .moved }
        #expect(bookings.count == 12)
        for b in bookings {
            let sameCreator = bookings.filter { $0.creator == b.creator && $0.id != b.id && abs($0.slotAt - b.slotAt) < 5000 }
            #expect(sameCreator.isEmpty, "\(b.creator) twice within 5 s")
            let sameStore = bookings.filter { $0.store == b.store && $0.slotAt == b.slotAt }
            #expect(sameStore.count <= 2)
        }
    }

    @Test(arguments: ["expire", "publish-now", "next-slot"])
    func anApprovalAfterTheSlotAskedForFollowsTheCalendar(policy: String) async throws {
        let s = try await SlotFixtures.setUp(calendar: """
            slots:
              - cron: "0 20 * * *"
            late_approval: \(policy)
            """)
        let late = try await SlotFixtures.submit(s, "li.na", SlotFixtures.draft("新年的穿搭", slot: "2026-01-01T20:00"))
        try await s.worker.drain()
        let run = try #require(try await s.store.run(id: late))
        let booking = try await Self.booking(s, late)
        switch policy {
        case "expire":
            #expect(run.status == .expired)
            #expect(run.reason == "approved after the slot it asked for, Thu 1 Jan 20:00 (Asia/Shanghai) (late_approval: expire)")
            #expect(booking == nil)
            #expect(s.receiver.seen.isEmpty)
        case "publish-now":
            #expect(run.status == .completed)
            #expect(booking?.state == .fired && booking?.note?.contains("goes out now (late_approval: publish-now)") == true)
            #expect(s.receiver.seen.count == 1)
        default:
            #expect(run.status == .running)
            let b = try #require(booking)
            #expect(b.state == .booked && b.note?.hasPrefix("approved after the slot it asked for, Thu 1 Jan 20:00 (Asia/Shanghai); moved to the next free slot") == true, "\(b.note ?? "")")
            #expect(b.slotAt > Int64(Date().timeIntervalSince1970 * 1000))
            #expect(s.receiver.seen.isEmpty)
        }
        // A slot asked for in the future is the one booked.
        let planned = try await SlotFixtures.submit(s, "chen.jie", SlotFixtures.draft("六月的新品", slot: "2030-06-04T20:00"))
        try await s.worker.drain()
        let b = try #require(try await Self.booking(s, planned))
        #expect(b.slotAt == 1_906_804_800_000, "2030-06-04 20:00 in Shanghai is 12:00 UTC")
    }

    @Test(arguments: [false, true])
    func aSlotMissedWhileKosdWasDownFiresOnceWithinTheCatchUpWindowElseMoves(withinCatchUp: Bool) async throws {
        try await Exclusive.run {
            let s = try await SlotFixtures.setUp(calendar: """
                slots:
                  - cron: "*/10 * * * * *"
                catch_up: \(withinCatchUp ? "8s" : "1s")
                """)
            // Submit just after a slot, so the one booked is most of ten seconds away: the round that books it
            // (which goes on claiming what falls due) cannot run on into it, however busy the machine.
            let intoCycle = Int64(Date().timeIntervalSince1970 * 1000) % 10_000
            try await Task.sleep(for: .milliseconds(10_000 - intoCycle + 100))
            let run = try await SlotFixtures.submit(s, "li.na", SlotFixtures.draft("周五的穿搭"))
            // Until it is booked, and no further: its slot may be due a moment later.
            for _ in 0..<10 where try await Self.booking(s, run) == nil { try await s.worker.runOnce() }
            let first = try #require(try await Self.booking(s, run))
            // No worker runs until 2 s after the slot (8 s before the next): kosd was down.
            let wait = first.fireAt + 2000 - Int64(Date().timeIntervalSince1970 * 1000)
            if wait > 0 { try await Task.sleep(for: .milliseconds(wait)) }
            try await s.worker.drain()
            let all = try await s.store.bookings(calendar: "prime-time", from: 0, through: .max, creator: nil)
            if withinCatchUp {
                #expect(all.map(\.state) == [.fired])
                #expect(try await s.store.run(id: run)?.status == .completed)
            } else {
                // Missed, and moved to the next free slot. (A machine slow enough to let the next five-second slot
                // pass by more than the catch-up window as well misses that one too: each miss is recorded, none
                // is fired late.)
                let missed = all.dropLast()
                #expect(!missed.isEmpty && missed.allSatisfy { $0.state == .missed } && all.last?.state == .booked, "\(all.map(\.state))")
                #expect(all.first?.note?.contains("kosd was not running then, and the catch-up window (1s) has passed") == true)
                #expect(all.last?.note?.contains("moved to the next free slot") == true)
                #expect(s.receiver.seen.isEmpty, "a missed slot is not fired late")
                try await Self.runUntilDone(s, [run], seconds: Patience.seconds)
                let after = try await s.store.bookings(calendar: "prime-time", from: 0, through: .max, creator: nil).map(\.state)
                #expect(after.dropLast().allSatisfy { $0 == .missed } && after.count >= 2 && after.last == .fired, "\(after)")
                #expect(try await s.store.run(id: run)?.status == .completed)
            }
            #expect(s.receiver.seen.count == 1)
            #expect(try await s.store.completions(runID: run, stepIndex: 2).count == 1)
            #expect(try await s.store.verifyAudit() == nil)
        }
    }

    @Test func aWithdrawnPostGivesItsSlotBack() async throws {
        let s = try await SlotFixtures.setUp(calendar: """
            slots:
              - cron: "0 20 * * *"
            caps:
              - {per: creator, max: 1, window: 1d}
            """)
        let first = try await SlotFixtures.submit(s, "li.na", SlotFixtures.draft("周二的穿搭"))
        try await s.worker.drain()
        let firstBooking = try #require(try await Self.booking(s, first))
        let draftID = try #require(try await s.store.run(id: first)?.draftID)
        try await s.store.withdrawDraft(draftID: draftID, reason: "photo of a client", actor: "li.na")
        let second = try await SlotFixtures.submit(s, "li.na", SlotFixtures.draft("周五的穿搭"))
        try await s.worker.drain()
        #expect(try await Self.booking(s, second)?.slotAt == firstBooking.slotAt)
        #expect(try await Self.booking(s, first)?.state == .released)
    }

    /// A step whose work fails is that step's failure: it is put back with the reason and tried again later,
    /// and the worker goes on (a failure used to end the whole round, leaving every step to its lease).
    @Test func aStepThatFailsIsPutBackAndTheRoundGoesOn() async throws {
        let s = try await SlotFixtures.setUp(calendar: """
            slots:
              - cron: "0 20 * * *"
            """)
        let runs = [try await SlotFixtures.submit(s, "li.na", SlotFixtures.draft("穿搭 1")), try await SlotFixtures.submit(s, "chen.jie", SlotFixtures.draft("穿搭 2"))]
        // The bookings cannot be written: every slot step fails in the middle of its work.
        try await s.store.execute("DROP TABLE slot_bookings")
        try await s.worker.drain()
        let waiting = try await s.store.auditEntries().filter { $0.action == AuditAction.stepWaiting.rawValue && $0.details.contains("the step failed") }
        #expect(Set(waiting.map { String($0.subject.split(separator: "/").first ?? "") }) == Set(runs))
        for run in runs {
            #expect(try await s.store.run(id: run)?.status == .running)
            #expect(try await s.store.completions(runID: run, stepIndex: 1).count == 1, "the steps before it were committed")
        }
    }
}
