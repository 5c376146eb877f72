import Foundation
import KosCore
import KosTesting
import Testing

@testable import KosStore

/// The shared suite on PostgreSQL, area by area, each check in a fresh database.
@Suite struct PostgresConformanceTests {
    func passes(_ check: String) async throws {
        let store = try await ScratchPostgres.store(try await ScratchPostgres.database())
        try await StoreConformance.run(check, on: store)
    }

    @Test(arguments: StoreConformance.checks(.drafts))
    func drafts(check: String) async throws { try await passes(check) }

    @Test(arguments: StoreConformance.checks(.steps))
    func steps(check: String) async throws { try await passes(check) }

    @Test(arguments: StoreConformance.checks(.decisions))
    func decisions(check: String) async throws { try await passes(check) }

    @Test(arguments: StoreConformance.checks(.bookings))
    func bookings(check: String) async throws { try await passes(check) }

    @Test(arguments: StoreConformance.checks(.deliveries))
    func deliveries(check: String) async throws { try await passes(check) }

    @Test(arguments: StoreConformance.checks(.audit))
    func audit(check: String) async throws { try await passes(check) }

    @Test(arguments: StoreConformance.checks(.access))
    func access(check: String) async throws { try await passes(check) }

    @Test(arguments: StoreConformance.checks(.definitions))
    func definitions(check: String) async throws { try await passes(check) }

    @Test(arguments: StoreConformance.checks(.operators))
    func operators(check: String) async throws { try await passes(check) }

    @Test(arguments: StoreConformance.checks(.people))
    func people(check: String) async throws { try await passes(check) }
}

@Suite struct PostgresStoreTests {
    /// A database from before the queue was read narrow (see the SQLite test of the same name).
    @Test func anOlderDatabaseGainsTheQueuesColumnsFromWhatItHolds() async throws {
        let url = try await ScratchPostgres.database()
        let store = try await ScratchPostgres.store(url)
        try await StoreConformance.escalatedStep(store)
        try await store.execute("ALTER TABLE steps DROP COLUMN escalated_to")
        try await store.execute("ALTER TABLE runs DROP COLUMN creator_id")
        // And from before the staff directory (migration 8).
        try await store.execute("""
            ALTER TABLE people DROP COLUMN name, DROP COLUMN manager, DROP COLUMN left_at, DROP COLUMN successor, DROP COLUMN offboarded_at,
              DROP COLUMN offboard_report, DROP COLUMN away_until, DROP COLUMN delegate,
              DROP COLUMN agency, DROP COLUMN tier
            """)
        try await store.execute("DROP TABLE accounts")
        try await store.execute("ALTER TABLE endpoint_notices DROP COLUMN body")
        try await store.execute("DROP TABLE kit_versions")
        try await store.execute("DELETE FROM kos_migrations WHERE version > 5")
        try await StoreConformance.upgradedQueue(try await ScratchPostgres.store(url))
    }

    @Test func hostsStartingTogetherApplyEachMigrationOnce() async throws {
        let url = try await ScratchPostgres.database()
        let stores = try await withThrowingTaskGroup(of: PostgresStore.self) { group in
            for _ in 0..<5 { group.addTask { try await ScratchPostgres.store(url, maxConnections: 2) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(stores.count == 5)
        #expect(try await stores[0].schemaVersion() == PostgresStore.migrations.count)
        // Had two hosts both run a migration, its CREATE TABLE would have failed on one of them.
        try await stores[1].enqueue(runID: "r1", stepIndex: 0, stepID: "guidelines", dueAt: 0)
        #expect(try await stores[2].claim(worker: "host-c", leaseMillis: 30_000)?.runID == "r1")
    }

    @Test func twoHostsClaimingAtOnceNeverShareAStepAndMissNone() async throws {
        let url = try await ScratchPostgres.database()
        let a = try await ScratchPostgres.store(url), b = try await ScratchPostgres.store(url)
        let now = try await a.now()
        for i in 0..<200 { try await a.enqueue(runID: "r\(i)", stepIndex: 0, stepID: "publish", dueAt: now) }
        let taken = try await withThrowingTaskGroup(of: [ClaimedStep].self) { group in
            for (store, name) in [(a, "host-a"), (b, "host-b")] {
                for lane in 0..<4 {
                    group.addTask {
                        var mine: [ClaimedStep] = []
                        while true {
                            let batch = try await store.claim(worker: "\(name)-\(lane)", leaseMillis: 30_000, limit: 7)
                            if batch.isEmpty { return mine }
                            mine += batch
                        }
                    }
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(taken.count == 200)
        #expect(Set(taken.map(\.id)).count == 200, "no step was claimed twice")
        #expect(Set(taken.map(\.worker)).count > 1, "both hosts took a share")
    }

    @Test func theAuditChainStaysOneChainUnderTwoHosts() async throws {
        let url = try await ScratchPostgres.database()
        let a = try await ScratchPostgres.store(url), b = try await ScratchPostgres.store(url)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (store, host) in [(a, "host-a"), (b, "host-b")] {
                for i in 0..<40 {
                    group.addTask { try await store.audit(actor: host, action: .tokenCreated, subject: "zhang.wei", details: "entry \(i)") }
                }
            }
            try await group.waitForAll()
        }
        let entries = try await b.auditEntries()
        #expect(entries.count == 80)
        #expect(try await a.verifyAudit() == nil, "no fork, no gap")
    }

    @Test func anEnqueueOnOneHostWakesAnother() async throws {
        let url = try await ScratchPostgres.database()
        let a = try await ScratchPostgres.store(url), b = try await ScratchPostgres.store(url)
        let woken = try await b.waitForSteps(timeoutMillis: 30_000, listening: {
            try? await a.enqueue(runID: "r-wake", stepIndex: 0, stepID: "publish", dueAt: 0)
        })
        #expect(a.isShared && b.isShared, "several hosts share the queue, so a worker listens for others' steps")
        #expect(woken, "woken by NOTIFY, not by the timeout")
        #expect(try await b.waitForSteps(timeoutMillis: 200) == false, "nothing more: the timeout answers")
    }

    @Test func aGoneEndpointIsDisabledOnceAndItsOwnersNoticeIsTakenByOneHost() async throws {
        let url = try await ScratchPostgres.database()
        let a = try await ScratchPostgres.store(url), b = try await ScratchPostgres.store(url)
        try await StoreConformance.commitGoneDelivery(a)
        let health = try await b.endpointHealth("mcn-agency")
        #expect(!health.enabled && health.reason == "the receiver answered 410 Gone")
        let notices = try await withThrowingTaskGroup(of: [EndpointNotice].self) { group in
            group.addTask { try await a.claimNotices(worker: "host-a", leaseMillis: 30_000, limit: 5) }
            group.addTask { try await b.claimNotices(worker: "host-b", leaseMillis: 30_000, limit: 5) }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        try #require(notices.map(\.endpoint) == ["mcn-agency"], "one notice, taken by one host")
        try await b.finishNotice(notices[0].id, sent: true, retryAt: nil, detail: "ops-alerts was told that mcn-agency is disabled")
        let actions = try await a.auditEntries().map(\.action)
        #expect(actions.contains("endpoint.disabled") && actions.contains("delivery.dead") && actions.contains("endpoint.owner-notified"))
        #expect(try await a.verifyAudit() == nil)
        #expect(try await a.claimNotices(worker: "host-a", leaseMillis: 30_000, limit: 5).isEmpty)
    }

    @Test func aRateLimitIsSharedByEveryHost() async throws {
        let url = try await ScratchPostgres.database()
        let a = try await ScratchPostgres.store(url), b = try await ScratchPostgres.store(url)
        // 3 a minute: three sends between the two hosts, then the fourth waits about 20 s.
        let before = try await a.now()
        let waits = [try await a.takeDeliveryToken(endpoint: "weibo-gateway", count: 3, perMillis: 60_000),
                     try await b.takeDeliveryToken(endpoint: "weibo-gateway", count: 3, perMillis: 60_000),
                     try await a.takeDeliveryToken(endpoint: "weibo-gateway", count: 3, perMillis: 60_000),
                     try await b.takeDeliveryToken(endpoint: "weibo-gateway", count: 3, perMillis: 60_000)]
        #expect(waits[0...2] == [0, 0, 0])
        // The fourth waits until a third of the minute after the first send has passed: 20 s less the time the
        // four calls took, by the store's clock (a busy machine can take seconds over them).
        let took = try await a.now() - before
        #expect((20_000 - took - 50...20_000).contains(waits[3]), "\(waits), the calls took \(took) ms")
    }

    /// The hot path's statements are prepared once per connection, their parameters typed on first use: on one
    /// connection, a commit whose optional parts are all empty (no result, no next step, an attempt without a
    /// status) comes first, then the same statements with every part given; each is written as given.
    @Test func preparedStatementsTakeValuesAfterNulls() async throws {
        let store = try await ScratchPostgres.store(try await ScratchPostgres.database(), maxConnections: 1)
        let now = try await store.now()
        // A draft without a key or title first, then one with both.
        let plain = DraftSubmission(creatorID: "li.na", workflow: "weibo-launch", idempotencyKey: nil, content: Data("Arco 33 到店".utf8))
        var keyed = plain
        (keyed.idempotencyKey, keyed.title) = ("launch-1", "秋冬新季 Arco 33")
        for submission in [plain, keyed] {
            let submitted = try await store.submitBatch([RunSubmission(submission: submission, firstStep: NextStep(index: 0, id: "publish", dueAt: 0))])
            #expect(submitted.map(\.created) == [true])
        }
        var steps: [ClaimedStep] = []
        for _ in 0..<2 { steps += try await store.claim(worker: "w1", leaseMillis: 30_000, limit: 1) }
        try #require(steps.count == 2)
        let bare = DeliveryAttempt(runID: steps[0].runID, stepIndex: 0, endpoint: "weibo-gateway", webhookID: "msg_bare", status: nil, latencyMillis: 0,
                                   responseExcerpt: "", error: nil, delivered: false)
        var full = DeliveryAttempt(runID: steps[1].runID, stepIndex: 0, endpoint: "weibo-gateway", webhookID: "msg_full", status: 204, latencyMillis: 31,
                                   responseExcerpt: "ok", error: "none", delivered: true)
        full.deadLetter = nil
        let first = try await store.commit([StepCommit(step: steps[0], action: .advance(outcome: "sent", next: nil, runStatus: nil, reason: nil), attempt: bare)],
                                           worker: "w1", leaseMillis: 30_000, chain: true)
        #expect(first == [.committed(next: nil)])
        let second = try await store.commit(
            [StepCommit(step: steps[1], action: .advance(outcome: "delivered", next: NextStep(index: 1, id: "notify-agency", dueAt: now, escalatedTo: "regional-compliance"),
                                                           runStatus: nil, reason: nil),
                        result: #"{"accounts":["weibo:lina.ifc"]}"#, attempt: full)],
            worker: "w1", leaseMillis: 30_000, chain: true)
        guard case .committed(let chained?) = second.first else {
            Issue.record("the next step was not chained: \(second)")
            return
        }
        #expect(chained.stepIndex == 1 && chained.stepID == "notify-agency" && chained.epoch == 1)
        let last = try await store.commit([StepCommit(step: chained, action: .advance(outcome: "notified", next: nil, runStatus: .completed, reason: "published on weibo"))],
                                          worker: "w1", leaseMillis: 30_000, chain: true)
        #expect(last == [.committed(next: nil)])
        let completion = try #require(try await store.completions(runID: steps[1].runID, stepIndex: 0).first)
        #expect(completion.result == #"{"accounts":["weibo:lina.ifc"]}"#)
        #expect(try await store.stepContext(runID: steps[1].runID)?.run.status == .completed)
        let deliveries = try await store.deliveries(endpoint: "weibo-gateway", state: nil, since: nil, limit: 10)
        #expect(Set(deliveries.map(\.lastStatus)) == [nil, 204])
        #expect(Set(deliveries.map(\.lastError)) == [nil, "none"])
    }

    @Test func urlsAndPasswordFilesAreRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("password").path
        try "s3cret-from-file\n".write(toFile: file, atomically: true, encoding: .utf8)
        let fromFile = try PostgresStore.Location(url: "postgres://kos@db.internal:6432/kosflow?password_file=\(file)", environment: [:])
        #expect(fromFile.host == "db.internal" && fromFile.port == 6432 && fromFile.user == "kos" && fromFile.database == "kosflow")
        #expect(fromFile.password == "s3cret-from-file")
        let passfile = dir.appendingPathComponent("pgpass").path
        try "# host:port:db:user:password\nother:5432:*:kos:wrong\ndb.internal:*:kosflow:kos:from-pgpass\n".write(toFile: passfile, atomically: true, encoding: .utf8)
        #expect(try PostgresStore.Location(url: "postgres://kos@db.internal/kosflow", environment: ["PGPASSFILE": passfile]).password == "from-pgpass")
        #expect(try PostgresStore.Location(url: "postgres://kos@db.internal/kosflow", environment: [:]).password == nil)
        #expect(throws: StoreError.self) { try PostgresStore.Location(url: "mysql://kos@db/kosflow", environment: [:]) }
    }

    @Test func tlsIsAskedForAsTheURLSays() async throws {
        let url = try await ScratchPostgres.database()
        // The scratch server speaks no TLS: preferred, it is done without; required, the connection is refused.
        _ = try await ScratchPostgres.store(url + "?sslmode=prefer")
        _ = try await ScratchPostgres.store(url + "?sslmode=disable")
        do {
            _ = try await PostgresStore(url: url + "?sslmode=require", startTimeout: .seconds(5))
            Issue.record("a server without TLS was accepted under sslmode=require")
        } catch let error as StoreError {
            #expect(error.isUnavailable, "\(error)")
        }
        #expect(throws: StoreError.self) { try PostgresStore.Location(url: url + "?sslmode=sometimes", environment: [:]) }
        #expect(try PostgresStore.Location(url: url + "?sslmode=verify-full&sslrootcert=/etc/kos/db-ca.pem", environment: [:]).sslRootCert == "/etc/kos/db-ca.pem")
    }

    @Test func aServerThatIsNotThereIsAClearErrorWithoutThePassword() async throws {
        do {
            _ = try await PostgresStore(url: "postgres://kos:hunter2-secret@127.0.0.1:9/kosflow", startTimeout: .seconds(2))
            Issue.record("connected to a closed port")
        } catch let error as StoreError {
            #expect(error.isUnavailable)
            #expect(!error.description.contains("hunter2"))
            #expect(error.description.contains("127.0.0.1:9"), "\(error)")
        }
    }
}
