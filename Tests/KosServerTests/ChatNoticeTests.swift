import Foundation
import KosCore
import KosEngine
import KosStore
import KosTemplates
import KosTesting
import Testing

@testable import KosServer

/// An approval step's chat message: posted once, to a receiver standing in for a WeCom group robot (through the
/// brand's relay), with the shipped template; its signed link opens the draft, and where the workflow allows,
/// approves it in one tap — once, however often tapped, never the author's own post, refused once expired or
/// once the draft has a newer revision.
@Suite(.serialized) struct ChatNoticeTests {
    static func workflow(_ receiver: WebhookReceiver) -> String {
        """
        apiVersion: kos/v1
        kind: Workflow
        id: chat-review
        description: A styling note a store manager approves from a WeCom message.
        guidelines: [ad-disclosure]
        steps:
          - id: guidelines
            check: {}
          - id: store-manager
            approval:
              groups: [store-managers]
              same_store: true
              timeout: 24h
              on_timeout: expire
              notify: {endpoint: wecom-store-managers, template: wecom-review.mustache}
              one_tap: true
        ---
        apiVersion: kos/v1
        kind: Endpoint
        id: wecom-store-managers
        description: The store managers' WeCom group, through the brand's chat relay.
        url: \(receiver.url("/wecom"))
        secret: env:KOS_CHAT_SECRET
        retry: [0s, 1s]
        allow_private_network: true

        """
    }

    /// The fixture with the chat workflow, a receiver for its endpoint, and a worker holding the endpoint's secret.
    static func setUp() async throws -> (WebhookReceiver, APIFixture, Worker) {
        let receiver = try WebhookReceiver(secret: EngineFixtures.secret, repository: APIFixture.root)
        let api = try await APIFixture(workflow: workflow(receiver))
        var environment = api.environment
        environment.secretsEnvironment["KOS_CHAT_SECRET"] = EngineFixtures.secret
        let worker = Worker(name: "worker-chat", store: api.store, environment: environment)
        worker.publicURL = "https://kos.example.com"
        return (receiver, api, worker)
    }

    static func note(title: String) -> String {
        "---\ntitle: \(title)\nplatforms: [xiaohongshu]\nworkflow: chat-review\n---\n#广告 这周店里到了秋冬新季的 Arco 33，编织皮革的手感非常柔软。\n"
    }

    @Test func theStoreManagersAreToldOnceAndApproveInOneTap() async throws {
        let (receiver, api, worker) = try await Self.setUp()
        // A title written to look like a link in the chat.
        let submitted = try await api.send("li.na", "POST", "/v1/drafts", body: API.Submission(workflow: nil, content: Self.note(title: "秋冬新季 [点我领券](https://evil.example)")),
                                           headers: ["Idempotency-Key": "chat-1"], as: API.Submitted.self)
        try await worker.drain()
        let id = submitted.draft.id
        #expect(try await api.draft(id).state == "awaiting-approval")

        let seen = receiver.seen
        try #require(seen.count == 1, "one message: \(seen)")
        #expect(seen[0]["verified"] as? Bool == true, "signed like every delivery, for the relay to check")
        let message = try #require(try JSONSerialization.jsonObject(with: Data((seen[0]["body"] as? String ?? "").utf8)) as? [String: Any])
        let content = try #require((message["markdown"] as? [String: Any])?["content"] as? String, "\(message)")
        #expect(message["msgtype"] as? String == "markdown" && content.hasPrefix("**待审核｜秋冬新季 ［点我领券］（https://evil.example）**"), "\(content)")
        #expect(!content.contains("[点我领券]("), "an associate's title never becomes a link in the reviewers' chat")
        #expect(content.contains("作者：li.na（SH-IFC）") && content.contains("检查发现：0 条") && content.contains("打开并一键通过"), "\(content)")
        let link = try #require(content.firstMatch(of: /\]\((https:\/\/kos\.example\.com\/console\/open\/r1\.[^)]+)\)/)?.1, "\(content)")
        let path = String(link.dropFirst("https://kos.example.com".count))

        // Later looks at the step do not tell them again.
        try await api.store.execute("UPDATE steps SET due_at = 0 WHERE state = 'pending'")
        try await worker.drain()
        #expect(receiver.seen.count == 1, "told once")

        #expect(try await api.page(path).status == 401, "the link alone signs nobody in")
        let manager = try await api.signIn("zhang.wei")
        let page = try await api.page(path, session: manager)
        #expect(page.status == 200 && page.body.contains("Approve revision 1"), "\(page.status) \(page.body.prefix(400))")
        #expect(try await api.page(path, method: "POST", session: manager, form: [:]).status == 403, "a tap carries the page's form token")
        let token = try #require(page.formToken)
        let tapped = try await api.page(path, method: "POST", session: manager, form: ["csrf": token])
        #expect(tapped.status == 303 && tapped.header("location") == "/console/drafts/\(id)?done=approved", "\(tapped.status) \(tapped.body.prefix(300))")
        let again = try await api.page(path, method: "POST", session: manager, form: ["csrf": token])
        #expect(again.status == 200 && again.body.contains("Already approved"), "\(again.status) \(again.body.prefix(300))")
        let run = try #require(try await api.draft(id).run)
        #expect(try await api.store.decisions(runID: run, stepIndex: 1).map(\.reviewerID) == ["zhang.wei"], "a double tap records one decision")

        // Expired, changed, or about a revision since replaced: refused, nothing recorded.
        let key = try await api.store.mediaLinkKey()
        let now = try await api.store.now()
        let expired = ReviewLinks(base: "", key: key).ticket(ReviewLinks.Ticket(draftID: id, revision: 1, expires: now / 1000 - 60))
        #expect(try await api.page("/console/open/\(expired)", session: manager).status == 410)
        #expect(try await api.page(String(path.dropLast()) + (path.hasSuffix("0") ? "1" : "0"), session: manager).status == 404)
        #expect(try await api.page("/console/open/r1.d-x.1", session: manager).status == 404)
    }

    @Test func aLinkToARevisedDraftOrToOnesOwnPostApprovesNothing() async throws {
        let (receiver, api, worker) = try await Self.setUp()
        let key = try await api.store.mediaLinkKey()
        let links = ReviewLinks(base: "", key: key)
        let expires = try await api.store.now() / 1000 + 3600

        // A store manager's own post: the link opens it, without a button, and a tap is refused.
        let own = try await api.send("zhang.wei", "POST", "/v1/drafts", body: API.Submission(workflow: nil, content: Self.note(title: "店长的穿搭")),
                                     headers: ["Idempotency-Key": "chat-own"], as: API.Submitted.self)
        try await worker.drain()
        let ownPath = "/console/open/" + links.ticket(ReviewLinks.Ticket(draftID: own.draft.id, revision: 1, expires: expires))
        let session = try await api.signIn("zhang.wei")
        let opened = try await api.page(ownPath, session: session)
        #expect(opened.status == 303 && opened.header("location") == "/console/drafts/\(own.draft.id)", "no one-tap page for one's own post")
        let formToken = try #require(try await api.page("/console", session: session).formToken)
        let tap = try await api.page(ownPath, method: "POST", session: session, form: ["csrf": formToken])
        #expect(tap.status == 403, "segregation of duties holds through a link: \(tap.status) \(tap.body.prefix(300))")

        // Revised since the message: the link is refused and names the current revision.
        let first = try await api.send("li.na", "POST", "/v1/drafts", body: API.Submission(workflow: nil, content: Self.note(title: "秋冬新季")),
                                       headers: ["Idempotency-Key": "chat-2"], as: API.Submitted.self)
        try await worker.drain()
        _ = try await api.send("li.na", "POST", "/v1/drafts/\(first.draft.id)/revisions",
                               body: API.Submission(workflow: nil, content: Self.note(title: "秋冬新季（改）")), as: API.Submitted.self)
        try await worker.drain()
        let stale = "/console/open/" + links.ticket(ReviewLinks.Ticket(draftID: first.draft.id, revision: 1, expires: expires))
        let refused = try await api.page(stale, session: session)
        #expect(refused.status == 409 && refused.body.contains("revision 2"), "\(refused.status) \(refused.body.prefix(300))")
        #expect(try await api.page(stale, method: "POST", session: session, form: ["csrf": formToken]).status == 409)
        let runs = try await api.store.programFacts(since: 0, until: .max).runs.filter { $0.draftID == first.draft.id }
        for run in runs { #expect(try await api.store.decisions(runID: run.id, stepIndex: 1).isEmpty, "nothing was decided on either revision") }
        #expect(receiver.seen.count == 3, "one message a revision reaching the step, and one for the manager's own post: \(receiver.seen.count)")
    }
}

@Suite struct ChatTemplateTests {
    /// Both shipped chat templates render the message their platform takes, as JSON, whatever the text holds.
    @Test(arguments: ["wecom-review.mustache", "feishu-review.mustache"])
    func theShippedChatTemplatesRenderValidMessages(name: String) throws {
        let path = APIFixture.root.appendingPathComponent("Templates/\(name)").path
        let template = try PayloadTemplate(text: try String(contentsOfFile: path, encoding: .utf8), path: path)
        let review: [String: Any] = ["url": "https://kos.example.com/console/open/r1.d-1.1.9.ab", "title": "雾蓝 \"Velocity\" \\ 9\n上脚", "author": "li.na",
                                     "store": "SH-IFC", "step": "store-manager", "revision": 2, "findings": 3, "deadline_text": "12月7日 17:30", "one_tap": true]
        let rendered = template.render(["review": review, "draft": ["title": "x"], "creator": ["id": "li.na", "store": "SH-IFC"]])
        let message = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any], "\(rendered)")
        let text = String(decoding: try JSONSerialization.data(withJSONObject: message), as: UTF8.self)
        #expect(text.contains("雾蓝 \\\"Velocity\\\"") && text.contains("一键通过") && text.contains("r1.d-1.1.9.ab") && text.contains("12月7日 17:30"), "\(text)")
        #expect(name.hasPrefix("wecom") ? message["msgtype"] as? String == "markdown" : message["msg_type"] as? String == "interactive")
    }
}
