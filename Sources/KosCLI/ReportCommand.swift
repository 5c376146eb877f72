import ArgumentParser
import Foundation
import KosCore

/// `kos report`: the program's health over a period, as the console's health page shows it.
struct ReportCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: tr("The program's health: approval times, first-pass rate, blocking rules, held posts, deliveries, cadence against caps."),
        discussion: tr("For reviewers and admins. The period is the drafts submitted in it (default: the last 30 days). There are no follower, like or ranking figures; cadence is per associate and store against the calendar's caps, in name order."))

    enum Format: String, ExpressibleByArgument, CaseIterable { case human, json, csv }

    @OptionGroup var connection: ConnectionOptions
    @Option(help: ArgumentHelp(tr("Start of the period: a date (local midnight) or an RFC 3339 time; default: 30 days before --until."))) var since: String?
    @Option(help: ArgumentHelp(tr("End of the period (exclusive): a date or an RFC 3339 time; default: now."))) var until: String?
    @Option(help: ArgumentHelp(tr("human, json or csv (one figure a row: section, name, measure, value)."))) var format: Format = .human

    func run(console: Console) throws -> Int32 {
        do throws(APIClient.Failure) {
            var query: [String] = []
            for (name, value) in [("since", since), ("until", until)] {
                guard let value else { continue }
                guard let time = Self.time(value) else {
                    throw .transport(tr("--\(name) '\(value.prefix(40))' is neither a date (2026-12-01) nor an RFC 3339 time (2026-12-01T00:00:00+08:00)"))
                }
                query.append("\(name)=\(time.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? time)")
            }
            let (report, raw) = try connection.client(console).send("GET", "/v1/report" + (query.isEmpty ? "" : "?" + query.joined(separator: "&")),
                                                                    as: API.Report.self)
            switch format {
            case .json: console.out(String(decoding: raw, as: UTF8.self))
            case .csv: for line in Self.csv(report) { console.out(line) }
            case .human: Self.human(report, console: console)
            }
            return ExitCode.success
        } catch {
            console.err(console.paint(error.description, "1;31"))
            return error.exitCode
        }
    }

    /// An RFC 3339 time as given, or a plain date as local midnight in RFC 3339.
    static func time(_ text: String) -> String? {
        if API.millis(text) != nil { return text }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        var calendar = Foundation.Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        // A date the calendar would roll over (2026-13-01, 2026-02-30) is not a date.
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
              calendar.dateComponents([.year, .month, .day], from: date) == DateComponents(year: parts[0], month: parts[1], day: parts[2]) else { return nil }
        return API.timestamp(Int64(date.timeIntervalSince1970 * 1000))
    }

    /// One figure a row, for a spreadsheet.
    static func csv(_ r: API.Report) -> [String] {
        var rows = [["section", "name", "measure", "value"]]
        func add(_ section: String, _ name: String, _ measure: String, _ value: String) { rows.append([section, name, measure, value]) }
        add("period", "", "since", r.since)
        add("period", "", "until", r.until)
        add("drafts", "", "submitted", String(r.drafts))
        add("first-pass", "", "decided", String(r.firstPass.decided))
        add("first-pass", "", "passed", String(r.firstPass.passed))
        if let rate = r.firstPass.rate { add("first-pass", "", "rate", String(format: "%.3f", rate)) }
        for s in r.stages {
            let name = "\(s.workflow)/\(s.step)"
            for (measure, value) in [("approved", s.approved), ("rejected", s.rejected), ("expired", s.expired), ("escalated", s.escalated)] {
                add("stage", name, measure, String(value))
            }
            if let p50 = s.p50Minutes { add("stage", name, "p50-minutes", String(p50)) }
            if let p90 = s.p90Minutes { add("stage", name, "p90-minutes", String(p90)) }
        }
        for rule in r.rules { add("rule", rule.rule, "blocked", String(rule.blocked)) }
        for (measure, value) in [("embargo", r.held.embargo), ("slot", r.held.slot), ("moved", r.held.moved), ("missed", r.held.missed)] {
            add("held", "", measure, String(value))
        }
        let d = r.deliveries
        for (measure, value) in [("delivered", d.delivered), ("failed", d.failed), ("pending", d.pending), ("dead", d.dead)] {
            add("deliveries", "", measure, String(value))
        }
        for c in r.cadence {
            let name = "\(c.calendar)/\(c.per)/\(c.who)"
            add("cadence", name, "posted", String(c.posted))
            add("cadence", name, "booked", String(c.booked))
            add("cadence", name, "max", String(c.max))
            add("cadence", name, "window", c.window)
        }
        return rows.map { $0.map(AuditExportCommand.csv).joined(separator: ",") }
    }

    static func human(_ r: API.Report, console: Console) {
        func minutes(_ m: Double?) -> String { m.map(API.Report.duration(minutes:)) ?? "-" }
        console.out(tr("\(r.drafts) drafts submitted from \(Table.local(r.since)) to \(Table.local(r.until))"))
        let rate = r.firstPass.rate.map { String(format: "%.0f %%", $0 * 100) } ?? "-"
        console.out(tr("first pass: \(rate) (\(r.firstPass.passed) of \(r.firstPass.decided) decided drafts cleared review at their first revision)"))
        console.out("\n" + tr("approval stages:"))
        console.out(r.stages.isEmpty ? tr("  none decided") : Table.render([tr("WORKFLOW"), tr("STEP"), tr("APPROVED"), tr("REJECTED"), tr("EXPIRED"), tr("ESCALATED"), "P50", "P90"], r.stages.map {
            [$0.workflow, $0.step, String($0.approved), String($0.rejected), String($0.expired), String($0.escalated), minutes($0.p50Minutes), minutes($0.p90Minutes)]
        }, console: console))
        console.out("\n" + tr("rules that blocked drafts:"))
        console.out(r.rules.isEmpty ? tr("  none") : Table.render([tr("RULE"), tr("BLOCKED")], r.rules.map { [$0.rule, String($0.blocked)] }, console: console))
        console.out("\n" + tr("held now: \(r.held.embargo) by an embargo, \(r.held.slot) waiting for a calendar slot; slots moved \(r.held.moved), missed \(r.held.missed)"))
        let d = r.deliveries
        console.out(tr("deliveries: \(d.delivered) delivered, \(d.failed) being retried, \(d.pending) waiting, \(d.dead) dead letters"))
        console.out("\n" + tr("cadence against caps (name order):"))
        console.out(r.cadence.isEmpty ? tr("  no slots booked or fired around the period") : Table.render([tr("CALENDAR"), tr("PER"), tr("WHO"), tr("POSTED"), tr("BOOKED"), tr("CAP")], r.cadence.map {
            [$0.calendar, $0.per, $0.who, String($0.posted), String($0.booked), tr("\($0.max) in \($0.window)")]
        }, console: console))
    }
}
