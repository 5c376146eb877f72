import Foundation
import KosCore
import KosEngine
import KosStore
import KosTesting
import Testing

/// What the gateway receives is checked: a template that drops the 广告 label the draft carries refuses the
/// delivery, naming the platform and the template; the shipped Douyin template carries the caption.
@Suite struct PayloadCheckTests {
    /// A sponsored note: a product code and the label in the body.
    static let draft = """
        ---
        title: Velocity 9 上脚
        platforms: [douyin]
        hashtags: [跑步]
        products: [SKU-RUN-2026-AJ]
        ---
        #广告 中底回弹很明显，配色是今年的雾蓝。
        """

    static func setUp(template: String) async throws -> EngineFixtures.Scratch {
        let shipped = try String(contentsOf: EngineFixtures.root.appendingPathComponent("Templates/douyin-video.mustache"), encoding: .utf8)
        let people = [Person(id: "li.na", role: .creator, store: "SH-IFC")]
        return try await EngineFixtures.scratch("kos-payload", people: people, templates: [
            "title-only.mustache": "{{% CONTENT_TYPE: JSON }}\n{\"platform\": \"douyin\", \"text\": \"{{draft.title}} {{#draft.hashtags}}#{{.}} {{/draft.hashtags}}\"}\n",
            "douyin-video.mustache": shipped,
        ]) { receiver in
            """
            apiVersion: kos/v1
            kind: Workflow
            id: launch
            guidelines: [ad-disclosure]
            steps:
              - id: guidelines
                check: {block_on: error}
              - id: publish
                publish: {endpoint: gateway, template: \(template)}
            ---
            apiVersion: kos/v1
            kind: Endpoint
            id: gateway
            url: \(receiver.url("/ok"))
            secret: env:KOS_GATEWAY_SECRET
            retry: [0s]
            allow_private_network: true
            """
        }
    }

    static func run(_ s: EngineFixtures.Scratch, draft text: String = Self.draft) async throws -> (StoredRun, Worker) {
        let draft = try await s.store.submitDraft(DraftSubmission(creatorID: "li.na", workflow: "launch", idempotencyKey: nil, content: Data(text.utf8)))
        let runID = try await s.store.startRun(draftID: draft.draftID, revision: 1, workflow: "launch", firstStep: (0, "guidelines"), actor: "li.na")
        let worker = Worker(name: "worker-1", store: s.store, environment: s.environment)
        try await worker.drain()
        return (try #require(try await s.store.run(id: runID)), worker)
    }

    @Test func aTemplateThatDropsTheLabelRefusesTheDeliveryAndSaysWhich() async throws {
        let s = try await Self.setUp(template: "title-only.mustache")
        let (run, _) = try await Self.run(s)
        #expect(run.status == .blocked, "\(run)")
        #expect(run.reason?.contains("douyin payload from title-only.mustache") == true && run.reason?.contains("ad-disclosure/product-code-needs-label") == true,
                "\(run.reason ?? "")")
        #expect(s.receiver.seen.isEmpty, "nothing went out undisclosed")
        #expect(try await s.store.auditEntries().contains { $0.action == "payload.blocked" && $0.subject == "\(run.id)/1" })
        let recorded = try await s.store.stepContext(runID: run.id)?.completions[1]?.result ?? ""
        let findings = try JSONDecoder().decode([Finding].self, from: Data(recorded.utf8))
        #expect(findings.map(\.rule) == ["ad-disclosure/product-code-needs-label"])
        #expect(findings.first?.message.hasPrefix("in the douyin payload from title-only.mustache: ") == true)
    }

    /// The draft itself lacks the label (a warning its check lets through): the payload lacking it too is the draft's
    /// doing, not the template's, and goes out.
    @Test func whatTheDraftAlreadyFailsIsNotTheTemplatesFault() async throws {
        let s = try await Self.setUp(template: "title-only.mustache")
        let unlabelled = Self.draft.replacingOccurrences(of: "#广告 ", with: "")
        let (run, _) = try await Self.run(s, draft: unlabelled)
        #expect(run.status == .completed, "\(run)")
        #expect(s.receiver.seen.count == 1)
    }

    @Test func theShippedDouyinTemplateCarriesTheCaptionAndTheLabel() async throws {
        let s = try await Self.setUp(template: "douyin-video.mustache")
        let (run, _) = try await Self.run(s)
        #expect(run.status == .completed, "\(run)")
        let body = try #require(s.receiver.seen.first?["body"] as? String)
        let payload = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        #expect((payload["text"] as? String)?.contains("#广告 中底回弹很明显") == true, "\(body)")
    }
}
