import Foundation
import KosCore
@testable import KosCLI
import KosTesting
import Testing

@Suite struct LintCommandTests {
    static let drafts = Repo.path("Templates/drafts")
    static let before = "2026-12-01T10:00:00+08:00"

    func temp(_ name: String, _ contents: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(contents))
        return path
    }

    @Test func cleanDraftsExitZero() throws {
        let r = try Repo.run(Repo.kos, ["lint", "--now", Self.before, "Templates/drafts/arco-autumn-styling.md"])
        #expect(r.status == 0, "\(r.out)\(r.err)")
        #expect(r.out == "ok: 1 draft checked, nothing found\n")
    }

    @Test func blockingFindingsExitOneWithCompilerStyleText() throws {
        let r = try Repo.run(Repo.kos, ["lint", "--now", Self.before, "Templates/drafts/flash-sale-announcement.md"])
        #expect(r.status == 1)
        #expect(r.out.contains("""
            Templates/drafts/flash-sale-announcement.md:9:8: error[prc-advertising-law/absolute-terms]: "全网最低价" is an absolute claim (Advertising Law Art. 9(3)) (use "优惠价")
              |
            9 | 今晚八点直播，全网最低价！到手价 399 元，手慢无。
              |               ^^^^^^^^^^
            """))
        #expect(r.out.hasSuffix("5 errors, 3 warnings, 0 suggestions in 1 draft\n"))
    }

    /// A pack author sees where a lint's time went, and which rules cost the most, by name.
    @Test func timingsNameTheCostliestRules() throws {
        let r = try Repo.run(Repo.kos, ["lint", "--timings", "--now", Self.before, "Templates/drafts/flash-sale-announcement.md"])
        #expect(r.status == 1)
        let lines = r.err.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("timings: packs ") && $0.contains(" ms, lint ") }, "\(r.err)")
        let byRule = try #require(lines.first { $0.hasPrefix("lint by rule: ") }, "\(r.err)")
        // The eight costliest of the shared phases and the rules applied, each with its time; which eight depends on
        // the machine, so only their form is checked.
        let entries = byRule.dropFirst("lint by rule: ".count).split(separator: ", ")
        #expect(entries.count == 8, "\(byRule)")
        #expect(entries.allSatisfy { $0.hasSuffix(" ms") }, "\(byRule)")
        #expect(entries.filter { $0.contains("/") }.count >= 5, "at most three shared phases; the rest are rules by id: \(byRule)")
        #expect(!r.out.contains("timings"), "the findings on standard output are unchanged")
    }

    /// A folder's JSON report is written draft by draft: every draft in order, one document, and the exit status
    /// of the worst draft wherever it stands (here the last), with `--stats` (which reads every finding at the end)
    /// giving the same report.
    @Test func aFoldersJSONReportHoldsEveryDraftAndTheWorstStatus() throws {
        let dir = URL(fileURLWithPath: try temp("a.md", Array("---\ntitle: 秋季穿搭\n---\n今天在店里试了新款。\n".utf8))).deletingLastPathComponent()
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("b.md").path, contents: Data("周末人多，最好提前预约。\n".utf8))
        let clean = try Repo.run(Repo.kos, ["lint", "--format", "json", "--now", Self.before, dir.path])
        #expect(clean.status == 0, "\(clean.err)")
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("c.md").path, contents: Data("今晚直播，全网最低价！\n".utf8))
        let r = try Repo.run(Repo.kos, ["lint", "--format", "json", "--now", Self.before, dir.path])
        #expect(r.status == 1, "\(r.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.compactMap { ($0["path"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } } == ["a.md", "b.md", "c.md"])
        #expect(files.map { ($0["findings"] as? [Any])?.isEmpty } == [true, true, false])
        let stats = try Repo.run(Repo.kos, ["lint", "--format", "json", "--stats", "--now", Self.before, dir.path])
        #expect(stats.status == 1)
        #expect(stats.out.hasPrefix(r.out.trimmingCharacters(in: .newlines)), "\(stats.out)")
    }

    @Test func jsonIsTheDocumentedContract() throws {
        let r = try Repo.run(Repo.kos, ["lint", "--format", "json", "--now", Self.before, "Templates/drafts/flash-sale-announcement.md"])
        #expect(r.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == "Templates/drafts/flash-sale-announcement.md")
        let findings = try #require(files.first?["findings"] as? [[String: Any]])
        let absolute = try #require(findings.first { $0["rule"] as? String == "prc-advertising-law/absolute-terms" })
        #expect(absolute["severity"] as? String == "error")
        #expect(absolute["scope"] as? String == "body")
        #expect(absolute["line"] as? Int == 9)
        #expect(absolute["column"] as? Int == 8)
        #expect(absolute["match"] as? String == "全网最低价")
        #expect((absolute["message"] as? String)?.contains("Advertising Law Art. 9") == true)
    }

    @Test func sarifIsVersion210WithRulesAndRegions() throws {
        let r = try Repo.run(Repo.kos, ["lint", "--format", "sarif", "--now", Self.before, "Templates/drafts/flash-sale-announcement.md"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 8)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            try #require(rules.indices.contains(index))
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
        }
        let located = results.first { $0["ruleId"] as? String == "client-privacy/phone-number" }
        let region = ((located?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 11)
        #expect(region?["startColumn"] as? Int == 27)
    }

    @Test func failOnWarningMakesWarningsBlock() throws {
        let path = try temp("d.md", Array("---\ntitle: 周末\nhashtags: [一, 二, 三, 四, 五, 六, 七, 八, 九, 十, 十一]\n---\n#广告 周末见\n".utf8))
        #expect(try Repo.run(Repo.kos, ["lint", path]).status == 0)
        #expect(try Repo.run(Repo.kos, ["lint", "--fail-on", "warning", path]).status == 1)
    }

    @Test func standardInputIsADraft() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repo.kos)
        process.arguments = ["lint", "--format", "json", "-"]
        process.currentDirectoryURL = Repo.root
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("全網最低價".utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(String(decoding: out, as: UTF8.self).contains("\"match\":\"全網最低價\""))
    }

    @Test func invalidUTF8IsAUsageErrorWithItsPlace() throws {
        let path = try temp("bad.md", Array("---\ntitle: ok\n---\ncaf".utf8) + [0xC3, 0x28])
        let r = try Repo.run(Repo.kos, ["lint", path])
        #expect(r.status == 2)
        #expect(r.err.contains("bad.md:4:4: error[KOS4002]: the draft is not UTF-8"))
    }

    @Test func aHundredMegabyteDraftIsRefusedWithoutReadingIt() throws {
        let path = try temp("huge.md", [])
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100_000_000)
        try handle.close()
        let r = try Repo.run(Repo.kos, ["lint", path])
        #expect(r.status == 2)
        #expect(r.err.contains("error[KOS4001]: the draft is 100000000 bytes; the limit is 10485760 bytes"))
        #expect(try Repo.run(Repo.kos, ["lint", "--max-size", "10", try temp("small.md", Array("01234567890".utf8))]).status == 2)
    }

    @Test func brokenFrontMatterIsLocated() throws {
        let unclosed = try temp("a.md", Array("---\ntitle: x\n今天\n".utf8))
        let r1 = try Repo.run(Repo.kos, ["lint", unclosed])
        #expect(r1.status == 2)
        #expect(r1.err.contains("a.md:1:1: error[KOS4003]"))
        let typo = try temp("b.md", Array("---\ntitle: x\nplatfroms: [douyin]\n---\nbody\n".utf8))
        let r2 = try Repo.run(Repo.kos, ["lint", typo])
        #expect(r2.status == 2)
        #expect(r2.err.contains("b.md:3:1: error[KOS2001]: unknown key 'platfroms' in draft front matter; did you mean 'platforms'?"))
        let yaml = try temp("c.md", Array("---\ntitle: [unclosed\n---\nbody\n".utf8))
        #expect(try Repo.run(Repo.kos, ["lint", yaml]).status == 2)
    }

    @Test func unknownPackAndWorkflowAreUsageErrors() throws {
        let r = try Repo.run(Repo.kos, ["lint", "--pack", "prc-advertizing-law", "Templates/drafts/arco-autumn-styling.md"])
        #expect(r.status == 2)
        #expect(r.err.contains("unknown pack 'prc-advertizing-law'"))
        let path = try temp("w.md", Array("---\nworkflow: nope\n---\nx\n".utf8))
        #expect(try Repo.run(Repo.kos, ["lint", path]).status == 2)
        #expect(try Repo.run(Repo.kos, ["lint"]).status == 2)
        #expect(try Repo.run(Repo.kos, ["lint", "--platform", "myspace", "x.md"]).status == 2)
        #expect(try Repo.run(Repo.kos, ["lint", "/nonexistent.md"]).status == 2)
    }

    /// The launch workflow waits for its embargo: before the lift the post is held, which lint says as a note
    /// (exit 0, as kosd passes the check and holds it); after the lift there is nothing to say.
    @Test func embargoesComeFromTheWorkflowsCalendarAndAHoldingWorkflowIsNotBlocked() throws {
        let before = try Repo.run(Repo.kos, ["lint", "--now", "2026-12-05T09:59:00+08:00", "Templates/drafts/velocity-launch-preview.md"])
        #expect(before.status == 0, "\(before.out)")
        #expect(before.out.contains("suggestion[launch-week-embargoes-held/velocity-9-launch]: \"Velocity 9\" is under embargo until 2026-12-05T10:00 (Asia/Shanghai)"),
                "\(before.out)")
        #expect(before.out.contains("this workflow holds the post until then (it is not blocked)"))
        let after = try Repo.run(Repo.kos, ["lint", "--now", "2026-12-05T10:00:00+08:00", "Templates/drafts/velocity-launch-preview.md"])
        #expect(after.status == 0 && !after.out.contains("embargo"), "\(after.out)")
    }
}

@Suite struct LintOutputTests {
    static func text(_ f: Finding) -> String {
        var out: [UInt8] = []
        LintOutput.writeFinding(f, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func aFindingIsWrittenAsTheDocumentedJSON() {
        let f = Finding(rule: "p/r", level: .error, scope: .body, line: 3, column: 7, match: "全网\"最低\"价\n", message: "m \\ n", suggestion: "s", link: "https://x")
        #expect(Self.text(f)
                == #"{"column":7,"line":3,"link":"https://x","match":"全网\"最低\"价\n","message":"m \\ n","rule":"p/r","scope":"body","severity":"error","suggestion":"s"}"#)
        let whole = Finding(rule: "p/q", level: .suggestion, scope: nil, line: nil, column: nil, match: nil, message: "whole draft")
        #expect(Self.text(whole) == #"{"message":"whole draft","rule":"p/q","severity":"suggestion"}"#)
    }

    /// The drafts and the brand pattern that made kos lint hang: checked in full, within the budget, locally.
    @Test func hostileDraftsAndPatternsLintInLinearTime() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-lint-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Workflows"), withIntermediateDirectories: true)
        try Hostile.backtrackingPack.write(to: dir.appendingPathComponent("Workflows/brand.yaml"), atomically: true, encoding: .utf8)
        let wechat = dir.appendingPathComponent("vx.md").path
        try ("---\ntitle: 加我\n---\n" + Hostile.wechatBody + "\n").write(toFile: wechat, atomically: true, encoding: .utf8)
        let backtrack = dir.appendingPathComponent("a.md").path
        try ("---\ntitle: 周末\n---\n" + Hostile.backtrackingBody + "\n").write(toFile: backtrack, atomically: true, encoding: .utf8)
        let r = try Repo.run(Repo.kos, ["lint", "--workflows", dir.appendingPathComponent("Workflows").path, "--pack", "client-privacy",
                                        "--pack", "brand-patterns", "--budget", "60s", "--format", "json", wechat, backtrack])
        #expect(r.status == 0, "\(r.out)\(r.err)")
        #expect(!r.out.contains("check-budget"), "checked in full: \(r.out.prefix(400))")
    }

    @Test func aDraftNotCheckedWithinTheBudgetFails() throws {
        // Two megabytes take far more than a millisecond to read, on any machine: the draft is not passed.
        let path = try LintCommandTests().temp("long.md", Array(("---\ntitle: 长文\n---\n" + String(repeating: "编织皮革的手感非常柔软。", count: 60_000)).utf8))
        let r = try Repo.run(Repo.kos, ["lint", "--budget", "1ms", "--now", LintCommandTests.before, path])
        #expect(r.status == 1, "\(r.out)\(r.err)")
        #expect(r.out.contains("kosflow/check-budget"))
    }

    @Test func statsCountFindingsPerRuleOverAFolder() throws {
        let r = try Repo.run(Repo.kos, ["lint", "--stats", "--now", LintCommandTests.before, "Templates/drafts"])
        #expect(r.status == 1)
        let table = r.out.components(separatedBy: "\nRULE").last ?? ""
        #expect(table.contains("FINDINGS  DRAFTS  SHADOW  SUPPRESSED"))
        let row = try #require(table.split(separator: "\n").first { $0.hasPrefix("prc-advertising-law/absolute-terms ") })
        #expect(row.split(separator: " ").compactMap { Int($0) } == [1, 1, 0, 0], "\(row)")
        #expect(r.out.hasSuffix("4 drafts\n"))
    }
}

/// The clock a time is shown on, named beside it.
@Suite struct TimeLabelTests {
    @Test func zonesAreNamedByTheirOffset() {
        #expect(Table.zoneLabel(0) == "UTC")
        #expect(Table.zoneLabel(8 * 3600) == "UTC+8")
        #expect(Table.zoneLabel(-(4 * 3600 + 1800)) == "UTC-4:30")
        #expect(Table.zoneLabel(5 * 3600 + 2700) == "UTC+5:45")
    }
}
