import Foundation
import Crypto
import KosCore
import Logging
import NIOSSL
import PostgresNIO
import Synchronization

/// Endpoint health, rate limits and owners' notices on PostgreSQL.
extension PostgresStore {
    static func health(_ c: PostgresConnection, _ logger: Logger, _ endpoint: String, forUpdate: Bool) async throws -> EndpointHealth {
        let rows = forUpdate
            ? try await c.query("SELECT health FROM endpoint_health WHERE endpoint = \(endpoint) FOR UPDATE", logger: logger)
            : try await c.query("SELECT health FROM endpoint_health WHERE endpoint = \(endpoint)", logger: logger)
        for try await text in rows.decode(String.self) {
            return (try? JSONDecoder().decode(EndpointHealth.self, from: Data(text.utf8))) ?? EndpointHealth()
        }
        return EndpointHealth()
    }

    static func saveHealth(_ c: PostgresConnection, _ logger: Logger, _ endpoint: String, _ health: EndpointHealth, now: Int64) async throws {
        let text = String(decoding: try JSONEncoder().encode(health), as: UTF8.self)
        try await c.query("""
            INSERT INTO endpoint_health (endpoint, health, updated_at) VALUES (\(endpoint), \(text), \(now))
            ON CONFLICT (endpoint) DO UPDATE SET health = excluded.health, updated_at = excluded.updated_at
            """, logger: logger)
    }

    public func endpointHealth(_ endpoint: String) async throws -> EndpointHealth {
        try await read { c in try await Self.health(c, self.logger, endpoint, forUpdate: false) }
    }

    public func endpointHealths() async throws -> [String: EndpointHealth] {
        try await read { c in try await Self.endpointHealths(c, self.logger) }
    }

    static func endpointHealths(_ c: PostgresConnection, _ logger: Logger) async throws -> [String: EndpointHealth] {
        var out: [String: EndpointHealth] = [:]
        for try await row in try await c.run(SQLEndpointHealths.self, logger: logger) {
            let (endpoint, text) = try row.decode((String, String).self)
            out[endpoint] = (try? JSONDecoder().decode(EndpointHealth.self, from: Data(text.utf8))) ?? EndpointHealth()
        }
        return out
    }

    public func enableEndpoint(_ endpoint: String, actor: String) async throws {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            var health = try await Self.health(c, self.logger, endpoint, forUpdate: true)
            let was = health.enabled ? "enabled, circuit \(health.circuit(at: now).rawValue)" : "disabled: \(health.reason ?? "")"
            health.enable()
            try await Self.saveHealth(c, self.logger, endpoint, health, now: now)
            try await Self.appendAudit(c, self.logger, at: now, actor: actor, action: .endpointEnabled, subject: endpoint, details: "was \(was)")
        }
    }

    public func takeDeliveryToken(endpoint: String, count: Int, perMillis: Int64) async throws -> Int64 {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            let capacity = Double(count), perToken = Double(perMillis) / capacity
            // The bucket's row, locked: hosts take their sends one after another.
            try await c.query("INSERT INTO endpoint_rates (endpoint, tokens, at) VALUES (\(endpoint), \(capacity), \(now)) ON CONFLICT (endpoint) DO NOTHING",
                              logger: self.logger)
            var tokens = capacity
            for try await (had, at) in try await c.query("SELECT tokens, at FROM endpoint_rates WHERE endpoint = \(endpoint) FOR UPDATE", logger: self.logger)
                .decode((Double, Int64).self) {
                tokens = min(capacity, had + Double(max(0, now - at)) / perToken)
            }
            var wait: Int64 = 0
            if tokens >= 1 { tokens -= 1 } else { wait = max(1, Int64(((1 - tokens) * perToken).rounded(.up))) }
            try await c.query("UPDATE endpoint_rates SET tokens = \(tokens), at = \(now) WHERE endpoint = \(endpoint)", logger: self.logger)
            return wait
        }
    }

    enum SQLEndpointHealths: PreparedText { static let sql = "SELECT endpoint, health FROM endpoint_health" }

    public func claimNotices(worker: String, leaseMillis: Int64, limit: Int) async throws -> [EndpointNotice] {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            var out: [EndpointNotice] = []
            for try await (id, endpoint, kind, reason, created, attempts, body) in try await c.query("""
                WITH due AS (
                  SELECT id FROM endpoint_notices WHERE state = 'pending' AND due_at <= \(now) AND (lease_until IS NULL OR lease_until <= \(now))
                  ORDER BY id LIMIT \(limit) FOR UPDATE SKIP LOCKED)
                UPDATE endpoint_notices n SET lease_owner = \(worker), lease_until = \(now + leaseMillis) FROM due WHERE n.id = due.id
                RETURNING n.id, n.endpoint, n.kind, n.reason, n.created_at, n.attempts, n.body
                """, logger: self.logger).decode((Int64, String, String, String, Int64, Int, String?).self) {
                var notice = EndpointNotice(id: id, endpoint: endpoint, kind: kind, reason: reason, createdAt: created, attempts: attempts)
                notice.body = body
                out.append(notice)
            }
            return out.sorted { $0.id < $1.id }
        }
    }

    public func finishNotice(_ id: Int64, sent: Bool, retryAt: Int64?, detail: String) async throws {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            let state = sent ? "sent" : retryAt == nil ? "failed" : "pending"
            var notice: (String, String, String)?
            for try await e in try await c.query("""
                UPDATE endpoint_notices SET state = \(state), attempts = attempts + 1, due_at = \(retryAt ?? now), lease_owner = NULL, lease_until = NULL
                WHERE id = \(id) RETURNING endpoint, kind, reason
                """, logger: self.logger).decode((String, String, String).self) { notice = e }
            guard let notice else { throw StoreError.notFound(tr("notice \(id)")) }
            if state != "pending" {
                try await Self.appendAudit(c, self.logger, at: now, actor: "delivery",
                                           StoreRules.noticeFinished(kind: notice.1, endpoint: notice.0, about: notice.2, sent: sent, detail: detail))
            }
        }
    }
}
