import Foundation
import KosTesting
import Testing

@testable import KosDelivery

/// Deliveries share one libcurl multi handle per worker: bounded in flight, per endpoint and in all.
@Suite struct MultiTransferTests {
    let secret = try! WebhookSecret(parsing: StandardWebhooksTests.secretText)

    /// The most requests the receiver was handling at once.
    func peak(_ receiver: Receiver) -> Int { receiver.seen.compactMap { $0["in_flight"] as? Int }.max() ?? 0 }

    @Test func noMoreThanAnEndpointsConcurrencyIsInFlightToIt() async throws {
        let receiver = try Receiver(secret: StandardWebhooksTests.secretText)
        let secret = secret, delay = receiver.url("/delay/150")
        let outcomes = await withTaskGroup(of: AttemptResult.Outcome.self) { group in
            for i in 0..<8 {
                group.addTask {
                    await CurlDeliverer().post(url: delay, id: "msg_\(i)", body: Data("{}".utf8), secrets: [secret], timeoutMillis: 10_000,
                                               allowPrivateNetwork: true, endpoint: "mcn-agency", concurrency: 2).outcome
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes == Array(repeating: .delivered, count: 8))
        #expect(receiver.seen.count == 8)
        #expect(peak(receiver) == 2, "two at a time, never more")
    }

    @Test func eachEndpointHasItsOwnLimit() async throws {
        let receiver = try Receiver(secret: StandardWebhooksTests.secretText)
        let secret = secret, delay = receiver.url("/delay/150")
        await withTaskGroup(of: Void.self) { group in
            for i in 0..<8 {
                group.addTask {
                    _ = await CurlDeliverer().post(url: delay, id: "msg_\(i)", body: Data("{}".utf8), secrets: [secret], timeoutMillis: 10_000,
                                                   allowPrivateNetwork: true, endpoint: i % 2 == 0 ? "xiaohongshu-gateway" : "douyin-gateway", concurrency: 1)
                }
            }
        }
        #expect(receiver.seen.count == 8)
        #expect(peak(receiver) == 2, "one to each endpoint at a time, both endpoints at once")
    }

    @Test func theMultiHandleBoundsTransfersInFlight() async throws {
        let receiver = try Receiver(secret: StandardWebhooksTests.secretText)
        let secret = secret, delay = receiver.url("/delay/150")
        let multi = CurlMulti(maxInFlight: 3)
        let statuses = await withTaskGroup(of: Int?.self) { group in
            for i in 0..<9 {
                group.addTask {
                    let request = CurlExchange.Request(url: delay, method: "POST", headers: [("webhook-id", "msg_\(i)")], body: Data("{}".utf8),
                                                       timeoutMillis: 10_000, connectTimeoutMillis: 2_000, userAgent: "kosflow-test", keptBody: 1024, failWhenLarger: false)
                    return await multi.perform(request, endpoint: "e-\(i)", limit: 100).status
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        // Unsigned, so the receiver answers 401; what matters is that all nine were answered, three at a time.
        #expect(statuses.count == 9 && statuses.allSatisfy { $0 == 401 })
        #expect(peak(receiver) == 3)
        #expect(multi.load == (0, 0))
    }

    @Test func aHangingReceiverDoesNotHoldUpTheOthers() async throws {
        let receiver = try Receiver(secret: StandardWebhooksTests.secretText)
        let secret = secret, hang = receiver.url("/hang"), ok = receiver.url("/ok")
        let order = await withTaskGroup(of: String.self) { group in
            group.addTask {
                let r = await CurlDeliverer().post(url: hang, id: "msg_hang", body: Data("{}".utf8), secrets: [secret], timeoutMillis: 10_000,
                                                   allowPrivateNetwork: true, endpoint: "stuck-agency")
                return "hang:\(r.outcome)"
            }
            for i in 0..<5 {
                group.addTask {
                    let r = await CurlDeliverer().post(url: ok, id: "msg_ok_\(i)", body: Data("{}".utf8), secrets: [secret], timeoutMillis: 30_000,
                                                       allowPrivateNetwork: true, endpoint: "weibo-gateway")
                    return "ok:\(r.outcome)"
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(order.last == "hang:retry", "the hanging receiver is cut off at its timeout, after the others were delivered")
        #expect(order.prefix(5).allSatisfy { $0 == "ok:delivered" })
    }
}
