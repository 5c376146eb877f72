import Foundation
import Crypto
import GRDB
import KosCore
import Synchronization

/// People and API tokens on SQLite.
extension SQLiteStore {
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
        let digest = APIToken.digest(token)
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            try Self.requirePerson(db, personID)
            try db.executeCached(sql: "INSERT INTO tokens (sha256, person_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                           arguments: [digest, personID, now, expiresAt])
            // The audit names the token by a prefix of its hash, never by the token.
            try Self.appendAudit(db, at: now, actor: actor, action: .tokenCreated, subject: personID, details: "sha256 \(digest.prefix(12))…")
        }
        return token
    }

    public func authenticate(token: String) async throws -> Person? {
        try holder(ofToken: token)
    }

    /// The token's holder, read on the calling thread (`tokenReader()`).
    private func holder(ofToken token: String) throws -> Person? {
        let digest = APIToken.digest(token)
        return try tokenReader().read { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            return try db.decodeFirst(sql: """
                SELECT t.sha256, p.* FROM tokens t JOIN people p ON p.id = t.person_id
                WHERE t.sha256 = ?1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ?2) AND (p.left_at IS NULL OR p.left_at > ?2)
                """, arguments: [digest, now], { Self.holder($0, digest: digest) }) ?? nil
        }
    }

    public func revokeTokens(personID: String, actor: String) async throws {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            try db.executeCached(sql: "UPDATE tokens SET revoked_at = ? WHERE person_id = ? AND revoked_at IS NULL", arguments: [now, personID])
            let tokens = db.changesCount
            // The console's links and sessions go with the tokens: revoking someone's access ends all of it.
            try db.executeCached(sql: "UPDATE console_credentials SET revoked_at = ? WHERE person_id = ? AND revoked_at IS NULL", arguments: [now, personID])
            try Self.appendAudit(db, at: now, actor: actor, action: .tokenRevoked, subject: personID,
                                 details: "\(tokens) tokens, \(db.changesCount) console links and sessions")
        }
    }

    public func person(id: String) async throws -> Person? {
        try await readTransaction { db in try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM people WHERE id = ?"), arguments: [id]).map(Self.person) }
    }

    public func people() async throws -> [Person] {
        try await readTransaction { db in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM people ORDER BY id")).map(Self.person) }
    }

    public func tokens() async throws -> [IssuedToken] {
        try await readTransaction { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT person_id, sha256, created_at, expires_at, revoked_at FROM tokens ORDER BY created_at, person_id")).map {
                IssuedToken(personID: $0["person_id"], fingerprint: String(($0["sha256"] as String).prefix(8)), createdAt: $0["created_at"],
                            expiresAt: $0["expires_at"], revokedAt: $0["revoked_at"])
            }
        }
    }

    /// The person a row found by a secret's hash names (its `sha256` column, then the person's): the lookup is by
    /// hash; the hash is compared again in constant time, so no timing path depends on the secret.
    static func holder(_ row: Row, digest: String) -> Person? {
        APIToken.constantTimeEqual(Array((row["sha256"] as String).utf8), Array(digest.utf8)) ? person(row) : nil
    }

    static func requirePerson(_ db: Database, _ personID: String) throws {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM people WHERE id = ?)"), arguments: [personID]) == true else {
            throw StoreError.notFound(tr("person \(personID)"))
        }
    }

    static func person(_ row: Row) -> Person {
        let groups = (try? JSONSerialization.jsonObject(with: Data((row["groups_json"] as String).utf8)) as? [String]) ?? []
        var p = Person(id: row["id"], role: Person.Role(rawValue: row["role"]) ?? .creator, groups: groups, store: row["store"])
        (p.name, p.manager, p.leftAt, p.successor, p.awayUntil, p.delegate) = (row["name"], row["manager"], row["left_at"], row["successor"], row["away_until"], row["delegate"])
        (p.agency, p.tier) = (row["agency"], row["tier"])
        return p
    }
}
