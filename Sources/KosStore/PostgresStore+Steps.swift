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
        for try await row in try await c.query(PostgresQuery(unsafeSQL: SQLRunHeads.sql, binds: Binds([ids]).bindings), logger: logger) {
            let (id, draft, revision, workflow, state, reason, version, content, hash, creator)
                = try row.decode((String, String, Int, String, String, String?, String?, Data, String, String).self)
            guard let status = try storedStatus(state, skippingUnknown: skippingUnknown) else { continue }
            heads[id] = (StoredRun(id: id, draftID: draft, revision: revision, workflow: workflow, status: status, reason: reason, definitionsVersion: version),
                         content, hash, creator)
        }
        guard !heads.isEmpty else { return [:] }
        let found = Array(heads.keys)
        var creators: [String: Person] = [:]
        for try await row in try await c.query(PostgresQuery(unsafeSQL: SQLPeopleByID.sql, binds: Binds([Array(Set(heads.values.map(\.3)))]).bindings), logger: logger) {
            let person = Self.person(try row.decode(PersonRow.self))
            creators[person.id] = person
        }
        var completions: [String: [Int: StepContext.Completion]] = [:]
        for try await row in try await c.query(PostgresQuery(unsafeSQL: SQLRunCompletions.sql, binds: Binds([found]).bindings), logger: logger) {
            let (runID, index, outcome, result) = try row.decode((String, Int, String, String?).self)
            completions[runID, default: [:]][index] = StepContext.Completion(outcome: outcome, result: result)
        }
        var attempts: [String: [Int: Int]] = [:]
        for try await row in try await c.query(PostgresQuery(unsafeSQL: SQLRunAttempts.sql, binds: Binds([found]).bindings), logger: logger) {
            let (runID, index, n) = try row.decode((String, Int, Int).self)
            attempts[runID, default: [:]][index] = n
        }
        var out: [String: StepContext] = [:]
        for (id, head) in heads {
            out[id] = StepContext(run: head.0, content: head.1, contentHash: head.2, creator: creators[head.3],
                                  completions: completions[id] ?? [:], attempts: attempts[id] ?? [:])
        }
        return out
    }

    // A round's reads look rows up by a list of ids: sent as text each time, so PostgreSQL plans each for the list
    // and the tables as they are (a plan kept from a connection's first rounds, when the tables were small, scans
    // them whole).
    enum SQLRunHeads {
        static let sql = """
            SELECT r.id, r.draft_id, r.revision, r.workflow, r.state, r.reason, r.definitions_version, v.content, v.content_hash, d.creator_id
            FROM runs r JOIN revisions v ON v.draft_id = r.draft_id AND v.number = r.revision JOIN drafts d ON d.id = r.draft_id
            WHERE r.id = ANY($1)
            """
    }
    enum SQLPeopleByID { static let sql = "SELECT \(PostgresStore.personColumns()) FROM people WHERE id = ANY($1)" }
    enum SQLRunCompletions {
        static let sql = "SELECT run_id, step_index, outcome, result FROM step_completions WHERE run_id = ANY($1) ORDER BY id"
    }
    enum SQLRunAttempts {
        static let sql = """
            SELECT d.run_id, d.step_index, (COUNT(*) - MAX(d.replayed_after))::bigint FROM deliveries d JOIN delivery_attempts a ON a.delivery_id = d.id
            WHERE d.run_id = ANY($1) GROUP BY d.run_id, d.step_index
            """
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

    enum SQLClaimDue: PreparedText {
        static let sql = """
            WITH due AS (
              SELECT id, state AS was, lease_owner AS previous_owner FROM steps
              WHERE (state = 'pending' AND due_at <= $1) OR (state = 'claimed' AND lease_until <= $1)
              ORDER BY CASE WHEN state = 'pending' THEN due_at ELSE lease_until END
              LIMIT $2 FOR UPDATE SKIP LOCKED)
            UPDATE steps s SET state = 'claimed', epoch = s.epoch + 1, lease_owner = $3, lease_until = $4
            FROM due WHERE s.id = due.id
            RETURNING s.id, s.run_id, s.step_index, s.step_id, s.epoch, COALESCE(s.ready_at, $1), due.was, due.previous_owner
            """
    }

    /// Due steps (pending and due, or claimed with an ended lease), oldest first, taken for `worker`; rows
    /// another host is taking at this moment are skipped, not waited for.
    static func claimDue(_ c: PostgresConnection, _ logger: Logger, worker: String, now: Int64, leaseMillis: Int64, limit: Int) async throws -> [ClaimedStep] {
        guard limit > 0 else { return [] }
        let until = now + leaseMillis
        var claimed: [(ClaimedStep, String, String?)] = []
        for try await row in try await c.run(SQLClaimDue.self, now, limit, worker, until, logger: logger) {
            let (id, runID, index, stepID, epoch, readyAt, was, previous) = try row.decode((Int64, String, Int, String, Int64, Int64, String, String?).self)
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
    /// step (claimed for the worker at once when due and chained) and the run's end, each written only if the
    /// fence held and only when given (a NULL parameter leaves its part out).
    enum SQLCompleteStep: PreparedText {
        static let sql = """
            WITH f AS (
              UPDATE steps SET state = 'done', outcome = $1, completed_at = $2, lease_owner = NULL, lease_until = NULL
              WHERE id = $3 AND epoch = $4 AND state = 'claimed' RETURNING id),
            c AS (
              INSERT INTO step_completions (run_id, step_index, epoch, worker, outcome, at, result)
              SELECT $5, $6::bigint, $4, $7, $8::text, $2, $9::text FROM f WHERE $8::text IS NOT NULL),
            n AS (
              INSERT INTO steps (run_id, step_index, step_id, state, due_at, ready_at, epoch, lease_owner, lease_until, escalated_to)
              SELECT $5, $10::bigint, $11::text, $12::text, $13::bigint, $2, $14::bigint, $15::text, $16::bigint, $17::text FROM f
              WHERE $10::bigint IS NOT NULL
              ON CONFLICT (run_id, step_index) DO UPDATE SET state = excluded.state, due_at = excluded.due_at, ready_at = excluded.ready_at,
                outcome = NULL, completed_at = NULL, epoch = steps.epoch + excluded.epoch, lease_owner = excluded.lease_owner,
                lease_until = excluded.lease_until, escalated_to = excluded.escalated_to
              RETURNING id, epoch),
            e AS (
              UPDATE runs SET state = $18::text, reason = $19::text, updated_at = $2
              WHERE id = $5 AND $18::text IS NOT NULL AND EXISTS (SELECT 1 FROM f))
            SELECT f.id, (SELECT id FROM n), (SELECT epoch FROM n) FROM f
            """
    }

    /// Commits a completion through `SQLCompleteStep`, taking the completion row, the next step and the run's end
    /// out of `writes` (the rest — attempts, notices, bookings, audit entries — follow). A next step on the
    /// completing step's own row stays a statement of its own: one statement may not write a row twice.
    static func complete(_ c: PostgresConnection, _ logger: Logger, _ step: ClaimedStep, outcome: String, writes: inout [StoreRules.CommitWrites.Write],
                         worker: String, leaseMillis: Int64, chain: Bool, now: Int64) async throws -> (fenced: Bool, chained: ClaimedStep?) {
        var completion: (outcome: String, result: String?)?
        var next: NextStep?
        var end: (status: RunStatus, reason: String?)?
        var rest: [StoreRules.CommitWrites.Write] = []
        for write in writes {
            switch write {
            case .completion(let done, let result) where completion == nil: completion = (done, result)
            case .next(let following) where next == nil && following.index != step.stepIndex: next = following
            case .runEnded(let status, let reason) where end == nil: end = (status, reason)
            default: rest.append(write)
            }
        }
        let take = next.map { chain && $0.dueAt <= now } ?? false
        let until = now + leaseMillis
        var b = Binds()
        b.add(outcome); b.add(now); b.add(step.id); b.add(step.epoch)
        b.add(step.runID); b.add(step.stepIndex); b.add(step.worker); b.add(completion?.outcome); b.add(completion?.result ?? nil)
        b.add(next?.index); b.add(next?.id); b.add(next.map { _ in take ? "claimed" : "pending" }); b.add(next?.dueAt)
        b.add(next.map { _ in Int64(take ? 1 : 0) }); b.add(take ? worker : nil); b.add(take ? until : nil); b.add(next?.escalatedTo ?? nil)
        b.add(end?.status.rawValue); b.add(end?.reason ?? nil)
        var fenced = false
        var chained: ClaimedStep?
        for try await row in try await c.run(SQLCompleteStep.self, b, logger: logger) {
            let (_, id, epoch) = try row.decode((Int64, Int64?, Int64?).self)
            fenced = true
            if take, let next, let id, let epoch {
                chained = ClaimedStep(id: id, runID: step.runID, stepIndex: next.index, stepID: next.id, epoch: epoch, worker: worker, leaseUntil: until, readyAt: now)
            }
        }
        if fenced, next != nil, !take { try await c.query("NOTIFY kos_steps", logger: logger) }
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
        var health: [String: EndpointHealth] = [:]
        var definitions: String?
        var noticesDue = false
        for try await row in try await c.run(SQLRoundState.self, now, logger: logger) {
            let (version, due, healths) = try row.decode((String?, Bool, String).self)
            (definitions, noticesDue) = (version, due)
            for (endpoint, text) in (try? JSONDecoder().decode([String: String].self, from: Data(healths.utf8))) ?? [:] {
                health[endpoint] = (try? JSONDecoder().decode(EndpointHealth.self, from: Data(text.utf8))) ?? EndpointHealth()
            }
        }
        return RoundReads(contexts: try await stepContexts(c, logger, runIDs: runIDs), now: now, health: health, currentDefinitions: definitions,
                          noticesDue: noticesDue)
    }

    /// What a round reads besides its runs, in one statement: the current definitions, whether an owners' notice
    /// is due, and every endpoint's health (as stored, each decoded on its own).
    enum SQLRoundState: PreparedText {
        static let sql = """
            SELECT (SELECT version FROM definition_versions ORDER BY recorded_at DESC, version LIMIT 1),
                   EXISTS (SELECT 1 FROM endpoint_notices WHERE state = 'pending' AND due_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)),
                   COALESCE((SELECT json_object_agg(endpoint, health) FROM endpoint_health), '{}')::text
            """
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
