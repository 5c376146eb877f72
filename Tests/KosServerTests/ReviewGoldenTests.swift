import Foundation
import KosCore
import KosTesting
import Testing

/// The review loop as an associate and her store manager see it through `kos`, in each language, compared whole
/// with `Tests/Fixtures/golden/<language>/review-loop.txt` (ids, hashes and times written as placeholders).
/// `KOS_UPDATE_GOLDEN=1 swift test --filter ReviewGoldenTests` writes them again after a deliberate change.
@Suite(.serialized) struct ReviewGoldenTests {
    @Test(arguments: ["en", "zh-CN"])
    func theReviewLoopInEachLanguage(_ language: String) async throws {
        let api = try await APIFixture()
        var transcript = ""
        func kos(_ who: String, _ arguments: [String]) async throws -> String {
            let environment = ["KOS_LANG=\(language)", "TZ=Asia/Shanghai", "COLUMNS=120", "NO_COLOR=1",
                               "KOS_TOKEN=\(api.tokens[who] ?? "")", "KOS_SERVER=unix:\(api.socket)",
                               "XDG_STATE_HOME=\(api.dir.path)/state-\(who)", "XDG_CONFIG_HOME=\(api.dir.path)/config"]
            let result = try await Subprocess.runDetached("/usr/bin/env", environment + [Self.kos] + arguments, in: APIFixture.root)
            transcript += "$ (\(who)) kos \(arguments.joined(separator: " "))\n[exit \(result.status)]\n\(result.out)\(result.err)"
            return result.out + result.err
        }
        func id(in text: String) throws -> String {
            try #require(text.firstMatch(of: /d-[0-9a-f]{12}/).map { String($0.output) }, "no draft id in: \(text)")
        }

        let blocked = try id(in: try await kos("li.na", ["submit", "Templates/drafts/flash-sale-announcement.md"]))
        try await api.worker.drain()
        _ = try await kos("li.na", ["status", blocked])
        let clean = try id(in: try await kos("li.na", ["submit", "Templates/drafts/livestream-new-season.md", "--no-lint"]))
        try await api.worker.drain()
        _ = try await kos("zhang.wei", ["inbox"])
        _ = try await kos("zhang.wei", ["show", clean])
        _ = try await kos("li.na", ["approve", clean])
        _ = try await kos("zhang.wei", ["approve", clean, "--comment", "面料介绍准确，可以发"])

        let shown = Self.placeholders(transcript)
        let path = APIFixture.root.appendingPathComponent("Tests/Fixtures/golden/\(language)/review-loop.txt").path
        if ProcessInfo.processInfo.environment["KOS_UPDATE_GOLDEN"] == "1" {
            try shown.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(shown == expected, "the review loop in \(language) differs from \(path):\n\(shown)")
    }

    /// Ids, content hashes and times differ from run to run; what the reader is told does not.
    static func placeholders(_ text: String) -> String {
        text.replacing(/d-[0-9a-f]{12}/, with: "d-<id>")
            .replacing(/\b[0-9a-f]{12}\b/, with: "<hash>")
            .replacing(/\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?( UTC[+-]?[0-9:]*)?/, with: "<time>")
    }

    static var kos: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kos").path
    }
}
