import Foundation
import KosCore
import Mustache

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

    static let layout = """
        <!doctype html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        {{#refresh}}<meta http-equiv="refresh" content="0; url={{refresh}}">{{/refresh}}
        <title>{{title}} · kosflow review</title>
        <link rel="stylesheet" href="/console/style.css">
        </head>
        <body>
        <header>
        <a class="home" href="/console">kosflow review</a>
        {{#person}}{{#reviewer}}<nav class="sections"><a href="/console">Inbox</a><a href="/console/health">Health</a></nav>{{/reviewer}}<span class="who">{{id}} · {{role}}</span>
        <form class="signout" method="post" action="/console/sign-out"><input type="hidden" name="csrf" value="{{csrf}}"><button>Sign out</button></form>{{/person}}
        </header>
        <main>
        {{> body}}
        </main>
        </body>
        </html>
        """

    static let inbox = """
        <h1>Waiting for your decision</h1>
        <form class="filters" method="get" action="/console">
        <label>Workflow <select name="workflow"><option value="">all</option>{{#workflows}}<option{{#selected}} selected{{/selected}}>{{name}}</option>{{/workflows}}</select></label>
        <label>Store <select name="store"><option value="">all</option>{{#stores}}<option{{#selected}} selected{{/selected}}>{{name}}</option>{{/stores}}</select></label>
        <label>State <select name="state"><option value="">waiting</option>{{#states}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/states}}</select></label>
        <button>Show</button>
        </form>
        {{#count}}<p class="count">{{count}}, waiting longest first.</p>{{/count}}
        <ol class="inbox" start="{{first}}">
        {{#drafts}}<li><a href="/console/drafts/{{id}}"><span class="title">{{title}}</span></a>
        <span class="meta">{{creator}} ({{store}}) · {{workflow}} · {{step}}{{#progress}} · {{progress}}{{/progress}}{{#escalated}} (escalated to {{escalated}}){{/escalated}} · {{findings}} · revision {{revision}} · waiting since {{since}}{{#due}} · <span class="{{#overdue}}overdue{{/overdue}}">deadline {{due}}</span>{{/due}}</span></li>
        {{/drafts}}
        </ol>
        <nav class="pages">{{#previous}}<a rel="prev" href="{{previous}}">← Earlier</a>{{/previous}} {{#next}}<a rel="next" href="{{next}}">Later →</a>{{/next}}</nav>
        {{^drafts}}<p class="empty">Nothing waits for your decision.</p>{{/drafts}}
        """

    static let mine = """
        <h1>Your drafts</h1>
        <ol class="inbox">
        {{#drafts}}<li><a href="/console/drafts/{{id}}"><span class="title">{{title}}</span></a>
        <span class="meta">{{workflow}} · revision {{revision}} · <span class="state state-{{state}}">{{state}}</span> · since {{since}}</span></li>
        {{/drafts}}
        </ol>
        {{^drafts}}<p class="empty">You have no drafts yet: write one and send it with kos submit.</p>{{/drafts}}
        """

    static let draft = """
        <h1>{{title}}</h1>
        <p class="meta">{{creator}} · {{workflow}} · revision {{revision}} <code>{{hash}}</code> · <span class="state state-{{state}}">{{state}}</span>{{#step}} at {{step}}{{/step}}</p>
        {{#reason}}<p class="reason">{{reason}}</p>{{/reason}}
        {{#waitingFor}}<p class="waiting">Decided by {{waitingFor}}.</p>{{/waitingFor}}
        {{#done}}<p class="done" role="status">{{done}}</p>{{/done}}
        <section class="content" aria-label="The draft">
        {{#lines}}<div class="line"><span class="n">{{number}}</span><span class="t">{{#pieces}}{{#finding}}<mark class="finding" id="m{{finding}}" title="finding {{finding}}">{{text}}</mark><sup>{{finding}}</sup>{{/finding}}{{^finding}}{{text}}{{/finding}}{{/pieces}}</span></div>
        {{/lines}}
        </section>
        {{> previews}}
        {{#hasPictures}}<section class="pictures" aria-label="What was found in the pictures">
        <h2>Found in the pictures</h2>
        {{#pictures}}<figure><div class="frame"><img src="{{url}}" alt="{{path}}">{{#boxes}}<span class="box level-{{level}}" style="left:{{left}}%;top:{{top}}%;width:{{width}}%;height:{{height}}%" title="{{message}}"></span>{{/boxes}}</div>
        <figcaption>{{path}}: {{count}}</figcaption></figure>
        {{/pictures}}</section>{{/hasPictures}}
        {{#kit}}<section class="kit" aria-label="Campaign kit">
        {{#matched}}<h2>Made from the campaign kit {{reference}}</h2>
        <p>The rest is the kit's text, approved with it. The author wrote only this:</p>{{/matched}}
        {{^matched}}<h2>Claims the campaign kit {{reference}}, but does not match it</h2>
        <p class="reason">{{differences}}: read all of it.</p>{{/matched}}
        <dl>{{#slots}}<dt>{{name}}</dt><dd><mark class="own">{{text}}</mark></dd>{{/slots}}</dl>
        </section>{{/kit}}
        {{#diff}}<section class="diff" aria-label="Changes">
        <h2>Changes since revision {{base}}{{#decided}} (the one you decided on){{/decided}}</h2>
        <div class="changes">{{#changes}}{{#inserted}}<ins>{{text}}</ins>{{/inserted}}{{#deleted}}<del>{{text}}</del>{{/deleted}}{{#same}}{{text}}{{/same}}{{/changes}}</div>
        </section>{{/diff}}
        <section class="findings">
        <h2>Findings ({{findingCount}})</h2>
        <ol>
        {{#findings}}<li class="level-{{level}}{{#suppressed}} suppressed{{/suppressed}}"><strong>{{rule}}</strong> <span class="level">{{level}}</span>{{#where}} · {{where}}{{/where}}{{#match}} · “{{match}}”{{/match}}
        <div>{{message}}{{#link}} · <a href="{{link}}" rel="noreferrer">the guideline</a>{{/link}}</div>{{#suggestion}}<div class="suggestion">Suggested: {{suggestion}}</div>{{/suggestion}}{{#suppressed}}<div class="why">Not blocking: {{suppressed}}</div>{{/suppressed}}</li>
        {{/findings}}
        </ol>
        {{^findings}}<p class="empty">The checks found nothing.</p>{{/findings}}
        </section>
        {{#decide}}
        <section class="decide">
        <h2>Your decision on revision {{revision}}</h2>
        <form method="post" action="/console/drafts/{{id}}/decision" class="approve">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}"><input type="hidden" name="content_hash" value="{{contentHash}}">
        <label>Comment (optional)<textarea name="comment" rows="2"></textarea></label>
        <button name="decision" value="approve">Approve</button>
        </form>
        <form method="post" action="/console/drafts/{{id}}/decision" class="reject">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}"><input type="hidden" name="content_hash" value="{{contentHash}}">
        <label>Reason (the author reads it)<textarea name="reason" rows="2"></textarea></label>
        <button name="decision" value="reject">Reject</button>
        </form>
        <details class="changes-form"><summary>Request changes with a rewording</summary>
        <form method="post" action="/console/drafts/{{id}}/decision" class="request">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}"><input type="hidden" name="content_hash" value="{{contentHash}}">
        <label>Reason (the author reads it)<textarea name="reason" rows="2"></textarea></label>
        <label>The draft as you would have it{{#rewordedFindings}} (the checks' suggested wording is already in){{/rewordedFindings}}; the author takes it in one step
        <textarea name="suggestion" rows="10" lang="zh-CN">
        {{rewording}}</textarea></label>
        <button name="decision" value="changes">Request changes</button>
        </form>
        </details>
        </section>
        {{/decide}}
        {{#suggestion}}<section class="suggested" aria-label="Suggested rewording">
        <h2>{{reviewer}} suggests a rewording</h2>
        <p class="reason">{{reason}}</p>
        <div class="changes">{{#changes}}{{#inserted}}<ins>{{text}}</ins>{{/inserted}}{{#deleted}}<del>{{text}}</del>{{/deleted}}{{#same}}{{text}}{{/same}}{{/changes}}</div>
        {{#accept}}<form method="post" action="/console/drafts/{{id}}/accept-suggestion" class="approve">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}">
        <button>Use this rewording as revision {{next}}</button>
        </form>{{/accept}}
        </section>{{/suggestion}}
        {{#hasDecisions}}<section class="decisions"><h2>Decisions</h2><ul>{{#decisions}}<li>{{reviewer}} {{decision}} ({{step}}){{#reason}}: {{reason}}{{/reason}}</li>{{/decisions}}</ul></section>{{/hasDecisions}}
        <section class="history"><h2>History</h2><ol>{{#history}}<li><time>{{at}}</time> {{actor}} {{action}} {{details}}</li>{{/history}}</ol></section>
        """

    static let onetap = """
        <h1>{{title}}</h1>
        <p class="meta">{{creator}} · revision {{revision}} <code>{{hash}}</code> · waiting at {{step}}</p>
        <form method="post" action="/console/open/{{ticket}}" class="approve">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <button>Approve revision {{revision}}</button>
        </form>
        <p><a href="/console/drafts/{{id}}">Read the draft first</a></p>
        """

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

    static let compiled: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in [("layout", layout), ("inbox", inbox), ("mine", mine), ("draft", draft), ("onetap", onetap), ("message", message), ("previews", ConsolePreview.template), ("health", ConsoleHealth.template), ("chart", ConsoleHealth.chartTemplate)] {
            // The templates are part of the program: one that does not compile is a programming error.
            library.register(try! MustacheTemplate(string: text), named: name)
        }
        return library
    }()

    /// The page `body` (a registered template's name) inside the layout, for `person` (nil when signed out).
    static func render(_ body: String, title: String, person: Person?, csrf: String?, refresh: String? = nil, _ values: [String: Any]) -> String {
        var context = values
        context["title"] = title
        if let person { context["person"] = ["id": person.id, "role": person.role.rawValue, "csrf": csrf ?? "", "reviewer": person.isBrandReviewer] }
        if let refresh { context["refresh"] = refresh }
        guard let layout = compiled.getTemplate(named: "layout"), let page = compiled.getTemplate(named: body) else { return "" }
        var library = compiled
        library.register(page, named: "body")
        return layout.render(context, library: library)
    }
}
