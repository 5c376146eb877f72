import Foundation
import KosCore
import KosTesting
import Testing

@testable import KosCLI
@testable import KosServer

/// One HTTP/1.1 exchange over the fixture's Unix socket, as a browser would make it: the answer's status, its
/// header fields (lower-cased names) and its body.
struct PageAnswer {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: String

    func header(_ name: String) -> String? { headers.first { $0.name == name.lowercased() }?.value }

    /// The session cookie a `Set-Cookie` hands out.
    var session: String? {
        guard let cookie = header("set-cookie"), cookie.hasPrefix("kos_session=") else { return nil }
        return String(cookie.dropFirst("kos_session=".count).prefix { $0 != ";" })
    }

    /// The value of the hidden `csrf` field of the page's first form.
    var formToken: String? {
        guard let range = body.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(body[range.upperBound...].prefix { $0 != "\"" })
    }
}

extension APIFixture {
    func page(_ path: String, method: String = "GET", session: String? = nil, form: [String: String]? = nil) async throws -> PageAnswer {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: kosd\r\nConnection: close\r\n"
        if let session { head += "Cookie: theme=dark; kos_session=\(session)\r\n" }
        var payload = ""
        if let form {
            payload = form.sorted { $0.key < $1.key }.map { key, value in
                "\(key)=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            }.joined(separator: "&")
            head += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(payload.utf8.count)\r\n"
        }
        let request = Array((head + "\r\n" + payload).utf8)
        let socket = self.socket
        let raw = try await APIFixture.offPool { () throws -> [UInt8] in
            guard let fd = RawHTTP.connectUnix(socket) else { throw POSIXError(.ECONNREFUSED) }
            defer { close(fd) }
            guard let answer = RawHTTP.exchange(fd, request, seconds: 60) else { throw POSIXError(.EPIPE) }
            return answer
        }
        let text = String(decoding: raw, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let lines = parts[0].components(separatedBy: "\r\n")
        let status = Int(lines[0].split(separator: " ").dropFirst().first ?? "") ?? 0
        let headers = lines.dropFirst().compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (line[..<colon].lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var body = parts.dropFirst().joined(separator: "\r\n\r\n")
        if headers.contains(where: { $0.0 == "transfer-encoding" && $0.1 == "chunked" }) { body = Self.unchunked(body) }
        return PageAnswer(status: status, headers: headers, body: body)
    }

    static func unchunked(_ text: String) -> String {
        var bytes = Array(text.utf8)[...]
        var out: [UInt8] = []
        while let end = bytes.firstIndex(of: 0x0D), let size = Int(String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self), radix: 16), size > 0 {
            let start = end + 2
            out += bytes[start..<min(bytes.endIndex, start + size)]
            bytes = bytes[min(bytes.endIndex, start + size + 2)...]
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Signs `who` in through a fresh link, as the link's holder would: the session cookie.
    func signIn(_ who: String) async throws -> String {
        let link = try await send(who, "POST", "/v1/console/links", as: API.ConsoleLink.self)
        let answer = try await page(link.url)
        return try #require(answer.session, "signing in set no session: \(answer.status) \(answer.body.prefix(300))")
    }
}

@Suite struct ConsoleTests {
    @Test func aLinkSignsInOnceAndOpensTheInboxOfWhatWaits() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na")
        #expect(draft.state == "awaiting-approval")
        let link = try await api.send("zhang.wei", "POST", "/v1/console/links", as: API.ConsoleLink.self)
        #expect(link.url.hasPrefix("/console/sign-in/kos_"), "the fixture serves a Unix socket only, so the link is a path: \(link.url)")
        let first = try await api.page(link.url)
        #expect(first.status == 200 && first.body.contains("Signed in as zhang.wei"), "\(first.status) \(first.body.prefix(300))")
        let cookie = try #require(first.header("set-cookie"))
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/console"), "\(cookie)")
        #expect(first.body.contains("http-equiv=\"refresh\" content=\"0; url=/console\""), "the page moves on to the inbox by itself")
        let again = try await api.page(link.url)
        #expect(again.status == 410 && again.body.contains("This link was used") && again.session == nil)
        #expect(try await api.page("/console/sign-in/kos_nothing").status == 404)

        let inbox = try await api.page("/console", session: first.session)
        #expect(inbox.status == 200)
        #expect(inbox.body.contains("/console/drafts/\(draft.id)") && inbox.body.contains("Velocity 9 上脚") && inbox.body.contains("1 draft"))
        #expect(inbox.header("content-security-policy")?.contains("default-src 'none'") == true)
        #expect(inbox.header("cache-control") == "no-store" && inbox.header("referrer-policy") == "no-referrer")
        let anonymous = try await api.page("/console")
        #expect(anonymous.status == 401 && anonymous.body.contains("kos review-link"))
        #expect(try await api.page("/console", session: "kos_forged").status == 401)
        // The session is not an API token.
        #expect(try await api.call(first.session, "GET", "/v1/me").status == 401)
        let author = try await api.page("/console", session: try await api.signIn("li.na"))
        #expect(author.status == 200 && author.body.contains("Your drafts") && author.body.contains("/console/drafts/\(draft.id)"),
                "an associate's home lists their own drafts: \(author.body.prefix(400))")
        #expect(!author.body.contains("Waiting for your decision"))
    }

    @Test func aReviewerRequestsChangesAndTheAuthorTakesTheRewordingInOneStep() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na")
        let reviewer = try await api.signIn("zhang.wei")
        let page = try await api.page("/console/drafts/\(draft.id)", session: reviewer)
        let token = try #require(page.formToken)
        #expect(page.body.contains("name=\"decision\" value=\"changes\"") && page.body.contains("name=\"suggestion\""))
        let detail = try await api.send("zhang.wei", "GET", "/v1/drafts/\(draft.id)", as: API.DraftDetail.self)
        #expect(page.body.contains(Self.escaped(detail.content)), "the rewording starts from the draft as it is")
        let rewording = detail.content.replacingOccurrences(of: "周六早上十点", with: "12月12日周六早上十点")
        let fields = ["revision": "\(draft.revision)", "content_hash": draft.contentHash, "csrf": token, "decision": "changes"]
        let noReason = try await api.page("/console/drafts/\(draft.id)/decision", method: "POST", session: reviewer,
                                          form: fields.merging(["suggestion": rewording]) { a, _ in a })
        #expect(noReason.status == 400 && noReason.body.contains("needs a reason"))
        // A browser sends the textarea with CR LF line ends; the rewording is kept as the author wrote the draft.
        let asked = try await api.page("/console/drafts/\(draft.id)/decision", method: "POST", session: reviewer,
                                       form: fields.merging(["suggestion": rewording.replacingOccurrences(of: "\n", with: "\r\n"), "reason": "写清楚发售日期"]) { a, _ in a })
        #expect(asked.status == 303 && asked.header("location") == "/console/drafts/\(draft.id)?done=changes", "\(asked.status) \(asked.body.prefix(300))")
        try await api.worker.drain()
        #expect(try await api.draft(draft.id).state == "rejected")

        // The author sees the rewording as changes to their text, and takes it from the page.
        let author = try await api.signIn("li.na")
        let theirs = try await api.page("/console/drafts/\(draft.id)", session: author)
        #expect(theirs.body.contains("zhang.wei suggests a rewording") && theirs.body.contains("写清楚发售日期") && theirs.body.contains("<ins>12月12日</ins>"),
                "\(theirs.body.prefix(3000))")
        #expect(theirs.body.contains("Use this rewording as revision 2"))
        let reviewers = try await api.page("/console/drafts/\(draft.id)", session: reviewer)
        #expect(reviewers.body.contains("suggests a rewording") && !reviewers.body.contains("Use this rewording"), "only the author takes it")
        let notTheirs = try await api.page("/console/drafts/\(draft.id)/accept-suggestion", method: "POST", session: reviewer,
                                           form: ["csrf": try #require(reviewers.formToken), "revision": "1"])
        #expect(notTheirs.status == 403, "a reviewer does not revise someone else's draft")
        let forged = try await api.page("/console/drafts/\(draft.id)/accept-suggestion", method: "POST", session: author, form: ["revision": "1"])
        #expect(forged.status == 403)
        let taken = try await api.page("/console/drafts/\(draft.id)/accept-suggestion", method: "POST", session: author,
                                       form: ["csrf": try #require(theirs.formToken), "revision": "1"])
        #expect(taken.status == 303 && taken.header("location") == "/console/drafts/\(draft.id)?done=revised", "\(taken.status) \(taken.body.prefix(300))")
        try await api.worker.drain()
        let revised = try await api.send("li.na", "GET", "/v1/drafts/\(draft.id)", as: API.DraftDetail.self)
        #expect(revised.draft.revision == 2 && revised.content == rewording && revised.draft.state == "awaiting-approval")
        #expect(revised.suggestion == nil, "a suggestion rewords the revision it was made on, not the next")
        let twice = try await api.call("li.na", "POST", "/v1/drafts/\(draft.id)/suggestion/accept", json: Self.json(API.AcceptSuggestion(revision: 1)))
        #expect(twice.status == 409 && api.problem(twice)?.type.hasSuffix("stale-revision") == true, "\(twice.status)")
    }

    @Test func aSuggestionGoesWithARejectionAndIsADraftKosdAccepts() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na")
        let approveWithOne = try await api.call("zhang.wei", "POST", "/v1/drafts/\(draft.id)/approve",
                                                json: Self.json(API.DecisionRequest(revision: 1, contentHash: draft.contentHash, suggestion: "---\ntitle: x\n---\ny\n")))
        #expect(approveWithOne.status == 400)
        let broken = try await api.call("zhang.wei", "POST", "/v1/drafts/\(draft.id)/reject",
                                        json: Self.json(API.DecisionRequest(revision: 1, contentHash: draft.contentHash, reason: "改一下", suggestion: "---\ntitle: [unclosed\n---\n正文\n")))
        #expect(broken.status == 422, "the author could not take a rewording kosd would refuse: \(broken.status)")
        #expect(try await api.draft(draft.id).state == "awaiting-approval", "nothing was decided")
        let none = try await api.call("li.na", "POST", "/v1/drafts/\(draft.id)/suggestion/accept", json: Self.json(API.AcceptSuggestion(revision: 1)))
        #expect(none.status == 409 && api.problem(none)?.detail?.contains("no reviewer suggested") == true)
    }

    static func json(_ value: some Encodable) -> String {
        String(decoding: try! API.encoder().encode(value), as: UTF8.self)
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test func aLongQueueIsShownAPageAtATimeAndFilteredByWorkflowAndStore() async throws {
        let api = try await APIFixture()
        for i in 0..<(Console.pageSize + 5) {
            let content = APIFixture.withoutMedia(try String(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/velocity-launch-preview.md"), encoding: .utf8))
                .replacingOccurrences(of: "上脚", with: "上脚 \(i)")
            _ = try await api.send(i.isMultiple(of: 2) ? "li.na" : "chen.jie", "POST", "/v1/drafts", body: API.Submission(workflow: nil, content: content),
                                   headers: ["Idempotency-Key": "page-\(i)"], as: API.Submitted.self)
        }
        try await api.worker.drain()
        let session = try await api.signIn("zhang.wei")
        let first = try await api.page("/console", session: session)
        #expect(first.body.components(separatedBy: "<li><a href=\"/console/drafts/").count - 1 == Console.pageSize)
        #expect(first.body.contains("1–\(Console.pageSize) of \(Console.pageSize + 5) drafts") && first.body.contains("href=\"/console?page=2\""))
        let second = try await api.page("/console?page=2", session: session)
        #expect(second.body.components(separatedBy: "<li><a href=\"/console/drafts/").count - 1 == 5 && second.body.contains("rel=\"prev\""))
        #expect(second.body.contains("start=\"\(Console.pageSize + 1)\""))
        let past = try await api.page("/console?page=99", session: session)
        #expect(past.status == 200 && past.body.contains("start=\"\(Console.pageSize + 1)\""), "a page past the end shows the last")
        let none = try await api.page("/console?workflow=boutique-styling-notes", session: session)
        #expect(none.body.contains("Nothing waits for your decision."))
        let store = try await api.page("/console?workflow=sportswear-launch&store=SH-IFC", session: session)
        #expect(store.body.contains("of \(Console.pageSize + 5) drafts") && store.body.contains("<option selected>sportswear-launch</option>"))
    }

    static let twoManagersWithLimits = DecisionBindingTests.twoManagers.replacingOccurrences(of: "id: two-managers", with: "id: two-managers-limits")
        .replacingOccurrences(of: "guidelines: [ad-disclosure]", with: "guidelines: [ad-disclosure, platform-limits]")

    @Test func theInboxSaysHowFarEachDraftIsAndFiltersByState() async throws {
        let api = try await APIFixture(workflow: Self.twoManagersWithLimits)
        func note(_ extra: String) -> (String) -> String {
            { DecisionBindingTests.note($0).replacingOccurrences(of: "workflow: two-managers", with: "workflow: two-managers-limits")
                .replacingOccurrences(of: "欢迎来上海国金中心店里试背。", with: "欢迎来上海国金中心店里试背。" + extra) }
        }
        // Eleven topics: a warning of the platform limits, which does not stop the draft.
        let tagged = try await api.submit("li.na", file: "arco-autumn-styling.md", edit: note((0...10).map { " #话题\($0)" }.joined()))
        let plain = try await api.submit("chen.jie", file: "arco-autumn-styling.md", edit: note(""))
        #expect(tagged.state == "awaiting-approval" && plain.state == "awaiting-approval")
        _ = try await api.send("zhang.wei", "POST", "/v1/drafts/\(tagged.id)/approve", body: API.DecisionRequest(revision: 1, contentHash: tagged.contentHash),
                               as: API.Draft.self)
        try await api.worker.drain()

        let session = try await api.signIn("gao.min")
        func row(_ page: PageAnswer, _ id: String) -> String? {
            guard let start = page.body.range(of: "<li><a href=\"/console/drafts/\(id)\">") else { return nil }
            let rest = page.body[start.lowerBound...]
            return rest.range(of: "</li>").map { String(rest[..<$0.upperBound]) }
        }
        let inbox = try await api.page("/console", session: session)
        let taggedRow = try #require(row(inbox, tagged.id), "\(inbox.body)"), plainRow = try #require(row(inbox, plain.id))
        #expect(taggedRow.contains("store-managers · 1 of 2 approvals") && taggedRow.contains("1 finding ·"), "\(taggedRow)")
        #expect(plainRow.contains("0 of 2 approvals") && plainRow.contains("0 findings"), "\(plainRow)")
        #expect(!taggedRow.contains("class=\"overdue\""))

        // Past its deadline (the worker has not looked yet): the row says so, and the filter finds it.
        let run = try #require(try await api.draft(tagged.id).run)
        try await api.store.execute("UPDATE steps SET ready_at = ready_at - 90000000 WHERE run_id = '\(run)' AND step_index = 1")
        let overdue = try await api.page("/console?state=overdue", session: session)
        #expect(row(overdue, tagged.id)?.contains("<span class=\"overdue\">deadline") == true && row(overdue, plain.id) == nil, "\(overdue.body)")
        #expect(overdue.body.contains("<option value=\"overdue\" selected>"))
        let escalated = try await api.page("/console?state=escalated", session: session)
        #expect(escalated.body.contains("Nothing waits for your decision."))
        let unknown = try await api.page("/console?state=%3Cscript%3E", session: session)
        #expect(row(unknown, tagged.id) != nil && row(unknown, plain.id) != nil, "an unknown state filters nothing")
    }

    @Test func aStepEscalatedPastItsDeadlineReachesTheEscalationGroupsInbox() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na", file: "arco-autumn-styling.md") { APIFixture.withoutMedia($0) }
        #expect(draft.state == "awaiting-approval" && draft.step == "store-manager", "\(draft)")
        #expect(try await api.send("zhang.wei", "GET", "/v1/inbox", as: [API.Draft].self).map(\.id) == [draft.id])
        // Nobody decided within the store manager's 24 hours: the step goes to regional compliance.
        let run = try #require(try await api.draft(draft.id).run)
        try await api.store.execute("UPDATE steps SET ready_at = ready_at - 90000000, due_at = 0 WHERE run_id = '\(run)' AND step_index = 1")
        try await api.worker.drain()
        #expect(try await api.send("zhang.wei", "GET", "/v1/inbox", as: [API.Draft].self).isEmpty, "a store manager outside the group decides no more")
        #expect(try await api.send("gao.min", "GET", "/v1/inbox", as: [API.Draft].self).map(\.id) == [draft.id])
        let escalated = try await api.page("/console?state=escalated", session: try await api.signIn("gao.min"))
        #expect(escalated.body.contains("/console/drafts/\(draft.id)") && escalated.body.contains("(escalated to regional-compliance)"), "\(escalated.body)")
    }

    @Test func aFindingIsMarkedOverItsCharactersAndScriptStaysText() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na") {
            $0.replacingOccurrences(of: "title: Velocity 9 上脚", with: "title: Velocity 9 <script>alert('标题')</script>")
                .replacingOccurrences(of: "正式发售。", with: "正式发售，全网最低价！<img src=x onerror=alert(1)>")
        }
        #expect(draft.state == "blocked")
        let session = try await api.signIn("zhang.wei")
        let page = try await api.page("/console/drafts/\(draft.id)", session: session)
        #expect(page.status == 200, "\(page.body.prefix(500))")
        // The claim is marked over exactly its five characters, numbered as in the list of findings below.
        let marked = try #require(page.body.firstMatch(of: /<mark class="finding" id="m(\d+)" title="finding (\d+)">全网最低价<\/mark><sup>(\d+)<\/sup>/),
                                  "\(page.body)")
        #expect(marked.1 == marked.2 && marked.2 == marked.3)
        #expect(page.body.contains("prc-advertising-law/"))
        #expect(!page.body.contains("<script") && !page.body.contains("<img src=x"), "what the draft says is shown, never run")
        #expect(page.body.contains("&lt;script&gt;alert(&#39;标题&#39;)&lt;/script&gt;") || page.body.contains("&lt;script&gt;alert("), "\(page.body.prefix(800))")
        #expect(!page.body.contains("name=\"decision\""), "a blocked draft waits for no decision: no forms")
    }

    @Test func aDecisionNeedsTheFormTokenAndARejectionItsReason() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na")
        let session = try await api.signIn("zhang.wei")
        let page = try await api.page("/console/drafts/\(draft.id)", session: session)
        let token = try #require(page.formToken)
        #expect(page.body.contains("name=\"decision\" value=\"approve\"") && page.body.contains("value=\"\(draft.contentHash)\""))
        let fields = ["revision": "\(draft.revision)", "content_hash": draft.contentHash]

        let forged = try await api.page("/console/drafts/\(draft.id)/decision", method: "POST", session: session, form: fields.merging(["decision": "approve"]) { a, _ in a })
        #expect(forged.status == 403, "a form without the page's token is another site's")
        let wrong = try await api.page("/console/drafts/\(draft.id)/decision", method: "POST", session: session,
                                       form: fields.merging(["decision": "approve", "csrf": String(repeating: "0", count: 64)]) { a, _ in a })
        #expect(wrong.status == 403)
        let bare = try await api.page("/console/drafts/\(draft.id)/decision", method: "POST", session: session,
                                      form: fields.merging(["decision": "reject", "csrf": token, "reason": "  "]) { a, _ in a })
        #expect(bare.status == 400 && bare.body.contains("A rejection needs a reason"), "\(bare.status) \(bare.body.prefix(400))")
        #expect(try await api.draft(draft.id).state == "awaiting-approval", "nothing was decided")

        let approved = try await api.page("/console/drafts/\(draft.id)/decision", method: "POST", session: session,
                                          form: fields.merging(["decision": "approve", "csrf": token, "comment": "配色很好"]) { a, _ in a })
        #expect(approved.status == 303 && approved.header("location") == "/console/drafts/\(draft.id)?done=approved")
        try await api.worker.drain()
        #expect(try await api.draft(draft.id).state != "awaiting-approval")
        let after = try await api.page("/console/drafts/\(draft.id)?done=approved", session: session)
        #expect(after.body.contains("Your approval is recorded.") && after.body.contains("zhang.wei approved"))
        let audit = try await api.store.auditEntries()
        #expect(audit.contains { $0.action == "approval.approved" && $0.actor == "zhang.wei" })
    }

    @Test func theAuthorSeesNoFormsAndSigningOutEndsTheSession() async throws {
        let api = try await APIFixture()
        let own = try await api.submit("zhang.wei") { $0.replacingOccurrences(of: "上脚", with: "上脚（店长）") }
        let session = try await api.signIn("zhang.wei")
        let page = try await api.page("/console/drafts/\(own.id)", session: session)
        #expect(page.status == 200 && !page.body.contains("name=\"decision\""), "nobody approves their own post, on a page either")
        let token = try #require(page.formToken, "the sign-out form carries the token")
        #expect(try await api.page("/console/sign-out", method: "POST", session: session, form: [:]).status == 403)
        let out = try await api.page("/console/sign-out", method: "POST", session: session, form: ["csrf": token])
        #expect(out.status == 200 && out.header("set-cookie")?.contains("Max-Age=0") == true)
        #expect(try await api.page("/console", session: session).status == 401)
        // Revoking someone's access ends the console too.
        let again = try await api.signIn("zhang.wei")
        try await api.store.revokeTokens(personID: "zhang.wei", actor: "admin")
        #expect(try await api.page("/console", session: again).status == 401)
    }

    @Test func findingsAreMarkedByScalarColumnsAndOverlapsKeepTheFirst() {
        func finding(_ line: Int, _ column: Int, _ match: String) -> Finding {
            Finding(rule: "p/r", level: .error, scope: .body, line: line, column: column, match: match, message: "m", suggestion: nil, link: nil)
        }
        let lines = ConsolePages.highlight("title: x\n最好的面料，全网最低价🔥\n", findings: [finding(2, 1, "最好"), finding(2, 7, "全网最低价"), finding(2, 8, "网最"), finding(9, 1, "x")])
        #expect(lines.count == 3)
        #expect(lines[1].pieces == [.init(text: "最好", finding: 1), .init(text: "的面料，", finding: nil), .init(text: "全网最低价", finding: 2), .init(text: "🔥", finding: nil)])
        #expect(lines[0].pieces == [.init(text: "title: x", finding: nil)])
        func suggested(_ line: Int, _ column: Int, _ match: String, _ with: String, suppressed: String? = nil) -> Finding {
            var f = Finding(rule: "p/r", level: .error, scope: .body, line: line, column: column, match: match, message: "m", suggestion: with, link: nil)
            f.suppressed = suppressed
            return f
        }
        let text = "title: x\n最好的面料，全网最低价🔥\n第一件八折\n"
        #expect(ConsolePages.reworded(text, findings: [suggested(2, 1, "最好", "很好"), suggested(2, 7, "全网最低价", "限时优惠价"), suggested(2, 8, "网最", "x"),
                                                       suggested(3, 1, "第二件", "y"), suggested(3, 1, "第一", "z", suppressed: "a brand exception"), suggested(7, 1, "a", "b")])
                == "title: x\n很好的面料，限时优惠价🔥\n第一件八折\n", "overlaps, stale positions and suppressed findings are left as written")
        #expect(Console.parseForm("a=1&b=%E5%A5%BD+%26&a=2&=x&c") == ["a": "1", "b": "好 &", "c": ""], "the first of a repeated field counts")
        #expect(Console.cookieValue("theme=dark; kos_session=abc; x=1", named: "kos_session") == "abc")
        #expect(Console.csrf("kos_a") != Console.csrf("kos_b") && Console.csrfHolds(Console.csrf("kos_a"), session: "kos_a"))
        #expect(ProblemMiddleware.loggable("/console/sign-in/kos_secret") == "/console/sign-in/…", "a link's secret never reaches the log")
        #expect(ProblemMiddleware.loggable("/v1/drafts/d-1") == "/v1/drafts/d-1")
    }
}

@Suite struct ConsoleChangesTests {
    func rendered(_ changes: [ConsolePages.Change]) -> String {
        changes.map { c in
            switch c.kind {
            case .same: c.text
            case .inserted: "[+\(c.text)]"
            case .deleted: "[-\(c.text)]"
            }
        }.joined()
    }

    @Test(arguments: [
        ("周六早上十点发售。", "周六早上十点正式发售。", "周六早上十点[+正式]发售。"),
        ("全网最低价，快来！", "限时优惠价，快来！", "[-全网最低][+限时优惠]价，快来！"),
        ("配色是雾蓝", "配色是雾蓝", "配色是雾蓝"),
        ("", "新的一篇", "[+新的一篇]"),
        ("旧的一篇", "", "[-旧的一篇]"),
        ("a\nb\nc", "a\nc\nd", "a\n[-b\n]c[+\nd]"),
    ])
    func changesAreShownCharacterByCharacter(old: String, new: String, shown: String) {
        let changes = ConsolePages.changes(from: old, to: new)
        #expect(rendered(changes) == shown)
        // Put back together, the changes are both texts.
        #expect(changes.filter { $0.kind != .inserted }.map(\.text).joined() == old)
        #expect(changes.filter { $0.kind != .deleted }.map(\.text).joined() == new)
    }

    @Test func textsTooDifferentAreShownWholeWithinTheLimit() {
        let old = String(repeating: "甲乙", count: 3_000), new = String(repeating: "丙丁", count: 3_000)
        let started = ContinuousClock.now
        let changes = ConsolePages.changes(from: old, to: new, limit: 100)
        #expect(rendered(changes) == "[-\(old)][+\(new)]")
        #expect(ContinuousClock.now - started < .seconds(30))
        // Within the limit, the edit script is the shortest: one scalar changed in a long text is one change.
        let long = String(repeating: "秋冬新季的手袋。", count: 500)
        let edited = long.replacingOccurrences(of: "秋冬新季的手袋。秋冬新季的手袋。", with: "秋冬新季的手袋。春夏新季的手袋。", options: [], range: long.range(of: "秋冬新季的手袋。秋冬新季的手袋。"))
        #expect(ConsolePages.changes(from: long, to: edited).filter { $0.kind != .same }.map(\.text) == ["秋冬", "春夏"])
    }

    @Test func theBaseIsTheRevisionTheReviewerDecidedOnElseThePreviousOne() {
        func entry(_ actor: String, _ action: AuditAction, _ details: String) -> API.AuditEntry {
            API.AuditEntry(seq: 0, at: "", actor: actor, action: action.rawValue, subject: "d-1", details: details, previousHash: "", hash: "")
        }
        let history = [entry("li.na", .draftSubmitted, "revision 1 aa"), entry("zhang.wei", .approvalRejected, "改一下价格"),
                       entry("li.na", .draftRevised, "revision 2 bb"), entry("li.na", .draftRevised, "revision 3 cc")]
        #expect(ConsolePages.baseRevision(history: history, person: "zhang.wei", current: 3)! == (1, true))
        #expect(ConsolePages.baseRevision(history: history, person: "gao.min", current: 3)! == (2, false))
        #expect(ConsolePages.baseRevision(history: Array(history.prefix(1)), person: "zhang.wei", current: 1) == nil)
    }

    @Test func aRevisedDraftShowsWhatChangedSinceTheReviewersDecision() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na")
        _ = try await api.send("zhang.wei", "POST", "/v1/drafts/\(draft.id)/reject",
                               body: API.DecisionRequest(revision: 1, contentHash: draft.contentHash, reason: "写清楚发售时间"), as: API.Draft.self)
        try await api.worker.drain()
        let content = try String(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/velocity-launch-preview.md"), encoding: .utf8)
            .replacingOccurrences(of: "周六早上十点", with: "12月12日周六早上十点")
        _ = try await api.send("li.na", "POST", "/v1/drafts/\(draft.id)/revisions", body: API.Submission(workflow: nil, content: content), as: API.Submitted.self)
        try await api.worker.drain()
        let page = try await api.page("/console/drafts/\(draft.id)", session: try await api.signIn("zhang.wei"))
        #expect(page.body.contains("Changes since revision 1 (the one you decided on)"), "\(page.body.prefix(2000))")
        #expect(page.body.contains("<ins>12月12日</ins>") && !page.body.contains("<del>"), "\(page.body)")
    }
}

@Suite struct ConsolePreviewTests {
    @Test func aDraftIsShownAsEachOfItsPlatformsWithItsPhotos() async throws {
        let api = try await APIFixture()
        let content = try String(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/arco-autumn-styling.md"), encoding: .utf8)
        let photo = try Data(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/media/arco-front.jpg"))
        let submitted = try await api.send("li.na", "POST", "/v1/drafts",
                                           body: API.Submission(workflow: nil, content: content, media: [API.Media(path: "media/arco-front.jpg", data: photo.base64EncodedString())]),
                                           headers: ["Idempotency-Key": "preview-1"], as: API.Submitted.self)
        try await api.worker.drain()
        let sha = try #require(submitted.media["media/arco-front.jpg"])
        let session = try await api.signIn("zhang.wei")
        let page = try await api.page("/console/drafts/\(submitted.draft.id)", session: session)
        #expect(page.status == 200)
        let card = try #require(page.body.firstMatch(of: /<figure class="preview preview-xiaohongshu">(?s:.*?)<\/figure>/), "\(page.body.prefix(3000))").output
        #expect(card.contains("小红书 Xiaohongshu note") && card.contains("title 17/20") && !card.contains("count over"), "\(card)")
        #expect(card.contains("<img src=\"/console/drafts/\(submitted.draft.id)/media/\(sha)\" alt=\"深棕色 Arco 33 手袋，正面\">"), "\(card)")
        #expect(card.contains("<span class=\"tag\">#秋冬穿搭</span>") && card.contains("欢迎来上海国金中心店里试背。") && card.contains("@li.na"))

        // The thumbnail is the photo, to a signed-in reviewer who may see the draft, and to nobody else.
        let image = try await api.page("/console/drafts/\(submitted.draft.id)/media/\(sha)", session: session)
        #expect(image.status == 200 && image.header("content-type") == "image/jpeg" && image.header("x-content-type-options") == "nosniff")
        #expect(try await api.page("/console/drafts/\(submitted.draft.id)/media/\(sha)").status == 401)
        #expect(try await api.page("/console/drafts/\(submitted.draft.id)/media/\(String(repeating: "a", count: 64))", session: session).status == 404)
        let other = try await api.signIn("chen.jie")
        #expect(try await api.page("/console/drafts/\(submitted.draft.id)/media/\(sha)", session: other).status == 404, "another associate's draft does not exist for her")
    }

    @Test func eachPlatformCountsItsOwnWayAndWritesItsOwnTopics() {
        var draft = Draft(path: "-", title: String(repeating: "很", count: 21), body: "## 新品\n**Velocity 9** 正式发售。\n- 雾蓝\n", platforms: ["xiaohongshu", "weibo", "myspace"],
                          hashtags: ["跑步"])
        draft.media = [Draft.Media(path: "media/a.jpg", alt: "正面"), Draft.Media(path: "media/b.mp4", alt: "")]
        let media = [ConsolePreview.Medium(url: "/x", alt: "正面", video: false), ConsolePreview.Medium(url: nil, alt: "media/b.mp4", video: true)]
        let cards = ConsolePreview.cards(draft, media: media)
        #expect(cards.map(\.platform) == ["xiaohongshu", "weibo", "myspace"])
        #expect(cards[0].text == "新品\nVelocity 9 正式发售。\n· 雾蓝", "the platforms render no Markdown")
        #expect(cards[0].counts == [.init(label: "title", used: 21, max: 20), .init(label: "text", used: 24, max: 1000), .init(label: "media", used: 2, max: 18)])
        #expect(cards[0].counts[0].over && cards[0].tags == ["#跑步"])
        // Weibo has no title: it is the post's first line, and a Chinese character counts two half-characters.
        #expect(cards[1].title.isEmpty && cards[1].text.hasPrefix(draft.title + "\n") && cards[1].tags == ["#跑步#"])
        // Title and text counted together, as the weibo-body check counts them: 21 characters of title (42), 新品 (4),
        // a line end, "Velocity 9 " (11), 正式发售。 (10), a line end, "· 雾蓝" (7).
        let weibo: Int = 42 + 4 + 1 + 11 + 10 + 1 + 7
        #expect(cards[1].counts.first == ConsolePreview.Count(label: "text (half-characters)", used: weibo, max: 4000), "\(cards[1].counts)")
        #expect(cards[2].counts.isEmpty && cards[2].name == "myspace", "a platform kosflow has no limits for is shown, not counted")
    }
}
