import Foundation
import Crypto
import KosCore
import Logging
import NIOSSL
import PostgresNIO
import Synchronization

/// The step queue: claims, leases, fenced commits, a round's contexts and wake-ups on PostgreSQL.
extension PostgresStore {
    static func stepContext(_ c: PostgresConnection, _ logger: Logger, runID: String) async throws -> StepContext? {
        try await stepContexts(c, logger, runIDs: [runID], skippingUnknown: false)[runID]
    }

    public func stepContext(runID: String) async throws -> StepContext? {
        try await read { c in try await Self.stepContext(c, self.logger, runID: runID) }
    }

    public func stepContexts(runIDs: [String]) async throws -> [String: StepContext] {
        try await read { c in try await Self.stepContexts(c, self.logger, runIDs: runIDs) }
    }

    /// The contexts of a round's runs in four queries whatever the round's size (the runs, their creators, their
    /// completions, their attempts). A run whose state this kosd cannot read is left out (its step fails, saying
    /// so) unless `skippingUnknown` is false; the others go on.
    static func stepContexts(_ c: PostgresConnection, _ logger: Logger, runIDs: [String], skippingUnknown: Bool = true) async throws -> [String: StepContext] {
        let ids = Array(Set(runIDs))
        guard !ids.isEmpty else { return [:] }
        var heads: [String: (StoredRun, Data, String, String)] = [:]
        for try await (id, draft, revision, workflow, state, reason, version, content, hash, creator) in try await c.query("""
            SELECT r.id, r.draft_id, r.revision, r.workflow, r.state, r.reason, r.definitions_version, v.content, v.content_hash, d.creator_id
            FROM runs r JOIN revisions v ON v.draft_id = r.draft_id AND v.number = r.revision JOIN drafts d ON d.id = r.draft_id
            WHERE r.id = ANY(\(ids))
            """, logger: logger).decode((String, String, Int, String, String, String?, String?, Data, String, String).self) {
            guard let status = try storedStatus(state, skippingUnknown: skippingUnknown) else { continue }
            heads[id] = (StoredRun(id: id, draftID: draft, revision: revision, workflow: workflow, status: status, reason: reason, definitionsVersion: version),
                         content, hash, creator)
        }
        guard !heads.isEmpty else { return [:] }
        let found = Array(heads.keys)
        var creators: [String: Person] = [:]
        for person in try await people(try await c.query("""
            SELECT \(unescaped: Self.personColumns()) FROM people WHERE id = ANY(\(Array(Set(heads.values.map(\.3)))))
            """, logger: logger)) {
            creators[person.id] = person
        }
        var completions: [String: [Int: StepContext.Completion]] = [:]
        for try await (runID, index, outcome, result) in try await c.query("""
            SELECT run_id, step_index, outcome, result FROM step_completions WHERE run_id = ANY(\(found)) ORDER BY id
            """, logger: logger).decode((String, Int, String, String?).self) {
            completions[runID, default: [:]][index] = StepContext.Completion(outcome: outcome, result: result)
        }
        var attempts: [String: [Int: Int]] = [:]
        for try await (runID, index, n) in try await c.query("""
            SELECT d.run_id, d.step_index, (COUNT(*) - MAX(d.replayed_after))::bigint FROM deliveries d JOIN delivery_attempts a ON a.delivery_id = d.id
            WHERE d.run_id = ANY(\(found)) GROUP BY d.run_id, d.step_index
            """, logger: logger).decode((String, Int, Int).self) {
            attempts[runID, default: [:]][index] = n
        }
        var out: [String: StepContext] = [:]
        for (id, head) in heads {
            out[id] = StepContext(run: head.0, content: head.1, contentHash: head.2, creator: creators[head.3],
                                  completions: completions[id] ?? [:], attempts: attempts[id] ?? [:])
        }
        return out
    }

    /// A run's stored state; nil for one this kosd does not know when such runs are skipped.
    private static func storedStatus(_ text: String, skippingUnknown: Bool) throws -> RunStatus? {
        do { return try RunStatus.stored(text) } catch {
            if skippingUnknown, error.kind == .unknownState { return nil }
            throw error
        }
    }

    public func enqueue(runID: String, stepIndex: Int, stepID: String, dueAt: Int64) async throws {
        try await transaction { c in
            try await c.query("""
                INSERT INTO steps (run_id, step_index, step_id, state, due_at, ready_at) VALUES (\(runID), \(stepIndex), \(stepID), 'pending', \(dueAt), \(dueAt))
                ON CONFLICT (run_id, step_index) DO NOTHING
                """, logger: self.logger)
            try await c.query("NOTIFY kos_steps", logger: self.logger)
        }
    }

    public func claim(worker: String, leaseMillis: Int64) async throws -> ClaimedStep? {
        try await claim(worker: worker, leaseMillis: leaseMillis, limit: 1).first
    }

    public func claim(worker: String, leaseMillis: Int64, limit: Int) async throws -> [ClaimedStep] {
        try await transaction { c in
            try await Self.claimDue(c, self.logger, worker: worker, now: try await Self.now(c, self.logger), leaseMillis: leaseMillis, limit: limit)
        }
    }

    public func claimRound(worker: String, leaseMillis: Int64, limit: Int, expected: Bool) async throws -> (steps: [ClaimedStep], reads: RoundReads?) {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            let steps = try await Self.claimDue(c, self.logger, worker: worker, now: now, leaseMillis: leaseMillis, limit: limit)
            return (steps, steps.isEmpty ? nil : try await Self.roundReads(c, self.logger, runIDs: steps.map(\.runID), now: now))
        }
    }

    /// Due steps (pending and due, or claimed with an ended lease), oldest first, taken for `worker`; rows
    /// another host is taking at this moment are skipped, not waited for.
    static func claimDue(_ c: PostgresConnection, _ logger: Logger, worker: String, now: Int64, leaseMillis: Int64, limit: Int) async throws -> [ClaimedStep] {
        guard limit > 0 else { return [] }
        let until = now + leaseMillis
        let rows = try await c.query("""
            WITH due AS (
              SELECT id, state AS was, lease_owner AS previous_owner FROM steps
              WHERE (state = 'pending' AND due_at <= \(now)) OR (state = 'claimed' AND lease_until <= \(now))
              ORDER BY CASE WHEN state = 'pending' THEN due_at ELSE lease_until END
              LIMIT \(limit) FOR UPDATE SKIP LOCKED)
            UPDATE steps s SET state = 'claimed', epoch = s.epoch + 1, lease_owner = \(worker), lease_until = \(until)
            FROM due WHERE s.id = due.id
            RETURNING s.id, s.run_id, s.step_index, s.step_id, s.epoch, COALESCE(s.ready_at, \(now)), due.was, due.previous_owner
            """, logger: logger)
        var claimed: [(ClaimedStep, String, String?)] = []
        for try await (id, runID, index, stepID, epoch, readyAt, was, previous) in rows.decode((Int64, String, Int, String, Int64, Int64, String, String?).self) {
            claimed.append((ClaimedStep(id: id, runID: runID, stepIndex: index, stepID: stepID, epoch: epoch, worker: worker, leaseUntil: until, readyAt: readyAt),
                            was, previous))
        }
        for (step, was, previous) in claimed where was == "claimed" {
            try await appendAudit(c, logger, at: now, actor: worker, action: .leaseExpired, subject: "step \(step.id)",
                                  details: "taken over from \(previous ?? "?") at epoch \(step.epoch - 1)")
        }
        return claimed.map(\.0).sorted { $0.id < $1.id }
    }

    public func renew(_ step: ClaimedStep, leaseMillis: Int64) async throws -> ClaimedStep {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            var renewed = 0
            for try await _ in try await c.query("""
                UPDATE steps SET lease_until = \(now + leaseMillis)
                WHERE id = \(step.id) AND epoch = \(step.epoch) AND state = 'claimed' AND lease_until > \(now) RETURNING id
                """, logger: self.logger).decode(Int64.self) { renewed += 1 }
            guard renewed == 1 else { throw StoreError.staleEpoch(step: step.id, epoch: step.epoch) }
            var out = step
            out.leaseUntil = now + leaseMillis
            return out
        }
    }

    public func recordStrikes(stepIDs: [Int64], reason: String, limit: Int, actor: String) async throws -> [Int64] {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            var parked: [Int64] = []
            for id in stepIDs {
                var struck: (String, String, Int)?
                for try await row in try await c.query("""
                    UPDATE steps SET strikes = strikes + 1 WHERE id = \(id) AND state IN ('pending', 'claimed') RETURNING run_id, step_id, strikes
                    """, logger: self.logger).decode((String, String, Int).self) { struck = row }
                guard let (runID, stepID, strikes) = struck else { continue }
                try await Self.appendAudit(c, self.logger, at: now, actor: actor, action: .stepStruck, subject: "step \(id)",
                                           details: "strike \(strikes) of \(limit): \(reason)")
                guard strikes >= limit else { continue }
                try await c.query("UPDATE steps SET state = 'parked', lease_owner = NULL, lease_until = NULL WHERE id = \(id)", logger: self.logger)
                try await c.query("""
                    UPDATE steps SET state = 'cancelled', lease_owner = NULL, lease_until = NULL WHERE run_id = \(runID) AND state IN ('pending', 'claimed')
                    """, logger: self.logger)
                let why = tr("parked: step \(stepID) stopped a worker \(strikes) times (\(reason)); an admin looks at the draft and the checks")
                try await c.query("UPDATE runs SET state = 'parked', reason = \(why), updated_at = \(now) WHERE id = \(runID) AND state = 'running'",
                                  logger: self.logger)
                try await Self.appendAudit(c, self.logger, at: now, actor: actor, action: .runParked, subject: runID, details: why)
                parked.append(id)
            }
            return parked
        }
    }

    public func completions(runID: String, stepIndex: Int) async throws -> [StepCompletion] {
        try await read { c in
            var out: [StepCompletion] = []
            let rows = try await c.query("""
                SELECT run_id, step_index, epoch, worker, outcome, at, result FROM step_completions WHERE run_id = \(runID) AND step_index = \(stepIndex)
                ORDER BY at, id
                """, logger: self.logger)
            for try await (run, index, epoch, worker, outcome, at, result) in rows.decode((String, Int, Int64, String, String, Int64, String?).self) {
                out.append(StepCompletion(runID: run, stepIndex: index, epoch: epoch, worker: worker, outcome: outcome, at: at, result: result))
            }
            return out
        }
    }

    /// Whether a fenced update touched its row.
    static func changed(_ c: PostgresConnection, _ logger: Logger, _ query: PostgresQuery) async throws -> Bool {
        var n = 0
        for try await _ in try await c.query(query, logger: logger).decode(Int64.self) { n += 1 }
        return n == 1
    }

    /// A completion's fence in one statement with what always goes with it: the completion row, the run's next
    /// step (claimed for `worker` at once when `chain` and it is due) and the run's end, each written only if the
    /// fence held. Those writes are taken out of `writes`; the rest (attempts, notices, bookings) follow.
    static func complete(_ c: PostgresConnection, _ logger: Logger, _ step: ClaimedStep, outcome: String, writes: inout [StoreRules.CommitWrites.Write],
                         worker: String, leaseMillis: Int64, chain: Bool, now: Int64) async throws -> (fenced: Bool, chained: ClaimedStep?) {
        var binds = PostgresBindings()
        func bind(_ value: some PostgresDynamicTypeEncodable) -> String { binds.append(value); return "$\(binds.count)" }
        func bind(_ value: (some PostgresDynamicTypeEncodable)?) -> String { binds.append(value); return "$\(binds.count)" }
        var parts = ["""
            f AS (UPDATE steps SET state = 'done', outcome = \(bind(outcome)), completed_at = \(bind(now)), lease_owner = NULL, lease_until = NULL
                  WHERE id = \(bind(step.id)) AND epoch = \(bind(step.epoch)) AND state = 'claimed' RETURNING id)
            """]
        var rest: [StoreRules.CommitWrites.Write] = []
        var taking: (NextStep, until: Int64)?
        var (hasCompletion, hasNext, hasEnd) = (false, false, false)
        for write in writes {
            switch write {
            case .completion(let done, let result) where !hasCompletion:
                hasCompletion = true
                parts.append("""
                    c AS (INSERT INTO step_completions (run_id, step_index, epoch, worker, outcome, at, result)
                          SELECT \(bind(step.runID)), \(bind(step.stepIndex))::integer, \(bind(step.epoch))::bigint, \(bind(step.worker)), \(bind(done)),
                                 \(bind(now))::bigint, \(bind(result))::text FROM f)
                    """)
            // A next step on the completing step's own row stays a statement of its own (one statement may not
            // write a row twice).
            case .next(let next) where !hasNext && next.index != step.stepIndex:
                hasNext = true
                let take = chain && next.dueAt <= now
                let until = now + leaseMillis
                if take { taking = (next, until) }
                parts.append("""
                    n AS (INSERT INTO steps (run_id, step_index, step_id, state, due_at, ready_at, epoch, lease_owner, lease_until, escalated_to)
                          SELECT \(bind(step.runID)), \(bind(next.index))::integer, \(bind(next.id)), \(bind(take ? "claimed" : "pending")), \(bind(next.dueAt))::bigint,
                                 \(bind(now))::bigint, \(take ? 1 : 0), \(bind(take ? worker : nil))::text, \(bind(take ? until : nil))::bigint,
                                 \(bind(next.escalatedTo))::text FROM f
                          ON CONFLICT (run_id, step_index) DO UPDATE SET state = excluded.state, due_at = excluded.due_at, ready_at = excluded.ready_at,
                            outcome = NULL, completed_at = NULL, epoch = steps.epoch + \(take ? 1 : 0), lease_owner = excluded.lease_owner,
                            lease_until = excluded.lease_until, escalated_to = excluded.escalated_to
                          RETURNING id, epoch)
                    """)
            case .runEnded(let status, let reason) where !hasEnd:
                hasEnd = true
                parts.append("""
                    e AS (UPDATE runs SET state = \(bind(status.rawValue)), reason = \(bind(reason))::text, updated_at = \(bind(now))::bigint
                          WHERE id = \(bind(step.runID)) AND EXISTS (SELECT 1 FROM f))
                    """)
            default:
                rest.append(write)
            }
        }
        let sql = "WITH " + parts.joined(separator: ",\n") + "\nSELECT f.id, "
            + (hasNext ? "(SELECT id FROM n), (SELECT epoch FROM n)" : "NULL::bigint, NULL::bigint") + " FROM f"
        var fenced = false
        var chained: ClaimedStep?
        for try await (_, id, epoch) in try await c.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger).decode((Int64, Int64?, Int64?).self) {
            fenced = true
            if let (next, until) = taking, let id, let epoch {
                chained = ClaimedStep(id: id, runID: step.runID, stepIndex: next.index, stepID: next.id, epoch: epoch, worker: worker, leaseUntil: until, readyAt: now)
            }
        }
        if fenced, hasNext, taking == nil { try await c.query("NOTIFY kos_steps", logger: logger) }
        writes = rest
        return (fenced, chained)
    }

    static func commit(_ c: PostgresConnection, _ logger: Logger, _ commits: [StepCommit], worker: String, leaseMillis: Int64, chain: Bool,
                       now: Int64) async throws -> [CommitResult] {
        var results: [CommitResult] = []
        var attempts: [DeliveryAttempt] = []
        for first in commits {
            var commit = first
            while true {
                let step = commit.step
                let plan = StoreRules.commit(commit, worker: worker)
                var writes = plan.writes
                // Fenced: only the current holder writes; nothing else of a stale step is written.
                let fenced: Bool
                var chained: ClaimedStep?
                switch plan.fence {
                case .release(let dueAt, let seen):
                    fenced = try await changed(c, logger, """
                        UPDATE steps SET state = 'pending', lease_owner = NULL, lease_until = NULL,
                          due_at = CASE WHEN \(seen)::BIGINT IS NOT NULL AND EXISTS (SELECT 1 FROM approvals a WHERE a.run_id = steps.run_id
                                                                                 AND a.step_index = steps.step_index AND a.id > \(seen))
                                   THEN \(now) ELSE \(dueAt) END
                        WHERE id = \(step.id) AND epoch = \(step.epoch) AND state = 'claimed' RETURNING id
                        """)
                case .complete(let outcome):
                    (fenced, chained) = try await complete(c, logger, step, outcome: outcome, writes: &writes, worker: worker, leaseMillis: leaseMillis,
                                                           chain: chain, now: now)
                }
                guard fenced else {
                    results.append(.stale)
                    break
                }
                for write in writes {
                    switch write {
                    case .completion(let outcome, let result):
                        try await c.query("""
                            INSERT INTO step_completions (run_id, step_index, epoch, worker, outcome, at, result)
                            VALUES (\(step.runID), \(step.stepIndex), \(step.epoch), \(step.worker), \(outcome), \(now), \(result))
                            """, logger: logger)
                    case .attempt(let attempt):
                        try await insertAttempt(c, logger, attempt, now: now)
                        attempts.append(attempt)
                    case .audit(let actor, let line):
                        try await appendAudit(c, logger, at: now, actor: actor, line)
                    case .booking(let booking): try await updateBooking(c, logger, booking, subject: "\(step.runID)/\(step.stepIndex)", now: now)
                    case .notice(let notice):
                        try await c.query("""
                            INSERT INTO endpoint_notices (endpoint, kind, reason, body, created_at, due_at)
                            VALUES (\(notice.endpoint), \(notice.kind), \(notice.reason), \(notice.body), \(now), \(now))
                            """, logger: logger)
                    case .next(let next):
                        let take = chain && next.dueAt <= now
                        let until = now + leaseMillis
                        let rows = try await c.query("""
                            INSERT INTO steps (run_id, step_index, step_id, state, due_at, ready_at, epoch, lease_owner, lease_until, escalated_to)
                            VALUES (\(step.runID), \(next.index), \(next.id), \(take ? "claimed" : "pending"), \(next.dueAt), \(now), \(take ? 1 : 0),
                                    \(take ? worker : nil), \(take ? until : nil), \(next.escalatedTo))
                            ON CONFLICT (run_id, step_index) DO UPDATE SET state = excluded.state, due_at = excluded.due_at, ready_at = excluded.ready_at,
                              outcome = NULL, completed_at = NULL, epoch = steps.epoch + \(take ? 1 : 0), lease_owner = excluded.lease_owner,
                              lease_until = excluded.lease_until, escalated_to = excluded.escalated_to
                            RETURNING id, epoch
                            """, logger: logger)
                        for try await (id, epoch) in rows.decode((Int64, Int64).self) where take {
                            chained = ClaimedStep(id: id, runID: step.runID, stepIndex: next.index, stepID: next.id, epoch: epoch, worker: worker, leaseUntil: until, readyAt: now)
                        }
                        if !take { try await c.query("NOTIFY kos_steps", logger: logger) }
                    case .runEnded(let status, let reason):
                        try await c.query("UPDATE runs SET state = \(status.rawValue), reason = \(reason), updated_at = \(now) WHERE id = \(step.runID)", logger: logger)
                    }
                }
                if let follow = StoreRules.followUp(commit, chained: chained) {
                    commit = follow
                    continue
                }
                results.append(.committed(next: chained))
                break
            }
        }
        try await recordHealth(c, logger, attempts, now: now)
        return results
    }

    public func commit(_ commits: [StepCommit], worker: String, leaseMillis: Int64, chain: Bool) async throws -> [CommitResult] {
        try await transaction { c in
            try await Self.commit(c, self.logger, commits, worker: worker, leaseMillis: leaseMillis, chain: chain, now: try await Self.now(c, self.logger))
        }
    }

    public func commit(_ commits: [StepCommit], worker: String, leaseMillis: Int64, chain: Bool, refill: Int) async throws
        -> (results: [CommitResult], claimed: [ClaimedStep], next: RoundReads?) {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            let results = try await Self.commit(c, self.logger, commits, worker: worker, leaseMillis: leaseMillis, chain: chain, now: now)
            var next: [String] = []
            for case .committed(let step?) in results { next.append(step.runID) }
            let claimed = try await Self.claimDue(c, self.logger, worker: worker, now: now, leaseMillis: leaseMillis, limit: refill - next.count)
            next += claimed.map(\.runID)
            return (results, claimed, next.isEmpty ? nil : try await Self.roundReads(c, self.logger, runIDs: next, now: now))
        }
    }

    public func roundReads(runIDs: [String]) async throws -> RoundReads {
        try await read { c in try await Self.roundReads(c, self.logger, runIDs: runIDs, now: try await Self.now(c, self.logger)) }
    }

    static func roundReads(_ c: PostgresConnection, _ logger: Logger, runIDs: [String], now: Int64) async throws -> RoundReads {
        RoundReads(contexts: try await stepContexts(c, logger, runIDs: runIDs), now: now, health: try await endpointHealths(c, logger),
                   currentDefinitions: try await currentDefinitionsVersion(c, logger), noticesDue: try await noticesDue(c, logger, now: now))
    }

    /// Several hosts share a PostgreSQL store.
    public var isShared: Bool { true }

    @discardableResult
    public func waitForSteps(timeoutMillis: Int) async throws -> Bool { try await waitForSteps(timeoutMillis: timeoutMillis, listening: nil) }

    /// Waits until a step is enqueued, chained for later or woken on any host (`NOTIFY kos_steps`), or
    /// `timeoutMillis` pass: true when woken. The fallback poll is the caller's timeout. `listening` is told once
    /// the connection listens.
    @discardableResult
    public func waitForSteps(timeoutMillis: Int, listening: (@Sendable () async -> Void)?) async throws -> Bool {
        try await client.withConnection { connection in
            try await connection.listen(on: "kos_steps") { notifications in
                await listening?()
                return try await withThrowingTaskGroup(of: Bool.self) { group in
                    group.addTask {
                        for try await _ in notifications { return true }
                        return false
                    }
                    group.addTask {
                        try await Task.sleep(for: .milliseconds(timeoutMillis))
                        return false
                    }
                    let woken = try await group.next() ?? false
                    group.cancelAll()
                    return woken
                }
            }
        }
    }
}
