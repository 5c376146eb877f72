import Foundation
import KosCore
import Logging
import NIOSSL
import PostgresNIO
import Synchronization

/// The store on PostgreSQL, for several kosd hosts sharing the work (postgres-nio).
///
/// Time is the database's clock (`clock_timestamp()`), so leases and epochs mean the same on every host.
/// Claims take due steps with `FOR UPDATE SKIP LOCKED`: two hosts claiming at once take different steps and
/// never wait for each other. Audit entries are appended under a transaction-scoped advisory lock, so two
/// hosts never fork the hash chain. Migrations run under a session advisory lock: hosts starting together
/// apply each one once.
/// Endpoint health, rate-limit buckets and slot bookings are row- or advisory-locked in the transaction that
/// changes them, for the same reason. The shared conformance suite runs against it as against SQLite.
public final class PostgresStore: RawSQLStore, @unchecked Sendable {
    let client: PostgresClient

    let runner: Task<Void, Never>

    let logger: Logger

    /// Keys of the advisory locks (any fixed numbers unlikely to clash with another application's).
    static let migrationLock: Int64 = 0x4B_4F_53_01

    static let auditLock: Int64 = 0x4B_4F_53_02

    /// The database clock in milliseconds.
    static let nowSQL = "(extract(epoch from clock_timestamp()) * 1000)::bigint"

    public struct Location: Sendable, Hashable {
        public var host: String
        public var port: Int
        public var user: String
        public var database: String
        public var password: String?
        /// libpq's `sslmode`: disable, prefer (the default: TLS when the server offers it), require (TLS, the
        /// certificate not checked), verify-ca (checked against `sslrootcert` or the system's roots), verify-full
        /// (that, and the host name).
        public var sslMode = "prefer"
        public var sslRootCert: String?

        /// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?password_file=PATH&sslmode=…&sslrootcert=PATH]`; without a
        /// password in the URL or a file, `PGPASSWORD` and then `PGPASSFILE` (libpq's format) are read.
        public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
            guard let parts = URLComponents(string: url), ["postgres", "postgresql"].contains(parts.scheme ?? ""),
                  let host = parts.host, !host.isEmpty, let user = parts.user, !user.isEmpty else {
                throw StoreError(.configuration, tr("not a PostgreSQL URL: write postgres://USER@HOST[:PORT]/DATABASE"))
            }
            self.host = host
            port = parts.port ?? 5432
            if let mode = parts.queryItems?.first(where: { $0.name == "sslmode" })?.value {
                let modes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]
                guard modes.contains(mode) else {
                    throw StoreError(.configuration, tr("sslmode is one of \(modes.joined(separator: ", ")), not '\(mode)'"))
                }
                sslMode = mode == "allow" ? "prefer" : mode
            }
            sslRootCert = parts.queryItems?.first(where: { $0.name == "sslrootcert" })?.value
            self.user = user
            database = String(parts.path.drop(while: { $0 == "/" }))
            if database.isEmpty { database = user }
            if let password = parts.password {
                self.password = password
            } else if let file = parts.queryItems?.first(where: { $0.name == "password_file" })?.value {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    throw StoreError(.configuration, tr("the password file \(file) cannot be read"))
                }
                password = text.trimmingCharacters(in: .whitespacesAndNewlines)
            } else if let env = environment["PGPASSWORD"] {
                password = env
            } else if let file = environment["PGPASSFILE"], let text = try? String(contentsOfFile: file, encoding: .utf8) {
                password = Self.passfile(text, host: host, port: port, database: database, user: user)
            }
        }

        /// What postgres-nio is told about TLS.
        func tls() throws -> PostgresClient.Configuration.TLS {
            var config = TLSConfiguration.makeClientConfiguration()
            switch sslMode {
            case "disable": return .disable
            case "prefer", "require": config.certificateVerification = .none
            case "verify-ca": config.certificateVerification = .noHostnameVerification
            default: config.certificateVerification = .fullVerification
            }
            if let sslRootCert { config.trustRoots = .file(sslRootCert) }
            return sslMode == "prefer" ? .prefer(config) : .require(config)
        }

        /// The password for this connection in a libpq password file (`host:port:database:user:password`, `*` wildcards).
        static func passfile(_ text: String, host: String, port: Int, database: String, user: String) -> String? {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
                guard fields.count == 5 else { continue }
                let wanted = [host, String(port), database, user]
                if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
            }
            return nil
        }
    }

    /// Connects and brings the schema up to date (once, whichever host gets there first); a server that does not
    /// answer within `startTimeout` is an error, not a wait without end.
    public init(url: String, maxConnections: Int = 8, startTimeout: Duration = .seconds(15)) async throws {
        let location = try Location(url: url)
        var configuration = PostgresClient.Configuration(host: location.host, port: location.port, username: location.user,
                                                         password: location.password, database: location.database, tls: try location.tls())
        configuration.options.maximumConnections = maxConnections
        configuration.options.connectTimeout = .seconds(5)
        var logger = Logger(label: "kosflow.postgres")
        logger.logLevel = .critical
        self.logger = logger
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await self.migrate() }
                group.addTask {
                    try await Task.sleep(for: startTimeout)
                    throw StoreError.unavailable(tr("PostgreSQL at \(location.host):\(location.port) did not answer within \(startTimeout)"))
                }
                try await group.next()
                group.cancelAll()
            }
        } catch {
            runner.cancel()
            throw Self.described(error)
        }
    }

    deinit { runner.cancel() }

    /// A PostgreSQL error as the store's own, with the server's words (never the password: it is not in them).
    static func described(_ error: any Error) -> any Error {
        if error is StoreError { return error }
        if let tx = error as? PostgresTransactionError, let inner = tx.closureError ?? tx.beginError ?? tx.commitError ?? tx.rollbackError {
            return described(inner)
        }
        if let psql = error as? PSQLError {
            let message = psql.serverInfo?[.message] ?? "\(psql.code)"
            return StoreError.unavailable("PostgreSQL: \(message)")
        }
        return StoreError.unavailable("PostgreSQL: \(error)")
    }

    /// Runs `body` in a transaction; its errors come back as the store's.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in
                do {
                    let value = try await body(connection)
                    try await Self.flushAudit(connection, self.logger)
                    return value
                } catch {
                    Self.discardAudit(connection)
                    throw error
                }
            }
        } catch let error as PostgresTransactionError {
            throw Self.described(error)
        } catch {
            throw Self.described(error)
        }
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw Self.described(error)
        }
    }

    // MARK: Schema

    /// Versioned like SQLite's: each entry once, in order, recorded in `kos_migrations`.
    static let migrations: [String] = [
        """
        CREATE TABLE people (
          id TEXT PRIMARY KEY, role TEXT NOT NULL, store TEXT, groups_json TEXT NOT NULL DEFAULT '[]', created_at BIGINT NOT NULL);
        CREATE TABLE tokens (
          sha256 TEXT PRIMARY KEY, person_id TEXT NOT NULL REFERENCES people(id), created_at BIGINT NOT NULL,
          expires_at BIGINT, revoked_at BIGINT);
        CREATE TABLE drafts (
          seq BIGSERIAL UNIQUE, id TEXT PRIMARY KEY, creator_id TEXT NOT NULL, workflow TEXT NOT NULL, state TEXT NOT NULL,
          idempotency_key TEXT, created_at BIGINT NOT NULL, UNIQUE (creator_id, idempotency_key));
        CREATE TABLE revisions (
          draft_id TEXT NOT NULL REFERENCES drafts(id), number INTEGER NOT NULL, content_hash TEXT NOT NULL,
          content BYTEA NOT NULL, created_at BIGINT NOT NULL, title TEXT, PRIMARY KEY (draft_id, number));
        CREATE TABLE media (sha256 TEXT PRIMARY KEY, bytes BYTEA NOT NULL, size BIGINT NOT NULL);
        CREATE TABLE runs (
          seq BIGSERIAL UNIQUE, id TEXT PRIMARY KEY, draft_id TEXT NOT NULL REFERENCES drafts(id), revision INTEGER NOT NULL,
          workflow TEXT NOT NULL, state TEXT NOT NULL, reason TEXT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
          definitions_version TEXT);
        CREATE INDEX runs_draft ON runs (draft_id, created_at);
        CREATE TABLE steps (
          id BIGSERIAL PRIMARY KEY, run_id TEXT NOT NULL, step_index INTEGER NOT NULL, step_id TEXT NOT NULL,
          state TEXT NOT NULL, due_at BIGINT NOT NULL, ready_at BIGINT, epoch BIGINT NOT NULL DEFAULT 0,
          lease_owner TEXT, lease_until BIGINT, outcome TEXT, completed_at BIGINT, UNIQUE (run_id, step_index));
        CREATE INDEX steps_pending ON steps (due_at) WHERE state = 'pending';
        CREATE INDEX steps_leases ON steps (lease_until) WHERE state = 'claimed';
        CREATE INDEX steps_open ON steps (run_id, state);
        CREATE TABLE step_completions (
          id BIGSERIAL PRIMARY KEY, run_id TEXT NOT NULL, step_index INTEGER NOT NULL, epoch BIGINT NOT NULL,
          worker TEXT NOT NULL, outcome TEXT NOT NULL, at BIGINT NOT NULL, result TEXT);
        CREATE INDEX step_completions_step ON step_completions (run_id, step_index);
        CREATE TABLE approvals (
          id BIGSERIAL PRIMARY KEY, run_id TEXT NOT NULL, step_index INTEGER NOT NULL, reviewer_id TEXT NOT NULL,
          decision TEXT NOT NULL, content_hash TEXT NOT NULL, reason TEXT, at BIGINT NOT NULL);
        CREATE TABLE deliveries (
          id TEXT PRIMARY KEY, run_id TEXT NOT NULL, step_index INTEGER NOT NULL, endpoint TEXT NOT NULL,
          webhook_id TEXT NOT NULL UNIQUE, state TEXT NOT NULL, created_at BIGINT NOT NULL, replayed_after INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX deliveries_run ON deliveries (run_id, step_index);
        CREATE INDEX deliveries_endpoint ON deliveries (endpoint, state, created_at);
        CREATE TABLE delivery_attempts (
          delivery_id TEXT NOT NULL REFERENCES deliveries(id), number INTEGER NOT NULL, at BIGINT NOT NULL,
          status INTEGER, latency_ms INTEGER, response_excerpt TEXT, error TEXT, PRIMARY KEY (delivery_id, number));
        CREATE TABLE audit (
          seq BIGINT PRIMARY KEY, at BIGINT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
          subject TEXT NOT NULL, details TEXT NOT NULL, previous_hash TEXT NOT NULL, hash TEXT NOT NULL);
        CREATE INDEX audit_action ON audit (action);
        CREATE TABLE definition_versions (version TEXT PRIMARY KEY, files TEXT NOT NULL, recorded_at BIGINT NOT NULL);
        CREATE TABLE health (id INTEGER PRIMARY KEY, at BIGINT NOT NULL);
        CREATE TABLE slot_bookings (
          id BIGSERIAL PRIMARY KEY, calendar TEXT NOT NULL, run_id TEXT NOT NULL, step_index INTEGER NOT NULL,
          draft_id TEXT NOT NULL, creator TEXT NOT NULL, store TEXT, platforms TEXT NOT NULL, campaign TEXT,
          slot_at BIGINT NOT NULL, fire_at BIGINT NOT NULL, state TEXT NOT NULL, note TEXT,
          created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL);
        CREATE INDEX slot_bookings_time ON slot_bookings (calendar, slot_at);
        CREATE INDEX slot_bookings_creator ON slot_bookings (calendar, creator, slot_at);
        CREATE INDEX slot_bookings_run ON slot_bookings (run_id, step_index);
        CREATE TABLE endpoint_health (endpoint TEXT PRIMARY KEY, health TEXT NOT NULL, updated_at BIGINT NOT NULL);
        CREATE TABLE endpoint_rates (endpoint TEXT PRIMARY KEY, tokens DOUBLE PRECISION NOT NULL, at BIGINT NOT NULL);
        CREATE TABLE endpoint_notices (
          id BIGSERIAL PRIMARY KEY, endpoint TEXT NOT NULL, kind TEXT NOT NULL, reason TEXT NOT NULL,
          created_at BIGINT NOT NULL, state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,
          due_at BIGINT NOT NULL, lease_owner TEXT, lease_until BIGINT);
        CREATE INDEX endpoint_notices_due ON endpoint_notices (state, due_at);
        """,
        "ALTER TABLE steps ADD COLUMN strikes INTEGER NOT NULL DEFAULT 0;",
        """
        CREATE TABLE revision_media (
          draft_id TEXT NOT NULL, revision INTEGER NOT NULL, path TEXT NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY (draft_id, revision, path));
        CREATE TABLE kos_keys (name TEXT PRIMARY KEY, value BYTEA NOT NULL, created_at BIGINT NOT NULL);
        """,
        """
        CREATE TABLE console_credentials (
          sha256 TEXT PRIMARY KEY, kind TEXT NOT NULL, person_id TEXT NOT NULL REFERENCES people(id),
          created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, used_at BIGINT, revoked_at BIGINT);
        """,
        // A reviewer's suggested rewording, kept with the decision that asked for changes.
        "ALTER TABLE approvals ADD COLUMN suggestion TEXT",
        // The group an escalation handed an open approval step to, on the step itself; steps escalated before take it
        // from their latest completion.
        """
        ALTER TABLE steps ADD COLUMN escalated_to TEXT;
        UPDATE steps s SET escalated_to = substr((
          SELECT c.outcome FROM step_completions c WHERE c.run_id = s.run_id AND c.step_index = s.step_index ORDER BY c.at DESC, c.id DESC LIMIT 1), 14)
        WHERE s.state IN ('pending', 'claimed') AND (
          SELECT c.outcome FROM step_completions c WHERE c.run_id = s.run_id AND c.step_index = s.step_index ORDER BY c.at DESC, c.id DESC LIMIT 1)
          LIKE 'escalated to %';
        """,
        // The author on the run too: a reviewer's queue reads steps and their runs, and nothing else.
        """
        ALTER TABLE runs ADD COLUMN creator_id TEXT;
        UPDATE runs SET creator_id = (SELECT creator_id FROM drafts WHERE drafts.id = runs.draft_id);
        """,
        // The staff directory, leaving and being away, the register of platform accounts, requests sent as they are.
        """
        ALTER TABLE people ADD COLUMN name TEXT;
        ALTER TABLE people ADD COLUMN manager TEXT;
        ALTER TABLE people ADD COLUMN left_at BIGINT;
        ALTER TABLE people ADD COLUMN successor TEXT;
        ALTER TABLE people ADD COLUMN offboarded_at BIGINT;
        ALTER TABLE people ADD COLUMN offboard_report TEXT;
        ALTER TABLE people ADD COLUMN away_until BIGINT;
        ALTER TABLE people ADD COLUMN delegate TEXT;
        ALTER TABLE people ADD COLUMN agency TEXT;
        ALTER TABLE people ADD COLUMN tier TEXT;
        CREATE TABLE accounts (
          id TEXT PRIMARY KEY, platform TEXT NOT NULL, handle TEXT NOT NULL, operator_id TEXT NOT NULL, ownership TEXT NOT NULL,
          created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL);
        CREATE INDEX accounts_operator ON accounts (operator_id);
        CREATE INDEX people_leaving ON people (left_at) WHERE left_at IS NOT NULL AND offboarded_at IS NULL;
        ALTER TABLE endpoint_notices ADD COLUMN body TEXT;
        """,
        // Each version of a campaign kit, by the definitions it was first recorded with.
        """
        CREATE TABLE kit_versions (reference TEXT PRIMARY KEY, definitions_version TEXT NOT NULL, recorded_at BIGINT NOT NULL);
        """,
    ]

    func migrate() async throws {
        try await client.withConnection { connection in
            // A session lock, held across the migrations' own transactions; the other hosts wait here.
            try await connection.query("SELECT pg_advisory_lock(\(Self.migrationLock))", logger: logger)
            do {
                try await connection.query("CREATE TABLE IF NOT EXISTS kos_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)", logger: logger)
                var applied = 0
                for try await version in try await connection.query("SELECT COALESCE(MAX(version), 0) FROM kos_migrations", logger: logger).decode(Int.self) {
                    applied = version
                }
                if applied > Self.migrations.count { throw StoreError.newerSchema(found: applied, known: Self.migrations.count) }
                for (index, sql) in Self.migrations.enumerated() where index + 1 > applied {
                    let version = index + 1
                    try await connection.withTransaction(logger: logger) { tx in
                        // One statement at a time: the extended protocol takes no more.
                        for statement in sql.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) where !statement.isEmpty {
                            try await tx.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                        }
                        try await tx.query("INSERT INTO kos_migrations (version, applied_at) VALUES (\(version), \(unescaped: Self.nowSQL))", logger: logger)
                    }
                }
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(\(Self.migrationLock))", logger: logger)
                throw error
            }
            try await connection.query("SELECT pg_advisory_unlock(\(Self.migrationLock))", logger: logger)
        }
    }

    /// How many migrations the database has had.
    public func schemaVersion() async throws -> Int {
        try await read { c in
            var version = 0
            for try await v in try await c.query("SELECT COALESCE(MAX(version), 0) FROM kos_migrations", logger: self.logger).decode(Int.self) { version = v }
            return version
        }
    }

    enum SQLNow: PreparedText { static let sql = "SELECT " + PostgresStore.nowSQL }

    static func now(_ c: PostgresConnection, _ logger: Logger) async throws -> Int64 {
        var now: Int64 = 0
        for try await row in try await c.run(SQLNow.self, logger: logger) { now = try row.decode(Int64.self) }
        return now
    }

    public func now() async throws -> Int64 {
        try await read { c in try await Self.now(c, self.logger) }
    }

    public func execute(_ sql: String) async throws {
        _ = try await read { c in try await c.query(PostgresQuery(unsafeSQL: sql), logger: self.logger) }
    }

    public func schema() async throws -> [String: [String: SchemaColumn]] {
        try await read { c in
            var out: [String: [String: SchemaColumn]] = [:]
            for try await (table, column, type, nullable) in try await c.query("""
                SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name <> 'kos_migrations'
                """, logger: self.logger).decode((String, String, String, String).self) {
                out[table, default: [:]][column] = SchemaColumn(type: SchemaColumn.common(type), nullable: nullable == "YES")
            }
            return out
        }
    }

    // MARK: Audit

    struct PendingAudit: Sendable {
        var at: Int64
        var actor: String
        var action: AuditAction
        var subject, details: String
    }

    /// Entries a transaction has appended, by connection, written when it is about to commit.
    static let pendingAudit = Mutex<[ObjectIdentifier: [PendingAudit]]>([:])

    static func appendAudit(_ c: PostgresConnection, _ logger: Logger, at: Int64, actor: String, _ line: StoreRules.AuditLine) async throws {
        try await appendAudit(c, logger, at: at, actor: actor, action: line.action, subject: line.subject, details: line.details)
    }

    /// Appends an entry to the audit log as part of the transaction on `c` (written by `flushAudit` at its end).
    static func appendAudit(_ c: PostgresConnection, _ logger: Logger, at: Int64, actor: String, action: AuditAction, subject: String, details: String) async throws {
        let entry = PendingAudit(at: at, actor: actor, action: action, subject: subject, details: details)
        pendingAudit.withLock { $0[ObjectIdentifier(c), default: []].append(entry) }
    }

    static func discardAudit(_ c: PostgresConnection) { _ = pendingAudit.withLock { $0.removeValue(forKey: ObjectIdentifier(c)) } }

    /// Chains and writes the transaction's entries, last thing before it commits: the lock that keeps the chain
    /// one chain across hosts is held only from here to the commit, not for the whole transaction.
    static func flushAudit(_ c: PostgresConnection, _ logger: Logger) async throws {
        guard let entries = pendingAudit.withLock({ $0.removeValue(forKey: ObjectIdentifier(c)) }), !entries.isEmpty else { return }
        // The lock, then the tail in a statement of its own: a statement's snapshot is taken when it starts, so the
        // tail read after the lock is granted sees the entries its last holder committed.
        for try await _ in try await c.run(SQLLockAudit.self, auditLock, logger: logger) {}
        var tail: (Int64, String) = (0, AuditChain.genesis)
        for try await row in try await c.run(SQLAuditTail.self, logger: logger) { tail = try row.decode((Int64, String).self) }
        var columns: ([Int64], [Int64], [String], [String], [String], [String], [String], [String]) = ([], [], [], [], [], [], [], [])
        for e in entries {
            let seq = tail.0 + 1
            let hash = AuditChain.hash(previous: tail.1, seq: seq, at: e.at, actor: e.actor, action: e.action.rawValue, subject: e.subject, details: e.details)
            columns.0.append(seq); columns.1.append(e.at); columns.2.append(e.actor); columns.3.append(e.action.rawValue)
            columns.4.append(e.subject); columns.5.append(e.details); columns.6.append(tail.1); columns.7.append(hash)
            tail = (seq, hash)
        }
        for try await _ in try await c.run(SQLAppendAudit.self, columns.0, columns.1, columns.2, columns.3, columns.4, columns.5, columns.6, columns.7,
                                           logger: logger) {}
    }

    enum SQLLockAudit: PreparedText { static let sql = "SELECT pg_advisory_xact_lock($1)" }
    enum SQLAuditTail: PreparedText { static let sql = "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1" }
    enum SQLAppendAudit: PreparedText {
        static let sql = """
            INSERT INTO audit (seq, at, actor, action, subject, details, previous_hash, hash)
            SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
            """
    }

    public func audit(actor: String, action: AuditAction, subject: String, details: String) async throws {
        try await transaction { c in
            try await Self.appendAudit(c, self.logger, at: try await Self.now(c, self.logger), actor: actor, action: action, subject: subject, details: details)
        }
    }

    public func auditEntries() async throws -> [AuditEntry] {
        try await read { c in
            var out: [AuditEntry] = []
            let rows = try await c.query("SELECT seq, at, actor, action, subject, details, previous_hash, hash FROM audit ORDER BY seq", logger: self.logger)
            for try await (seq, at, actor, action, subject, details, previous, hash) in rows.decode((Int64, Int64, String, String, String, String, String, String).self) {
                out.append(AuditEntry(seq: seq, at: at, actor: actor, action: action, subject: subject, details: details, previousHash: previous, hash: hash))
            }
            return out
        }
    }

    public func verifyAudit() async throws -> AuditProblem? { AuditChain.verify(try await auditEntries()) }
}
