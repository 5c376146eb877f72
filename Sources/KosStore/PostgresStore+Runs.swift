import Foundation
import Crypto
import KosCore
import Logging
import NIOSSL
import PostgresNIO
import Synchronization

/// Runs, the definitions they started under, and reviewers' decisions on PostgreSQL.
extension PostgresStore {
    /// A new run, with its first step pending when it has one (in one statement, every host's workers woken when
    /// the transaction commits).
    static func insertRun(_ c: PostgresConnection, _ logger: Logger, now: Int64, draftID: String, revision: Int, workflow: String, definitionsVersion: String?,
                          first: (Int, String)?, actor: String) async throws -> String {
        let id = StoreRules.newRunID()
        if let (index, stepID) = first {
            var binds = Binds()
            binds.add(id); binds.add(draftID); binds.add(revision); binds.add(workflow); binds.add(now); binds.add(definitionsVersion)
            binds.add(index); binds.add(stepID)
            for try await _ in try await c.run(SQLInsertRunAndStep.self, binds, logger: logger) {}
            try await c.query("NOTIFY kos_steps", logger: logger)
        } else {
            try await c.query("""
                INSERT INTO runs (id, draft_id, revision, workflow, state, created_at, updated_at, definitions_version, creator_id)
                VALUES (\(id), \(draftID), \(revision), \(workflow), 'completed', \(now), \(now), \(definitionsVersion),
                        (SELECT creator_id FROM drafts WHERE id = \(draftID)))
                """, logger: logger)
        }
        try await appendAudit(c, logger, at: now, actor: actor, action: .runStarted, subject: id, details: "\(workflow) on \(draftID) revision \(revision)")
        return id
    }

    enum SQLInsertRunAndStep: PreparedText {
        static let sql = """
            WITH r AS (
              INSERT INTO runs (id, draft_id, revision, workflow, state, created_at, updated_at, definitions_version, creator_id)
              VALUES ($1, $2, $3::bigint, $4, 'running', $5, $5, $6::text, (SELECT creator_id FROM drafts WHERE id = $2))
              RETURNING id)
            INSERT INTO steps (run_id, step_index, step_id, state, due_at, ready_at) SELECT id, $7::bigint, $8, 'pending', $5, $5 FROM r
            """
    }

    public func recordDefinitions(_ files: [DefinitionFile], kits: [String]) async throws -> String {
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
            for kit in kits {
                try await c.query("""
                    INSERT INTO kit_versions (reference, definitions_version, recorded_at) VALUES (\(kit), \(version), \(unescaped: Self.nowSQL))
                    ON CONFLICT (reference) DO NOTHING
                    """, logger: self.logger)
            }
        }
        return version
    }

    public func kitDefinitions(reference: String) async throws -> String? {
        try await read { c in
            for try await version in try await c.query("SELECT definitions_version FROM kit_versions WHERE reference = \(reference)", logger: self.logger)
                .decode(String.self) { return version }
            return nil
        }
    }

    public func currentDefinitionsVersion() async throws -> String? {
        try await read { c in try await Self.currentDefinitionsVersion(c, self.logger) }
    }

    static func currentDefinitionsVersion(_ c: PostgresConnection, _ logger: Logger) async throws -> String? {
        for try await row in try await c.run(SQLCurrentDefinitions.self, logger: logger) { return try row.decode(String.self) }
        return nil
    }

    enum SQLCurrentDefinitions: PreparedText { static let sql = "SELECT version FROM definition_versions ORDER BY recorded_at DESC, version LIMIT 1" }

    public func definitions(version: String) async throws -> [DefinitionFile]? {
        let text: String? = try await read { c in
            for try await files in try await c.query("SELECT files FROM definition_versions WHERE version = \(version)", logger: self.logger).decode(String.self) {
                return files
            }
            return nil
        }
        return try text.map { try JSONDecoder().decode([DefinitionFile].self, from: Data($0.utf8)) }
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

    public func recordDecision(runID: String, stepIndex: Int, reviewerID: String, approve: Bool, contentHash: String, reason: String?, suggestion: String?,
                               decidedBy: String?) async throws {
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
                INSERT INTO approvals (run_id, step_index, reviewer_id, decision, content_hash, reason, suggestion, at)
                VALUES (\(runID), \(stepIndex), \(reviewerID), \(approve ? "approve" : "reject"), \(contentHash), \(reason), \(suggestion), \(now))
                """, logger: self.logger)
            let audit = StoreRules.decision(runID: runID, stepIndex: stepIndex, reviewerID: reviewerID, approve: approve, contentHash: contentHash, reason: reason,
                                            decidedBy: decidedBy)
            try await Self.appendAudit(c, self.logger, at: now, actor: decidedBy ?? reviewerID, audit)
            // Wake the step, on whichever host holds it next.
            try await c.query("UPDATE steps SET due_at = \(now) WHERE run_id = \(runID) AND step_index = \(stepIndex) AND state = 'pending'", logger: self.logger)
            try await c.query("NOTIFY kos_steps", logger: self.logger)
        }
    }

    public func decisions(runIDs: [String]) async throws -> [String: [Int: [StoredDecision]]] {
        guard !runIDs.isEmpty else { return [:] }
        return try await read { c in
            var out: [String: [Int: [StoredDecision]]] = [:]
            let rows = try await c.query("""
                SELECT id, run_id, step_index, reviewer_id, decision, content_hash, reason, suggestion FROM approvals WHERE run_id = ANY(\(runIDs)) ORDER BY id
                """, logger: self.logger)
            for try await (id, run, index, reviewer, decision, hash, reason, suggestion) in rows.decode((Int64, String, Int, String, String, String, String?, String?).self) {
                out[run, default: [:]][index, default: []].append(
                    StoredDecision(id: id, reviewerID: reviewer, approve: decision == "approve", contentHash: hash, reason: reason, suggestion: suggestion))
            }
            return out
        }
    }

    public func decisions(runID: String, stepIndex: Int) async throws -> [StoredDecision] {
        try await read { c in
            var out: [StoredDecision] = []
            let rows = try await c.query("""
                SELECT id, reviewer_id, decision, content_hash, reason, suggestion FROM approvals WHERE run_id = \(runID) AND step_index = \(stepIndex) ORDER BY id
                """, logger: self.logger)
            for try await (id, reviewer, decision, hash, reason, suggestion) in rows.decode((Int64, String, String, String, String?, String?).self) {
                out.append(StoredDecision(id: id, reviewerID: reviewer, approve: decision == "approve", contentHash: hash, reason: reason, suggestion: suggestion))
            }
            return out
        }
    }

    public func decidedSteps(reviewerID: String) async throws -> Set<DecidedStep> {
        try await read { c in
            var out: Set<DecidedStep> = []
            for try await (runID, stepIndex, hash) in try await c.query("""
                SELECT a.run_id, a.step_index, a.content_hash FROM approvals a JOIN runs r ON r.id = a.run_id
                WHERE a.reviewer_id = \(reviewerID) AND r.state = 'running'
                """, logger: self.logger).decode((String, Int, String).self) {
                out.insert(DecidedStep(runID: runID, stepIndex: stepIndex, contentHash: hash))
            }
            return out
        }
    }
}
