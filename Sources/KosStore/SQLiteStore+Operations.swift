import Foundation
import Crypto
import GRDB
import KosCore
import Synchronization

/// What operators look at: the write probe, metrics and the database's own checks on SQLite.
extension SQLiteStore {
    /// Whether the store can write, and every half minute whether its pages are sound: a store with damaged
    /// pages says so (`the store is damaged`) instead of reporting ready until a run trips over them.
    public func probeWrite() async throws {
        try await immediate { db in
            try db.execute(sql: "INSERT INTO health (id, at) VALUES (1, \(Self.nowSQL)) ON CONFLICT (id) DO UPDATE SET at = excluded.at")
        }
        let due = lastIntegrityCheck.withLock { last in
            guard last.map({ ContinuousClock.now - $0 >= Self.integrityInterval }) ?? true else { return false }
            last = .now
            return true
        }
        guard due else { return }
        let problems: [String]
        do {
            // A reader of its own, so writers are not held up while every page is read.
            problems = try await readTransaction { db in try String.fetchAll(db, sql: "PRAGMA quick_check(3)") }
        } catch let error as DatabaseError {
            throw Self.unavailable(error) ?? error
        }
        if problems != ["ok"] {
            lastIntegrityCheck.withLock { $0 = nil }
            throw StoreError.unavailable(tr("the store is damaged (\(problems.joined(separator: "; ").prefix(300))); stop kosd and restore the latest backup (kosd backup)"))
        }
    }

    /// Copies the store to a new file with SQLite's online backup (committed transitions, the write-ahead log's
    /// included); returns how many audit entries the copy holds, read back from it.
    public func backup(to path: String) throws -> Int {
        let copy = try DatabaseQueue(path: path)
        try pool.backup(to: copy)
        return try copy.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0 }
    }

    /// How often `probeWrite` reads every page.
    static let integrityInterval: Duration = .seconds(30)

    public func metrics() async throws -> StoreMetrics {
        try await readTransaction { db in
            let now = try Int64.fetchOne(db, sql: "SELECT \(Self.nowSQL)")!
            var runs: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n FROM runs GROUP BY state") { runs[row["state"]] = row["n"] }
            let pending = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM steps WHERE state = 'pending'") ?? 0
            let claimed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM steps WHERE state = 'claimed'") ?? 0
            let due = try Row.fetchOne(db, sql: """
                SELECT COUNT(*) AS n, MIN(MAX(due_at, COALESCE(ready_at, due_at))) AS since FROM steps WHERE state = 'pending' AND due_at <= ?
                """, arguments: [now])
            let since: Int64? = due?["since"]
            var deliveries: [String: [String: Int]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT endpoint, state, COUNT(*) AS n FROM deliveries GROUP BY endpoint, state") {
                deliveries[row["endpoint"], default: [:]][row["state"]] = row["n"]
            }
            let expiries = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit WHERE action = 'lease.expired'") ?? 0
            var metrics = StoreMetrics(runs: runs, stepsPending: pending, stepsDue: due?["n"] ?? 0, stepsClaimed: claimed,
                                       oldestDueMillis: since.map { max(0, now - $0) } ?? 0, deliveries: deliveries, leaseExpiries: expiries)
            // Bucketed in SQL: one pass over the finished steps, whatever their number.
            let bounds = StoreMetrics.durationBuckets
            let columns = bounds.enumerated().map { "SUM(d <= \(Int64($0.element * 1000))) AS b\($0.offset)" }.joined(separator: ", ")
            metrics.stepDurations = try Row.fetchAll(db, sql: """
                SELECT workflow, step_id, COUNT(*) AS n, SUM(d) AS total, \(columns) FROM (
                  SELECT r.workflow, s.step_id, MAX(0, s.completed_at - COALESCE(s.ready_at, s.due_at)) AS d
                  FROM steps s JOIN runs r ON r.id = s.run_id WHERE s.state = 'done' AND s.completed_at IS NOT NULL)
                GROUP BY workflow, step_id ORDER BY workflow, step_id
                """).map { row in
                StoreMetrics.DurationHistogram(workflow: row["workflow"], step: row["step_id"], buckets: bounds.indices.map { row["b\($0)"] ?? 0 },
                                               count: row["n"], sumSeconds: Double(row["total"] as Int64? ?? 0) / 1000)
            }
            return metrics
        }
    }

    public func runsInFlight() async throws -> Int {
        try await readTransaction { db in
            try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(DISTINCT run_id) FROM steps WHERE state IN ('pending', 'claimed')")) ?? 0
        }
    }

    /// The journal mode and synchronous level in force on a writing connection (`wal`, 2 = FULL).
    public func durability() async throws -> (journalMode: String, synchronous: Int) {
        try await pool.write { db in
            (try String.fetchOne(db.cachedStatement(sql: "PRAGMA journal_mode")) ?? "", try Int.fetchOne(db.cachedStatement(sql: "PRAGMA synchronous")) ?? -1)
        }
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    public func integrityCheck() async throws -> String {
        try await readTransaction { db in try String.fetchOne(db.cachedStatement(sql: "PRAGMA integrity_check")) ?? "" }
    }

    public func programFacts(since: Int64, until: Int64) async throws -> ProgramFacts {
        try await readTransaction { db in
            let period: StatementArguments = [since, until]
            let runs = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT r.id, r.draft_id, d.creator_id, r.workflow, r.definitions_version, r.revision, r.state, r.created_at
                FROM runs r JOIN drafts d ON d.id = r.draft_id
                WHERE d.created_at >= ? AND d.created_at < ? ORDER BY r.created_at, r.rowid
                """), arguments: period).map { row in
                ProgramFacts.Run(id: row[0], draftID: row[1], creatorID: row[2], workflow: row[3], definitionsVersion: row[4], revision: row[5],
                                 status: try .stored(row[6]), createdAt: row[7])
            }
            let steps = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT s.run_id, s.step_index, s.step_id, COALESCE(s.ready_at, s.due_at), s.completed_at, s.outcome
                FROM steps s JOIN runs r ON r.id = s.run_id JOIN drafts d ON d.id = r.draft_id
                WHERE d.created_at >= ? AND d.created_at < ? AND s.state = 'done' AND s.completed_at IS NOT NULL AND s.outcome IS NOT NULL
                ORDER BY s.completed_at, s.id
                """), arguments: period).map { row in
                ProgramFacts.Step(runID: row[0], stepIndex: row[1], stepID: row[2], readyAt: row[3], completedAt: row[4], outcome: row[5])
            }
            let blocking = try String.fetchAll(db.cachedStatement(sql: """
                SELECT c.result FROM step_completions c JOIN runs r ON r.id = c.run_id JOIN drafts d ON d.id = r.draft_id
                WHERE d.created_at >= ? AND d.created_at < ? AND c.outcome = 'blocked' AND c.result IS NOT NULL
                ORDER BY c.at, c.rowid
                """), arguments: period)
            var deliveries: [String: Int] = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT CASE WHEN d.state = 'pending' AND EXISTS (SELECT 1 FROM delivery_attempts a WHERE a.delivery_id = d.id) THEN 'failed' ELSE d.state END,
                  COUNT(*)
                FROM deliveries d WHERE d.created_at >= ? AND d.created_at < ? GROUP BY 1
                """), arguments: period) {
                deliveries[row[0]] = row[1]
            }
            return ProgramFacts(runs: runs, steps: steps, blockingResults: blocking, deliveries: deliveries)
        }
    }
}
