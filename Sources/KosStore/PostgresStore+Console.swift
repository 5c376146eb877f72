import Foundation
import KosCore
import PostgresNIO

/// The review console's sign-in links and sessions on PostgreSQL: one table of credentials, each stored only as
/// the SHA-256 of its secret; a link's row is locked and spent in the transaction that opens its session, so two
/// hosts never both honour one link.
extension PostgresStore {
    public func createSignInLink(personID: String, expiresAt: Int64, actor: String) async throws -> String {
        let secret = APIToken.generate()
        let digest = APIToken.digest(secret)
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            try await Self.requirePerson(c, self.logger, personID)
            try await c.query("""
                INSERT INTO console_credentials (sha256, kind, person_id, created_at, expires_at) VALUES (\(digest), 'link', \(personID), \(now), \(expiresAt))
                """, logger: self.logger)
            try await Self.appendAudit(c, self.logger, at: now, actor: actor, action: .consoleLinkIssued, subject: personID, details: "sha256 \(digest.prefix(12))…")
        }
        return secret
    }

    public func redeemSignInLink(_ secret: String, sessionExpiresAt: Int64) async throws -> SignIn {
        let digest = APIToken.digest(secret)
        let session = APIToken.generate()
        let sessionDigest = APIToken.digest(session)
        return try await transaction { c in
            let now = try await Self.now(c, self.logger)
            var link: StoreRules.Credential?
            for try await (kind, personID, expiresAt, usedAt, revokedAt) in try await c.query("""
                SELECT kind, person_id, expires_at, used_at, revoked_at FROM console_credentials WHERE sha256 = \(digest) FOR UPDATE
                """, logger: self.logger).decode((String, String, Int64, Int64?, Int64?).self) {
                link = StoreRules.Credential(kind: kind, personID: personID, expiresAt: expiresAt, usedAt: usedAt, revokedAt: revokedAt)
            }
            switch StoreRules.redeem(link, digest: digest, now: now) {
            case .refused(let why): return why
            case .signIn(let personID, let audit):
                try await c.query("UPDATE console_credentials SET used_at = \(now) WHERE sha256 = \(digest)", logger: self.logger)
                try await c.query("""
                    INSERT INTO console_credentials (sha256, kind, person_id, created_at, expires_at) VALUES (\(sessionDigest), 'session', \(personID), \(now), \(sessionExpiresAt))
                    """, logger: self.logger)
                try await Self.appendAudit(c, self.logger, at: now, actor: personID, audit)
                guard let person = try await Self.people(try await c.query("SELECT \(unescaped: Self.personColumns()) FROM people WHERE id = \(personID)",
                                                                          logger: self.logger)).first else { return .unknown }
                return .signedIn(person: person, session: session)
            }
        }
    }

    public func sessionPerson(_ session: String) async throws -> Person? {
        let digest = APIToken.digest(session)
        return try await read { c in
            let rows = try await c.query("""
                SELECT c.sha256, \(unescaped: Self.personColumns("p.")) FROM console_credentials c JOIN people p ON p.id = c.person_id
                WHERE c.sha256 = \(digest) AND c.kind = 'session' AND c.revoked_at IS NULL AND c.expires_at > \(unescaped: Self.nowSQL)
                  AND (p.left_at IS NULL OR p.left_at > \(unescaped: Self.nowSQL))
                """, logger: self.logger)
            return try await Self.holder(rows, digest: digest)
        }
    }

    public func endSession(_ session: String) async throws {
        let digest = APIToken.digest(session)
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            var ended: String?
            for try await personID in try await c.query("""
                UPDATE console_credentials SET revoked_at = \(now) WHERE sha256 = \(digest) AND kind = 'session' AND revoked_at IS NULL RETURNING person_id
                """, logger: self.logger).decode(String.self) { ended = personID }
            guard let personID = ended else { return }
            try await Self.appendAudit(c, self.logger, at: now, actor: personID, action: .consoleSignedOut, subject: personID, details: "session sha256 \(digest.prefix(12))…")
        }
    }
}
