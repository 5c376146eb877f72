import Foundation
import Crypto
import GRDB
import KosCore
import Synchronization

/// Calendar slot bookings on SQLite.
extension SQLiteStore {
    /// A booked slot whose run has ended no longer holds its place: it reads as `released`.
    static let bookingColumns = """
        b.id, b.calendar, b.run_id, b.step_index, b.draft_id, b.creator, b.store, b.platforms, b.campaign, b.slot_at, b.fire_at,
        CASE WHEN b.state = 'booked' AND r.state != 'running' THEN 'released' ELSE b.state END AS state, b.note
        """

    static func booking(_ row: Row) throws -> SlotBooking {
        let platforms: String = row["platforms"]
        return SlotBooking(id: row["id"], calendar: row["calendar"], runID: row["run_id"], stepIndex: row["step_index"],
                           draftID: row["draft_id"], creator: row["creator"], store: row["store"],
                           platforms: platforms.isEmpty ? [] : platforms.split(separator: ",").map(String.init),
                           campaign: row["campaign"], slotAt: row["slot_at"], fireAt: row["fire_at"],
                           state: try .stored(row["state"]), note: row["note"])
    }

    public func activeBooking(runID: String, stepIndex: Int) async throws -> SlotBooking? {
        try await readTransaction { db in
            try Row.fetchOne(db.cachedStatement(sql: """
                SELECT \(Self.bookingColumns) FROM slot_bookings b JOIN runs r ON r.id = b.run_id
                WHERE b.run_id = ? AND b.step_index = ? AND b.state IN ('booked', 'fired') ORDER BY b.id DESC LIMIT 1
                """), arguments: [runID, stepIndex]).map(Self.booking)
        }
    }

    public func book(_ request: BookingRequest, choose: @escaping @Sendable ([SlotBooking]) -> BookingChoice?) async throws -> SlotBooking? {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            try Self.checkFence(db, request.fence)
            // Only bookings a cap could count against this post: the same associate, store, platform or campaign.
            var keys: [String] = [], arguments: [(any DatabaseValueConvertible)?] = [request.calendar, request.scanFrom, request.scanThrough, request.runID]
            if request.countedBy.contains("creator") { keys.append("b.creator = ?"); arguments.append(request.creator) }
            if request.countedBy.contains("store"), let store = request.store { keys.append("b.store = ?"); arguments.append(store) }
            if request.countedBy.contains("campaign"), let campaign = request.campaign { keys.append("b.campaign = ?"); arguments.append(campaign) }
            if request.countedBy.contains("platform") {
                for platform in request.platforms { keys.append("instr(',' || b.platforms || ',', ?) > 0"); arguments.append(",\(platform),") }
            }
            var counted: [SlotBooking] = []
            if !keys.isEmpty {
                counted = try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT \(Self.bookingColumns) FROM slot_bookings b JOIN runs r ON r.id = b.run_id
                    WHERE b.calendar = ? AND b.slot_at BETWEEN ? AND ? AND b.run_id != ?
                      AND (b.state = 'fired' OR (b.state = 'booked' AND r.state = 'running')) AND (\(keys.joined(separator: " OR ")))
                    ORDER BY b.slot_at
                    """), arguments: StatementArguments(arguments)).map(Self.booking)
            }
            guard let choice = choose(counted) else { return nil }
            try db.executeCached(sql: """
                UPDATE slot_bookings SET state = 'moved', updated_at = ? WHERE run_id = ? AND step_index = ? AND state = 'booked'
                """, arguments: [now, request.runID, request.stepIndex])
            try db.executeCached(sql: """
                INSERT INTO slot_bookings (calendar, run_id, step_index, draft_id, creator, store, platforms, campaign, slot_at, fire_at,
                                           state, note, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [request.calendar, request.runID, request.stepIndex, request.draftID, request.creator, request.store,
                                 request.platforms.joined(separator: ","), request.campaign, choice.slotAt, choice.fireAt,
                                 choice.state.rawValue, choice.note, now, now])
            let id = db.lastInsertedRowID
            try Self.appendAudit(db, at: now, actor: "kosflow", action: choice.state == .fired ? .slotPublishedNow : .slotBooked,
                                 subject: "\(request.runID)/\(request.stepIndex)",
                                 details: "calendar \(request.calendar), slot \(choice.slotAt), goes out \(choice.fireAt)" + (choice.note.map { ": \($0)" } ?? ""))
            return SlotBooking(id: id, calendar: request.calendar, runID: request.runID, stepIndex: request.stepIndex, draftID: request.draftID,
                               creator: request.creator, store: request.store, platforms: request.platforms, campaign: request.campaign,
                               slotAt: choice.slotAt, fireAt: choice.fireAt, state: choice.state, note: choice.note)
        }
    }

    public func setBookingState(id: Int64, state: SlotBooking.State, note: String?, fence: StepFence?) async throws {
        try await immediate { db in
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(Self.nowSQL)"))!
            try Self.checkFence(db, fence)
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT run_id, step_index FROM slot_bookings WHERE id = ?"),
                                             arguments: [id]) else { throw StoreError.notFound(tr("booking \(id)")) }
            try Self.updateBooking(db, BookingUpdate(id: id, state: state, note: note), subject: "\(row["run_id"] as String)/\(row["step_index"] as Int)", now: now)
        }
    }

    /// Refuses a write for a step no longer claimed under the epoch its worker holds.
    static func checkFence(_ db: Database, _ fence: StepFence?) throws {
        guard let fence else { return }
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM steps WHERE id = ? AND epoch = ? AND state = 'claimed')"),
                                arguments: [fence.stepID, fence.epoch]) == true else {
            throw StoreError(.staleEpoch, tr("step \(fence.stepID) is no longer held under epoch \(fence.epoch): another worker took it over"))
        }
    }

    /// Changes a booking's state (once: the same state again writes nothing) and says so in the audit log.
    static func updateBooking(_ db: Database, _ update: BookingUpdate, subject: String, now: Int64) throws {
        try db.executeCached(sql: "UPDATE slot_bookings SET state = ?, note = COALESCE(?, note), updated_at = ? WHERE id = ? AND state != ?",
                             arguments: [update.state.rawValue, update.note, now, update.id, update.state.rawValue])
        guard db.changesCount == 1 else { return }
        try appendAudit(db, at: now, actor: "kosflow", action: .slot(update.state), subject: subject, details: update.note ?? "booking \(update.id)")
    }

    public func bookings(calendar: String?, from: Int64, through: Int64, creator: String?) async throws -> [SlotBooking] {
        try await readTransaction { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT \(Self.bookingColumns) FROM slot_bookings b JOIN runs r ON r.id = b.run_id
                WHERE (?1 IS NULL OR b.calendar = ?1) AND b.slot_at BETWEEN ?2 AND ?3 AND (?4 IS NULL OR b.creator = ?4)
                ORDER BY b.slot_at, b.id
                """), arguments: [calendar, from, through, creator]).map(Self.booking)
        }
    }

    public func nextDueAt() async throws -> Int64? {
        try await readTransaction { db in
            try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT MIN(at) FROM (SELECT MIN(due_at) AS at FROM steps WHERE state = 'pending'
                                     UNION ALL SELECT MIN(lease_until) FROM steps WHERE state = 'claimed')
                """))
        }
    }
}
