import Foundation
import KosCore
import Testing

@Suite struct TimeSpanTests {
    @Test(arguments: [("15s", 15_000), ("24h", 86_400_000), ("7d", 604_800_000), ("1h30m", 5_400_000), ("250ms", 250), ("0s", 0)])
    func parses(text: String, ms: Int64) {
        #expect(TimeSpan(parsing: text)?.milliseconds == ms)
    }

    @Test(arguments: ["", "15", "15x", "1m1h", "h", "-5s", "1.5h", "15 s", "99999999999999999999d", "１５s"])
    func refuses(text: String) {
        #expect(TimeSpan(parsing: text) == nil)
    }

    @Test func printsTheShortestSpelling() {
        #expect(TimeSpan.minutes(90).description == "1h30m")
        #expect(TimeSpan(milliseconds: 1500).description == "1s500ms")
        #expect(TimeSpan(parsing: TimeSpan.days(8).description) == .days(8))
    }

    @Test func rates() {
        #expect(RateLimit(parsing: "50/s") == RateLimit(count: 50, per: .seconds(1)))
        #expect(RateLimit(parsing: "5000/1m") == RateLimit(count: 5000, per: .minutes(1)))
        #expect(RateLimit(parsing: "0/s") == nil)
        #expect(RateLimit(parsing: "50") == nil)
        #expect(RateLimit(parsing: "50/0s") == nil)
    }
}

@Suite struct CronParseTests {
    @Test func fiveFieldsWithNamesListsAndSteps() throws {
        let c = try CronExpression(parsing: "0 20 * * TUE,FRI")
        #expect(c.minutes == [0])
        #expect(c.hours == [20])
        #expect(c.daysOfWeek == [2, 5])
        #expect(!c.dayOfMonthRestricted)
        #expect(c.dayOfWeekRestricted)
        #expect(!c.hasSeconds)
        let d = try CronExpression(parsing: "*/15 9-18/3 1,15 JAN-MAR *")
        #expect(d.minutes == [0, 15, 30, 45])
        #expect(d.hours == [9, 12, 15, 18])
        #expect(d.daysOfMonth == [1, 15])
        #expect(d.months == [1, 2, 3])
    }

    @Test func sixFieldsHaveSecondsFirst() throws {
        let c = try CronExpression(parsing: "30 0 20 * * 7")
        #expect(c.hasSeconds)
        #expect(c.seconds == [30])
        #expect(c.daysOfWeek == [0], "7 is Sunday")
    }

    @Test func specialDayForms() throws {
        let c = try CronExpression(parsing: "0 9 L,15W,LW * *")
        #expect(c.lastDayOfMonth && c.lastWeekdayOfMonth)
        #expect(c.nearestWeekdays == [15])
        let d = try CronExpression(parsing: "0 9 ? * FRI#2,5L")
        #expect(d.nthWeekdays == [.init(weekday: 5, n: 2)])
        #expect(d.lastWeekdays == [5])
    }

    /// A range that runs backwards wraps round, as croniter reads it: 20:00 to 02:00, Friday to Monday.
    @Test func rangesWrapRound() throws {
        #expect(try CronExpression(parsing: "0 20-2 * * *").hours == [20, 21, 22, 23, 0, 1, 2])
        #expect(try CronExpression(parsing: "0 9 * * FRI-MON").daysOfWeek == [5, 6, 0, 1])
        #expect(try CronExpression(parsing: "0 9 1 NOV-FEB *").months == [11, 12, 1, 2])
        #expect(try CronExpression(parsing: "0 9 * * SUN-SAT").daysOfWeek == Set(0...6))
    }

    @Test func shorthands() throws {
        #expect(try CronExpression(parsing: "@daily").hours == [0])
        #expect(try CronExpression(parsing: "@weekly").daysOfWeek == [0])
        #expect(throws: CronExpression.ParseError.self) { try CronExpression(parsing: "@reboot") }
    }

    @Test(arguments: [
        ("0 20 * *", 0, "5 fields"), ("61 * * * *", 0, "out of range"), ("0 25 * * *", 2, "out of range"),
        ("0 20 * * TUX", 9, "not a valid day of week"), ("0 20 32 * *", 5, "out of range"), ("0 20 * 13 *", 7, "out of range"),
        ("0 20 31 2 *", 5, "never comes in Feb"), ("*/0 * * * *", 0, "invalid step"), ("0 20 * * FRI#6", 9, "nth weekday"),
        ("0 20 * * 1,,2", 9, "empty"),
    ])
    func errorsSayWhichFieldAndWhere(text: String, offset: Int, message: String) {
        #expect {
            try CronExpression(parsing: text)
        } throws: { error in
            guard let e = error as? CronExpression.ParseError else { return false }
            return e.offset == offset && e.message.contains(message)
        }
    }
}

@Suite struct RecurrenceRuleParseTests {
    @Test func firstSaturdayOfEachMonth() throws {
        let r = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=1SA;BYHOUR=11;BYMINUTE=0")
        #expect(r.frequency == .monthly)
        #expect(r.byDay == [.init(weekday: 6, ordinal: 1)])
        #expect(r.byHour == [11])
    }

    @Test func fullSubset() throws {
        let r = try RecurrenceRule(parsing: "RRULE:FREQ=YEARLY;INTERVAL=2;BYMONTH=3,9;BYDAY=-1FR;BYSETPOS=-1;UNTIL=20301231T235959Z")
        #expect(r.interval == 2)
        #expect(r.byMonth == [3, 9])
        #expect(r.byDay == [.init(weekday: 5, ordinal: -1)])
        #expect(r.until == "20301231T235959Z")
    }

    @Test(arguments: [
        "BYDAY=MO", "FREQ=FORTNIGHTLY", "FREQ=WEEKLY;BYDAY=2TU", "FREQ=DAILY;COUNT=3;UNTIL=20260101",
        "FREQ=DAILY;BYHOUR=24", "FREQ=DAILY;INTERVAL=0", "FREQ=DAILY;BYSECOND=5", "FREQ=DAILY;FREQ=WEEKLY", "FREQ=DAILY;UNTIL=2026-01-01",
    ])
    func refuses(text: String) {
        #expect(throws: RecurrenceRule.ParseError.self) { try RecurrenceRule(parsing: text) }
    }
}

@Suite struct ConditionTests {
    static let draft: [String: ConditionValue] = [
        "draft.platforms": .list([.string("douyin"), .string("weibo")]),
        "draft.has_price": .bool(true),
        "findings.warnings": .number(2),
        "creator.groups": .list([.string("legal")]),
        "draft.title": .string("今晚八点直播"),
    ]

    func eval(_ text: String) throws -> Bool {
        try Condition(parsing: text).evaluate { Self.draft[$0.joined(separator: ".")] }
    }

    @Test func evaluatesWhatReviewersWrite() throws {
        #expect(try eval(#"draft.platforms contains "douyin""#))
        #expect(try !eval(#"draft.platforms contains "xiaohongshu""#))
        #expect(try eval("draft.has_price && findings.warnings > 1"))
        #expect(try !eval("findings.warnings >= 3 or not draft.has_price"))
        #expect(try eval(#""legal" in creator.groups"#))
        #expect(try eval(#"draft.title contains "直播""#))
        #expect(try eval(#"!(draft.platforms contains "bilibili") && findings.errors == null"#))
        #expect(try eval(#"draft.platforms == ["douyin", "weibo"]"#))
        #expect(try !eval("draft.unknown"))
    }

    @Test func reportsPaths() throws {
        let c = try Condition(parsing: #"draft.has_price || steps.legal.outcome == "approved""#)
        #expect(c.paths.map(\.path) == [["draft", "has_price"], ["steps", "legal", "outcome"]])
        #expect(c.paths.map(\.offset) == [0, 19])
    }

    @Test(arguments: [
        ("", "empty condition", 0), ("draft.x =", "use '=='", 8), ("(draft.x", "expected ')'", 8),
        (#"draft.x == "open"#, "unterminated string", 11), ("draft.x && && y", "expected a field", 11),
        ("draft. == 1", "field name after '.'", 7), ("system('rm')", "unexpected '('", 6), ("a $ b", "unexpected character", 2),
    ])
    func errorsAreLocated(text: String, message: String, offset: Int) {
        #expect {
            try Condition(parsing: text)
        } throws: { error in
            guard let e = error as? Condition.ParseError else { return false }
            return e.message.contains(message) && e.offset == offset
        }
    }

    @Test func hostileConditionsAreRefusedNotCrashed() {
        #expect(throws: Condition.ParseError.self) { try Condition(parsing: String(repeating: "(", count: 1000) + "x") }
        #expect(throws: Condition.ParseError.self) { try Condition(parsing: String(repeating: "!", count: 500) + "x") }
        #expect(throws: Condition.ParseError.self) { try Condition(parsing: String(repeating: "a && ", count: 1000) + "b") }
    }
}

@Suite struct DiagnosticRenderingTests {
    @Test func caretSitsUnderWideCharacters() {
        let d = Diagnostic(code: "KOS9999", message: "m", file: "d.md", location: .init(line: 2, column: 5))
        #expect(d.rendered(source: "title: x\n全网最低价\n") == """
            d.md:2:5: error[KOS9999]: m
              |
            2 | 全网最低价
              |         ^
            """)
    }

    @Test func redactedDiagnosticsDoNotEchoTheLine() {
        let d = Diagnostic(code: "KOS2012", message: "secret inline", file: "e.yaml", location: .init(line: 1, column: 9), redactSource: true)
        #expect(d.rendered(source: "secret: whsec_abc\n") == "e.yaml:1:9: error[KOS2012]: secret inline")
    }

    @Test func controlCharactersAreNotSentToTheTerminal() {
        let d = Diagnostic(code: "KOS1", message: "m", location: .init(line: 1, column: 1))
        #expect(!d.rendered(source: "a\u{1B}[31mred").contains("\u{1B}"))
    }

    @Test func crlfLinesAreFound() {
        #expect(SourceText.line(2, of: "a\r\nbb\r\nccc") == "bb")
        #expect(SourceText.line(4, of: "a\nb") == nil)
    }

    @Test func linesAreFoundInTextWithWideCharactersAndAtTheEnd() {
        let text = "第一行\n周末人多，最好提前预约\r最后"
        #expect(SourceText.line(1, of: text) == "第一行")
        #expect(SourceText.line(2, of: text) == "周末人多，最好提前预约")
        #expect(SourceText.line(3, of: text) == "最后")
        #expect(SourceText.line(0, of: text) == nil)
        #expect(SourceText.line(1, of: "") == "")
    }

    @Test func controlCharactersAreReplacedAndEverythingElseKept() {
        #expect(SourceText.sanitized("a\u{7}b\u{7F}c\u{85}d\te中") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\te中")
        #expect(SourceText.sanitized("周末\t人多 ok") == "周末\t人多 ok")
        #expect(SourceText.sanitized("\u{A0}no-break") == "\u{A0}no-break", "U+00A0 (C2 A0) is not a control")
    }

    @Test func theCaretIsPaddedByTerminalCells() {
        #expect(SourceText.caretPadding("a\t中b", column: 5) == " \t   ")
        #expect(SourceText.caretPadding("e\u{301}x", column: 3) == " ", "a combining mark takes no cell")
        #expect(SourceText.caretPadding("ab", column: 10) == "  ")
        #expect(SourceText.caretPadding("ab", column: 1) == "")
    }
}

@Suite struct HexAndTimestampTests {
    @Test func hexIsLowercaseTwoDigitsAByteWhateverHoldsTheBytes() {
        let bytes: [UInt8] = [0x00, 0x0f, 0x10, 0xab, 0xff, 0x7e]
        let reference = bytes.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        #expect(Hex.encode(bytes) == "000f10abff7e")
        #expect(Hex.encode(bytes) == reference)
        // A sequence without contiguous storage, a slice, and nothing at all.
        #expect(Hex.encode(bytes.lazy.map { $0 }) == reference)
        #expect(Hex.encode(bytes.reversed()) == "7effab100f00")
        #expect(Hex.encode(bytes[2...3]) == "10ab")
        #expect(Hex.encode([UInt8]()) == "")
        let all = (0...255).map { UInt8($0) }
        #expect(Hex.encode(all) == all.map { String(format: "%02x", $0) }.joined())
    }

    /// The digit-by-digit writer against the C library's formatter it replaced, across the range of dates
    /// kosflow stores (the epoch, leap days, the end of years and centuries, far ahead) and their milliseconds.
    @Test func timestampsAreWhatStrftimeWrites() {
        let seconds: [Int64] = [0, 59, 951_782_400, 951_868_799, 1_709_164_800, 1_798_761_599, 1_798_761_600, 4_102_444_800,
                                253_402_300_799, 1_764_570_000]
        for s in seconds {
            for ms: Int64 in [0, 1, 9, 10, 99, 100, 250, 999] {
                var t = time_t(s)
                var parts = tm()
                gmtime_r(&t, &parts)
                let expected = String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), Int(ms))
                #expect(API.timestamp(s * 1000 + ms) == expected, "\(s) s + \(ms) ms")
            }
        }
        #expect(API.timestamp(1_764_570_000_250) == "2025-12-01T06:20:00.250Z")
        // Before 1970 the milliseconds still count forward from the second before.
        #expect(API.timestamp(-250) == "1969-12-31T23:59:59.750Z")
        // Round trip with the parser.
        #expect(API.millis(API.timestamp(1_764_570_000_250)) == 1_764_570_000_250)
    }
}

@Suite struct StringFromScalarsTests {
    /// The string the scalars spell, whatever their UTF-8 widths, short (stored inline) or long.
    @Test(arguments: ["", "a", "最好的面料", "全网最低价！", "🔥最🔥佳", "é\u{301}", String(repeating: "款式 new ", count: 300), "\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"])
    func spellsTheScalars(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        #expect(String(scalars: scalars[...]).utf8.elementsEqual(text.utf8))
        if scalars.count > 2 { #expect(String(scalars: scalars[1..<(scalars.count - 1)]) == String(String.UnicodeScalarView(scalars[1..<(scalars.count - 1)]))) }
    }
}

@Suite struct StringJoiningTests {
    @Test(arguments: [[], [""], ["", ""], ["", "", ""], ["a"], ["\"", "\" is on the generated list"], ["「", "」是绝对化用语（广告法第九条第三项）", ""], ["x", "y", "z", "🔥"]])
    func joinsAsJoinedDoes(pieces: [String]) {
        for separator in ["", "关十", "最好的面料", "🔥 no.1"] {
            #expect(String(joining: pieces, separator: separator) == pieces.joined(separator: separator))
        }
    }
}
