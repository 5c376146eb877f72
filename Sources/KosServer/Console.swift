import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import KosCore
import KosStore
import NIOCore

/// How long a sign-in link lets its holder in (it signs in once), and how long the session it opens lasts.
public enum ConsoleTimes {
    public static let link: Int64 = 15 * 60_000
    public static let session: Int64 = 12 * 3_600_000
}

extension APIService {
    /// A single-use sign-in link for `person` (the path to open; the server puts its address in front).
    public func consoleLink(_ person: Person) async throws -> (path: String, expiresAt: Int64) {
        let expiresAt = try await store.now() + ConsoleTimes.link
        let secret = try await store.createSignInLink(personID: person.id, expiresAt: expiresAt, actor: person.id)
        return ("/console/sign-in/\(secret)", expiresAt)
    }

    func consoleSignIn(_ secret: String) async throws -> SignIn {
        guard secret.utf8.count <= 256 else { return .unknown }
        return try await store.redeemSignInLink(secret, sessionExpiresAt: try await store.now() + ConsoleTimes.session)
    }

    func consolePerson(session: String) async throws -> Person? {
        guard !session.isEmpty, session.utf8.count <= 256 else { return nil }
        return try await store.sessionPerson(session)
    }

    func consoleSignOut(session: String) async throws {
        guard !session.isEmpty, session.utf8.count <= 256 else { return }
        try await store.endSession(session)
    }
}

/// The review console: pages served beside the API, for the same people under the same rules. A reviewer signs in
/// with a single-use link (`kos review-link`), which opens a session held in an HttpOnly, SameSite=Strict cookie;
/// every form carries a token derived from the session, and every page a strict Content-Security-Policy.
struct Console: Sendable {
    let api: APIService
    /// Where links point: `http(s)://host:port`, or nil when kosd has no TCP address (the link is then a path).
    let base: String?

    static let cookie = "kos_session"

    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy: "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "no-referrer",
        .cacheControl: "no-store",
    ]

    func add(to router: Router<BasicRequestContext>) {
        router.get("/console/style.css") { _, _ in
            var headers = Self.securityHeaders
            headers[.contentType] = "text/css; charset=utf-8"
            headers[.cacheControl] = "max-age=3600"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: ConsolePages.style)))
        }
        router.get("/console/sign-in/:secret") { _, context in
            let secret = try context.parameters.require("secret")
            switch try await api.consoleSignIn(secret) {
            case .signedIn(let person, let session):
                // A page that moves on by itself, not a redirect: a link opened from a chat app is a cross-site
                // navigation, and a SameSite=Strict cookie set on a redirect would not be sent with its target.
                var headers = Self.securityHeaders
                headers[.setCookie] = "\(Self.cookie)=\(session); Path=/console; HttpOnly; SameSite=Strict; Max-Age=\(ConsoleTimes.session / 1000)"
                    + (base?.hasPrefix("https://") == true ? "; Secure" : "")
                return Self.page(.ok, "message", title: tr("Signed in"), person: person, csrf: Self.csrf(session), refresh: "/console", headers: headers,
                                 ["heading": tr("Signed in as \(person.id)"), "text": tr("Your inbox opens now."), "back": "/console", "backText": tr("Open the inbox")])
            case .used:
                return Self.message(.gone, tr("This link was used"), tr("Each sign-in link works once. Ask for a new one: kos review-link"))
            case .expired:
                let minutes = Int(ConsoleTimes.link / 60_000)
                return Self.message(.gone, tr("This link has expired"), trn(minutes, "A sign-in link lasts \(minutes) minute. Ask for a new one: kos review-link",
                                                                           "A sign-in link lasts \(minutes) minutes. Ask for a new one: kos review-link"))
            case .unknown:
                return Self.message(.notFound, tr("No such sign-in link"), tr("Ask for a link with: kos review-link"))
            }
        }
        router.get("/console") { request, _ in
            guard let (person, session) = try await signedIn(request) else { return Self.signedOut() }
            guard person.isBrandReviewer else {
                // An associate's home (and an agency's people's: the drafts they may see): their own drafts, newest first, where a reviewer's rewording waits to be taken.
                let mine = try await api.drafts(person, state: nil).prefix(Self.pageSize).map { d -> [String: Any] in
                    ["id": d.id, "title": d.title ?? d.id, "workflow": d.workflow, "revision": d.revision, "state": d.state, "stateText": Self.stateText(d.state),
                     "since": Self.shortTime(d.updatedAt)]
                }
                return Self.page(.ok, "mine", title: tr("Your drafts"), person: person, csrf: Self.csrf(session), ["drafts": Array(mine)])
            }
            let query = request.uri.queryParameters
            let people = try await api.peopleByID()
            let all = try await api.inboxSummaries(person, people: people)
            let workflowFilter = query.get("workflow").flatMap { $0.isEmpty ? nil : $0 }
            let storeFilter = query.get("store").flatMap { $0.isEmpty ? nil : $0 }
            let stateFilter = query.get("state").flatMap { Self.inboxStates.contains($0) ? $0 : nil }
            let now = try await api.store.now()
            let filtered = workflowFilter == nil && storeFilter == nil && stateFilter == nil ? all : all.filter { w in
                guard workflowFilter == nil || w.queued.workflow == workflowFilter, storeFilter == nil || w.submitter.store == storeFilter else { return false }
                switch stateFilter {
                case "overdue": return w.deadline.map { $0 <= now } ?? false
                case "escalated": return w.escalatedTo != nil
                default: return true
                }
            }
            // A page at a time: a queue of thousands is still a page a phone loads at once.
            let pages = max(1, (filtered.count + Self.pageSize - 1) / Self.pageSize)
            let pageNumber = min(pages, max(1, query.get("page").flatMap { Int($0) } ?? 1))
            // Only the page shown is turned into what the page says.
            let skipped = (pageNumber - 1) * Self.pageSize
            let shown = Array(filtered.dropFirst(skipped).prefix(Self.pageSize))
            let summaries = Dictionary(try await api.store.draftSummaries(ids: shown.map(\.queued.draftID)).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let standings = try await api.standings(shown.compactMap { w in summaries[w.queued.draftID].map { ($0, w.escalatedTo) } }, people: people)
            // A draft that moved on between the two reads is left off this page.
            let rows: [[String: Any]] = shown.compactMap { w in
                guard let summary = summaries[w.queued.draftID] else { return nil }
                let d = api.view(summary)
                var row: [String: Any] = ["id": d.id, "title": d.title ?? d.id, "creator": d.creator, "store": people[d.creator]?.store ?? "-",
                                          "workflow": d.workflow, "step": d.step ?? "-",
                                          "revision": d.revision, "since": Self.shortTime(d.updatedAt)]
                if let due = w.deadline {
                    row["due"] = Self.shortTime(API.timestamp(due))
                    if due <= now { row["overdue"] = true }
                }
                if let standing = standings[d.id] {
                    row["progress"] = trn(standing.needed, "\(standing.approvals) of \(standing.needed) approval", "\(standing.approvals) of \(standing.needed) approvals")
                    row["findings"] = trn(standing.findings, "\(standing.findings) finding", "\(standing.findings) findings")
                }
                if let group = w.escalatedTo { row["escalated"] = group }
                return row
            }
            var values: [String: Any] = ["drafts": rows, "first": skipped + 1]
            if !rows.isEmpty {
                let (from, to, total) = (skipped + 1, skipped + rows.count, filtered.count)
                values["count"] = total == 1 ? tr("1 draft, waiting longest first.") : tr("\(from)–\(to) of \(total) drafts, waiting longest first.")
            }
            func link(_ page: Int) -> String {
                var items = [("page", String(page))]
                if let workflowFilter { items.append(("workflow", workflowFilter)) }
                if let storeFilter { items.append(("store", storeFilter)) }
                if let stateFilter { items.append(("state", stateFilter)) }
                return "/console?" + items.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
            }
            if pageNumber > 1 { values["previous"] = link(pageNumber - 1) }
            if pageNumber < pages { values["next"] = link(pageNumber + 1) }
            values["workflows"] = Set(all.map(\.queued.workflow)).sorted().map { ["name": $0, "selected": $0 == workflowFilter] }
            values["stores"] = Set(all.compactMap(\.submitter.store)).sorted().map { ["name": $0, "selected": $0 == storeFilter] }
            values["states"] = Self.inboxStates.sorted().map { ["value": $0, "label": Self.inboxStateLabel($0), "selected": $0 == stateFilter] }
            return Self.page(.ok, "inbox", title: tr("Inbox"), person: person, csrf: Self.csrf(session), values)
        }
        // A chat message's link: it opens the draft for whoever is signed in, or, where the step allows one-tap
        // approval, a page with one Approve button bound to the revision the message described.
        router.get("/console/open/:ticket") { request, context in
            let ticket = try context.parameters.require("ticket")
            let opened = try await open(ticket)
            guard case .success(let (t, summary)) = opened else { return Self.refusal(opened) }
            guard let (person, session) = try await signedIn(request) else {
                return Self.message(.unauthorized, tr("Sign in to review"), tr("This link opens \(t.draftID) once you are signed in to the console on this phone or browser: ask for a sign-in link with kos review-link, open it here, then open this link again."))
            }
            guard let oneTap = try await api.oneTap(person, summary: summary) else {
                return Response(status: .seeOther, headers: Self.with([.location: "/console/drafts/\(t.draftID)"]))
            }
            return Self.page(.ok, "onetap", title: tr("Approve \(summary.title ?? t.draftID)"), person: person, csrf: Self.csrf(session), [
                "title": summary.title ?? t.draftID, "id": t.draftID, "revision": t.revision, "ticket": ticket, "csrf": Self.csrf(session),
                "creator": summary.creatorID, "step": oneTap, "hash": String(summary.contentHash.prefix(12)),
            ])
        }
        router.post("/console/open/:ticket") { request, context in
            let ticket = try context.parameters.require("ticket")
            guard let (person, session) = try await signedIn(request) else { return Self.signedOut() }
            let form = try await Self.form(request)
            guard Self.csrfHolds(form["csrf"], session: session) else {
                return Self.message(.forbidden, tr("The form has expired"), tr("Open the link again and approve from the page."), person: person, session: session)
            }
            let opened = try await open(ticket)
            guard case .success(let (t, summary)) = opened else { return Self.refusal(opened, person: person, session: session) }
            do {
                // One tap, however often it is tapped: a second finds the approval recorded and records nothing.
                switch try await api.approveOnce(person, summary: summary, revision: t.revision) {
                case .recorded: return Response(status: .seeOther, headers: Self.with([.location: "/console/drafts/\(t.draftID)?done=approved"]))
                case .already: return Self.message(.ok, tr("Already approved"), tr("Your approval of revision \(t.revision) is recorded once; nothing more was recorded."),
                                                   person: person, session: session, back: "/console/drafts/\(t.draftID)")
                }
            } catch let problem as API.Problem {
                return Self.problem(problem, person: person, session: session, back: "/console/drafts/\(t.draftID)")
            }
        }
        router.get("/console/health") { request, _ in
            guard let (person, session) = try await signedIn(request) else { return Self.signedOut() }
            let days = request.uri.queryParameters.get("days").flatMap(Int.init).flatMap { ConsoleHealth.periods.contains($0) ? $0 : nil } ?? 30
            do {
                let until = try await api.store.now()
                let report = try await api.report(person, since: until - Int64(days) * 86_400_000, until: until)
                return Self.page(.ok, "health", title: tr("Program health"), person: person, csrf: Self.csrf(session), ConsoleHealth.values(report, days: days))
            } catch let problem as API.Problem {
                return Self.problem(problem, person: person, session: session)
            }
        }
        router.get("/console/drafts/:id") { request, context in
            let id = try context.parameters.require("id")
            guard let (person, session) = try await signedIn(request) else { return Self.signedOut() }
            do {
                let (detail, stored) = try await api.detail(person, draftID: id)
                let done = request.uri.queryParameters.get("done").flatMap { Self.doneText($0) }
                let csrf = Self.csrf(session)
                var values = Self.draftValues(detail, person: person, csrf: csrf, done: done)
                if let diff = Self.diffValues(detail, stored: stored, person: person) { values["diff"] = diff }
                values["previews"] = try await previews(detail)
                let pictures = try await pictures(detail)
                values["pictures"] = pictures
                values["hasPictures"] = !pictures.isEmpty
                return Self.page(.ok, "draft", title: detail.draft.title ?? id, person: person, csrf: csrf, values)
            } catch let problem as API.Problem {
                return Self.problem(problem, person: person, session: session)
            }
        }
        router.get("/console/drafts/:id/media/:sha256") { request, context in
            let id = try context.parameters.require("id"), sha256 = try context.parameters.require("sha256")
            guard let (person, session) = try await signedIn(request) else { return Self.signedOut() }
            do {
                // Only a medium of the draft's current revision, to someone who may see the draft.
                let summary = try await api.visibleDraft(person, id)
                guard try await api.store.revisionMedia(draftID: id, revision: summary.revision).values.contains(where: { $0.sha256 == sha256 }) else {
                    throw API.Problem(.notFound, detail: tr("no such medium in \(id)"))
                }
                let (bytes, type) = try await api.storedMedium(sha256)
                var headers = Self.securityHeaders
                headers[.contentType] = type
                // Addressed by its hash, a medium never changes.
                headers[.cacheControl] = "private, max-age=86400, immutable"
                if !type.hasPrefix("image/") { headers[.contentDisposition] = "attachment" }
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
            } catch let problem as API.Problem {
                return Self.problem(problem, person: person, session: session)
            }
        }
        router.post("/console/drafts/:id/decision") { request, context in
            let id = try context.parameters.require("id")
            guard let (person, session) = try await signedIn(request) else { return Self.signedOut() }
            let form = try await Self.form(request)
            guard Self.csrfHolds(form["csrf"], session: session) else {
                return Self.message(.forbidden, tr("The form has expired"), tr("Open the draft again and decide from the page."), person: person, session: session)
            }
            let approve: Bool, requestsChanges: Bool
            switch form["decision"] {
            case "approve": (approve, requestsChanges) = (true, false)
            case "reject": (approve, requestsChanges) = (false, false)
            case "changes": (approve, requestsChanges) = (false, true)
            default: return Self.message(.badRequest, tr("No decision"), tr("Choose Approve, Reject or Request changes."), person: person, session: session)
            }
            if !approve, (form["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                return Self.message(.badRequest, requestsChanges ? tr("A request for changes needs a reason") : tr("A rejection needs a reason"),
                                    tr("Write what the author should change: they read it beside the draft."),
                                    person: person, session: session, back: "/console/drafts/\(id)")
            }
            // A browser sends a textarea's line ends as CR LF; the draft is kept with LF.
            let suggestion = requestsChanges ? form["suggestion"]?.replacingOccurrences(of: "\r\n", with: "\n") : nil
            if requestsChanges, (suggestion ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                return Self.message(.badRequest, tr("The rewording is empty"), tr("Write the draft as you would have it, or reject it with a reason instead."),
                                    person: person, session: session, back: "/console/drafts/\(id)")
            }
            let decision = API.DecisionRequest(revision: form["revision"].flatMap { Int($0) }, contentHash: form["content_hash"],
                                               comment: form["comment"].flatMap { $0.isEmpty ? nil : $0 }, reason: form["reason"], suggestion: suggestion)
            do {
                _ = try await api.decide(person, draftID: id, approve: approve, request: decision)
            } catch let problem as API.Problem {
                return Self.problem(problem, person: person, session: session, back: "/console/drafts/\(id)")
            }
            let done = approve ? "approved" : requestsChanges ? "changes" : "rejected"
            return Response(status: .seeOther, headers: Self.with([.location: "/console/drafts/\(id)?done=\(done)"]))
        }
        router.post("/console/drafts/:id/accept-suggestion") { request, context in
            let id = try context.parameters.require("id")
            guard let (person, session) = try await signedIn(request) else { return Self.signedOut() }
            let form = try await Self.form(request)
            guard Self.csrfHolds(form["csrf"], session: session) else {
                return Self.message(.forbidden, tr("The form has expired"), tr("Open the draft again and take the rewording from the page."), person: person, session: session)
            }
            do {
                _ = try await api.acceptSuggestion(person, draftID: id, API.AcceptSuggestion(revision: form["revision"].flatMap { Int($0) }))
            } catch let problem as API.Problem {
                return Self.problem(problem, person: person, session: session, back: "/console/drafts/\(id)")
            }
            return Response(status: .seeOther, headers: Self.with([.location: "/console/drafts/\(id)?done=revised"]))
        }
        router.post("/console/sign-out") { request, _ in
            guard let (_, session) = try await signedIn(request) else { return Self.signedOut() }
            let form = try await Self.form(request)
            guard Self.csrfHolds(form["csrf"], session: session) else {
                return Self.message(.forbidden, tr("The form has expired"), tr("Reload the page and sign out again."))
            }
            try await api.consoleSignOut(session: session)
            var headers = Self.securityHeaders
            headers[.setCookie] = "\(Self.cookie)=; Path=/console; HttpOnly; SameSite=Strict; Max-Age=0"
            return Self.page(.ok, "message", title: tr("Signed out"), person: nil, csrf: nil, headers: headers,
                             ["heading": tr("Signed out"), "text": tr("Ask for a new link to sign in again: kos review-link")])
        }
    }

    /// The draft's cards as its platforms will show them, with the current revision's media; none for a draft
    /// that no longer parses (the findings say why).
    func previews(_ detail: API.DraftDetail) async throws -> [[String: Any]] {
        guard let draft = try? api.parse(detail.content) else { return [] }
        let stored = try await api.store.revisionMedia(draftID: detail.draft.id, revision: detail.draft.revision)
        let media = draft.media.map { m in
            ConsolePreview.Medium(url: stored[m.path].map { "/console/drafts/\(detail.draft.id)/media/\($0.sha256)" }, alt: m.alt.isEmpty ? m.path : m.alt,
                                  video: MediaKind.claimed(by: m.path)?.hasPrefix("video/") == true)
        }
        return ConsolePreview.values(ConsolePreview.cards(draft, media: media), creator: detail.draft.creator)
    }

    /// Each picture something was found in, with a box over it for each finding read in a region of it (placed in
    /// percent of the picture's size, read from its header).
    func pictures(_ detail: API.DraftDetail) async throws -> [[String: Any]] {
        let found = Dictionary(grouping: detail.findings.filter { $0.media != nil }, by: { $0.media! })
        guard !found.isEmpty else { return [] }
        let stored = try await api.store.revisionMedia(draftID: detail.draft.id, revision: detail.draft.revision)
        var out: [[String: Any]] = []
        for (path, findings) in found.sorted(by: { $0.key < $1.key }) {
            guard let sha = stored[path]?.sha256, let bytes = try await api.store.media(sha256: sha),
                  case .success(let kind)? = MediaKind.sniff([UInt8](bytes)), kind.width > 0, kind.height > 0 else { continue }
            func percent(_ v: Int, of whole: Int) -> String { String(format: "%.2f", 100 * Double(v) / Double(whole)) }
            let boxes = findings.compactMap { f -> [String: Any]? in
                guard let b = f.box else { return nil }
                return ["left": percent(b.x, of: kind.width), "top": percent(b.y, of: kind.height), "width": percent(b.width, of: kind.width),
                        "height": percent(b.height, of: kind.height), "level": f.level.rawValue, "message": f.message]
            }
            out.append(["path": path, "url": "/console/drafts/\(detail.draft.id)/media/\(sha)", "boxes": boxes,
                        "count": trn(findings.count, "\(findings.count) finding", "\(findings.count) findings")])
        }
        return out
    }

    enum Opened: Error { case forged, expired, gone, revised(current: Int) }

    /// A chat link's ticket checked: signed by this store, not expired, its draft still at the revision it names.
    func open(_ ticket: String) async throws -> Result<(ReviewLinks.Ticket, DraftSummary), Opened> {
        let links = ReviewLinks(base: "", key: try await api.mediaLinkKey())
        switch links.check(ticket, nowMillis: try await api.store.now()) {
        case .forged: return .failure(.forged)
        case .expired: return .failure(.expired)
        case .valid(let t):
            guard let summary = try await api.store.draftSummary(id: t.draftID) else { return .failure(.gone) }
            guard summary.revision == t.revision else { return .failure(.revised(current: summary.revision)) }
            return .success((t, summary))
        }
    }

    static func refusal(_ opened: Result<(ReviewLinks.Ticket, DraftSummary), Opened>, person: Person? = nil, session: String? = nil) -> Response {
        guard case .failure(let why) = opened else { return message(.internalServerError, tr("Unexpected"), "") }
        switch why {
        case .forged, .gone: return message(.notFound, tr("No such link"), tr("This is not a link kosflow made, or it was changed."), person: person, session: session)
        case .expired: return message(.gone, tr("This link has expired"), tr("Open the draft from your inbox instead."), person: person, session: session,
                                      back: "/console")
        case .revised(let current):
            return message(.conflict, tr("The draft has changed"), tr("The message was about an earlier revision; the draft is at revision \(current) now. Read it before you decide: nothing was recorded."),
                           person: person, session: session, back: "/console")
        }
    }

    // MARK: Sessions and forms

    /// The person whose session cookie `request` carries, with the session's secret.
    func signedIn(_ request: Request) async throws -> (Person, String)? {
        guard let session = Self.cookieValue(request.headers[.cookie], named: Self.cookie) else { return nil }
        return try await api.consolePerson(session: session).map { ($0, session) }
    }

    static func cookieValue(_ header: String?, named name: String) -> String? {
        guard let header else { return nil }
        for part in header.split(separator: ";") {
            let pair = part.trimmingCharacters(in: .whitespaces)
            if pair.hasPrefix(name + "=") { return String(pair.dropFirst(name.count + 1)) }
        }
        return nil
    }

    /// The token every form of a session carries: an HMAC of a fixed label under the session's secret, so another
    /// site cannot know it and any host serving the console can check it without storing it.
    static func csrf(_ session: String) -> String {
        Hex.encode(HMAC<SHA256>.authenticationCode(for: Data("kos-console-form".utf8), using: SymmetricKey(data: Data(session.utf8))))
    }

    static func csrfHolds(_ sent: String?, session: String) -> Bool {
        guard let sent else { return false }
        return APIToken.constantTimeEqual(Array(sent.utf8), Array(csrf(session).utf8))
    }

    /// An `application/x-www-form-urlencoded` body, at most 1 MiB (a rewording of a long draft, percent-encoded).
    static func form(_ request: Request) async throws -> [String: String] {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: 1 << 20)
        } catch {
            throw API.Problem(.tooLarge, detail: tr("a form is at most 1 MiB"))
        }
        return parseForm(String(decoding: buffer.readableBytesView, as: UTF8.self))
    }

    static func parseForm(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String { String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            guard let key = parts.first.map(decode), !key.isEmpty, out[key] == nil else { continue }
            out[key] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return out
    }

    // MARK: Pages

    static let pageSize = 50

    /// The inbox's state filter: every waiting draft, those past their deadline, those escalated to a group.
    static let inboxStates: Set<String> = ["overdue", "escalated"]

    /// A state filter as the inbox offers it, in the reader's language.
    static func inboxStateLabel(_ state: String) -> String {
        switch state {
        case "overdue": tr("past its deadline")
        case "escalated": tr("escalated")
        default: state
        }
    }

    /// What the draft's page says after a decision (`?done=`), in the reader's language; nil for another word.
    static func doneText(_ done: String) -> String? {
        switch done {
        case "approved": tr("Your approval is recorded.")
        case "rejected": tr("Your rejection is recorded; the author sees your reason.")
        case "changes": tr("Your request for changes is recorded; the author sees your reason and can take your rewording in one step.")
        case "revised": tr("The suggested rewording is your new revision; it is checked and approved again.")
        default: nil
        }
    }

    /// A draft's state (`awaiting-approval`) as a page shows it; the state itself stays in the page's classes.
    static func stateText(_ state: String) -> String {
        switch DraftProgress(rawValue: state) {
        case .submitted: tr("submitted")
        case .checking: tr("checking")
        case .awaitingApproval: tr("awaiting-approval")
        case .scheduled: tr("scheduled")
        case .publishing: tr("publishing")
        case .published: tr("published")
        case .blocked: tr("blocked")
        case .rejected: tr("rejected")
        case .expired: tr("expired")
        case .failed: tr("failed")
        case .superseded: tr("superseded")
        case .withdrawn: tr("withdrawn")
        case .parked: tr("parked")
        default: state
        }
    }

    /// A finding's level (`error`) as a page shows it.
    static func levelText(_ level: String) -> String {
        switch level {
        case "error": tr("error")
        case "warning": tr("warning")
        case "note": tr("note")
        default: level
        }
    }

    static func draftValues(_ detail: API.DraftDetail, person: Person, csrf: String, done: String?) -> [String: Any] {
        let d = detail.draft
        let lines = ConsolePages.highlight(detail.content, findings: detail.findings).map { line -> [String: Any] in
            ["number": line.number, "pieces": line.pieces.map { piece -> [String: Any] in
                var p: [String: Any] = ["text": piece.text]
                if let f = piece.finding { p["finding"] = f }
                return p
            }]
        }
        let findings = detail.findings.map { f -> [String: Any] in
            var row: [String: Any] = ["rule": f.rule, "level": f.level.rawValue, "levelText": levelText(f.level.rawValue), "message": f.message]
            if let line = f.line { row["where"] = f.column.map { tr("line \(line), column \($0)") } ?? tr("line \(line)") }
            if let match = f.match { row["match"] = match }
            if let suggestion = f.suggestion { row["suggestion"] = suggestion }
            if let suppressed = f.suppressed { row["suppressed"] = suppressed }
            if let link = f.link, link.hasPrefix("https://") || link.hasPrefix("http://") { row["link"] = link }
            return row
        }
        var values: [String: Any] = [
            "id": d.id, "title": d.title ?? d.id, "creator": d.creator, "workflow": d.workflow, "revision": d.revision,
            "hash": String(d.contentHash.prefix(12)), "contentHash": d.contentHash, "state": d.state,
            "stateText": d.step.map { tr("\(stateText(d.state)) at \($0)") } ?? stateText(d.state), "lines": lines, "findings": findings,
            "findingCount": findings.count, "hasDecisions": !detail.decisions.isEmpty,
            "decisions": detail.decisions.map { dec -> [String: Any] in
                // One whole sentence for each decision, with its reason or without.
                let (who, step) = (dec.reviewer, dec.step)
                let said: String
                if dec.decision == "approved" {
                    said = dec.reason.map { tr("\(who) approved (\(step)): \($0)") } ?? tr("\(who) approved (\(step))")
                } else {
                    said = dec.reason.map { tr("\(who) rejected (\(step)): \($0)") } ?? tr("\(who) rejected (\(step))")
                }
                return ["reviewer": dec.reviewer, "decision": dec.decision, "step": dec.step, "said": said]
            },
            "history": detail.history.map { ["at": shortTime($0.at), "actor": $0.actor, "action": $0.action, "details": $0.details] },
        ]
        if let step = d.step { values["step"] = step }
        if let reason = d.reason { values["reason"] = reason }
        if let waiting = detail.waitingFor { values["waitingFor"] = waiting }
        if let done { values["done"] = done }
        // The forms, to a reviewer, while the draft waits for an approval: the author's own draft is shown without
        // them (nobody approves their own post; the API refuses it too).
        if d.state == DraftProgress.awaitingApproval.rawValue, person.isBrandReviewer, d.creator != person.id {
            let rewording = ConsolePages.reworded(detail.content, findings: detail.findings)
            values["decide"] = ["id": d.id, "csrf": csrf, "revision": d.revision, "contentHash": d.contentHash, "rewording": rewording,
                                "rewordedFindings": rewording != detail.content]
        }
        if let suggestion = detail.suggestion {
            var shown: [String: Any] = [
                "reviewer": suggestion.reviewer, "reason": suggestion.reason,
                "changes": ConsolePages.changes(from: detail.content, to: suggestion.content).map { [$0.kind.rawValue: true, "text": $0.text] as [String: Any] },
            ]
            // Only the author takes it, and only while the draft is at the revision it rewords.
            if person.id == d.creator, suggestion.revision == d.revision {
                shown["accept"] = ["id": d.id, "csrf": csrf, "revision": d.revision, "next": d.revision + 1]
            }
            values["suggestion"] = shown
        }
        if let kit = detail.kit {
            values["kit"] = ["reference": kit.reference, "matched": kit.matched, "differences": kit.differences.joined(separator: "; "),
                             "slots": kit.slots.map { ["name": $0.name, "text": $0.text.trimmingCharacters(in: .whitespacesAndNewlines)] }] as [String: Any]
        }
        return values
    }

    /// What changed since the revision this reviewer decided on last (else the previous one), character by character.
    static func diffValues(_ detail: API.DraftDetail, stored: StoredDraft, person: Person) -> [String: Any]? {
        guard let (base, decided) = ConsolePages.baseRevision(history: detail.history, person: person.id, current: detail.draft.revision),
              let earlier = stored.revisions.first(where: { $0.number == base }) else { return nil }
        let changes = ConsolePages.changes(from: String(decoding: earlier.content, as: UTF8.self), to: detail.content)
        return ["base": base, "decided": decided, "changes": changes.map { [$0.kind.rawValue: true, "text": $0.text] as [String: Any] }]
    }

    static func page(_ status: HTTPResponse.Status, _ body: String, title: String, person: Person?, csrf: String?, refresh: String? = nil,
                     headers: HTTPFields = securityHeaders, _ values: [String: Any]) -> Response {
        var fields = headers
        fields[.contentType] = "text/html; charset=utf-8"
        let html = ConsolePages.render(body, title: title, person: person, csrf: csrf, refresh: refresh, values)
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func message(_ status: HTTPResponse.Status, _ heading: String, _ text: String, person: Person? = nil, session: String? = nil,
                        back: String? = nil) -> Response {
        var values: [String: Any] = ["heading": heading, "text": text]
        if let back { values["back"] = back; values["backText"] = tr("Back to the draft") }
        return page(status, "message", title: heading, person: person, csrf: session.map(csrf), values)
    }

    static func signedOut() -> Response {
        message(.unauthorized, tr("Sign in with a link"), tr("Ask kosflow for a sign-in link on your phone or laptop: kos review-link"))
    }

    static func problem(_ problem: API.Problem, person: Person, session: String, back: String? = nil) -> Response {
        message(HTTPResponse.Status(code: problem.status), problem.title, problem.detail ?? problem.title, person: person, session: session, back: back)
    }

    static func with(_ extra: HTTPFields) -> HTTPFields {
        var fields = securityHeaders
        for field in extra { fields[field.name] = field.value }
        return fields
    }

    /// `2026-12-06T09:30:00Z` as `2026-12-06 09:30`.
    static func shortTime(_ rfc3339: String) -> String {
        String(rfc3339.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }
}
