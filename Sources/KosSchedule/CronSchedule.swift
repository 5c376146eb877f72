public import KosCore

/// A cron expression evaluated in a time zone: the next time it fires after an instant.
///
/// Fields are matched on the zone's wall clock. Across daylight-saving changes:
/// - a time the clocks skip (02:30 when 02:00 jumps to 03:00) fires once, at the first instant after the gap
///   (03:00), as croniter does; several skipped times fire once together;
/// - a time the clocks repeat (01:30 twice when 02:00 falls back to 01:00) fires once, at its first occurrence;
///   the repeated hour does not fire again.
/// When both day fields are restricted a day matches either (Vixie cron and croniter); `*` or `?` leaves a
/// day field unrestricted.
public struct CronSchedule: Sendable {
    public let expression: CronExpression
    public let clock: ZoneClock
    let seconds: UInt64
    let minutes: UInt64
    let hours: UInt64
    let months: UInt64
    let daysOfMonth: UInt64
    let daysOfWeek: UInt64

    public init(_ expression: CronExpression, clock: ZoneClock) {
        self.expression = expression
        self.clock = clock
        func mask(_ values: Set<Int>) -> UInt64 { values.reduce(0) { $0 | (1 << UInt64($1)) } }
        seconds = mask(expression.seconds)
        minutes = mask(expression.minutes)
        hours = mask(expression.hours)
        months = mask(expression.months)
        daysOfMonth = mask(expression.daysOfMonth)
        daysOfWeek = mask(expression.daysOfWeek)
    }

    /// The lowest set bit of `mask` at or above `from`.
    @inline(__always)
    static func next(_ mask: UInt64, from: Int64) -> Int64? {
        guard from < 64 else { return nil }
        let m = mask & (~UInt64(0) << UInt64(from))
        return m == 0 ? nil : Int64(m.trailingZeroBitCount)
    }

    /// Whether the expression's day fields accept this date.
    func dayMatches(year: Int64, month: Int64, day: Int64, daysInMonth: Int64) -> Bool {
        let e = expression
        if !e.dayOfMonthRestricted && !e.dayOfWeekRestricted { return true }
        var dom = false
        if e.dayOfMonthRestricted {
            dom = daysOfMonth & (1 << UInt64(day)) != 0 || (e.lastDayOfMonth && day == daysInMonth)
                || e.rangesToLastDay.contains { day >= Int64($0.from) && (day - Int64($0.from)) % Int64($0.step) == 0 }
            if !dom, !e.nearestWeekdays.isEmpty || e.lastWeekdayOfMonth {
                let first = Civil.days(year: year, month: month, day: 1)
                if e.lastWeekdayOfMonth, day == Self.nearestWeekday(to: daysInMonth, first: first, daysInMonth: daysInMonth) { dom = true }
                // A day past the month's end is its last day (31W in April: the weekday nearest the 30th), as croniter.
                for target in e.nearestWeekdays {
                    if Self.nearestWeekday(to: min(Int64(target), daysInMonth), first: first, daysInMonth: daysInMonth) == day { dom = true }
                }
            }
        }
        var dow = false
        if e.dayOfWeekRestricted {
            let weekday = Civil.weekday(days: Civil.days(year: year, month: month, day: day))
            dow = daysOfWeek & (1 << UInt64(weekday)) != 0
                || (!e.nthWeekdays.isEmpty && e.nthWeekdays.contains(.init(weekday: Int(weekday), n: Int((day - 1) / 7 + 1))))
                || (!e.lastWeekdays.isEmpty && e.lastWeekdays.contains(Int(weekday)) && day + 7 > daysInMonth)
        }
        if e.dayOfMonthRestricted && e.dayOfWeekRestricted { return dom || dow }
        return e.dayOfMonthRestricted ? dom : dow
    }

    /// The weekday (Mon–Fri) nearest to day `target` without leaving the month (`15W`, `LW`).
    static func nearestWeekday(to target: Int64, first: Int64, daysInMonth: Int64) -> Int64 {
        let weekday = Civil.weekday(days: first + target - 1)
        switch weekday {
        case 6: return target == 1 ? 3 : target - 1            // Saturday: the Friday before, or Monday the 3rd
        case 0: return target == daysInMonth ? target - 2 : target + 1  // Sunday: the Monday after, or the Friday before
        default: return target
        }
    }

    /// The first instant (seconds since 1970, UTC) strictly after `after` at which the expression fires;
    /// nil when it never does within the next 30 years (`0 0 30 2 *`).
    public func next(after: Int64) -> Int64? {
        var local = clock.local(after) + 1
        if !expression.hasSeconds {
            let r = ((local % 60) + 60) % 60
            if r != 0 { local += 60 - r }
        }
        var (year, month, day) = Civil.date(days: local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let secondOfDay = local - Civil.days(year: year, month: month, day: day) * 86_400
        var hour = secondOfDay / 3600, minute = secondOfDay % 3600 / 60, second = secondOfDay % 60
        let lastYear = year + 30
        while year <= lastYear {
            guard let m = Self.next(months, from: month) else {
                year += 1
                (month, day, hour, minute, second) = (1, 1, 0, 0, 0)
                continue
            }
            if m != month { (month, day, hour, minute, second) = (m, 1, 0, 0, 0) }
            let dim = Civil.daysIn(year: year, month: month)
            if day > dim {
                (month, day, hour, minute, second) = (month + 1, 1, 0, 0, 0)
                if month > 12 { (year, month) = (year + 1, 1) }
                continue
            }
            if !dayMatches(year: year, month: month, day: day, daysInMonth: dim) {
                (day, hour, minute, second) = (day + 1, 0, 0, 0)
                continue
            }
            guard let h = Self.next(hours, from: hour) else {
                (day, hour, minute, second) = (day + 1, 0, 0, 0)
                continue
            }
            if h != hour { (hour, minute, second) = (h, 0, 0) }
            guard let mi = Self.next(minutes, from: minute) else {
                (hour, minute, second) = (hour + 1, 0, 0)
                if hour > 23 { (day, hour) = (day + 1, 0) }
                continue
            }
            if mi != minute { (minute, second) = (mi, 0) }
            guard let s = Self.next(seconds, from: second) else {
                (minute, second) = (minute + 1, 0)
                if minute > 59 { (hour, minute) = (hour + 1, 0) }
                if hour > 23 { (day, hour) = (day + 1, 0) }
                continue
            }
            second = s
            let candidate = Civil.days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
            let instant = clock.instant(local: candidate)
            if instant > after { return instant }
            // A repeated hour's second pass, or a skipped time already fired: look past it.
            second += 1
            if second > 59 { (minute, second) = (minute + 1, 0) }
            if minute > 59 { (hour, minute) = (hour + 1, 0) }
            if hour > 23 { (day, hour) = (day + 1, 0) }
        }
        return nil
    }
}
