import Foundation
import KosCore
import KosSchedule
import Testing

/// A calendar's slots, blackouts, caps, jitter and a dry run, on the boutique's prime time and on a Paris
/// calendar across the clock changes.
@Suite struct CalendarScheduleTests {
    static func calendar(zone: String = "Asia/Shanghai", slots: [KosCore.Calendar.Slot] = [], extra: [String] = [], caps: [KosCore.Calendar.Cap] = [],
                         blackouts: [KosCore.Calendar.Window] = [], jitter: KosCore.Calendar.Jitter = .none) throws -> CalendarSchedule {
        let c = KosCore.Calendar(id: "prime-time", description: "", timeZone: zone, slots: slots, extraSlots: extra, caps: caps, blackouts: blackouts,
                         embargoes: [], jitter: jitter, lateApproval: .nextSlot, catchUp: .hours(1),
                         source: SourceRef(file: "calendar.yaml", location: SourceLocation(line: 1, column: 1)))
        return try #require(CalendarSchedule(c))
    }

    static func cron(_ text: String, _ platforms: [Platform] = []) throws -> KosCore.Calendar.Slot {
        KosCore.Calendar.Slot(rule: .cron(try CronExpression(parsing: text)), platforms: platforms)
    }

    static func rrule(_ text: String, _ platforms: [Platform] = []) throws -> KosCore.Calendar.Slot {
        KosCore.Calendar.Slot(rule: .rrule(try RecurrenceRule(parsing: text)), platforms: platforms)
    }

    static func utc(_ text: String) -> Int64 { Int64(ISO8601DateFormatter().date(from: text)!.timeIntervalSince1970) }

    static let creator = PostRequest(creator: "li.na", store: "SH-IFC", platforms: ["xiaohongshu"], campaign: nil)

    @Test func primeTimeMergesCronRRuleAndExtraSlotsAndMarksBlackouts() throws {
        let s = try Self.calendar(slots: [try Self.cron("0 20 * * TUE,FRI"), try Self.rrule("FREQ=MONTHLY;BYDAY=1SA;BYHOUR=11;BYMINUTE=0", [.xiaohongshu])],
                                  extra: ["2026-12-03T18:30"],
                                  blackouts: [KosCore.Calendar.Window(from: "2026-12-24T00:00", to: "2026-12-26T23:59", reason: "the house's own campaign")])
        let slots = s.slots(from: Self.utc("2026-11-30T00:00:00Z"), through: Self.utc("2026-12-26T16:00:00Z"))
        let locals = slots.map { LocalTime.format($0.local) }
        #expect(Array(locals.prefix(5)) == ["2026-12-01T20:00", "2026-12-03T18:30", "2026-12-04T20:00", "2026-12-05T11:00", "2026-12-08T20:00"])
        #expect(slots[3].platforms == ["xiaohongshu"] && slots[3].source.hasPrefix("rrule"))
        #expect(slots[1].source == "extra")
        // Christmas Day is a Friday: its slot is there, marked with the blackout's reason.
        let christmas = try #require(slots.first { LocalTime.format($0.local) == "2026-12-25T20:00" })
        #expect(christmas.blackout == "the house's own campaign")
        #expect(slots.filter { $0.blackout != nil }.count == 1)
    }

    @Test func aSlotInsideTheSpringGapFiresOnceAndARepeatedHourOnce() throws {
        // Paris: 2027-03-28 02:00 jumps to 03:00; 2027-10-31 03:00 falls back to 02:00.
        let s = try Self.calendar(zone: "Europe/Paris", slots: [try Self.cron("30 2 * * *")])
        let spring = s.slots(from: Self.utc("2027-03-27T00:00:00Z"), through: Self.utc("2027-03-29T12:00:00Z"))
        #expect(spring.map(\.at) == [Self.utc("2027-03-27T01:30:00Z"), Self.utc("2027-03-28T01:00:00Z"), Self.utc("2027-03-29T00:30:00Z")])
        #expect(spring[1].clockNote?.contains("clocks go forward") == true, "\(spring[1])")
        #expect(spring[0].clockNote == nil)
        let autumn = s.slots(from: Self.utc("2027-10-30T12:00:00Z"), through: Self.utc("2027-10-31T12:00:00Z"))
        #expect(autumn.map(\.at) == [Self.utc("2027-10-31T00:30:00Z")], "02:30 happens twice; the slot fires at the first")
        #expect(autumn[0].clockNote?.contains("happens twice") == true)
    }

    /// A rule set (RFC 5545 EXDATE and RDATE): every Friday at 20:00 but Christmas Day, plus Christmas Eve at
    /// 18:00, as python-dateutil's rruleset answers it; a date alone leaves out the whole day.
    @Test func exceptAndAddedDatesMakeARuleSet() async throws {
        let rule = "FREQ=WEEKLY;BYDAY=FR;BYHOUR=20;BYMINUTE=0"
        var slot = try Self.rrule(rule)
        slot.exdates = ["2026-12-25T20:00", "2027-01-01"]
        slot.rdates = ["2026-12-24T18:00"]
        let s = try Self.calendar(slots: [slot])
        let from = s.clock.instant(local: LocalTime.parse("2026-12-10T00:00")!), through = s.clock.instant(local: LocalTime.parse("2027-01-10T00:00")!)
        let ours = s.slots(from: from, through: through).map { LocalTime.format($0.local) }
        #expect(ours == ["2026-12-11T20:00", "2026-12-18T20:00", "2026-12-24T18:00", "2027-01-08T20:00"])
        let set = "RRULE:\(rule)\nEXDATE:20261225T200000,20270101T200000\nRDATE:20261224T180000"
        let theirs = try await RecurrenceScheduleTests.dateutil([(set, CalendarSchedule.recurrenceAnchor, nil)], limit: 400)
        let window = try #require(theirs.first ?? nil).filter { $0 >= LocalTime.parse("2026-12-10T00:00")! && $0 <= LocalTime.parse("2027-01-10T00:00")! }
        #expect(window.map(LocalTime.format) == ours)
        // Cron slots take them too.
        var friday = try Self.cron("0 20 * * FRI")
        friday.exdates = ["2026-12-25"]
        let c = try Self.calendar(slots: [friday])
        #expect(!c.slots(from: from, through: through).map { LocalTime.format($0.local) }.contains("2026-12-25T20:00"))
    }

    /// An embargo's findings carry the name the compliance officer gave it, else one made from its first product.
    @Test func embargoRulesAreNamedAsWrittenOrAfterTheirProduct() {
        let embargoes = [KosCore.Calendar.Embargo(products: ["SKU-RUN-2026-AJ"], until: "2026-12-05T10:00", reason: "", id: "velocity-9-launch"),
                         .init(products: ["Velocity 9", "SKU-V9"], until: "2026-12-05T10:00", reason: ""),
                         .init(products: ["限量款"], until: "2026-12-05T10:00", reason: ""),
                         .init(products: ["VELOCITY  9!"], until: "2027-01-05T10:00", reason: "")]
        #expect(GuidelinePack.embargoIDs(embargoes) == ["velocity-9-launch", "velocity-9", "embargo-3", "velocity-9-2"])
    }

    @Test func capsHoldInEverySlidingWindow() {
        let week = KosCore.Calendar.Cap(per: .creator, max: 3, window: .days(7))
        let day: Int64 = 86_400
        var ledger = CapLedger(caps: [week])
        for d: Int64 in [0, 2, 4] { ledger.add(BookedPost(at: d * day, post: Self.creator)) }
        #expect(ledger.violation(for: Self.creator, at: 6 * day)?.contains("li.na already has 3 posts within 7d") == true)
        // Day 7 starts a window [1, 8) holding days 2 and 4 only — but [0, 7) is not involved, so it fits.
        #expect(ledger.violation(for: Self.creator, at: 7 * day) == nil)
        // Before the first post: [-3, 4) holds days 0 and 2; adding -3 makes 3 — fits; -1 makes [−1, 6) hold 4 — does not.
        #expect(ledger.violation(for: Self.creator, at: -3 * day) == nil)
        #expect(ledger.violation(for: Self.creator, at: -1 * day) != nil)
        // Another associate is not counted against li.na; a store cap counts both.
        let other = PostRequest(creator: "chen.jie", store: "SH-IFC", platforms: ["douyin"], campaign: nil)
        #expect(ledger.violation(for: other, at: 6 * day) == nil)
        var stores = CapLedger(caps: [KosCore.Calendar.Cap(per: .store, max: 2, window: .days(1))], posts: [BookedPost(at: 0, post: Self.creator)])
        stores.add(BookedPost(at: 3600, post: other))
        #expect(stores.violation(for: Self.creator, at: 7200)?.contains("store SH-IFC") == true)
        let elsewhere = PostRequest(creator: "wu.lei", store: "BJ-SKP", platforms: ["douyin"], campaign: nil)
        #expect(stores.violation(for: elsewhere, at: 7200) == nil)
        // A platform cap counts a post once on each of its platforms.
        let platforms = CapLedger(caps: [KosCore.Calendar.Cap(per: .platform, max: 1, window: .hours(1))],
                                  posts: [BookedPost(at: 0, post: PostRequest(creator: "a", store: nil, platforms: ["douyin", "weibo"], campaign: nil))])
        #expect(platforms.violation(for: PostRequest(creator: "b", store: nil, platforms: ["weibo"], campaign: nil), at: 60) != nil)
        #expect(platforms.violation(for: PostRequest(creator: "b", store: nil, platforms: ["xiaohongshu"], campaign: nil), at: 60) == nil)
    }

    @Test func aPostThatDoesNotFitMovesToTheNextSlotAndSaysWhy() throws {
        let s = try Self.calendar(slots: [try Self.cron("0 20 * * TUE,FRI"), try Self.cron("0 11 * * SAT", [.douyin])],
                                  caps: [KosCore.Calendar.Cap(per: .creator, max: 1, window: .days(3))],
                                  blackouts: [KosCore.Calendar.Window(from: "2026-12-04T00:00", to: "2026-12-04T23:59", reason: "store event")])
        let booked = [BookedPost(at: Self.utc("2026-12-01T12:00:00Z"), post: Self.creator)]   // Tue 1 Dec 20:00 Shanghai
        let plan = SlotPlanner(schedule: s).plan(Self.creator, from: Self.utc("2026-11-30T00:00:00Z"), ledger: CapLedger(caps: s.calendar.caps, posts: booked), seed: "r-1")
        let choice = try #require(plan.choice)
        #expect(LocalTime.format(choice.slot.local) == "2026-12-08T20:00")
        #expect(plan.skipped.map(\.reason) == [
            "cap reached: li.na already has 1 post within 3d (at most 1 per creator)",   // Tue 1 Dec
            "blackout: store event",                                                     // Fri 4 Dec
            "slot is for douyin only",                                                   // Sat 5 Dec
        ])
        #expect(choice.fireAtMillis == choice.slot.at * 1000, "no jitter configured")
        // A hold (an embargo) keeps it out of slots before its lift.
        let held = SlotPlanner(schedule: s).plan(Self.creator, from: Self.utc("2026-11-30T00:00:00Z"), ledger: CapLedger(caps: []),
                                                 holds: [.init(until: Self.utc("2026-12-09T00:00:00Z"), reason: "embargo on SKU-ARCO-33")], seed: "r-1")
        #expect(held.choice.map { LocalTime.format($0.slot.local) } == "2026-12-11T20:00")
        #expect(held.skipped.contains { $0.reason == "embargo on SKU-ARCO-33" })
    }

    /// A post made from a campaign kit takes only the named slots its kit allows; slots of two entries at one
    /// instant carry both names.
    @Test func aKitPostTakesOnlyTheNamedSlotsItsKitAllows() throws {
        var evening = try Self.cron("0 20 * * TUE,FRI"), saturday = try Self.cron("0 11 * * SAT"), daily = try Self.cron("0 20 * * *")
        evening.id = "weekday-evening"
        saturday.id = "saturday-late-morning"
        daily.id = "daily-evening"
        let s = try Self.calendar(slots: [evening, saturday, daily])
        let kitPost = PostRequest(creator: "li.na", store: "SH-IFC", platforms: ["xiaohongshu"], campaign: nil, slotIDs: ["saturday-late-morning"])
        // From Monday 30 Nov: Mon 20:00, Tue 20:00 (both evening entries), Wed, Thu, Fri 20:00 pass; Sat 5 Dec 11:00 is taken.
        let plan = SlotPlanner(schedule: s).plan(kitPost, from: Self.utc("2026-11-30T00:00:00Z"), ledger: CapLedger(caps: []), seed: "r-1")
        #expect(plan.choice.map { LocalTime.format($0.slot.local) } == "2026-12-05T11:00")
        #expect(plan.skipped.count == 5 && plan.skipped.allSatisfy { $0.reason == "the campaign kit's posts take only the slots saturday-late-morning" },
                "\(plan.skipped.map(\.reason))")
        #expect(plan.skipped[1].slot.ids == ["weekday-evening", "daily-evening"])
        // Allowed the weekday evenings, it takes Tuesday's; any other post takes Monday's.
        var weekday = kitPost
        weekday.slotIDs = ["weekday-evening"]
        #expect(SlotPlanner(schedule: s).plan(weekday, from: Self.utc("2026-11-30T00:00:00Z"), ledger: CapLedger(caps: []), seed: "r-1")
            .choice.map { LocalTime.format($0.slot.local) } == "2026-12-01T20:00")
        #expect(SlotPlanner(schedule: s).plan(Self.creator, from: Self.utc("2026-11-30T00:00:00Z"), ledger: CapLedger(caps: []), seed: "r-1")
            .choice.map { LocalTime.format($0.slot.local) } == "2026-11-30T20:00")
    }

    @Test func jitterIsBoundedStablePerCreatorAndNeverPastTheNextSlot() {
        let slot: Int64 = 1_000_000, next: Int64 = slot + 120
        let perCreator = (0..<500).map { SlotPlanner.jitter(.perCreator(max: .minutes(10)), slot: slot, next: nil, creator: "associate-\($0)", seed: "x") }
        #expect(perCreator.allSatisfy { (0...600_000).contains($0) })
        #expect(Set(perCreator).count > 300, "500 associates spread over ten minutes, not bunched")
        #expect(SlotPlanner.jitter(.perCreator(max: .minutes(10)), slot: slot, next: nil, creator: "li.na", seed: "a")
                == SlotPlanner.jitter(.perCreator(max: .minutes(10)), slot: slot + 86_400, next: nil, creator: "li.na", seed: "b"))
        let random = (0..<500).map { SlotPlanner.jitter(.random(max: .minutes(5)), slot: slot, next: next, creator: "li.na", seed: "run-\($0)") }
        #expect(random.allSatisfy { (0...119_999).contains($0) }, "never at or past the next slot")
        #expect(Set(random).count > 60)
    }

    @Test func theDryRunExplainsEverySlot() throws {
        let s = try Self.calendar(slots: [try Self.cron("0 20 * * TUE,FRI")], caps: [KosCore.Calendar.Cap(per: .creator, max: 1, window: .days(4))],
                                  jitter: .perCreator(max: .minutes(10)))
        let chen = PostRequest(creator: "chen.jie", store: "SH-IFC", platforms: ["xiaohongshu"], campaign: nil)
        let rows = CalendarSimulation.run(s, from: Self.utc("2026-11-30T00:00:00Z"), through: Self.utc("2026-12-07T00:00:00Z"), demand: [Self.creator, chen])
        #expect(rows.count == 2)
        #expect(rows[0].outcomes.allSatisfy { $0.fireAtMillis != nil })
        #expect(rows[1].outcomes.allSatisfy { $0.reason?.hasPrefix("cap reached") == true }, "Tue and Fri are 3 days apart")
        for o in rows[0].outcomes { #expect(o.fireAtMillis! >= rows[0].slot.at * 1000 && o.fireAtMillis! <= rows[0].slot.at * 1000 + 600_000) }
    }

    @Test func localTimesAreReadStrictly() {
        #expect(LocalTime.parse("2026-12-01T20:00") == Self.utc("2026-12-01T20:00:00Z"))
        #expect(LocalTime.parse("2026-12-01T20:00:30") == Self.utc("2026-12-01T20:00:30Z"))
        for bad in ["2026-02-30T10:00", "2026-12-01", "2026-12-01T24:00", "２０２６-12-01T20:00", "2026-12-01T20:00Z", ""] {
            #expect(LocalTime.parse(bad) == nil, "\(bad)")
        }
        #expect(LocalTime.format(Self.utc("2026-12-01T20:00:00Z")) == "2026-12-01T20:00")
        #expect(LocalTime.readable(Self.utc("2026-12-01T20:00:00Z")) == "Tue 1 Dec 20:00")
    }
}
