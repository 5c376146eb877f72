import Foundation
import KosCore
import KosStore
import Testing

@testable import KosEngine

/// The program's health from a period's facts, as plain values: the repository's boutique workflow (a store
/// manager, then regional compliance, then a prime-time slot) and its calendar's caps (3 a week per associate,
/// 10 a day per store).
@Suite struct ProgramHealthTests {
    static let day: Int64 = 86_400_000, minute: Int64 = 60_000
    static let now: Int64 = 100 * day
    static let workflow = "boutique-styling-notes"

    static func run(_ id: String, _ draft: String, _ creator: String, revision: Int = 1, _ status: RunStatus, at: Int64) -> ProgramFacts.Run {
        ProgramFacts.Run(id: id, draftID: draft, creatorID: creator, workflow: workflow, definitionsVersion: nil, revision: revision, status: status, createdAt: at)
    }

    static func step(_ run: String, _ index: Int, _ outcome: String, ready: Int64, minutes: Int64) -> ProgramFacts.Step {
        let ids = ["guidelines", "store-manager", "regional-compliance", "prime-time"]
        return ProgramFacts.Step(runID: run, stepIndex: index, stepID: ids[index], readyAt: ready, completedAt: ready + minutes * minute, outcome: outcome)
    }

    static func booking(_ creator: String, _ state: BookingState, _ slotAt: Int64) -> SlotBooking {
        SlotBooking(id: 0, calendar: "boutique-prime-time", runID: "r", stepIndex: 3, draftID: "d", creator: creator, store: "SH-IFC",
                    platforms: ["xiaohongshu"], campaign: nil, slotAt: slotAt, fireAt: slotAt, state: state, note: nil)
    }

    static func input() -> ProgramHealth.Input {
        let t = now - 10 * day
        let blocking = try! JSONEncoder().encode([
            Finding(rule: "prc-advertising-law/absolute-terms", level: .error, scope: .body, line: 5, column: 1, match: "全网最低价", message: "m"),
            Finding(rule: "prc-advertising-law/absolute-terms", level: .error, scope: .body, line: 6, column: 1, match: "第一", message: "m"),
            { var f = Finding(rule: "client-privacy/phone-numbers", level: .error, scope: .body, line: 7, column: 1, match: "138", message: "m")
              f.suppressed = "the store's own number"; return f }(),
            Finding(rule: "luxury-tone/urgency", level: .warning, scope: .body, line: 8, column: 1, match: "快", message: "m"),
        ])
        let facts = ProgramFacts(
            runs: [run("r1", "d1", "li.na", .running, at: t), run("r2", "d2", "chen.jie", .rejected, at: t), run("r3", "d2", "chen.jie", revision: 2, .completed, at: t + day),
                   run("r4", "d3", "li.na", .blocked, at: t), run("r5", "d4", "wang.fang", .running, at: t)],
            steps: [step("r1", 0, "passed", ready: t, minutes: 0), step("r1", 1, "approved", ready: t, minutes: 30), step("r1", 2, "approved", ready: t + day, minutes: 120),
                    step("r2", 0, "passed", ready: t, minutes: 0), step("r2", 1, "rejected: zhang.wei: 价格写错了", ready: t, minutes: 10),
                    step("r3", 0, "passed", ready: t + day, minutes: 0), step("r3", 1, "approved", ready: t + day, minutes: 60),
                    step("r3", 2, "approved", ready: t + 2 * day, minutes: 90), step("r3", 3, "waited", ready: t + 3 * day, minutes: 5),
                    step("r4", 0, "blocked", ready: t, minutes: 0), step("r5", 0, "passed", ready: t, minutes: 0)],
            blockingResults: [String(decoding: blocking, as: UTF8.self)], deliveries: ["delivered": 3, "dead": 1])
        let definitions = RunMachineTests.definitions
        return ProgramHealth.Input(
            since: now - 30 * day, until: now, facts: facts,
            queue: [QueuedDraft(draftID: "d1", creatorID: "li.na", runID: "r1", workflow: workflow, definitionsVersion: nil, stepIndex: 3, readyAt: now - day)],
            bookings: [booking("li.na", .fired, now - 2 * day), booking("li.na", .fired, now - day), booking("li.na", .booked, now + day),
                       booking("chen.jie", .fired, now - 8 * day), booking("chen.jie", .moved, now - 3 * day)],
            workflow: { _, id in definitions.workflows[id] }, calendars: Array(definitions.calendars.values))
    }

    @Test func aPeriodsFiguresComeFromItsRunsStepsAndBookings() {
        let report = ProgramHealth.report(Self.input())
        #expect(report.drafts == 4)
        // d1 cleared at its first revision; d2 was rejected first; d3 was blocked; d4 is still at its first check.
        #expect(report.firstPass == API.Report.FirstPass(decided: 3, passed: 1) && report.firstPass.rate == 1.0 / 3)
        #expect(report.stages == [
            API.Report.Stage(workflow: Self.workflow, step: "regional-compliance", approved: 2, rejected: 0, expired: 0, escalated: 0, p50Minutes: 90, p90Minutes: 120),
            API.Report.Stage(workflow: Self.workflow, step: "store-manager", approved: 2, rejected: 1, expired: 0, escalated: 0, p50Minutes: 30, p90Minutes: 60),
        ])
        #expect(report.rules == [API.Report.Rule(rule: "prc-advertising-law/absolute-terms", blocked: 1)],
                "one blocked check is one count per rule; suppressed findings and warnings are not why it was blocked")
        #expect(report.held == API.Report.Held(embargo: 0, slot: 1, moved: 1, missed: 0))
        #expect(report.deliveries == API.Report.Deliveries(delivered: 3, failed: 0, pending: 0, dead: 1))
        // Cadence: li.na fired two in the last 7 days and has one booked; chen.jie's post 8 days ago is outside the
        // window. The store's cap is a day: the post fired exactly a day ago is outside it, the one booked is in.
        #expect(report.cadence == [
            API.Report.Cadence(calendar: "boutique-prime-time", per: "creator", who: "li.na", posted: 2, booked: 1, max: 3, window: "7d"),
            API.Report.Cadence(calendar: "boutique-prime-time", per: "store", who: "SH-IFC", posted: 0, booked: 1, max: 10, window: "1d"),
        ])
    }

    @Test func percentilesAreNearestRank() {
        #expect(ProgramHealth.percentile([], 0.5) == nil)
        #expect(ProgramHealth.percentile([7], 0.9) == 7)
        #expect(ProgramHealth.percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5) == 5 && ProgramHealth.percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9) == 9)
        #expect(ProgramHealth.percentile([10, 1.25], 0.5) == 1.3, "to a tenth")
    }
}
