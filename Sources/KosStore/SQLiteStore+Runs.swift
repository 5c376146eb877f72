import Foundation
import Crypto
import GRDB
import KosCore
import Synchronization

/// Runs, the definitions they started under, and reviewers' decisions on SQLite.
extension SQLiteStore {
    public func startRun(draftID: String, revision: Int, workflow: String, firstStep: (index: Int, id: String)?, actor: String) async throws -> String {
        let first = firstStep.map { ($0.index, $0.id) }
        return try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            return try Self.insertRun(db, now: now, draftID: draftID, revision: revision, workflow: workflow, definitionsVersion: nil, first: first, actor: actor)
        }
    }

    static func insertRun(_ db: Database, now: Int64, draftID: String, revision: Int, workflow: String, definitionsVersion: String?,
                          first: (Int, String)?, actor: String) throws -> String {
        let id = StoreRules.newRunID()
        try db.executeCached(sql: """
            INSERT INTO runs (id, draft_id, revision, workflow, state, created_at, updated_at, definitions_version, creator_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT creator_id FROM drafts WHERE id = ?))
            """, arguments: [id, draftID, revision, workflow, first == nil ? "completed" : "running", now, now, definitionsVersion, draftID])
        if let (index, stepID) = first {
            try db.executeCached(sql: "INSERT INTO steps (run_id, step_index, step_id, state, due_at, ready_at) VALUES (?, ?, ?, 'pending', ?, ?)",
                           arguments: [id, index, stepID, now, now])
        }
        try appendAudit(db, at: now, actor: actor, action: .runStarted, subject: String(id), details: "\(workflow) on \(draftID) revision \(revision)")
        return String(id)
    }

    public func run(id: String) async throws -> StoredRun? {
        try await readTransaction { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM runs WHERE id = ?"), arguments: [id]).map {
                StoredRun(id: $0["id"], draftID: $0["draft_id"], revision: $0["revision"], workflow: $0["workflow"], status: try .stored($0["state"]), reason: $0["reason"],
                          definitionsVersion: $0["definitions_version"])
            }
        }
    }

    public func recordDefinitions(_ files: [DefinitionFile], kits: [String]) async throws -> String {
        let sorted = files.sorted { $0.path < $1.path }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try encoder.encode(sorted)
        let version = "defs-" + AuditChain.contentHash(json).prefix(12)
        try await immediate { db in
            try db.execute(sql: "INSERT INTO definition_versions (version, files, recorded_at) VALUES (?, ?, \(Self.nowSQL)) ON CONFLICT (version) DO UPDATE SET recorded_at = excluded.recorded_at",
                           arguments: [version, String(decoding: json, as: UTF8.self)])
            for kit in kits {
                try db.execute(sql: "INSERT INTO kit_versions (reference, definitions_version, recorded_at) VALUES (?, ?, \(Self.nowSQL)) ON CONFLICT (reference) DO NOTHING",
                               arguments: [kit, version])
            }
        }
        return version
    }

    public func kitDefinitions(reference: String) async throws -> String? {
        try await readTransaction { db in
            try String.fetchOne(db, sql: "SELECT definitions_version FROM kit_versions WHERE reference = ?", arguments: [reference])
        }
    }

    public func currentDefinitionsVersion() async throws -> String? {
        try await readTransaction { db in try Self.currentDefinitionsVersion(db) }
    }

    static func currentDefinitionsVersion(_ db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT version FROM definition_versions ORDER BY recorded_at DESC, rowid DESC LIMIT 1"))
    }

    public func definitions(version: String) async throws -> [DefinitionFile]? {
        try await readTransaction { db in
            try String.fetchOne(db, sql: "SELECT files FROM definition_versions WHERE version = ?", arguments: [version])
        }.map { try JSONDecoder().decode([DefinitionFile].self, from: Data($0.utf8)) }
    }

    public func recordDecision(runID: String, stepIndex: Int, reviewerID: String, approve: Bool, contentHash: String, reason: String?, suggestion: String?,
                               decidedBy: String?) async throws {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            let current = try String.fetchOne(db.cachedStatement(sql: """
                SELECT v.content_hash FROM runs r JOIN revisions v ON v.draft_id = r.draft_id AND v.number = r.revision
                WHERE r.id = ? AND r.state = 'running'
                """), arguments: [runID])
            guard current == contentHash else { throw StoreError.undecidable(runID: runID, contentHash: contentHash, running: current != nil) }
            try db.executeCached(sql: "INSERT INTO approvals (run_id, step_index, reviewer_id, decision, content_hash, reason, suggestion, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           arguments: [runID, stepIndex, reviewerID, approve ? "approve" : "reject", contentHash, reason, suggestion, now])
            let audit = StoreRules.decision(runID: runID, stepIndex: stepIndex, reviewerID: reviewerID, approve: approve, contentHash: contentHash, reason: reason,
                                            decidedBy: decidedBy)
            try Self.appendAudit(db, at: now, actor: decidedBy ?? reviewerID, audit)
            // Wake the step so the decision is acted on now, not at the next poll.
            try db.executeCached(sql: "UPDATE steps SET due_at = ? WHERE run_id = ? AND step_index = ? AND state = 'pending'", arguments: [now, runID, stepIndex])
        }
    }

    public func decisions(runIDs: [String]) async throws -> [String: [Int: [StoredDecision]]] {
        try await readTransaction { db in
            var out: [String: [Int: [StoredDecision]]] = [:]
            for (runID, stepIndex, decision) in try Self.rows(db, runIDs, { "SELECT * FROM approvals WHERE run_id IN (\($0)) ORDER BY id" }, {
                ($0["run_id"] as String, $0["step_index"] as Int, Self.decision($0))
            }) {
                out[runID, default: [:]][stepIndex, default: []].append(decision)
            }
            return out
        }
    }

    static func decision(_ row: Row) -> StoredDecision {
        StoredDecision(id: row["id"], reviewerID: row["reviewer_id"], approve: (row["decision"] as String) == "approve", contentHash: row["content_hash"],
                       reason: row["reason"], suggestion: row["suggestion"])
    }

    public func decisions(runID: String, stepIndex: Int) async throws -> [StoredDecision] {
        try await readTransaction { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM approvals WHERE run_id = ? AND step_index = ? ORDER BY id"), arguments: [runID, stepIndex])
                .map(Self.decision)
        }
    }

    public func decidedSteps(reviewerID: String) async throws -> Set<DecidedStep> {
        try await readTransaction { db in
            Set(try Row.fetchAll(db.cachedStatement(sql: """
                SELECT a.run_id, a.step_index, a.content_hash FROM approvals a JOIN runs r ON r.id = a.run_id
                WHERE a.reviewer_id = ? AND r.state = 'running'
                """), arguments: [reviewerID]).map { DecidedStep(runID: $0["run_id"], stepIndex: $0["step_index"], contentHash: $0["content_hash"]) })
        }
    }
}
