import Foundation
import Crypto
import KosCore
import Logging
import NIOSSL
import PostgresNIO
import Synchronization

/// What operators look at: the write probe, metrics and the database's own checks on PostgreSQL.
extension PostgresStore {
    public func metrics() async throws -> StoreMetrics {
        try await read { c in
            let now = try await Self.now(c, self.logger)
            var runs: [String: Int] = [:]
            for try await (state, n) in try await c.query("SELECT state, COUNT(*) FROM runs GROUP BY state", logger: self.logger).decode((String, Int).self) { runs[state] = n }
            var counts = (pending: 0, claimed: 0, due: 0, since: Int64?.none, expiries: 0)
            for try await (pending, claimed, due, since, expiries) in try await c.query("""
                SELECT (SELECT COUNT(*) FROM steps WHERE state = 'pending'), (SELECT COUNT(*) FROM steps WHERE state = 'claimed'),
                  (SELECT COUNT(*) FROM steps WHERE state = 'pending' AND due_at <= \(now)),
                  (SELECT MIN(GREATEST(due_at, COALESCE(ready_at, due_at))) FROM steps WHERE state = 'pending' AND due_at <= \(now)),
                  (SELECT COUNT(*) FROM audit WHERE action = 'lease.expired')
                """, logger: self.logger).decode((Int, Int, Int, Int64?, Int).self) {
                counts = (pending, claimed, due, since, expiries)
            }
            var deliveries: [String: [String: Int]] = [:]
            for try await (endpoint, state, n) in try await c.query("SELECT endpoint, state, COUNT(*) FROM deliveries GROUP BY endpoint, state", logger: self.logger)
                .decode((String, String, Int).self) { deliveries[endpoint, default: [:]][state] = n }
            var metrics = StoreMetrics(runs: runs, stepsPending: counts.pending, stepsDue: counts.due, stepsClaimed: counts.claimed,
                                       oldestDueMillis: counts.since.map { max(0, now - $0) } ?? 0, deliveries: deliveries, leaseExpiries: counts.expiries)
            // Bucketed in SQL: one pass over the finished steps, whatever their number.
            let bounds = StoreMetrics.durationBuckets
            let columns = bounds.enumerated().map { "COUNT(*) FILTER (WHERE d <= \(Int64($0.element * 1000)))" }.joined(separator: ", ")
            let rows = try await c.query(PostgresQuery(unsafeSQL: """
                SELECT workflow, step_id, COUNT(*), SUM(d)::bigint, ARRAY[\(columns)]::bigint[] FROM (
                  SELECT r.workflow, s.step_id, GREATEST(0, s.completed_at - COALESCE(s.ready_at, s.due_at)) AS d
                  FROM steps s JOIN runs r ON r.id = s.run_id WHERE s.state = 'done' AND s.completed_at IS NOT NULL) AS finished
                GROUP BY workflow, step_id ORDER BY workflow, step_id
                """), logger: self.logger)
            for try await (workflow, step, n, total, buckets) in rows.decode((String, String, Int, Int64, [Int64]).self) {
                metrics.stepDurations.append(StoreMetrics.DurationHistogram(workflow: workflow, step: step, buckets: buckets.map { Int($0) }, count: n,
                                                                            sumSeconds: Double(total) / 1000))
            }
            return metrics
        }
    }

    public func runsInFlight() async throws -> Int {
        try await read { c in
            var n = 0
            for try await count in try await c.query("SELECT COUNT(DISTINCT run_id) FROM steps WHERE state IN ('pending', 'claimed')", logger: self.logger)
                .decode(Int.self) { n = count }
            return n
        }
    }

    public func probeWrite() async throws {
        try await transaction { c in
            try await c.query("INSERT INTO health (id, at) VALUES (1, \(unescaped: Self.nowSQL)) ON CONFLICT (id) DO UPDATE SET at = excluded.at", logger: self.logger)
        }
    }

    public func programFacts(since: Int64, until: Int64) async throws -> ProgramFacts {
        try await read { c in
            var runs: [ProgramFacts.Run] = []
            for try await (id, draft, creator, workflow, version, revision, state, created) in try await c.query("""
                SELECT r.id, r.draft_id, d.creator_id, r.workflow, r.definitions_version, r.revision, r.state, r.created_at
                FROM runs r JOIN drafts d ON d.id = r.draft_id
                WHERE d.created_at >= \(since) AND d.created_at < \(until) ORDER BY r.created_at, r.seq
                """, logger: self.logger).decode((String, String, String, String, String?, Int, String, Int64).self) {
                runs.append(ProgramFacts.Run(id: id, draftID: draft, creatorID: creator, workflow: workflow, definitionsVersion: version, revision: revision,
                                             status: try .stored(state), createdAt: created))
            }
            var steps: [ProgramFacts.Step] = []
            for try await (run, index, stepID, ready, completed, outcome) in try await c.query("""
                SELECT s.run_id, s.step_index, s.step_id, COALESCE(s.ready_at, s.due_at), s.completed_at, s.outcome
                FROM steps s JOIN runs r ON r.id = s.run_id JOIN drafts d ON d.id = r.draft_id
                WHERE d.created_at >= \(since) AND d.created_at < \(until) AND s.state = 'done' AND s.completed_at IS NOT NULL AND s.outcome IS NOT NULL
                ORDER BY s.completed_at, s.id
                """, logger: self.logger).decode((String, Int, String, Int64, Int64, String).self) {
                steps.append(ProgramFacts.Step(runID: run, stepIndex: index, stepID: stepID, readyAt: ready, completedAt: completed, outcome: outcome))
            }
            var blocking: [String] = []
            for try await result in try await c.query("""
                SELECT c.result FROM step_completions c JOIN runs r ON r.id = c.run_id JOIN drafts d ON d.id = r.draft_id
                WHERE d.created_at >= \(since) AND d.created_at < \(until) AND c.outcome = 'blocked' AND c.result IS NOT NULL
                ORDER BY c.at, c.id
                """, logger: self.logger).decode(String.self) {
                blocking.append(result)
            }
            var deliveries: [String: Int] = [:]
            for try await (state, count) in try await c.query("""
                SELECT CASE WHEN d.state = 'pending' AND EXISTS (SELECT 1 FROM delivery_attempts a WHERE a.delivery_id = d.id) THEN 'failed' ELSE d.state END,
                  COUNT(*)
                FROM deliveries d WHERE d.created_at >= \(since) AND d.created_at < \(until) GROUP BY 1
                """, logger: self.logger).decode((String, Int).self) {
                deliveries[state] = count
            }
            return ProgramFacts(runs: runs, steps: steps, blockingResults: blocking, deliveries: deliveries)
        }
    }
}
