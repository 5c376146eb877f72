public import KosCore

/// An RFC 5545 recurrence rule expanded from a start on the wall clock (`DTSTART`), as python-dateutil's
/// `rrule` and calendar applications expand it: the start supplies the month, day, weekday, hour and minute a
/// rule leaves open; each period (year, month, week from Monday, day, hour, minute) gives its candidate times,
/// BYSETPOS picks among them; times before the start are skipped; COUNT counts from the start, UNTIL is
/// inclusive. Weeks start on WKST (Monday unless given), for WEEKLY periods and BYWEEKNO alike. Times are
/// local wall-clock seconds since 1970; `ZoneClock.instant(local:)` places them. A UTC UNTIL (`…Z`) is an
/// instant: given the zone's clock (`placing`), each occurrence is compared with it where it falls.
public struct RecurrenceSchedule: Sendable {
    public let rule: RecurrenceRule
    public let start: Int64
    let byMonth: Set<Int>
    let byMonthDay: [Int]
    let byDay: [RecurrenceRule.WeekdayNum]
    let hours: [Int64]
    let minutes: [Int64]
    let second: Int64
    let until: Int64?
    /// Local seconds to instants, for a UTC UNTIL; nil reads it on the local clock.
    let placing: (@Sendable (Int64) -> Int64)?

    public init(_ rule: RecurrenceRule, start: Int64, placing: (@Sendable (Int64) -> Int64)? = nil) {
        self.placing = placing
        self.rule = rule
        self.start = start
        let day = start >= 0 ? start / 86_400 : (start - 86_399) / 86_400
        let (_, month, dayOfMonth) = Civil.date(days: day)
        let secondOfDay = start - day * 86_400
        var byMonth = Set(rule.byMonth)
        var byMonthDay = rule.byMonthDay
        var byDay = rule.byDay
        // What the start supplies when no day part is given (as dateutil and calendar applications do).
        let noDayPart = rule.byMonthDay.isEmpty && rule.byDay.isEmpty && rule.byYearDay.isEmpty && rule.byWeekNo.isEmpty
        switch rule.frequency {
        case .yearly where noDayPart:
            if byMonth.isEmpty { byMonth = [Int(month)] }
            byMonthDay = [Int(dayOfMonth)]
        case .monthly where noDayPart:
            byMonthDay = [Int(dayOfMonth)]
        case .weekly where noDayPart:
            byDay = [.init(weekday: Int(Civil.weekday(days: day)), ordinal: nil)]
        default: break
        }
        self.byMonth = byMonth
        self.byMonthDay = byMonthDay
        self.byDay = byDay
        let subDaily = rule.frequency == .hourly || rule.frequency == .minutely
        hours = rule.byHour.isEmpty ? (subDaily ? Array(0...23) : [secondOfDay / 3600]) : rule.byHour.sorted().map(Int64.init)
        minutes = rule.byMinute.isEmpty ? (rule.frequency == .minutely ? Array(0...59) : [secondOfDay % 3600 / 60]) : rule.byMinute.sorted().map(Int64.init)
        second = secondOfDay % 60
        until = rule.until.flatMap(Self.localTime)
    }

    /// `20261231`, `20261231T235959` or `…Z` as seconds since 1970 on the clock it is written on (local, or UTC).
    static func localTime(_ text: String) -> Int64? {
        let u = Array(text.utf8).map { Int64($0) - 48 }
        func number(_ r: Range<Int>) -> Int64 { r.reduce(0) { $0 * 10 + u[$1] } }
        guard u.count >= 8 else { return nil }
        let days = Civil.days(year: number(0..<4), month: number(4..<6), day: number(6..<8))
        return days * 86_400 + (u.count >= 15 ? number(9..<11) * 3600 + number(11..<13) * 60 + number(13..<15) : 0)
    }

    /// Whether a day passes the rule's day filters; `ordinalScope` is the month or year BYDAY ordinals count in.
    func dayMatches(days: Int64, year: Int64, month: Int64, day: Int64) -> Bool {
        if !byMonth.isEmpty, !byMonth.contains(Int(month)) { return false }
        if !rule.byYearDay.isEmpty {
            let jan1 = Civil.days(year: year, month: 1, day: 1)
            let length = Civil.days(year: year + 1, month: 1, day: 1) - jan1
            let n = days - jan1 + 1
            guard rule.byYearDay.contains(where: { $0 > 0 ? Int64($0) == n : length + 1 + Int64($0) == n }) else { return false }
        }
        if !byMonthDay.isEmpty {
            let dim = Civil.daysIn(year: year, month: month)
            guard byMonthDay.contains(where: { $0 > 0 ? Int64($0) == day : dim + 1 + Int64($0) == day }) else { return false }
        }
        if !byDay.isEmpty {
            let weekday = Int(Civil.weekday(days: days))
            // Ordinals count within the month (MONTHLY, or YEARLY with BYMONTH), else within the year.
            let inMonth = rule.frequency != .yearly || !rule.byMonth.isEmpty
            let first = inMonth ? Civil.days(year: year, month: month, day: 1) : Civil.days(year: year, month: 1, day: 1)
            let last = inMonth ? first + Civil.daysIn(year: year, month: month) - 1 : Civil.days(year: year + 1, month: 1, day: 1) - 1
            let matched = byDay.contains { d in
                guard d.weekday == weekday else { return false }
                guard let n = d.ordinal, rule.frequency == .monthly || rule.frequency == .yearly else { return true }
                return n > 0 ? (days - first) / 7 + 1 == Int64(n) : (last - days) / 7 + 1 == Int64(-n)
            }
            if !matched { return false }
        }
        return true
    }

    /// The first `limit` occurrences (fewer when COUNT or UNTIL ends the rule first), in local seconds.
    public func occurrences(limit: Int, horizonYears: Int64 = 200) -> [Int64] {
        var out: [Int64] = []
        expand(fromPeriod: 0, horizonYears: horizonYears) { t in
            out.append(t)
            return out.count < limit
        }
        return out
    }

    /// The occurrences from `fromLocal` through `throughLocal` (local seconds, inclusive). Without COUNT the
    /// expansion starts at the period holding `fromLocal` instead of at the rule's start.
    public func occurrences(fromLocal: Int64, throughLocal: Int64, limit: Int = 100_000) -> [Int64] {
        var out: [Int64] = []
        guard throughLocal >= start else { return out }
        var first: Int64 = 0
        if rule.count == nil, fromLocal > start {
            let startDay = start >= 0 ? start / 86_400 : (start - 86_399) / 86_400
            let fromDay = fromLocal / 86_400
            let (y0, m0, _) = Civil.date(days: startDay), (y1, m1, _) = Civil.date(days: fromDay)
            let interval = Int64(rule.interval)
            switch rule.frequency {
            case .yearly: first = (y1 - y0) / interval
            case .monthly: first = ((y1 - y0) * 12 + m1 - m0) / interval
            case .weekly: first = (fromDay - startDay) / (7 * interval)
            case .daily: first = (fromDay - startDay) / interval
            case .hourly: first = (fromLocal - start) / (3600 * interval)
            case .minutely: first = (fromLocal - start) / (60 * interval)
            }
            first = max(0, first - 1)
        }
        let horizon = (throughLocal - start) / (365 * 86_400) + 2
        expand(fromPeriod: first, horizonYears: horizon) { t in
            if t > throughLocal { return false }
            if t >= fromLocal { out.append(t) }
            return out.count < limit
        }
        return out
    }

    /// The days of `year` in the weeks BYWEEKNO names, weeks starting on `wkst` (0 = Sunday): week 1 is the
    /// first with four or more days of the year; days of the year in next year's week 1 or last year's last
    /// week count as those (python-dateutil's reading of RFC 5545, which calendar tools share).
    static func weekNumberDays(year: Int64, weeks: [Int], weekStart: Int) -> Set<Int64> {
        func mod7(_ v: Int) -> Int { ((v % 7) + 7) % 7 }
        let wkst = mod7(weekStart - 1)  // Monday = 0 from here on
        let jan1 = Civil.days(year: year, month: 1, day: 1)
        let yearLength = Int(Civil.days(year: year + 1, month: 1, day: 1) - jan1)
        let yearWeekday = mod7(Int(Civil.weekday(days: jan1)) - 1)
        func weekday(_ i: Int) -> Int { (yearWeekday + i) % 7 }
        var mask = [Bool](repeating: false, count: yearLength + 8)
        func markWeek(from start: Int) {
            var i = start
            for _ in 0..<7 {
                mask[i] = true
                i += 1
                if weekday(i) == wkst { break }
            }
        }
        let firstWeekStart = mod7(7 - yearWeekday + wkst)
        var week1 = firstWeekStart
        let weekYearLength: Int
        if week1 >= 4 {
            week1 = 0
            weekYearLength = yearLength + mod7(yearWeekday - wkst)
        } else {
            weekYearLength = yearLength - week1
        }
        let weekCount = weekYearLength / 7 + weekYearLength % 7 / 4
        for var n in weeks {
            if n < 0 { n += weekCount + 1 }
            guard n > 0, n <= weekCount else { continue }
            var i = n > 1 ? week1 + (n - 1) * 7 : week1
            if n > 1, week1 != firstWeekStart { i -= 7 - firstWeekStart }
            markWeek(from: i)
        }
        if weeks.contains(1) {
            // Next year's week 1 may begin in this year.
            var i = week1 + weekCount * 7
            if week1 != firstWeekStart { i -= 7 - firstWeekStart }
            if i < yearLength { markWeek(from: i) }
        }
        if week1 != 0 {
            // The first days may be last year's last week.
            var lastYearWeeks = -1
            if !weeks.contains(-1) {
                let lastJan1 = Civil.days(year: year - 1, month: 1, day: 1)
                let lastYearWeekday = mod7(Int(Civil.weekday(days: lastJan1)) - 1)
                let lastYearLength = Int(jan1 - lastJan1)
                if mod7(7 - lastYearWeekday + wkst) >= 4 {
                    lastYearWeeks = 52 + (lastYearLength + mod7(lastYearWeekday - wkst)) % 7 / 4
                } else {
                    lastYearWeeks = 52 + (yearLength - week1) % 7 / 4
                }
            }
            if weeks.contains(lastYearWeeks) { for i in 0..<week1 { mask[i] = true } }
        }
        return Set((0..<yearLength).filter { mask[$0] }.map { jan1 + Int64($0) })
    }

    /// Calls `visit` with each occurrence in order, from period `fromPeriod` on, until it returns false or the
    /// rule (COUNT, UNTIL, the horizon) ends.
    func expand(fromPeriod: Int64, horizonYears: Int64, _ visit: (Int64) -> Bool) {
        var weekNumberYears: [Int64: Set<Int64>] = [:]
        var produced = 0
        let maxCount = rule.count ?? Int.max
        let startDay = start >= 0 ? start / 86_400 : (start - 86_399) / 86_400
        let (y0, m0, _) = Civil.date(days: startDay)
        let interval = Int64(rule.interval)
        var period: Int64 = fromPeriod
        while produced < maxCount {
            // The days of this period, then the times on each.
            var days: [Int64] = []
            var times: [Int64]? = nil
            switch rule.frequency {
            case .yearly:
                let year = y0 + period * interval
                if year > y0 + horizonYears { return }
                days = Array(Civil.days(year: year, month: 1, day: 1)..<Civil.days(year: year + 1, month: 1, day: 1))
            case .monthly:
                let index = (m0 - 1) + period * interval
                let year = y0 + index / 12, month = index % 12 + 1
                if year > y0 + horizonYears { return }
                let first = Civil.days(year: year, month: month, day: 1)
                days = Array(first..<(first + Civil.daysIn(year: year, month: month)))
            case .weekly:
                // Weeks start on WKST (Monday unless given); the first period is the week holding the start.
                let weekStart = startDay - (Civil.weekday(days: startDay) - Int64(rule.weekStart) + 7) % 7 + period * interval * 7
                if weekStart > startDay + horizonYears * 366 { return }
                days = Array(weekStart..<(weekStart + 7))
            case .daily:
                let day = startDay + period * interval
                if day > startDay + horizonYears * 366 { return }
                days = [day]
            case .hourly, .minutely:
                let step = rule.frequency == .hourly ? 3600 : 60
                let base = start - start % Int64(step)
                let t = base + period * interval * Int64(step)
                if t > start + horizonYears * 366 * 86_400 { return }
                let day = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
                days = [day]
                let hour = (t - day * 86_400) / 3600, minute = (t - day * 86_400) % 3600 / 60
                let hourOK = rule.byHour.isEmpty || hours.contains(hour)
                if rule.frequency == .hourly {
                    times = hourOK ? minutes.map { hour * 3600 + $0 * 60 + second } : []
                } else {
                    times = hourOK && (rule.byMinute.isEmpty || minutes.contains(minute)) ? [hour * 3600 + minute * 60 + second] : []
                }
            }
            period += 1
            var candidates: [Int64] = []
            for day in days {
                let (year, month, dom) = Civil.date(days: day)
                guard dayMatches(days: day, year: year, month: month, day: dom) else { continue }
                if !rule.byWeekNo.isEmpty {
                    if weekNumberYears[year] == nil {
                        weekNumberYears[year] = Self.weekNumberDays(year: year, weeks: rule.byWeekNo, weekStart: rule.weekStart)
                    }
                    guard weekNumberYears[year]!.contains(day) else { continue }
                }
                for time in times ?? hours.flatMap({ h in minutes.map { h * 3600 + $0 * 60 + second } }) {
                    candidates.append(day * 86_400 + time)
                }
            }
            if !rule.bySetPos.isEmpty {
                let n = candidates.count
                candidates = Array(Set(rule.bySetPos.compactMap { p -> Int64? in
                    let i = p > 0 ? p - 1 : n + p
                    return (0..<n).contains(i) ? candidates[i] : nil
                })).sorted()
            }
            for t in candidates where t >= start {
                if let until {
                    if rule.untilIsUTC, let placing {
                        if placing(t) > until { return }
                    } else if t > until {
                        return
                    }
                }
                produced += 1
                if !visit(t) || produced >= maxCount { return }
            }
        }
    }
}
