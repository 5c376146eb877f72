import Foundation
import Crypto
import GRDB
import KosCore
import Synchronization

/// Deliveries: recording attempts, listing them, and replaying a dead letter on SQLite.
extension SQLiteStore {
    static let deliveryColumns = """
        d.webhook_id, d.run_id, r.draft_id, d.step_index, d.endpoint, d.state, d.created_at,
        (SELECT COUNT(*) FROM delivery_attempts a WHERE a.delivery_id = d.id) AS attempts,
        (SELECT MAX(a.at) FROM delivery_attempts a WHERE a.delivery_id = d.id) AS last_at,
        (SELECT a.status FROM delivery_attempts a WHERE a.delivery_id = d.id ORDER BY a.number DESC LIMIT 1) AS last_status,
        (SELECT a.error FROM delivery_attempts a WHERE a.delivery_id = d.id ORDER BY a.number DESC LIMIT 1) AS last_error
        """

    static func deliverySummary(_ row: Row) throws -> DeliverySummary {
        DeliverySummary(webhookID: row["webhook_id"], runID: row["run_id"], draftID: row["draft_id"] ?? "", stepIndex: row["step_index"], endpoint: row["endpoint"],
                        state: try .stored(row["state"]), createdAt: row["created_at"], attempts: row["attempts"], lastAttemptAt: row["last_at"],
                        lastStatus: row["last_status"], lastError: row["last_error"])
    }

    public func deliveries(endpoint: String?, state: DeliveryState?, since: Int64?, limit: Int) async throws -> [DeliverySummary] {
        try await readTransaction { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT \(Self.deliveryColumns) FROM deliveries d LEFT JOIN runs r ON r.id = d.run_id
                WHERE (?1 IS NULL OR d.endpoint = ?1) AND (?2 IS NULL OR d.state = ?2) AND (?3 IS NULL OR d.created_at >= ?3)
                ORDER BY d.created_at DESC, d.id LIMIT ?4
                """), arguments: [endpoint, state?.rawValue, since, limit]).map(Self.deliverySummary)
        }
    }

    public func delivery(webhookID: String) async throws -> (DeliverySummary, [AttemptRecord])? {
        try await readTransaction { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT d.id, \(Self.deliveryColumns) FROM deliveries d LEFT JOIN runs r ON r.id = d.run_id WHERE d.webhook_id = ?
                """), arguments: [webhookID]) else { return nil }
            let id: String = row["id"]
            let attempts = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM delivery_attempts WHERE delivery_id = ? ORDER BY number"), arguments: [id]).map {
                AttemptRecord(number: $0["number"], at: $0["at"], status: $0["status"], latencyMillis: $0["latency_ms"],
                              responseExcerpt: $0["response_excerpt"] ?? "", error: $0["error"])
            }
            return (try Self.deliverySummary(row), attempts)
        }
    }

    public func replayDelivery(webhookID: String, actor: String) async throws {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            guard let d = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, run_id, step_index, state FROM deliveries WHERE webhook_id = ?"),
                                           arguments: [webhookID]) else { throw StoreError.notFound(tr("delivery \(webhookID)")) }
            let id: String = d["id"], runID: String = d["run_id"], stepIndex: Int = d["step_index"], state: DeliveryState = try .stored(d["state"])
            let runState = try String.fetchOne(db.cachedStatement(sql: "SELECT state FROM runs WHERE id = ?"), arguments: [runID])
            let lastStep = try Int.fetchOne(db.cachedStatement(sql: "SELECT step_index FROM step_completions WHERE run_id = ? ORDER BY at DESC, rowid DESC LIMIT 1"),
                                            arguments: [runID])
            let attempts = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM delivery_attempts WHERE delivery_id = ?"), arguments: [id]) ?? 0
            let audit = try StoreRules.replay(webhookID: webhookID, deliveryID: id, state: state, runID: runID, runState: runState, stepIndex: stepIndex,
                                              lastStep: lastStep, attempts: attempts)
            try db.executeCached(sql: "UPDATE deliveries SET state = 'pending', replayed_after = ? WHERE id = ?", arguments: [attempts, id])
            try db.executeCached(sql: "UPDATE runs SET state = 'running', reason = NULL, updated_at = ? WHERE id = ?", arguments: [now, runID])
            try db.executeCached(sql: """
                UPDATE steps SET state = 'pending', due_at = ?, ready_at = ?, outcome = NULL, completed_at = NULL, lease_owner = NULL, lease_until = NULL
                WHERE run_id = ? AND step_index = ?
                """, arguments: [now, now, runID, stepIndex])
            try Self.appendAudit(db, at: now, actor: actor, audit)
        }
    }

    /// Records an attempt; the endpoint's health is updated in `healths` (the caller saves it once per
    /// transaction, however many attempts to the endpoint it holds).
    static func insertAttempt(_ db: Database, _ a: DeliveryAttempt, now: Int64, healths: inout [String: EndpointHealth]) throws -> Int {
        let deliveryID = StoreRules.deliveryID(of: a)
        // A first attempt (the common case) writes its delivery with the state after it: no count of earlier
        // attempts to read, no second write of the row. A retry finds the row and counts.
        let stateAfter = StoreRules.deliveryState(after: a)
        try db.executeCached(sql: """
            INSERT INTO deliveries (id, run_id, step_index, endpoint, webhook_id, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING
            """, arguments: [deliveryID, a.runID, a.stepIndex, a.endpoint, a.webhookID, (stateAfter ?? .pending).rawValue, now])
        let first = db.changesCount == 1
        let number = first ? 1 : (try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(number) FROM delivery_attempts WHERE delivery_id = ?"), arguments: [deliveryID]) ?? 0) + 1
        let health = a.healthPolicy == nil ? EndpointHealth() : try healths[a.endpoint] ?? health(db, a.endpoint)
        let writes = StoreRules.attempt(a, number: number, health: health, now: now)
        try db.executeCached(sql: """
            INSERT INTO delivery_attempts (delivery_id, number, at, status, latency_ms, response_excerpt, error) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [deliveryID, number, now, a.status, a.latencyMillis, String(a.responseExcerpt.prefix(1024)), a.error])
        if !first, let state = writes.state { try db.executeCached(sql: "UPDATE deliveries SET state = ? WHERE id = ?", arguments: [state.rawValue, deliveryID]) }
        if let after = writes.health { healths[a.endpoint] = after }
        for reason in writes.ownerNotices {
            // The owners hear of it: the notice is written with the change, and a worker sends it.
            try db.executeCached(sql: "INSERT INTO endpoint_notices (endpoint, kind, reason, created_at, due_at) VALUES (?, 'endpoint.disabled', ?, ?, ?)",
                                 arguments: [a.endpoint, reason, now, now])
        }
        for line in writes.audits { try appendAudit(db, at: now, actor: "delivery", line) }
        return number
    }
}
