import Foundation
import Crypto
import GRDB
import KosCore
import Synchronization

/// Drafts, revisions, media, and what lists show of them on SQLite.
extension SQLiteStore {
    public func submitDraft(_ submission: DraftSubmission) async throws -> SubmittedDraft {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            return try Self.insertSubmission(db, submission, now: now)
        }
    }

    static func insertSubmission(_ db: Database, _ submission: DraftSubmission, now: Int64) throws -> SubmittedDraft {
        if let key = submission.idempotencyKey,
           let row = try Row.fetchOne(db.cachedStatement(sql: """
               SELECT d.id, r.number, r.content_hash FROM drafts d JOIN revisions r ON r.draft_id = d.id AND r.number = 1
               WHERE d.creator_id = ? AND d.idempotency_key = ?
               """), arguments: [submission.creatorID, key]) {
            return SubmittedDraft(draftID: row["id"], revision: row["number"], contentHash: row["content_hash"], created: false)
        }
        let w = StoreRules.submission(submission)
        try db.executeCached(sql: "INSERT INTO drafts (id, creator_id, workflow, state, idempotency_key, created_at) VALUES (?, ?, ?, 'submitted', ?, ?)",
                       arguments: [w.draftID, submission.creatorID, submission.workflow, submission.idempotencyKey, now])
        try db.executeCached(sql: "INSERT INTO revisions (draft_id, number, content_hash, content, created_at, title) VALUES (?, 1, ?, ?, ?, ?)",
                       arguments: [w.draftID, w.contentHash, submission.content, now, submission.title])
        try insertRevisionMedia(db, draftID: w.draftID, revision: 1, submission.media)
        try appendAudit(db, at: now, actor: submission.creatorID, w.audit)
        return SubmittedDraft(draftID: w.draftID, revision: 1, contentHash: w.contentHash, created: true)
    }

    public func submitBatch(_ submissions: [RunSubmission], committed: @escaping @Sendable () -> Void) async throws -> [SubmittedDraft] {
        try await immediate({ db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            return try submissions.map { s in
                let submitted = try Self.insertSubmission(db, s.submission, now: now)
                if submitted.created {
                    _ = try Self.insertRun(db, now: now, draftID: submitted.draftID, revision: 1, workflow: s.submission.workflow,
                                           definitionsVersion: s.submission.definitionsVersion,
                                           first: s.firstStep.map { ($0.index, $0.id) }, actor: s.submission.creatorID)
                }
                return submitted
            }
        }, committed: committed, then: { db, submitted in
            // The summaries the API answers with, read after the write on the same connection (under load a trip to
            // the reader pool after the write was a seventh of a submit).
            var summaries: [String: DraftSummary] = [:]
            for s in try Self.rows(db, submitted.map(\.draftID), { Self.summarySQL + " WHERE d.id IN (\($0))" }, Self.summary) {
                summaries[s.id] = s
            }
            return submitted.map { s in
                var s = s
                s.summary = summaries[s.draftID]
                return s
            }
        })
    }

    public func addRevision(draftID: String, content: Data, actor: String) async throws -> Int {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            guard let last = try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(number) FROM revisions WHERE draft_id = ?"), arguments: [draftID]) else {
                throw StoreError.notFound(tr("draft \(draftID)"))
            }
            let hash = AuditChain.contentHash(content)
            try db.executeCached(sql: "INSERT INTO revisions (draft_id, number, content_hash, content, created_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [draftID, last + 1, hash, content, now])
            try Self.appendAudit(db, at: now, actor: actor, action: .draftRevised, subject: draftID, details: "revision \(last + 1) \(hash)")
            return last + 1
        }
    }

    public func draft(id: String) async throws -> StoredDraft? {
        try await readTransaction { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, creator_id, workflow, state FROM drafts WHERE id = ?"), arguments: [id]) else { return nil }
            let revisions = try Row.fetchAll(db.cachedStatement(sql: "SELECT number, content_hash, content FROM revisions WHERE draft_id = ? ORDER BY number"), arguments: [id])
                .map { StoredDraft.Revision(number: $0["number"], contentHash: $0["content_hash"], content: $0["content"]) }
            return StoredDraft(id: row["id"], creatorID: row["creator_id"], workflow: row["workflow"], state: try .stored(row["state"]), revisions: revisions)
        }
    }

    static let summarySQL = """
        SELECT d.id, d.creator_id, d.workflow, d.state, d.created_at,
          v.number AS revision, v.content_hash, v.title,
          r.id AS run_id, r.revision AS run_revision, r.workflow AS run_workflow, r.state AS run_state, r.reason AS run_reason,
          r.definitions_version AS run_definitions_version,
          r.updated_at AS run_updated_at,
          s.step_index, s.step_id, s.state AS step_state, s.due_at, s.ready_at
        FROM drafts d
        JOIN revisions v ON v.draft_id = d.id AND v.number = (SELECT MAX(number) FROM revisions WHERE draft_id = d.id)
        LEFT JOIN runs r ON r.rowid = (SELECT rowid FROM runs WHERE draft_id = d.id ORDER BY rowid DESC LIMIT 1)
        LEFT JOIN steps s ON s.run_id = r.id AND s.state IN ('pending', 'claimed')
        """

    static func summary(_ row: Row) throws -> DraftSummary {
        let run: StoredRun? = try (row["run_id"] as String?).map {
            StoredRun(id: $0, draftID: row["id"], revision: row["run_revision"], workflow: row["run_workflow"], status: try .stored(row["run_state"]),
                      reason: row["run_reason"], definitionsVersion: row["run_definitions_version"])
        }
        let step: OpenStep? = try (row["step_id"] as String?).map {
            OpenStep(index: row["step_index"], id: $0, state: try .stored(row["step_state"]), dueAt: row["due_at"], readyAt: row["ready_at"] ?? row["due_at"])
        }
        let created: Int64 = row["created_at"]
        return DraftSummary(id: row["id"], creatorID: row["creator_id"], workflow: row["workflow"], state: try .stored(row["state"]), revision: row["revision"],
                            contentHash: row["content_hash"], title: row["title"], createdAt: created, updatedAt: max(created, row["run_updated_at"] ?? created),
                            run: run, openStep: step)
    }

    public func drafts(creatorID: String?, openOnly: Bool) async throws -> [DraftSummary] {
        try await readTransaction { db in
            try db.decodeAll(sql: Self.summarySQL + """
                WHERE (?1 IS NULL OR d.creator_id = ?1) AND (?2 = 0 OR r.state = 'running')
                ORDER BY d.created_at DESC, d.rowid DESC
                """, arguments: [creatorID, openOnly], Self.summary)
        }
    }

    public func draftSummary(id: String) async throws -> DraftSummary? {
        try await readTransaction { db in try db.decodeFirst(sql: Self.summarySQL + " WHERE d.id = ?", arguments: [id], Self.summary) }
    }

    public func draftSummaries(ids: [String]) async throws -> [DraftSummary] {
        try await readTransaction { db in try Self.rows(db, ids, { Self.summarySQL + " WHERE d.id IN (\($0))" }, Self.summary) }
    }

    /// The rows `sql` selects for `values`, decoded in place: `sql` is given what to put in its `IN (…)`, a
    /// subquery over the values passed as one JSON array, so the statement is compiled once and kept. (A list of
    /// `?`s made each call a statement to compile: a submit's read-back compiled its four-table join each time,
    /// ~1.4 million instructions.)
    static func rows<T>(_ db: Database, _ values: [String], _ sql: (String) -> String, _ decode: (Row) throws -> T) throws -> [T] {
        guard !values.isEmpty else { return [] }
        return try db.decodeAll(sql: sql("SELECT value FROM json_each(?)"), arguments: [jsonArray(values)], decode)
    }

    /// Strings as a JSON array, for `json_each(?)`.
    static func jsonArray(_ values: some Sequence<String>) -> String {
        "[" + values.map { "\"" + JSON.escaped($0) + "\"" }.joined(separator: ",") + "]"
    }

    public func queuedDrafts() async throws -> [QueuedDraft] {
        try await readTransaction { db in
            // Driven from the open steps (one per running run), with one key lookup a row: the run's.
            let cursor = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT r.draft_id, COALESCE(r.creator_id, (SELECT creator_id FROM drafts WHERE id = r.draft_id)), r.id, r.workflow, r.definitions_version,
                  s.step_index, s.ready_at, s.due_at, s.escalated_to
                FROM steps s JOIN runs r ON r.id = s.run_id
                WHERE s.state IN ('pending', 'claimed') AND r.state = 'running'
                """))
            var out: [QueuedDraft] = []
            while let row = try cursor.next() {
                out.append(QueuedDraft(draftID: row[0], creatorID: row[1], runID: row[2], workflow: row[3], definitionsVersion: row[4],
                                       stepIndex: row[5], readyAt: row[6] ?? row[7], escalatedTo: row[8]))
            }
            return QueuedDraft.longestWaitingFirst(out)
        }
    }

    /// Ends a draft's running run with `status` and cancels its open step (a worker holding it is fenced out).
    static func endRunningRun(_ db: Database, draftID: String, status: RunStatus, reason: String, now: Int64, actor: String) throws {
        for runID in try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM runs WHERE draft_id = ? AND state = 'running'"), arguments: [draftID]) {
            let w = StoreRules.endRun(runID, status: status, reason: reason)
            try db.executeCached(sql: "UPDATE steps SET state = 'cancelled', lease_owner = NULL, lease_until = NULL WHERE run_id = ? AND state IN ('pending', 'claimed')",
                           arguments: [runID])
            try db.executeCached(sql: "UPDATE runs SET state = ?, reason = ?, updated_at = ? WHERE id = ?", arguments: [w.status.rawValue, w.reason, now, runID])
            try appendAudit(db, at: now, actor: actor, w.audit)
        }
    }

    public func reviseDraft(draftID: String, content: Data, title: String?, media: [String: String], firstStep: (index: Int, id: String)?,
                            definitionsVersion: String?, actor: String) async throws -> (revision: Int, runID: String) {
        let first = firstStep.map { ($0.index, $0.id) }
        return try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            guard let draft = try Row.fetchOne(db.cachedStatement(sql: "SELECT workflow, state FROM drafts WHERE id = ?"), arguments: [draftID]),
                  let last = try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(number) FROM revisions WHERE draft_id = ?"), arguments: [draftID]) else {
                throw StoreError.notFound(tr("draft \(draftID)"))
            }
            let w = try StoreRules.revision(draftID: draftID, state: .stored(draft["state"]), last: last, content: content)
            try db.executeCached(sql: "INSERT INTO revisions (draft_id, number, content_hash, content, created_at, title) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [draftID, w.number, w.contentHash, content, now, title])
            try Self.insertRevisionMedia(db, draftID: draftID, revision: w.number, media)
            try Self.appendAudit(db, at: now, actor: actor, w.audit)
            try Self.endRunningRun(db, draftID: draftID, status: .superseded, reason: w.supersededBecause, now: now, actor: actor)
            let run = try Self.insertRun(db, now: now, draftID: draftID, revision: w.number, workflow: draft["workflow"],
                                         definitionsVersion: definitionsVersion, first: first, actor: actor)
            return (w.number, run)
        }
    }

    public func withdrawDraft(draftID: String, reason: String, actor: String) async throws {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            try db.executeCached(sql: "UPDATE drafts SET state = 'withdrawn' WHERE id = ?", arguments: [draftID])
            guard db.changesCount == 1 else { throw StoreError.notFound(tr("draft \(draftID)")) }
            try Self.appendAudit(db, at: now, actor: actor, action: .draftWithdrawn, subject: draftID, details: reason)
            try Self.endRunningRun(db, draftID: draftID, status: .withdrawn, reason: reason, now: now, actor: actor)
        }
    }

    public func putMedia(_ bytes: Data) async throws -> String {
        let hash = AuditChain.contentHash(bytes)
        try await immediate { db in
            try db.executeCached(sql: "INSERT INTO media (sha256, bytes, size) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING", arguments: [hash, bytes, bytes.count])
        }
        return hash
    }

    static func insertRevisionMedia(_ db: Database, draftID: String, revision: Int, _ media: [String: String]) throws {
        for (path, sha256) in media.sorted(by: { $0.key < $1.key }) {
            try db.executeCached(sql: "INSERT INTO revision_media (draft_id, revision, path, sha256) VALUES (?, ?, ?, ?)", arguments: [draftID, revision, path, sha256])
        }
    }

    public func revisionMedia(draftID: String, revision: Int) async throws -> [String: StoredMedia] {
        try await readTransaction { db in
            var out: [String: StoredMedia] = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT r.path, r.sha256, COALESCE(m.size, 0) AS size FROM revision_media r LEFT JOIN media m ON m.sha256 = r.sha256
                WHERE r.draft_id = ? AND r.revision = ?
                """), arguments: [draftID, revision]) {
                out[row["path"]] = StoredMedia(sha256: row["sha256"], size: row["size"])
            }
            return out
        }
    }

    public func media(sha256: String) async throws -> Data? {
        try await readTransaction { db in try Data.fetchOne(db.cachedStatement(sql: "SELECT bytes FROM media WHERE sha256 = ?"), arguments: [sha256]) }
    }

    public func mediaLinkKey() async throws -> Data {
        if let key = try await readTransaction({ db in try Data.fetchOne(db.cachedStatement(sql: "SELECT value FROM kos_keys WHERE name = 'media-links'")) }) {
            return key
        }
        let made = Data(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
        return try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            try db.executeCached(sql: "INSERT INTO kos_keys (name, value, created_at) VALUES ('media-links', ?, ?) ON CONFLICT (name) DO NOTHING", arguments: [made, now])
            return try Data.fetchOne(db.cachedStatement(sql: "SELECT value FROM kos_keys WHERE name = 'media-links'"))!
        }
    }

    public func history(draftID: String) async throws -> [AuditEntry] {
        try await readTransaction { db in
            let runs = try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM runs WHERE draft_id = ?"), arguments: [draftID])
            let subjects = [draftID] + runs
            let placeholders = Array(repeating: "?", count: subjects.count).joined(separator: ", ")
            let prefixes = runs.map { _ in "subject LIKE ? ESCAPE '\\'" }.joined(separator: " OR ")
            let sql = "SELECT * FROM audit WHERE subject IN (\(placeholders))" + (runs.isEmpty ? "" : " OR " + prefixes) + " ORDER BY seq"
            let arguments = StatementArguments(subjects + runs.map { $0.replacingOccurrences(of: "_", with: "\\_") + "/%" })
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.auditEntry)
        }
    }
}
