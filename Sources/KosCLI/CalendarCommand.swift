import ArgumentParser
import Foundation
import KosCore
import KosDefinitions
import KosSchedule

/// `kos calendar`: a content calendar's slots, what is booked into them, an iCalendar export and a dry run.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: tr("Content calendars: upcoming slots and bookings, iCalendar export, dry runs."),
        subcommands: [CalendarShowCommand.self, CalendarExportCommand.self, CalendarSimulateCommand.self],
        defaultSubcommand: CalendarShowCommand.self)
}

/// The definitions and period every calendar subcommand reads.
struct CalendarOptions: ParsableArguments {
    @Option(help: ArgumentHelp(tr("Start: a local date or date-time on the calendar's clock (2026-12-01, 2026-12-01T20:00) or RFC 3339. Default: now.")))
    var from: String?

    @Option(help: ArgumentHelp(tr("End, written like --from. Default: two weeks after --from (90 days for export).")))
    var to: String?

    @Option(name: .customLong("definitions"), help: ArgumentHelp(tr("Files or folders holding the calendars.")))
    var definitions: [String] = ["Workflows"]

    /// Every calendar command takes it, so the same flags work on each: `show` then leaves out kosd's bookings;
    /// `export` and `simulate` read the definitions alone anyway.
    @Flag(help: ArgumentHelp(tr("Do not ask kosd (show: slots without bookings; export and simulate never ask).")))
    var offline = false

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The calendars defined, or the located errors that keep them from loading.
    func calendars() throws(Failure) -> [String: KosCore.Calendar] {
        let report = DefinitionLoader().load(paths: definitions)
        guard report.isValid else { throw Failure(description: report.renderedDiagnostics()) }
        return report.definitions.calendars
    }

    func schedule(_ id: String?, in calendars: [String: KosCore.Calendar]) throws(Failure) -> CalendarSchedule {
        guard let id else {
            guard calendars.count == 1, let only = calendars.values.first, let s = CalendarSchedule(only) else {
                throw Failure(description: calendars.isEmpty ? tr("no calendar is defined in \(definitions.joined(separator: ", "))")
                                  : tr("name a calendar: \(calendars.keys.sorted().joined(separator: ", "))"))
            }
            return s
        }
        guard let calendar = calendars[id], let s = CalendarSchedule(calendar) else {
            let known = calendars.keys.sorted()
            let defined = known.isEmpty ? tr("none") : known.joined(separator: ", ")
            throw Failure(description: Suggestion.closest(to: id, in: known).map { tr("no calendar '\(id)' (did you mean '\($0)'?); defined: \(defined)") }
                              ?? tr("no calendar '\(id)'; defined: \(defined)"))
        }
        return s
    }

    /// The calendar named (or the only one) and the period asked for, in seconds since 1970: what every
    /// subcommand starts from.
    func resolve(_ id: String?, defaultDays: Int64) throws(Failure) -> (schedule: CalendarSchedule, from: Int64, through: Int64) {
        let schedule = try schedule(id, in: try calendars())
        let (from, through) = try period(schedule, defaultDays: defaultDays, now: Self.now)
        return (schedule, from, through)
    }

    /// The period asked for, in seconds since 1970.
    func period(_ schedule: CalendarSchedule, defaultDays: Int64, now: Int64) throws(Failure) -> (from: Int64, through: Int64) {
        let from = try from.map { text throws(Failure) in try Self.instant(text, schedule.clock, flag: "--from") } ?? now
        let through = try to.map { text throws(Failure) in try Self.instant(text, schedule.clock, flag: "--to") } ?? from + defaultDays * 86_400
        guard through >= from else { throw Failure(description: tr("--to is before --from")) }
        guard through - from <= 3 * 366 * 86_400 else { throw Failure(description: tr("a period is at most three years")) }
        return (from, through)
    }

    static func instant(_ text: String, _ clock: ZoneClock, flag: String) throws(Failure) -> Int64 {
        if let local = LocalTime.parse(text) ?? LocalTime.parse(text + "T00:00") { return clock.instant(local: local) }
        if let millis = API.millis(text) { return millis / 1000 }
        throw Failure(description: tr("\(flag) \(text): not a date such as 2026-12-01, a local date-time such as 2026-12-01T20:00, or RFC 3339"))
    }

    static var now: Int64 { Int64(Date().timeIntervalSince1970) }
}

/// `kos calendar [ID]`: the upcoming slots, and from kosd what is booked into them.
struct CalendarShowCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: tr("Upcoming slots and what is booked into them."),
        discussion: tr("Slots come from the definitions; bookings from kosd when it answers (--offline: slots only)."))

    @Argument(help: ArgumentHelp(tr("The calendar id (optional when only one is defined)."))) var id: String?
    @OptionGroup var period: CalendarOptions
    @Option(help: ArgumentHelp(tr("Only this associate's bookings."))) var creator: String?
    @OptionGroup var client: ClientOptions

    func run(console: Console) throws -> Int32 {
        let schedule: CalendarSchedule, from: Int64, through: Int64
        do throws(CalendarOptions.Failure) {
            (schedule, from, through) = try period.resolve(id, defaultDays: 14)
        } catch {
            console.err(error.description)
            return ExitCode.usage
        }
        let calendar = schedule.calendar
        let slots = schedule.slots(from: from, through: through)
        var bookings: [API.Booking] = []
        var unavailable: String?
        if !period.offline {
            var query = "calendar=\(DraftFile.escape(calendar.id))&from=\(API.timestamp(from * 1000))&to=\(API.timestamp(through * 1000 + 999))"
            if let creator { query += "&creator=\(DraftFile.escape(creator))" }
            do throws(APIClient.Failure) {
                var api = try client.client(console)
                api.attempts = 1
                bookings = try api.send("GET", "/v1/bookings?\(query)", as: [API.Booking].self).0
            } catch {
                unavailable = tr("bookings not shown: \(error.description)")
            }
        }
        let byMillis = Dictionary(grouping: bookings) { API.millis($0.slotAt) ?? 0 }
        if client.format == .json {
            console.out(Self.json(schedule, slots: slots, bookings: byMillis, from: from, through: through, unavailable: unavailable))
            return ExitCode.success
        }
        console.out(tr("\(calendar.id) (\(calendar.timeZone)): \(LocalTime.format(schedule.clock.local(from))) to \(LocalTime.format(schedule.clock.local(through)))"))
        var rows: [[String]] = []
        let slotMillis = Set(slots.map { $0.at * 1000 })
        for slot in slots {
            let booked = (byMillis[slot.at * 1000] ?? []).map { b in
                let fire = API.millis(b.fireAt).map { LocalTime.format(schedule.clock.local($0 / 1000)).dropFirst(11) } ?? ""
                return b.state == BookingState.booked.rawValue ? tr("\(b.creator) \(b.draft) at \(fire)") : "\(b.creator) \(b.draft) \(Table.stateName(b.state))"
            }
            let notes = [slot.blackout.map { tr("blackout: \($0)") }, slot.clockNote].compactMap { $0 }
            rows.append([Self.day(slot.local), slot.platforms.isEmpty ? tr("any") : slot.platforms.joined(separator: ", "),
                         booked.isEmpty ? (slot.blackout == nil ? tr("free") : "—") : booked.joined(separator: "; "), notes.joined(separator: "; ")])
        }
        for (millis, list) in byMillis.sorted(by: { $0.key < $1.key }) where !slotMillis.contains(millis) {
            for b in list {
                rows.append([Self.day(schedule.clock.local(millis / 1000)), b.platforms.joined(separator: ", "), "\(b.creator) \(b.draft) \(Table.stateName(b.state))",
                             b.note ?? tr("outside the calendar's slots")])
            }
        }
        console.out(rows.isEmpty ? tr("no slots in this period") : Table.render([tr("SLOT"), tr("PLATFORMS"), tr("BOOKED"), tr("NOTE")], rows, console: console))
        if let unavailable { console.err(unavailable) }
        return ExitCode.success
    }

    /// `Tue 2026-12-01 20:00` (the weekday in the reader's language).
    static func day(_ local: Int64) -> String {
        let text = LocalTime.format(local)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return weekday(Int(Civil.weekday(days: days))) + " " + text.prefix(10) + " " + text.dropFirst(11)
    }

    /// A weekday's short name, Sunday being 0.
    static func weekday(_ index: Int) -> String {
        switch index {
        case 0: tr("Sun")
        case 1: tr("Mon")
        case 2: tr("Tue")
        case 3: tr("Wed")
        case 4: tr("Thu")
        case 5: tr("Fri")
        default: tr("Sat")
        }
    }

    static func json(_ schedule: CalendarSchedule, slots: [SlotInstant], bookings: [Int64: [API.Booking]], from: Int64, through: Int64, unavailable: String?) -> String {
        struct Slot: Encodable {
            var at: String, local: String, platforms: [String], source: String, blackout: String?, clockNote: String?, bookings: [API.Booking]
        }
        struct Out: Encodable {
            var calendar: String, timezone: String, from: String, to: String, slots: [Slot], bookingsUnavailable: String?
        }
        let out = Out(calendar: schedule.calendar.id, timezone: schedule.calendar.timeZone, from: API.timestamp(from * 1000), to: API.timestamp(through * 1000),
                      slots: slots.map { Slot(at: API.timestamp($0.at * 1000), local: LocalTime.format($0.local), platforms: $0.platforms, source: $0.source,
                                              blackout: $0.blackout, clockNote: $0.clockNote, bookings: bookings[$0.at * 1000] ?? []) },
                      bookingsUnavailable: unavailable)
        return String(decoding: (try? API.encoder().encode(out)) ?? Data(), as: UTF8.self)
    }
}

/// `kos calendar export ID > slots.ics`: the slots, blackouts and embargo lifts as an iCalendar file.
struct CalendarExportCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: tr("The slots, blackouts and embargo lifts as iCalendar (.ics)."))

    @Argument(help: ArgumentHelp(tr("The calendar id."))) var id: String
    @OptionGroup var period: CalendarOptions

    func run(console: Console) throws -> Int32 {
        let schedule: CalendarSchedule, from: Int64, through: Int64
        do throws(CalendarOptions.Failure) {
            (schedule, from, through) = try period.resolve(id, defaultDays: 90)
        } catch {
            console.err(error.description)
            return ExitCode.usage
        }
        // iCalendar lines end in CRLF; the console adds the last LF.
        let text = ICalendar.render(schedule, from: from, through: through, stamp: CalendarOptions.now)
        console.out(String(String.UnicodeScalarView(text.unicodeScalars.dropLast())))
        return ExitCode.success
    }
}

/// RFC 5545 text for a calendar's slots over a period: one event per slot (times in UTC, so no VTIMEZONE is
/// needed), blackouts as events of their own, embargo lifts as moments.
enum ICalendar {
    static func render(_ schedule: CalendarSchedule, from: Int64, through: Int64, stamp: Int64) -> String {
        let c = schedule.calendar
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//kosflow//kos calendar export//EN", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:\(text(tr("KOS slots: \(c.id)")))", "X-WR-TIMEZONE:\(c.timeZone)"]
        func event(uid: String, start: Int64, end: Int64, summary: String, description: String?, transparent: Bool) {
            lines += ["BEGIN:VEVENT", "UID:\(uid)@kosflow", "DTSTAMP:\(utc(stamp))", "DTSTART:\(utc(start))", "DTEND:\(utc(end))",
                      "SUMMARY:\(text(summary))"]
            if let description { lines.append("DESCRIPTION:\(text(description))") }
            lines += ["TRANSP:\(transparent ? "TRANSPARENT" : "OPAQUE")", "END:VEVENT"]
        }
        let length: Int64 = {
            switch c.jitter {
            case .none: 15 * 60
            case .random(let max), .perCreator(let max): Swift.max(15 * 60, max.milliseconds / 1000)
            }
        }()
        for slot in schedule.slots(from: from, through: through) {
            let platforms = slot.platforms.joined(separator: ", ")
            let summary = switch (slot.platforms.isEmpty, slot.blackout == nil) {
            case (true, true): tr("KOS slot · \(c.id)")
            case (false, true): tr("KOS slot · \(c.id) · \(platforms)")
            case (true, false): tr("KOS slot · \(c.id) (blackout)")
            case (false, false): tr("KOS slot · \(c.id) · \(platforms) (blackout)")
            }
            var about = [tr("From \(slot.source) in \(c.timeZone), \(LocalTime.format(slot.local)) local.")]
            if let b = slot.blackout { about.append(tr("Inside a blackout: \(b). Nothing is published.")) }
            if let note = slot.clockNote { about.append(note) }
            event(uid: "\(c.id)-slot-\(slot.at)", start: slot.at, end: slot.at + length, summary: summary, description: about.joined(separator: "\n"),
                  transparent: false)
        }
        for (i, b) in schedule.blackouts.enumerated() where b.to >= from && b.from <= through {
            event(uid: "\(c.id)-blackout-\(i + 1)", start: b.from, end: b.to + 1, summary: tr("Blackout · \(c.id)"), description: b.reason, transparent: true)
        }
        for (i, e) in c.embargoes.enumerated() {
            guard let local = LocalTime.parse(e.until) else { continue }
            let at = schedule.clock.instant(local: local)
            guard at >= from && at <= through else { continue }
            event(uid: "\(c.id)-embargo-\(i + 1)", start: at, end: at + 60, summary: tr("Embargo lifts · \(e.products.joined(separator: ", "))"),
                  description: e.reason.isEmpty ? nil : e.reason, transparent: true)
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func utc(_ seconds: Int64) -> String {
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (y, m, d) = Civil.date(days: day)
        let s = seconds - day * 86_400
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)\(two(m))\(two(d))T\(two(s / 3600))\(two(s % 3600 / 60))\(two(s % 60))Z"
    }

    /// TEXT values: backslash, semicolon, comma and newlines escaped.
    static func text(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var out = "", count = 0
        for ch in line.unicodeScalars {
            let width = String(ch).utf8.count
            if count + width > 75 {
                out += "\r\n "
                count = 1
            }
            out.unicodeScalars.append(ch)
            count += width
        }
        return out
    }
}

/// `kos calendar simulate ID`: what the calendar would do with associates who want every slot.
struct CalendarSimulateCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate", abstract: tr("Dry-run a period: slots, caps, blackouts, clock changes and jitter, each explained."),
        discussion: tr("Every associate named asks for every slot in turn; the output says when each post would go out, or why not."))

    @Argument(help: ArgumentHelp(tr("The calendar id."))) var id: String
    @OptionGroup var period: CalendarOptions
    @Option(help: ArgumentHelp(tr("An associate as ID or ID@STORE (repeatable). Default: two associates of one store.")))
    var creator: [String] = ["associate-1@store-1", "associate-2@store-1"]
    @Option(help: ArgumentHelp(tr("The platforms each post goes to (repeatable). Default: any slot's platforms.")))
    var platform: [String] = []
    @Option(help: ArgumentHelp(tr("The campaign the posts belong to."))) var campaign: String?
    @Option(help: ArgumentHelp(tr("At most this many posts per associate in the period."))) var posts: Int?
    @Option(help: ArgumentHelp(tr("Output format: human or json."))) var format: OutputFormat = .human

    func run(console: Console) throws -> Int32 {
        let schedule: CalendarSchedule, from: Int64, through: Int64
        do throws(CalendarOptions.Failure) {
            (schedule, from, through) = try period.resolve(id, defaultDays: 14)
            for p in platform where Platform(rawValue: p) == nil {
                throw .init(description: tr("--platform \(p): not one of \(Platform.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            if let posts, posts < 1 { throw .init(description: tr("--posts is at least 1")) }
        } catch {
            console.err(error.description)
            return ExitCode.usage
        }
        let demand = creator.map { text -> PostRequest in
            let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
            return PostRequest(creator: parts[0], store: parts.count > 1 ? parts[1] : nil, platforms: platform, campaign: campaign)
        }
        let rows = CalendarSimulation.run(schedule, from: from, through: through, demand: demand, postsEach: posts)
        let local = { (s: Int64) in LocalTime.format(schedule.clock.local(s)) }
        if format == .json {
            struct Outcome: Encodable { var creator: String, goesOut: String?, goesOutLocal: String?, skipped: String? }
            struct Row: Encodable { var slot: String, local: String, platforms: [String], clockNote: String?, blackout: String?, posts: [Outcome] }
            let out = rows.map { r in
                Row(slot: API.timestamp(r.slot.at * 1000), local: LocalTime.format(r.slot.local), platforms: r.slot.platforms, clockNote: r.slot.clockNote,
                    blackout: r.slot.blackout, posts: r.outcomes.map { o in
                        Outcome(creator: o.creator, goesOut: o.fireAtMillis.map { API.timestamp($0) }, goesOutLocal: o.fireAtMillis.map { local($0 / 1000) }, skipped: o.reason)
                    })
            }
            console.out(String(decoding: (try? API.encoder().encode(out)) ?? Data(), as: UTF8.self))
            return ExitCode.success
        }
        let c = schedule.calendar
        console.out(tr("\(c.id) (\(c.timeZone)) from \(local(from)) to \(local(through)), for \(demand.map(\.creator).joined(separator: ", "))"))
        var published = 0, skipped = 0
        for row in rows {
            var head = "\(CalendarShowCommand.day(row.slot.local))"
            if !row.slot.platforms.isEmpty { head += "  [\(row.slot.platforms.joined(separator: ", "))]" }
            console.out(console.paint(head, "1"))
            if let note = row.slot.clockNote { console.out(tr("  clock: \(note)")) }
            for o in row.outcomes {
                if let fireMillis = o.fireAtMillis {
                    published += 1
                    let fire = fireMillis / 1000, jitter = fireMillis - row.slot.at * 1000
                    let time = local(fire).suffix(local(fire).count - 11), minutes = jitter / 60_000, seconds = jitter % 60_000 / 1000
                    console.out(jitter > 0 ? tr("  \(o.creator): goes out at \(time) (jitter +\(minutes)m\(seconds)s)") : tr("  \(o.creator): goes out at \(time)"))
                } else {
                    skipped += 1
                    let skippedWord = console.paint(tr("skipped"), "33")
                    console.out(tr("  \(o.creator): \(skippedWord): \(o.reason ?? "")"))
                }
            }
        }
        let slots = trn(rows.count, "\(rows.count) slot", "\(rows.count) slots")
        console.out("\n" + trn(published, "\(slots), \(published) post would go out, \(skipped) skipped", "\(slots), \(published) posts would go out, \(skipped) skipped"))
        return ExitCode.success
    }
}
