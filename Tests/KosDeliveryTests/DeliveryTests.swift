import Crypto
import Foundation
import KosCore
import KosTesting
import Testing

@testable import KosDelivery

enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}

/// The shared Python receiver, at this checkout.
typealias Receiver = WebhookReceiver

extension WebhookReceiver {
    convenience init(secret: String) throws { try self.init(secret: secret, repository: Repo.root) }
}

@Suite struct StandardWebhooksTests {
    static let secretText = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

    @Test func theIndependentLibraryVerifiesOurSignature() async throws {
        let receiver = try Receiver(secret: Self.secretText)
        let secret = try WebhookSecret(parsing: Self.secretText)
        let body = Data(#"{"platform":"xiaohongshu","title":"秋冬新季"}"#.utf8)
        let result = await CurlDeliverer().post(url: receiver.url("/ok"), id: "msg_launch_1", body: body, secrets: [secret], timeoutMillis: 30_000, allowPrivateNetwork: true)
        #expect(result.outcome == .delivered)
        #expect(result.status == 204)
        let seen = receiver.seen
        #expect(seen.count == 1)
        #expect(seen.first?["verified"] as? Bool == true)
        #expect(seen.first?["id"] as? String == "msg_launch_1")
        #expect(seen.first?["body"] as? String == #"{"platform":"xiaohongshu","title":"秋冬新季"}"#)
    }

    @Test func aWrongSecretIsRejectedByTheReceiver() async throws {
        let receiver = try Receiver(secret: Self.secretText)
        let other = try WebhookSecret(parsing: WebhookSecret.generate())
        let result = await CurlDeliverer().post(url: receiver.url("/ok"), id: "msg_2", body: Data("{}".utf8), secrets: [other], timeoutMillis: 30_000, allowPrivateNetwork: true)
        #expect(result.status == 401)
        #expect(result.outcome == .refused)
        #expect(receiver.seen.first?["verified"] as? Bool == false)
    }

    @Test func duringRotationBothSecretsSign() async throws {
        let newSecret = WebhookSecret.generate()
        let receiver = try Receiver(secret: newSecret)
        let secrets = [try WebhookSecret(parsing: Self.secretText), try WebhookSecret(parsing: newSecret)]
        let result = await CurlDeliverer().post(url: receiver.url("/ok"), id: "msg_3", body: Data("{}".utf8), secrets: secrets, timeoutMillis: 30_000, allowPrivateNetwork: true)
        #expect(result.outcome == .delivered)
        #expect(receiver.seen.first?["signatures"] as? Int == 2)
    }

    @Test func theSignatureMatchesTheSpecificationsExample() throws {
        // The example of the Standard Webhooks specification (svix's test vector).
        let secret = try WebhookSecret(parsing: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        let signature = StandardWebhooks.signature(
            secret: secret, id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: 1_614_265_330,
            body: Data(#"{"test": 2432232314}"#.utf8))
        #expect(signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
    }

    /// The keyed HMAC a worker keeps per secret signs each message as if keyed afresh: the same secret over and
    /// over, other secrets in between, and a message signed twice gives one signature.
    @Test func aKeptKeySignsLikeAFreshOne() throws {
        let secrets = try [Self.secretText, WebhookSecret.generate(), WebhookSecret.generate()].map { try WebhookSecret(parsing: $0) }
        for round in 0..<3 {
            for (i, secret) in secrets.enumerated() {
                let body = Data("{\"n\": \(round * 10 + i), \"title\": \"秋冬新季\"}".utf8)
                let fresh = HMAC<SHA256>.authenticationCode(for: Data("msg_\(i).1614265330.".utf8) + body, using: SymmetricKey(data: secret.key))
                let expected = "v1," + Data(fresh).base64EncodedString()
                #expect(StandardWebhooks.signature(secret: secret, id: "msg_\(i)", timestamp: 1_614_265_330, body: body) == expected)
                #expect(StandardWebhooks.signature(secret: secret, id: "msg_\(i)", timestamp: 1_614_265_330, body: body) == expected)
            }
        }
    }
}

@Suite struct ResponseHandlingTests {
    let secret = try! WebhookSecret(parsing: StandardWebhooksTests.secretText)

    @Test func redirectsAreNeverFollowed() async throws {
        let receiver = try Receiver(secret: StandardWebhooksTests.secretText)
        let result = await CurlDeliverer().post(url: receiver.url("/redirect"), id: "m", body: Data("{}".utf8), secrets: [secret], timeoutMillis: 30_000, allowPrivateNetwork: true)
        #expect(result.outcome == .redirected)
        #expect(result.status == 302)
        #expect(receiver.seen.map { $0["path"] as? String } == ["/redirect"], "the Location was not visited")
    }

    @Test(arguments: [(500, AttemptResult.Outcome.retry), (502, .retry), (503, .retry), (504, .retry), (429, .retry),
                      (410, .gone), (400, .refused), (404, .refused), (200, .delivered), (202, .delivered)])
    func statusesMapToWhatHappensNext(status: Int, outcome: AttemptResult.Outcome) async throws {
        let receiver = try Receiver(secret: StandardWebhooksTests.secretText)
        let result = await CurlDeliverer().post(url: receiver.url("/status/\(status)"), id: "m", body: Data("{}".utf8), secrets: [secret], timeoutMillis: 30_000, allowPrivateNetwork: true)
        #expect(result.status == status)
        #expect(result.outcome == outcome)
    }

    @Test func retryAfterIsRead() async throws {
        let receiver = try Receiver(secret: StandardWebhooksTests.secretText)
        let result = await CurlDeliverer().post(url: receiver.url("/retry-after"), id: "m", body: Data("{}".utf8), secrets: [secret], timeoutMillis: 30_000, allowPrivateNetwork: true)
        #expect(result.outcome == .retry)
        #expect(result.retryAfter == 7)
    }

    @Test func aSlowReceiverIsCutOffAtTheTimeout() async throws {
        let receiver = try Receiver(secret: StandardWebhooksTests.secretText)
        let result = await CurlDeliverer().post(url: receiver.url("/slow"), id: "m", body: Data("{}".utf8), secrets: [secret], timeoutMillis: 500, allowPrivateNetwork: true)
        #expect(result.outcome == .retry)
        #expect(result.status == nil)
        #expect(result.error?.lowercased().contains("timed out") == true)
        #expect(result.latencyMillis < 10_000)
    }

    @Test func responseBodiesAreCapped() async throws {
        let receiver = try Receiver(secret: StandardWebhooksTests.secretText)
        let result = await CurlDeliverer().post(url: receiver.url("/big"), id: "m", body: Data("{}".utf8), secrets: [secret], timeoutMillis: 30_000, allowPrivateNetwork: true)
        #expect(result.outcome == .delivered)
        #expect(result.responseExcerpt.utf8.count == CurlDeliverer.keptBody)
    }

    @Test func aClosedPortIsARetryNotACrash() async throws {
        let result = await CurlDeliverer().post(url: "http://127.0.0.1:9/", id: "m", body: Data("{}".utf8), secrets: [secret], timeoutMillis: 2000, allowPrivateNetwork: true)
        #expect(result.outcome == .retry)
        #expect(result.error != nil)
    }

    @Test func otherSchemesAreRefusedByLibcurl() async throws {
        let result = await CurlDeliverer().post(url: "file:///etc/passwd", id: "m", body: Data(), secrets: [secret], timeoutMillis: 2000, allowPrivateNetwork: true)
        #expect(result.outcome == .retry)
        #expect(result.error?.lowercased().contains("protocol") == true)
        #expect(result.responseExcerpt.isEmpty)
    }
}

@Suite struct SecretTests {
    @Test func secretsNeverShowThemselves() throws {
        let secret = try WebhookSecret(parsing: StandardWebhooksTests.secretText)
        #expect("\(secret)" == "whsec_…(24 bytes)")
        #expect(!String(reflecting: secret).contains("MfKQ9r8"))
    }

    /// What a secret file or variable holds around the secret is trimmed: ASCII blanks on their bytes, a pasted
    /// no-break space or ideographic space as Foundation trims it.
    @Test(arguments: ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "  whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n", "\twhsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\r\n",
                      "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "\u{00A0}whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\u{3000}"])
    func surroundingBlanksAreNotTheSecret(_ text: String) throws {
        #expect(try WebhookSecret(parsing: text) == WebhookSecret(parsing: StandardWebhooksTests.secretText))
    }

    @Test(arguments: ["", "whsec_", "whsec_ MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_c2hvcnQ=", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2La%aSw"])
    func aSecretThatIsNotOneIsRefused(_ text: String) {
        #expect(throws: DeliveryError.self) { try WebhookSecret(parsing: text) }
    }

    @Test func resolvingNamesTheReferenceNotTheValue() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-cred-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n".write(to: dir.appendingPathComponent("agency"), atomically: true, encoding: .utf8)
        try "not-a-secret-but-private".write(to: dir.appendingPathComponent("bad"), atomically: true, encoding: .utf8)
        let env = ["CREDENTIALS_DIRECTORY": dir.path, "KOS_AGENCY": StandardWebhooksTests.secretText]
        #expect(try WebhookSecret.resolve(.credential("agency"), environment: env) == WebhookSecret(parsing: StandardWebhooksTests.secretText))
        #expect(try WebhookSecret.resolve(.env("KOS_AGENCY"), environment: env).key.count == 24)
        #expect(try WebhookSecret.resolve(.file(dir.appendingPathComponent("agency").path), environment: env).key.count == 24)
        #expect {
            try WebhookSecret.resolve(.credential("bad"), environment: env)
        } throws: { error in
            let text = "\(error)"
            return text.contains("credential:bad") && !text.contains("not-a-secret")
        }
        #expect(throws: DeliveryError.self) { try WebhookSecret.resolve(.credential("agency"), environment: [:]) }
        #expect(throws: DeliveryError.self) { try WebhookSecret.resolve(.env("MISSING"), environment: env) }
    }
}
