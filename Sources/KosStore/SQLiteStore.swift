public import Foundation
import GRDB
import Synchronization
import Crypto
import KosCore

/// The embedded store: SQLite through GRDB, in WAL mode with `synchronous=FULL`, so every transition
/// acknowledged to a client or a peer survives a power cut (a worker's claim alone, which nobody is told about,
/// does not wait for the disk: see `immediate(_:then:durable:)`). Several processes (the supervisor and its
/// workers) open the same file; SQLite serialises their writes, and every read-then-write runs in an
/// IMMEDIATE transaction so two claims can never interleave.
public final class SQLiteStore: Store, RawSQLStore {
    let pool: DatabasePool
    /// A connection of its own for looking up API tokens, read on the caller's thread: every request asks it first,
    /// and a trip to the pool's reader queue and back cost more than the query. It is never held across a
    /// suspension (so it cannot starve the way a pool reader kept across one can), only behind its own lock.
    /// Opened at the first look: a worker or a command that never checks a token never opens it.
    private let tokenConnection = Mutex<DatabaseQueue?>(nil)

    public let path: String

    /// Whether transactions run on the thread that asks for them, blocking it, rather than on GRDB's queues (a
    /// hop there and back: two thread wake-ups a call). For a process with one loop that waits on the store
    /// anyway: a worker. The API keeps the hop, so that requests waiting for the write lock do not hold the few
    /// threads every other request needs.
    public let transactionsOnCallingThread: Bool

    /// Opens (creating if needed) the database at `path` and applies migrations.
    public init(path: String, transactionsOnCallingThread: Bool = false) throws {
        self.path = path
        self.transactionsOnCallingThread = transactionsOnCallingThread
        try Paths.createParent(of: path)
        var config = Configuration()
        config.busyMode = Self.busyMode
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        pool = try DatabasePool(path: path, configuration: config)
        // GRDB lowers `synchronous` to NORMAL when it switches the writer to WAL; raise it again.
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        try Self.migrate(pool)
    }

    /// Several processes write (the API and each worker). SQLite's own busy timeout sleeps in steps of up to
    /// 100 ms, which turned a held write lock into 40–180 ms waits under load; retry after 50 µs, then ever less
    /// often down to every 1 ms (a write transaction holds the lock for a few tenths of a millisecond), for up to
    /// about 20 s.
    static var busyMode: Database.BusyMode {
        .callback { tries in
            guard tries < 20_000 else { return false }
            usleep(useconds_t(min(1000, 50 + tries * 25)))
            return true
        }
    }

    /// The connection tokens are looked up on (`tokenConnection`), opened read-only on first use.
    func tokenReader() throws -> DatabaseQueue {
        try tokenConnection.withLock { queue in
            if let queue { return queue }
            var reading = Configuration()
            reading.readonly = true
            reading.busyMode = Self.busyMode
            let opened = try DatabaseQueue(path: path, configuration: reading)
            queue = opened
            return opened
        }
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
        m.registerMigration("16-console-credentials") { db in
            try db.execute(sql: """
                CREATE TABLE console_credentials (
                  sha256 TEXT PRIMARY KEY, kind TEXT NOT NULL, person_id TEXT NOT NULL REFERENCES people(id),
                  created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, used_at INTEGER, revoked_at INTEGER);
                """)
        }
        m.registerMigration("17-decision-suggestions") { db in
            // A reviewer's suggested rewording, kept with the decision that asked for changes.
            try db.execute(sql: "ALTER TABLE approvals ADD COLUMN suggestion TEXT")
        }
        m.registerMigration("18-step-escalations") { db in
            // The group an escalation handed an open approval step to, on the step itself; steps escalated before
            // take it from their latest completion.
            try db.execute(sql: """
                ALTER TABLE steps ADD COLUMN escalated_to TEXT;
                UPDATE steps SET escalated_to = substr((
                  SELECT c.outcome FROM step_completions c WHERE c.run_id = steps.run_id AND c.step_index = steps.step_index
                  ORDER BY c.at DESC, c.rowid DESC LIMIT 1), 14)
                WHERE state IN ('pending', 'claimed') AND (
                  SELECT c.outcome FROM step_completions c WHERE c.run_id = steps.run_id AND c.step_index = steps.step_index
                  ORDER BY c.at DESC, c.rowid DESC LIMIT 1) LIKE 'escalated to %';
                """)
        }
        m.registerMigration("19-run-creators") { db in
            // The author on the run too: a reviewer's queue reads steps and their runs, and nothing else.
            try db.execute(sql: """
                ALTER TABLE runs ADD COLUMN creator_id TEXT;
                UPDATE runs SET creator_id = (SELECT creator_id FROM drafts WHERE drafts.id = runs.draft_id);
                """)
        }
        m.registerMigration("20-directory") { db in
            // The staff directory (names, managers), leaving and being away, the register of platform accounts, and
            // requests sent as they are (a post.recall) beside the owners' notices.
            try db.execute(sql: """
                ALTER TABLE people ADD COLUMN name TEXT;
                ALTER TABLE people ADD COLUMN manager TEXT;
                ALTER TABLE people ADD COLUMN left_at INTEGER;
                ALTER TABLE people ADD COLUMN successor TEXT;
                ALTER TABLE people ADD COLUMN offboarded_at INTEGER;
                ALTER TABLE people ADD COLUMN offboard_report TEXT;
                ALTER TABLE people ADD COLUMN away_until INTEGER;
                ALTER TABLE people ADD COLUMN delegate TEXT;
                ALTER TABLE people ADD COLUMN agency TEXT;
                ALTER TABLE people ADD COLUMN tier TEXT;
                CREATE TABLE accounts (
                  id TEXT PRIMARY KEY, platform TEXT NOT NULL, handle TEXT NOT NULL, operator_id TEXT NOT NULL, ownership TEXT NOT NULL,
                  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
                CREATE INDEX accounts_operator ON accounts (operator_id);
                CREATE INDEX people_leaving ON people (left_at) WHERE left_at IS NOT NULL AND offboarded_at IS NULL;
                ALTER TABLE endpoint_notices ADD COLUMN body TEXT;
                """)
        }
        m.registerMigration("21-kit-versions") { db in
            // Each version of a campaign kit, by the definitions it was first recorded with: a draft made from a
            // version since replaced is still read against it.
            try db.execute(sql: """
                CREATE TABLE kit_versions (reference TEXT PRIMARY KEY, definitions_version TEXT NOT NULL, recorded_at INTEGER NOT NULL);
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
        try await readTransaction { db in try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))! }
    }

    func immediate<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await writing { db in try Self.inImmediateTransaction(db, body) }
    }

    /// `body` in a write transaction, then `read` of what it returned in a read transaction on the same
    /// connection: what the write's caller reads next (a worker's next round) is read after the write lock is
    /// let go, so other processes' writes do not wait for it, and without a second trip to a reader.
    ///
    /// `durable: false` commits without waiting for the disk (`synchronous = NORMAL` for this one transaction): for
    /// a write that no client, peer or receiver is told about, and that is safe to lose in a power cut — a worker's
    /// claim of due steps. SQLite keeps the database consistent either way, and the next durable commit on the file
    /// syncs the log that holds it; a claim lost with the power is taken again after the restart.
    ///
    /// `committed` runs between the two, once the write is committed (and, when durable, on disk).
    func immediate<T: Sendable, U: Sendable>(_ body: @escaping @Sendable (Database) throws -> T, committed: (@Sendable () -> Void)? = nil,
                                             then read: @escaping @Sendable (Database, T) throws -> U, durable: Bool = true) async throws -> U {
        try await writing { db in
            let written: T
            if durable {
                written = try Self.inImmediateTransaction(db, body)
            } else {
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                let result = Result { try Self.inImmediateTransaction(db, body) }
                // Every other write on this connection stays durable, whatever became of this one.
                try db.execute(sql: "PRAGMA synchronous = FULL")
                written = try result.get()
            }
            committed?()
            var out: U?
            try db.inTransaction(.deferred) {
                out = try read(db, written)
                return .commit
            }
            return out!
        }
    }

    /// `body` in a read transaction on one of the pool's readers: on the calling thread when
    /// `transactionsOnCallingThread`, else on the reader's queue.
    func readTransaction<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        if transactionsOnCallingThread { return try Self.readHere(pool, body) }
        return try await pool.read(body)
    }

    // Synchronous functions, so that GRDB's blocking variants are the ones called.
    private static func readHere<T>(_ pool: DatabasePool, _ body: (Database) throws -> T) throws -> T { try pool.read(body) }
    private static func writeHere<T>(_ pool: DatabasePool, _ work: (Database) throws -> T) throws -> T { try pool.writeWithoutTransaction(work) }

    /// `work` on the writer's connection, its refusals by the disk said as the store's.
    private func writing<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            if transactionsOnCallingThread { return try Self.writeHere(pool, work) }
            return try await pool.writeWithoutTransaction(work)
        } catch let error as DatabaseError {
            throw Self.unavailable(error) ?? error
        }
    }

    private static func inImmediateTransaction<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        var result: T?
        try db.inTransaction(.immediate) {
            // Other processes append to the audit log too: the tail is read afresh in every transaction.
            auditTails.withLock { $0[connectionKey(db)] = nil }
            result = try body(db)
            return .commit
        }
        return result!
    }

    /// A write refused by the disk rather than by the data: the transaction rolled back, nothing changed.
    static func unavailable(_ error: DatabaseError) -> StoreError? {
        switch error.resultCode {
        case .SQLITE_FULL: .unavailable(tr("the disk holding the store is full (SQLite: \(error.message ?? "full"))"))
        case .SQLITE_READONLY: .unavailable(tr("the store is read-only (SQLite: \(error.message ?? "read-only"))"))
        case .SQLITE_IOERR, .SQLITE_CANTOPEN: .unavailable(tr("the store's disk fails to write (SQLite: \(error.message ?? "I/O error"))"))
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            .unavailable(tr("the store is damaged (SQLite: \(error.message ?? "corrupt")); stop kosd and restore the latest backup (kosd backup)"))
        default: nil
        }
    }

    /// When `probeWrite` last read every page.
    let lastIntegrityCheck = Mutex<ContinuousClock.Instant?>(nil)

    // MARK: Audit

    static func auditEntry(_ row: Row) -> AuditEntry {
        AuditEntry(seq: row["seq"], at: row["at"], actor: row["actor"], action: row["action"], subject: row["subject"],
                   details: row["details"], previousHash: row["previous_hash"], hash: row["hash"])
    }

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
        try await readTransaction { db in
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
        try await readTransaction { db in
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
}

extension Database {
    /// Executes a statement compiled once per connection and kept: the hot paths run the same few statements
    /// thousands of times a second.
    func executeCached(sql: String, arguments: StatementArguments) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}

extension Database {
    /// The rows of a kept statement, each decoded by `decode` while SQLite still holds it. A row copied out
    /// (what `Row.fetchAll` and `Row.fetchOne` give) finds a column by name by lowercasing every column name
    /// before it, at each lookup; a row read in place looks the name up in its statement's index. On a worker's
    /// path that was ~200 lookups a delivery, 3 % of the worker's instructions.
    func decodeAll<T>(sql: String, arguments: StatementArguments, _ decode: (Row) throws -> T) throws -> [T] {
        var out: [T] = []
        let rows = try Row.fetchCursor(cachedStatement(sql: sql), arguments: arguments)
        while let row = try rows.next() { out.append(try decode(row)) }
        return out
    }

    /// The first row of a kept statement, decoded in place (see ``decodeAll(sql:arguments:_:)``).
    func decodeFirst<T>(sql: String, arguments: StatementArguments, _ decode: (Row) throws -> T) throws -> T? {
        let rows = try Row.fetchCursor(cachedStatement(sql: sql), arguments: arguments)
        return try rows.next().map(decode)
    }
}
