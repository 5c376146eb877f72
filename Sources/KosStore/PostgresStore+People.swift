import Foundation
import Crypto
import KosCore
import Logging
import NIOSSL
import PostgresNIO
import Synchronization

/// People and API tokens on PostgreSQL.
extension PostgresStore {
    public func createToken(personID: String, expiresAt: Int64?, actor: String) async throws -> String {
        let token = APIToken.generate()
        let digest = APIToken.digest(token)
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            try await Self.requirePerson(c, self.logger, personID)
            try await c.query("INSERT INTO tokens (sha256, person_id, created_at, expires_at) VALUES (\(digest), \(personID), \(now), \(expiresAt))", logger: self.logger)
            // The audit names the token by a prefix of its hash, never by the token.
            try await Self.appendAudit(c, self.logger, at: now, actor: actor, action: .tokenCreated, subject: personID, details: "sha256 \(digest.prefix(12))…")
        }
        return token
    }

    public func authenticate(token: String) async throws -> Person? {
        let digest = APIToken.digest(token)
        return try await read { c in
            for try await row in try await c.run(SQLTokenHolder.self, digest, logger: self.logger) {
                return Self.holder(try row.decode(HolderRow.self), digest: digest)
            }
            return nil
        }
    }

    public func revokeTokens(personID: String, actor: String) async throws {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            var n = 0
            for try await _ in try await c.query("""
                UPDATE tokens SET revoked_at = \(now) WHERE person_id = \(personID) AND revoked_at IS NULL RETURNING sha256
                """, logger: self.logger).decode(String.self) { n += 1 }
            // The console's links and sessions go with the tokens: revoking someone's access ends all of it.
            var console = 0
            for try await _ in try await c.query("""
                UPDATE console_credentials SET revoked_at = \(now) WHERE person_id = \(personID) AND revoked_at IS NULL RETURNING sha256
                """, logger: self.logger).decode(String.self) { console += 1 }
            try await Self.appendAudit(c, self.logger, at: now, actor: actor, action: .tokenRevoked, subject: personID,
                                       details: "\(n) tokens, \(console) console links and sessions")
        }
    }

    public func upsertPerson(_ person: Person, actor: String) async throws {
        let groups = String(decoding: try JSONSerialization.data(withJSONObject: person.groups), as: UTF8.self)
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            try await c.query("""
                INSERT INTO people (id, role, store, groups_json, created_at) VALUES (\(person.id), \(person.role.rawValue), \(person.store), \(groups), \(now))
                ON CONFLICT (id) DO UPDATE SET role = excluded.role, store = excluded.store, groups_json = excluded.groups_json
                """, logger: self.logger)
            try await Self.appendAudit(c, self.logger, at: now, actor: actor, action: .personSaved, subject: person.id,
                                       details: "role \(person.role.rawValue), groups \(person.groups.joined(separator: ",")), store \(person.store ?? "-")")
        }
    }

    /// A person's columns, in the order `people` and `holder` decode them.
    static func personColumns(_ prefix: String = "") -> String {
        ["id", "role", "store", "groups_json", "name", "manager", "left_at", "successor", "away_until", "delegate", "agency", "tier"].map { prefix + $0 }.joined(separator: ", ")
    }

    typealias PersonRow = (String, String, String?, String, String?, String?, Int64?, String?, Int64?, String?, String?, String?)

    static func people(_ rows: PostgresRowSequence) async throws -> [Person] {
        var out: [Person] = []
        for try await row in rows.decode(PersonRow.self) { out.append(person(row)) }
        return out
    }

    static func person(_ r: PersonRow) -> Person {
        let list = (try? JSONSerialization.jsonObject(with: Data(r.3.utf8)) as? [String]) ?? []
        var p = Person(id: r.0, role: Person.Role(rawValue: r.1) ?? .creator, groups: list, store: r.2)
        (p.name, p.manager, p.leftAt, p.successor, p.awayUntil, p.delegate, p.agency, p.tier) = (r.4, r.5, r.6, r.7, r.8, r.9, r.10, r.11)
        return p
    }

    /// The person rows found by a secret's hash name (`sha256`, then the person's columns): the lookup is by hash;
    /// the hash is compared again in constant time, so no timing path depends on the secret.
    static func holder(_ rows: PostgresRowSequence, digest: String) async throws -> Person? {
        for try await r in rows.decode(HolderRow.self) { return holder(r, digest: digest) }
        return nil
    }

    typealias HolderRow = (String, String, String, String?, String, String?, String?, Int64?, String?, Int64?, String?, String?, String?)

    static func holder(_ r: HolderRow, digest: String) -> Person? {
        guard APIToken.constantTimeEqual(Array(r.0.utf8), Array(digest.utf8)) else { return nil }
        return person((r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8, r.9, r.10, r.11, r.12))
    }

    enum SQLTokenHolder: PreparedText {
        static let sql = """
            SELECT t.sha256, \(PostgresStore.personColumns("p.")) FROM tokens t JOIN people p ON p.id = t.person_id
            WHERE t.sha256 = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > \(PostgresStore.nowSQL))
              AND (p.left_at IS NULL OR p.left_at > \(PostgresStore.nowSQL))
            """
    }

    static func requirePerson(_ c: PostgresConnection, _ logger: Logger, _ personID: String) async throws {
        guard try await !people(try await c.query("SELECT \(unescaped: Self.personColumns()) FROM people WHERE id = \(personID)", logger: logger)).isEmpty else {
            throw StoreError.notFound(tr("person \(personID)"))
        }
    }

    public func person(id: String) async throws -> Person? {
        try await read { c in try await Self.people(try await c.query("SELECT \(unescaped: Self.personColumns()) FROM people WHERE id = \(id)", logger: self.logger)).first }
    }

    public func people() async throws -> [Person] {
        try await read { c in try await Self.people(try await c.query("SELECT \(unescaped: Self.personColumns()) FROM people ORDER BY id", logger: self.logger)) }
    }

    public func tokens() async throws -> [IssuedToken] {
        try await read { c in
            var out: [IssuedToken] = []
            for try await (person, sha, created, expires, revoked) in try await c.query(
                "SELECT person_id, sha256, created_at, expires_at, revoked_at FROM tokens ORDER BY created_at, person_id", logger: self.logger
            ).decode((String, String, Int64, Int64?, Int64?).self) {
                out.append(IssuedToken(personID: person, fingerprint: String(sha.prefix(8)), createdAt: created, expiresAt: expires, revokedAt: revoked))
            }
            return out
        }
    }
}
