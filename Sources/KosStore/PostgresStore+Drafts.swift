import Foundation
import Crypto
import KosCore
import Logging
import NIOSSL
import PostgresNIO
import Synchronization

/// Drafts, revisions, media, and what lists show of them on PostgreSQL.
extension PostgresStore {
    /// A new draft and its first revision; with `firstStep`, its run started too, that step pending (all in one
    /// statement). Nothing is written when the creator's idempotency key is taken (by an earlier submit, or by
    /// another host at this moment): that draft is returned instead, and no run is started for it.
    static func insertSubmission(_ c: PostgresConnection, _ logger: Logger, _ submission: DraftSubmission, now: Int64,
                                 firstStep: NextStep? = nil) async throws -> SubmittedDraft {
        let w = StoreRules.submission(submission)
        let id = w.draftID
        let runID = StoreRules.newRunID()
        var inserted = 0
        var binds = Binds()
        binds.add(id); binds.add(submission.creatorID); binds.add(submission.workflow); binds.add(submission.idempotencyKey); binds.add(now)
        binds.add(w.contentHash); try binds.add(throwing: submission.content); binds.add(submission.title)
        if let firstStep {
            binds.add(runID); binds.add(submission.definitionsVersion); binds.add(firstStep.index); binds.add(firstStep.id)
            for try await _ in try await c.run(SQLInsertDraftAndRun.self, binds, logger: logger) { inserted += 1 }
        } else {
            for try await _ in try await c.run(SQLInsertDraft.self, binds, logger: logger) { inserted += 1 }
        }
        if inserted == 0 {
            if let key = submission.idempotencyKey {
                let rows = try await c.query("""
                    SELECT d.id, r.number, r.content_hash FROM drafts d JOIN revisions r ON r.draft_id = d.id AND r.number = 1
                    WHERE d.creator_id = \(submission.creatorID) AND d.idempotency_key = \(key)
                    """, logger: logger)
                for try await (id, number, hash) in rows.decode((String, Int, String).self) {
                    return SubmittedDraft(draftID: id, revision: number, contentHash: hash, created: false)
                }
            }
            // The draft that held the key was rolled back meanwhile: try again.
            return try await insertSubmission(c, logger, submission, now: now, firstStep: firstStep)
        }
        try await insertRevisionMedia(c, logger, draftID: id, revision: 1, submission.media)
        try await appendAudit(c, logger, at: now, actor: submission.creatorID, w.audit)
        if firstStep != nil {
            try await appendAudit(c, logger, at: now, actor: submission.creatorID, action: .runStarted, subject: runID,
                                  details: "\(submission.workflow) on \(id) revision 1")
        }
        return SubmittedDraft(draftID: id, revision: 1, contentHash: w.contentHash, created: true)
    }

    enum SQLInsertDraft: PreparedText {
        static let sql = """
            WITH d AS (
              INSERT INTO drafts (id, creator_id, workflow, state, idempotency_key, created_at)
              VALUES ($1, $2, $3, 'submitted', $4::text, $5)
              ON CONFLICT (creator_id, idempotency_key) DO NOTHING RETURNING id)
            INSERT INTO revisions (draft_id, number, content_hash, content, created_at, title)
            SELECT id, 1, $6, $7::bytea, $5, $8::text FROM d RETURNING draft_id
            """
    }

    enum SQLInsertDraftAndRun: PreparedText {
        static let sql = """
            WITH d AS (
              INSERT INTO drafts (id, creator_id, workflow, state, idempotency_key, created_at)
              VALUES ($1, $2, $3, 'submitted', $4::text, $5)
              ON CONFLICT (creator_id, idempotency_key) DO NOTHING RETURNING id),
            v AS (
              INSERT INTO revisions (draft_id, number, content_hash, content, created_at, title)
              SELECT id, 1, $6, $7::bytea, $5, $8::text FROM d),
            r AS (
              INSERT INTO runs (id, draft_id, revision, workflow, state, created_at, updated_at, definitions_version, creator_id)
              SELECT $9, id, 1, $3, 'running', $5, $5, $10::text, $2 FROM d RETURNING id)
            INSERT INTO steps (run_id, step_index, step_id, state, due_at, ready_at) SELECT id, $11::bigint, $12, 'pending', $5, $5 FROM r
            RETURNING run_id
            """
    }

    enum SQLSummariesByID { static let sql = PostgresStore.summarySQL + " WHERE d.id = ANY($1)" }

    public func submitDraft(_ submission: DraftSubmission) async throws -> SubmittedDraft {
        try await transaction { c in try await Self.insertSubmission(c, self.logger, submission, now: try await Self.now(c, self.logger)) }
    }

    public func submitBatch(_ submissions: [RunSubmission], committed: @escaping @Sendable () -> Void) async throws -> [SubmittedDraft] {
        let submitted = try await transaction { c in
            let now = try await Self.now(c, self.logger)
            var out: [SubmittedDraft] = []
            var enqueued = false
            for s in submissions {
                let submitted = try await Self.insertSubmission(c, self.logger, s.submission, now: now, firstStep: s.firstStep)
                if submitted.created {
                    if s.firstStep == nil {
                        _ = try await Self.insertRun(c, self.logger, now: now, draftID: submitted.draftID, revision: 1, workflow: s.submission.workflow,
                                                     definitionsVersion: s.submission.definitionsVersion, first: nil, actor: s.submission.creatorID)
                    }
                    enqueued = enqueued || s.firstStep != nil
                }
                out.append(submitted)
            }
            // Every host's workers hear of the batch's steps once, when it commits.
            if enqueued { try await c.query("NOTIFY kos_steps", logger: self.logger) }
            // The summaries the API answers with, read in the same transaction.
            let ids = out.map(\.draftID)
            var summaries: [String: DraftSummary] = [:]
            for s in try await Self.summaries(try await c.query(PostgresQuery(unsafeSQL: SQLSummariesByID.sql, binds: Binds([ids]).bindings), logger: self.logger)) { summaries[s.id] = s }
            return out.map { s in
                var s = s
                s.summary = summaries[s.draftID]
                return s
            }
        }
        committed()
        return submitted
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
            guard let last = try await Self.lastRevision(c, self.logger, draftID) else { throw StoreError.notFound(tr("draft \(draftID)")) }
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
            guard let draft, let last = try await Self.lastRevision(c, self.logger, draftID) else { throw StoreError.notFound(tr("draft \(draftID)")) }
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
            guard n == 1 else { throw StoreError.notFound(tr("draft \(draftID)")) }
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
            throw StoreError.unavailable(tr("PostgreSQL: the media link key cannot be read"))
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

    static let summarySQL = """
        SELECT d.id, d.creator_id, d.workflow, d.state, d.created_at, v.number, v.content_hash, v.title,
          r.id, r.revision, r.workflow, r.state, r.reason, r.definitions_version, r.updated_at,
          s.step_index, s.step_id, s.state, s.due_at, s.ready_at
        FROM drafts d
        JOIN revisions v ON v.draft_id = d.id AND v.number = (SELECT MAX(number) FROM revisions WHERE draft_id = d.id)
        LEFT JOIN runs r ON r.seq = (SELECT MAX(seq) FROM runs WHERE draft_id = d.id)
        LEFT JOIN steps s ON s.run_id = r.id AND s.state IN ('pending', 'claimed')
        """

    static func summaries<Rows: AsyncSequence>(_ rows: Rows) async throws -> [DraftSummary] where Rows.Element == PostgresRow {
        var out: [DraftSummary] = []
        for try await row in rows {
            let (id, creator, workflow, state, created, revision, hash, title) = try row.decode((String, String, String, String, Int64, Int, String, String?).self)
            var cells = row.makeIterator()
            for _ in 0..<8 { _ = cells.next() }
            let runCells = (0..<7).compactMap { _ in cells.next() }
            let stepCells = (0..<5).compactMap { _ in cells.next() }
            var run: StoredRun?
            var updated = created
            if let runID = try runCells[0].decode(String?.self) {
                run = StoredRun(id: runID, draftID: id, revision: try runCells[1].decode(Int.self), workflow: try runCells[2].decode(String.self),
                                status: try .stored(try runCells[3].decode(String.self)), reason: try runCells[4].decode(String?.self),
                                definitionsVersion: try runCells[5].decode(String?.self))
                updated = max(created, try runCells[6].decode(Int64.self))
            }
            var step: OpenStep?
            if let stepID = try stepCells[1].decode(String?.self) {
                let due = try stepCells[3].decode(Int64.self)
                step = OpenStep(index: try stepCells[0].decode(Int.self), id: stepID, state: try .stored(try stepCells[2].decode(String.self)), dueAt: due,
                                readyAt: try stepCells[4].decode(Int64?.self) ?? due)
            }
            out.append(DraftSummary(id: id, creatorID: creator, workflow: workflow, state: try .stored(state), revision: revision, contentHash: hash, title: title,
                                    createdAt: created, updatedAt: updated, run: run, openStep: step))
        }
        return out
    }

    public func drafts(creatorID: String?, openOnly: Bool) async throws -> [DraftSummary] {
        try await read { c in
            try await Self.summaries(try await c.query("""
                \(unescaped: Self.summarySQL)
                WHERE (\(creatorID)::text IS NULL OR d.creator_id = \(creatorID)) AND (NOT \(openOnly) OR r.state = 'running')
                ORDER BY d.created_at DESC, d.seq DESC
                """, logger: self.logger))
        }
    }

    public func draftSummary(id: String) async throws -> DraftSummary? {
        try await read { c in try await Self.summaries(try await c.query("\(unescaped: Self.summarySQL) WHERE d.id = \(id)", logger: self.logger)).first }
    }

    public func draftSummaries(ids: [String]) async throws -> [DraftSummary] {
        guard !ids.isEmpty else { return [] }
        return try await read { c in
            try await Self.summaries(try await c.query("\(unescaped: Self.summarySQL) WHERE d.id = ANY(\(ids))", logger: self.logger))
        }
    }

    public func queuedDrafts() async throws -> [QueuedDraft] {
        try await read { c in
            // Driven from the open steps (one per running run), with one key lookup a row: the run's.
            let rows = try await c.query("""
                SELECT r.draft_id, COALESCE(r.creator_id, (SELECT creator_id FROM drafts WHERE id = r.draft_id)), r.id, r.workflow, r.definitions_version,
                  s.step_index, COALESCE(s.ready_at, s.due_at), s.escalated_to
                FROM steps s JOIN runs r ON r.id = s.run_id
                WHERE s.state IN ('pending', 'claimed') AND r.state = 'running'
                """, logger: self.logger)
            var out: [QueuedDraft] = []
            for try await (draft, creator, run, workflow, version, index, ready, escalated)
                in rows.decode((String, String, String, String, String?, Int, Int64, String?).self) {
                out.append(QueuedDraft(draftID: draft, creatorID: creator, runID: run, workflow: workflow, definitionsVersion: version,
                                       stepIndex: index, readyAt: ready, escalatedTo: escalated))
            }
            return QueuedDraft.longestWaitingFirst(out)
        }
    }
}
