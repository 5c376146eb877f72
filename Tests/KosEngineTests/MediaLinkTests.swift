import Foundation
import KosCore
import KosDelivery
import KosEngine
import KosServer
import KosStore
import KosTesting
import Logging
import Testing

/// Payloads carry each medium's real SHA-256, size and type and a signed, expiring link to it that kosd
/// serves without a token; a gateway (the test receiver) downloads every medium and checks it.
@Suite struct MediaLinkTests {
    struct Served {
        let scratch: EngineFixtures.Scratch
        let port: UInt16
        let task: Task<Void, any Error>
        var base: String { "http://127.0.0.1:\(port)" }

        /// A GET as a gateway sends it (libcurl), on a thread of its own.
        func get(_ path: String) async throws -> (status: Int, body: Data) {
            let request = CurlExchange.Request(url: base + path, method: "GET", headers: [], body: nil, timeoutMillis: 30_000, connectTimeoutMillis: 10_000,
                                               userAgent: "gateway-test", keptBody: 32 << 20, failWhenLarger: false)
            let response = await withCheckedContinuation { continuation in
                Thread.detachNewThread { continuation.resume(returning: CurlExchange.perform(request)) }
            }
            return (response.status ?? 0, response.body)
        }
    }

    /// A workflow publishing with the shipped Xiaohongshu template to a receiver that fetches what it links,
    /// and kosd's API on a loopback port.
    static func serve() async throws -> Served {
        let template = try String(contentsOf: EngineFixtures.root.appendingPathComponent("Templates/xiaohongshu-note.mustache"), encoding: .utf8)
        let s = try await EngineFixtures.scratch("kos-media", people: [Person(id: "li.na", role: .creator, store: "SH-IFC")],
                                              templates: ["xiaohongshu-note.mustache": template]) { receiver in
            """
            apiVersion: kos/v1
            kind: Workflow
            id: note
            guidelines: [ad-disclosure]
            steps:
              - id: guidelines
                check: {}
              - id: publish
                publish: {endpoint: gateway, template: xiaohongshu-note.mustache}
            ---
            apiVersion: kos/v1
            kind: Endpoint
            id: gateway
            url: \(receiver.url("/fetch-media"))
            secret: env:KOS_GATEWAY_SECRET
            retry: [0s]
            allow_private_network: true
            """
        }
        let port = LoopbackPort.free()
        let server = HTTPServer(service: APIService(store: s.store, environment: s.environment), addresses: [.tcp(host: "127.0.0.1", port: Int(port))])
        let (ready, signal) = AsyncStream<Void>.makeStream()
        var logger = Logger(label: "kosd-test")
        logger.logLevel = .critical
        let task = Task { try await server.run(logger: logger, onListening: { signal.yield() }) }
        var iterator = ready.makeAsyncIterator()
        _ = await iterator.next()
        return Served(scratch: s, port: port, task: task)
    }

    @Test func theGatewayDownloadsEveryMediumAndItsHashSizeAndTypeAreTheFilesOwn() async throws {
        let served = try await Self.serve()
        defer { served.task.cancel() }
        let s = served.scratch
        let photo = try Data(contentsOf: EngineFixtures.root.appendingPathComponent("Templates/drafts/media/arco-front.jpg"))
        let sha = try await s.store.putMedia(photo)
        let content = "---\ntitle: 秋冬新季 Arco 手袋\nplatforms: [xiaohongshu]\nmedia:\n  - path: media/arco-front.jpg\n    alt: 深棕色 Arco 33 手袋，正面\n---\n#广告 编织皮革的手感非常柔软。\n"
        let draft = try await s.store.submitDraft(DraftSubmission(creatorID: "li.na", workflow: "note", idempotencyKey: nil, content: Data(content.utf8),
                                                                  media: ["media/arco-front.jpg": sha]))
        let runID = try await s.store.startRun(draftID: draft.draftID, revision: 1, workflow: "note", firstStep: (0, "guidelines"), actor: "li.na")
        let worker = Worker(name: "worker-1", store: s.store, environment: s.environment)
        worker.publicURL = served.base
        try await worker.drain()

        let seen = try #require(s.receiver.seen.first)
        let body = try #require(seen["body"] as? String)
        let payload = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        let image = try #require((payload["images"] as? [[String: Any]])?.first)
        #expect(image["sha256"] as? String == sha && image["size"] as? Int == photo.count && image["type"] as? String == "image/jpeg", "\(image)")
        #expect((image["url"] as? String)?.hasPrefix("\(served.base)/v1/media/\(sha)?expires=") == true)
        let fetched = try #require((seen["media"] as? [[String: Any]])?.first, "\(seen)")
        #expect(fetched["status"] as? Int == 200 && fetched["content_type"] as? String == "image/jpeg")
        #expect(fetched["sha256_ok"] as? Bool == true && fetched["size_ok"] as? Bool == true, "the bytes are the file's: \(fetched)")
        #expect(fetched["tampered_status"] as? Int == 403, "a link with a changed signature is refused")
        #expect(try await s.store.run(id: runID)?.status == .completed, "the receiver took it once every medium verified")
    }

    @Test func aLinkIsRefusedWhenForgedExpiredOrMalformedAndServesNothingElse() async throws {
        let served = try await Self.serve()
        defer { served.task.cancel() }
        let s = served.scratch
        let photo = try Data(contentsOf: EngineFixtures.root.appendingPathComponent("Templates/drafts/media/arco-front.jpg"))
        let sha = try await s.store.putMedia(photo)
        let links = MediaLinks(base: served.base, key: try await s.store.mediaLinkKey())
        let now = try await s.store.now()
        let good = links.link(sha256: sha, nowMillis: now)
        #expect(try await served.get(String(good.url.dropFirst(served.base.count))).status == 200)

        let expiredAt = now / 1000 - 60
        let expired = try await served.get("/v1/media/\(sha)?expires=\(expiredAt)&sig=\(links.signature(sha256: sha, expires: expiredAt))")
        #expect(expired.status == 410 && (try? API.decoder().decode(API.Problem.self, from: expired.body))?.type == "urn:kosflow:problem:link-expired")
        // Another file's hash under this file's signature; a later expiry; another key; no signature; not a hash.
        let other = String(repeating: "a", count: 64)
        let foreign = MediaLinks(base: "", key: Data(repeating: 7, count: 32))
        for path in ["/v1/media/\(other)?expires=\(good.expires)&sig=\(links.signature(sha256: sha, expires: good.expires))",
                     "/v1/media/\(sha)?expires=\(good.expires + 86_400)&sig=\(links.signature(sha256: sha, expires: good.expires))",
                     "/v1/media/\(sha)?expires=\(good.expires)&sig=\(foreign.signature(sha256: sha, expires: good.expires))",
                     "/v1/media/\(sha)?expires=\(good.expires)",
                     "/v1/media/..%2F..%2Fkos.db?expires=\(good.expires)&sig=\(links.signature(sha256: sha, expires: good.expires))"] {
            let answer = try await served.get(path)
            #expect(answer.status == 403, "\(path): \(answer.status)")
            #expect((try? API.decoder().decode(API.Problem.self, from: answer.body))?.type == "urn:kosflow:problem:forbidden")
        }
        // A well-signed link to a file the store does not have.
        #expect(try await served.get("/v1/media/\(other)?expires=\(good.expires)&sig=\(links.signature(sha256: other, expires: good.expires))").status == 404)
    }

    @Test func linksAreStableForADayAndCheckedInConstantForm() throws {
        let links = MediaLinks(base: "https://kos.example.com/", key: Data(repeating: 1, count: 32))
        let morning = links.link(sha256: "ab", nowMillis: 1_764_900_000_000), evening = links.link(sha256: "ab", nowMillis: 1_764_900_000_000 + 3_600_000)
        #expect(morning == evening, "every attempt made on one day sends the same body")
        #expect(morning.url.hasPrefix("https://kos.example.com/v1/media/ab?expires="))
        #expect(links.check(sha256: "ab", expires: morning.expires, signature: links.signature(sha256: "ab", expires: morning.expires), nowMillis: 1_764_900_000_000) == .valid)
        #expect(links.check(sha256: "ab", expires: morning.expires, signature: String(repeating: "0", count: 64), nowMillis: 0) == .forged)
        #expect(links.check(sha256: "ab", expires: morning.expires, signature: links.signature(sha256: "ab", expires: morning.expires),
                            nowMillis: (morning.expires + 1) * 1000) == .expired)
    }
}
