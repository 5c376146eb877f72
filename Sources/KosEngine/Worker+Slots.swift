import Foundation
import KosCore
import KosSchedule
import KosStore

/// `wait: {slot: true}`: an approved post takes the next free slot of its calendar for its associate (caps,
/// blackouts, embargoes, jitter), is held until then, and goes on to publishing when the slot comes. The booking
/// is durable: a restarted kosd finds it, fires it once, or records it as missed.
extension Worker {
    enum SlotDecision: Sendable {
        /// Hold the step until then (store milliseconds), saying why.
        case wait(Int64, String)
        /// The slot has come: go on to publishing, marking the booking fired with the step's completion.
        case go(BookingUpdate?)
        /// End the run.
        case end(RunStatus, String)
    }

    /// `kitSlots`: the named slots a post made from a campaign kit may take (the kit's `calendar_slots`); nil: any.
    func slot(calendar id: String?, claimed: ClaimedStep, draft: Draft, creator: Person, kitSlots: [String]? = nil, _ environment: EngineEnvironment) async throws -> SlotDecision {
        guard let id, let calendar = environment.definitions.calendars[id], let schedule = CalendarSchedule(calendar) else {
            return .end(.failed, tr("the workflow waits for a slot but its calendar \(id ?? tr("(none)")) is not defined"))
        }
        @Sendable func when(_ seconds: Int64) -> String { "\(LocalTime.readable(schedule.clock.local(seconds))) (\(calendar.timeZone))" }
        let now = try await store.now()
        let post = PostRequest(creator: creator.id, store: creator.store, platforms: draft.platforms, campaign: draft.campaign, slotIDs: kitSlots)
        var from = (now + 999) / 1000
        var why: String?
        if let booking = try await store.activeBooking(runID: claimed.runID, stepIndex: claimed.stepIndex) {
            if booking.state == .fired { return .go(nil) }
            if now < booking.fireAt {
                return .wait(booking.fireAt, tr("booked into the slot of \(when(booking.slotAt / 1000)), goes out at \(LocalTime.format(schedule.clock.local(booking.fireAt / 1000)))"))
            }
            // Late against the time it was to go out (the slot plus its jitter): a worker that was busy or a kosd
            // that was down.
            let late = now - booking.fireAt
            if late <= calendar.catchUp.milliseconds {
                let note = late > 60_000 ? tr("went out \(late / 1000) s late, within the catch-up window (\(calendar.catchUp))") : nil
                return .go(BookingUpdate(id: booking.id, state: .fired, note: note))
            }
            let missed = tr("missed the slot of \(when(booking.slotAt / 1000)): kosd was not running then, and the catch-up window (\(calendar.catchUp)) has passed")
            try await store.setBookingState(id: booking.id, state: .missed, note: missed, fence: StepFence(claimed))
            if calendar.lateApproval == .expire { return .end(.expired, tr("\(missed) (late_approval: expire)")) }
            why = tr("\(missed); moved to the next free slot")
        } else if let asked = draft.slot {
            guard let local = LocalTime.parse(asked) else { return .end(.failed, tr("slot \(asked) is not a local date-time such as 2026-12-01T20:00")) }
            let askedAt = schedule.clock.instant(local: local)
            if askedAt * 1000 < now {
                let late = tr("approved after the slot it asked for, \(when(askedAt))")
                switch calendar.lateApproval {
                case .expire:
                    return .end(.expired, tr("\(late) (late_approval: expire)"))
                case .publishNow:
                    let embargo = try await embargoLift(draft: draft, calendar: id, environment)
                    if schedule.blackout(at: now / 1000) == nil, embargo.map({ $0.millis <= now }) ?? true {
                        let note = tr("\(late); goes out now (late_approval: publish-now)")
                        _ = try await store.book(request(id, claimed, post, from: now / 1000, through: now / 1000, calendar)) { _ in
                            BookingChoice(slotAt: now, fireAt: now, state: .fired, note: note)
                        }
                        return .go(nil)
                    }
                    why = tr("\(late); now is inside a blackout or an embargo, so it takes the next free slot")
                case .nextSlot:
                    why = tr("\(late); moved to the next free slot (late_approval: next-slot)")
                }
            } else {
                // The slot asked for, or the first free one after it.
                from = max(from, askedAt)
            }
        }
        var holds: [SlotPlanner.Hold] = []
        if let lift = try await embargoLift(draft: draft, calendar: id, environment) {
            holds.append(.init(until: (lift.millis + 999) / 1000, reason: tr("embargo on \(lift.product) until \(lift.local)")))
        }
        let planner = SlotPlanner(schedule: schedule)
        let seed = claimed.runID
        let planned = Captured<SlotPlanner.Plan>()
        let start = from, heldBy = holds, reason = why
        // A day ahead first (the bookings read stay few), then the whole horizon.
        var booking: SlotBooking?
        for horizon: Int64 in [86_400, 92 * 86_400] where booking == nil {
            booking = try await store.book(request(id, claimed, post, from: start, through: start + horizon, calendar)) { existing in
                let ledger = CapLedger(caps: calendar.caps, posts: existing.map {
                    BookedPost(at: $0.slotAt / 1000, post: PostRequest(creator: $0.creator, store: $0.store, platforms: $0.platforms, campaign: $0.campaign))
                })
                let plan = planner.plan(post, from: start, ledger: ledger, holds: heldBy, seed: seed, horizon: horizon)
                planned.value = plan
                guard let choice = plan.choice else { return nil }
                var note = choice.fireAtMillis / 1000 != choice.slot.at
                    ? tr("booked into the slot of \(when(choice.slot.at)), goes out at \(LocalTime.format(schedule.clock.local(choice.fireAtMillis / 1000)))")
                    : tr("booked into the slot of \(when(choice.slot.at))")
                if !plan.skipped.isEmpty {
                    var passed = plan.skipped.prefix(3).map { "\(LocalTime.readable($0.slot.local)) (\($0.reason))" }.joined(separator: ", ")
                    if plan.skipped.count > 3 { passed = tr("\(passed) and \(plan.skipped.count - 3) more") }
                    note = tr("\(note); passed over \(passed)")
                }
                if let reason { note = reason + "; " + note }
                return BookingChoice(slotAt: choice.slot.at * 1000, fireAt: choice.fireAtMillis, note: note)
            }
        }
        guard let booking else {
            let reasons = Set((planned.value?.skipped ?? []).map(\.reason)).sorted().prefix(3).joined(separator: "; ")
            return .end(.failed, reasons.isEmpty ? tr("no free slot in calendar \(id) in the next 92 days")
                                                 : tr("no free slot in calendar \(id) in the next 92 days: \(reasons)"))
        }
        if booking.fireAt <= now { return try await slot(calendar: id, claimed: claimed, draft: draft, creator: creator, kitSlots: kitSlots, environment) }
        return .wait(booking.fireAt, booking.note ?? tr("booked"))
    }

    func request(_ calendar: String, _ claimed: ClaimedStep, _ post: PostRequest, from: Int64, through: Int64, _ definition: KosCore.Calendar) -> BookingRequest {
        let window = definition.caps.map(\.window.milliseconds).max() ?? 0
        return BookingRequest(calendar: calendar, runID: claimed.runID, stepIndex: claimed.stepIndex, draftID: runDraft(claimed.runID) ?? "",
                              creator: post.creator, store: post.store, platforms: post.platforms, campaign: post.campaign,
                              scanFrom: from * 1000 - window, scanThrough: through * 1000 + window,
                              countedBy: Set(definition.caps.map(\.per.rawValue)), fence: StepFence(claimed))
    }
}

/// A value set inside a `@Sendable` closure and read after it.
final class Captured<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T?
    var value: T? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
