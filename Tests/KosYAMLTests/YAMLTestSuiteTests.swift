import Foundation
import KosCore
import Testing

@testable import KosYAML

/// The official yaml-test-suite, run over our loader: every error case rejected, every valid case with
/// `in.json` loading to exactly that data, except the reviewed cases in `Tests/yaml-test-suite-skip.txt`.
@Suite struct YAMLTestSuiteTests {
    struct Case {
        var id: String
        var dir: URL
        var mustFail: Bool
        var hasJSON: Bool
    }

    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let suiteDir = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/yaml-test-suite")

    static func cases() throws -> [Case] {
        let fm = FileManager.default
        var out: [Case] = []
        for id in try fm.contentsOfDirectory(atPath: suiteDir.path).sorted() {
            let dir = suiteDir.appendingPathComponent(id)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else { continue }
            if fm.fileExists(atPath: dir.appendingPathComponent("in.yaml").path) {
                out.append(make(id: id, dir: dir))
            } else {
                for sub in try fm.contentsOfDirectory(atPath: dir.path).sorted() {
                    let subdir = dir.appendingPathComponent(sub)
                    if fm.fileExists(atPath: subdir.appendingPathComponent("in.yaml").path) {
                        out.append(make(id: "\(id)/\(sub)", dir: subdir))
                    }
                }
            }
        }
        return out
    }

    static func make(id: String, dir: URL) -> Case {
        let fm = FileManager.default
        return Case(
            id: id, dir: dir,
            mustFail: fm.fileExists(atPath: dir.appendingPathComponent("error").path),
            hasJSON: fm.fileExists(atPath: dir.appendingPathComponent("in.json").path))
    }

    static func skipList() throws -> [String: String] {
        let text = try String(contentsOf: repoRoot.appendingPathComponent("Tests/yaml-test-suite-skip.txt"), encoding: .utf8)
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = line.split(separator: " ", maxSplits: 1)
            out[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        return out
    }

    static func json(_ node: YAMLNode) -> JSONValue {
        switch node.content {
        case .scalar(let s):
            switch s.value {
            case .null: return .null
            case .bool(let b): return .bool(b)
            case .int(let i): return .number(Double(i))
            case .float(let d): return .number(d)
            case .string(let t): return .string(t)
            }
        case .sequence(let items): return .array(items.map(json))
        case .mapping(let pairs):
            var o: [String: JSONValue] = [:]
            for p in pairs { o[p.key.scalar?.text ?? "?"] = json(p.value) }
            return .object(o)
        }
    }

    /// Runs one case; nil when it behaves as the suite says, else what went wrong.
    static func run(_ c: Case) -> String? {
        guard let data = FileManager.default.contents(atPath: c.dir.appendingPathComponent("in.yaml").path) else { return "unreadable" }
        let loader = YAMLLoader(options: .permissive)
        let result = Result { () throws(Diagnostic) -> [YAMLDocument] in
            try Array(data).withUnsafeBufferPointer { b throws(Diagnostic) in try loader.load(bytes: b) }
        }
        switch (c.mustFail, result) {
        case (true, .success): return "accepted invalid YAML"
        case (true, .failure): return nil
        case (false, .failure(let e)): return "rejected valid YAML: \(e)"
        case (false, .success(let docs)):
            guard c.hasJSON else { return nil }
            guard let jdata = FileManager.default.contents(atPath: c.dir.appendingPathComponent("in.json").path),
                  let expected = try? JSONStreamParser.parseAll(jdata) else { return "unreadable in.json" }
            let got = docs.map { json($0.root) }
            return got == expected ? nil : "loaded \(got), expected \(expected)"
        }
    }

    @Test func officialSuite() throws {
        let cases = try Self.cases()
        let skips = try Self.skipList()
        #expect(cases.count > 300, "the suite at \(Self.suiteDir.path) is missing or incomplete")
        var passed = 0, failed = 0, skipped = 0
        var unexpectedPasses: [String] = []
        for c in cases {
            let problem = Self.run(c)
            if let reason = skips[c.id] {
                skipped += 1
                if problem == nil { unexpectedPasses.append("\(c.id) (\(reason))") }
                continue
            }
            if let problem {
                failed += 1
                Issue.record("\(c.id): \(problem)")
            } else {
                passed += 1
            }
        }
        print("yaml-test-suite: \(passed) passed, \(failed) failed, \(skipped) skipped")
        #expect(unexpectedPasses.isEmpty, "skip-listed cases now pass; remove them: \(unexpectedPasses)")
        #expect(skips.keys.allSatisfy { id in cases.contains { $0.id == id } }, "skip-list names cases the suite does not have")
    }
}
