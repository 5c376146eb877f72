import Foundation
import Crypto
import KosCore
import Logging
import NIOSSL
import PostgresNIO
import Synchronization

/// Calendar slot bookings on PostgreSQL.
extension PostgresStore {
    public func nextDueAt() async throws -> Int64? {
        try await read { c in
            let rows = try await c.query("""
                SELECT LEAST((SELECT MIN(due_at) FROM steps WHERE state = 'pending'), (SELECT MIN(lease_until) FROM steps WHERE state = 'claimed'))
                """, logger: self.logger)
            for try await at in rows.decode(Int64?.self) { return at }
            return nil
        }
    }

    static let bookingColumns = """
        b.id, b.calendar, b.run_id, b.step_index, b.draft_id, b.creator, b.store, b.platforms, b.campaign, b.slot_at, b.fire_at,
        CASE WHEN b.state = 'booked' AND r.state != 'running' THEN 'released' ELSE b.state END AS state, b.note
        """

    static func bookings(_ rows: PostgresRowSequence) async throws -> [SlotBooking] {
        var out: [SlotBooking] = []
        for try await row in rows {
            let (id, calendar, runID, stepIndex, draftID, creator, store, platforms, campaign, slotAt, fireAt, state, note) =
                try row.decode((Int64, String, String, Int, String, String, String?, String, String?, Int64, Int64, String, String?).self)
            out.append(SlotBooking(id: id, calendar: calendar, runID: runID, stepIndex: stepIndex, draftID: draftID, creator: creator, store: store,
                                   platforms: platforms.isEmpty ? [] : platforms.split(separator: ",").map(String.init), campaign: campaign,
                                   slotAt: slotAt, fireAt: fireAt, state: try .stored(state), note: note))
        }
        return out
    }

    public func activeBooking(runID: String, stepIndex: Int) async throws -> SlotBooking? {
        try await read { c in
            try await Self.bookings(try await c.query("""
                SELECT \(unescaped: Self.bookingColumns) FROM slot_bookings b JOIN runs r ON r.id = b.run_id
                WHERE b.run_id = \(runID) AND b.step_index = \(stepIndex) AND b.state IN ('booked', 'fired') ORDER BY b.id DESC LIMIT 1
                """, logger: self.logger)).first
        }
    }

    public func book(_ request: BookingRequest, choose: @escaping @Sendable ([SlotBooking]) -> BookingChoice?) async throws -> SlotBooking? {
        try await transaction { c in
            try await c.query("SELECT pg_advisory_xact_lock(hashtext(\("booking:" + request.calendar)))", logger: self.logger)
            try await Self.checkFence(c, self.logger, request.fence)
            let now = try await Self.now(c, self.logger)
            // Only bookings a cap could count against this post: the same associate, store, platform or campaign.
            var keys: [String] = []
            if request.countedBy.contains("creator") { keys.append("b.creator = $5") }
            if request.countedBy.contains("store"), request.store != nil { keys.append("b.store = $6") }
            if request.countedBy.contains("campaign"), request.campaign != nil { keys.append("b.campaign = $7") }
            if request.countedBy.contains("platform"), !request.platforms.isEmpty { keys.append("string_to_array(b.platforms, ',') && $8") }
            var counted: [SlotBooking] = []
            if !keys.isEmpty {
                var binds = PostgresBindings()
                binds.append(request.calendar)
                binds.append(request.scanFrom)
                binds.append(request.scanThrough)
                binds.append(request.runID)
                binds.append(request.creator)
                binds.append(request.store ?? "")
                binds.append(request.campaign ?? "")
                binds.append(request.platforms)
                let sql = """
                    SELECT \(Self.bookingColumns) FROM slot_bookings b JOIN runs r ON r.id = b.run_id
                    WHERE b.calendar = $1 AND b.slot_at BETWEEN $2 AND $3 AND b.run_id != $4
                      AND (b.state = 'fired' OR (b.state = 'booked' AND r.state = 'running')) AND (\(keys.joined(separator: " OR ")))
                    ORDER BY b.slot_at
                    """
                counted = try await Self.bookings(try await c.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: self.logger))
            }
            guard let choice = choose(counted) else { return nil }
            try await c.query("""
                UPDATE slot_bookings SET state = 'moved', updated_at = \(now) WHERE run_id = \(request.runID) AND step_index = \(request.stepIndex) AND state = 'booked'
                """, logger: self.logger)
            var id: Int64 = 0
            for try await new in try await c.query("""
                INSERT INTO slot_bookings (calendar, run_id, step_index, draft_id, creator, store, platforms, campaign, slot_at, fire_at, state, note, created_at, updated_at)
                VALUES (\(request.calendar), \(request.runID), \(request.stepIndex), \(request.draftID), \(request.creator), \(request.store),
                        \(request.platforms.joined(separator: ",")), \(request.campaign), \(choice.slotAt), \(choice.fireAt), \(choice.state.rawValue), \(choice.note),
                        \(now), \(now))
                RETURNING id
                """, logger: self.logger).decode(Int64.self) { id = new }
            try await Self.appendAudit(c, self.logger, at: now, actor: "kosflow", action: choice.state == .fired ? .slotPublishedNow : .slotBooked,
                                       subject: "\(request.runID)/\(request.stepIndex)",
                                       details: "calendar \(request.calendar), slot \(choice.slotAt), goes out \(choice.fireAt)" + (choice.note.map { ": \($0)" } ?? ""))
            return SlotBooking(id: id, calendar: request.calendar, runID: request.runID, stepIndex: request.stepIndex, draftID: request.draftID,
                               creator: request.creator, store: request.store, platforms: request.platforms, campaign: request.campaign,
                               slotAt: choice.slotAt, fireAt: choice.fireAt, state: choice.state, note: choice.note)
        }
    }

    public func setBookingState(id: Int64, state: SlotBooking.State, note: String?, fence: StepFence?) async throws {
        try await transaction { c in
            try await Self.checkFence(c, self.logger, fence)
            let now = try await Self.now(c, self.logger)
            var subject: String?
            for try await (run, index) in try await c.query("SELECT run_id, step_index FROM slot_bookings WHERE id = \(id)", logger: self.logger)
                .decode((String, Int).self) { subject = "\(run)/\(index)" }
            guard let subject else { throw StoreError.notFound(tr("booking \(id)")) }
            try await Self.updateBooking(c, self.logger, BookingUpdate(id: id, state: state, note: note), subject: subject, now: now)
        }
    }

    /// Refuses a write for a step no longer claimed under the epoch its worker holds; the step's row stays locked
    /// until the transaction ends, so no takeover slips in between.
    static func checkFence(_ c: PostgresConnection, _ logger: Logger, _ fence: StepFence?) async throws {
        guard let fence else { return }
        guard try await changed(c, logger, """
            SELECT id FROM steps WHERE id = \(fence.stepID) AND epoch = \(fence.epoch) AND state = 'claimed' FOR UPDATE
            """) else {
            throw StoreError(.staleEpoch, tr("step \(fence.stepID) is no longer held under epoch \(fence.epoch): another worker took it over"))
        }
    }

    /// Changes a booking's state (once: the same state again writes nothing) and says so in the audit log.
    static func updateBooking(_ c: PostgresConnection, _ logger: Logger, _ update: BookingUpdate, subject: String, now: Int64) async throws {
        guard try await changed(c, logger, """
            UPDATE slot_bookings SET state = \(update.state.rawValue), note = COALESCE(\(update.note), note), updated_at = \(now)
            WHERE id = \(update.id) AND state != \(update.state.rawValue) RETURNING id
            """) else { return }
        try await appendAudit(c, logger, at: now, actor: "kosflow", action: .slot(update.state), subject: subject,
                              details: update.note ?? "booking \(update.id)")
    }

    public func bookings(calendar: String?, from: Int64, through: Int64, creator: String?) async throws -> [SlotBooking] {
        try await read { c in
            try await Self.bookings(try await c.query("""
                SELECT \(unescaped: Self.bookingColumns) FROM slot_bookings b JOIN runs r ON r.id = b.run_id
                WHERE (\(calendar)::text IS NULL OR b.calendar = \(calendar)) AND b.slot_at BETWEEN \(from) AND \(through)
                  AND (\(creator)::text IS NULL OR b.creator = \(creator))
                ORDER BY b.slot_at, b.id
                """, logger: self.logger))
        }
    }
}
