import Foundation
import KosTesting
import Testing

@testable import KosDelivery

/// SSRF defence: only public addresses, checked on the address libcurl is about to connect to, so every
/// spelling of a private address is refused alike and nothing is sent.
@Suite struct NetworkGuardTests {
    static func v4(_ text: String) -> [UInt8] { text.split(separator: ".").map { UInt8($0)! } }

    static func v6(_ text: String) -> [UInt8] {
        var address = in6_addr()
        #expect(inet_pton(AF_INET6, text, &address) == 1, "\(text)")
        return withUnsafeBytes(of: &address) { Array($0) }
    }

    @Test(arguments: [
        ("127.0.0.1", "loopback"), ("127.255.0.9", "loopback"), ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("172.31.255.255", "private"),
        ("192.168.1.1", "private"), ("169.254.169.254", "link-local"), ("100.64.0.1", "carrier-grade NAT"), ("0.0.0.0", "this network"),
        ("224.0.0.1", "multicast"), ("239.255.255.250", "multicast"), ("255.255.255.255", "reserved"), ("240.0.0.1", "reserved"),
        ("192.0.2.10", "documentation"), ("198.51.100.7", "documentation"), ("203.0.113.5", "documentation"), ("198.18.0.1", "benchmarking"),
        ("192.0.0.8", "IETF protocol"),
    ])
    func nonPublicIPv4AddressesAreRefused(address: String, kind: String) {
        #expect(NetworkGuard.refusal(ipv4: Self.v4(address))?.contains(kind) == true, "\(address)")
    }

    @Test(arguments: ["8.8.8.8", "172.32.0.1", "172.15.255.255", "100.128.0.1", "100.63.255.255", "169.253.0.1", "192.169.0.1", "223.255.255.255", "1.1.1.1"])
    func publicIPv4AddressesPass(address: String) {
        #expect(NetworkGuard.refusal(ipv4: Self.v4(address)) == nil, "\(address)")
    }

    @Test(arguments: [
        ("::1", "loopback"), ("::", "unspecified"), ("::ffff:127.0.0.1", "IPv4-mapped"), ("::ffff:8.8.8.8", "IPv4-mapped"), ("::127.0.0.1", "IPv4-compatible"),
        ("fe80::1", "link-local"), ("fc00::1", "unique local"), ("fd12:3456::1", "unique local"), ("ff02::1", "multicast"),
        ("2001:db8::1", "documentation"), ("64:ff9b::808:808", "NAT64"), ("2002:7f00:1::1", "6to4"), ("2001::1", "Teredo"), ("fec0::1", "site-local"),
        ("100::1", "discard-only"),
    ])
    func nonPublicIPv6AddressesAreRefused(address: String, kind: String) {
        #expect(NetworkGuard.refusal(ipv6: Self.v6(address))?.contains(kind) == true, "\(address)")
    }

    @Test(arguments: ["2606:4700:4700::1111", "2400:3200::1", "2a00:1450:4001:80b::200e"])
    func publicIPv6AddressesPass(address: String) {
        #expect(NetworkGuard.refusal(ipv6: Self.v6(address)) == nil, "\(address)")
    }

    /// Every spelling of the loopback address reaches the receiver only when the endpoint allows private networks.
    @Test func everySpellingOfLoopbackIsRefusedBeforeConnecting() async throws {
        let receiver = try WebhookReceiver(secret: StandardWebhooksTests.secretText, repository: Repo.root)
        let secret = try WebhookSecret(parsing: StandardWebhooksTests.secretText)
        let port = try #require(URL(string: receiver.url("/ok"))?.port)
        let spellings = ["http://127.0.0.1:\(port)/ok", "http://2130706433:\(port)/ok", "http://0x7f.1:\(port)/ok", "http://127.1:\(port)/ok",
                         "http://0177.0.0.1:\(port)/ok", "http://[::ffff:127.0.0.1]:\(port)/ok", "http://localhost:\(port)/ok", "http://[::1]:\(port)/ok"]
        for url in spellings {
            let result = await CurlDeliverer().post(url: url, id: "msg_ssrf", body: Data("{}".utf8), secrets: [secret], timeoutMillis: 30_000)
            #expect(result.outcome == .blocked, "\(url): \(result)")
            #expect(result.error?.hasPrefix("refused before connecting: ") == true && result.error?.contains("allow_private_network: true") == true,
                    "\(url): \(result.error ?? "")")
        }
        let loopback = await CurlDeliverer().post(url: spellings[1], id: "msg_ssrf", body: Data("{}".utf8), secrets: [secret], timeoutMillis: 30_000)
        #expect(loopback.error?.contains("127.0.0.1 is a loopback address (127.0.0.0/8)") == true, "the refusal names the resolved address")
        #expect(receiver.seen.isEmpty, "nothing was sent")

        // Allowed, the same receiver gets it; a guarded request after it does not reuse that connection.
        let allowed = await CurlDeliverer().post(url: spellings[0], id: "msg_ok", body: Data("{}".utf8), secrets: [secret], timeoutMillis: 30_000,
                                                 allowPrivateNetwork: true)
        #expect(allowed.outcome == .delivered)
        let after = await CurlDeliverer().post(url: spellings[0], id: "msg_ssrf", body: Data("{}".utf8), secrets: [secret], timeoutMillis: 30_000)
        #expect(after.outcome == .blocked)
        #expect(receiver.seen.count == 1)
    }
}

/// Receivers that misbehave on purpose: each attempt ends within its limits, as a retry with a reason, and the
/// deliverer goes on working.
@Suite struct HostileReceiverTests {
    let secret = try! WebhookSecret(parsing: StandardWebhooksTests.secretText)

    func post(_ receiver: WebhookReceiver, _ path: String, timeoutMillis: Int = 30_000, lowSpeedSeconds: Int = 10) async -> AttemptResult {
        var deliverer = CurlDeliverer()
        deliverer.lowSpeedSeconds = lowSpeedSeconds
        return await deliverer.post(url: receiver.url(path), id: "msg_hostile", body: Data("{}".utf8), secrets: [secret], timeoutMillis: timeoutMillis,
                                    allowPrivateNetwork: true)
    }

    @Test func aReceiverThatNeverAnswersIsCutOffAtTheTimeout() async throws {
        let receiver = try WebhookReceiver(secret: StandardWebhooksTests.secretText, repository: Repo.root)
        let result = await post(receiver, "/hang", timeoutMillis: 1000)
        #expect(result.outcome == .retry && result.status == nil)
        #expect(result.error?.lowercased().contains("timed out") == true, "\(result.error ?? "")")
        #expect(result.latencyMillis < 10_000)
    }

    @Test func aTricklingReceiverIsCutOffByTheLowSpeedLimit() async throws {
        let receiver = try WebhookReceiver(secret: StandardWebhooksTests.secretText, repository: Repo.root)
        // A generous total timeout: the 1 byte/s cut-off ends it first.
        let result = await post(receiver, "/trickle", timeoutMillis: 30_000, lowSpeedSeconds: 2)
        #expect(result.outcome == .retry)
        #expect(result.error?.lowercased().contains("too slow") == true || result.error?.lowercased().contains("less than") == true, "\(result.error ?? "")")
        #expect(result.latencyMillis < 20_000, "cut off after about 2 s of trickling, not at the 30 s timeout")
    }

    @Test func aFiftyMegabyteAnswerIsReadButOnlyItsStartKept() async throws {
        let receiver = try WebhookReceiver(secret: StandardWebhooksTests.secretText, repository: Repo.root)
        let result = await post(receiver, "/huge", timeoutMillis: 20_000)
        #expect(result.outcome == .delivered)
        #expect(result.responseExcerpt.utf8.count == CurlDeliverer.keptBody)
    }

    @Test(arguments: ["/reset", "/garbage"])
    func aBrokenConnectionIsARetryWithAReason(path: String) async throws {
        let receiver = try WebhookReceiver(secret: StandardWebhooksTests.secretText, repository: Repo.root)
        let result = await post(receiver, path)
        #expect(result.outcome == .retry && result.status == nil, "\(path): \(result)")
        #expect(result.error?.isEmpty == false)
        // The next delivery on the same deliverer still works.
        #expect(await post(receiver, "/ok").outcome == .delivered)
    }

    @Test func aReceiverMayAskNotToBeRetried() async throws {
        let receiver = try WebhookReceiver(secret: StandardWebhooksTests.secretText, repository: Repo.root)
        let result = await post(receiver, "/abort")
        #expect(result.outcome == .refused && result.status == 500)
        #expect(result.error == "the receiver asked not to retry this message (Webhook-Abort-Retries)")
        #expect(await post(receiver, "/status/500").outcome == .retry, "without the header a 500 is retried")
    }
}
