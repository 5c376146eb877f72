import Foundation
import KosCore
import PostgresNIO

/// People, runs, decisions and the queue's next due time on PostgreSQL.
extension PostgresStore {
    public func probeWrite() async throws {
        try await transaction { c in
            try await c.query("INSERT INTO health (id, at) VALUES (1, \(unescaped: Self.nowSQL)) ON CONFLICT (id) DO UPDATE SET at = excluded.at", logger: self.logger)
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

    static func people(_ rows: PostgresRowSequence) async throws -> [Person] {
        var out: [Person] = []
        for try await (id, role, store, groups) in rows.decode((String, String, String?, String).self) {
            let list = (try? JSONSerialization.jsonObject(with: Data(groups.utf8)) as? [String]) ?? []
            out.append(Person(id: id, role: Person.Role(rawValue: role) ?? .creator, groups: list, store: store))
        }
        return out
    }

    public func person(id: String) async throws -> Person? {
        try await read { c in try await Self.people(try await c.query("SELECT id, role, store, groups_json FROM people WHERE id = \(id)", logger: self.logger)).first }
    }

    public func people() async throws -> [Person] {
        try await read { c in try await Self.people(try await c.query("SELECT id, role, store, groups_json FROM people ORDER BY id", logger: self.logger)) }
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

    public func startRun(draftID: String, revision: Int, workflow: String, firstStep: (index: Int, id: String)?, actor: String) async throws -> String {
        let first = firstStep.map { ($0.index, $0.id) }
        return try await transaction { c in
            try await Self.insertRun(c, self.logger, now: try await Self.now(c, self.logger), draftID: draftID, revision: revision, workflow: workflow,
                                     definitionsVersion: nil, first: first, actor: actor)
        }
    }

    public func run(id: String) async throws -> StoredRun? {
        try await read { c in
            let rows = try await c.query("SELECT id, draft_id, revision, workflow, state, reason, definitions_version FROM runs WHERE id = \(id)", logger: self.logger)
            for try await (id, draft, revision, workflow, state, reason, version) in rows.decode((String, String, Int, String, String, String?, String?).self) {
                return StoredRun(id: id, draftID: draft, revision: revision, workflow: workflow, status: try .stored(state), reason: reason, definitionsVersion: version)
            }
            return nil
        }
    }

    public func recordDecision(runID: String, stepIndex: Int, reviewerID: String, approve: Bool, contentHash: String, reason: String?) async throws {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            // No row lock: the worker locks a step, then its run, and a lock here would take them the other way
            // round. A revision committed in the same instant can let the decision land on the run it just ended,
            // where it counts for nothing (the new run reads only its own).
            var current: String?
            for try await hash in try await c.query("""
                SELECT v.content_hash FROM runs r JOIN revisions v ON v.draft_id = r.draft_id AND v.number = r.revision
                WHERE r.id = \(runID) AND r.state = 'running'
                """, logger: self.logger).decode(String.self) { current = hash }
            guard current == contentHash else { throw StoreError.undecidable(runID: runID, contentHash: contentHash, running: current != nil) }
            try await c.query("""
                INSERT INTO approvals (run_id, step_index, reviewer_id, decision, content_hash, reason, at)
                VALUES (\(runID), \(stepIndex), \(reviewerID), \(approve ? "approve" : "reject"), \(contentHash), \(reason), \(now))
                """, logger: self.logger)
            try await Self.appendAudit(c, self.logger, at: now, actor: reviewerID, action: approve ? .approvalApproved : .approvalRejected,
                                       subject: "\(runID)/\(stepIndex)", details: reason ?? contentHash)
            // Wake the step, on whichever host holds it next.
            try await c.query("UPDATE steps SET due_at = \(now) WHERE run_id = \(runID) AND step_index = \(stepIndex) AND state = 'pending'", logger: self.logger)
            try await c.query("NOTIFY kos_steps", logger: self.logger)
        }
    }

    public func decisions(runID: String, stepIndex: Int) async throws -> [StoredDecision] {
        try await read { c in
            var out: [StoredDecision] = []
            let rows = try await c.query("""
                SELECT id, reviewer_id, decision, content_hash, reason FROM approvals WHERE run_id = \(runID) AND step_index = \(stepIndex) ORDER BY id
                """, logger: self.logger)
            for try await (id, reviewer, decision, hash, reason) in rows.decode((Int64, String, String, String, String?).self) {
                out.append(StoredDecision(id: id, reviewerID: reviewer, approve: decision == "approve", contentHash: hash, reason: reason))
            }
            return out
        }
    }

    public func nextDueAt() async throws -> Int64? {
        try await read { c in
            let rows = try await c.query("""
                SELECT LEAST((SELECT MIN(due_at) FROM steps WHERE state = 'pending'), (SELECT MIN(lease_until) FROM steps WHERE state = 'claimed'))
                """, logger: self.logger)
            for try await at in rows.decode(Int64?.self) { return at }
            return nil
        }
    }
}
