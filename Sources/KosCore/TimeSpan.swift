/// A length of time written the way compliance teams write it: `500ms`, `15s`, `90m`, `24h`, `7d`, `1h30m`.
///
/// Named `TimeSpan` so it never shadows the standard library's `Duration`.
public struct TimeSpan: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }
    public static func seconds(_ s: Int64) -> TimeSpan { TimeSpan(milliseconds: s * 1000) }
    public static func minutes(_ m: Int64) -> TimeSpan { .seconds(m * 60) }
    public static func hours(_ h: Int64) -> TimeSpan { .seconds(h * 3600) }
    public static func days(_ d: Int64) -> TimeSpan { .seconds(d * 86_400) }

    public var seconds: Double { Double(milliseconds) / 1000 }

    public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool { lhs.milliseconds < rhs.milliseconds }

    /// The shortest spelling that reads back to the same span: `1h30m`, `500ms`, `0s`.
    public var description: String {
        if milliseconds == 0 { return "0s" }
        var rest = milliseconds
        var out = ""
        for (unit, ms) in Self.units where rest >= ms {
            out += "\(rest / ms)\(unit)"
            rest %= ms
        }
        return out
    }

    static let units: [(String, Int64)] = [("d", 86_400_000), ("h", 3_600_000), ("m", 60_000), ("s", 1000), ("ms", 1)]

    /// Parses `15s`, `24h`, `7d`, `1h30m`, `250ms`; nil for anything else (no bare numbers: units are required).
    public init?(parsing text: String) {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return nil }
        var i = 0
        var total: Int64 = 0
        var lastRank = -1
        while i < scalars.count {
            var digits: Int64 = 0
            var seen = 0
            while i < scalars.count, ("0"..."9").contains(scalars[i]) {
                let d = Int64(scalars[i].value - 48)
                let (m, o1) = digits.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(d)
                guard !o1, !o2 else { return nil }
                digits = a
                seen += 1
                i += 1
            }
            guard seen > 0 else { return nil }
            var unit = ""
            while i < scalars.count, scalars[i].properties.isAlphabetic { unit.unicodeScalars.append(scalars[i]); i += 1 }
            guard let rank = Self.units.firstIndex(where: { $0.0 == unit }), rank > lastRank else { return nil }
            lastRank = rank
            let (v, o3) = digits.multipliedReportingOverflow(by: Self.units[rank].1)
            let (t, o4) = total.addingReportingOverflow(v)
            guard !o3, !o4 else { return nil }
            total = t
        }
        self.milliseconds = total
    }
}

/// A rate such as `50/s` or `5000/1m`: at most `count` events per `per`.
public struct RateLimit: Hashable, Sendable, CustomStringConvertible {
    public var count: Int
    public var per: TimeSpan

    public init(count: Int, per: TimeSpan) {
        self.count = count
        self.per = per
    }

    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let n = Int(parts[0]), n > 0 else { return nil }
        let unit = String(parts[1])
        let span = TimeSpan(parsing: unit) ?? TimeSpan(parsing: "1" + unit)
        guard let span, span.milliseconds > 0 else { return nil }
        self.init(count: n, per: span)
    }

    public var description: String { "\(count)/\(per)" }
}

extension Duration {
    /// The duration in seconds, fractions included (for timeouts and deadlines kept as `Double`).
    public var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
