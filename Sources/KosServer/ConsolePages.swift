import Foundation
import KosCore
import Mustache
import Synchronization

/// The review console's pages: server-rendered HTML from Mustache templates, every value HTML-escaped by the
/// template (`{{name}}`; the templates use no triple braces), no script at all.
enum ConsolePages {
    /// One line of a draft with its findings marked: pieces of text, each either plain or a finding's.
    struct Line: Equatable {
        var number: Int
        var pieces: [Piece]
    }

    struct Piece: Equatable {
        var text: String
        /// The 1-based number of the finding this text is, in the page's list; nil for plain text.
        var finding: Int?
    }

    /// `content` split into lines, each finding marked over the characters it names (its line, its column in
    /// Unicode scalars, as many scalars as its match). Overlapping findings keep the first; a finding whose
    /// position is outside its line is listed but not marked.
    static func highlight(_ content: String, findings: [Finding]) -> [Line] {
        let lines = content.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Array((line.hasSuffix("\r") ? line.dropLast() : line).unicodeScalars)
        }
        var marks: [Int: [(start: Int, end: Int, finding: Int)]] = [:]
        for (i, f) in findings.enumerated() {
            guard let line = f.line, let column = f.column, let match = f.match, line >= 1, line <= lines.count, column >= 1 else { continue }
            let start = column - 1
            let end = min(lines[line - 1].count, start + max(1, match.unicodeScalars.count))
            guard start < end else { continue }
            marks[line, default: []].append((start, end, i + 1))
        }
        return lines.enumerated().map { index, scalars in
            var pieces: [Piece] = []
            var at = 0
            func text(_ range: Range<Int>) -> String {
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[range])
                return String(s)
            }
            for mark in (marks[index + 1] ?? []).sorted(by: { ($0.start, $0.finding) < ($1.start, $1.finding) }) where mark.start >= at {
                if mark.start > at { pieces.append(Piece(text: text(at..<mark.start), finding: nil)) }
                pieces.append(Piece(text: text(mark.start..<mark.end), finding: mark.finding))
                at = mark.end
            }
            if at < scalars.count || pieces.isEmpty { pieces.append(Piece(text: text(at..<scalars.count), finding: nil)) }
            return Line(number: index + 1, pieces: pieces)
        }
    }

    /// `content` with every finding's suggested wording put in place of what it matched (where the text at its
    /// line and column is still the match; overlapping findings keep the first): the rewording a reviewer starts from.
    static func reworded(_ content: String, findings: [Finding]) -> String {
        var lines = content.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        var edits: [Int: [(start: Int, end: Int, with: [Unicode.Scalar])]] = [:]
        for f in findings {
            guard f.suppressed == nil, let line = f.line, let column = f.column, let match = f.match, let suggestion = f.suggestion,
                  line >= 1, line <= lines.count, column >= 1 else { continue }
            let start = column - 1, wanted = Array(match.unicodeScalars)
            let end = start + wanted.count
            guard !wanted.isEmpty, end <= lines[line - 1].count, Array(lines[line - 1][start..<end]) == wanted,
                  !(edits[line] ?? []).contains(where: { $0.start < end && start < $0.end }) else { continue }
            edits[line, default: []].append((start, end, Array(suggestion.unicodeScalars)))
        }
        for (line, changes) in edits {
            for edit in changes.sorted(by: { $0.start > $1.start }) { lines[line - 1].replaceSubrange(edit.start..<edit.end, with: edit.with) }
        }
        return lines.map { scalars in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }.joined(separator: "\n")
    }

    // MARK: Changes between revisions

    struct Change: Equatable {
        enum Kind: String { case same, inserted, deleted }
        var kind: Kind
        var text: String
    }

    /// What changed from `old` to `new`, character by character (Unicode scalars: Chinese has no spaces to
    /// split words at): the shortest edit script (Myers), after the common start and end are set aside. Past
    /// `limit` edits the texts are too different to show character by character, and the middle is shown as
    /// removed and added whole — the cost stays bounded by `limit` times the length, whatever a revision holds.
    static func changes(from old: String, to new: String, limit: Int = 2_000) -> [Change] {
        let a = Array(old.unicodeScalars), b = Array(new.unicodeScalars)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let x = a[prefix..<(a.count - suffix)], y = b[prefix..<(b.count - suffix)]
        var out: [Change] = []
        func add(_ kind: Change.Kind, _ scalars: some Sequence<Unicode.Scalar>) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            guard !view.isEmpty else { return }
            if let last = out.last, last.kind == kind {
                out[out.count - 1].text.unicodeScalars.append(contentsOf: view)
            } else {
                out.append(Change(kind: kind, text: String(view)))
            }
        }
        add(.same, a[0..<prefix])
        if let script = editScript(Array(x), Array(y), limit: limit) {
            for (kind, scalar) in script { add(kind, CollectionOfOne(scalar)) }
        } else {
            add(.deleted, x)
            add(.inserted, y)
        }
        add(.same, a[(a.count - suffix)...])
        return out
    }

    /// Myers' O((N+M)·D) shortest edit script; nil when it needs more than `limit` edits.
    static func editScript(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> [(Change.Kind, Unicode.Scalar)]? {
        let n = a.count, m = b.count
        if n == 0 { return b.map { (.inserted, $0) } }
        if m == 0 { return a.map { (.deleted, $0) } }
        let maxD = min(n + m, limit)
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        var trace: [[Int]] = []
        var found = false
        search: for d in 0...maxD {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n, y >= m { found = true; break search }
            }
        }
        guard found else { return nil }
        // Walk back through the saved frontiers.
        var script: [(Change.Kind, Unicode.Scalar)] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
            let previousX = v[offset + previousK], previousY = previousX - previousK
            while x > previousX, y > previousY { x -= 1; y -= 1; script.append((.same, a[x])) }
            if d > 0 {
                if x == previousX { y -= 1; script.append((.inserted, b[y])) } else { x -= 1; script.append((.deleted, a[x])) }
            }
        }
        return script.reversed()
    }

    /// The revision to show changes against, for `person` reading revision `current`: the one they last decided
    /// on, when that is an earlier one; else the previous revision; nil for a first revision.
    static func baseRevision(history: [API.AuditEntry], person: String, current: Int) -> (revision: Int, decided: Bool)? {
        var showing: Int?
        var decided: Int?
        for entry in history {
            if entry.action == AuditAction.draftSubmitted.rawValue || entry.action == AuditAction.draftRevised.rawValue,
               entry.details.hasPrefix("revision "), let number = Int(entry.details.dropFirst(9).prefix { $0.isNumber }) {
                showing = number
            }
            if entry.actor == person, entry.action == AuditAction.approvalApproved.rawValue || entry.action == AuditAction.approvalRejected.rawValue {
                decided = showing
            }
        }
        if let decided, decided < current { return (decided, true) }
        return current > 1 ? (current - 1, false) : nil
    }

    // MARK: Templates

    /// A message as a template's text: HTML-escaped, so a translation is always text. The mustache tags a message
    /// carries in its placeholders (`field(_:)`) pass unchanged.
    static func html(_ message: String) -> String {
        message.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// A page's value inside a message: `tr("revision \(field("revision"))")` is `revision {{revision}}` in the
    /// template, which fills it in, escaped, on each page.
    static func field(_ name: String) -> String { "{{" + name + "}}" }

    /// A person's role as the header shows it.
    static func roleText(_ role: Person.Role) -> String {
        switch role {
        case .creator: tr("creator")
        case .reviewer: tr("reviewer")
        case .admin: tr("admin")
        }
    }

    // The templates are made in the current language (``MessageLanguage/current``): each is compiled once per
    // language (`library()`), never frozen in the language of the first page served.

    static func layout() -> String {
        let name = html(tr("kosflow review")), inbox = html(tr("Inbox")), health = html(tr("Health")), signOut = html(tr("Sign out"))
        return """
            <!doctype html>
            <html lang="\(MessageLanguage.current.tag)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            {{#refresh}}<meta http-equiv="refresh" content="0; url={{refresh}}">{{/refresh}}
            <title>{{title}} · \(name)</title>
            <link rel="stylesheet" href="/console/style.css">
            </head>
            <body>
            <header>
            <a class="home" href="/console">\(name)</a>
            {{#person}}{{#reviewer}}<nav class="sections"><a href="/console">\(inbox)</a><a href="/console/health">\(health)</a></nav>{{/reviewer}}<span class="who">{{id}} · {{role}}</span>
            <form class="signout" method="post" action="/console/sign-out"><input type="hidden" name="csrf" value="{{csrf}}"><button>\(signOut)</button></form>{{/person}}
            </header>
            <main>
            {{> body}}
            </main>
            </body>
            </html>
            """
    }

    static func inbox() -> String {
        let heading = html(tr("Waiting for your decision"))
        let workflow = html(tr("Workflow")), store = html(tr("Store")), state = html(tr("State"))
        let all = html(tr("all")), waiting = html(tr("waiting")), show = html(tr("Show"))
        let escalated = html(tr("(escalated to \(field("escalated")))"))
        let revision = html(tr("revision \(field("revision"))"))
        let since = html(tr("waiting since \(field("since"))"))
        let due = html(tr("deadline \(field("due"))"))
        let earlier = html(tr("← Earlier")), later = html(tr("Later →"))
        let empty = html(tr("Nothing waits for your decision."))
        return """
            <h1>\(heading)</h1>
            <form class="filters" method="get" action="/console">
            <label>\(workflow) <select name="workflow"><option value="">\(all)</option>{{#workflows}}<option{{#selected}} selected{{/selected}}>{{name}}</option>{{/workflows}}</select></label>
            <label>\(store) <select name="store"><option value="">\(all)</option>{{#stores}}<option{{#selected}} selected{{/selected}}>{{name}}</option>{{/stores}}</select></label>
            <label>\(state) <select name="state"><option value="">\(waiting)</option>{{#states}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/states}}</select></label>
            <button>\(show)</button>
            </form>
            {{#count}}<p class="count">{{count}}</p>{{/count}}
            <ol class="inbox" start="{{first}}">
            {{#drafts}}<li><a href="/console/drafts/{{id}}"><span class="title">{{title}}</span></a>
            <span class="meta">{{creator}} ({{store}}) · {{workflow}} · {{step}}{{#progress}} · {{progress}}{{/progress}}{{#escalated}} \(escalated){{/escalated}} · {{findings}} · \(revision) · \(since){{#due}} · <span class="{{#overdue}}overdue{{/overdue}}">\(due)</span>{{/due}}</span></li>
            {{/drafts}}
            </ol>
            <nav class="pages">{{#previous}}<a rel="prev" href="{{previous}}">\(earlier)</a>{{/previous}} {{#next}}<a rel="next" href="{{next}}">\(later)</a>{{/next}}</nav>
            {{^drafts}}<p class="empty">\(empty)</p>{{/drafts}}
            """
    }

    static func mine() -> String {
        let heading = html(tr("Your drafts"))
        let revision = html(tr("revision \(field("revision"))"))
        let since = html(tr("since \(field("since"))"))
        let empty = html(tr("You have no drafts yet: write one and send it with kos submit."))
        return """
            <h1>\(heading)</h1>
            <ol class="inbox">
            {{#drafts}}<li><a href="/console/drafts/{{id}}"><span class="title">{{title}}</span></a>
            <span class="meta">{{workflow}} · \(revision) · <span class="state state-{{state}}">{{stateText}}</span> · \(since)</span></li>
            {{/drafts}}
            </ol>
            {{^drafts}}<p class="empty">\(empty)</p>{{/drafts}}
            """
    }

    static func draft() -> String {
        let revision = html(tr("revision \(field("revision"))"))
        let decidedBy = html(tr("Decided by \(field("waitingFor"))."))
        let theDraft = html(tr("The draft"))
        let finding = html(tr("finding \(field("finding"))"))
        let picturesLabel = html(tr("What was found in the pictures")), picturesHeading = html(tr("Found in the pictures"))
        let kitLabel = html(tr("Campaign kit"))
        let kitMatched = html(tr("Made from the campaign kit \(field("reference"))"))
        let kitRest = html(tr("The rest is the kit's text, approved with it. The author wrote only this:"))
        let kitUnmatched = html(tr("Claims the campaign kit \(field("reference")), but does not match it"))
        let kitDifferences = html(tr("\(field("differences")): read all of it."))
        let changesLabel = html(tr("Changes"))
        let changesDecided = html(tr("Changes since revision \(field("base")) (the one you decided on)"))
        let changesSince = html(tr("Changes since revision \(field("base"))"))
        let findings = html(tr("Findings (\(field("findingCount")))"))
        let guideline = html(tr("the guideline"))
        let suggested = html(tr("Suggested: \(field("suggestion"))"))
        let notBlocking = html(tr("Not blocking: \(field("suppressed"))"))
        let nothingFound = html(tr("The checks found nothing."))
        let yourDecision = html(tr("Your decision on revision \(field("revision"))"))
        let comment = html(tr("Comment (optional)")), approve = html(tr("Approve"))
        let reason = html(tr("Reason (the author reads it)")), reject = html(tr("Reject"))
        let requestChanges = html(tr("Request changes with a rewording"))
        let asYouWouldReworded = html(tr("The draft as you would have it (the checks' suggested wording is already in); the author takes it in one step"))
        let asYouWould = html(tr("The draft as you would have it; the author takes it in one step"))
        let requestButton = html(tr("Request changes"))
        let suggestedLabel = html(tr("Suggested rewording"))
        let suggests = html(tr("\(field("reviewer")) suggests a rewording"))
        let useIt = html(tr("Use this rewording as revision \(field("next"))"))
        let decisions = html(tr("Decisions")), history = html(tr("History"))
        return """
            <h1>{{title}}</h1>
            <p class="meta">{{creator}} · {{workflow}} · \(revision) <code>{{hash}}</code> · <span class="state state-{{state}}">{{stateText}}</span></p>
            {{#reason}}<p class="reason">{{reason}}</p>{{/reason}}
            {{#waitingFor}}<p class="waiting">\(decidedBy)</p>{{/waitingFor}}
            {{#done}}<p class="done" role="status">{{done}}</p>{{/done}}
            <section class="content" aria-label="\(theDraft)">
            {{#lines}}<div class="line"><span class="n">{{number}}</span><span class="t">{{#pieces}}{{#finding}}<mark class="finding" id="m{{finding}}" title="\(finding)">{{text}}</mark><sup>{{finding}}</sup>{{/finding}}{{^finding}}{{text}}{{/finding}}{{/pieces}}</span></div>
            {{/lines}}
            </section>
            {{> previews}}
            {{#hasPictures}}<section class="pictures" aria-label="\(picturesLabel)">
            <h2>\(picturesHeading)</h2>
            {{#pictures}}<figure><div class="frame"><img src="{{url}}" alt="{{path}}">{{#boxes}}<span class="box level-{{level}}" style="left:{{left}}%;top:{{top}}%;width:{{width}}%;height:{{height}}%" title="{{message}}"></span>{{/boxes}}</div>
            <figcaption>{{path}}: {{count}}</figcaption></figure>
            {{/pictures}}</section>{{/hasPictures}}
            {{#kit}}<section class="kit" aria-label="\(kitLabel)">
            {{#matched}}<h2>\(kitMatched)</h2>
            <p>\(kitRest)</p>{{/matched}}
            {{^matched}}<h2>\(kitUnmatched)</h2>
            <p class="reason">\(kitDifferences)</p>{{/matched}}
            <dl>{{#slots}}<dt>{{name}}</dt><dd><mark class="own">{{text}}</mark></dd>{{/slots}}</dl>
            </section>{{/kit}}
            {{#diff}}<section class="diff" aria-label="\(changesLabel)">
            <h2>{{#decided}}\(changesDecided){{/decided}}{{^decided}}\(changesSince){{/decided}}</h2>
            <div class="changes">{{#changes}}{{#inserted}}<ins>{{text}}</ins>{{/inserted}}{{#deleted}}<del>{{text}}</del>{{/deleted}}{{#same}}{{text}}{{/same}}{{/changes}}</div>
            </section>{{/diff}}
            <section class="findings">
            <h2>\(findings)</h2>
            <ol>
            {{#findings}}<li class="level-{{level}}{{#suppressed}} suppressed{{/suppressed}}"><strong>{{rule}}</strong> <span class="level">{{levelText}}</span>{{#where}} · {{where}}{{/where}}{{#match}} · “{{match}}”{{/match}}
            <div>{{message}}{{#link}} · <a href="{{link}}" rel="noreferrer">\(guideline)</a>{{/link}}</div>{{#suggestion}}<div class="suggestion">\(suggested)</div>{{/suggestion}}{{#suppressed}}<div class="why">\(notBlocking)</div>{{/suppressed}}</li>
            {{/findings}}
            </ol>
            {{^findings}}<p class="empty">\(nothingFound)</p>{{/findings}}
            </section>
            {{#decide}}
            <section class="decide">
            <h2>\(yourDecision)</h2>
            <form method="post" action="/console/drafts/{{id}}/decision" class="approve">
            <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}"><input type="hidden" name="content_hash" value="{{contentHash}}">
            <label>\(comment)<textarea name="comment" rows="2"></textarea></label>
            <button name="decision" value="approve">\(approve)</button>
            </form>
            <form method="post" action="/console/drafts/{{id}}/decision" class="reject">
            <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}"><input type="hidden" name="content_hash" value="{{contentHash}}">
            <label>\(reason)<textarea name="reason" rows="2"></textarea></label>
            <button name="decision" value="reject">\(reject)</button>
            </form>
            <details class="changes-form"><summary>\(requestChanges)</summary>
            <form method="post" action="/console/drafts/{{id}}/decision" class="request">
            <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}"><input type="hidden" name="content_hash" value="{{contentHash}}">
            <label>\(reason)<textarea name="reason" rows="2"></textarea></label>
            <label>{{#rewordedFindings}}\(asYouWouldReworded){{/rewordedFindings}}{{^rewordedFindings}}\(asYouWould){{/rewordedFindings}}
            <textarea name="suggestion" rows="10" lang="zh-CN">
            {{rewording}}</textarea></label>
            <button name="decision" value="changes">\(requestButton)</button>
            </form>
            </details>
            </section>
            {{/decide}}
            {{#suggestion}}<section class="suggested" aria-label="\(suggestedLabel)">
            <h2>\(suggests)</h2>
            <p class="reason">{{reason}}</p>
            <div class="changes">{{#changes}}{{#inserted}}<ins>{{text}}</ins>{{/inserted}}{{#deleted}}<del>{{text}}</del>{{/deleted}}{{#same}}{{text}}{{/same}}{{/changes}}</div>
            {{#accept}}<form method="post" action="/console/drafts/{{id}}/accept-suggestion" class="approve">
            <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}">
            <button>\(useIt)</button>
            </form>{{/accept}}
            </section>{{/suggestion}}
            {{#hasDecisions}}<section class="decisions"><h2>\(decisions)</h2><ul>{{#decisions}}<li>{{said}}</li>{{/decisions}}</ul></section>{{/hasDecisions}}
            <section class="history"><h2>\(history)</h2><ol>{{#history}}<li><time>{{at}}</time> {{actor}} {{action}} {{details}}</li>{{/history}}</ol></section>
            """
    }

    static func onetap() -> String {
        let revision = html(tr("revision \(field("revision"))"))
        let waitingAt = html(tr("waiting at \(field("step"))"))
        let approve = html(tr("Approve revision \(field("revision"))"))
        let readFirst = html(tr("Read the draft first"))
        return """
            <h1>{{title}}</h1>
            <p class="meta">{{creator}} · \(revision) <code>{{hash}}</code> · \(waitingAt)</p>
            <form method="post" action="/console/open/{{ticket}}" class="approve">
            <input type="hidden" name="csrf" value="{{csrf}}">
            <button>\(approve)</button>
            </form>
            <p><a href="/console/drafts/{{id}}">\(readFirst)</a></p>
            """
    }

    static let message = """
        <h1>{{heading}}</h1>
        <p>{{text}}</p>
        {{#back}}<p><a href="{{back}}">{{backText}}</a></p>{{/back}}
        """

    static let style = """
        :root { color-scheme: light; --ink: #1d1d1f; --soft: #6e6e73; --line: #d2d2d7; --mark: #ffe08a; --accent: #0b5cad; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.6 system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; color: var(--ink); }
        header { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .6rem 1rem; border-bottom: 1px solid var(--line); }
        header .home { font-weight: 600; color: var(--ink); text-decoration: none; }
        header .who { color: var(--soft); margin-left: auto; }
        header form { margin: 0; }
        main { max-width: 52rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
        h1 { font-size: 1.4rem; line-height: 1.3; margin: .5rem 0; }
        h2 { font-size: 1.1rem; margin-top: 1.5rem; }
        .meta, .count, .empty, .waiting { color: var(--soft); }
        .inbox { padding-left: 1.2rem; }
        .filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; }
        select { font: inherit; }
        .pages { display: flex; justify-content: space-between; margin: 1rem 0; }
        .inbox li { margin: .6rem 0; }
        .inbox .title { font-weight: 600; }
        .inbox .meta { display: block; font-size: .9rem; }
        .inbox .overdue { color: #a1001a; font-weight: 600; }
        .content { border: 1px solid var(--line); border-radius: 8px; padding: .5rem; overflow-wrap: anywhere; }
        .line { display: flex; gap: .6rem; white-space: pre-wrap; }
        .line .t { flex: 1; min-width: 0; }
        .line .n { color: var(--soft); min-width: 2ch; text-align: right; user-select: none; font-size: .8rem; padding-top: .2rem; }
        mark.finding { background: var(--mark); border-bottom: 2px solid #c77c00; padding: 0 1px; }
        mark.own { background: #e3f1ff; padding: 0 1px; }
        .pictures figure { display: inline-block; margin: 0 1em 1em 0; vertical-align: top; }
        .pictures .frame { position: relative; display: inline-block; }
        .pictures .frame img { display: block; max-width: 360px; height: auto; }
        .pictures .box { position: absolute; border: 2px solid #c62828; background: rgba(198, 40, 40, .12); box-sizing: border-box; }
        .pictures .box.level-warning { border-color: #ef6c00; background: rgba(239, 108, 0, .12); }
        section.kit dt { font-weight: 600; margin-top: .4em; }
        sup { color: #a15c00; font-size: .7rem; }
        .findings li { margin: .5rem 0; }
        .changes { white-space: pre-wrap; border: 1px solid var(--line); border-radius: 8px; padding: .5rem; }
        ins { background: #d7f5dd; text-decoration: none; border-bottom: 2px solid #1a7f37; }
        del { background: #ffe0e0; color: #8a1c1c; }
        .findings .level { font-size: .8rem; color: var(--soft); }
        .findings .suggestion { color: #1a6b2f; }
        .findings .suppressed { opacity: .7; }
        .decide form { margin: .8rem 0; display: grid; gap: .4rem; }
        textarea { width: 100%; font: inherit; padding: .4rem; }
        button { font: inherit; padding: .5rem 1rem; border-radius: 6px; border: 1px solid var(--line); background: #f5f5f7; cursor: pointer; }
        .approve button { background: var(--accent); color: #fff; border-color: var(--accent); }
        .reject button { background: #fff; color: #a1001a; border-color: #a1001a; }
        .request button { background: #fff; color: #8a5a00; border-color: #8a5a00; }
        .changes-form summary { cursor: pointer; color: #8a5a00; }
        .done { background: #e8f5e9; padding: .5rem; border-radius: 6px; }
        .reason { background: #fff4e5; padding: .5rem; border-radius: 6px; }
        code { font-size: .8rem; }
        .history { font-size: .85rem; color: var(--soft); }
        """ + "\n" + ConsolePreview.style + "\n" + ConsoleHealth.style

    /// The templates compiled, by language: each language's once, when a page is first shown in it.
    static let compiled = Mutex<[MessageLanguage: MustacheLibrary]>([:])

    /// The templates in the current language (``MessageLanguage/current``).
    static func library() -> MustacheLibrary {
        let language = MessageLanguage.current
        if let library = compiled.withLock({ $0[language] }) { return library }
        var library = MustacheLibrary()
        for (name, text) in [("layout", layout()), ("inbox", inbox()), ("mine", mine()), ("draft", draft()), ("onetap", onetap()), ("message", message),
                             ("previews", ConsolePreview.template()), ("health", ConsoleHealth.template()), ("chart", ConsoleHealth.chartTemplate())] {
            // The templates are part of the program: one that does not compile is a programming error.
            library.register(try! MustacheTemplate(string: text), named: name)
        }
        compiled.withLock { $0[language] = library }
        return library
    }

    /// The page `body` (a registered template's name) inside the layout, for `person` (nil when signed out).
    static func render(_ body: String, title: String, person: Person?, csrf: String?, refresh: String? = nil, _ values: [String: Any]) -> String {
        var context = values
        context["title"] = title
        if let person { context["person"] = ["id": person.id, "role": roleText(person.role), "csrf": csrf ?? "", "reviewer": person.isBrandReviewer] }
        if let refresh { context["refresh"] = refresh }
        var templates = library()
        guard let layout = templates.getTemplate(named: "layout"), let page = templates.getTemplate(named: body) else { return "" }
        templates.register(page, named: "body")
        return layout.render(context, library: templates)
    }
}
