public import KosCore

/// Local wall-clock date-times as written in calendars (`2026-12-24T00:00`, seconds optional), as seconds since
/// 1970-01-01T00:00 on that wall clock.
public enum LocalTime {
    public static func parse(_ text: String) -> Int64? {
        let u = Array(text.utf8)
        guard u.count == 16 || u.count == 19, u[4] == 45, u[7] == 45, u[10] == 84 || u[10] == 32, u[13] == 58,
              u.count == 16 || u[16] == 58 else { return nil }
        func number(_ r: Range<Int>) -> Int64? {
            var n: Int64 = 0
            for i in r {
                guard (48...57).contains(u[i]) else { return nil }
                n = n * 10 + Int64(u[i] - 48)
            }
            return n
        }
        guard let y = number(0..<4), let mo = number(5..<7), let d = number(8..<10), let h = number(11..<13),
              let mi = number(14..<16), (1...12).contains(mo), (1...Civil.daysIn(year: y, month: mo)).contains(d),
              h < 24, mi < 60 else { return nil }
        let s = u.count == 19 ? number(17..<19) : 0
        guard let s, s < 60 else { return nil }
        return Civil.days(year: y, month: mo, day: d) * 86_400 + h * 3600 + mi * 60 + s
    }

    /// `2026-12-01T20:00` (seconds shown only when not zero).
    public static func format(_ local: Int64) -> String {
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let (y, mo, d) = Civil.date(days: day)
        let sod = local - day * 86_400
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var text = "\(y)-\(two(mo))-\(two(d))T\(two(sod / 3600)):\(two(sod % 3600 / 60))"
        if sod % 60 != 0 { text += ":\(two(sod % 60))" }
        return text
    }

    /// `Tue 1 Dec 20:00`, for messages a reviewer reads.
    public static func readable(_ local: Int64) -> String {
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let (_, mo, d) = Civil.date(days: day)
        let weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][Int(Civil.weekday(days: day))]
        let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Int(mo) - 1]
        return "\(weekday) \(d) \(month) \(String(format(local).suffix(format(local).count - 11)))"
    }
}

/// One slot of a calendar: when it is, for which platforms, and where it comes from.
public struct SlotInstant: Sendable, Hashable {
    /// Seconds since 1970 (UTC).
    public var at: Int64
    /// The wall-clock time in the calendar's zone at `at`.
    public var local: Int64
    /// The platforms the slot is for; empty means any.
    public var platforms: [String]
    /// `cron 0 20 * * TUE,FRI`, `rrule FREQ=…`, or `extra`.
    public var source: String
    /// The names (`id`) of the calendar's slot entries at this instant.
    public var ids: [String] = []
    /// What a clock change did to it, when one did.
    public var clockNote: String?
    /// The blackout it falls in, if any: nothing is published inside.
    public var blackout: String?

    /// Whether a post to `platforms` may use this slot: the slot is for any platform or for all of them.
    public func admits(_ postPlatforms: [String]) -> Bool {
        platforms.isEmpty || postPlatforms.allSatisfy(platforms.contains)
    }
}

/// A calendar's slots on its zone's wall clock: cron and RRULE slots and one-off extra slots, merged in time
/// order, with blackouts marked. Pure: a function of the calendar and the period asked about.
///
/// An RRULE slot has no DTSTART of its own: it is counted from Monday 2024-01-01 00:00 in the calendar's
/// zone, so `INTERVAL=2` weeks alternate from that week and `COUNT`/`UNTIL` count from there; a rule without
/// `BYHOUR`/`BYMINUTE` is at midnight.
public struct CalendarSchedule: Sendable {
    public let calendar: KosCore.Calendar
    public let clock: ZoneClock
    let rules: [(source: String, platforms: [String], id: String?, next: @Sendable (Int64, Int64) -> [Int64])]
    let extras: [Int64]
    public let blackouts: [(from: Int64, to: Int64, reason: String)]
    /// The RRULE anchor, local seconds: Monday 2024-01-01 00:00.
    public static let recurrenceAnchor: Int64 = Civil.days(year: 2024, month: 1, day: 1) * 86_400

    public init?(_ calendar: KosCore.Calendar) {
        guard let clock = ZoneClock(identifier: calendar.timeZone) else { return nil }
        self.calendar = calendar
        self.clock = clock
        var rules: [(String, [String], @Sendable (Int64, Int64) -> [Int64])] = []
        for slot in calendar.slots {
            let platforms = slot.platforms.map(\.rawValue)
            switch slot.rule {
            case .cron(let expression):
                let schedule = CronSchedule(expression, clock: clock)
                rules.append(("cron \(expression.source)", platforms, { from, to in
                    var out: [Int64] = []
                    var t = from - 1
                    while let n = schedule.next(after: t), n <= to {
                        out.append(n)
                        t = n
                        if out.count >= 100_000 { break }
                    }
                    return out
                }))
            case .rrule(let rule):
                let schedule = RecurrenceSchedule(rule, start: Self.recurrenceAnchor, placing: { clock.instant(local: $0) })
                rules.append(("rrule \(rule.source)", platforms, { from, to in
                    // Local bounds a day wider than the instants, then placed on the zone's clock.
                    schedule.occurrences(fromLocal: clock.local(from) - 86_400, throughLocal: clock.local(to) + 86_400)
                        .map { clock.instant(local: $0) }.filter { $0 >= from && $0 <= to }
                }))
            }
            // EXDATE and RDATE: a rule set, as RFC 5545 has it (every Friday, except 25 December).
            if !slot.exdates.isEmpty || !slot.rdates.isEmpty, let (source, platforms, occurrences) = rules.popLast() {
                // A date (2026-12-25) leaves out the whole day; a date-time, that one occurrence.
                let excludedDays = Set(slot.exdates.compactMap { LocalTime.parse($0 + "T00:00").map { $0 / 86_400 } })
                let excludedTimes = Set(slot.exdates.compactMap { LocalTime.parse($0) })
                let added = slot.rdates.compactMap { LocalTime.parse($0).map(clock.instant(local:)) }
                rules.append((source, platforms, { from, to in
                    let kept = occurrences(from, to).filter { at in
                        let local = clock.local(at)
                        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
                        return !excludedTimes.contains(local) && !excludedDays.contains(day)
                    }
                    return Array(Set(kept + added.filter { $0 >= from && $0 <= to })).sorted()
                }))
            }
        }
        self.rules = zip(rules, calendar.slots).map { (source: $0.0, platforms: $0.1, id: $1.id, next: $0.2) }
        extras = calendar.extraSlots.compactMap { LocalTime.parse($0).map(clock.instant(local:)) }.sorted()
        blackouts = calendar.blackouts.compactMap { w in
            guard let from = LocalTime.parse(w.from), let to = LocalTime.parse(w.to) else { return nil }
            // `to` is inclusive to the end of the minute it names.
            let end = clock.instant(local: to) + (to % 60 == 0 ? 59 : 0)
            return (clock.instant(local: from), end, w.reason.isEmpty ? "blackout" : w.reason)
        }
    }

    /// The blackout covering an instant, if any.
    public func blackout(at instant: Int64) -> String? {
        blackouts.first { instant >= $0.from && instant <= $0.to }?.reason
    }

    /// Every slot from `from` through `through` (seconds, inclusive), in time order, at most 100,000 of each rule;
    /// slots of several rules at the same instant are one slot (their platforms together; any-platform wins).
    public func slots(from: Int64, through: Int64) -> [SlotInstant] {
        guard from <= through else { return [] }
        var byInstant: [Int64: SlotInstant] = [:]
        func add(_ at: Int64, _ source: String, _ platforms: [String], _ id: String?) {
            if var existing = byInstant[at] {
                existing.platforms = existing.platforms.isEmpty || platforms.isEmpty ? [] : Array(Set(existing.platforms + platforms)).sorted()
                existing.source += ", " + source
                if let id { existing.ids.append(id) }
                byInstant[at] = existing
            } else {
                byInstant[at] = SlotInstant(at: at, local: clock.local(at), platforms: platforms, source: source, ids: id.map { [$0] } ?? [],
                                            clockNote: clockNote(at), blackout: blackout(at: at))
            }
        }
        for rule in rules {
            for at in rule.next(from, through) { add(at, rule.source, rule.platforms, rule.id) }
        }
        for at in extras where at >= from && at <= through { add(at, "extra", [], nil) }
        return byInstant.values.sorted { $0.at < $1.at }
    }

    /// The first slot strictly after `instant`, looking up to `horizon` seconds ahead.
    public func slot(after instant: Int64, horizon: Int64 = 366 * 86_400) -> SlotInstant? {
        var found: SlotInstant?
        forEachWindow(from: instant + 1, through: instant + horizon) { slots in
            found = slots.first
            return found == nil
        }
        return found
    }

    /// The slots from `from` through `through` (seconds), a window at a time in time order, until `body` returns
    /// false. Windows start at an hour and double, so a calendar with a slot every second is not expanded for weeks
    /// to find its next slot.
    func forEachWindow(from: Int64, through: Int64, _ body: ([SlotInstant]) -> Bool) {
        var start = from
        var span: Int64 = 3600
        while start <= through {
            let end = min(start + span, through)
            if !body(slots(from: start, through: end)) { return }
            start = end + 1
            span *= 2
        }
    }

    /// What the zone's clock does at a slot: the first instant after clocks go forward (slots written inside the
    /// gap fire here, once), or the first of a repeated hour (a slot there fires once, not twice).
    func clockNote(_ at: Int64) -> String? {
        let before = clock.offset(at: at - 1), now = clock.offset(at: at)
        if now > before {
            return tr("clocks go forward at \(LocalTime.format(clock.local(at) - (now - before))) (\(calendar.timeZone)); slots written inside the gap fire once, at \(LocalTime.format(clock.local(at)))")
        }
        let later = clock.offset(at: at + 7200)
        if later < now, at + (now - later) > at, clock.local(at + (now - later)) == clock.local(at) {
            return tr("\(LocalTime.format(clock.local(at))) happens twice (clocks go back, \(calendar.timeZone)); the slot fires once, at the first")
        }
        return nil
    }
}
