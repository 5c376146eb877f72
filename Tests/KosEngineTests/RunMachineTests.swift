import Foundation
import KosCore
import KosDefinitions
import Testing

@testable import KosEngine

@Suite struct RunMachineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let definitions = DefinitionLoader().load(paths: [root.appendingPathComponent("Workflows").path]).definitions

    static func context(platforms: [String], body: String = "今晚直播") -> RunContext {
        var draft = Draft(path: "d.md", title: "t", body: body, platforms: platforms)
        draft.workflow = "x"
        return RunContext(draft: draft, creator: Person(id: "li.na", role: .creator, store: "SH-IFC"))
    }

    @Test func conditionsChooseThePublishSteps() throws {
        let machine = RunMachine(workflow: try #require(Self.definitions.workflows["boutique-styling-notes"]))
        let ctx = Self.context(platforms: ["wechat-channels"])
        #expect(machine.start(context: ctx) == .schedule(0))
        // After the slot (index 3), Xiaohongshu (4) is skipped for a WeChat-only note; WeChat Channels (5) runs.
        #expect(machine.after(step: 3, outcome: .waited, context: ctx) == .schedule(5))
        #expect(machine.after(step: 5, outcome: .delivered, context: ctx) == .finish(.completed, reason: nil))
    }

    @Test func legalIsAskedOnlyWhenThereIsAPriceOrAWarning() throws {
        let machine = RunMachine(workflow: try #require(Self.definitions.workflows["livestream-flash-sale"]))
        let plain = Self.context(platforms: ["douyin"], body: "今晚八点直播间见")
        #expect(machine.after(step: 0, outcome: .passed(findings: []), context: plain) == .schedule(2), "no price: skip legal")
        let priced = Self.context(platforms: ["douyin"], body: "到手价 ¥399")
        #expect(machine.after(step: 0, outcome: .passed(findings: []), context: priced) == .schedule(1))
        var warned = plain
        warned.findings = [Finding(rule: "p/r", level: .warning, scope: .body, line: 1, column: 1, match: "x", message: "m")]
        #expect(machine.after(step: 0, outcome: .passed(findings: warned.findings), context: warned) == .schedule(1))
    }

    @Test func blockingFindingsRejectionsAndTimeoutsEndTheRunWithAReason() throws {
        let machine = RunMachine(workflow: try #require(Self.definitions.workflows["boutique-styling-notes"]))
        let ctx = Self.context(platforms: ["xiaohongshu"])
        let error = Finding(rule: "prc-advertising-law/absolute-terms", level: .error, scope: .body, line: 3, column: 2, match: "全网最低价", message: "m")
        #expect(machine.after(step: 0, outcome: .blocked(findings: [error]), context: ctx)
                == .finish(.blocked, reason: "1 finding(s) must be fixed; revise the draft"))
        #expect(machine.after(step: 1, outcome: .rejected(reason: "client visible"), context: ctx) == .finish(.rejected, reason: "client visible"))
        #expect(machine.timeoutOutcome(step: 1) == .escalated(group: "regional-compliance"))
        #expect(machine.after(step: 1, outcome: .escalated(group: "regional-compliance"), context: ctx) == .escalate(1, group: "regional-compliance"))
        #expect(machine.timeoutOutcome(step: 2) == .expired)
        #expect(machine.after(step: 2, outcome: .expired, context: ctx) == .finish(.expired, reason: "no decision in time at step regional-compliance"))
        #expect(machine.timeoutOutcome(step: 0) == nil, "a check step has no approval timeout")
    }

    @Test func aRevisionStartsTheRunAgain() throws {
        let machine = RunMachine(workflow: try #require(Self.definitions.workflows["sportswear-launch"]))
        #expect(machine.revised(context: Self.context(platforms: ["weibo"])) == .schedule(0))
    }

    @Test func stepOutcomesAreReadableByLaterConditions() {
        var ctx = Self.context(platforms: ["douyin"])
        ctx.outcomes["legal"] = "approved"
        let condition = try! Condition(parsing: #"steps.legal.outcome == "approved" && creator.store == "SH-IFC""#)
        #expect(condition.evaluate(ctx.value(at:)))
        #expect(ctx.value(at: ["draft", "has_price"]) == .bool(false))
    }
}
