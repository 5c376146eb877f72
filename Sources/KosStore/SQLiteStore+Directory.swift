import Foundation
import GRDB
import KosCore

/// The staff directory, the register of platform accounts, being away and leaving, on SQLite.
extension SQLiteStore {
    public func accounts() async throws -> [PlatformAccount] {
        try await readTransaction { db in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM accounts ORDER BY id")).map(Self.account) }
    }

    static func account(_ row: Row) -> PlatformAccount {
        PlatformAccount(platform: row["platform"], handle: row["handle"], operatorID: row["operator_id"],
                        ownership: PlatformAccount.Ownership(rawValue: row["ownership"]) ?? .employee)
    }

    public func applyDirectory(_ plan: DirectoryPlan, actor: String) async throws {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            for person in plan.people {
                let groups = String(decoding: try JSONSerialization.data(withJSONObject: person.groups), as: UTF8.self)
                try db.executeCached(sql: """
                    INSERT INTO people (id, role, store, groups_json, name, manager, agency, tier, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET role = excluded.role, store = excluded.store, groups_json = excluded.groups_json,
                      name = excluded.name, manager = excluded.manager, agency = excluded.agency, tier = excluded.tier
                    """, arguments: [person.id, person.role.rawValue, person.store, groups, person.name, person.manager, person.agency, person.tier, now])
                try Self.appendAudit(db, at: now, actor: actor, StoreRules.directoryEntry(person))
            }
            let current = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM accounts")).map(Self.account)
            for line in StoreRules.accountChanges(plan, current: current) {
                switch line.change {
                case .retire(let id): try db.executeCached(sql: "DELETE FROM accounts WHERE id = ?", arguments: [id])
                case .save(let a):
                    try db.executeCached(sql: """
                        INSERT INTO accounts (id, platform, handle, operator_id, ownership, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET operator_id = excluded.operator_id, ownership = excluded.ownership, updated_at = excluded.updated_at
                        """, arguments: [a.id, a.platform, a.handle, a.operatorID, a.ownership.rawValue, now, now])
                }
                try Self.appendAudit(db, at: now, actor: actor, line.audit)
            }
        }
    }

    public func setAway(personID: String, until: Int64?, delegate: String?, actor: String) async throws {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            try Self.requirePerson(db, personID)
            if let delegate { try Self.requirePerson(db, delegate) }
            try db.executeCached(sql: "UPDATE people SET away_until = ?, delegate = ? WHERE id = ?", arguments: [until, until == nil ? nil : delegate, personID])
            try Self.appendAudit(db, at: now, actor: actor, StoreRules.away(personID, until: until, delegate: delegate))
        }
    }

    public func scheduleOffboarding(personID: String, successor: String?, at: Int64?, actor: String) async throws -> Int64 {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT left_at, successor, offboarded_at FROM people WHERE id = ?"), arguments: [personID]) else {
                throw StoreError.notFound(tr("person \(personID)"))
            }
            if let successor { try Self.requirePerson(db, successor) }
            let w = StoreRules.leaving(personID, recorded: row["left_at"], recordedSuccessor: row["successor"], handedOver: row["offboarded_at"] as Int64? != nil,
                                       successor: successor, at: at, now: now)
            if let audit = w.audit {
                try db.executeCached(sql: "UPDATE people SET left_at = ?, successor = ? WHERE id = ?", arguments: [w.moment, w.successor, personID])
                try Self.appendAudit(db, at: now, actor: actor, audit)
            }
            return w.moment
        }
    }

    public func offboardingsDue() async throws -> [Person] {
        try await readTransaction { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT * FROM people WHERE left_at IS NOT NULL AND left_at <= \(Self.nowSQL) AND offboarded_at IS NULL ORDER BY left_at, id
                """)).map(Self.person)
        }
    }

    public func posts(creatorID: String) async throws -> [AuthoredPost] {
        try await readTransaction { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT r.id, r.draft_id, r.workflow, r.state, r.definitions_version, v.content,
                  (SELECT s.step_index FROM steps s WHERE s.run_id = r.id AND s.state IN ('pending', 'claimed')) AS open_step,
                  (SELECT group_concat(e.endpoint, ' ') FROM deliveries e WHERE e.run_id = r.id AND e.state = 'delivered') AS delivered
                FROM runs r JOIN drafts d ON d.id = r.draft_id JOIN revisions v ON v.draft_id = r.draft_id AND v.number = r.revision
                WHERE d.creator_id = ? AND r.state IN ('running', 'completed') ORDER BY r.created_at, r.id
                """), arguments: [creatorID]).map { row in
                AuthoredPost(draftID: row["draft_id"], runID: row["id"], workflow: row["workflow"], status: RunStatus(rawValue: row["state"]) ?? .running,
                             openStep: row["open_step"], content: row["content"], definitionsVersion: row["definitions_version"],
                             deliveredTo: ((row["delivered"] as String?) ?? "").split(separator: " ").map(String.init))
            }
        }
    }

    public func offboardReport(personID: String) async throws -> OffboardReport? {
        try await readTransaction { db in
            StoreRules.keptReport(try String.fetchOne(db.cachedStatement(sql: "SELECT offboard_report FROM people WHERE id = ?"), arguments: [personID]))
        }
    }

    public func completeOffboarding(_ handover: Handover, actor: String) async throws -> OffboardReport? {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT left_at, successor, offboarded_at, offboard_report FROM people WHERE id = ?"),
                                             arguments: [handover.personID]) else { throw StoreError.notFound(tr("person \(handover.personID)")) }
            guard let leftAt = row["left_at"] as Int64?, leftAt <= now else { return nil }
            if row["offboarded_at"] as Int64? != nil { return StoreRules.keptReport(row["offboard_report"]) }
            let who = handover.personID
            // The successor as they are now: one who has left (or gone) since takes nothing over.
            var successor = row["successor"] as String?
            if let heir = successor,
               try Row.fetchOne(db.cachedStatement(sql: "SELECT left_at FROM people WHERE id = ?"), arguments: [heir]).map({ $0["left_at"] as Int64? == nil }) != true {
                successor = nil
            }
            var report = OffboardReport(person: who, successor: successor, leftAt: API.timestamp(leftAt))
            let running = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT r.id, r.draft_id FROM runs r JOIN drafts d ON d.id = r.draft_id WHERE d.creator_id = ? AND r.state = 'running' ORDER BY r.created_at, r.id
                """), arguments: [who])
            for run in running {
                let draftID: String = run["draft_id"], runID: String = run["id"]
                switch StoreRules.handOver(draftID, handover, successor: successor, leftAt: leftAt) {
                case .handOver(let to, let audit):
                    try db.executeCached(sql: "UPDATE drafts SET creator_id = ?, idempotency_key = NULL WHERE id = ?", arguments: [to, draftID])
                    try db.executeCached(sql: "UPDATE runs SET creator_id = ? WHERE id = ?", arguments: [to, runID])
                    try Self.appendAudit(db, at: now, actor: actor, audit)
                    report.handedOver.append(draftID)
                case .cancel(let reason):
                    try Self.endRunningRun(db, draftID: draftID, status: .withdrawn, reason: reason, now: now, actor: actor)
                    report.cancelled.append(draftID)
                }
            }
            try db.executeCached(sql: "UPDATE tokens SET revoked_at = ? WHERE person_id = ? AND revoked_at IS NULL", arguments: [now, who])
            report.tokensRevoked = db.changesCount
            try db.executeCached(sql: "UPDATE console_credentials SET revoked_at = ? WHERE person_id = ? AND revoked_at IS NULL", arguments: [now, who])
            let sessions = db.changesCount
            try Self.appendAudit(db, at: now, actor: actor, action: .tokenRevoked, subject: who, details: "\(report.tokensRevoked) tokens, \(sessions) console links and sessions")
            for account in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM accounts WHERE operator_id = ? ORDER BY id"), arguments: [who]).map(Self.account) {
                switch StoreRules.accountOnLeaving(account, successor: successor) {
                case .pass(let to, let audit):
                    try db.executeCached(sql: "UPDATE accounts SET operator_id = ?, updated_at = ? WHERE id = ?", arguments: [to, now, account.id])
                    try Self.appendAudit(db, at: now, actor: actor, audit)
                    report.accountsPassed.append(account.id)
                case .retire(let audit):
                    try db.executeCached(sql: "DELETE FROM accounts WHERE id = ?", arguments: [account.id])
                    try Self.appendAudit(db, at: now, actor: actor, audit)
                    report.accountsRetired.append(account.id)
                case .keep: break
                }
            }
            for recall in handover.recalls {
                try db.executeCached(sql: """
                    INSERT INTO endpoint_notices (endpoint, kind, reason, body, created_at, due_at) VALUES (?, 'post.recall', ?, ?, ?, ?)
                    """, arguments: [recall.endpoint, "\(recall.draftID) on \(recall.account)", recall.body, now, now])
                try Self.appendAudit(db, at: now, actor: actor, StoreRules.recallRequested(recall, person: who))
                report.recalls.append("\(recall.draftID) → \(recall.endpoint)")
            }
            report.live = handover.live
            try db.executeCached(sql: "UPDATE people SET offboarded_at = ?, offboard_report = ?, away_until = NULL, delegate = NULL WHERE id = ?",
                                 arguments: [now, StoreRules.encode(report), who])
            try Self.appendAudit(db, at: now, actor: actor, StoreRules.offboarded(report))
            return report
        }
    }
}
