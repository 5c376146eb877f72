/// An RFC 5545 RRULE, the parts calendars use: FREQ, INTERVAL, BYDAY (with ordinals such as `2TU`, `-1FR`),
/// BYMONTHDAY, BYMONTH, BYYEARDAY, BYWEEKNO, BYHOUR, BYMINUTE, BYSETPOS, COUNT, UNTIL, WKST.
public struct RecurrenceRule: Hashable, Sendable, CustomStringConvertible {
    public enum Frequency: String, Hashable, Sendable, CaseIterable {
        case yearly = "YEARLY", monthly = "MONTHLY", weekly = "WEEKLY", daily = "DAILY", hourly = "HOURLY", minutely = "MINUTELY"
    }

    public struct WeekdayNum: Hashable, Sendable {
        /// 0 = Sunday … 6 = Saturday.
        public var weekday: Int
        /// nil for every such weekday; 2 for the second, -1 for the last.
        public var ordinal: Int?

        public init(weekday: Int, ordinal: Int?) {
            self.weekday = weekday
            self.ordinal = ordinal
        }
    }

    public var frequency: Frequency
    public var interval = 1
    public var byDay: [WeekdayNum] = []
    public var byMonthDay: [Int] = []
    public var byMonth: [Int] = []
    public var byHour: [Int] = []
    public var byMinute: [Int] = []
    public var bySetPos: [Int] = []
    /// Days of the year, 1…366 or -366…-1 counted from its end.
    public var byYearDay: [Int] = []
    /// Weeks of the year (YEARLY only), 1…53 or -53…-1; week 1 is the first with at least four days of the
    /// year, weeks starting on `weekStart`.
    public var byWeekNo: [Int] = []
    /// WKST: the day weeks start on, 0 = Sunday … 6 = Saturday; Monday unless given.
    public var weekStart = 1
    public var count: Int?
    /// UNTIL as written: `20261231T235959Z` (UTC) or a floating local `20261231T235959` / date `20261231`.
    public var until: String?
    public var source: String

    public var description: String { source }

    public struct ParseError: Error, Hashable, Sendable {
        public var message: String
        public var offset: Int
    }

    static let dayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]

    public init(parsing text: String) throws(ParseError) {
        source = text
        var body = Substring(text)
        var base = 0
        if body.uppercased().hasPrefix("RRULE:") {
            body = body.dropFirst(6)
            base = 6
        }
        var freq: Frequency?
        var seen = Set<String>()
        var weekNoOffset = base, yearDayOffset = base
        var offset = base
        for part in body.fields(separatedBy: UInt8(ascii: ";")) {
            defer { offset += part.unicodeScalars.count + 1 }
            guard let eq = part.firstIndex(of: "=") else {
                throw ParseError(message: tr("'\(part)' is not NAME=VALUE"), offset: offset)
            }
            let name = part[..<eq].uppercased()
            let value = String(part[part.index(after: eq)...])
            guard seen.insert(name).inserted else { throw ParseError(message: tr("\(name) is given twice"), offset: offset) }
            func ints(_ r: ClosedRange<Int>, allowNegative: Bool = false) throws(ParseError) -> [Int] {
                var out: [Int] = []
                for v in value.fields(separatedBy: UInt8(ascii: ",")) {
                    guard let n = Int(v), r.contains(abs(n)), allowNegative || n >= 0, n != 0 || r.lowerBound == 0 else {
                        throw ParseError(message: tr("\(name) value '\(v)' is out of range"), offset: offset)
                    }
                    out.append(n)
                }
                return out
            }
            switch name {
            case "FREQ":
                guard let f = Frequency(rawValue: value.uppercased()) else {
                    throw ParseError(message: tr("FREQ must be one of \(Frequency.allCases.map(\.rawValue).joined(separator: ", "))"), offset: offset)
                }
                freq = f
            case "INTERVAL":
                guard let n = Int(value), n >= 1 else { throw ParseError(message: tr("INTERVAL must be a positive integer"), offset: offset) }
                interval = n
            case "COUNT":
                guard let n = Int(value), n >= 1 else { throw ParseError(message: tr("COUNT must be a positive integer"), offset: offset) }
                count = n
            case "UNTIL":
                guard Self.isDateOrDateTime(value) else {
                    throw ParseError(message: tr("UNTIL must be a date (20261231) or date-time (20261231T235959Z)"), offset: offset)
                }
                until = value
            case "BYDAY":
                for v in value.uppercased().fields(separatedBy: UInt8(ascii: ",")) {
                    guard v.count >= 2, let day = Self.dayCodes.firstIndex(of: String(v.suffix(2))) else {
                        throw ParseError(message: tr("BYDAY value '\(v)' is not a weekday (SU, MO, TU, WE, TH, FR, SA)"), offset: offset)
                    }
                    let prefix = v.dropLast(2)
                    var ordinal: Int? = nil
                    if !prefix.isEmpty {
                        guard let n = Int(prefix), n != 0, abs(n) <= 53 else {
                            throw ParseError(message: tr("BYDAY ordinal in '\(v)' must be 1-53 or -53 to -1"), offset: offset)
                        }
                        ordinal = n
                    }
                    byDay.append(WeekdayNum(weekday: day, ordinal: ordinal))
                }
            case "BYMONTHDAY": byMonthDay = try ints(1...31, allowNegative: true)
            case "BYMONTH": byMonth = try ints(1...12)
            case "BYHOUR": byHour = try ints(0...23)
            case "BYMINUTE": byMinute = try ints(0...59)
            case "BYSETPOS": bySetPos = try ints(1...366, allowNegative: true)
            case "BYYEARDAY": byYearDay = try ints(1...366, allowNegative: true)
            case "BYWEEKNO": byWeekNo = try ints(1...53, allowNegative: true)
            case "WKST":
                guard let day = Self.dayCodes.firstIndex(of: value.uppercased()) else {
                    throw ParseError(message: tr("WKST must be a weekday code (SU, MO, TU, WE, TH, FR, SA)"), offset: offset)
                }
                weekStart = day
            case "BYSECOND", "BYEASTER":
                throw ParseError(message: tr("\(name) is not supported: slots are to the minute; use BYHOUR and BYMINUTE"), offset: offset)
            default:
                throw ParseError(message: tr("\(name) is not supported; use FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, BYYEARDAY, BYWEEKNO, BYHOUR, BYMINUTE, BYSETPOS, COUNT, UNTIL, WKST"), offset: offset)
            }
            if name == "BYWEEKNO" { weekNoOffset = offset }
            if name == "BYYEARDAY" { yearDayOffset = offset }
        }
        guard let freq else { throw ParseError(message: tr("FREQ is required"), offset: base) }
        if count != nil, until != nil { throw ParseError(message: tr("COUNT and UNTIL cannot both be given"), offset: base) }
        if byDay.contains(where: { $0.ordinal != nil }), freq != .monthly, freq != .yearly {
            throw ParseError(message: tr("BYDAY ordinals such as 2TU need FREQ=MONTHLY or FREQ=YEARLY"), offset: base)
        }
        // RFC 5545 §3.3.10: week numbers only in a yearly rule; days of the year not in a monthly, weekly or daily one.
        if !byWeekNo.isEmpty, freq != .yearly {
            throw ParseError(message: tr("BYWEEKNO needs FREQ=YEARLY (week numbers count within a year)"), offset: weekNoOffset)
        }
        if !byYearDay.isEmpty, freq == .monthly || freq == .weekly || freq == .daily {
            throw ParseError(message: tr("BYYEARDAY cannot be used with FREQ=\(freq.rawValue); use FREQ=YEARLY, or BYMONTH with BYMONTHDAY"), offset: yearDayOffset)
        }
        frequency = freq
    }

    /// Whether UNTIL is a UTC time (`…Z`): an instant, compared with each occurrence placed on its zone's clock.
    public var untilIsUTC: Bool { until?.hasSuffix("Z") ?? false }

    static func isDateOrDateTime(_ v: String) -> Bool {
        let u = Array(v.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { u[$0] >= 48 && u[$0] <= 57 } }
        if u.count == 8 { return digits(0..<8) }
        if u.count == 15 || u.count == 16 {
            return digits(0..<8) && u[8] == UInt8(ascii: "T") && digits(9..<15) && (u.count == 15 || u[15] == UInt8(ascii: "Z"))
        }
        return false
    }
}
