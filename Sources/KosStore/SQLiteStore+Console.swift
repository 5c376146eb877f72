import Foundation
import GRDB
import KosCore

/// The review console's sign-in links and sessions on SQLite: one table of credentials, each stored only as the
/// SHA-256 of its secret; a link is spent in the transaction that opens its session.
extension SQLiteStore {
    public func createSignInLink(personID: String, expiresAt: Int64, actor: String) async throws -> String {
        let secret = APIToken.generate()
        let digest = APIToken.digest(secret)
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            try Self.requirePerson(db, personID)
            try db.executeCached(sql: "INSERT INTO console_credentials (sha256, kind, person_id, created_at, expires_at) VALUES (?, 'link', ?, ?, ?)",
                                 arguments: [digest, personID, now, expiresAt])
            try Self.appendAudit(db, at: now, actor: actor, action: .consoleLinkIssued, subject: personID, details: "sha256 \(digest.prefix(12))…")
        }
        return secret
    }

    public func redeemSignInLink(_ secret: String, sessionExpiresAt: Int64) async throws -> SignIn {
        let digest = APIToken.digest(secret)
        let session = APIToken.generate()
        let sessionDigest = APIToken.digest(session)
        return try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            let link = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM console_credentials WHERE sha256 = ?"), arguments: [digest]).map(Self.credential)
            switch StoreRules.redeem(link, digest: digest, now: now) {
            case .refused(let why): return why
            case .signIn(let personID, let audit):
                try db.executeCached(sql: "UPDATE console_credentials SET used_at = ? WHERE sha256 = ?", arguments: [now, digest])
                try db.executeCached(sql: "INSERT INTO console_credentials (sha256, kind, person_id, created_at, expires_at) VALUES (?, 'session', ?, ?, ?)",
                                     arguments: [sessionDigest, personID, now, sessionExpiresAt])
                try Self.appendAudit(db, at: now, actor: personID, audit)
                guard let person = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM people WHERE id = ?"), arguments: [personID]).map(Self.person) else {
                    return .unknown
                }
                return .signedIn(person: person, session: session)
            }
        }
    }

    public func sessionPerson(_ session: String) async throws -> Person? {
        let digest = APIToken.digest(session)
        return try await readTransaction { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT c.sha256, p.* FROM console_credentials c JOIN people p ON p.id = c.person_id
                WHERE c.sha256 = ?1 AND c.kind = 'session' AND c.revoked_at IS NULL AND c.expires_at > ?2 AND (p.left_at IS NULL OR p.left_at > ?2)
                """), arguments: [digest, now]) else { return nil }
            return Self.holder(row, digest: digest)
        }
    }

    public func endSession(_ session: String) async throws {
        let digest = APIToken.digest(session)
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            guard let personID = try String.fetchOne(db.cachedStatement(sql: """
                UPDATE console_credentials SET revoked_at = ? WHERE sha256 = ? AND kind = 'session' AND revoked_at IS NULL RETURNING person_id
                """), arguments: [now, digest]) else { return }
            try Self.appendAudit(db, at: now, actor: personID, action: .consoleSignedOut, subject: personID, details: "session sha256 \(digest.prefix(12))…")
        }
    }

    static func credential(_ row: Row) -> StoreRules.Credential {
        StoreRules.Credential(kind: row["kind"], personID: row["person_id"], expiresAt: row["expires_at"], usedAt: row["used_at"], revokedAt: row["revoked_at"])
    }
}
