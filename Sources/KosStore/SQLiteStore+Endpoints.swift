import Foundation
import Crypto
import GRDB
import KosCore
import Synchronization

/// Endpoint health, rate limits and owners' notices on SQLite.
extension SQLiteStore {
    static func health(_ db: Database, _ endpoint: String) throws -> EndpointHealth {
        guard let text = try String.fetchOne(db.cachedStatement(sql: "SELECT health FROM endpoint_health WHERE endpoint = ?"), arguments: [endpoint]),
              let health = try? JSONDecoder().decode(EndpointHealth.self, from: Data(text.utf8)) else { return EndpointHealth() }
        return health
    }

    static func saveHealth(_ db: Database, _ endpoint: String, _ health: EndpointHealth, now: Int64) throws {
        let text = String(decoding: try JSONEncoder().encode(health), as: UTF8.self)
        try db.executeCached(sql: """
            INSERT INTO endpoint_health (endpoint, health, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (endpoint) DO UPDATE SET health = excluded.health, updated_at = excluded.updated_at
            """, arguments: [endpoint, text, now])
    }

    public func endpointHealth(_ endpoint: String) async throws -> EndpointHealth {
        try await readTransaction { db in try Self.health(db, endpoint) }
    }

    public func endpointHealths() async throws -> [String: EndpointHealth] {
        try await readTransaction { db in try Self.endpointHealths(db) }
    }

    static func endpointHealths(_ db: Database) throws -> [String: EndpointHealth] {
        var out: [String: EndpointHealth] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT endpoint, health FROM endpoint_health")) {
            let text: String = row["health"]
            out[row["endpoint"]] = (try? JSONDecoder().decode(EndpointHealth.self, from: Data(text.utf8))) ?? EndpointHealth()
        }
        return out
    }

    public func enableEndpoint(_ endpoint: String, actor: String) async throws {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            var health = try Self.health(db, endpoint)
            let was = health.enabled ? "enabled, circuit \(health.circuit(at: now).rawValue)" : "disabled: \(health.reason ?? "")"
            health.enable()
            try Self.saveHealth(db, endpoint, health, now: now)
            try Self.appendAudit(db, at: now, actor: actor, action: .endpointEnabled, subject: endpoint, details: "was \(was)")
        }
    }

    public func takeDeliveryToken(endpoint: String, count: Int, perMillis: Int64) async throws -> Int64 {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            let capacity = Double(count), perToken = Double(perMillis) / capacity
            var tokens = capacity
            if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT tokens, at FROM endpoint_rates WHERE endpoint = ?"), arguments: [endpoint]) {
                let at: Int64 = row["at"], had: Double = row["tokens"]
                tokens = min(capacity, had + Double(max(0, now - at)) / perToken)
            }
            var wait: Int64 = 0
            if tokens >= 1 { tokens -= 1 } else { wait = max(1, Int64(((1 - tokens) * perToken).rounded(.up))) }
            try db.executeCached(sql: """
                INSERT INTO endpoint_rates (endpoint, tokens, at) VALUES (?, ?, ?)
                ON CONFLICT (endpoint) DO UPDATE SET tokens = excluded.tokens, at = excluded.at
                """, arguments: [endpoint, tokens, now])
            return wait
        }
    }

    /// Whether an endpoint notice is due and not held by a worker.
    static func noticesDue(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM endpoint_notices WHERE state = 'pending' AND due_at <= \(nowSQL)
              AND (lease_until IS NULL OR lease_until <= \(nowSQL)))
            """)) ?? false
    }

    public func claimNotices(worker: String, leaseMillis: Int64, limit: Int) async throws -> [EndpointNotice] {
        // A read first: a worker's round asks every time, and there is rarely anything.
        guard try await readTransaction({ db in try Self.noticesDue(db) }) else { return [] }
        return try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT id, endpoint, kind, reason, created_at, attempts, body FROM endpoint_notices
                WHERE state = 'pending' AND due_at <= ?1 AND (lease_until IS NULL OR lease_until <= ?1) ORDER BY id LIMIT ?2
                """), arguments: [now, limit])
            for row in rows {
                try db.executeCached(sql: "UPDATE endpoint_notices SET lease_owner = ?, lease_until = ? WHERE id = ?",
                                     arguments: [worker, now + leaseMillis, row["id"] as Int64])
            }
            return rows.map {
                var notice = EndpointNotice(id: $0["id"], endpoint: $0["endpoint"], kind: $0["kind"], reason: $0["reason"], createdAt: $0["created_at"],
                                            attempts: $0["attempts"])
                notice.body = $0["body"]
                return notice
            }
        }
    }

    public func finishNotice(_ id: Int64, sent: Bool, retryAt: Int64?, detail: String) async throws {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            guard let notice = try Row.fetchOne(db.cachedStatement(sql: "SELECT endpoint, kind, reason FROM endpoint_notices WHERE id = ?"), arguments: [id]) else {
                throw StoreError.notFound(tr("notice \(id)"))
            }
            let state = sent ? "sent" : retryAt == nil ? "failed" : "pending"
            try db.executeCached(sql: """
                UPDATE endpoint_notices SET state = ?, attempts = attempts + 1, due_at = ?, lease_owner = NULL, lease_until = NULL WHERE id = ?
                """, arguments: [state, retryAt ?? now, id])
            if state != "pending" {
                try Self.appendAudit(db, at: now, actor: "delivery", StoreRules.noticeFinished(kind: notice["kind"], endpoint: notice["endpoint"], about: notice["reason"],
                                                                                     sent: sent, detail: detail))
            }
        }
    }
}
