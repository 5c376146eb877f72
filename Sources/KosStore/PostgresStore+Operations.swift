import Foundation
import KosCore
import PostgresNIO

/// What operators and the API read on PostgreSQL: draft summaries, deliveries and their attempts, replays, metrics.
extension PostgresStore {
    static let summarySQL = """
        SELECT d.id, d.creator_id, d.workflow, d.state, d.created_at, v.number, v.content_hash, v.title,
          r.id, r.revision, r.workflow, r.state, r.reason, r.definitions_version, r.updated_at,
          s.step_index, s.step_id, s.state, s.due_at, s.ready_at
        FROM drafts d
        JOIN revisions v ON v.draft_id = d.id AND v.number = (SELECT MAX(number) FROM revisions WHERE draft_id = d.id)
        LEFT JOIN runs r ON r.seq = (SELECT MAX(seq) FROM runs WHERE draft_id = d.id)
        LEFT JOIN steps s ON s.run_id = r.id AND s.state IN ('pending', 'claimed')
        """

    static func summaries(_ rows: PostgresRowSequence) async throws -> [DraftSummary] {
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

    // MARK: Deliveries

    static let deliveryColumns = """
        d.webhook_id, d.run_id, COALESCE(r.draft_id, ''), d.step_index, d.endpoint, d.state, d.created_at,
        (SELECT COUNT(*) FROM delivery_attempts a WHERE a.delivery_id = d.id),
        (SELECT MAX(a.at) FROM delivery_attempts a WHERE a.delivery_id = d.id),
        (SELECT a.status FROM delivery_attempts a WHERE a.delivery_id = d.id ORDER BY a.number DESC LIMIT 1),
        (SELECT a.error FROM delivery_attempts a WHERE a.delivery_id = d.id ORDER BY a.number DESC LIMIT 1)
        """

    static func deliverySummaries(_ rows: PostgresRowSequence) async throws -> [DeliverySummary] {
        var out: [DeliverySummary] = []
        for try await (webhookID, runID, draftID, stepIndex, endpoint, state, created, attempts, lastAt, lastStatus, lastError) in
            rows.decode((String, String, String, Int, String, String, Int64, Int, Int64?, Int?, String?).self) {
            out.append(DeliverySummary(webhookID: webhookID, runID: runID, draftID: draftID, stepIndex: stepIndex, endpoint: endpoint, state: try .stored(state),
                                       createdAt: created, attempts: attempts, lastAttemptAt: lastAt, lastStatus: lastStatus, lastError: lastError))
        }
        return out
    }

    public func deliveries(endpoint: String?, state: DeliveryState?, since: Int64?, limit: Int) async throws -> [DeliverySummary] {
        let state = state?.rawValue
        return try await read { c in
            try await Self.deliverySummaries(try await c.query("""
                SELECT \(unescaped: Self.deliveryColumns) FROM deliveries d LEFT JOIN runs r ON r.id = d.run_id
                WHERE (\(endpoint)::text IS NULL OR d.endpoint = \(endpoint)) AND (\(state)::text IS NULL OR d.state = \(state))
                  AND (\(since)::bigint IS NULL OR d.created_at >= \(since))
                ORDER BY d.created_at DESC, d.id LIMIT \(limit)
                """, logger: self.logger))
        }
    }

    public func delivery(webhookID: String) async throws -> (DeliverySummary, [AttemptRecord])? {
        try await read { c in
            guard let summary = try await Self.deliverySummaries(try await c.query("""
                SELECT \(unescaped: Self.deliveryColumns) FROM deliveries d LEFT JOIN runs r ON r.id = d.run_id WHERE d.webhook_id = \(webhookID)
                """, logger: self.logger)).first else { return nil }
            var attempts: [AttemptRecord] = []
            for try await (number, at, status, latency, excerpt, error) in try await c.query("""
                SELECT a.number, a.at, a.status, a.latency_ms, COALESCE(a.response_excerpt, ''), a.error
                FROM delivery_attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE d.webhook_id = \(webhookID) ORDER BY a.number
                """, logger: self.logger).decode((Int, Int64, Int?, Int?, String, String?).self) {
                attempts.append(AttemptRecord(number: number, at: at, status: status, latencyMillis: latency, responseExcerpt: excerpt, error: error))
            }
            return (summary, attempts)
        }
    }

    public func replayDelivery(webhookID: String, actor: String) async throws {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            var found: (String, String, Int, String)?
            for try await row in try await c.query("SELECT id, run_id, step_index, state FROM deliveries WHERE webhook_id = \(webhookID) FOR UPDATE", logger: self.logger)
                .decode((String, String, Int, String).self) { found = row }
            guard let (id, runID, stepIndex, state) = found else { throw StoreError.notFound("delivery \(webhookID)") }
            var runState: String?
            for try await s in try await c.query("SELECT state FROM runs WHERE id = \(runID) FOR UPDATE", logger: self.logger).decode(String.self) { runState = s }
            var lastStep: Int?
            for try await i in try await c.query("SELECT step_index FROM step_completions WHERE run_id = \(runID) ORDER BY at DESC, id DESC LIMIT 1", logger: self.logger)
                .decode(Int.self) { lastStep = i }
            var attempts = 0
            for try await n in try await c.query("SELECT COUNT(*) FROM delivery_attempts WHERE delivery_id = \(id)", logger: self.logger).decode(Int.self) { attempts = n }
            let audit = try StoreRules.replay(webhookID: webhookID, deliveryID: id, state: .stored(state), runID: runID, runState: runState,
                                              stepIndex: stepIndex, lastStep: lastStep, attempts: attempts)
            try await c.query("UPDATE deliveries SET state = 'pending', replayed_after = \(attempts) WHERE id = \(id)", logger: self.logger)
            try await c.query("UPDATE runs SET state = 'running', reason = NULL, updated_at = \(now) WHERE id = \(runID)", logger: self.logger)
            try await c.query("""
                UPDATE steps SET state = 'pending', due_at = \(now), ready_at = \(now), outcome = NULL, completed_at = NULL, lease_owner = NULL, lease_until = NULL
                WHERE run_id = \(runID) AND step_index = \(stepIndex)
                """, logger: self.logger)
            try await c.query("NOTIFY kos_steps", logger: self.logger)
            try await Self.appendAudit(c, self.logger, at: now, actor: actor, audit)
        }
    }

    // MARK: Metrics

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
}
