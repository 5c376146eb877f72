import Foundation
import KosCore
import KosDefinitions
import KosSystem
import Testing

@testable import KosRules

@Suite struct BuiltinPackTests {
    @Test func everyBuiltinPackLoadsAndPassesItsOwnFixtures() throws {
        let packs = try BuiltinPacks.load()
        #expect(packs.keys.sorted() == ["ad-disclosure", "client-privacy", "platform-limits", "prc-advertising-law"])
        _ = try Linter(packs: Array(packs.values), fixtures: .all)
    }

    @Test func theEmbeddedPacksMatchTheirYAMLFiles() throws {
        let result = try run("/usr/bin/env", ["python3", Repo.path("scripts/embed-packs"), "--check"])
        #expect(result == 0, "Sources/KosDefinitions/BuiltinPacks+Sources.swift is stale: run scripts/embed-packs")
    }

    @Test func thePlatformTableIsDocumentedWithItsSources() throws {
        let readme = try String(contentsOfFile: Repo.path("Workflows/README.md"), encoding: .utf8)
        for row in PlatformLimits.table {
            #expect(readme.contains("| \(row.platform) |"), "\(row.platform) missing from the platform table")
            #expect(readme.contains(row.source), "the source of \(row.platform) is not in the README")
        }
    }

    @Test func advertisingLawCatchesTheExtendedList() throws {
        let linter = try Linter(packs: [try BuiltinPacks.load()["prc-advertising-law"]!])
        for claim in ["国家级", "最高级", "最佳", "最低价", "第一", "唯一", "首选", "顶级", "极品", "万能", "NO.1", "TOP1", "世界级"] {
            #expect(linter.lint(Draft.text("这款是\(claim)的")).count == 1, "\(claim)")
        }
        for innocent in ["最近", "最后", "第一次", "第一天"] {
            #expect(linter.lint(Draft.text("\(innocent)到店")).isEmpty, "\(innocent)")
        }
    }

    func run(_ program: String, _ args: [String]) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }
}

@Suite struct PackSelfTestTests {
    /// A rule that does not flag its own flag fixture ("全场特价" is no 打折).
    static let missesItsFlagFixture = """
          - id: discount
            kind: existence
            level: error
            message: no discounts
            terms: [打折]
            fixtures:
              flag: ["全场特价"]
              pass: ["新季到店"]
        """

    @Test func aRuleThatMissesItsFlagFixtureRefusesThePack() throws {
        #expect {
            try Linter(packs: [pack(Self.missesItsFlagFixture)])
        } throws: { error in
            let d = (error as? PackError)?.diagnostics.first
            return d?.code == "KOS3001" && d?.message == "rule brand/discount does not flag its fixture \"全场特价\"; the pack is refused"
                && d?.file == "brand.yaml" && d?.location?.line == 5
        }
    }

    /// A built-in pack is compiled into the binary and its fixtures are proven here, where the binary is
    /// built; a `kos lint` or a worker compiles it without proving them again. Any other pack's are run.
    @Test func builtinFixturesAreProvenWhereTheBinaryIsBuiltNotAtEveryLint() throws {
        let rules = Self.missesItsFlagFixture
        let builtin = try pack(rules, file: "builtin:brand.yaml")
        #expect(try Linter(packs: [builtin]).packIDs == ["brand"])
        #expect(throws: PackError.self) { try Linter(packs: [builtin], fixtures: .all) }
        #expect(throws: PackError.self) { try Linter(packs: [pack(rules)]) }
    }

    @Test func aRuleThatFlagsItsPassFixtureRefusesThePack() throws {
        let rules = """
              - id: first
                kind: existence
                level: error
                message: absolute
                terms: [第一]
                fixtures:
                  pass: ["第一次来"]
            """
        #expect(throws: PackError.self) { try Linter(packs: [pack(rules)]) }
    }
}

@Suite struct ExternalCheckerTests {
    func externalRule(_ script: String, timeout: String = "30s") throws -> [Finding] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-ext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("checker").path
        // O_CLOEXEC: a checker another test starts meanwhile must not inherit this file open for writing.
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        let bytes = Array(("#!/bin/sh\n" + script).utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let rule = "  - {id: ext, kind: external, level: warning, message: 'team check: %s', command: [\(path)], timeout: \(timeout)}\n"
        return try findings(rule, "今晚直播 全网最低价")
    }

    @Test func findingsComeBackFromTheChecker() throws {
        let f = try externalRule(#"cat > /dev/null; echo '{"findings": [{"message": "tone too loud", "line": 1, "column": 6, "match": "全网最低价"}]}'"#)
        #expect(f.count == 1)
        #expect(f[0].message == "tone too loud")
        #expect(f[0].level == .warning)
        #expect(f[0].column == 6)
    }

    @Test func theCheckerReadsTheDraftAsJSON() throws {
        let f = try externalRule(#"grep -q '"body":"今晚直播 全网最低价"' && echo '{"findings": []}' || echo '{"findings": [{"message": "no draft"}]}'"#)
        #expect(f.isEmpty)
    }

    @Test func aCrashIsAnErrorNotAPass() throws {
        let f = try externalRule("kill -SEGV $$")
        #expect(f.count == 1)
        #expect(f[0].level == .error)
        #expect(f[0].message.contains("was killed by signal"))
    }

    @Test func aNonZeroExitIsAnError() throws {
        #expect(try externalRule("exit 3").first?.message.contains("exited with status 3") == true)
    }

    @Test func garbageOutputIsAnError() throws {
        #expect(try externalRule("echo 'all good!'").first?.message.contains("not {\"findings\": [...]}") == true)
    }

    @Test func aHangingCheckerIsCutOff() throws {
        let f = try externalRule("sleep 30", timeout: "300ms")
        #expect(f.first?.message.contains("did not answer within 300ms") == true)
    }

    @Test func aCheckerThatIgnoresItsInputAndFloodsOutputIsRefused() throws {
        let f = try externalRule("head -c 3000000 /dev/zero | tr '\\\\0' 'x'")
        #expect(f.first?.level == .error)
    }

    @Test func aMissingProgramIsAnError() throws {
        let rule = "  - {id: ext, kind: external, level: warning, message: m, command: [/nonexistent/checker]}\n"
        #expect(try findings(rule, "x").first?.message.contains("could not start") == true)
    }
}

@Suite struct ChildProcessTests {
    /// A checker that exits before reading a large input: the write fails with EPIPE, and we live on.
    @Test func aChildThatIgnoresItsInputDoesNotKillUs() {
        let input = Data(repeating: 0x41, count: 4 << 20)
        for _ in 0..<5 {
            let outcome = ChildProcess.run(["/bin/sh", "-c", "exit 0"], input: input, timeout: 60, maxOutput: 1024)
            #expect(outcome == .exited(0, Data()))
        }
    }
}
