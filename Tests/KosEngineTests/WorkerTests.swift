import Foundation
import KosCore
import KosDefinitions
import KosDelivery
import KosStore
import KosTesting
import Testing

@testable import KosEngine

/// A draft's whole journey through a real SQLite store, the real guideline packs, a real template and a
/// real webhook receiver that checks signatures with the independent `standardwebhooks` package.
@Suite struct WorkerTests {
    @Test func aCleanDraftIsCheckedApprovedAndDeliveredSigned() async throws {
        let s = try await EngineFixtures.setUp()
        let (runID, hash) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.worker.drain()
        #expect(try await s.store.run(id: runID)?.status == .running, "waiting for the store manager")

        // The author approving their own draft, and a manager of another store, change nothing.
        try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "li.na", approve: true, contentHash: hash, reason: nil)
        try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "chen.jie", approve: true, contentHash: hash, reason: nil)
        try await s.worker.drain()
        #expect(try await s.store.run(id: runID)?.status == .running)
        #expect(s.receiver.seen.isEmpty)

        try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "zhang.wei", approve: true, contentHash: hash, reason: nil)
        try await s.worker.drain()
        let run = try #require(try await s.store.run(id: runID))
        #expect(run.status == .completed)
        let seen = s.receiver.seen
        #expect(seen.count == 1)
        #expect(seen.first?["verified"] as? Bool == true)
        #expect(seen.first?["svix_verified"] as? Bool == true, "the svix package verifies it too")
        let body = try #require(seen.first?["body"] as? String)
        #expect(body.contains("秋冬新季 Arco 手袋") && body.contains(runID))
        for index in 0..<3 { #expect(try await s.store.completions(runID: runID, stepIndex: index).count == 1) }
        #expect(try await s.store.verifyAudit() == nil)
    }

    @Test func aDraftWithAnAbsoluteClaimIsBlockedWithItsReason() async throws {
        let s = try await EngineFixtures.setUp()
        let (runID, _) = try await EngineFixtures.submit(s, EngineFixtures.blockedDraft)
        try await s.worker.drain()
        let run = try #require(try await s.store.run(id: runID))
        #expect(run.status == .blocked)
        #expect(run.reason?.contains("must be fixed") == true)
        #expect(s.receiver.seen.isEmpty)
    }

    @Test func aRejectionEndsTheRunWithTheReviewersReason() async throws {
        let s = try await EngineFixtures.setUp()
        let (runID, hash) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.worker.drain()
        try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "zhang.wei", approve: false, contentHash: hash, reason: "a client is visible in the second photo")
        try await s.worker.drain()
        let run = try #require(try await s.store.run(id: runID))
        #expect(run.status == .rejected)
        #expect(run.reason == "zhang.wei: a client is visible in the second photo")
    }

    @Test func anApprovalOfAnotherRevisionDoesNotCount() async throws {
        let s = try await EngineFixtures.setUp()
        let (runID, _) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.worker.drain()
        await #expect(throws: StoreError.self, "the store refuses a decision on other content") {
            try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "zhang.wei", approve: true, contentHash: "an-older-revision", reason: nil)
        }
        try await s.worker.drain()
        #expect(try await s.store.run(id: runID)?.status == .running)
    }

    @Test func aFailingReceiverIsRetriedWithTheSameWebhookIDThenTheRunFails() async throws {
        let s = try await EngineFixtures.setUp(path: "/status/503", retries: "[0s, 0s, 0s]")
        let (runID, hash) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.worker.drain()
        try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "zhang.wei", approve: true, contentHash: hash, reason: nil)
        try await s.worker.drain()
        let seen = s.receiver.seen
        #expect(seen.count == 3, "one attempt per entry of the retry schedule")
        #expect(Set(seen.compactMap { $0["id"] as? String }).count == 1, "every attempt carries the same webhook-id")
        #expect(seen.allSatisfy { $0["verified"] as? Bool == true })
        let run = try #require(try await s.store.run(id: runID))
        #expect(run.status == .failed)
        #expect(run.reason == "gateway did not accept the delivery after 3 attempts")
        #expect(try await s.store.metrics().deliveries["gateway"] == ["dead": 1], "given up, the delivery is a dead letter")
        #expect(try await s.store.auditEntries().contains { $0.action == "delivery.dead" && $0.details.contains("after 3 attempts") })
    }

    @Test func aReceiverThatAsksNotToBeRetriedIsNot() async throws {
        let s = try await EngineFixtures.setUp(path: "/abort", retries: "[0s, 0s, 0s]")
        let (runID, hash) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.worker.drain()
        try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "zhang.wei", approve: true, contentHash: hash, reason: nil)
        try await s.worker.drain()
        #expect(s.receiver.seen.count == 1)
        let run = try #require(try await s.store.run(id: runID))
        #expect(run.status == .failed)
        #expect(run.reason == "gateway refused the delivery (500): the receiver asked not to retry this message (Webhook-Abort-Retries)")
        #expect(try await s.store.metrics().deliveries["gateway"] == ["dead": 1])
    }
}

/// Endpoint health through real deliveries: a failing gateway's circuit opens and holds further posts without
/// sending them; a 410 disables the endpoint until an admin enables it.
@Suite struct EndpointHealthWorkerTests {
    @Test func aFailingGatewaysCircuitOpensAndHoldsTheRest() async throws {
        let s = try await EngineFixtures.setUp(path: "/status/503", retries: "[0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s]",
                                            approval: "{groups: [store-managers], auto_approve: 'findings.errors == 0'}")
        var runs: [String] = []
        for i in 0..<3 {
            runs.append(try await EngineFixtures.submit(s, EngineFixtures.cleanDraft.replacingOccurrences(of: "Arco 手袋", with: "Arco 手袋 \(i)")).runID)
        }
        try await s.worker.drain()
        // Five failures in a minute open the circuit; attempts already in flight (a batch's steps run together) finish.
        let sent = s.receiver.seen.count
        #expect((5...7).contains(sent), "\(sent) attempts; without the breaker all 24 would have been made")
        try await s.worker.drain()
        #expect(s.receiver.seen.count == sent, "nothing more is sent while the circuit is open")
        let health = try await s.store.endpointHealth("gateway")
        #expect(health.circuit == .open && health.enabled)
        #expect(try await s.store.auditEntries().contains { $0.action == "endpoint.circuit-opened" && $0.details == "5 of the last 5 attempts failed" })
        for id in runs { #expect(try await s.store.run(id: id)?.status == .running, "held, not failed") }
        let held = try await s.store.history(draftID: try #require(try await s.store.run(id: runs[2])?.draftID))
        #expect(held.contains { $0.details.contains("the circuit of gateway is open until") })
    }

    @Test func aGoneGatewayIsDisabledUntilAnAdminEnablesIt() async throws {
        let s = try await EngineFixtures.setUp(path: "/status/410", approval: "{groups: [store-managers], auto_approve: 'findings.errors == 0'}")
        let first = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft).runID
        try await s.worker.drain()
        #expect(try await s.store.run(id: first)?.reason == "gateway says it is gone (410)")
        #expect(try await s.store.endpointHealth("gateway").enabled == false)
        let second = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft.replacingOccurrences(of: "Arco 手袋", with: "Arco 手袋 2")).runID
        try await s.worker.drain()
        #expect(s.receiver.seen.count == 1, "nothing is sent to a disabled endpoint")
        #expect(try await s.store.run(id: second)?.status == .running)
        try await s.store.enableEndpoint("gateway", actor: "admin")
        let health = try await s.store.endpointHealth("gateway")
        #expect(health.enabled && health.circuit == .closed)
        #expect(try await s.store.auditEntries().contains { $0.action == "endpoint.enabled" && $0.details == "was disabled: the receiver answered 410 Gone" })
    }

    @Test func theOwningTeamIsToldThroughItsAlertEndpoint() async throws {
        let s = try await EngineFixtures.setUp(path: "/status/410", approval: "{groups: [store-managers], auto_approve: 'findings.errors == 0'}", endpoint: """
            owner: agency-ops
            alert: ops-alerts
            ---
            apiVersion: kos/v1
            kind: Endpoint
            id: ops-alerts
            url: {receiver}/ok/alerts
            secret: env:KOS_GATEWAY_SECRET
            allow_private_network: true
            """)
        _ = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.worker.drain()
        // The notice was written when the endpoint was disabled; the worker's next round sends it.
        try await s.worker.drain()
        let alerts = s.receiver.seen.filter { $0["path"] as? String == "/ok/alerts" }
        try #require(alerts.count == 1)
        #expect(alerts[0]["verified"] as? Bool == true, "signed with the alert endpoint's secret")
        let body = try #require(try JSONSerialization.jsonObject(with: Data((alerts[0]["body"] as? String ?? "").utf8)) as? [String: Any])
        #expect(body["type"] as? String == "endpoint.disabled")
        #expect(body["endpoint"] as? String == "gateway")
        #expect(body["owner"] as? String == "agency-ops")
        #expect(body["reason"] as? String == "the receiver answered 410 Gone")
        #expect(try await s.store.auditEntries().contains {
            $0.action == "endpoint.owner-notified" && $0.details == "ops-alerts was told that gateway (owner agency-ops) is disabled"
        })
        try await s.worker.drain()
        #expect(s.receiver.seen.filter { $0["path"] as? String == "/ok/alerts" }.count == 1, "told once")
    }

    @Test func anAlertMustNameAnotherEndpoint() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-alert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try """
            apiVersion: kos/v1
            kind: Endpoint
            id: mcn-agency
            url: https://hooks.mcn.example/kos
            secret: env:KOS_MCN_SECRET
            alert: ops-alert
            ---
            apiVersion: kos/v1
            kind: Endpoint
            id: ops-alerts
            url: https://bots.example/wecom
            secret: env:KOS_OPS_SECRET
            alert: ops-alerts
            """.write(to: dir.appendingPathComponent("endpoints.yaml"), atomically: true, encoding: .utf8)
        let report = DefinitionLoader().load(paths: [dir.path])
        let messages = report.diagnostics.map { "\($0.location?.line ?? 0): \($0.message)" }
        #expect(messages.contains("6: no Endpoint 'ops-alert'; did you mean 'ops-alerts'?"))
        #expect(messages.contains { $0.hasPrefix("13: an endpoint cannot alert itself") })
    }
}

/// Rotating an endpoint's secret: while `previous_secret` is set both sign, so a receiver on either verifies.
@Suite struct SecretRotationTests {
    @Test func bothSecretsSignDuringTheRotation() async throws {
        let old = "whsec_" + Data((0..<24).map { UInt8($0 * 7 % 251) }).base64EncodedString()
        let s = try await EngineFixtures.setUp(approval: "{groups: [store-managers], auto_approve: 'findings.errors == 0'}",
                                            endpoint: "previous_secret: env:KOS_GATEWAY_OLD_SECRET", secrets: ["KOS_GATEWAY_OLD_SECRET": old])
        _ = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.worker.drain()
        let seen = try #require(s.receiver.seen.first)
        #expect(seen["signatures"] as? Int == 2, "new and old, space-separated")
        #expect(seen["verified"] as? Bool == true && seen["svix_verified"] as? Bool == true, "a receiver on the new secret verifies")
        // A receiver still on the old secret verifies the same message.
        let oldReceiver = try WebhookReceiver(secret: old, repository: EngineFixtures.root)
        let body = try #require(seen["body"] as? String)
        let secrets = [try WebhookSecret(parsing: EngineFixtures.secret), try WebhookSecret(parsing: old)]
        _ = await CurlDeliverer().post(url: oldReceiver.url("/ok"), id: "msg_rotation", body: Data(body.utf8), secrets: secrets, timeoutMillis: 5000,
                                       allowPrivateNetwork: true)
        #expect(oldReceiver.seen.first?["verified"] as? Bool == true && oldReceiver.seen.first?["svix_verified"] as? Bool == true)
        #expect(!(try await s.store.auditEntries()).contains { $0.details.contains(old) || $0.details.contains(String(old.dropFirst(6))) },
                "no secret in the audit log")
    }
}

/// An endpoint's `rate_limit` holds across the posts of every worker: a burst of its size, then one at a time.
@Suite struct RateLimitWorkerTests {
    @Test func aGatewayTakingTwoASecondGetsTwoASecond() async throws {
        let s = try await EngineFixtures.setUp(approval: "{groups: [store-managers], auto_approve: 'findings.errors == 0'}", endpoint: "rate_limit: 2/s")
        var runs: [String] = []
        for i in 0..<6 {
            runs.append(try await EngineFixtures.submit(s, EngineFixtures.cleanDraft.replacingOccurrences(of: "Arco 手袋", with: "Arco 手袋 \(i)")).runID)
        }
        let second = Worker(name: "worker-2", store: s.store, environment: s.worker.environment)
        let first = s.worker
        let began = Int64(Date().timeIntervalSince1970 * 1000)
        let deadline = Patience.deadline
        var done = 0
        while done < runs.count && Date() < deadline {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await first.drain() }
                group.addTask { try await second.drain() }
                try await group.waitForAll()
            }
            done = 0
            for id in runs where try await s.store.run(id: id)?.status == .completed { done += 1 }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(done == 6)
        // When the receiver got them (milliseconds), and how many attempts the store recorded.
        let times = s.receiver.seen.compactMap { ($0["at"] as? Double).map { Int64($0 * 1000) } }.sorted()
        var attempts = 0
        for d in try await s.store.deliveries(endpoint: "gateway", state: nil, since: nil, limit: 100) {
            attempts += try #require(try await s.store.delivery(webhookID: d.webhookID)).1.count
        }
        try #require(times.count == 6 && attempts == 6, "one attempt each: waiting for the rate limit is not an attempt")
        // Two at once, then one every 500 ms from the first send, which came after `began`. A busy machine only
        // makes a post arrive later than its turn, so the k-th arrival is no sooner than the k-th turn.
        for k in 2..<times.count {
            #expect(times[k] - began >= Int64(k - 1) * 500 - 50, "post \(k + 1) arrived \(times[k] - began) ms after the start: \(times.map { $0 - began })")
        }
    }
}

/// Retries spread out: the schedule with ±20 % jitter, stable for one delivery, never sooner than Retry-After.
@Suite struct RetryTimingTests {
    static let schedule: [Int64] = [0, 5_000, 300_000, 1_800_000, 7_200_000]

    @Test func jitterStaysWithinAFifthOfTheScheduleAndSpreads() {
        let delays = (0..<1000).map { RetryTiming.delay(schedule: Self.schedule, attempts: 2, retryAfterSeconds: nil, seed: "r-\($0)/3") }
        #expect(delays.allSatisfy { (240_000...360_000).contains($0) })
        #expect(Set(delays.map { $0 / 6000 }).count > 15, "spread across the band, not bunched")
        #expect(RetryTiming.delay(schedule: Self.schedule, attempts: 2, retryAfterSeconds: nil, seed: "r-1/3")
                == RetryTiming.delay(schedule: Self.schedule, attempts: 2, retryAfterSeconds: nil, seed: "r-1/3"), "stable for one delivery")
        #expect(RetryTiming.delay(schedule: Self.schedule, attempts: 0, retryAfterSeconds: nil, seed: "x") == 0, "the first try is at once")
    }

    @Test func retryAfterIsAFloor() {
        #expect(RetryTiming.delay(schedule: Self.schedule, attempts: 1, retryAfterSeconds: 120, seed: "x") == 120_000)
        #expect(RetryTiming.delay(schedule: Self.schedule, attempts: 3, retryAfterSeconds: 1, seed: "x") >= 1_440_000)
    }

    /// An undecided approval step puts itself back saying which decisions it read, so a decision recorded while
    /// it looked makes it due at once (the store compares; `StoreConformance` checks that half).
    @Test func anUndecidedApprovalSaysWhichDecisionsItRead() async throws {
        let s = try await EngineFixtures.setUp()
        let (runID, hash) = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft)
        try await s.worker.drain()
        // A manager of another store decides: it does not count, and the step stays undecided.
        try await s.store.recordDecision(runID: runID, stepIndex: 1, reviewerID: "chen.jie", approve: true, contentHash: hash, reason: nil)
        let claimed = try #require(try await s.store.claim(worker: "worker-1", leaseMillis: 60_000))
        #expect(claimed.runID == runID && claimed.stepIndex == 1)
        let commit = try await s.worker.perform(claimed, Worker.Round(try await s.store.roundReads(runIDs: [claimed.runID]), store: s.store))
        guard case .release = commit.action else {
            Issue.record("an undecided approval is put back, not \(commit.action)")
            return
        }
        let recorded = try await s.store.decisions(runID: runID, stepIndex: 1)
        #expect(recorded.count == 1 && commit.decisionsSeen == recorded[0].id)
    }
}
