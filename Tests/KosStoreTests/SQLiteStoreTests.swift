import Foundation
import KosCore
import KosStore
import KosTesting
import Testing

func temporaryDatabase() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("kos-store-\(UUID().uuidString)/kos.db").path
}

/// The shared suite on SQLite, area by area, each check on a fresh file.
@Suite struct SQLiteConformanceTests {
    func passes(_ check: String, transactionsOnCallingThread: Bool = false) async throws {
        let store = try SQLiteStore(path: temporaryDatabase(), transactionsOnCallingThread: transactionsOnCallingThread)
        try await StoreConformance.run(check, on: store)
        #expect(try await store.integrityCheck() == "ok")
    }

    @Test(arguments: StoreConformance.checks(.drafts))
    func drafts(check: String) async throws { try await passes(check) }

    /// A worker's store runs its transactions on the calling thread: the queue's guarantees are the same. One check
    /// at a time: each blocks a thread of the test process's shared pool while it writes, as it would a worker's.
    @Test(.serialized, arguments: StoreConformance.checks(.steps) + StoreConformance.checks(.deliveries))
    func onCallingThread(check: String) async throws { try await passes(check, transactionsOnCallingThread: true) }

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

@Suite struct SQLiteStoreTests {
    @Test func aNewerSchemaIsRefusedWithAClearError() async throws {
        let path = temporaryDatabase()
        let store = try SQLiteStore(path: path)
        try await store.execute("INSERT INTO grdb_migrations (identifier) VALUES ('99-from-the-future')")
        #expect {
            try SQLiteStore(path: path)
        } throws: { error in
            (error as? StoreError)?.code == "KOS5001" && "\(error)".contains("upgrade kosd")
        }
    }

    /// A database from before the queue was read narrow: an escalated approval step and its run, without the
    /// step's escalation group and the run's author. Opening it adds both, from the step's latest completion and
    /// from the draft, so the queue reads the same as on a new database.
    @Test func anOlderDatabaseGainsTheQueuesColumnsFromWhatItHolds() async throws {
        let path = temporaryDatabase()
        do {
            let store = try SQLiteStore(path: path)
            try await StoreConformance.escalatedStep(store)
            // Back to how the file looked before migrations 18 and 19.
            try await store.execute("""
                ALTER TABLE steps DROP COLUMN escalated_to;
                ALTER TABLE runs DROP COLUMN creator_id;
                DELETE FROM grdb_migrations WHERE identifier IN ('18-step-escalations', '19-run-creators');
                """)
        }
        try await StoreConformance.upgradedQueue(try SQLiteStore(path: path))
    }

    @Test func theDatabaseIsInWALModeWithFullSync() async throws {
        let store = try SQLiteStore(path: temporaryDatabase())
        let durability = try await store.durability()
        #expect(durability.journalMode == "wal")
        #expect(durability.synchronous == 2, "FULL: an acknowledged transition survives a power cut")
    }

    /// A claim commits without waiting for the disk; every write after it on the connection waits again.
    @Test func aClaimLeavesTheWriterDurable() async throws {
        let store = try SQLiteStore(path: temporaryDatabase())
        let now = try await store.now()
        try await store.enqueue(runID: "r1", stepIndex: 0, stepID: "s", dueAt: now)
        let (claimed, _) = try await store.claimRound(worker: "w", leaseMillis: 60_000, limit: 4, expected: true)
        #expect(claimed.map(\.runID) == ["r1"])
        #expect(try await store.durability().synchronous == 2, "FULL again after the claim")
        // A claim that finds nothing leaves it FULL too.
        _ = try await store.claimRound(worker: "w", leaseMillis: 60_000, limit: 4, expected: true)
        #expect(try await store.durability().synchronous == 2)
    }

    @Test func twoProcessesWorthOfConnectionsShareTheQueue() async throws {
        let path = temporaryDatabase()
        let a = try SQLiteStore(path: path)
        let b = try SQLiteStore(path: path)
        let now = try await a.now()
        for i in 0..<20 { try await a.enqueue(runID: "r\(i)", stepIndex: 0, stepID: "s", dueAt: now) }
        async let fromA: [ClaimedStep] = { var out: [ClaimedStep] = []; while let c = try await a.claim(worker: "a", leaseMillis: 60_000) { out.append(c) }; return out }()
        async let fromB: [ClaimedStep] = { var out: [ClaimedStep] = []; while let c = try await b.claim(worker: "b", leaseMillis: 60_000) { out.append(c) }; return out }()
        let all = try await fromA + fromB
        #expect(Set(all.map(\.id)).count == 20)
        #expect(all.count == 20)
        #expect(!a.isShared, "one host's file: its workers are woken by their supervisor, not by the store")
    }
}

@Suite struct TokenStorageTests {
    @Test func theDatabaseFileNeverHoldsAToken() async throws {
        let path = temporaryDatabase()
        let store = try SQLiteStore(path: path)
        try await store.upsertPerson(Person(id: "li.na", role: .creator, store: "SH-IFC"), actor: "admin")
        let token = try await store.createToken(personID: "li.na", expiresAt: nil, actor: "admin")
        let digest = AuditChain.contentHash(Data(token.utf8))
        var bytes = Data()
        for suffix in ["", "-wal"] { bytes += (FileManager.default.contents(atPath: path + suffix) ?? Data()) }
        #expect(bytes.range(of: Data(token.utf8)) == nil)
        #expect(bytes.range(of: Data(digest.utf8)) != nil, "the hash is what is stored")
    }

    @Test func constantTimeComparisonIsStillAComparison() {
        #expect(APIToken.constantTimeEqual(Array("abc".utf8), Array("abc".utf8)))
        #expect(!APIToken.constantTimeEqual(Array("abc".utf8), Array("abd".utf8)))
        #expect(!APIToken.constantTimeEqual(Array("abc".utf8), Array("ab".utf8)))
    }
}

@Suite struct SQLiteBackupAndDamageTests {
    static func fill(_ store: SQLiteStore, drafts: Int) async throws {
        for i in 0..<drafts {
            let text = "---\ntitle: 草稿 \(i)\n---\n" + String(repeating: "编织皮革的手感非常柔软。", count: 40)
            _ = try await store.submitDraft(DraftSubmission(creatorID: "li.na", workflow: "styling-note", idempotencyKey: nil, content: Data(text.utf8)))
        }
    }

    /// A copy taken while the store is open holds every committed draft, including those still in the
    /// write-ahead log, and verifies.
    @Test func aBackupWhileOpenHoldsEveryCommittedChange() async throws {
        let store = try SQLiteStore(path: temporaryDatabase())
        try await Self.fill(store, drafts: 50)
        let copy = URL(fileURLWithPath: store.path).deletingLastPathComponent().appendingPathComponent("backup.db").path
        let entries = try store.backup(to: copy)
        #expect(entries == (try await store.auditEntries().count))
        let restored = try SQLiteStore(path: copy)
        #expect(try await restored.drafts(creatorID: "li.na", openOnly: false).count == 50)
        #expect(try await restored.verifyAudit() == nil)
    }

    /// Pages overwritten on disk: the next probe says the store is damaged instead of reporting ready.
    @Test func damagedPagesAreReportedByTheProbe() async throws {
        let store = try SQLiteStore(path: temporaryDatabase())
        try await Self.fill(store, drafts: 200)
        try await store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try await store.probeWrite()
        let handle = try #require(FileHandle(forUpdatingAtPath: store.path))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 64 << 10))
        try handle.close()
        // A new handle checks at its first probe (the first one checked a moment ago).
        let damaged = try SQLiteStore(path: store.path)
        await #expect {
            try await damaged.probeWrite()
        } throws: { error in
            (error as? StoreError)?.isUnavailable == true && "\(error)".contains("damaged")
        }
    }
}
