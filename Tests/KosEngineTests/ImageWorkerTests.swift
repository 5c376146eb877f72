import Foundation
import KosCore
import KosEngine
import KosRules
import KosStore
import KosTesting
import Testing

/// A check step reads the pictures stored with the revision it checks: a client's number on a receipt blocks the
/// post with a finding placed on the picture, a personal WeChat QR code is an error where the workflow says so, a
/// picture with nothing to find lets the post through, and a picture read once is not read again.
@Suite(.serialized) struct ImageWorkerTests {
    static func program(_ receiver: WebhookReceiver) -> String {
        """
        apiVersion: kos/v1
        kind: Workflow
        id: note
        steps:
          - id: guidelines
            check: {packs: [client-privacy, prc-advertising-law], block_on: error, codes: error}
          - id: publish
            publish: {endpoint: gateway, template: note.mustache}
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

    @Test func picturesAreReadAtTheCheckStepAndTheirFindingsPlacedOnThem() async throws {
        let s = try await EngineFixtures.scratch("kos-images", people: [Person(id: "li.na", role: .creator, store: "SH-IFC")], definitions: Self.program)
        let pictures = s.dir.appendingPathComponent("pictures")
        try FileManager.default.createDirectory(at: pictures, withIntermediateDirectories: true)
        let drawn = try Subprocess.run(EngineFixtures.root.appendingPathComponent(".venv/bin/python").path,
                                       [EngineFixtures.root.appendingPathComponent("Tests/Support/draw_images.py").path, pictures.path, "--count", "4"],
                                       in: EngineFixtures.root)
        #expect(drawn.status == 0, "\(drawn.err)")
        let worker = Worker(name: "worker-1", store: s.store, environment: s.environment)
        func post(_ file: String) async throws -> String {
            let sha = try await s.store.putMedia(try Data(contentsOf: pictures.appendingPathComponent(file)))
            let content = "---\ntitle: 周末的搭配\nplatforms: [xiaohongshu]\nmedia:\n  - path: media/look.jpg\n    alt: 周末的搭配\n---\n#广告 驼色大衣配深棕手袋。\n"
            let draft = try await s.store.submitDraft(DraftSubmission(creatorID: "li.na", workflow: "note", idempotencyKey: nil, content: Data(content.utf8),
                                                                      media: ["media/look.jpg": sha]))
            let run = try await s.store.startRun(draftID: draft.draftID, revision: 1, workflow: "note", firstStep: (0, "guidelines"), actor: "li.na")
            try await worker.drain()
            return run
        }
        func findings(_ run: String) async throws -> [Finding] {
            let result = try await s.store.completions(runID: run, stepIndex: 0).last?.result ?? "[]"
            return try JSONDecoder().decode([Finding].self, from: Data(result.utf8))
        }

        // card-000: a client's number on a receipt.
        let phone = try await post("card-000.jpg")
        #expect(try await s.store.run(id: phone)?.status == .blocked)
        let number = try #require(try await findings(phone).first { $0.rule == "client-privacy/phone-number" })
        #expect(number.media == "media/look.jpg" && number.box != nil && number.message.hasPrefix("in the picture media/look.jpg (at "), "\(number)")
        // card-001: a personal WeChat QR code, an error in this workflow.
        let qr = try await post("card-001.jpg")
        #expect(try await s.store.run(id: qr)?.status == .blocked)
        #expect(try await findings(qr).contains { $0.rule == "image/code" && $0.level == .error && $0.match?.hasPrefix("https://u.wechat.com/") == true })
        // card-003: nothing to find.
        let clean = try await post("card-003.jpg")
        let cleanFindings = try await findings(clean).map(\.message)
        #expect(try await s.store.run(id: clean)?.status == .completed, "\(cleanFindings)")

        // The receipt again, in another draft: read from what this worker kept, not again (its reader now fails).
        worker.imageReader?.languages = "xx_not_a_language"
        let again = try await post("card-000.jpg")
        #expect(try await findings(again).contains { $0.rule == "client-privacy/phone-number" && $0.box == number.box })
        #expect(!(try await findings(again)).contains { $0.rule == "image/unread" })
        // A new picture with the reader failing: not wholly checked, said so, for the reviewer.
        let unread = try await post("card-002.jpg")
        #expect(try await findings(unread).contains { $0.rule == "image/unread" && $0.message.contains("tesseract") })
    }
}
