import Foundation
import Crypto
import GRDB
import KosCore
import Synchronization

/// The step queue: claims, leases, fenced commits, a round's contexts and wake-ups on SQLite.
extension SQLiteStore {
    public func claim(worker: String, leaseMillis: Int64, limit: Int) async throws -> [ClaimedStep] {
        try await claimRound(worker: worker, leaseMillis: leaseMillis, limit: limit, expected: false, reading: false).steps
    }

    public func claimRound(worker: String, leaseMillis: Int64, limit: Int, expected: Bool) async throws -> (steps: [ClaimedStep], reads: RoundReads?) {
        try await claimRound(worker: worker, leaseMillis: leaseMillis, limit: limit, expected: expected, reading: true)
    }

    func claimRound(worker: String, leaseMillis: Int64, limit: Int, expected: Bool, reading: Bool) async throws -> (steps: [ClaimedStep], reads: RoundReads?) {
        // Look before taking the write lock: an idle worker's poll is a read, not a transaction that blocks writers.
        // Work just announced is claimed at once (a write that finds nothing changes nothing and syncs nothing).
        if !expected {
            let due = try await readTransaction { db in
                try Bool.fetchOne(db.cachedStatement(sql: """
                    SELECT EXISTS (SELECT 1 FROM steps WHERE state = 'pending' AND due_at <= \(Self.nowSQL))
                        OR EXISTS (SELECT 1 FROM steps WHERE state = 'claimed' AND lease_until <= \(Self.nowSQL))
                    """)) ?? false
            }
            guard due else { return ([], nil) }
        }
        return try await immediate({ db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            return (try Self.claimDue(db, worker: worker, now: now, leaseMillis: leaseMillis, limit: limit), now)
        }, then: { db, claimed in
            (claimed.0, reading && !claimed.0.isEmpty ? try Self.roundReads(db, runIDs: claimed.0.map(\.runID), now: claimed.1) : nil)
        }, durable: false)
    }

    /// The due steps (pending and due, or claimed with an ended lease), oldest first, taken for `worker`.
    static func claimDue(_ db: Database, worker: String, now: Int64, leaseMillis: Int64, limit: Int) throws -> [ClaimedStep] {
        var claimed: [ClaimedStep] = []
        guard limit > 0 else { return claimed }
        // Read whole before any is taken: taking them updates the table the query reads.
        let rows = try db.decodeAll(sql: """
            SELECT * FROM (
              SELECT id, run_id, step_index, step_id, epoch, state, lease_owner, ready_at, due_at AS at FROM steps
                WHERE state = 'pending' AND due_at <= ?1
              UNION ALL
              SELECT id, run_id, step_index, step_id, epoch, state, lease_owner, ready_at, lease_until AS at FROM steps
                WHERE state = 'claimed' AND lease_until <= ?1)
            ORDER BY at LIMIT ?2
            """, arguments: [now, limit], StepRow.init)
        guard !rows.isEmpty else { return claimed }
        // One statement takes them all: the transaction has held the write lock since they were read, so each
        // row's epoch is still the one read (a statement a step cost a round of 256 steps 256 executions).
        let until = now + leaseMillis
        try db.executeCached(sql: """
            UPDATE steps SET state = 'claimed', epoch = epoch + 1, lease_owner = ?, lease_until = ? WHERE id IN (SELECT value FROM json_each(?))
            """, arguments: [worker, until, "[" + rows.map { String($0.id) }.joined(separator: ",") + "]"])
        for row in rows { claimed.append(try taken(db, row, worker: worker, now: now, until: until)) }
        return claimed
    }

    /// A step row as a claim reads it.
    struct StepRow {
        var id: Int64, runID: String, stepIndex: Int, stepID: String, epoch: Int64, state: String, leaseOwner: String?, readyAt: Int64?

        init(_ row: Row) {
            (id, runID, stepIndex, stepID, epoch) = (row["id"], row["run_id"], row["step_index"], row["step_id"], row["epoch"])
            (state, leaseOwner, readyAt) = (row["state"], row["lease_owner"], row["ready_at"])
        }
    }

    /// A step row once its claim is written: audited when it was taken over from another worker's ended lease.
    static func taken(_ db: Database, _ row: StepRow, worker: String, now: Int64, until: Int64) throws -> ClaimedStep {
        if row.state == "claimed" {
            try appendAudit(db, at: now, actor: worker, action: .leaseExpired, subject: "step \(row.id)",
                            details: "taken over from \(row.leaseOwner ?? "?") at epoch \(row.epoch)")
        }
        return ClaimedStep(id: row.id, runID: row.runID, stepIndex: row.stepIndex, stepID: row.stepID, epoch: row.epoch + 1, worker: worker,
                           leaseUntil: until, readyAt: row.readyAt ?? now)
    }

    public func commit(_ commits: [StepCommit], worker: String, leaseMillis: Int64, chain: Bool) async throws -> [CommitResult] {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            return try Self.commit(db, commits, worker: worker, leaseMillis: leaseMillis, chain: chain, now: now)
        }
    }

    public func commit(_ commits: [StepCommit], worker: String, leaseMillis: Int64, chain: Bool, refill: Int) async throws
        -> (results: [CommitResult], claimed: [ClaimedStep], next: RoundReads?) {
        try await immediate({ db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            let results = try Self.commit(db, commits, worker: worker, leaseMillis: leaseMillis, chain: chain, now: now)
            let chained = results.reduce(0) { n, r in if case .committed(_?) = r { n + 1 } else { n } }
            return (results, try Self.claimDue(db, worker: worker, now: now, leaseMillis: leaseMillis, limit: refill - chained), now)
        }, then: { db, written in
            var next: [String] = []
            for case .committed(let step?) in written.0 { next.append(step.runID) }
            next += written.1.map(\.runID)
            return (written.0, written.1, next.isEmpty ? nil : try Self.roundReads(db, runIDs: next, now: written.2))
        })
    }

    public func roundReads(runIDs: [String]) async throws -> RoundReads {
        try await readTransaction { db in
            try Self.roundReads(db, runIDs: runIDs, now: try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!)
        }
    }

    static func roundReads(_ db: Database, runIDs: [String], now: Int64) throws -> RoundReads {
        RoundReads(contexts: try stepContexts(db, runIDs: runIDs), now: now, health: try endpointHealths(db),
                   currentDefinitions: try currentDefinitionsVersion(db), noticesDue: try noticesDue(db))
    }

    static func commit(_ db: Database, _ commits: [StepCommit], worker: String, leaseMillis: Int64, chain: Bool, now: Int64) throws -> [CommitResult] {
        var results: [CommitResult] = []
        var healths: [String: EndpointHealth] = [:]
        for first in commits {
            var c = first
            while true {
                let step = c.step
                let plan = StoreRules.commit(c, worker: worker)
                // Fenced: only the current holder writes; the fenced update comes first, and nothing else of a
                // stale step is written.
                switch plan.fence {
                case .release(let dueAt, let seen):
                    try db.executeCached(sql: """
                        UPDATE steps SET state = 'pending', lease_owner = NULL, lease_until = NULL,
                          due_at = CASE WHEN ? IS NOT NULL AND EXISTS (SELECT 1 FROM approvals a WHERE a.run_id = steps.run_id AND a.step_index = steps.step_index AND a.id > ?)
                                   THEN ? ELSE ? END
                        WHERE id = ? AND epoch = ? AND state = 'claimed'
                        """, arguments: [seen, seen, now, dueAt, step.id, step.epoch])
                case .complete(let outcome):
                    try db.executeCached(sql: "UPDATE steps SET state = 'done', outcome = ?, completed_at = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND epoch = ? AND state = 'claimed'",
                                         arguments: [outcome, now, step.id, step.epoch])
                }
                guard db.changesCount == 1 else {
                    results.append(.stale)
                    break
                }
                var chained: ClaimedStep?
                for write in plan.writes {
                    switch write {
                    case .completion(let outcome, let result):
                        try db.executeCached(sql: "INSERT INTO step_completions (run_id, step_index, epoch, worker, outcome, at, result) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                             arguments: [step.runID, step.stepIndex, step.epoch, step.worker, outcome, now, result])
                    case .attempt(let attempt): _ = try Self.insertAttempt(db, attempt, now: now, healths: &healths)
                    case .audit(let actor, let line):
                        try Self.appendAudit(db, at: now, actor: actor, line)
                    case .booking(let booking): try Self.updateBooking(db, booking, subject: "\(step.runID)/\(step.stepIndex)", now: now)
                    case .notice(let notice):
                        try db.executeCached(sql: "INSERT INTO endpoint_notices (endpoint, kind, reason, body, created_at, due_at) VALUES (?, ?, ?, ?, ?, ?)",
                                             arguments: [notice.endpoint, notice.kind, notice.reason, notice.body, now, now])
                    case .next(let next) where chain && next.dueAt <= now:
                        // Due now and chained: written claimed by this worker in one statement (it was written
                        // pending, read back and taken: three). The epoch is the one taking it would have given.
                        let until = now + leaseMillis
                        chained = try db.decodeFirst(sql: """
                            INSERT INTO steps (run_id, step_index, step_id, state, due_at, ready_at, escalated_to, epoch, lease_owner, lease_until)
                            VALUES (?, ?, ?, 'claimed', ?, ?, ?, 1, ?, ?)
                            ON CONFLICT (run_id, step_index) DO UPDATE SET state = 'claimed', due_at = excluded.due_at, ready_at = excluded.ready_at,
                              outcome = NULL, completed_at = NULL, lease_owner = excluded.lease_owner, lease_until = excluded.lease_until,
                              escalated_to = excluded.escalated_to, epoch = steps.epoch + 1
                            RETURNING id, step_id, epoch, ready_at
                            """, arguments: [step.runID, next.index, next.id, next.dueAt, now, next.escalatedTo, worker, until], { row in
                                ClaimedStep(id: row["id"], runID: step.runID, stepIndex: next.index, stepID: row["step_id"], epoch: row["epoch"], worker: worker,
                                            leaseUntil: until, readyAt: row["ready_at"] ?? now)
                            })
                    case .next(let next):
                        try db.executeCached(sql: """
                            INSERT INTO steps (run_id, step_index, step_id, state, due_at, ready_at, escalated_to) VALUES (?, ?, ?, 'pending', ?, ?, ?)
                            ON CONFLICT (run_id, step_index) DO UPDATE SET state = 'pending', due_at = excluded.due_at, ready_at = excluded.ready_at,
                              outcome = NULL, completed_at = NULL, lease_owner = NULL, lease_until = NULL, escalated_to = excluded.escalated_to
                            """, arguments: [step.runID, next.index, next.id, next.dueAt, now, next.escalatedTo])
                    case .runEnded(let status, let reason):
                        try db.executeCached(sql: "UPDATE runs SET state = ?, reason = ?, updated_at = ? WHERE id = ?", arguments: [status.rawValue, reason, now, step.runID])
                    }
                }
                if let follow = StoreRules.followUp(c, chained: chained) {
                    c = follow
                    continue
                }
                results.append(.committed(next: chained))
                break
            }
        }
        for (endpoint, health) in healths { try Self.saveHealth(db, endpoint, health, now: now) }
        return results
    }

    public func stepContext(runID: String) async throws -> StepContext? {
        try await readTransaction { db in try Self.stepContext(db, runID: runID) }
    }

    public func stepContexts(runIDs: [String]) async throws -> [String: StepContext] {
        try await readTransaction { db in try Self.stepContexts(db, runIDs: runIDs) }
    }

    /// The contexts of a round's runs in four statements whatever the round's size (the runs, their creators, their
    /// completions, their attempts), the ids passed as one JSON array: four statements a run cost a round of 256
    /// deliveries a thousand statement executions. A run whose state this kosd cannot read is left out (its step
    /// fails, saying so) unless `skippingUnknown` is false; the others go on.
    static func stepContexts(_ db: Database, runIDs: [String], skippingUnknown: Bool = true) throws -> [String: StepContext] {
        guard !runIDs.isEmpty else { return [:] }
        let ids = jsonArray(Set(runIDs))
        var heads: [String: (run: StoredRun, content: Data, contentHash: String, creatorID: String)] = [:]
        for head in try db.decodeAll(sql: """
            SELECT r.id, r.draft_id, r.revision, r.workflow, r.state, r.reason, r.definitions_version, v.content, v.content_hash, d.creator_id
            FROM runs r JOIN revisions v ON v.draft_id = r.draft_id AND v.number = r.revision JOIN drafts d ON d.id = r.draft_id
            WHERE r.id IN (SELECT value FROM json_each(?))
            """, arguments: [ids], { row -> (run: StoredRun, content: Data, contentHash: String, creatorID: String)? in
                let status: RunStatus
                do { status = try .stored(row["state"]) } catch let error as StoreError where error.kind == .unknownState && skippingUnknown { return nil }
                return (run: StoredRun(id: row["id"], draftID: row["draft_id"], revision: row["revision"], workflow: row["workflow"], status: status,
                                       reason: row["reason"], definitionsVersion: row["definitions_version"]),
                        content: row["content"] as Data, contentHash: row["content_hash"] as String, creatorID: row["creator_id"] as String)
            }) {
            if let head { heads[head.run.id] = head }
        }
        guard !heads.isEmpty else { return [:] }
        let creatorIDs = jsonArray(Set(heads.values.map(\.creatorID)))
        var creators: [String: Person] = [:]
        for person in try db.decodeAll(sql: "SELECT * FROM people WHERE id IN (SELECT value FROM json_each(?))", arguments: [creatorIDs], Self.person) {
            creators[person.id] = person
        }
        var completions: [String: [Int: StepContext.Completion]] = [:]
        for (runID, index, completion) in try db.decodeAll(sql: """
            SELECT run_id, step_index, outcome, result FROM step_completions WHERE run_id IN (SELECT value FROM json_each(?)) ORDER BY rowid
            """, arguments: [ids], { row in (row["run_id"] as String, row["step_index"] as Int, StepContext.Completion(outcome: row["outcome"], result: row["result"])) }) {
            completions[runID, default: [:]][index] = completion
        }
        var attempts: [String: [Int: Int]] = [:]
        for (runID, index, n) in try db.decodeAll(sql: """
            SELECT d.run_id, d.step_index, COUNT(*) - MAX(d.replayed_after) AS n FROM deliveries d JOIN delivery_attempts a ON a.delivery_id = d.id
            WHERE d.run_id IN (SELECT value FROM json_each(?)) GROUP BY d.run_id, d.step_index
            """, arguments: [ids], { row in (row["run_id"] as String, row["step_index"] as Int, row["n"] as Int) }) {
            attempts[runID, default: [:]][index] = n
        }
        var out: [String: StepContext] = [:]
        for (id, head) in heads {
            out[id] = StepContext(run: head.run, content: head.content, contentHash: head.contentHash, creator: creators[head.creatorID],
                                  completions: completions[id] ?? [:], attempts: attempts[id] ?? [:])
        }
        return out
    }

    static func stepContext(_ db: Database, runID: String) throws -> StepContext? {
        try stepContexts(db, runIDs: [runID], skippingUnknown: false)[runID]
    }

    public func enqueue(runID: String, stepIndex: Int, stepID: String, dueAt: Int64) async throws {
        try await immediate { db in
            try db.executeCached(sql: "INSERT INTO steps (run_id, step_index, step_id, state, due_at, ready_at) VALUES (?, ?, ?, 'pending', ?, ?) ON CONFLICT (run_id, step_index) DO NOTHING",
                           arguments: [runID, stepIndex, stepID, dueAt, dueAt])
        }
    }

    public func recordStrikes(stepIDs: [Int64], reason: String, limit: Int, actor: String) async throws -> [Int64] {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            var parked: [Int64] = []
            for id in stepIDs {
                try db.executeCached(sql: "UPDATE steps SET strikes = strikes + 1 WHERE id = ? AND state IN ('pending', 'claimed')", arguments: [id])
                guard db.changesCount == 1,
                      let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT run_id, step_id, strikes FROM steps WHERE id = ?"), arguments: [id]) else { continue }
                let strikes: Int = row["strikes"], runID: String = row["run_id"], stepID: String = row["step_id"]
                try Self.appendAudit(db, at: now, actor: actor, action: .stepStruck, subject: "step \(id)", details: "strike \(strikes) of \(limit): \(reason)")
                guard strikes >= limit else { continue }
                try db.executeCached(sql: "UPDATE steps SET state = 'parked', lease_owner = NULL, lease_until = NULL WHERE id = ?", arguments: [id])
                try db.executeCached(sql: "UPDATE steps SET state = 'cancelled', lease_owner = NULL, lease_until = NULL WHERE run_id = ? AND state IN ('pending', 'claimed')",
                                     arguments: [runID])
                let why = tr("parked: step \(stepID) stopped a worker \(strikes) times (\(reason)); an admin looks at the draft and the checks")
                try db.executeCached(sql: "UPDATE runs SET state = 'parked', reason = ?, updated_at = ? WHERE id = ? AND state = 'running'", arguments: [why, now, runID])
                try Self.appendAudit(db, at: now, actor: actor, action: .runParked, subject: runID, details: why)
                parked.append(id)
            }
            return parked
        }
    }

    public func claim(worker: String, leaseMillis: Int64) async throws -> ClaimedStep? {
        try await claim(worker: worker, leaseMillis: leaseMillis, limit: 1).first
    }

    /// Marks a claimed step done if, and only if, it is still held at its epoch, and records the completion;
    /// false (nothing written) when another worker holds it now.
    /// One host's file: its supervisor pokes its workers; nobody else announces work.
    public var isShared: Bool { false }

    @discardableResult
    public func waitForSteps(timeoutMillis: Int) async throws -> Bool {
        try await Task.sleep(for: .milliseconds(max(timeoutMillis, 0)))
        return false
    }

    public func renew(_ step: ClaimedStep, leaseMillis: Int64) async throws -> ClaimedStep {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            try db.executeCached(sql: "UPDATE steps SET lease_until = ? WHERE id = ? AND epoch = ? AND state = 'claimed' AND lease_until > ?",
                           arguments: [now + leaseMillis, step.id, step.epoch, now])
            guard db.changesCount == 1 else { throw StoreError.staleEpoch(step: step.id, epoch: step.epoch) }
            var renewed = step
            renewed.leaseUntil = now + leaseMillis
            return renewed
        }
    }

    public func completions(runID: String, stepIndex: Int) async throws -> [StepCompletion] {
        try await readTransaction { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM step_completions WHERE run_id = ? AND step_index = ? ORDER BY at"), arguments: [runID, stepIndex])
                .map { StepCompletion(runID: $0["run_id"], stepIndex: $0["step_index"], epoch: $0["epoch"], worker: $0["worker"], outcome: $0["outcome"], at: $0["at"],
                                      result: $0["result"]) }
        }
    }
}
