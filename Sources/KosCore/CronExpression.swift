/// A parsed cron expression: 5 fields (minute hour day-of-month month day-of-week) or 6 with seconds first.
///
/// Supports names (`MON`, `JAN`), ranges (a range that runs backwards wraps round: `FRI-MON`, `NOV-MAR`,
/// `22-2`), steps, lists, `L` (last day of month, `20-L` up to it, or last given weekday as `5L`/`FRIL`), `W`
/// (nearest weekday to a day of month, within it: `31W` in a 30-day month is the weekday nearest the 30th; `LW`),
/// `#` (nth weekday, `FRI#2`, `MON-FRI#1` for each of them), `?` as `*` in the day fields, and the shorthands
/// `@yearly`, `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight`, `@hourly`. When both day fields are
/// restricted a day matches if either matches (Vixie cron, croniter's default). A `*` beside nth weekdays in
/// the weekday list adds nothing (`*,SAT#3` is the third Saturday, as croniter reads it). An expression whose
/// days can never come (`30 2`, `31 APR,JUN`) is refused.
public struct CronExpression: Hashable, Sendable, CustomStringConvertible {
    public var seconds: Set<Int>
    public var minutes: Set<Int>
    public var hours: Set<Int>
    /// Days of month 1–31 that match outright.
    public var daysOfMonth: Set<Int>
    /// `L`: the last day of the month.
    public var lastDayOfMonth = false
    /// `20-L`, `20-L/3`: from a day to the last day of the month, in steps.
    public var rangesToLastDay: Set<RangeToLast> = []
    /// `15W`: the weekday nearest the 15th, within the month.
    public var nearestWeekdays: Set<Int> = []
    /// `LW`: the last weekday (Mon–Fri) of the month.
    public var lastWeekdayOfMonth = false
    public var months: Set<Int>
    /// Days of week 0–6, Sunday 0 (7 is read as Sunday).
    public var daysOfWeek: Set<Int>
    /// `FRI#2`: (weekday, n) for the nth such weekday of the month.
    public var nthWeekdays: Set<NthWeekday> = []
    /// `5L`: the last such weekday of the month.
    public var lastWeekdays: Set<Int> = []
    public var dayOfMonthRestricted: Bool
    public var dayOfWeekRestricted: Bool
    public var hasSeconds: Bool
    public var source: String

    public struct RangeToLast: Hashable, Sendable {
        public var from: Int
        public var step: Int

        public init(from: Int, step: Int) {
            self.from = from
            self.step = step
        }
    }

    public struct NthWeekday: Hashable, Sendable {
        public var weekday: Int
        public var n: Int

        public init(weekday: Int, n: Int) {
            self.weekday = weekday
            self.n = n
        }
    }

    public var description: String { source }

    /// A parse failure with the 0-based scalar offset of the offending field inside the expression.
    public struct ParseError: Error, Hashable, Sendable {
        public var message: String
        public var offset: Int
    }

    static let shorthands: [String: String] = [
        "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *",
        "@weekly": "0 0 * * 0", "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *",
    ]
    static let monthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    static let dayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]

    public init(parsing text: String) throws(ParseError) {
        let trimmed = text.trimmingSpaces
        var body = trimmed
        if trimmed.hasPrefix("@") {
            guard let expanded = Self.shorthands[trimmed.lowercased()] else {
                throw ParseError(message: tr("unknown shorthand '\(trimmed)'; use @yearly, @monthly, @weekly, @daily or @hourly"), offset: 0)
            }
            body = expanded
        }
        // Fields are separated by spaces and tabs; ASCII, as nearly every expression is, is split on its bytes (a byte
        // is then a character). A field's offset counts scalars.
        let pieces: [Substring] = body.utf8.allSatisfy({ $0 < 0x80 })
            ? body.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }).map { Substring($0) }
            : body.split(whereSeparator: { $0 == " " || $0 == "\t" })
        var fields = pieces.map { (text: $0, offset: body.unicodeScalars.distance(from: body.startIndex, to: $0.startIndex)) }
        let leading = text.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
        if trimmed.hasPrefix("@") { fields = fields.map { ($0.text, 0) } } else { fields = fields.map { ($0.text, $0.offset + leading) } }

        guard fields.count == 5 || fields.count == 6 else {
            throw ParseError(
                message: tr("a cron expression has 5 fields (minute hour day month weekday) or 6 with seconds first; found \(fields.count)"),
                offset: leading)
        }
        hasSeconds = fields.count == 6
        let f = hasSeconds ? fields : [("0", leading)] + fields
        source = trimmed
        seconds = try Self.parseField(f[0].text, offset: f[0].offset, name: "second", range: 0...59, names: nil)
        minutes = try Self.parseField(f[1].text, offset: f[1].offset, name: "minute", range: 0...59, names: nil)
        hours = try Self.parseField(f[2].text, offset: f[2].offset, name: "hour", range: 0...23, names: nil)
        months = try Self.parseField(f[4].text, offset: f[4].offset, name: "month", range: 1...12, names: Self.monthNames, nameBase: 1)

        // Day of month: numbers, ranges, steps, L, LW, nW, ?.
        let dom = f[3]
        dayOfMonthRestricted = !(dom.text == "*" || dom.text == "?")
        daysOfMonth = []
        if !dayOfMonthRestricted {
            daysOfMonth = Set(1...31)
        } else {
            for item in dom.text.fields(separatedBy: UInt8(ascii: ",")) {
                let upper = item.uppercased()
                if upper == "L" { lastDayOfMonth = true; continue }
                if upper == "LW" { lastWeekdayOfMonth = true; continue }
                if let dash = upper.firstIndex(of: "-"), upper[upper.index(after: dash)...].hasPrefix("L") {
                    let tail = upper[upper.index(after: dash)...].dropFirst()
                    var step = 1
                    if !tail.isEmpty {
                        guard tail.hasPrefix("/"), let n = Int(tail.dropFirst()), (1...31).contains(n) else {
                            throw ParseError(message: tr("'\(item)' is not a valid range to the last day; write e.g. 20-L or 20-L/3"), offset: dom.offset)
                        }
                        step = n
                    }
                    guard let from = Int(upper[..<dash]), (1...31).contains(from) else {
                        throw ParseError(message: tr("'\(item)' must start at a day of month 1-31; write e.g. 20-L"), offset: dom.offset)
                    }
                    rangesToLastDay.insert(RangeToLast(from: from, step: step))
                    continue
                }
                if upper.hasPrefix("L"), upper.count > 1 {
                    throw ParseError(message: tr("'\(item)' is not a day of month; write L (the last day), LW (the last weekday) or 20-L"), offset: dom.offset)
                }
                if upper.hasSuffix("W"), let d = Int(upper.dropLast()) {
                    guard (1...31).contains(d) else {
                        throw ParseError(message: tr("day of month \(d) is out of range 1-31"), offset: dom.offset)
                    }
                    nearestWeekdays.insert(d)
                    continue
                }
                daysOfMonth.formUnion(try Self.parseField(item, offset: dom.offset, name: "day of month", range: 1...31, names: nil))
            }
        }

        // Day of week: numbers (0-7), names, ranges, steps, nL, NAMEL, n#k, ?.
        let dow = f[5]
        dayOfWeekRestricted = !(dow.text == "*" || dow.text == "?")
        daysOfWeek = []
        if !dayOfWeekRestricted {
            daysOfWeek = Set(0...6)
        } else {
            let items = dow.text.fields(separatedBy: UInt8(ascii: ","))
            let hasNth = items.contains { $0.utf8.contains(UInt8(ascii: "#")) }
            for item in items {
                let upper = item.uppercased()
                // Beside nth weekdays a star adds nothing: croniter reads `*,SAT#3` as the third Saturday.
                if hasNth, upper == "*" || upper == "?" { continue }
                if let hash = upper.firstIndex(of: "#") {
                    guard let n = Int(upper[upper.index(after: hash)...]), (1...5).contains(n),
                          let days = try? Self.parseField(upper[..<hash], offset: dow.offset, name: "day of week", range: 0...7, names: Self.dayNames, nameBase: 0),
                          !upper[..<hash].utf8.contains(UInt8(ascii: "/")), upper[..<hash] != "*" else {
                        throw ParseError(message: tr("'\(item)' is not a valid nth weekday; write e.g. FRI#2 (the second Friday, 1-5) or MON-FRI#1"), offset: dow.offset)
                    }
                    for day in days { nthWeekdays.insert(NthWeekday(weekday: day % 7, n: n)) }
                    continue
                }
                if upper.count > 1, upper.hasSuffix("L"), let day = Self.weekday(upper.dropLast()) {
                    lastWeekdays.insert(day)
                    continue
                }
                let values = try Self.parseField(item, offset: dow.offset, name: "day of week", range: 0...7, names: Self.dayNames, nameBase: 0)
                daysOfWeek.formUnion(values.map { $0 == 7 ? 0 : $0 })
            }
        }

        // Days that can never come: the named days of month exist in none of the named months.
        if dayOfMonthRestricted, !dayOfWeekRestricted, !lastDayOfMonth, !lastWeekdayOfMonth, nearestWeekdays.isEmpty {
            let longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            let possible = months.contains { m in
                daysOfMonth.contains { $0 <= longest[m - 1] } || rangesToLastDay.contains { $0.from <= longest[m - 1] }
            }
            if !possible {
                let names = months.sorted().map { Self.monthNames[$0 - 1].capitalized }
                let listed: [String] = daysOfMonth.sorted().map { String($0) } + rangesToLastDay.map { "\($0.from)-L" }.sorted()
                let monthList: String = names.joined(separator: ", ")
                throw ParseError(message: tr("day \(listed.joined(separator: ",")) never comes in \(monthList): this expression would never fire"), offset: dom.offset)
            }
        }
    }

    static func weekday(_ text: Substring) -> Int? {
        if let n = Int(text), (0...7).contains(n) { return n % 7 }
        return dayNames.firstIndex(of: String(text))
    }

    static func parseField(
        _ text: Substring, offset: Int, name: String, range: ClosedRange<Int>, names: [String]?, nameBase: Int = 0
    ) throws(ParseError) -> Set<Int> {
        var out = Set<Int>()
        guard !text.isEmpty else { throw ParseError(message: tr("empty \(Self.fieldWord(name)) field"), offset: offset) }
        for item in text.fields(separatedBy: UInt8(ascii: ",")) {
            guard !item.isEmpty else { throw ParseError(message: tr("empty item in the \(Self.fieldWord(name)) list '\(text)'"), offset: offset) }
            var rangePart = Substring(item)
            var step = 1
            if let slash = item.firstIndex(of: "/") {
                rangePart = item[..<slash]
                guard let s = Int(item[item.index(after: slash)...]), s > 0, s <= range.upperBound + 1 else {
                    throw ParseError(message: tr("'\(item)' has an invalid step in the \(Self.fieldWord(name)) field"), offset: offset)
                }
                step = s
            }
            var low: Int, high: Int
            if rangePart == "*" || rangePart == "?" {
                low = range.lowerBound
                high = range.upperBound
                if name == "day of week" { high = 6 }
            } else if let dash = rangePart.dropFirst().firstIndex(of: "-") {
                guard let a = value(rangePart[..<dash], names: names, base: nameBase),
                      let b = value(rangePart[rangePart.index(after: dash)...], names: names, base: nameBase) else {
                    throw ParseError(message: tr("'\(item)' is not a valid \(Self.fieldWord(name)) range"), offset: offset)
                }
                low = a
                high = b
            } else {
                guard let v = value(rangePart, names: names, base: nameBase) else {
                    throw ParseError(message: tr("'\(item)' is not a valid \(Self.fieldWord(name))"), offset: offset)
                }
                low = v
                high = item.utf8.contains(UInt8(ascii: "/")) ? range.upperBound : v
            }
            guard range.contains(low), range.contains(high) else {
                throw ParseError(message: tr("'\(item)' is out of range for \(Self.fieldWord(name)) (\(range.lowerBound)-\(range.upperBound))"), offset: offset)
            }
            if name == "day of week", low == 7, high < 7 { low = 0 }
            if low > high {
                // A range that runs backwards wraps round the cycle (FRI-MON, NOV-MAR, 22-2), steps counted along it.
                let cycleLow = range.lowerBound, cycleHigh = name == "day of week" ? 6 : range.upperBound
                let length = cycleHigh - cycleLow + 1
                for v in stride(from: low, through: high + length, by: step) {
                    out.insert(v > cycleHigh ? v - length : v)
                }
                continue
            }
            out.formUnion(stride(from: low, through: high, by: step))
        }
        return out
    }

    /// A field's name as the reader of a message says it (`name` itself is compared by the parser).
    static func fieldWord(_ name: String) -> String {
        switch name {
        case "second": tr("second")
        case "minute": tr("minute")
        case "hour": tr("hour")
        case "month": tr("month")
        case "day of month": tr("day of month")
        case "day of week": tr("day of week")
        default: name
        }
    }

    static func value(_ text: Substring, names: [String]?, base: Int) -> Int? {
        if let n = Int(text), text.allSatisfy(\.isASCII) { return n }
        if let names, let i = names.firstIndex(of: text.uppercased()) { return i + base }
        return nil
    }
}
