import Foundation

/// Wall-clock arithmetic in one IANA time zone, in whole seconds since 1970 (UTC), without `Calendar`
/// (a scheduler asks this in its inner loop).
///
/// A local time maps to the instant it names; a local time the zone skips (spring forward) maps to the
/// first instant after the gap; a local time the zone repeats (fall back) maps to its first occurrence.
public struct ZoneClock: Sendable {
    public let zone: TimeZone

    public init(_ zone: TimeZone) { self.zone = zone }

    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.zone = zone
    }

    /// The zone's offset from UTC at an instant, in seconds.
    @inline(__always)
    public func offset(at instant: Int64) -> Int64 {
        Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant))))
    }

    /// The local wall-clock time at an instant, as seconds since 1970-01-01T00:00 local.
    public func local(_ instant: Int64) -> Int64 { instant + offset(at: instant) }

    /// The instant a local time names (see the type's rules for skipped and repeated times).
    public func instant(local: Int64) -> Int64 {
        // Offsets a day either side: at most one transition lies between them in any real zone.
        let before = offset(at: local - 86_400), after = offset(at: local + 86_400)
        let early = local - before, late = local - after
        let earlyValid = offset(at: early) == before, lateValid = offset(at: late) == after
        switch (earlyValid, lateValid) {
        case (true, true): return min(early, late)
        case (true, false): return early
        case (false, true): return late
        case (false, false):
            // Skipped: the transition lies between the two readings; the first instant at the new offset.
            var low = min(early, late), high = max(early, late)
            let target = offset(at: high)
            while low < high {
                let mid = low + (high - low) / 2
                if offset(at: mid) == target { high = mid } else { low = mid + 1 }
            }
            return low
        }
    }
}

/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), after Howard Hinnant's
/// `days_from_civil` and `civil_from_days`.
public enum Civil {
    public static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func date(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 Sunday … 6 Saturday.
    public static func weekday(days: Int64) -> Int64 { ((days % 7) + 11) % 7 }

    public static func daysIn(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
