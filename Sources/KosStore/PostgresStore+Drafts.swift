import Foundation
import KosCore
import Crypto
import PostgresNIO

/// Tokens, drafts, revisions, definitions and a run's step context on PostgreSQL.
extension PostgresStore {
    // MARK: Tokens

    public func createToken(personID: String, expiresAt: Int64?, actor: String) async throws -> String {
        let token = APIToken.generate()
        let digest = AuditChain.contentHash(Data(token.utf8))
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            guard try await !Self.people(try await c.query("SELECT id, role, store, groups_json FROM people WHERE id = \(personID)", logger: self.logger)).isEmpty else {
                throw StoreError.notFound("person \(personID)")
            }
            try await c.query("INSERT INTO tokens (sha256, person_id, created_at, expires_at) VALUES (\(digest), \(personID), \(now), \(expiresAt))", logger: self.logger)
            // The audit names the token by a prefix of its hash, never by the token.
            try await Self.appendAudit(c, self.logger, at: now, actor: actor, action: .tokenCreated, subject: personID, details: "sha256 \(digest.prefix(12))…")
        }
        return token
    }

    public func authenticate(token: String) async throws -> Person? {
        let digest = AuditChain.contentHash(Data(token.utf8))
        return try await read { c in
            let rows = try await c.query("""
                SELECT t.sha256, p.id, p.role, p.store, p.groups_json FROM tokens t JOIN people p ON p.id = t.person_id
                WHERE t.sha256 = \(digest) AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > \(unescaped: Self.nowSQL))
                """, logger: self.logger)
            for try await (hash, id, role, store, groups) in rows.decode((String, String, String, String?, String).self) {
                // The lookup is by hash; compare again in constant time so no timing path depends on the secret.
                guard APIToken.constantTimeEqual(Array(hash.utf8), Array(digest.utf8)) else { return nil }
                let list = (try? JSONSerialization.jsonObject(with: Data(groups.utf8)) as? [String]) ?? []
                return Person(id: id, role: Person.Role(rawValue: role) ?? .creator, groups: list, store: store)
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
            try await Self.appendAudit(c, self.logger, at: now, actor: actor, action: .tokenRevoked, subject: personID, details: "\(n) tokens")
        }
    }

    // MARK: Drafts

    static func insertSubmission(_ c: PostgresConnection, _ logger: Logger, _ submission: DraftSubmission, now: Int64) async throws -> SubmittedDraft {
        if let key = submission.idempotencyKey {
            let rows = try await c.query("""
                SELECT d.id, r.number, r.content_hash FROM drafts d JOIN revisions r ON r.draft_id = d.id AND r.number = 1
                WHERE d.creator_id = \(submission.creatorID) AND d.idempotency_key = \(key)
                """, logger: logger)
            for try await (id, number, hash) in rows.decode((String, Int, String).self) {
                return SubmittedDraft(draftID: id, revision: number, contentHash: hash, created: false)
            }
        }
        let w = StoreRules.submission(submission)
        let id = w.draftID
        // Two hosts taking the same idempotency key at once: one inserts, the other finds the draft.
        var inserted = 0
        for try await _ in try await c.query("""
            INSERT INTO drafts (id, creator_id, workflow, state, idempotency_key, created_at)
            VALUES (\(id), \(submission.creatorID), \(submission.workflow), 'submitted', \(submission.idempotencyKey), \(now))
            ON CONFLICT (creator_id, idempotency_key) DO NOTHING RETURNING id
            """, logger: logger).decode(String.self) { inserted += 1 }
        if inserted == 0 { return try await insertSubmission(c, logger, submission, now: now) }
        try await c.query("""
            INSERT INTO revisions (draft_id, number, content_hash, content, created_at, title) VALUES (\(id), 1, \(w.contentHash), \(submission.content), \(now), \(submission.title))
            """, logger: logger)
        try await insertRevisionMedia(c, logger, draftID: id, revision: 1, submission.media)
        try await appendAudit(c, logger, at: now, actor: submission.creatorID, w.audit)
        return SubmittedDraft(draftID: id, revision: 1, contentHash: w.contentHash, created: true)
    }

    static func insertRun(_ c: PostgresConnection, _ logger: Logger, now: Int64, draftID: String, revision: Int, workflow: String, definitionsVersion: String?,
                          first: (Int, String)?, actor: String) async throws -> String {
        let id = "r-" + String(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16))
        try await c.query("""
            INSERT INTO runs (id, draft_id, revision, workflow, state, created_at, updated_at, definitions_version)
            VALUES (\(id), \(draftID), \(revision), \(workflow), \(first == nil ? "completed" : "running"), \(now), \(now), \(definitionsVersion))
            """, logger: logger)
        if let (index, stepID) = first {
            try await c.query("""
                INSERT INTO steps (run_id, step_index, step_id, state, due_at, ready_at) VALUES (\(id), \(index), \(stepID), 'pending', \(now), \(now))
                """, logger: logger)
            try await c.query("NOTIFY kos_steps", logger: logger)
        }
        try await appendAudit(c, logger, at: now, actor: actor, action: .runStarted, subject: id, details: "\(workflow) on \(draftID) revision \(revision)")
        return id
    }

    public func submitDraft(_ submission: DraftSubmission) async throws -> SubmittedDraft {
        try await transaction { c in try await Self.insertSubmission(c, self.logger, submission, now: try await Self.now(c, self.logger)) }
    }

    public func submitBatch(_ submissions: [RunSubmission]) async throws -> [SubmittedDraft] {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            var out: [SubmittedDraft] = []
            for s in submissions {
                let submitted = try await Self.insertSubmission(c, self.logger, s.submission, now: now)
                if submitted.created {
                    _ = try await Self.insertRun(c, self.logger, now: now, draftID: submitted.draftID, revision: 1, workflow: s.submission.workflow,
                                                 definitionsVersion: s.submission.definitionsVersion, first: s.firstStep.map { ($0.index, $0.id) },
                                                 actor: s.submission.creatorID)
                }
                out.append(submitted)
            }
            return out
        }
    }

    static func lastRevision(_ c: PostgresConnection, _ logger: Logger, _ draftID: String) async throws -> Int? {
        for try await n in try await c.query("SELECT MAX(number) FROM revisions WHERE draft_id = \(draftID)", logger: logger).decode(Int?.self) { return n }
        return nil
    }

    public func addRevision(draftID: String, content: Data, actor: String) async throws -> Int {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            // The draft row, locked: two hosts revising at once number their revisions one after the other.
            for try await _ in try await c.query("SELECT id FROM drafts WHERE id = \(draftID) FOR UPDATE", logger: self.logger).decode(String.self) {}
            guard let last = try await Self.lastRevision(c, self.logger, draftID) else { throw StoreError.notFound("draft \(draftID)") }
            let hash = AuditChain.contentHash(content)
            try await c.query("""
                INSERT INTO revisions (draft_id, number, content_hash, content, created_at) VALUES (\(draftID), \(last + 1), \(hash), \(content), \(now))
                """, logger: self.logger)
            try await Self.appendAudit(c, self.logger, at: now, actor: actor, action: .draftRevised, subject: draftID, details: "revision \(last + 1) \(hash)")
            return last + 1
        }
    }

    public func draft(id: String) async throws -> StoredDraft? {
        try await read { c in
            var head: (String, String, String, String)?
            for try await row in try await c.query("SELECT id, creator_id, workflow, state FROM drafts WHERE id = \(id)", logger: self.logger)
                .decode((String, String, String, String).self) { head = row }
            guard let head else { return nil }
            var revisions: [StoredDraft.Revision] = []
            for try await (number, hash, content) in try await c.query("""
                SELECT number, content_hash, content FROM revisions WHERE draft_id = \(id) ORDER BY number
                """, logger: self.logger).decode((Int, String, Data).self) {
                revisions.append(StoredDraft.Revision(number: number, contentHash: hash, content: content))
            }
            return StoredDraft(id: head.0, creatorID: head.1, workflow: head.2, state: try .stored(head.3), revisions: revisions)
        }
    }

    /// Ends a draft's running run with `status` and cancels its open step (a worker holding it is fenced out).
    static func endRunningRun(_ c: PostgresConnection, _ logger: Logger, draftID: String, status: RunStatus, reason: String, now: Int64, actor: String) async throws {
        var running: [String] = []
        for try await id in try await c.query("SELECT id FROM runs WHERE draft_id = \(draftID) AND state = 'running' FOR UPDATE", logger: logger).decode(String.self) {
            running.append(id)
        }
        for runID in running {
            let w = StoreRules.endRun(runID, status: status, reason: reason)
            try await c.query("""
                UPDATE steps SET state = 'cancelled', lease_owner = NULL, lease_until = NULL WHERE run_id = \(runID) AND state IN ('pending', 'claimed')
                """, logger: logger)
            try await c.query("UPDATE runs SET state = \(w.status.rawValue), reason = \(w.reason), updated_at = \(now) WHERE id = \(runID)", logger: logger)
            try await appendAudit(c, logger, at: now, actor: actor, w.audit)
        }
    }

    public func reviseDraft(draftID: String, content: Data, title: String?, media: [String: String], firstStep: (index: Int, id: String)?,
                            definitionsVersion: String?, actor: String) async throws -> (revision: Int, runID: String) {
        let first = firstStep.map { ($0.index, $0.id) }
        return try await transaction { c in
            let now = try await Self.now(c, self.logger)
            var draft: (String, String)?
            for try await row in try await c.query("SELECT workflow, state FROM drafts WHERE id = \(draftID) FOR UPDATE", logger: self.logger)
                .decode((String, String).self) { draft = row }
            guard let draft, let last = try await Self.lastRevision(c, self.logger, draftID) else { throw StoreError.notFound("draft \(draftID)") }
            let w = try StoreRules.revision(draftID: draftID, state: .stored(draft.1), last: last, content: content)
            try await c.query("""
                INSERT INTO revisions (draft_id, number, content_hash, content, created_at, title) VALUES (\(draftID), \(w.number), \(w.contentHash), \(content), \(now), \(title))
                """, logger: self.logger)
            try await Self.insertRevisionMedia(c, self.logger, draftID: draftID, revision: w.number, media)
            try await Self.appendAudit(c, self.logger, at: now, actor: actor, w.audit)
            try await Self.endRunningRun(c, self.logger, draftID: draftID, status: .superseded, reason: w.supersededBecause, now: now, actor: actor)
            let run = try await Self.insertRun(c, self.logger, now: now, draftID: draftID, revision: w.number, workflow: draft.0,
                                               definitionsVersion: definitionsVersion, first: first, actor: actor)
            return (w.number, run)
        }
    }

    public func withdrawDraft(draftID: String, reason: String, actor: String) async throws {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            var n = 0
            for try await _ in try await c.query("UPDATE drafts SET state = 'withdrawn' WHERE id = \(draftID) RETURNING id", logger: self.logger).decode(String.self) { n += 1 }
            guard n == 1 else { throw StoreError.notFound("draft \(draftID)") }
            try await Self.appendAudit(c, self.logger, at: now, actor: actor, action: .draftWithdrawn, subject: draftID, details: reason)
            try await Self.endRunningRun(c, self.logger, draftID: draftID, status: .withdrawn, reason: reason, now: now, actor: actor)
        }
    }

    public func putMedia(_ bytes: Data) async throws -> String {
        let hash = AuditChain.contentHash(bytes)
        try await transaction { c in
            try await c.query("INSERT INTO media (sha256, bytes, size) VALUES (\(hash), \(bytes), \(bytes.count)) ON CONFLICT (sha256) DO NOTHING", logger: self.logger)
        }
        return hash
    }

    static func insertRevisionMedia(_ c: PostgresConnection, _ logger: Logger, draftID: String, revision: Int, _ media: [String: String]) async throws {
        for (path, sha256) in media.sorted(by: { $0.key < $1.key }) {
            try await c.query("INSERT INTO revision_media (draft_id, revision, path, sha256) VALUES (\(draftID), \(revision), \(path), \(sha256))", logger: logger)
        }
    }

    public func revisionMedia(draftID: String, revision: Int) async throws -> [String: StoredMedia] {
        try await read { c in
            var out: [String: StoredMedia] = [:]
            for try await (path, sha256, size) in try await c.query("""
                SELECT r.path, r.sha256, COALESCE(m.size, 0) FROM revision_media r LEFT JOIN media m ON m.sha256 = r.sha256
                WHERE r.draft_id = \(draftID) AND r.revision = \(revision)
                """, logger: self.logger).decode((String, String, Int).self) {
                out[path] = StoredMedia(sha256: sha256, size: size)
            }
            return out
        }
    }

    public func media(sha256: String) async throws -> Data? {
        try await read { c in
            for try await bytes in try await c.query("SELECT bytes FROM media WHERE sha256 = \(sha256)", logger: self.logger).decode(Data.self) { return bytes }
            return nil
        }
    }

    public func mediaLinkKey() async throws -> Data {
        let made = Data(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
        return try await transaction { c in
            let now = try await Self.now(c, self.logger)
            try await c.query("INSERT INTO kos_keys (name, value, created_at) VALUES ('media-links', \(made), \(now)) ON CONFLICT (name) DO NOTHING", logger: self.logger)
            for try await key in try await c.query("SELECT value FROM kos_keys WHERE name = 'media-links'", logger: self.logger).decode(Data.self) { return key }
            throw StoreError.unavailable("PostgreSQL: the media link key cannot be read")
        }
    }

    public func history(draftID: String) async throws -> [AuditEntry] {
        try await read { c in
            var out: [AuditEntry] = []
            // The draft's own entries and those of its runs and their steps ("run-id/step").
            let rows = try await c.query("""
                SELECT seq, at, actor, action, subject, details, previous_hash, hash FROM audit
                WHERE subject = \(draftID)
                   OR subject IN (SELECT id FROM runs WHERE draft_id = \(draftID))
                   OR split_part(subject, '/', 1) IN (SELECT id FROM runs WHERE draft_id = \(draftID))
                ORDER BY seq
                """, logger: self.logger)
            for try await (seq, at, actor, action, subject, details, previous, hash) in rows.decode((Int64, Int64, String, String, String, String, String, String).self) {
                out.append(AuditEntry(seq: seq, at: at, actor: actor, action: action, subject: subject, details: details, previousHash: previous, hash: hash))
            }
            return out
        }
    }

    // MARK: Definitions

    public func recordDefinitions(_ files: [DefinitionFile]) async throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try encoder.encode(files.sorted { $0.path < $1.path })
        let version = "defs-" + AuditChain.contentHash(json).prefix(12)
        let text = String(decoding: json, as: UTF8.self)
        try await transaction { c in
            try await c.query("""
                INSERT INTO definition_versions (version, files, recorded_at) VALUES (\(version), \(text), \(unescaped: Self.nowSQL))
                ON CONFLICT (version) DO UPDATE SET recorded_at = EXCLUDED.recorded_at
                """, logger: self.logger)
        }
        return version
    }

    public func currentDefinitionsVersion() async throws -> String? {
        try await read { c in
            for try await version in try await c.query("SELECT version FROM definition_versions ORDER BY recorded_at DESC, version LIMIT 1", logger: self.logger)
                .decode(String.self) { return version }
            return nil
        }
    }

    public func definitions(version: String) async throws -> [DefinitionFile]? {
        let text: String? = try await read { c in
            for try await files in try await c.query("SELECT files FROM definition_versions WHERE version = \(version)", logger: self.logger).decode(String.self) {
                return files
            }
            return nil
        }
        return try text.map { try JSONDecoder().decode([DefinitionFile].self, from: Data($0.utf8)) }
    }

    // MARK: Step context

    static func stepContext(_ c: PostgresConnection, _ logger: Logger, runID: String) async throws -> StepContext? {
        var head: (StoredRun, Data, String, String)?
        for try await (id, draft, revision, workflow, state, reason, version, content, hash, creator) in try await c.query("""
            SELECT r.id, r.draft_id, r.revision, r.workflow, r.state, r.reason, r.definitions_version, v.content, v.content_hash, d.creator_id
            FROM runs r JOIN revisions v ON v.draft_id = r.draft_id AND v.number = r.revision JOIN drafts d ON d.id = r.draft_id
            WHERE r.id = \(runID)
            """, logger: logger).decode((String, String, Int, String, String, String?, String?, Data, String, String).self) {
            head = (StoredRun(id: id, draftID: draft, revision: revision, workflow: workflow, status: try .stored(state), reason: reason, definitionsVersion: version),
                    content, hash, creator)
        }
        guard let head else { return nil }
        let creator = try await people(try await c.query("SELECT id, role, store, groups_json FROM people WHERE id = \(head.3)", logger: logger)).first
        var completions: [Int: StepContext.Completion] = [:]
        for try await (index, outcome, result) in try await c.query("""
            SELECT step_index, outcome, result FROM step_completions WHERE run_id = \(runID) ORDER BY id
            """, logger: logger).decode((Int, String, String?).self) {
            completions[index] = StepContext.Completion(outcome: outcome, result: result)
        }
        var attempts: [Int: Int] = [:]
        for try await (index, n) in try await c.query("""
            SELECT d.step_index, (COUNT(*) - MAX(d.replayed_after))::bigint FROM deliveries d JOIN delivery_attempts a ON a.delivery_id = d.id
            WHERE d.run_id = \(runID) GROUP BY d.step_index
            """, logger: logger).decode((Int, Int).self) {
            attempts[index] = n
        }
        return StepContext(run: head.0, content: head.1, contentHash: head.2, creator: creator, completions: completions, attempts: attempts)
    }

    public func stepContext(runID: String) async throws -> StepContext? {
        try await read { c in try await Self.stepContext(c, self.logger, runID: runID) }
    }

    public func stepContexts(runIDs: [String]) async throws -> [String: StepContext] {
        try await read { c in
            var out: [String: StepContext] = [:]
            for id in Set(runIDs) {
                // A run whose state this kosd cannot read is left out (its step fails, saying so); the others go on.
                do { out[id] = try await Self.stepContext(c, self.logger, runID: id) } catch let error as StoreError where error.kind == .unknownState { continue }
            }
            return out
        }
    }
}
