import Foundation
import GRDB
import KosCore

/// Endpoint health on SQLite: one row per endpoint holding its `EndpointHealth`, updated in the transaction that
/// records each attempt, so every worker process sees one circuit per endpoint.
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

    static func recordHealth(_ db: Database, endpoint: String, delivered: Bool, gone: Bool, policy: EndpointHealth.Policy, now: Int64) throws {
        var health = try health(db, endpoint)
        let changes = health.record(delivered: delivered, gone: gone, at: now, policy: policy)
        try saveHealth(db, endpoint, health, now: now)
        for change in changes {
            switch change {
            case .opened(let why): try appendAudit(db, at: now, actor: "delivery", action: "endpoint.circuit-opened", subject: endpoint, details: why)
            case .closed: try appendAudit(db, at: now, actor: "delivery", action: "endpoint.circuit-closed", subject: endpoint, details: "a delivery succeeded")
            case .disabled(let why): try appendAudit(db, at: now, actor: "delivery", action: "endpoint.disabled", subject: endpoint, details: why)
            }
        }
    }

    public func endpointHealth(_ endpoint: String) async throws -> EndpointHealth {
        try await pool.read { db in try Self.health(db, endpoint) }
    }

    public func endpointHealths() async throws -> [String: EndpointHealth] {
        try await pool.read { db in
            var out: [String: EndpointHealth] = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT endpoint, health FROM endpoint_health")) {
                let text: String = row["health"]
                out[row["endpoint"]] = (try? JSONDecoder().decode(EndpointHealth.self, from: Data(text.utf8))) ?? EndpointHealth()
            }
            return out
        }
    }

    public func enableEndpoint(_ endpoint: String, actor: String) async throws {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            var health = try Self.health(db, endpoint)
            let was = health.enabled ? "enabled, circuit \(health.circuit(at: now).rawValue)" : "disabled: \(health.reason ?? "")"
            health.enable()
            try Self.saveHealth(db, endpoint, health, now: now)
            try Self.appendAudit(db, at: now, actor: actor, action: "endpoint.enabled", subject: endpoint, details: "was \(was)")
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
}
