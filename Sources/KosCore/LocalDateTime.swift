import Foundation

/// Local date-times (`2026-12-05T10:00`) read in an IANA zone.
public enum LocalDateTime {
    /// The instant `text` names in `zone`; nil when either is invalid.
    public static func instant(_ text: String, zone: String) -> Date? {
        guard let tz = TimeZone(identifier: zone) else { return nil }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "T" || $0 == ":" }).compactMap { Int($0) }
        guard parts.count == 5 || parts.count == 6 else { return nil }
        var c = DateComponents()
        c.year = parts[0]; c.month = parts[1]; c.day = parts[2]; c.hour = parts[3]; c.minute = parts[4]
        c.second = parts.count == 6 ? parts[5] : 0
        var cal = Foundation.Calendar(identifier: .gregorian)
        cal.timeZone = tz
        return cal.date(from: c)
    }
}
