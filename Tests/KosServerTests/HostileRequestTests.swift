import Foundation
import KosTesting
import KosCore
import KosServer
import Testing

@testable import KosCLI

/// Requests a careless or hostile client sends: each gets a 4xx problem that says what is wrong, and the
/// server keeps serving.
@Suite struct HostileRequestTests {
    @Test func malformedBodiesGetLocatedProblems() async throws {
        let api = try await APIFixture()
        let cases: [(String, Int, String)] = [
            ("not json", 400, "bad-request"),
            (#"{"content": 42}"#, 400, "bad-request"),
            (#"{"workflow": "sportswear-launch"}"#, 400, "bad-request"),
            (String(repeating: "[", count: 100_000), 400, "bad-request"),
            (#"{"content": "---\ntitle: [unclosed\n---\nbody"}"#, 422, "invalid-draft"),
            (#"{"content": "---\ntitle: x\nplatforms: [myspace]\n---\nbody", "workflow": "sportswear-launch"}"#, 422, "invalid-draft"),
            (#"{"content": "---\ntitle: x\n---\nbody", "workflow": "no-such-flow"}"#, 422, "unknown-workflow"),
            (#"{"content": "---\ntitle: x\n---\nbody"}"#, 422, "unknown-workflow"),
        ]
        for (body, status, type) in cases {
            let response = try await api.call("li.na", "POST", "/v1/drafts", json: body)
            #expect(response.status == status, "\(body.prefix(60))")
            #expect(api.problem(response)?.type == "urn:kosflow:problem:\(type)", "\(body.prefix(60)): \(String(decoding: response.body.prefix(300), as: UTF8.self))")
        }
        // Front-matter errors point at their line.
        let located = try await api.call("li.na", "POST", "/v1/drafts", json: #"{"content": "---\ntitle: x\nplatforms: [myspace]\n---\nbody", "workflow": "sportswear-launch"}"#)
        #expect(api.problem(located)?.errors?.first?.line == 3)
        #expect(try await api.call("li.na", "GET", "/v1/me").status == 200, "still serving")
    }

    @Test func invalidUTF8AndOversizedBodiesAreRefused() async throws {
        let api = try await APIFixture()
        var bytes = Data(#"{"content": ""#.utf8)
        bytes.append(contentsOf: [0xFF, 0xFE, 0xC3])
        bytes.append(contentsOf: Data(#""}"#.utf8))
        let invalid = try await api.raw("li.na", "POST", "/v1/drafts", body: bytes)
        #expect(invalid.status == 400)
        let huge = Data(repeating: 0x20, count: 17 << 20)
        let tooLarge = try await api.raw("li.na", "POST", "/v1/drafts", body: huge)
        #expect(tooLarge.status == 413)
        #expect(api.problem(tooLarge)?.type == "urn:kosflow:problem:too-large")
        #expect(try await api.call("li.na", "GET", "/v1/drafts/" + String(repeating: "d", count: 5000)).status == 404)
        #expect(try await api.call("li.na", "GET", "/v1/nowhere").status == 404)
        #expect(try await api.call("li.na", "GET", "/v1/me").status == 200)
    }

    @Test func aRetriedSubmitNeverCreatesASecondDraft() async throws {
        let api = try await APIFixture()
        let content = try String(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/velocity-launch-preview.md"), encoding: .utf8)
        let body = String(decoding: try API.encoder().encode(API.Submission(workflow: nil, content: content)), as: UTF8.self)
        let first = try await api.call("li.na", "POST", "/v1/drafts", json: body, headers: ["Idempotency-Key": "launch-1"])
        let retry = try await api.call("li.na", "POST", "/v1/drafts", json: body, headers: ["Idempotency-Key": "launch-1"])
        #expect(first.status == 201)
        #expect(retry.status == 200)
        let a = try API.decoder().decode(API.Submitted.self, from: first.body)
        let b = try API.decoder().decode(API.Submitted.self, from: retry.body)
        #expect(a.draft.id == b.draft.id && a.created && !b.created)
        // The same key from another person is their own submit.
        let other = try await api.call("chen.jie", "POST", "/v1/drafts", json: body, headers: ["Idempotency-Key": "launch-1"])
        #expect(other.status == 201)
        #expect(try await api.send("admin", "GET", "/v1/drafts", as: [API.Draft].self).count == 2)
    }

    @Test func aTokenOverItsRateGets429WithRetryAfter() async throws {
        // One request a minute after a burst of three: however slow this machine is, the fourth is over the rate.
        let api = try await APIFixture(rate: .init(requests: 1, perSeconds: 60, burst: 3))
        var statuses: [Int] = []
        var retryAfter: Int?
        let started = Date()
        for _ in 0..<6 {
            let response = try await api.call("li.na", "GET", "/v1/me")
            statuses.append(response.status)
            if response.status == 429 {
                retryAfter = response.retryAfter
                #expect(api.problem(response)?.type == "urn:kosflow:problem:rate-limited")
            }
        }
        #expect(statuses.prefix(3) == [200, 200, 200])
        #expect(statuses.suffix(3) == [429, 429, 429])
        // The next token comes a minute after the burst began, less what a busy machine took to send these.
        let elapsed = Int(Date().timeIntervalSince(started).rounded(.up))
        #expect(retryAfter.map { (59 - elapsed...60).contains($0) } == true, "\(String(describing: retryAfter)) after \(elapsed) s")
        // Another token has its own bucket.
        #expect(try await api.call("zhang.wei", "GET", "/v1/me").status == 200)
    }

    @Test func secretsNeverComeBack() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na")
        _ = try await api.send("zhang.wei", "POST", "/v1/drafts/\(draft.id)/approve", body: API.DecisionRequest(revision: draft.revision, contentHash: draft.contentHash), as: API.Draft.self)
        var everything = Data()
        for path in ["/v1/audit", "/v1/drafts", "/v1/drafts/\(draft.id)", "/v1/inbox", "/v1/me"] {
            everything.append(try await api.call("admin", "GET", path).body)
        }
        let text = String(decoding: everything, as: UTF8.self)
        for (who, token) in api.tokens {
            #expect(!text.contains(token), "\(who)'s token appears in API output")
            #expect(!text.contains(String(token.dropFirst(4).prefix(16))), "part of \(who)'s token appears in API output")
        }
    }
}

/// What one client or one draft may not do to everyone else.
@Suite struct IsolationTests {
    @Test func anIdempotencyKeyReusedForOtherContentIsAConflictNotASilentLoss() async throws {
        let api = try await APIFixture()
        let content = try String(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/velocity-launch-preview.md"), encoding: .utf8)
        func body(_ text: String) -> String { String(decoding: try! API.encoder().encode(API.Submission(workflow: nil, content: text)), as: UTF8.self) }
        let first = try await api.call("li.na", "POST", "/v1/drafts", json: body(content), headers: ["Idempotency-Key": "launch-1"])
        #expect(first.status == 201)
        let other = try await api.call("li.na", "POST", "/v1/drafts", json: body(content + "\n另外一段新内容。"), headers: ["Idempotency-Key": "launch-1"])
        #expect(other.status == 409)
        #expect(api.problem(other)?.type == "urn:kosflow:problem:idempotency-conflict")
        #expect(api.problem(other)?.detail?.contains("nothing was submitted") == true)
        #expect(try await api.send("admin", "GET", "/v1/drafts", as: [API.Draft].self).count == 1)
        // The same content again is still the retry it always was.
        #expect(try await api.call("li.na", "POST", "/v1/drafts", json: body(content), headers: ["Idempotency-Key": "launch-1"]).status == 200)
    }

    @Test func theBearerSchemeIsCaseInsensitive() async throws {
        let api = try await APIFixture()
        let token = try #require(api.tokens["li.na"])
        for scheme in ["Bearer", "bearer", "BEARER"] {
            let response = try await api.raw(nil, "GET", "/v1/me", body: nil, headers: ["Authorization": "\(scheme) \(token)"])
            #expect(response.status == 200, "\(scheme)")
        }
    }

    /// Four readers of a 10 MB draft at once, and another associate's request is answered meanwhile: reads
    /// serve what the checks recorded and never run a check under a shared lock.
    @Test func readsOfAHugeDraftDoNotHoldUpOthers() async throws {
        let api = try await APIFixture()
        // About 9 MB: the draft limit is 10 MiB.
        let body = String(repeating: "编织皮革的手感非常柔软，最好的面料。vx lina_sh2026 ", count: 130_000)
        let content = "---\ntitle: 长文\nworkflow: boutique-styling-notes\nplatforms: [xiaohongshu]\n---\n" + body
        let submitted = try await api.send("li.na", "POST", "/v1/drafts", body: API.Submission(workflow: nil, content: content),
                                           headers: ["Idempotency-Key": "huge"], as: API.Submitted.self)
        try await api.worker.drain()
        let detail = try await api.send("li.na", "GET", "/v1/drafts/\(submitted.draft.id)", as: API.DraftDetail.self)
        #expect(detail.draft.state == "blocked")
        #expect(!detail.findings.isEmpty, "the recorded findings are served")
        let id = submitted.draft.id
        async let reads: [Int] = withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<4 { group.addTask { try await api.call("admin", "GET", "/v1/drafts/\(id)").status } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        try await Task.sleep(for: .milliseconds(50))
        let asked = ContinuousClock.now
        let me = try await api.call("chen.jie", "GET", "/v1/me")
        let meTook = ContinuousClock.now - asked
        #expect(me.status == 200)
        #expect(try await reads == [200, 200, 200, 200])
        // Generous for a busy machine; a read that re-checked the draft under one lock took 18 s here.
        #expect(meTook < .seconds(15), "GET /v1/me took \(meTook) beside four reads of a 10 MB draft")
    }

    /// A body announced larger than the limit is answered 413 at once and its connection closed, not read.
    @Test func anOversizedBodyClosesTheConnection() async throws {
        let api = try await APIFixture()
        let fd = try #require(RawHTTP.connectUnix(api.socket))
        defer { close(fd) }
        let token = try #require(api.tokens["li.na"])
        let head = "POST /v1/drafts HTTP/1.1\r\nHost: kosd\r\nAuthorization: Bearer \(token)\r\nContent-Type: application/json\r\nContent-Length: \(200 << 20)\r\n\r\n{\"content\": \""
        let answer = try #require(RawHTTP.exchange(fd, Array(head.utf8), seconds: 20))
        let text = String(decoding: answer, as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 413"), "\(text.prefix(200))")
        #expect(text.contains("too-large"))
        #expect(try await api.call("li.na", "GET", "/v1/me").status == 200)
    }
}

/// `kos submit` uploads what the draft names beside it, and nothing else.
@Suite struct SubmitMediaTests {
    static func run(_ args: [String]) async throws -> (code: Int32, out: String, err: String) {
        try await APIFixture.offPool {
            let out = Lines(), err = Lines()
            let code = KosCommand.run(args, console: Console(out: { out.append($0) }, err: { err.append($0) }))
            return (code, out.text, err.text)
        }
    }

    static func draft(in dir: URL, media: [String]) throws -> String {
        let path = dir.appendingPathComponent("look.md").path
        let list = media.isEmpty ? "" : "media:\n" + media.map { "  - path: \($0)\n    alt: 手袋\n" }.joined()
        try "---\ntitle: 秋冬新季\nworkflow: boutique-styling-notes\nplatforms: [xiaohongshu]\n\(list)---\n#广告 编织皮革的手感非常柔软。\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func mediaOutsideTheDraftsFolderOrMissingAreRefused() async throws {
        let api = try await APIFixture()
        let dir = api.dir.appendingPathComponent("drafts")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("media"), withIntermediateDirectories: true)
        let photo = try Data(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/media/arco-front.jpg"))
        try photo.write(to: dir.appendingPathComponent("media/front.jpg"))
        try photo.write(to: api.dir.appendingPathComponent("elsewhere.jpg"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("media/escape.jpg").path, withDestinationPath: "/etc/hostname")
        let token = try #require(api.tokens["li.na"])
        let server = ["--server", "unix:\(api.socket)", "--token", token, "--no-lint"]
        for (media, words) in [(["../../../../etc/passwd"], "outside the draft's folder"), (["/etc/hostname"], "outside the draft's folder"),
                               (["media/escape.jpg"], "outside the draft's folder"), (["media/missing.jpg"], "is not found")] {
            let r = try await Self.run(["submit", try Self.draft(in: dir, media: media)] + server)
            #expect(r.code == 2, "\(media): \(r.out) \(r.err)")
            #expect(r.err.contains(words), "\(media): \(r.err)")
        }
        #expect(try await api.send("admin", "GET", "/v1/drafts", as: [API.Draft].self).isEmpty, "nothing was submitted")
        let ok = try await Self.run(["submit", try Self.draft(in: dir, media: ["media/front.jpg"])] + server)
        #expect(ok.code == 0, "\(ok.err)")
        let outside = try await Self.run(["submit", try Self.draft(in: dir, media: ["media/front.jpg", api.dir.appendingPathComponent("elsewhere.jpg").path]),
                                          "--allow-media-outside"] + server)
        #expect(outside.code == 0, "told otherwise, it uploads: \(outside.err)")
    }

    /// A medium is what its bytes say: a type no platform takes is a 415, bytes that are not what the name
    /// claims (or do not decode) a 422, each naming the file; nothing is submitted.
    @Test func mediaThatAreNotWhatTheirNamesSayAreRefused() async throws {
        let api = try await APIFixture()
        let photo = [UInt8](try Data(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/media/arco-front.jpg")))
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let cases: [(path: String, bytes: [UInt8], status: Int, words: String)] = [
            ("media/notes.txt", Array("周末到店".utf8), 415, "'.txt' is not a type the platforms take"),
            ("media/front.png", photo, 422, "named as image/png but its bytes are image/jpeg"),
            ("media/cut.jpg", Array(photo.prefix(40)), 422, "a JPEG"),
            ("media/fake.jpg", Array("<?php echo 1; ?>".utf8), 422, "not an image or video"),
            ("media/broken.png", png + [0, 0, 0, 13] + Array("IHDR".utf8) + [UInt8](repeating: 0, count: 17), 422, "damaged (CRC)"),
        ] + (try Self.hostilePictures())
        for c in cases {
            let content = "---\ntitle: 秋冬新季\nworkflow: boutique-styling-notes\nplatforms: [xiaohongshu]\nmedia:\n  - path: \(c.path)\n    alt: 手袋\n---\n#广告 编织皮革。\n"
            let body = try API.encoder().encode(API.Submission(workflow: nil, content: content, media: [API.Media(path: c.path, data: Data(c.bytes).base64EncodedString())]))
            let response = try await api.raw("li.na", "POST", "/v1/drafts", body: body, headers: ["Idempotency-Key": UUID().uuidString])
            #expect(response.status == c.status, "\(c.path): \(String(decoding: response.body, as: UTF8.self))")
            #expect(api.problem(response)?.detail?.contains(c.path) == true && api.problem(response)?.detail?.contains(c.words) == true,
                    "\(c.path): \(String(describing: api.problem(response)?.detail))")
        }
        #expect(try await api.send("admin", "GET", "/v1/drafts", as: [API.Draft].self).isEmpty, "nothing was submitted")
        // The example photo is what it says.
        #expect(try MediaKind.verify(photo, path: "front.JPG").type == "image/jpeg")
    }

    /// Pictures refused on their headers, before anything decodes them: animated, a decompression bomb, cut short.
    static func hostilePictures() throws -> [(path: String, bytes: [UInt8], status: Int, words: String)] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let drawn = try Subprocess.run(APIFixture.root.appendingPathComponent(".venv/bin/python").path,
                                       [APIFixture.root.appendingPathComponent("Tests/Support/draw_images.py").path, dir.path, "--set", "hostile"], in: APIFixture.root)
        #expect(drawn.status == 0, "\(drawn.err)")
        func bytes(_ file: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: dir.appendingPathComponent(file).path) ?? Data()) }
        return [("media/animated.gif", bytes("animated.gif"), 422, "it is animated"), ("media/animated.webp", bytes("animated.webp"), 422, "it is animated"),
                ("media/bomb.png", bytes("bomb.png"), 422, "50000×50000 pixels"), ("media/cut.jpg", bytes("cut.jpg"), 422, "cut short")]
    }

    @Test func kosSubmitExitsNonZeroWhenItsKeyWasUsedForOtherContent() async throws {
        let api = try await APIFixture()
        let dir = api.dir.appendingPathComponent("drafts")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let token = try #require(api.tokens["li.na"])
        let server = ["--server", "unix:\(api.socket)", "--token", token, "--no-lint", "--idempotency-key", "look-1"]
        let first = try await Self.run(["submit", try Self.draft(in: dir, media: [])] + server)
        #expect(first.code == 0, "\(first.err)")
        try "---\ntitle: 另一篇\nworkflow: boutique-styling-notes\nplatforms: [xiaohongshu]\n---\n#广告 另一段内容。\n"
            .write(toFile: dir.appendingPathComponent("look.md").path, atomically: true, encoding: .utf8)
        let second = try await Self.run(["submit", dir.appendingPathComponent("look.md").path] + server)
        #expect(second.code == 1)
        #expect(second.err.contains("used for a different draft") || second.err.contains("nothing was submitted"), "\(second.err)")
    }
}

/// `kos packs impact` against a running API: what a pack change would flag and clear before it ships.
@Suite struct PacksImpactTests {
    @Test func aPackChangeShowsWhatItWouldFlagAndClear() async throws {
        let api = try await APIFixture()
        let launch = try await api.submit("li.na")
        #expect(launch.state == "awaiting-approval")
        // The changed definitions: sportswear launches also get a pack that forbids 雾蓝 until its colour is confirmed.
        let changed = api.dir.appendingPathComponent("Changed")
        try FileManager.default.copyItem(at: APIFixture.root.appendingPathComponent("Workflows"), to: changed)
        let workflow = changed.appendingPathComponent("sportswear-launch.yaml")
        try (try String(contentsOf: workflow, encoding: .utf8))
            .replacingOccurrences(of: "guidelines: [prc-advertising-law, ad-disclosure, client-privacy, platform-limits]",
                                  with: "guidelines: [prc-advertising-law, ad-disclosure, client-privacy, platform-limits, colour-names]")
            .write(to: workflow, atomically: true, encoding: .utf8)
        try """
            apiVersion: kos/v1
            kind: Guidelines
            id: colour-names
            rules:
              - id: unconfirmed-colours
                kind: existence
                level: error
                message: '"%s" is not a confirmed colour name yet'
                terms: [雾蓝]
            """.write(to: changed.appendingPathComponent("colours.yaml"), atomically: true, encoding: .utf8)
        let token = try #require(api.tokens["zhang.wei"])
        let r = try await SubmitMediaTests.run(["packs", "impact", "--against", changed.path, "--templates", APIFixture.root.appendingPathComponent("Templates").path,
                                                "--server", "unix:\(api.socket)", "--token", token])
        #expect(r.code == 1, "\(r.out)\(r.err)")
        #expect(r.out.contains(launch.id) && r.out.contains("+ flagged  colour-names/unconfirmed-colours: 雾蓝"), "\(r.out)")
        #expect(r.out.contains("1 would become blocked"))
        // The unchanged definitions change nothing.
        let same = try await SubmitMediaTests.run(["packs", "impact", "--against", APIFixture.root.appendingPathComponent("Workflows").path,
                                                   "--server", "unix:\(api.socket)", "--token", token])
        #expect(same.code == 0 && same.out.contains("no change"), "\(same.out)\(same.err)")
    }
}
