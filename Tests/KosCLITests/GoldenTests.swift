import Foundation
import KosTesting
import Testing

/// The main commands, as a reader sees them in each language: the whole output compared with the files under
/// `Tests/Fixtures/golden/<language>/`. After a deliberate change, `KOS_UPDATE_GOLDEN=1 swift test --filter
/// GoldenTests` writes them again; the diff is then the change a reviewer reads.
@Suite struct GoldenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "help", arguments: ["--help"]),
        Case(name: "submit-help", arguments: ["submit", "--help"]),
        Case(name: "lint-flash-sale", arguments: ["lint", "--now", "2026-12-01T10:00:00+08:00", "Templates/drafts/flash-sale-announcement.md"]),
        Case(name: "lint-clean", arguments: ["lint", "--now", "2026-12-01T10:00:00+08:00", "Templates/drafts/arco-autumn-styling.md"]),
        Case(name: "lint-explain", arguments: ["lint", "--explain", "--now", "2026-12-01T10:00:00+08:00", "Templates/drafts/flash-sale-announcement.md"]),
        Case(name: "validate-ok", arguments: ["validate", "Workflows"]),
        Case(name: "validate-errors", arguments: ["validate", "Tests/Fixtures/invalid/unknown-key.yaml"]),
        Case(name: "calendar", arguments: ["calendar", "boutique-prime-time", "--definitions", "Workflows", "--offline", "--from", "2026-12-07", "--to", "2026-12-09"]),
        Case(name: "unknown-option", arguments: ["lint", "--no-such-option"]),
    ]

    static let languages = ["en", "zh-CN"]

    @Test(arguments: cases)
    func theCommandSaysTheSameInEachLanguage(_ golden: Case) throws {
        var outputs: [String: String] = [:]
        for language in Self.languages {
            let result = try Repo.run("/usr/bin/env", ["KOS_LANG=\(language)", "COLUMNS=100", "NO_COLOR=1", Repo.kos] + golden.arguments)
            let shown = "$ kos \(golden.arguments.joined(separator: " "))\n[exit \(result.status)]\n--- stdout\n\(result.out)--- stderr\n\(result.err)"
            outputs[language] = shown
            let path = Repo.path("Tests/Fixtures/golden/\(language)/\(golden.name).txt")
            if ProcessInfo.processInfo.environment["KOS_UPDATE_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try shown.write(toFile: path, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOfFile: path, encoding: .utf8)
            #expect(shown == expected, "kos \(golden.arguments.joined(separator: " ")) in \(language) differs from \(path)")
        }
        // The two languages say different things, and the Chinese one is Chinese (a message left out of the catalog
        // would say English in both).
        #expect(outputs["en"] != outputs["zh-CN"], "\(golden.name): the Chinese output is the English one")
        let chinese = outputs["zh-CN"] ?? ""
        #expect(chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
    }
}
