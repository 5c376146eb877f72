import Foundation
import KosCore
import KosStore
import KosTesting
import Testing

/// Dead letters through `kos deliveries` against a real kosd: listed, every attempt shown, sent again under
/// the same webhook-id with the whole retry schedule, delivered; a delivered one is not replayed.
@Suite(.serialized) struct DeliveryReplayTests {
    static var kos: String { URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kos").path }

    @Test func aDeadLetterIsListedShownAndReplayedUnderItsWebhookID() async throws {
        // The gateway fails the first two requests of each message; the schedule allows two attempts.
        let s = try await EngineFixtures.setUp(path: "/fail-first/2", retries: "[0s, 0s]",
                                            approval: "{groups: [store-managers], auto_approve: 'findings.errors == 0'}")
        let run = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft).runID
        try await s.worker.drain()
        #expect(try await s.store.run(id: run)?.status == .failed)
        try await s.store.upsertPerson(Person(id: "compliance.officer", role: .admin), actor: "test")
        let admin = try await s.store.createToken(personID: "compliance.officer", expiresAt: nil, actor: "test")
        let manager = try await s.store.createToken(personID: "zhang.wei", expiresAt: nil, actor: "test")
        let process = s.serve(workers: 1)
        try process.run()
        defer { SlotRestartTests.stop(process) }
        await Patience.until { FileManager.default.fileExists(atPath: s.apiSocket) }
        func kos(_ token: String, _ args: String...) async throws -> Subprocess.Result {
            try await Subprocess.runDetached(Self.kos, args + ["--server", "unix:\(s.apiSocket)", "--token", token], in: EngineFixtures.root)
        }

        let dead = try await kos(manager, "deliveries", "--state", "dead", "--format", "json")
        #expect(dead.status == 0, "\(dead.err)")
        let listed = try JSONDecoder.api.decode([API.Delivery].self, from: Data(dead.out.utf8))
        let letter = try #require(listed.count == 1 ? listed.first : nil)
        #expect(letter.endpoint == "gateway" && letter.attempts == 2 && letter.lastStatus == 503)

        let shown = try await kos(manager, "deliveries", "show", letter.id)
        #expect(shown.status == 0 && shown.out.contains("\(letter.id)  dead to gateway") && shown.out.contains("503"), "\(shown.out)\(shown.err)")

        let refused = try await kos(manager, "deliveries", "replay", letter.id)
        #expect(refused.status == 1 && refused.err.contains("only admins replay deliveries"), "\(refused.err)")
        let replayed = try await kos(admin, "deliveries", "replay", letter.id)
        #expect(replayed.status == 0 && replayed.out == "replayed 1 of 1 dead letter\n", "\(replayed.out)\(replayed.err)")

        try await Patience.until { try await s.store.run(id: run)?.status == .completed }
        #expect(try await s.store.run(id: run)?.status == .completed)
        let after = try #require(try await s.store.delivery(webhookID: letter.id))
        #expect(after.0.state == .delivered && after.1.map(\.status) == [503, 503, 204])
        #expect(Set(s.receiver.seen.compactMap { $0["id"] as? String }) == [letter.id], "one webhook-id, however often it was sent")
        #expect(try await s.store.auditEntries().contains { $0.action == "delivery.replayed" && $0.actor == "compliance.officer" })

        let again = try await kos(admin, "deliveries", "replay", letter.id)
        #expect(again.status == 1 && again.err.contains("is delivered; only dead letters are replayed"), "\(again.err)")
        #expect(try await s.store.verifyAudit() == nil)
    }
}

extension JSONDecoder {
    static var api: JSONDecoder { API.decoder() }
}
