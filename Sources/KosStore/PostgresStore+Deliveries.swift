import Foundation
import Crypto
import KosCore
import Logging
import NIOSSL
import PostgresNIO
import Synchronization

/// Deliveries: recording attempts, listing them, and replaying a dead letter on PostgreSQL.
extension PostgresStore {
    /// Records an attempt in one statement (the delivery made or moved on, the attempt numbered after the last)
    /// with its own audit entries. Its effect on the endpoint's health is left to `recordHealth`, which the caller
    /// runs once, last in the transaction: the endpoint's row is locked only from there to the commit.
    static func insertAttempt(_ c: PostgresConnection, _ logger: Logger, _ a: DeliveryAttempt, now: Int64) async throws {
        let deliveryID = StoreRules.deliveryID(of: a)
        let state = StoreRules.deliveryState(after: a)?.rawValue
        var number = 1
        var binds = Binds()
        binds.add(deliveryID); binds.add(a.runID); binds.add(a.stepIndex); binds.add(a.endpoint); binds.add(a.webhookID); binds.add(state); binds.add(now)
        binds.add(a.status); binds.add(a.latencyMillis); binds.add(String(a.responseExcerpt.prefix(1024))); binds.add(a.error)
        for try await row in try await c.run(SQLRecordAttempt.self, binds, logger: logger) { number = try row.decode(Int.self) }
        for line in StoreRules.record(of: a, number: number).audits {
            try await appendAudit(c, logger, at: now, actor: "delivery", line)
        }
    }

    enum SQLRecordAttempt: PreparedText {
        static let sql = """
            WITH d AS (
              INSERT INTO deliveries (id, run_id, step_index, endpoint, webhook_id, state, created_at)
              VALUES ($1, $2, $3::bigint, $4, $5, COALESCE($6::text, 'pending'), $7)
              ON CONFLICT (id) DO UPDATE SET state = excluded.state WHERE $6::text IS NOT NULL)
            INSERT INTO delivery_attempts (delivery_id, number, at, status, latency_ms, response_excerpt, error)
            SELECT $1, COALESCE(MAX(number), 0) + 1, $7, $8::bigint, $9::bigint, $10::text, $11::text
            FROM delivery_attempts WHERE delivery_id = $1
            RETURNING number
            """
    }

    enum SQLLockHealth: PreparedText {
        static let sql = """
            INSERT INTO endpoint_health (endpoint, health, updated_at) VALUES ($1, $2, $3)
            ON CONFLICT (endpoint) DO UPDATE SET endpoint = excluded.endpoint RETURNING health
            """
    }
    enum SQLSaveHealth: PreparedText { static let sql = "UPDATE endpoint_health SET health = $1, updated_at = $2 WHERE endpoint = $3" }

    /// The endpoints' side of the transaction's attempts, in order, last thing before the audit entries are
    /// chained: each endpoint's row is made if new and locked (in one order, by name: two hosts never wait for
    /// each other in a cycle), its circuit and state moved on, its owners' notices queued, and it is saved.
    static func recordHealth(_ c: PostgresConnection, _ logger: Logger, _ attempts: [DeliveryAttempt], now: Int64) async throws {
        let watched = attempts.filter { $0.healthPolicy != nil }
        guard !watched.isEmpty else { return }
        let fresh = String(decoding: try JSONEncoder().encode(EndpointHealth()), as: UTF8.self)
        var healths: [String: EndpointHealth] = [:]
        for endpoint in Set(watched.map(\.endpoint)).sorted() {
            // An upsert that changes nothing locks the row, made if new, and returns it in one round trip.
            for try await row in try await c.run(SQLLockHealth.self, endpoint, fresh, now, logger: logger) {
                let text = try row.decode(String.self)
                healths[endpoint] = (try? JSONDecoder().decode(EndpointHealth.self, from: Data(text.utf8))) ?? EndpointHealth()
            }
        }
        for a in watched {
            guard let writes = StoreRules.health(after: a, from: healths[a.endpoint] ?? EndpointHealth(), now: now) else { continue }
            healths[a.endpoint] = writes.health
            for reason in writes.ownerNotices {
                try await c.query("""
                    INSERT INTO endpoint_notices (endpoint, kind, reason, created_at, due_at) VALUES (\(a.endpoint), 'endpoint.disabled', \(reason), \(now), \(now))
                    """, logger: logger)
            }
            for line in writes.audits { try await appendAudit(c, logger, at: now, actor: "delivery", line) }
        }
        for (endpoint, health) in healths.sorted(by: { $0.key < $1.key }) {
            for try await _ in try await c.run(SQLSaveHealth.self, String(decoding: try JSONEncoder().encode(health), as: UTF8.self), now, endpoint, logger: logger) {}
        }
    }

    static let deliveryColumns = """
        d.webhook_id, d.run_id, COALESCE(r.draft_id, ''), d.step_index, d.endpoint, d.state, d.created_at,
        (SELECT COUNT(*) FROM delivery_attempts a WHERE a.delivery_id = d.id),
        (SELECT MAX(a.at) FROM delivery_attempts a WHERE a.delivery_id = d.id),
        (SELECT a.status FROM delivery_attempts a WHERE a.delivery_id = d.id ORDER BY a.number DESC LIMIT 1),
        (SELECT a.error FROM delivery_attempts a WHERE a.delivery_id = d.id ORDER BY a.number DESC LIMIT 1)
        """

    static func deliverySummaries(_ rows: PostgresRowSequence) async throws -> [DeliverySummary] {
        var out: [DeliverySummary] = []
        for try await (webhookID, runID, draftID, stepIndex, endpoint, state, created, attempts, lastAt, lastStatus, lastError) in
            rows.decode((String, String, String, Int, String, String, Int64, Int, Int64?, Int?, String?).self) {
            out.append(DeliverySummary(webhookID: webhookID, runID: runID, draftID: draftID, stepIndex: stepIndex, endpoint: endpoint, state: try .stored(state),
                                       createdAt: created, attempts: attempts, lastAttemptAt: lastAt, lastStatus: lastStatus, lastError: lastError))
        }
        return out
    }

    public func deliveries(endpoint: String?, state: DeliveryState?, since: Int64?, limit: Int) async throws -> [DeliverySummary] {
        let state = state?.rawValue
        return try await read { c in
            try await Self.deliverySummaries(try await c.query("""
                SELECT \(unescaped: Self.deliveryColumns) FROM deliveries d LEFT JOIN runs r ON r.id = d.run_id
                WHERE (\(endpoint)::text IS NULL OR d.endpoint = \(endpoint)) AND (\(state)::text IS NULL OR d.state = \(state))
                  AND (\(since)::bigint IS NULL OR d.created_at >= \(since))
                ORDER BY d.created_at DESC, d.id LIMIT \(limit)
                """, logger: self.logger))
        }
    }

    public func delivery(webhookID: String) async throws -> (DeliverySummary, [AttemptRecord])? {
        try await read { c in
            guard let summary = try await Self.deliverySummaries(try await c.query("""
                SELECT \(unescaped: Self.deliveryColumns) FROM deliveries d LEFT JOIN runs r ON r.id = d.run_id WHERE d.webhook_id = \(webhookID)
                """, logger: self.logger)).first else { return nil }
            var attempts: [AttemptRecord] = []
            for try await (number, at, status, latency, excerpt, error) in try await c.query("""
                SELECT a.number, a.at, a.status, a.latency_ms, COALESCE(a.response_excerpt, ''), a.error
                FROM delivery_attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE d.webhook_id = \(webhookID) ORDER BY a.number
                """, logger: self.logger).decode((Int, Int64, Int?, Int?, String, String?).self) {
                attempts.append(AttemptRecord(number: number, at: at, status: status, latencyMillis: latency, responseExcerpt: excerpt, error: error))
            }
            return (summary, attempts)
        }
    }

    public func replayDelivery(webhookID: String, actor: String) async throws {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            var found: (String, String, Int, String)?
            for try await row in try await c.query("SELECT id, run_id, step_index, state FROM deliveries WHERE webhook_id = \(webhookID) FOR UPDATE", logger: self.logger)
                .decode((String, String, Int, String).self) { found = row }
            guard let (id, runID, stepIndex, state) = found else { throw StoreError.notFound(tr("delivery \(webhookID)")) }
            var runState: String?
            for try await s in try await c.query("SELECT state FROM runs WHERE id = \(runID) FOR UPDATE", logger: self.logger).decode(String.self) { runState = s }
            var lastStep: Int?
            for try await i in try await c.query("SELECT step_index FROM step_completions WHERE run_id = \(runID) ORDER BY at DESC, id DESC LIMIT 1", logger: self.logger)
                .decode(Int.self) { lastStep = i }
            var attempts = 0
            for try await n in try await c.query("SELECT COUNT(*) FROM delivery_attempts WHERE delivery_id = \(id)", logger: self.logger).decode(Int.self) { attempts = n }
            let audit = try StoreRules.replay(webhookID: webhookID, deliveryID: id, state: .stored(state), runID: runID, runState: runState,
                                              stepIndex: stepIndex, lastStep: lastStep, attempts: attempts)
            try await c.query("UPDATE deliveries SET state = 'pending', replayed_after = \(attempts) WHERE id = \(id)", logger: self.logger)
            try await c.query("UPDATE runs SET state = 'running', reason = NULL, updated_at = \(now) WHERE id = \(runID)", logger: self.logger)
            try await c.query("""
                UPDATE steps SET state = 'pending', due_at = \(now), ready_at = \(now), outcome = NULL, completed_at = NULL, lease_owner = NULL, lease_until = NULL
                WHERE run_id = \(runID) AND step_index = \(stepIndex)
                """, logger: self.logger)
            try await c.query("NOTIFY kos_steps", logger: self.logger)
            try await Self.appendAudit(c, self.logger, at: now, actor: actor, audit)
        }
    }
}
