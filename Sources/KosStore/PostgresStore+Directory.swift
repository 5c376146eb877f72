import Foundation
import KosCore
import Logging
import PostgresNIO

/// The staff directory, the register of platform accounts, being away and leaving, on PostgreSQL.
extension PostgresStore {
    typealias AccountRow = (String, String, String, String)

    static func accounts(_ rows: PostgresRowSequence) async throws -> [PlatformAccount] {
        var out: [PlatformAccount] = []
        for try await (platform, handle, operatorID, ownership) in rows.decode(AccountRow.self) {
            out.append(PlatformAccount(platform: platform, handle: handle, operatorID: operatorID, ownership: PlatformAccount.Ownership(rawValue: ownership) ?? .employee))
        }
        return out
    }

    public func accounts() async throws -> [PlatformAccount] {
        try await read { c in try await Self.accounts(try await c.query("SELECT platform, handle, operator_id, ownership FROM accounts ORDER BY id", logger: self.logger)) }
    }

    public func applyDirectory(_ plan: DirectoryPlan, actor: String) async throws {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            // One import at a time: two would each read the register before the other wrote it.
            try await c.query("LOCK TABLE accounts IN EXCLUSIVE MODE", logger: self.logger)
            for person in plan.people {
                let groups = String(decoding: try JSONSerialization.data(withJSONObject: person.groups), as: UTF8.self)
                try await c.query("""
                    INSERT INTO people (id, role, store, groups_json, name, manager, agency, tier, created_at)
                    VALUES (\(person.id), \(person.role.rawValue), \(person.store), \(groups), \(person.name), \(person.manager), \(person.agency), \(person.tier), \(now))
                    ON CONFLICT (id) DO UPDATE SET role = excluded.role, store = excluded.store, groups_json = excluded.groups_json,
                      name = excluded.name, manager = excluded.manager, agency = excluded.agency, tier = excluded.tier
                    """, logger: self.logger)
                try await Self.appendAudit(c, self.logger, at: now, actor: actor, StoreRules.directoryEntry(person))
            }
            let current = try await Self.accounts(try await c.query("SELECT platform, handle, operator_id, ownership FROM accounts", logger: self.logger))
            for line in StoreRules.accountChanges(plan, current: current) {
                switch line.change {
                case .retire(let id): try await c.query("DELETE FROM accounts WHERE id = \(id)", logger: self.logger)
                case .save(let a):
                    try await c.query("""
                        INSERT INTO accounts (id, platform, handle, operator_id, ownership, created_at, updated_at)
                        VALUES (\(a.id), \(a.platform), \(a.handle), \(a.operatorID), \(a.ownership.rawValue), \(now), \(now))
                        ON CONFLICT (id) DO UPDATE SET operator_id = excluded.operator_id, ownership = excluded.ownership, updated_at = excluded.updated_at
                        """, logger: self.logger)
                }
                try await Self.appendAudit(c, self.logger, at: now, actor: actor, line.audit)
            }
        }
    }

    public func setAway(personID: String, until: Int64?, delegate: String?, actor: String) async throws {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            try await Self.requirePerson(c, self.logger, personID)
            if let delegate { try await Self.requirePerson(c, self.logger, delegate) }
            try await c.query("UPDATE people SET away_until = \(until), delegate = \(until == nil ? nil : delegate) WHERE id = \(personID)", logger: self.logger)
            try await Self.appendAudit(c, self.logger, at: now, actor: actor, StoreRules.away(personID, until: until, delegate: delegate))
        }
    }

    public func scheduleOffboarding(personID: String, successor: String?, at: Int64?, actor: String) async throws -> Int64 {
        try await transaction { c in
            let now = try await Self.now(c, self.logger)
            var recorded: (Int64?, String?, Int64?)?
            for try await row in try await c.query("SELECT left_at, successor, offboarded_at FROM people WHERE id = \(personID) FOR UPDATE", logger: self.logger)
                .decode((Int64?, String?, Int64?).self) { recorded = row }
            guard let recorded else { throw StoreError.notFound(tr("person \(personID)")) }
            if let successor { try await Self.requirePerson(c, self.logger, successor) }
            let w = StoreRules.leaving(personID, recorded: recorded.0, recordedSuccessor: recorded.1, handedOver: recorded.2 != nil, successor: successor, at: at, now: now)
            if let audit = w.audit {
                try await c.query("UPDATE people SET left_at = \(w.moment), successor = \(w.successor) WHERE id = \(personID)", logger: self.logger)
                try await Self.appendAudit(c, self.logger, at: now, actor: actor, audit)
            }
            return w.moment
        }
    }

    public func offboardingsDue() async throws -> [Person] {
        try await read { c in
            try await Self.people(try await c.query("""
                SELECT \(unescaped: Self.personColumns()) FROM people
                WHERE left_at IS NOT NULL AND left_at <= \(unescaped: Self.nowSQL) AND offboarded_at IS NULL ORDER BY left_at, id
                """, logger: self.logger))
        }
    }

    public func posts(creatorID: String) async throws -> [AuthoredPost] {
        try await read { c in
            var out: [AuthoredPost] = []
            for try await (runID, draftID, workflow, state, version, content, open, delivered) in try await c.query("""
                SELECT r.id, r.draft_id, r.workflow, r.state, r.definitions_version, v.content,
                  (SELECT s.step_index FROM steps s WHERE s.run_id = r.id AND s.state IN ('pending', 'claimed') LIMIT 1),
                  (SELECT string_agg(e.endpoint, ' ') FROM deliveries e WHERE e.run_id = r.id AND e.state = 'delivered')
                FROM runs r JOIN drafts d ON d.id = r.draft_id JOIN revisions v ON v.draft_id = r.draft_id AND v.number = r.revision
                WHERE d.creator_id = \(creatorID) AND r.state IN ('running', 'completed') ORDER BY r.created_at, r.id
                """, logger: self.logger).decode((String, String, String, String, String?, ByteBuffer, Int?, String?).self) {
                out.append(AuthoredPost(draftID: draftID, runID: runID, workflow: workflow, status: RunStatus(rawValue: state) ?? .running, openStep: open,
                                        content: Data(buffer: content), definitionsVersion: version,
                                        deliveredTo: (delivered ?? "").split(separator: " ").map(String.init)))
            }
            return out
        }
    }

    public func offboardReport(personID: String) async throws -> OffboardReport? {
        try await read { c in
            var text: String?
            for try await t in try await c.query("SELECT offboard_report FROM people WHERE id = \(personID)", logger: self.logger).decode(String?.self) { text = t }
            return StoreRules.keptReport(text)
        }
    }

    public func completeOffboarding(_ handover: Handover, actor: String) async throws -> OffboardReport? {
        let logger = self.logger
        return try await transaction { c in
            let now = try await Self.now(c, logger)
            var row: (Int64?, String?, Int64?, String?)?
            for try await r in try await c.query("""
                SELECT left_at, successor, offboarded_at, offboard_report FROM people WHERE id = \(handover.personID) FOR UPDATE
                """, logger: logger).decode((Int64?, String?, Int64?, String?).self) { row = r }
            guard let row else { throw StoreError.notFound(tr("person \(handover.personID)")) }
            guard let leftAt = row.0, leftAt <= now else { return nil }
            if row.2 != nil { return StoreRules.keptReport(row.3) }
            let who = handover.personID
            // The successor as they are now: one who has left (or gone) since takes nothing over.
            var successor = row.1
            if let heir = successor {
                var present = false
                for try await leftAt in try await c.query("SELECT left_at FROM people WHERE id = \(heir)", logger: logger).decode(Int64?.self) { present = leftAt == nil }
                if !present { successor = nil }
            }
            var report = OffboardReport(person: who, successor: successor, leftAt: API.timestamp(leftAt))
            var running: [(String, String)] = []
            for try await r in try await c.query("""
                SELECT r.id, r.draft_id FROM runs r JOIN drafts d ON d.id = r.draft_id WHERE d.creator_id = \(who) AND r.state = 'running'
                ORDER BY r.created_at, r.id FOR UPDATE OF r
                """, logger: logger).decode((String, String).self) { running.append(r) }
            for (runID, draftID) in running {
                switch StoreRules.handOver(draftID, handover, successor: successor, leftAt: leftAt) {
                case .handOver(let to, let audit):
                    try await c.query("UPDATE drafts SET creator_id = \(to), idempotency_key = NULL WHERE id = \(draftID)", logger: logger)
                    try await c.query("UPDATE runs SET creator_id = \(to) WHERE id = \(runID)", logger: logger)
                    try await Self.appendAudit(c, logger, at: now, actor: actor, audit)
                    report.handedOver.append(draftID)
                case .cancel(let reason):
                    try await Self.endRunningRun(c, logger, draftID: draftID, status: .withdrawn, reason: reason, now: now, actor: actor)
                    report.cancelled.append(draftID)
                }
            }
            for try await _ in try await c.query("UPDATE tokens SET revoked_at = \(now) WHERE person_id = \(who) AND revoked_at IS NULL RETURNING sha256",
                                                 logger: logger).decode(String.self) { report.tokensRevoked += 1 }
            var sessions = 0
            for try await _ in try await c.query("""
                UPDATE console_credentials SET revoked_at = \(now) WHERE person_id = \(who) AND revoked_at IS NULL RETURNING sha256
                """, logger: logger).decode(String.self) { sessions += 1 }
            try await Self.appendAudit(c, logger, at: now, actor: actor, action: .tokenRevoked, subject: who,
                                       details: "\(report.tokensRevoked) tokens, \(sessions) console links and sessions")
            let held = try await Self.accounts(try await c.query("""
                SELECT platform, handle, operator_id, ownership FROM accounts WHERE operator_id = \(who) ORDER BY id FOR UPDATE
                """, logger: logger))
            for account in held {
                switch StoreRules.accountOnLeaving(account, successor: successor) {
                case .pass(let to, let audit):
                    try await c.query("UPDATE accounts SET operator_id = \(to), updated_at = \(now) WHERE id = \(account.id)", logger: logger)
                    try await Self.appendAudit(c, logger, at: now, actor: actor, audit)
                    report.accountsPassed.append(account.id)
                case .retire(let audit):
                    try await c.query("DELETE FROM accounts WHERE id = \(account.id)", logger: logger)
                    try await Self.appendAudit(c, logger, at: now, actor: actor, audit)
                    report.accountsRetired.append(account.id)
                case .keep: break
                }
            }
            for recall in handover.recalls {
                try await c.query("""
                    INSERT INTO endpoint_notices (endpoint, kind, reason, body, created_at, due_at)
                    VALUES (\(recall.endpoint), 'post.recall', \("\(recall.draftID) on \(recall.account)"), \(recall.body), \(now), \(now))
                    """, logger: logger)
                try await Self.appendAudit(c, logger, at: now, actor: actor, StoreRules.recallRequested(recall, person: who))
                report.recalls.append("\(recall.draftID) → \(recall.endpoint)")
            }
            report.live = handover.live
            try await c.query("""
                UPDATE people SET offboarded_at = \(now), offboard_report = \(StoreRules.encode(report)), away_until = NULL, delegate = NULL WHERE id = \(who)
                """, logger: logger)
            try await Self.appendAudit(c, logger, at: now, actor: actor, StoreRules.offboarded(report))
            return report
        }
    }
}
