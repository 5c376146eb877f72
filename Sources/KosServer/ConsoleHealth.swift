import Foundation
import KosCore

/// The console's program health page: the figures of `kos report`, drawn as SVG on the server (bars whose
/// geometry is computed here and whose text the template escapes; no script). No follower, like or "top
/// creator" figure, and cadence is listed in name order against the caps: a luxury program posts scarcely.
enum ConsoleHealth {
    /// The periods the page offers, in days.
    static let periods = [7, 30, 90]

    /// One bar: a label, its length as a share of the chart's scale, the figure printed after it, and where a
    /// cap falls (as a share too), if it has one.
    struct Bar {
        var label: String
        var share: Double
        var text: String
        var limit: Double?
        var tone: String = "bar"
    }

    /// Each row is its label, then its bar beneath: long rule and stage names are never cut.
    static let barWidth = 440.0, rowHeight = 40.0

    /// A chart's values for the `chart` partial.
    static func chart(_ title: String, _ bars: [Bar]) -> [String: Any] {
        let rows: [[String: Any]] = bars.enumerated().map { i, bar in
            let y = Double(i) * rowHeight
            var row: [String: Any] = [
                "label": bar.label, "text": bar.text, "tone": bar.tone,
                "ly": format(y + 15), "y": format(y + 21), "ty": format(y + 33), "w": format(max(bar.share > 0 ? 1 : 0, min(1, bar.share) * barWidth)),
                "tx": format(min(1, bar.share) * barWidth + 6),
            ]
            if let limit = bar.limit {
                row["limitX"] = format(min(1, limit) * barWidth)
                row["y1"] = format(y + 18)
                row["y2"] = format(y + rowHeight - 1)
            }
            return row
        }
        return ["title": title, "bars": rows, "height": format(max(rowHeight, Double(bars.count) * rowHeight + 4)), "empty": bars.isEmpty]
    }

    static func format(_ v: Double) -> String { String(format: "%.1f", v) }

    static func duration(_ minutes: Double?) -> String { minutes.map(API.Report.duration(minutes:)) ?? "–" }

    /// The page's values from a report.
    static func values(_ report: API.Report, days: Int) -> [String: Any] {
        let longest = report.stages.compactMap(\.p90Minutes).max() ?? 0
        var stageBars: [Bar] = []
        for stage in report.stages {
            let name = "\(stage.workflow) · \(stage.step)"
            stageBars.append(Bar(label: name + " p50", share: longest > 0 ? (stage.p50Minutes ?? 0) / longest : 0, text: duration(stage.p50Minutes)))
            stageBars.append(Bar(label: name + " p90", share: longest > 0 ? (stage.p90Minutes ?? 0) / longest : 0, text: duration(stage.p90Minutes), tone: "bar soft"))
        }
        let mostBlocked = Double(report.rules.map(\.blocked).max() ?? 0)
        let ruleBars = report.rules.prefix(10).map { Bar(label: $0.rule, share: mostBlocked > 0 ? Double($0.blocked) / mostBlocked : 0, text: "\($0.blocked)") }
        let d = report.deliveries
        let deliveryCounts = [(tr("delivered"), d.delivered, "bar"), (tr("being retried"), d.failed, "bar warn"), (tr("waiting"), d.pending, "bar soft"),
                              (tr("dead letters"), d.dead, "bar bad")]
        let mostDeliveries = Double(deliveryCounts.map(\.1).max() ?? 0)
        let deliveryBars = deliveryCounts.map { Bar(label: $0.0, share: mostDeliveries > 0 ? Double($0.1) / mostDeliveries : 0, text: "\($0.1)", tone: $0.2) }
        let h = report.held
        let heldCounts = [(tr("held by an embargo"), h.embargo), (tr("waiting for a calendar slot"), h.slot), (tr("slots moved"), h.moved), (tr("slots missed"), h.missed)]
        let mostHeld = Double(heldCounts.map(\.1).max() ?? 0)
        let heldBars = heldCounts.map { Bar(label: $0.0, share: mostHeld > 0 ? Double($0.1) / mostHeld : 0, text: "\($0.1)") }
        var cadence: [[String: Any]] = []
        for group in Dictionary(grouping: report.cadence, by: { "\($0.calendar)|\($0.per)" }).sorted(by: { $0.key < $1.key }) {
            guard let first = group.value.first else { continue }
            // Scaled so the cap sits at two thirds of the bar: over the cap shows past the line.
            let scale = Double(first.max) * 1.5
            let bars = group.value.map { c in
                Bar(label: c.who, share: Double(c.posted + c.booked) / scale, text: tr("\(c.posted) posted, \(c.booked) booked of \(c.max)"),
                    limit: Double(c.max) / scale, tone: c.posted + c.booked > c.max ? "bar bad" : "bar")
            }
            let title = first.per == "creator" ? tr("\(first.calendar): per associate, at most \(first.max) in \(first.window)")
                : tr("\(first.calendar): per store, at most \(first.max) in \(first.window)")
            cadence.append(chart(title, bars))
        }
        let rate = report.firstPass.rate.map { "\(Int(($0 * 100).rounded())) %" } ?? "–"
        let (since, until) = (String(report.since.prefix(10)), String(report.until.prefix(10)))
        let submitted = trn(report.drafts, "\(report.drafts) draft submitted from \(since) to \(until)", "\(report.drafts) drafts submitted from \(since) to \(until)")
        let periodValues: [[String: Any]] = periods.map { n in ["days": n, "label": trn(n, "\(n) day", "\(n) days"), "current": n == days] }
        return [
            "days": days, "since": since, "until": until, "drafts": report.drafts, "submitted": submitted,
            "periods": periodValues,
            "firstPass": chart(tr("Cleared at the first revision"), [Bar(label: tr("first pass"), share: report.firstPass.rate ?? 0,
                                                                          text: tr("\(rate) (\(report.firstPass.passed) of \(report.firstPass.decided))"))]),
            "stages": chart(tr("Time to a decision, from the step being ready"), stageBars),
            "rules": chart(tr("Rules that blocked drafts"), Array(ruleBars)),
            "held": chart(tr("Held"), heldBars),
            "deliveries": chart(tr("Deliveries"), deliveryBars),
            "cadence": cadence,
        ]
    }

    /// The page's template, in the current language.
    static func template() -> String {
        let heading = ConsolePages.html(tr("Program health"))
        let about = ConsolePages.html(tr("Cadence is shown against the calendar's caps, in name order; kosflow keeps no follower, like or ranking figures."))
        let cadence = ConsolePages.html(tr("Cadence against caps"))
        let empty = ConsolePages.html(tr("No calendar slots booked or fired around this period."))
        return """
            <h1>\(heading)</h1>
            <p class="meta">{{submitted}} ·
            {{#periods}}{{#current}}<strong>{{label}}</strong>{{/current}}{{^current}}<a href="/console/health?days={{days}}">{{label}}</a>{{/current}} {{/periods}}</p>
            <p class="meta">\(about)</p>
            {{#firstPass}}{{> chart}}{{/firstPass}}
            {{#stages}}{{> chart}}{{/stages}}
            {{#rules}}{{> chart}}{{/rules}}
            {{#held}}{{> chart}}{{/held}}
            {{#deliveries}}{{> chart}}{{/deliveries}}
            <h2>\(cadence)</h2>
            {{#cadence}}{{> chart}}{{/cadence}}
            {{^cadence}}<p class="empty">\(empty)</p>{{/cadence}}
            """
    }

    /// A chart's template, in the current language.
    static func chartTemplate() -> String {
        let empty = ConsolePages.html(tr("Nothing in this period."))
        return """
            <figure class="chart">
            <figcaption>{{title}}</figcaption>
            {{^empty}}<svg viewBox="0 0 600 {{height}}" width="100%" role="img" aria-label="{{title}}" font-size="15" font-family="sans-serif">
            {{#bars}}<text x="0" y="{{ly}}" fill="#1d1d1f">{{label}}</text><rect class="{{tone}}" x="0" y="{{y}}" width="{{w}}" height="16" rx="2"></rect>{{#limitX}}<line class="cap" x1="{{limitX}}" x2="{{limitX}}" y1="{{y1}}" y2="{{y2}}"></line>{{/limitX}}<text x="{{tx}}" y="{{ty}}" fill="#6e6e73">{{text}}</text>
            {{/bars}}</svg>{{/empty}}
            {{#empty}}<p class="empty">\(empty)</p>{{/empty}}
            </figure>
            """
    }

    static let style = """
        .chart { margin: 1rem 0; }
        .chart figcaption { font-weight: 600; margin-bottom: .3rem; }
        .chart svg { max-width: 40rem; display: block; }
        .chart rect.bar { fill: #0b5cad; }
        .chart rect.soft { fill: #8fb3dc; }
        .chart rect.warn { fill: #c77c00; }
        .chart rect.bad { fill: #a1001a; }
        .chart line.cap { stroke: #a1001a; stroke-width: 2; }
        nav.sections { display: flex; gap: 1rem; }
        """
}
