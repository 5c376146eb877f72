public import Foundation
import GRDB
import Synchronization
import Crypto
import KosCore

/// The embedded store: SQLite through GRDB, in WAL mode with `synchronous=FULL`, so every transition
/// acknowledged to a client or a peer survives a power cut. Several processes (the supervisor and its
/// workers) open the same file; SQLite serialises their writes, and every read-then-write runs in an
/// IMMEDIATE transaction so two claims can never interleave.
public final class SQLiteStore: Store, RawSQLStore {
    let pool: DatabasePool
    public let path: String

    /// Opens (creating if needed) the database at `path` and applies migrations.
    public init(path: String) throws {
        self.path = path
        try Paths.createParent(of: path)
        var config = Configuration()
        // Several processes write (the API and each worker). SQLite's own busy timeout sleeps in steps of up to
        // 100 ms, which turned a held write lock into 40–180 ms waits under load; retry every 0.2–1 ms instead,
        // for up to about 15 s.
        config.busyMode = .callback { tries in
            guard tries < 20_000 else { return false }
            usleep(useconds_t(min(1000, 200 + tries * 10)))
            return true
        }
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        pool = try DatabasePool(path: path, configuration: config)
        // GRDB lowers `synchronous` to NORMAL when it switches the writer to WAL; raise it again.
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        try Self.migrate(pool)
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("1-core") { db in
            try db.execute(sql: """
                CREATE TABLE people (
                  id TEXT PRIMARY KEY, role TEXT NOT NULL, store TEXT, groups_json TEXT NOT NULL DEFAULT '[]',
                  created_at INTEGER NOT NULL);
                CREATE TABLE tokens (
                  sha256 TEXT PRIMARY KEY, person_id TEXT NOT NULL REFERENCES people(id), created_at INTEGER NOT NULL,
                  expires_at INTEGER, revoked_at INTEGER);
                CREATE TABLE drafts (
                  id TEXT PRIMARY KEY, creator_id TEXT NOT NULL, workflow TEXT NOT NULL, state TEXT NOT NULL,
                  idempotency_key TEXT, created_at INTEGER NOT NULL, UNIQUE (creator_id, idempotency_key));
                CREATE TABLE revisions (
                  draft_id TEXT NOT NULL REFERENCES drafts(id), number INTEGER NOT NULL, content_hash TEXT NOT NULL,
                  content BLOB NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (draft_id, number));
                CREATE TABLE media (sha256 TEXT PRIMARY KEY, bytes BLOB NOT NULL, size INTEGER NOT NULL);
                CREATE TABLE runs (
                  id TEXT PRIMARY KEY, draft_id TEXT NOT NULL REFERENCES drafts(id), revision INTEGER NOT NULL,
                  workflow TEXT NOT NULL, state TEXT NOT NULL, reason TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
                CREATE TABLE steps (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL, step_index INTEGER NOT NULL,
                  step_id TEXT NOT NULL, state TEXT NOT NULL, due_at INTEGER NOT NULL, epoch INTEGER NOT NULL DEFAULT 0,
                  lease_owner TEXT, lease_until INTEGER, outcome TEXT, completed_at INTEGER,
                  UNIQUE (run_id, step_index));
                CREATE INDEX steps_pending ON steps (state, due_at);
                CREATE INDEX steps_leases ON steps (state, lease_until);
                CREATE TABLE step_completions (
                  run_id TEXT NOT NULL, step_index INTEGER NOT NULL, epoch INTEGER NOT NULL, worker TEXT NOT NULL,
                  outcome TEXT NOT NULL, at INTEGER NOT NULL);
                CREATE INDEX step_completions_step ON step_completions (run_id, step_index);
                CREATE TABLE approvals (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL, step_index INTEGER NOT NULL,
                  reviewer_id TEXT NOT NULL, decision TEXT NOT NULL, content_hash TEXT NOT NULL, reason TEXT,
                  at INTEGER NOT NULL);
                CREATE TABLE deliveries (
                  id TEXT PRIMARY KEY, run_id TEXT NOT NULL, step_index INTEGER NOT NULL, endpoint TEXT NOT NULL,
                  webhook_id TEXT NOT NULL UNIQUE, state TEXT NOT NULL, created_at INTEGER NOT NULL);
                CREATE TABLE delivery_attempts (
                  delivery_id TEXT NOT NULL REFERENCES deliveries(id), number INTEGER NOT NULL, at INTEGER NOT NULL,
                  status INTEGER, latency_ms INTEGER, response_excerpt TEXT, error TEXT, PRIMARY KEY (delivery_id, number));
                CREATE TABLE audit (
                  seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
                  subject TEXT NOT NULL, details TEXT NOT NULL, previous_hash TEXT NOT NULL, hash TEXT NOT NULL);
                """)
        }
        m.registerMigration("2-step-ready-at") { db in
            // When a step became ready: approval deadlines (timeouts, escalation) count from it.
            try db.execute(sql: """
                ALTER TABLE steps ADD COLUMN ready_at INTEGER;
                UPDATE steps SET ready_at = due_at;
                CREATE INDEX runs_draft ON runs (draft_id, created_at);
                CREATE INDEX steps_open ON steps (run_id, state);
                """)
        }
        m.registerMigration("3-step-results") { db in
            // A step's findings kept with its completion, so later steps read them instead of checking again.
            try db.execute(sql: "ALTER TABLE step_completions ADD COLUMN result TEXT")
        }
        m.registerMigration("4-deliveries-by-run") { db in
            try db.execute(sql: "CREATE INDEX deliveries_run ON deliveries (run_id, step_index)")
        }
        m.registerMigration("5-revision-titles") { db in
            try db.execute(sql: "ALTER TABLE revisions ADD COLUMN title TEXT")
        }
        m.registerMigration("6-audit-by-action") { db in
            try db.execute(sql: "CREATE INDEX audit_action ON audit (action)")
        }
        m.registerMigration("7-definition-versions") { db in
            try db.execute(sql: """
                CREATE TABLE definition_versions (version TEXT PRIMARY KEY, files TEXT NOT NULL, recorded_at INTEGER NOT NULL);
                ALTER TABLE runs ADD COLUMN definitions_version TEXT;
                """)
        }
        m.registerMigration("8-health") { db in
            // One row the supervisor rewrites to learn whether the store can write (a full disk, a read-only mount).
            try db.execute(sql: "CREATE TABLE health (id INTEGER PRIMARY KEY, at INTEGER NOT NULL)")
        }
        m.registerMigration("9-slot-bookings") { db in
            try db.execute(sql: """
                CREATE TABLE slot_bookings (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, calendar TEXT NOT NULL, run_id TEXT NOT NULL, step_index INTEGER NOT NULL,
                  draft_id TEXT NOT NULL, creator TEXT NOT NULL, store TEXT, platforms TEXT NOT NULL, campaign TEXT,
                  slot_at INTEGER NOT NULL, fire_at INTEGER NOT NULL, state TEXT NOT NULL, note TEXT,
                  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
                CREATE INDEX slot_bookings_time ON slot_bookings (calendar, slot_at);
                CREATE INDEX slot_bookings_creator ON slot_bookings (calendar, creator, slot_at);
                CREATE INDEX slot_bookings_run ON slot_bookings (run_id, step_index);
                """)
        }
        m.registerMigration("10-endpoint-health") { db in
            try db.execute(sql: "CREATE TABLE endpoint_health (endpoint TEXT PRIMARY KEY, health TEXT NOT NULL, updated_at INTEGER NOT NULL)")
        }
        m.registerMigration("11-delivery-replays") { db in
            // Attempts made before the latest replay: a replayed dead letter gets the endpoint's whole schedule again.
            try db.execute(sql: """
                ALTER TABLE deliveries ADD COLUMN replayed_after INTEGER NOT NULL DEFAULT 0;
                CREATE INDEX deliveries_endpoint ON deliveries (endpoint, state, created_at);
                """)
        }
        m.registerMigration("12-endpoint-rates") { db in
            try db.execute(sql: "CREATE TABLE endpoint_rates (endpoint TEXT PRIMARY KEY, tokens REAL NOT NULL, at INTEGER NOT NULL)")
        }
        m.registerMigration("13-endpoint-notices") { db in
            try db.execute(sql: """
                CREATE TABLE endpoint_notices (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, endpoint TEXT NOT NULL, kind TEXT NOT NULL, reason TEXT NOT NULL,
                  created_at INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,
                  due_at INTEGER NOT NULL, lease_owner TEXT, lease_until INTEGER);
                CREATE INDEX endpoint_notices_due ON endpoint_notices (state, due_at);
                """)
        }
        m.registerMigration("14-step-strikes") { db in
            try db.execute(sql: "ALTER TABLE steps ADD COLUMN strikes INTEGER NOT NULL DEFAULT 0")
        }
        m.registerMigration("15-revision-media") { db in
            try db.execute(sql: """
                CREATE TABLE revision_media (
                  draft_id TEXT NOT NULL, revision INTEGER NOT NULL, path TEXT NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY (draft_id, revision, path));
                CREATE TABLE kos_keys (name TEXT PRIMARY KEY, value BLOB NOT NULL, created_at INTEGER NOT NULL);
                """)
        }
        return m
    }

    static func migrate(_ pool: DatabasePool) throws {
        let migrator = Self.migrator
        let (superseded, applied) = try pool.read { db in
            (try migrator.hasBeenSuperseded(db), try migrator.appliedIdentifiers(db).count)
        }
        if superseded {
            throw StoreError.newerSchema(found: applied, known: migrator.migrations.count)
        }
        try migrator.migrate(pool)
    }

    static let nowSQL = "CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)"

    public func now() async throws -> Int64 {
        try await pool.read { db in try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))! }
    }

    func immediate<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    // Other processes append to the audit log too: the tail is read afresh in every transaction.
                    Self.auditTails.withLock { $0[Self.connectionKey(db)] = nil }
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw Self.unavailable(error) ?? error
        }
    }

    /// A write refused by the disk rather than by the data: the transaction rolled back, nothing changed.
    static func unavailable(_ error: DatabaseError) -> StoreError? {
        switch error.resultCode {
        case .SQLITE_FULL: .unavailable("the disk holding the store is full (SQLite: \(error.message ?? "full"))")
        case .SQLITE_READONLY: .unavailable("the store is read-only (SQLite: \(error.message ?? "read-only"))")
        case .SQLITE_IOERR, .SQLITE_CANTOPEN: .unavailable("the store's disk fails to write (SQLite: \(error.message ?? "I/O error"))")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            .unavailable("the store is damaged (SQLite: \(error.message ?? "corrupt")); stop kosd and restore the latest backup (kosd backup)")
        default: nil
        }
    }

    /// Whether the store can write, and every half minute whether its pages are sound: a store with damaged
    /// pages says so (`the store is damaged`) instead of reporting ready until a run trips over them.
    public func probeWrite() async throws {
        try await immediate { db in
            try db.execute(sql: "INSERT INTO health (id, at) VALUES (1, \(Self.nowSQL)) ON CONFLICT (id) DO UPDATE SET at = excluded.at")
        }
        let due = lastIntegrityCheck.withLock { last in
            guard last.map({ ContinuousClock.now - $0 >= Self.integrityInterval }) ?? true else { return false }
            last = .now
            return true
        }
        guard due else { return }
        let problems: [String]
        do {
            // A reader of its own, so writers are not held up while every page is read.
            problems = try await pool.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(3)") }
        } catch let error as DatabaseError {
            throw Self.unavailable(error) ?? error
        }
        if problems != ["ok"] {
            lastIntegrityCheck.withLock { $0 = nil }
            throw StoreError.unavailable("the store is damaged (\(problems.joined(separator: "; ").prefix(300))); stop kosd and restore the latest backup (kosd backup)")
        }
    }

    /// Copies the store to a new file with SQLite's online backup (committed transitions, the write-ahead log's
    /// included); returns how many audit entries the copy holds, read back from it.
    public func backup(to path: String) throws -> Int {
        let copy = try DatabaseQueue(path: path)
        try pool.backup(to: copy)
        return try copy.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0 }
    }

    /// How often `probeWrite` reads every page.
    static let integrityInterval: Duration = .seconds(30)
    private let lastIntegrityCheck = Mutex<ContinuousClock.Instant?>(nil)

    // MARK: People and tokens

    public func upsertPerson(_ person: Person, actor: String) async throws {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            let groups = String(decoding: try JSONSerialization.data(withJSONObject: person.groups), as: UTF8.self)
            try db.executeCached(sql: """
                INSERT INTO people (id, role, store, groups_json, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET role = excluded.role, store = excluded.store, groups_json = excluded.groups_json
                """, arguments: [person.id, person.role.rawValue, person.store, groups, now])
            try Self.appendAudit(db, at: now, actor: actor, action: .personSaved, subject: person.id,
                                 details: "role \(person.role.rawValue), groups \(person.groups.joined(separator: ",")), store \(person.store ?? "-")")
        }
    }

    public func createToken(personID: String, expiresAt: Int64?, actor: String) async throws -> String {
        let token = APIToken.generate()
        let digest = AuditChain.contentHash(Data(token.utf8))
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM people WHERE id = ?)"), arguments: [personID]) == true else {
                throw StoreError.notFound("person \(personID)")
            }
            try db.executeCached(sql: "INSERT INTO tokens (sha256, person_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                           arguments: [digest, personID, now, expiresAt])
            // The audit names the token by a prefix of its hash, never by the token.
            try Self.appendAudit(db, at: now, actor: actor, action: .tokenCreated, subject: personID, details: "sha256 \(digest.prefix(12))…")
        }
        return token
    }

    public func authenticate(token: String) async throws -> Person? {
        let digest = AuditChain.contentHash(Data(token.utf8))
        return try await pool.read { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT t.sha256, p.id, p.role, p.store, p.groups_json FROM tokens t JOIN people p ON p.id = t.person_id
                WHERE t.sha256 = ? AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ?)
                """), arguments: [digest, now]) else { return nil }
            // The lookup is by hash; compare again in constant time so no timing path depends on the secret.
            guard APIToken.constantTimeEqual(Array((row["sha256"] as String).utf8), Array(digest.utf8)) else { return nil }
            return Self.person(row)
        }
    }

    public func revokeTokens(personID: String, actor: String) async throws {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            try db.executeCached(sql: "UPDATE tokens SET revoked_at = ? WHERE person_id = ? AND revoked_at IS NULL", arguments: [now, personID])
            try Self.appendAudit(db, at: now, actor: actor, action: .tokenRevoked, subject: personID, details: "\(db.changesCount) tokens")
        }
    }

    public func person(id: String) async throws -> Person? {
        try await pool.read { db in try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM people WHERE id = ?"), arguments: [id]).map(Self.person) }
    }

    public func people() async throws -> [Person] {
        try await pool.read { db in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM people ORDER BY id")).map(Self.person) }
    }

    public func tokens() async throws -> [IssuedToken] {
        try await pool.read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT person_id, sha256, created_at, expires_at, revoked_at FROM tokens ORDER BY created_at, person_id")).map {
                IssuedToken(personID: $0["person_id"], fingerprint: String(($0["sha256"] as String).prefix(8)), createdAt: $0["created_at"],
                            expiresAt: $0["expires_at"], revokedAt: $0["revoked_at"])
            }
        }
    }

    static func person(_ row: Row) -> Person {
        let groups = (try? JSONSerialization.jsonObject(with: Data((row["groups_json"] as String).utf8)) as? [String]) ?? []
        return Person(id: row["id"], role: Person.Role(rawValue: row["role"]) ?? .creator, groups: groups, store: row["store"])
    }

    // MARK: Drafts

    public func submitDraft(_ submission: DraftSubmission) async throws -> SubmittedDraft {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            return try Self.insertSubmission(db, submission, now: now)
        }
    }

    static func insertSubmission(_ db: Database, _ submission: DraftSubmission, now: Int64) throws -> SubmittedDraft {
        if let key = submission.idempotencyKey,
           let row = try Row.fetchOne(db.cachedStatement(sql: """
               SELECT d.id, r.number, r.content_hash FROM drafts d JOIN revisions r ON r.draft_id = d.id AND r.number = 1
               WHERE d.creator_id = ? AND d.idempotency_key = ?
               """), arguments: [submission.creatorID, key]) {
            return SubmittedDraft(draftID: row["id"], revision: row["number"], contentHash: row["content_hash"], created: false)
        }
        let w = StoreRules.submission(submission)
        try db.executeCached(sql: "INSERT INTO drafts (id, creator_id, workflow, state, idempotency_key, created_at) VALUES (?, ?, ?, 'submitted', ?, ?)",
                       arguments: [w.draftID, submission.creatorID, submission.workflow, submission.idempotencyKey, now])
        try db.executeCached(sql: "INSERT INTO revisions (draft_id, number, content_hash, content, created_at, title) VALUES (?, 1, ?, ?, ?, ?)",
                       arguments: [w.draftID, w.contentHash, submission.content, now, submission.title])
        try insertRevisionMedia(db, draftID: w.draftID, revision: 1, submission.media)
        try appendAudit(db, at: now, actor: submission.creatorID, w.audit)
        return SubmittedDraft(draftID: w.draftID, revision: 1, contentHash: w.contentHash, created: true)
    }

    public func submitBatch(_ submissions: [RunSubmission]) async throws -> [SubmittedDraft] {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            return try submissions.map { s in
                let submitted = try Self.insertSubmission(db, s.submission, now: now)
                if submitted.created {
                    _ = try Self.insertRun(db, now: now, draftID: submitted.draftID, revision: 1, workflow: s.submission.workflow,
                                           definitionsVersion: s.submission.definitionsVersion,
                                           first: s.firstStep.map { ($0.index, $0.id) }, actor: s.submission.creatorID)
                }
                return submitted
            }
        }
    }

    public func addRevision(draftID: String, content: Data, actor: String) async throws -> Int {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            guard let last = try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(number) FROM revisions WHERE draft_id = ?"), arguments: [draftID]) else {
                throw StoreError.notFound("draft \(draftID)")
            }
            let hash = AuditChain.contentHash(content)
            try db.executeCached(sql: "INSERT INTO revisions (draft_id, number, content_hash, content, created_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [draftID, last + 1, hash, content, now])
            try Self.appendAudit(db, at: now, actor: actor, action: .draftRevised, subject: draftID, details: "revision \(last + 1) \(hash)")
            return last + 1
        }
    }

    public func draft(id: String) async throws -> StoredDraft? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, creator_id, workflow, state FROM drafts WHERE id = ?"), arguments: [id]) else { return nil }
            let revisions = try Row.fetchAll(db.cachedStatement(sql: "SELECT number, content_hash, content FROM revisions WHERE draft_id = ? ORDER BY number"), arguments: [id])
                .map { StoredDraft.Revision(number: $0["number"], contentHash: $0["content_hash"], content: $0["content"]) }
            return StoredDraft(id: row["id"], creatorID: row["creator_id"], workflow: row["workflow"], state: try .stored(row["state"]), revisions: revisions)
        }
    }

    static let summarySQL = """
        SELECT d.id, d.creator_id, d.workflow, d.state, d.created_at,
          v.number AS revision, v.content_hash, v.title,
          r.id AS run_id, r.revision AS run_revision, r.workflow AS run_workflow, r.state AS run_state, r.reason AS run_reason,
          r.definitions_version AS run_definitions_version,
          r.updated_at AS run_updated_at,
          s.step_index, s.step_id, s.state AS step_state, s.due_at, s.ready_at
        FROM drafts d
        JOIN revisions v ON v.draft_id = d.id AND v.number = (SELECT MAX(number) FROM revisions WHERE draft_id = d.id)
        LEFT JOIN runs r ON r.rowid = (SELECT rowid FROM runs WHERE draft_id = d.id ORDER BY rowid DESC LIMIT 1)
        LEFT JOIN steps s ON s.run_id = r.id AND s.state IN ('pending', 'claimed')
        """

    static func summary(_ row: Row) throws -> DraftSummary {
        let run: StoredRun? = try (row["run_id"] as String?).map {
            StoredRun(id: $0, draftID: row["id"], revision: row["run_revision"], workflow: row["run_workflow"], status: try .stored(row["run_state"]),
                      reason: row["run_reason"], definitionsVersion: row["run_definitions_version"])
        }
        let step: OpenStep? = try (row["step_id"] as String?).map {
            OpenStep(index: row["step_index"], id: $0, state: try .stored(row["step_state"]), dueAt: row["due_at"], readyAt: row["ready_at"] ?? row["due_at"])
        }
        let created: Int64 = row["created_at"]
        return DraftSummary(id: row["id"], creatorID: row["creator_id"], workflow: row["workflow"], state: try .stored(row["state"]), revision: row["revision"],
                            contentHash: row["content_hash"], title: row["title"], createdAt: created, updatedAt: max(created, row["run_updated_at"] ?? created),
                            run: run, openStep: step)
    }

    public func drafts(creatorID: String?, openOnly: Bool) async throws -> [DraftSummary] {
        try await pool.read { db in
            try Row.fetchAll(db.cachedStatement(sql: Self.summarySQL + """
                WHERE (?1 IS NULL OR d.creator_id = ?1) AND (?2 = 0 OR r.state = 'running')
                ORDER BY d.created_at DESC, d.rowid DESC
                """), arguments: [creatorID, openOnly]).map(Self.summary)
        }
    }

    public func draftSummary(id: String) async throws -> DraftSummary? {
        try await pool.read { db in try Row.fetchOne(db.cachedStatement(sql: Self.summarySQL + " WHERE d.id = ?"), arguments: [id]).map(Self.summary) }
    }

    /// Ends a draft's running run with `status` and cancels its open step (a worker holding it is fenced out).
    static func endRunningRun(_ db: Database, draftID: String, status: RunStatus, reason: String, now: Int64, actor: String) throws {
        for runID in try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM runs WHERE draft_id = ? AND state = 'running'"), arguments: [draftID]) {
            let w = StoreRules.endRun(runID, status: status, reason: reason)
            try db.executeCached(sql: "UPDATE steps SET state = 'cancelled', lease_owner = NULL, lease_until = NULL WHERE run_id = ? AND state IN ('pending', 'claimed')",
                           arguments: [runID])
            try db.executeCached(sql: "UPDATE runs SET state = ?, reason = ?, updated_at = ? WHERE id = ?", arguments: [w.status.rawValue, w.reason, now, runID])
            try appendAudit(db, at: now, actor: actor, w.audit)
        }
    }

    public func reviseDraft(draftID: String, content: Data, title: String?, media: [String: String], firstStep: (index: Int, id: String)?,
                            definitionsVersion: String?, actor: String) async throws -> (revision: Int, runID: String) {
        let first = firstStep.map { ($0.index, $0.id) }
        return try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            guard let draft = try Row.fetchOne(db.cachedStatement(sql: "SELECT workflow, state FROM drafts WHERE id = ?"), arguments: [draftID]),
                  let last = try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(number) FROM revisions WHERE draft_id = ?"), arguments: [draftID]) else {
                throw StoreError.notFound("draft \(draftID)")
            }
            let w = try StoreRules.revision(draftID: draftID, state: .stored(draft["state"]), last: last, content: content)
            try db.executeCached(sql: "INSERT INTO revisions (draft_id, number, content_hash, content, created_at, title) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [draftID, w.number, w.contentHash, content, now, title])
            try Self.insertRevisionMedia(db, draftID: draftID, revision: w.number, media)
            try Self.appendAudit(db, at: now, actor: actor, w.audit)
            try Self.endRunningRun(db, draftID: draftID, status: .superseded, reason: w.supersededBecause, now: now, actor: actor)
            let run = try Self.insertRun(db, now: now, draftID: draftID, revision: w.number, workflow: draft["workflow"],
                                         definitionsVersion: definitionsVersion, first: first, actor: actor)
            return (w.number, run)
        }
    }

    public func withdrawDraft(draftID: String, reason: String, actor: String) async throws {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            try db.executeCached(sql: "UPDATE drafts SET state = 'withdrawn' WHERE id = ?", arguments: [draftID])
            guard db.changesCount == 1 else { throw StoreError.notFound("draft \(draftID)") }
            try Self.appendAudit(db, at: now, actor: actor, action: .draftWithdrawn, subject: draftID, details: reason)
            try Self.endRunningRun(db, draftID: draftID, status: .withdrawn, reason: reason, now: now, actor: actor)
        }
    }

    public func putMedia(_ bytes: Data) async throws -> String {
        let hash = AuditChain.contentHash(bytes)
        try await immediate { db in
            try db.executeCached(sql: "INSERT INTO media (sha256, bytes, size) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING", arguments: [hash, bytes, bytes.count])
        }
        return hash
    }

    static func insertRevisionMedia(_ db: Database, draftID: String, revision: Int, _ media: [String: String]) throws {
        for (path, sha256) in media.sorted(by: { $0.key < $1.key }) {
            try db.executeCached(sql: "INSERT INTO revision_media (draft_id, revision, path, sha256) VALUES (?, ?, ?, ?)", arguments: [draftID, revision, path, sha256])
        }
    }

    public func revisionMedia(draftID: String, revision: Int) async throws -> [String: StoredMedia] {
        try await pool.read { db in
            var out: [String: StoredMedia] = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT r.path, r.sha256, COALESCE(m.size, 0) AS size FROM revision_media r LEFT JOIN media m ON m.sha256 = r.sha256
                WHERE r.draft_id = ? AND r.revision = ?
                """), arguments: [draftID, revision]) {
                out[row["path"]] = StoredMedia(sha256: row["sha256"], size: row["size"])
            }
            return out
        }
    }

    public func media(sha256: String) async throws -> Data? {
        try await pool.read { db in try Data.fetchOne(db.cachedStatement(sql: "SELECT bytes FROM media WHERE sha256 = ?"), arguments: [sha256]) }
    }

    public func mediaLinkKey() async throws -> Data {
        if let key = try await pool.read({ db in try Data.fetchOne(db.cachedStatement(sql: "SELECT value FROM kos_keys WHERE name = 'media-links'")) }) {
            return key
        }
        let made = Data(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
        return try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            try db.executeCached(sql: "INSERT INTO kos_keys (name, value, created_at) VALUES ('media-links', ?, ?) ON CONFLICT (name) DO NOTHING", arguments: [made, now])
            return try Data.fetchOne(db.cachedStatement(sql: "SELECT value FROM kos_keys WHERE name = 'media-links'"))!
        }
    }

    public func history(draftID: String) async throws -> [AuditEntry] {
        try await pool.read { db in
            let runs = try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM runs WHERE draft_id = ?"), arguments: [draftID])
            let subjects = [draftID] + runs
            let placeholders = Array(repeating: "?", count: subjects.count).joined(separator: ", ")
            let prefixes = runs.map { _ in "subject LIKE ? ESCAPE '\\'" }.joined(separator: " OR ")
            let sql = "SELECT * FROM audit WHERE subject IN (\(placeholders))" + (runs.isEmpty ? "" : " OR " + prefixes) + " ORDER BY seq"
            let arguments = StatementArguments(subjects + runs.map { $0.replacingOccurrences(of: "_", with: "\\_") + "/%" })
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.auditEntry)
        }
    }

    static func auditEntry(_ row: Row) -> AuditEntry {
        AuditEntry(seq: row["seq"], at: row["at"], actor: row["actor"], action: row["action"], subject: row["subject"],
                   details: row["details"], previousHash: row["previous_hash"], hash: row["hash"])
    }

    // MARK: Runs

    public func startRun(draftID: String, revision: Int, workflow: String, firstStep: (index: Int, id: String)?, actor: String) async throws -> String {
        let first = firstStep.map { ($0.index, $0.id) }
        return try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            return try Self.insertRun(db, now: now, draftID: draftID, revision: revision, workflow: workflow, definitionsVersion: nil, first: first, actor: actor)
        }
    }

    static func insertRun(_ db: Database, now: Int64, draftID: String, revision: Int, workflow: String, definitionsVersion: String?,
                          first: (Int, String)?, actor: String) throws -> String {
        let id = "r-" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        try db.executeCached(sql: "INSERT INTO runs (id, draft_id, revision, workflow, state, created_at, updated_at, definitions_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       arguments: [id, draftID, revision, workflow, first == nil ? "completed" : "running", now, now, definitionsVersion])
        if let (index, stepID) = first {
            try db.executeCached(sql: "INSERT INTO steps (run_id, step_index, step_id, state, due_at, ready_at) VALUES (?, ?, ?, 'pending', ?, ?)",
                           arguments: [id, index, stepID, now, now])
        }
        try appendAudit(db, at: now, actor: actor, action: .runStarted, subject: String(id), details: "\(workflow) on \(draftID) revision \(revision)")
        return String(id)
    }

    public func run(id: String) async throws -> StoredRun? {
        try await pool.read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM runs WHERE id = ?"), arguments: [id]).map {
                StoredRun(id: $0["id"], draftID: $0["draft_id"], revision: $0["revision"], workflow: $0["workflow"], status: try .stored($0["state"]), reason: $0["reason"],
                          definitionsVersion: $0["definitions_version"])
            }
        }
    }

    public func recordDefinitions(_ files: [DefinitionFile]) async throws -> String {
        let sorted = files.sorted { $0.path < $1.path }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try encoder.encode(sorted)
        let version = "defs-" + AuditChain.contentHash(json).prefix(12)
        try await immediate { db in
            try db.execute(sql: "INSERT INTO definition_versions (version, files, recorded_at) VALUES (?, ?, \(Self.nowSQL)) ON CONFLICT (version) DO UPDATE SET recorded_at = excluded.recorded_at",
                           arguments: [version, String(decoding: json, as: UTF8.self)])
        }
        return version
    }

    public func currentDefinitionsVersion() async throws -> String? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT version FROM definition_versions ORDER BY recorded_at DESC, rowid DESC LIMIT 1")
        }
    }

    public func definitions(version: String) async throws -> [DefinitionFile]? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT files FROM definition_versions WHERE version = ?", arguments: [version])
        }.map { try JSONDecoder().decode([DefinitionFile].self, from: Data($0.utf8)) }
    }

    public func recordDecision(runID: String, stepIndex: Int, reviewerID: String, approve: Bool, contentHash: String, reason: String?) async throws {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            let current = try String.fetchOne(db.cachedStatement(sql: """
                SELECT v.content_hash FROM runs r JOIN revisions v ON v.draft_id = r.draft_id AND v.number = r.revision
                WHERE r.id = ? AND r.state = 'running'
                """), arguments: [runID])
            guard current == contentHash else { throw StoreError.undecidable(runID: runID, contentHash: contentHash, running: current != nil) }
            try db.executeCached(sql: "INSERT INTO approvals (run_id, step_index, reviewer_id, decision, content_hash, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [runID, stepIndex, reviewerID, approve ? "approve" : "reject", contentHash, reason, now])
            try Self.appendAudit(db, at: now, actor: reviewerID, action: approve ? .approvalApproved : .approvalRejected,
                                 subject: "\(runID)/\(stepIndex)", details: reason ?? contentHash)
            // Wake the step so the decision is acted on now, not at the next poll.
            try db.executeCached(sql: "UPDATE steps SET due_at = ? WHERE run_id = ? AND step_index = ? AND state = 'pending'", arguments: [now, runID, stepIndex])
        }
    }

    public func decisions(runID: String, stepIndex: Int) async throws -> [StoredDecision] {
        try await pool.read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM approvals WHERE run_id = ? AND step_index = ? ORDER BY id"), arguments: [runID, stepIndex]).map {
                StoredDecision(id: $0["id"], reviewerID: $0["reviewer_id"], approve: ($0["decision"] as String) == "approve", contentHash: $0["content_hash"],
                               reason: $0["reason"])
            }
        }
    }

    // MARK: Deliveries

    /// Records an attempt; the endpoint's health is updated in `healths` (the caller saves it once per
    /// transaction, however many attempts to the endpoint it holds).
    static func insertAttempt(_ db: Database, _ a: DeliveryAttempt, now: Int64, healths: inout [String: EndpointHealth]) throws -> Int {
        let deliveryID = StoreRules.deliveryID(of: a)
        try db.executeCached(sql: """
            INSERT INTO deliveries (id, run_id, step_index, endpoint, webhook_id, state, created_at) VALUES (?, ?, ?, ?, ?, 'pending', ?)
            ON CONFLICT (id) DO NOTHING
            """, arguments: [deliveryID, a.runID, a.stepIndex, a.endpoint, a.webhookID, now])
        let number = (try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(number) FROM delivery_attempts WHERE delivery_id = ?"), arguments: [deliveryID]) ?? 0) + 1
        let health = a.healthPolicy == nil ? EndpointHealth() : try healths[a.endpoint] ?? health(db, a.endpoint)
        let writes = StoreRules.attempt(a, number: number, health: health, now: now)
        try db.executeCached(sql: """
            INSERT INTO delivery_attempts (delivery_id, number, at, status, latency_ms, response_excerpt, error) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [deliveryID, number, now, a.status, a.latencyMillis, String(a.responseExcerpt.prefix(1024)), a.error])
        if let state = writes.state { try db.executeCached(sql: "UPDATE deliveries SET state = ? WHERE id = ?", arguments: [state.rawValue, deliveryID]) }
        if let after = writes.health { healths[a.endpoint] = after }
        for reason in writes.ownerNotices {
            // The owners hear of it: the notice is written with the change, and a worker sends it.
            try db.executeCached(sql: "INSERT INTO endpoint_notices (endpoint, kind, reason, created_at, due_at) VALUES (?, 'endpoint.disabled', ?, ?, ?)",
                                 arguments: [a.endpoint, reason, now, now])
        }
        for line in writes.audits { try appendAudit(db, at: now, actor: "delivery", line) }
        return number
    }

    public func claim(worker: String, leaseMillis: Int64, limit: Int) async throws -> [ClaimedStep] {
        // Look before taking the write lock: an idle worker's poll is a read, not a transaction that blocks writers.
        let due = try await pool.read { db in
            try Bool.fetchOne(db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM steps WHERE state = 'pending' AND due_at <= \(Self.nowSQL))
                    OR EXISTS (SELECT 1 FROM steps WHERE state = 'claimed' AND lease_until <= \(Self.nowSQL))
                """)) ?? false
        }
        guard due else { return [] }
        return try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            return try Self.claimDue(db, worker: worker, now: now, leaseMillis: leaseMillis, limit: limit)
        }
    }

    /// The due steps (pending and due, or claimed with an ended lease), oldest first, taken for `worker`.
    static func claimDue(_ db: Database, worker: String, now: Int64, leaseMillis: Int64, limit: Int) throws -> [ClaimedStep] {
        var claimed: [ClaimedStep] = []
        guard limit > 0 else { return claimed }
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM (
              SELECT id, run_id, step_index, step_id, epoch, state, lease_owner, ready_at, due_at AS at FROM steps
                WHERE state = 'pending' AND due_at <= ?1
              UNION ALL
              SELECT id, run_id, step_index, step_id, epoch, state, lease_owner, ready_at, lease_until AS at FROM steps
                WHERE state = 'claimed' AND lease_until <= ?1)
            ORDER BY at LIMIT ?2
            """), arguments: [now, limit]) {
            claimed.append(try take(db, row, worker: worker, now: now, leaseMillis: leaseMillis))
        }
        return claimed
    }

    /// Claims one selected step row for `worker`: a new epoch, a lease, and an audit entry when it was taken over.
    static func take(_ db: Database, _ row: Row, worker: String, now: Int64, leaseMillis: Int64) throws -> ClaimedStep {
        let id: Int64 = row["id"]
        let epoch: Int64 = row["epoch"]
        let until = now + leaseMillis
        try db.executeCached(sql: "UPDATE steps SET state = 'claimed', epoch = epoch + 1, lease_owner = ?, lease_until = ? WHERE id = ? AND epoch = ?",
                       arguments: [worker, until, id, epoch])
        if (row["state"] as String) == "claimed" {
            try appendAudit(db, at: now, actor: worker, action: .leaseExpired, subject: "step \(id)",
                            details: "taken over from \(row["lease_owner"] as String? ?? "?") at epoch \(epoch)")
        }
        return ClaimedStep(id: id, runID: row["run_id"], stepIndex: row["step_index"], stepID: row["step_id"], epoch: epoch + 1, worker: worker,
                           leaseUntil: until, readyAt: row["ready_at"] ?? now)
    }

    public func commit(_ commits: [StepCommit], worker: String, leaseMillis: Int64, chain: Bool) async throws -> [CommitResult] {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            return try Self.commit(db, commits, worker: worker, leaseMillis: leaseMillis, chain: chain, now: now)
        }
    }

    public func commit(_ commits: [StepCommit], worker: String, leaseMillis: Int64, chain: Bool, refill: Int) async throws -> (results: [CommitResult], claimed: [ClaimedStep]) {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            let results = try Self.commit(db, commits, worker: worker, leaseMillis: leaseMillis, chain: chain, now: now)
            let chained = results.reduce(0) { n, r in if case .committed(_?) = r { n + 1 } else { n } }
            return (results, try Self.claimDue(db, worker: worker, now: now, leaseMillis: leaseMillis, limit: refill - chained))
        }
    }

    static func commit(_ db: Database, _ commits: [StepCommit], worker: String, leaseMillis: Int64, chain: Bool, now: Int64) throws -> [CommitResult] {
        var results: [CommitResult] = []
        var healths: [String: EndpointHealth] = [:]
        for c in commits {
            let step = c.step
            let plan = StoreRules.commit(c, worker: worker)
            // Fenced: only the current holder writes; the fenced update comes first, and nothing else of a
            // stale step is written.
            switch plan.fence {
            case .release(let dueAt, let seen):
                try db.executeCached(sql: """
                    UPDATE steps SET state = 'pending', lease_owner = NULL, lease_until = NULL,
                      due_at = CASE WHEN ? IS NOT NULL AND EXISTS (SELECT 1 FROM approvals a WHERE a.run_id = steps.run_id AND a.step_index = steps.step_index AND a.id > ?)
                               THEN ? ELSE ? END
                    WHERE id = ? AND epoch = ? AND state = 'claimed'
                    """, arguments: [seen, seen, now, dueAt, step.id, step.epoch])
            case .complete(let outcome):
                try db.executeCached(sql: "UPDATE steps SET state = 'done', outcome = ?, completed_at = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND epoch = ? AND state = 'claimed'",
                                     arguments: [outcome, now, step.id, step.epoch])
            }
            guard db.changesCount == 1 else {
                results.append(.stale)
                continue
            }
            var chained: ClaimedStep?
            for write in plan.writes {
                switch write {
                case .completion(let outcome, let result):
                    try db.executeCached(sql: "INSERT INTO step_completions (run_id, step_index, epoch, worker, outcome, at, result) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                         arguments: [step.runID, step.stepIndex, step.epoch, step.worker, outcome, now, result])
                case .attempt(let attempt): _ = try Self.insertAttempt(db, attempt, now: now, healths: &healths)
                case .audit(let actor, let line):
                    try Self.appendAudit(db, at: now, actor: actor, line)
                case .booking(let booking): try Self.updateBooking(db, booking, subject: "\(step.runID)/\(step.stepIndex)", now: now)
                case .next(let next):
                    try db.executeCached(sql: """
                        INSERT INTO steps (run_id, step_index, step_id, state, due_at, ready_at) VALUES (?, ?, ?, 'pending', ?, ?)
                        ON CONFLICT (run_id, step_index) DO UPDATE SET state = 'pending', due_at = excluded.due_at, ready_at = excluded.ready_at,
                          outcome = NULL, completed_at = NULL, lease_owner = NULL, lease_until = NULL
                        """, arguments: [step.runID, next.index, next.id, next.dueAt, now])
                    if chain, next.dueAt <= now, let row = try Row.fetchOne(db.cachedStatement(sql: """
                        SELECT id, run_id, step_index, step_id, epoch, state, lease_owner, ready_at FROM steps WHERE run_id = ? AND step_index = ?
                        """), arguments: [step.runID, next.index]) {
                        chained = try Self.take(db, row, worker: worker, now: now, leaseMillis: leaseMillis)
                    }
                case .runEnded(let status, let reason):
                    try db.executeCached(sql: "UPDATE runs SET state = ?, reason = ?, updated_at = ? WHERE id = ?", arguments: [status.rawValue, reason, now, step.runID])
                }
            }
            results.append(.committed(next: chained))
        }
        for (endpoint, health) in healths { try Self.saveHealth(db, endpoint, health, now: now) }
        return results
    }

    public func stepContext(runID: String) async throws -> StepContext? {
        try await pool.read { db in try Self.stepContext(db, runID: runID) }
    }

    public func stepContexts(runIDs: [String]) async throws -> [String: StepContext] {
        try await pool.read { db in
            var out: [String: StepContext] = [:]
            for id in Set(runIDs) {
                // A run whose state this kosd cannot read is left out (its step fails, saying so); the others go on.
                do { out[id] = try Self.stepContext(db, runID: id) } catch let error as StoreError where error.kind == .unknownState { continue }
            }
            return out
        }
    }

    static func stepContext(_ db: Database, runID: String) throws -> StepContext? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT r.id, r.draft_id, r.revision, r.workflow, r.state, r.reason, r.definitions_version, v.content, v.content_hash, d.creator_id
            FROM runs r JOIN revisions v ON v.draft_id = r.draft_id AND v.number = r.revision JOIN drafts d ON d.id = r.draft_id
            WHERE r.id = ?
            """), arguments: [runID]) else { return nil }
        let run = StoredRun(id: row["id"], draftID: row["draft_id"], revision: row["revision"], workflow: row["workflow"], status: try .stored(row["state"]), reason: row["reason"],
                            definitionsVersion: row["definitions_version"])
        let creator = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM people WHERE id = ?"), arguments: [row["creator_id"] as String]).map(Self.person)
        var completions: [Int: StepContext.Completion] = [:]
        for c in try Row.fetchAll(db.cachedStatement(sql: "SELECT step_index, outcome, result FROM step_completions WHERE run_id = ? ORDER BY rowid"), arguments: [runID]) {
            completions[c["step_index"]] = StepContext.Completion(outcome: c["outcome"], result: c["result"])
        }
        var attempts: [Int: Int] = [:]
        for a in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT d.step_index, COUNT(*) - MAX(d.replayed_after) AS n FROM deliveries d JOIN delivery_attempts a ON a.delivery_id = d.id WHERE d.run_id = ? GROUP BY d.step_index
            """), arguments: [runID]) {
            attempts[a["step_index"]] = a["n"]
        }
        return StepContext(run: run, content: row["content"], contentHash: row["content_hash"], creator: creator, completions: completions, attempts: attempts)
    }

    // MARK: Step queue

    public func enqueue(runID: String, stepIndex: Int, stepID: String, dueAt: Int64) async throws {
        try await immediate { db in
            try db.executeCached(sql: "INSERT INTO steps (run_id, step_index, step_id, state, due_at, ready_at) VALUES (?, ?, ?, 'pending', ?, ?) ON CONFLICT (run_id, step_index) DO NOTHING",
                           arguments: [runID, stepIndex, stepID, dueAt, dueAt])
        }
    }

    public func recordStrikes(stepIDs: [Int64], reason: String, limit: Int, actor: String) async throws -> [Int64] {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            var parked: [Int64] = []
            for id in stepIDs {
                try db.executeCached(sql: "UPDATE steps SET strikes = strikes + 1 WHERE id = ? AND state IN ('pending', 'claimed')", arguments: [id])
                guard db.changesCount == 1,
                      let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT run_id, step_id, strikes FROM steps WHERE id = ?"), arguments: [id]) else { continue }
                let strikes: Int = row["strikes"], runID: String = row["run_id"], stepID: String = row["step_id"]
                try Self.appendAudit(db, at: now, actor: actor, action: .stepStruck, subject: "step \(id)", details: "strike \(strikes) of \(limit): \(reason)")
                guard strikes >= limit else { continue }
                try db.executeCached(sql: "UPDATE steps SET state = 'parked', lease_owner = NULL, lease_until = NULL WHERE id = ?", arguments: [id])
                try db.executeCached(sql: "UPDATE steps SET state = 'cancelled', lease_owner = NULL, lease_until = NULL WHERE run_id = ? AND state IN ('pending', 'claimed')",
                                     arguments: [runID])
                let why = "parked: step \(stepID) stopped a worker \(strikes) times (\(reason)); an admin looks at the draft and the checks"
                try db.executeCached(sql: "UPDATE runs SET state = 'parked', reason = ?, updated_at = ? WHERE id = ? AND state = 'running'", arguments: [why, now, runID])
                try Self.appendAudit(db, at: now, actor: actor, action: .runParked, subject: runID, details: why)
                parked.append(id)
            }
            return parked
        }
    }

    public func claim(worker: String, leaseMillis: Int64) async throws -> ClaimedStep? {
        try await claim(worker: worker, leaseMillis: leaseMillis, limit: 1).first
    }

    /// Marks a claimed step done if, and only if, it is still held at its epoch, and records the completion;
    /// false (nothing written) when another worker holds it now.
    /// One host's file: its supervisor pokes its workers; nobody else announces work.
    public var isShared: Bool { false }

    @discardableResult
    public func waitForSteps(timeoutMillis: Int) async throws -> Bool {
        try await Task.sleep(for: .milliseconds(max(timeoutMillis, 0)))
        return false
    }

    public func renew(_ step: ClaimedStep, leaseMillis: Int64) async throws -> ClaimedStep {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            try db.executeCached(sql: "UPDATE steps SET lease_until = ? WHERE id = ? AND epoch = ? AND state = 'claimed' AND lease_until > ?",
                           arguments: [now + leaseMillis, step.id, step.epoch, now])
            guard db.changesCount == 1 else { throw StoreError.staleEpoch(step: step.id, epoch: step.epoch) }
            var renewed = step
            renewed.leaseUntil = now + leaseMillis
            return renewed
        }
    }

    public func completions(runID: String, stepIndex: Int) async throws -> [StepCompletion] {
        try await pool.read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM step_completions WHERE run_id = ? AND step_index = ? ORDER BY at"), arguments: [runID, stepIndex])
                .map { StepCompletion(runID: $0["run_id"], stepIndex: $0["step_index"], epoch: $0["epoch"], worker: $0["worker"], outcome: $0["outcome"], at: $0["at"],
                                      result: $0["result"]) }
        }
    }

    // MARK: Operations

    public func metrics() async throws -> StoreMetrics {
        try await pool.read { db in
            let now = try Int64.fetchOne(db, sql: "SELECT \(Self.nowSQL)")!
            var runs: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n FROM runs GROUP BY state") { runs[row["state"]] = row["n"] }
            let pending = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM steps WHERE state = 'pending'") ?? 0
            let claimed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM steps WHERE state = 'claimed'") ?? 0
            let due = try Row.fetchOne(db, sql: """
                SELECT COUNT(*) AS n, MIN(MAX(due_at, COALESCE(ready_at, due_at))) AS since FROM steps WHERE state = 'pending' AND due_at <= ?
                """, arguments: [now])
            let since: Int64? = due?["since"]
            var deliveries: [String: [String: Int]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT endpoint, state, COUNT(*) AS n FROM deliveries GROUP BY endpoint, state") {
                deliveries[row["endpoint"], default: [:]][row["state"]] = row["n"]
            }
            let expiries = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit WHERE action = 'lease.expired'") ?? 0
            var metrics = StoreMetrics(runs: runs, stepsPending: pending, stepsDue: due?["n"] ?? 0, stepsClaimed: claimed,
                                       oldestDueMillis: since.map { max(0, now - $0) } ?? 0, deliveries: deliveries, leaseExpiries: expiries)
            // Bucketed in SQL: one pass over the finished steps, whatever their number.
            let bounds = StoreMetrics.durationBuckets
            let columns = bounds.enumerated().map { "SUM(d <= \(Int64($0.element * 1000))) AS b\($0.offset)" }.joined(separator: ", ")
            metrics.stepDurations = try Row.fetchAll(db, sql: """
                SELECT workflow, step_id, COUNT(*) AS n, SUM(d) AS total, \(columns) FROM (
                  SELECT r.workflow, s.step_id, MAX(0, s.completed_at - COALESCE(s.ready_at, s.due_at)) AS d
                  FROM steps s JOIN runs r ON r.id = s.run_id WHERE s.state = 'done' AND s.completed_at IS NOT NULL)
                GROUP BY workflow, step_id ORDER BY workflow, step_id
                """).map { row in
                StoreMetrics.DurationHistogram(workflow: row["workflow"], step: row["step_id"], buckets: bounds.indices.map { row["b\($0)"] ?? 0 },
                                               count: row["n"], sumSeconds: Double(row["total"] as Int64? ?? 0) / 1000)
            }
            return metrics
        }
    }

    // MARK: Audit

    /// The audit log's last (seq, hash) as this transaction left it, by connection: a batch appends many
    /// entries, and reads the tail once.
    static let auditTails = Mutex<[Int: (seq: Int64, hash: String)]>([:])

    static func connectionKey(_ db: Database) -> Int { Int(bitPattern: db.sqliteConnection) }

    static func appendAudit(_ db: Database, at: Int64, actor: String, _ line: StoreRules.AuditLine) throws {
        try appendAudit(db, at: at, actor: actor, action: line.action, subject: line.subject, details: line.details)
    }

    static func appendAudit(_ db: Database, at: Int64, actor: String, action: AuditAction, subject: String, details: String) throws {
        let key = connectionKey(db)
        let tail: (seq: Int64, hash: String)
        if let cached = auditTails.withLock({ $0[key] }) {
            tail = cached
        } else {
            let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"))
            tail = (last?["seq"] ?? 0, last?["hash"] ?? AuditChain.genesis)
        }
        let seq = tail.seq + 1
        let hash = AuditChain.hash(previous: tail.hash, seq: seq, at: at, actor: actor, action: action.rawValue, subject: subject, details: details)
        try db.executeCached(sql: "INSERT INTO audit (seq, at, actor, action, subject, details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       arguments: [seq, at, actor, action.rawValue, subject, details, tail.hash, hash])
        auditTails.withLock { $0[key] = (seq, hash) }
    }

    public func audit(actor: String, action: AuditAction, subject: String, details: String) async throws {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            try Self.appendAudit(db, at: now, actor: actor, action: action, subject: subject, details: details)
        }
    }

    public func auditEntries() async throws -> [AuditEntry] {
        try await pool.read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM audit ORDER BY rowid")).map(Self.auditEntry)
        }
    }

    public func verifyAudit() async throws -> AuditProblem? {
        AuditChain.verify(try await auditEntries())
    }

    /// Runs SQL directly: for tests that tamper with the audit log as an intruder would.
    public func execute(_ sql: String) async throws {
        try await pool.writeWithoutTransaction { db in try db.execute(sql: sql) }
    }

    public func schema() async throws -> [String: [String: SchemaColumn]] {
        try await pool.read { db in
            var out: [String: [String: SchemaColumn]] = [:]
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'")
            for table in tables {
                for row in try Row.fetchAll(db, sql: "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)", arguments: [table]) {
                    // A single INTEGER PRIMARY KEY is SQLite's rowid: never null, whatever the declaration says.
                    let notNull: Bool = (row["notnull"] as Int) != 0 || (row["pk"] as Int) != 0
                    out[table, default: [:]][row["name"] as String] = SchemaColumn(type: SchemaColumn.common(row["type"]), nullable: !notNull)
                }
            }
            return out
        }
    }

    /// The journal mode and synchronous level in force on a writing connection (`wal`, 2 = FULL).
    public func durability() async throws -> (journalMode: String, synchronous: Int) {
        try await pool.write { db in
            (try String.fetchOne(db.cachedStatement(sql: "PRAGMA journal_mode")) ?? "", try Int.fetchOne(db.cachedStatement(sql: "PRAGMA synchronous")) ?? -1)
        }
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    public func integrityCheck() async throws -> String {
        try await pool.read { db in try String.fetchOne(db.cachedStatement(sql: "PRAGMA integrity_check")) ?? "" }
    }
}

extension Database {
    /// Executes a statement compiled once per connection and kept: the hot paths run the same few statements
    /// thousands of times a second.
    func executeCached(sql: String, arguments: StatementArguments) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
