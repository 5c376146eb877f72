import Foundation
import KosCore
import KosSchedule
import KosTesting
import Testing

/// RRULE expansion, by hand on the rules a KOS calendar uses and against python-dateutil on 5,000 random rules.
@Suite struct RecurrenceScheduleTests {
    /// Local seconds of a wall-clock time written "2026-11-22T20:00:00".
    static func local(_ text: String) -> Int64 {
        Int64(ISO8601DateFormatter().date(from: text + "Z")!.timeIntervalSince1970)
    }

    static func expand(_ rule: String, from start: String, limit: Int = 5) throws -> [Int64] {
        RecurrenceSchedule(try RecurrenceRule(parsing: rule), start: local(start)).occurrences(limit: limit)
    }

    @Test func theFirstSaturdayOfEachMonth() throws {
        let dates = try Self.expand("FREQ=MONTHLY;BYDAY=1SA;BYHOUR=10;BYMINUTE=0", from: "2026-11-22T09:00:00", limit: 3)
        #expect(dates == ["2026-12-05T10:00:00", "2027-01-02T10:00:00", "2027-02-06T10:00:00"].map(Self.local))
    }

    @Test func theLastFridayAndTheLastWorkdayOfTheMonth() throws {
        #expect(try Self.expand("FREQ=MONTHLY;BYDAY=-1FR", from: "2026-11-01T20:00:00", limit: 2)
                == ["2026-11-27T20:00:00", "2026-12-25T20:00:00"].map(Self.local))
        #expect(try Self.expand("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", from: "2026-01-01T18:00:00", limit: 3)
                == ["2026-01-30T18:00:00", "2026-02-27T18:00:00", "2026-03-31T18:00:00"].map(Self.local))
    }

    @Test func countUntilAndIntervals() throws {
        #expect(try Self.expand("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,FR;COUNT=3", from: "2026-11-23T20:00:00", limit: 10)
                == ["2026-11-24T20:00:00", "2026-11-27T20:00:00", "2026-12-08T20:00:00"].map(Self.local))
        #expect(try Self.expand("FREQ=DAILY;UNTIL=20261125T200000", from: "2026-11-23T20:00:00", limit: 10).count == 3, "UNTIL is inclusive")
        #expect(try Self.expand("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", from: "2026-01-01T00:00:00", limit: 2)
                == ["2028-02-29T00:00:00", "2032-02-29T00:00:00"].map(Self.local), "a day some years lack is skipped in them")
    }

    /// What python-dateutil answers for these rules from these starts (optionally on a zone's clock), asked
    /// in the test.
    static func dateutil(_ cases: [(rule: String, start: Int64, zone: String?)], limit: Int) async throws -> [[Int64]?] {
        let input = cases.map { c in
            var object: [String: Any] = ["rule": c.rule, "start": c.start, "limit": limit]
            if let zone = c.zone { object["zone"] = zone }
            return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
        let peer = try await Subprocess.runDetached(CronScheduleTests.root.appendingPathComponent(".venv/bin/python").path, ["Tests/Support/rrule_peer.py"],
                                                    in: CronScheduleTests.root, stdin: input)
        #expect(peer.status == 0, "\(peer.err.suffix(2000))")
        return peer.out.split(separator: "\n").map { try? JSONDecoder().decode([Int64].self, from: Data($0.utf8)) }
    }

    /// WKST decides where a week starts, so which days an INTERVAL=2 rule skips: RFC 5545's own example
    /// (§3.3.10) and the 1997-09-02 case, with dateutil's answer beside ours.
    @Test func theWeekStartsOnWKST() async throws {
        let cases: [(rule: String, start: String, expected: [String])] = [
            ("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", "1997-08-05T09:00:00",
             ["1997-08-05T09:00:00", "1997-08-10T09:00:00", "1997-08-19T09:00:00", "1997-08-24T09:00:00"]),
            ("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", "1997-08-05T09:00:00",
             ["1997-08-05T09:00:00", "1997-08-17T09:00:00", "1997-08-19T09:00:00", "1997-08-31T09:00:00"]),
            ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU", "1997-09-02T09:00:00",
             ["1997-09-02T09:00:00", "1997-09-14T09:00:00", "1997-09-16T09:00:00"]),
        ]
        let theirs = try await Self.dateutil(cases.map { ($0.rule, Self.local($0.start), nil) }, limit: 3)
        for (c, their) in zip(cases, theirs) {
            let ours = try Self.expand(c.rule, from: c.start, limit: 3)
            #expect(ours == c.expected.prefix(3).map(Self.local), "\(c.rule)")
            #expect(ours == their, "\(c.rule): dateutil \(String(describing: their))")
        }
    }

    /// A UTC UNTIL is an instant: on a New York calendar, 1999-01-01 00:00 EST is 05:00 UTC, after
    /// UNTIL=19990101T000000Z, so that slot is not produced (dateutil agrees, asked with the zone).
    @Test func aUTCUntilIsAnInstant() async throws {
        let rule = "FREQ=DAILY;BYHOUR=0;BYMINUTE=0;UNTIL=19990101T000000Z"
        let clock = try #require(ZoneClock(identifier: "America/New_York"))
        let start = Self.local("1998-12-29T00:00:00")
        let ours = RecurrenceSchedule(try RecurrenceRule(parsing: rule), start: start, placing: { clock.instant(local: $0) }).occurrences(limit: 10)
        #expect(ours == ["1998-12-29T00:00:00", "1998-12-30T00:00:00", "1998-12-31T00:00:00"].map(Self.local))
        let theirs = try await Self.dateutil([(rule, start, "America/New_York")], limit: 10)
        #expect(theirs.first ?? nil == ours)
        // In Shanghai (UTC+8) the same UNTIL is 08:00 local: midnight of 1 January is still before it.
        let shanghai = try #require(ZoneClock(identifier: "Asia/Shanghai"))
        let east = RecurrenceSchedule(try RecurrenceRule(parsing: rule), start: start, placing: { shanghai.instant(local: $0) }).occurrences(limit: 10)
        #expect(east.last == Self.local("1999-01-01T00:00:00"))
        // A calendar places its rules on its clock: its slots stop at the instant too.
        let calendar = try CalendarScheduleTests.calendar(zone: "America/New_York",
                                                          slots: [CalendarScheduleTests.rrule("FREQ=DAILY;BYHOUR=0;BYMINUTE=0;UNTIL=20270101T000000Z")])
        let slots = calendar.slots(from: clock.instant(local: Self.local("2026-12-30T00:00:00")), through: clock.instant(local: Self.local("2027-01-05T00:00:00")))
        #expect(slots.map(\.local) == ["2026-12-30T00:00:00", "2026-12-31T00:00:00"].map(Self.local))
    }

    /// BYYEARDAY and BYWEEKNO, which retail calendars use ("week 48", "the 100th day"), and the rule parts RFC
    /// 5545 forbids in a frequency refused where they are written.
    @Test func daysOfTheYearAndWeekNumbers() async throws {
        let cases: [(rule: String, start: String)] = [
            ("FREQ=YEARLY;BYYEARDAY=1,100,-1;BYHOUR=10;BYMINUTE=0", "2026-01-01T00:00:00"),
            ("FREQ=YEARLY;BYWEEKNO=48;BYDAY=FR;BYHOUR=20;BYMINUTE=0", "2026-01-01T00:00:00"),
            ("FREQ=YEARLY;BYWEEKNO=1;BYHOUR=9;BYMINUTE=0", "2026-06-01T00:00:00"),
            ("FREQ=YEARLY;BYWEEKNO=-1;BYDAY=MO;WKST=SU", "2020-01-01T08:00:00"),
            ("FREQ=YEARLY;BYWEEKNO=20;WKST=SU;BYDAY=SU", "1997-01-01T09:00:00"),
        ]
        let theirs = try await Self.dateutil(cases.map { ($0.rule, Self.local($0.start), nil) }, limit: 8)
        for (c, their) in zip(cases, theirs) {
            #expect(try Self.expand(c.rule, from: c.start, limit: 8) == their, "\(c.rule) from \(c.start)")
        }
        // Week 48 of 2026 runs Monday 23 to Sunday 29 November: its Friday is the 27th.
        #expect(try Self.expand("FREQ=YEARLY;BYWEEKNO=48;BYDAY=FR;BYHOUR=20;BYMINUTE=0", from: "2026-01-01T00:00:00", limit: 1)
                == [Self.local("2026-11-27T20:00:00")])
        #expect {
            try RecurrenceRule(parsing: "FREQ=MONTHLY;BYWEEKNO=2")
        } throws: { error in
            (error as? RecurrenceRule.ParseError).map { $0.message == "BYWEEKNO needs FREQ=YEARLY (week numbers count within a year)" && $0.offset == 13 } ?? false
        }
        #expect(throws: RecurrenceRule.ParseError.self) { try RecurrenceRule(parsing: "FREQ=DAILY;BYYEARDAY=100") }
    }

    @Test func theOrdinalAndPlainWeekdaysOfOneListAddUp() throws {
        // RFC 5545: BYDAY=1FR,SA is the first Friday and every Saturday. (python-dateutil answers the days that are
        // both, which is none; a documented deviation.)
        let dates = try Self.expand("FREQ=MONTHLY;BYDAY=1FR,SA;BYHOUR=20;BYMINUTE=0", from: "2026-12-01T00:00:00", limit: 4)
        #expect(dates == ["2026-12-04T20:00:00", "2026-12-05T20:00:00", "2026-12-12T20:00:00", "2026-12-19T20:00:00"].map(Self.local))
    }

    static func randomRule(_ g: inout SeededGenerator) -> String {
        func n(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(g.next() % UInt64(r.count)) }
        func some(_ r: ClosedRange<Int>, _ k: ClosedRange<Int>) -> [Int] { Array(Set((0..<n(k)).map { _ in n(r) })).sorted() }
        let days = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
        let freq = ["YEARLY", "MONTHLY", "WEEKLY", "DAILY"][n(0...3)]
        var parts = ["FREQ=\(freq)"]
        if n(0...2) == 0 { parts.append("INTERVAL=\(n(2...4))") }
        if n(0...3) == 0 { parts.append("BYMONTH=" + some(1...12, 1...3).map(String.init).joined(separator: ",")) }
        if n(0...3) == 0 { parts.append("BYMONTHDAY=" + some(1...31, 1...2).map { n(0...4) == 0 ? String(-$0) : String($0) }.joined(separator: ",")) }
        if freq == "YEARLY", n(0...9) == 0 { parts.append("BYYEARDAY=" + some(1...366, 1...3).map { n(0...3) == 0 ? String(-$0) : String($0) }.joined(separator: ",")) }
        if freq == "YEARLY", n(0...9) == 0 { parts.append("BYWEEKNO=" + some(1...53, 1...2).map { n(0...3) == 0 ? String(-$0) : String($0) }.joined(separator: ",")) }
        if freq == "WEEKLY" || freq == "YEARLY", n(0...3) == 0 { parts.append("WKST=" + days[n(0...6)]) }
        var weekdays = 0
        if n(0...2) == 0 {
            // All with ordinals or none: dateutil reads a mixed list (1FR,SA) as an intersection, RFC 5545 as a
            // union (ours; see theOrdinalAndPlainWeekdaysOfOneListAddUp).
            let ordinals = (freq == "MONTHLY" || freq == "YEARLY") && n(0...2) == 0
            let chosen = some(0...6, 1...3)
            weekdays = chosen.count
            parts.append("BYDAY=" + chosen.map { d in (ordinals ? String([1, 2, 3, -1, -2][n(0...4)]) : "") + days[d] }.joined(separator: ","))
        }
        if n(0...2) == 0 { parts.append("BYHOUR=" + some(0...23, 1...2).map(String.init).joined(separator: ",")) }
        if n(0...3) == 0 { parts.append("BYMINUTE=" + some(0...59, 1...2).map(String.init).joined(separator: ",")) }
        // BYSETPOS picks among several candidates of a period, as calendars use it ("the last workday").
        if n(0...2) == 0, weekdays >= 2, freq == "MONTHLY" || freq == "YEARLY" { parts.append("BYSETPOS=" + [1, 2, -1, -2][n(0...3)].description) }
        if n(0...3) == 0 { parts.append("COUNT=\(n(1...15))") }
        return parts.joined(separator: ";")
    }

    @Test func fiveThousandRandomRulesAgreeWithDateutil() async throws {
        var g = SeededGenerator(seed: 5_122_026)
        var cases: [(rule: String, start: Int64)] = []
        let from = Self.local("2020-01-01T00:00:00"), span = Self.local("2032-01-01T00:00:00") - from
        while cases.count < 5000 {
            let rule = Self.randomRule(&g)
            guard (try? RecurrenceRule(parsing: rule)) != nil else { continue }
            cases.append((rule, from + Int64(g.next() % UInt64(span)) / 60 * 60))
        }
        let input = cases.map { "{\"rule\": \"\($0.rule)\", \"start\": \($0.start), \"limit\": 12}" }.joined(separator: "\n") + "\n"
        let peer = try await Subprocess.runDetached(CronScheduleTests.root.appendingPathComponent(".venv/bin/python").path, ["Tests/Support/rrule_peer.py"],
                                      in: CronScheduleTests.root, stdin: input)
        #expect(peer.status == 0, "\(peer.err.suffix(2000))")
        let theirs = peer.out.split(separator: "\n").map { try? JSONDecoder().decode([Int64].self, from: Data($0.utf8)) }
        try #require(theirs.count == cases.count)
        var differences: [String] = []
        var refused = 0
        for (c, their) in zip(cases, theirs) {
            guard let their else { refused += 1; continue }
            // The peer stops 50 years on (a rule that never matches would walk it to the year 9999); compare what
            // lies well inside that.
            let horizon = c.start + 45 * 365 * 86_400
            let ours = RecurrenceSchedule(try RecurrenceRule(parsing: c.rule), start: c.start).occurrences(limit: 12).filter { $0 < horizon }
            let theirs = their.filter { $0 < horizon }
            if ours != theirs {
                differences.append("\(c.rule) from \(c.start): ours \(ours.prefix(4)), dateutil \(theirs.prefix(4))")
            }
        }
        print("RRULE against dateutil: \(cases.count) rules, \(cases.count - differences.count - refused) identical, \(refused) refused by dateutil")
        #expect(refused == 0)
        #expect(differences.isEmpty, "\(differences.count) differences, e.g.:\n\(differences.prefix(30).joined(separator: "\n"))")
    }
}
