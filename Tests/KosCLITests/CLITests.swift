import Foundation
import KosCLI
import KosTesting
import Testing

/// Captures what a command prints, as the user would see it.
final class Capture: @unchecked Sendable {
    private let lock = NSLock()
    private var outLines: [String] = []
    private var errLines: [String] = []

    var out: String { lock.withLock { outLines.joined(separator: "\n") } }
    var err: String { lock.withLock { errLines.joined(separator: "\n") } }

    var console: Console {
        Console(out: { s in self.lock.withLock { self.outLines.append(s) } }, err: { s in self.lock.withLock { self.errLines.append(s) } })
    }
}

enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The `kos` executable built beside the test bundle.
    static var kos: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kos").path
    }

    static func run(_ program: String, _ arguments: [String], cwd: String? = nil) throws -> Subprocess.Result {
        try Subprocess.run(program, arguments, in: URL(fileURLWithPath: cwd ?? root.path))
    }
}

func kos(_ args: String...) -> (code: Int32, out: String, err: String) {
    let capture = Capture()
    let code = KosCommand.run(args, console: capture.console)
    return (code, capture.out, capture.err)
}

@Suite struct ValidateCommandTests {
    @Test func validExamplesExitZeroWithASummary() {
        let r = kos("validate", Repo.path("Workflows"))
        #expect(r.code == 0)
        #expect(r.out == "ok: 7 files, 17 definitions: 3 workflows, 2 calendars, 6 endpoints, 2 guideline packs, 5 stores, 2 agencies, 1 kit")
        #expect(r.err.isEmpty)
    }

    @Test func invalidDefinitionsExitOneWithLocatedErrors() {
        let r = kos("validate", Repo.path("Tests/Fixtures/invalid/unknown-key.yaml"))
        #expect(r.code == 1)
        #expect(r.err.contains("unknown-key.yaml:8:5: error[KOS2001]: unknown key 'timout' in step; did you mean 'timeout'?"))
        #expect(r.err.hasSuffix("3 errors in 1 file (1 file, 2 definitions: 1 workflow, 1 calendar, 0 endpoints, 0 guideline packs)"))
    }

    @Test func jsonIsAContractForTools() throws {
        let r = kos("validate", "--format", "json", Repo.path("Tests/Fixtures/invalid/wrong-types.yaml"))
        #expect(r.code == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(object["valid"] as? Bool == false)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        try #require(diagnostics.count == 4)
        #expect(diagnostics[0]["code"] as? String == "KOS2002")
        #expect(diagnostics[0]["line"] as? Int == 4)
        #expect(diagnostics[0]["column"] as? Int == 13)
        #expect(diagnostics[0]["severity"] as? String == "error")
    }

    @Test func usageErrorsExitTwo() {
        #expect(kos("validate", "--format", "xml").code == 2)
        #expect(kos("frobnicate").code == 2)
        let missing = kos("validate", "/nonexistent/Workflows")
        #expect(missing.code == 2)
        #expect(missing.err.contains("/nonexistent/Workflows: error[KOS2016]: no such file or folder"))
    }

    @Test func helpIsStable() {
        let r = kos("validate", "--help")
        #expect(r.code == 0)
        #expect(r.out == """
            OVERVIEW: Check workflow, calendar, endpoint and guideline definitions.

            Reports every problem with its file, line and column. Exit status: 0 all valid,
            1 something is invalid, 2 the command could not run.

            USAGE: kos validate [<paths> ...] [--templates <templates>] [--format <format>]

            ARGUMENTS:
              <paths>                 Files or folders to check. (default: Workflows)

            OPTIONS:
              --templates <templates> Folder holding the Mustache templates. Default:
                                      Templates/ beside each file's folder.
              --format <format>       Output format: human or json. (values: human, json;
                                      default: human)
              --version               Show the version.
              -h, --help              Show help information.

            """)
    }
}

@Suite struct ProcessTests {
    @Test func theBinaryExitsWithTheDocumentedStatuses() throws {
        #expect(try Repo.run(Repo.kos, ["validate"]).status == 0, "default ./Workflows from the repository root")
        let bad = try Repo.run(Repo.kos, ["validate", "Tests/Fixtures/invalid/headers.yaml"])
        #expect(bad.status == 1)
        #expect(bad.err.contains("Tests/Fixtures/invalid/headers.yaml:7:7: error[KOS2009]: unknown kind 'Workfow'"))
        #expect(bad.out.isEmpty)
        #expect(try Repo.run(Repo.kos, ["validate", "--nope"]).status == 2)
    }

    @Test func schemaIsJSONWithEveryKind() throws {
        let r = try Repo.run(Repo.kos, ["schema"])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let kinds = (object["oneOf"] as? [[String: Any]])?.compactMap { $0["title"] as? String }
        #expect(kinds == ["Workflow", "Calendar", "Endpoint", "Guidelines", "Stores", "Agency", "Kit"])
    }
}

@Suite struct ValidatePacksTests {
    /// kos validate compiles the packs as kosd will: a failing fixture and an exception that matches nothing
    /// are located errors before anything is deployed.
    @Test func aKitWhoseLockedTextFailsItsOwnPacksIsRefusedAndASlotWithoutLimitsIsAWarning() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-validate-kit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let kit = """
            apiVersion: kos/v1
            kind: Kit
            id: winter-sale
            version: 1
            platforms: [douyin]
            body: |
              #广告 {{greeting}} 今晚直播，全网最低价！{{tip}}
            slots:
              - {name: greeting, max_chars: 20}
              - {name: tip}
            """
        try kit.write(to: dir.appendingPathComponent("kit.yaml"), atomically: true, encoding: .utf8)
        let r = kos("validate", dir.path)
        #expect(r.code == 1, "\(r)")
        #expect(r.err.contains("error[KOS2019]: kit winter-sale@1: its locked text fails prc-advertising-law/"), "\(r.err)")
        #expect(r.err.contains("warning[KOS2010]: slot 'tip' has no max_chars"), "\(r.err)")
        try (kit.replacingOccurrences(of: "全网最低价！", with: "欢迎来看。") + "\n  - {name: unused, max_chars: 5}\n")
            .write(to: dir.appendingPathComponent("kit.yaml"), atomically: true, encoding: .utf8)
        let unused = kos("validate", dir.path)
        #expect(unused.code == 1 && unused.err.contains("error[KOS2007]: slot 'unused' is not in the title or body"), "\(unused)")
        try kit.replacingOccurrences(of: "全网最低价！", with: "欢迎来看。").write(to: dir.appendingPathComponent("kit.yaml"), atomically: true, encoding: .utf8)
        let fixed = kos("validate", dir.path)
        #expect(fixed.code == 0 && fixed.err.contains("slot 'tip' has no max_chars"), "\(fixed)")
        // The workflow it is for and the endpoint that tells its authors of a hold are defined.
        try kit.replacingOccurrences(of: "全网最低价！", with: "欢迎来看。").replacingOccurrences(of: "version: 1\n", with: "version: 1\nworkflow: winter-notes\nnotify: store-groop\n")
            .write(to: dir.appendingPathComponent("kit.yaml"), atomically: true, encoding: .utf8)
        let dangling = kos("validate", dir.path)
        #expect(dangling.code == 1 && dangling.err.contains("kit.yaml:5:11: error[KOS2007]: no Workflow 'winter-notes'")
                && dangling.err.contains("kit.yaml:6:9: error[KOS2007]: no Endpoint 'store-groop'"), "\(dangling)")
        // The calendar slots it may take are named slots of its workflow's calendar.
        let workflow = """
            apiVersion: kos/v1
            kind: Workflow
            id: winter-notes
            calendar: winter-slots
            steps:
              - {id: slot, wait: {slot: true}}
            ---
            apiVersion: kos/v1
            kind: Calendar
            id: winter-slots
            timezone: Asia/Shanghai
            slots:
              - {id: evening, cron: "0 20 * * *"}
              - {id: evening, cron: "0 21 * * *"}
              - {cron: "0 12 * * SAT"}
            """
        try workflow.write(to: dir.appendingPathComponent("workflow.yaml"), atomically: true, encoding: .utf8)
        try kit.replacingOccurrences(of: "全网最低价！", with: "欢迎来看。").replacingOccurrences(of: "version: 1\n", with: "version: 1\nworkflow: winter-notes\ncalendar_slots: [evenin]\n")
            .write(to: dir.appendingPathComponent("kit.yaml"), atomically: true, encoding: .utf8)
        let slots = kos("validate", dir.path)
        #expect(slots.code == 1 && slots.err.contains("kit.yaml:6:18: error[KOS2007]: calendar winter-slots has no slot 'evenin'; did you mean 'evening'?")
                && slots.err.contains("workflow.yaml:14:10: error[KOS2008]: slot 'evening' is named twice"), "\(slots)")
    }

    @Test func packsAreCompiledAndTheirFixturesRun() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-validate-packs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try """
            apiVersion: kos/v1
            kind: Guidelines
            id: brand
            rules:
              - id: colours
                kind: existence
                level: error
                message: unconfirmed colour
                terms: [雾蓝]
                fixtures: {flag: ["天空蓝"]}
            exceptions:
              - rule: prc-advertising-law/absolute-terms
                term: 手工缝制
                reason: 证书 0421
                owner: compliance@brand.cn
                until: "2099-01-01T00:00"
            """.write(to: dir.appendingPathComponent("brand.yaml"), atomically: true, encoding: .utf8)
        let r = kos("validate", dir.path)
        #expect(r.code == 1)
        #expect(r.err.contains("brand.yaml:12:5: error[KOS3003]: the exception for '手工缝制' matches nothing"), "\(r.err)")
        try (try String(contentsOf: dir.appendingPathComponent("brand.yaml"), encoding: .utf8)).replacingOccurrences(of: "term: 手工缝制", with: "term: 国家级非遗")
            .write(to: dir.appendingPathComponent("brand.yaml"), atomically: true, encoding: .utf8)
        let fixture = kos("validate", dir.path)
        #expect(fixture.code == 1)
        #expect(fixture.err.contains("brand.yaml:5:5: error[KOS3001]: rule brand/colours does not flag its fixture \"天空蓝\""), "\(fixture.err)")
    }

    /// A brand's rule says its finding in each reader's language; a message in neither is refused where it is.
    @Test func aRuleMessageInTwoLanguagesIsSaidInTheReadersAndOneInNeitherIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-pack-languages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let pack = """
            apiVersion: kos/v1
            kind: Guidelines
            id: maison
            rules:
              - id: discount
                kind: existence
                level: error
                message: {zh: "「%s」是折扣用语", en: '"%s" is discount language'}
                terms: [打折]
              - id: urgency
                kind: existence
                level: warning
                message: {zh: "「%s」在制造紧迫感"}
                terms: [抢购]
            """
        try pack.write(to: dir.appendingPathComponent("maison.yaml"), atomically: true, encoding: .utf8)
        let draft = dir.appendingPathComponent("post.md")
        try "---\ntitle: 周末\nplatforms: [xiaohongshu]\n---\n周末打折，快来抢购。\n".write(to: draft, atomically: true, encoding: .utf8)
        func lint(_ language: String) throws -> String {
            try Repo.run("/usr/bin/env", ["KOS_LANG=\(language)", Repo.kos, "lint", "--workflows", dir.path, "--pack", "maison", draft.path]).out
        }
        let english = try lint("en"), chinese = try lint("zh-CN")
        #expect(english.contains(#"error[maison/discount]: "打折" is discount language"#), "\(english)")
        #expect(chinese.contains("error[maison/discount]: 「打折」是折扣用语"), "\(chinese)")
        #expect(english.contains("warning[maison/urgency]: 「抢购」在制造紧迫感"), "a rule written in Chinese alone says Chinese to everyone: \(english)")

        try pack.replacingOccurrences(of: #"message: {zh: "「%s」在制造紧迫感"}"#, with: "message: {}")
            .write(to: dir.appendingPathComponent("maison.yaml"), atomically: true, encoding: .utf8)
        let refused = kos("validate", dir.path)
        #expect(refused.code == 1)
        #expect(refused.err.contains("maison.yaml:13:14: error[KOS2003]: a message needs its text: give 'zh', 'en' or both"), "\(refused.err)")
    }
}
