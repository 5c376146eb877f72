import Foundation
import KosCore
import Testing

@testable import KosDefinitions

@Suite struct ExampleWorkflowsTests {
    @Test func everyExampleValidates() {
        let report = DefinitionLoader().load(paths: [Repo.path("Workflows")])
        #expect(report.isValid, "\(report.renderedDiagnostics())")
        #expect(report.definitions.workflows.keys.sorted() == ["boutique-styling-notes", "livestream-flash-sale", "sportswear-launch"])
        #expect(report.files.count == Set(report.files).count)
        #expect(report.diagnostics.isEmpty, "the shipped templates carry what the packs need: \(report.renderedDiagnostics())")
    }

    /// A publish template that drops the body, where ad-disclosure looks for the 广告 label, is a warning at the
    /// template's line (the definitions stay valid; kosd refuses such a payload); one that renders it is not.
    @Test func aTemplateThatDropsWhatAPackNeedsIsAWarning() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-coverage-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Workflows"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Templates"), withIntermediateDirectories: true)
        try "{{% CONTENT_TYPE: JSON }}\n{\"text\": \"{{draft.title}} {{#draft.hashtags}}#{{.}} {{/draft.hashtags}}\"}\n"
            .write(to: dir.appendingPathComponent("Templates/title-only.mustache"), atomically: true, encoding: .utf8)
        try "{{% CONTENT_TYPE: JSON }}\n{\"text\": \"{{draft.title}}\\n{{draft.body}} {{#draft.hashtags}}#{{.}} {{/draft.hashtags}}\"}\n"
            .write(to: dir.appendingPathComponent("Templates/full.mustache"), atomically: true, encoding: .utf8)
        for (template, warned) in [("title-only.mustache", true), ("full.mustache", false)] {
            try """
                apiVersion: kos/v1
                kind: Workflow
                id: launch
                guidelines: [ad-disclosure]
                steps:
                  - id: guidelines
                    check: {}
                  - id: publish
                    publish: {endpoint: gateway, template: \(template)}
                ---
                apiVersion: kos/v1
                kind: Endpoint
                id: gateway
                url: https://gateway.example.com/hooks
                secret: env:KOS_GATEWAY_SECRET

                """.write(to: dir.appendingPathComponent("Workflows/w.yaml"), atomically: true, encoding: .utf8)
            let report = DefinitionLoader().load(paths: [dir.appendingPathComponent("Workflows").path])
            #expect(report.isValid, "a warning, not an error: \(report.renderedDiagnostics())")
            let warning = report.diagnostics.first { $0.code == DefinitionErrorCode.templateDropsField }
            if warned {
                #expect(warning?.severity == .warning && warning?.location?.line == 9, "\(report.renderedDiagnostics())")
                #expect(warning?.message.contains("does not carry the draft's body") == true && warning?.message.contains("ad-disclosure/") == true,
                        "\(warning?.message ?? "")")
            } else {
                #expect(warning == nil, "\(report.renderedDiagnostics())")
            }
        }
    }

    @Test func examplesDecodeToWhatTheyMean() throws {
        let defs = DefinitionLoader().load(paths: [Repo.path("Workflows")]).definitions
        let boutique = try #require(defs.workflows["boutique-styling-notes"])
        #expect(boutique.steps.map(\.typeName) == ["check", "approval", "approval", "wait", "publish", "publish"])
        guard case .approval(let manager) = boutique.steps[1].action else { Issue.record("not an approval"); return }
        #expect(manager.sameStore && manager.groups == ["store-managers"] && manager.quorum == .any)
        #expect(manager.onTimeout == .escalate(group: "regional-compliance"))
        #expect(manager.timeout == .hours(24))
        #expect(boutique.steps[4].condition?.evaluate { $0 == ["draft", "platforms"] ? .list([.string("xiaohongshu")]) : nil } == true)
        let calendar = try #require(defs.calendars["boutique-prime-time"])
        #expect(calendar.timeZone == "Asia/Shanghai")
        #expect(calendar.caps.map(\.max) == [3, 10])
        #expect(calendar.jitter == .perCreator(max: .minutes(10)))
        let agency = try #require(defs.endpoints["mcn-agency"])
        #expect(agency.secret == .credential("mcn-agency"))
        #expect(agency.retrySchedule.count == 6)
        #expect(defs.endpoints["weibo-gateway"]?.retrySchedule == Endpoint.standardRetrySchedule)
        let tone = try #require(defs.guidelines["luxury-tone"])
        #expect(tone.rules.first?.fixturesFlag.count == 2)
        guard case .list(let terms) = tone.rules.first?.options["terms"] else { Issue.record("no terms"); return }
        #expect(terms.contains(.string("打折")))
    }
}

/// Golden tests: each fixture under Tests/Fixtures/invalid has the exact text `kos validate` prints for it.
/// `KOS_UPDATE_GOLDEN=1 swift test` rewrites the .expected files after a deliberate change.
@Suite struct GoldenDiagnosticsTests {
    static let fixtures = (try? FileManager.default.contentsOfDirectory(atPath: Repo.path("Tests/Fixtures/invalid")))?
        .filter { $0.hasSuffix(".yaml") }.sorted() ?? []

    @Test(arguments: fixtures)
    func diagnosticsMatchTheGoldenText(fixture: String) throws {
        let path = "Tests/Fixtures/invalid/" + fixture
        let text = try String(contentsOfFile: Repo.path(path), encoding: .utf8)
        var loader = DefinitionLoader(templatesDirectory: Repo.path("Tests/Fixtures/Templates"))
        loader.yamlOptions = .init()
        let report = loader.load(texts: [(path, text)])
        #expect(!report.isValid)
        let rendered = report.renderedDiagnostics().replacingOccurrences(of: Repo.root.path + "/", with: "") + "\n"
        let expectedPath = Repo.path(path.replacingOccurrences(of: ".yaml", with: ".expected"))
        if ProcessInfo.processInfo.environment["KOS_UPDATE_GOLDEN"] != nil {
            try rendered.write(toFile: expectedPath, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(rendered == expected)
    }

    @Test func everyDefinitionErrorCodeHasAGoldenExample() throws {
        var seen = Set<String>()
        for fixture in Self.fixtures {
            let expected = try String(contentsOfFile: Repo.path("Tests/Fixtures/invalid/" + fixture.replacingOccurrences(of: ".yaml", with: ".expected")), encoding: .utf8)
            for match in expected.matches(of: /error\[(KOS\d{4})\]/) { seen.insert(String(match.1)) }
        }
        let codes = [
            DefinitionErrorCode.unknownKey, .init(DefinitionErrorCode.wrongType), DefinitionErrorCode.missingKey, DefinitionErrorCode.badDuration,
            DefinitionErrorCode.unknownTimeZone, DefinitionErrorCode.badSchedule, DefinitionErrorCode.unresolved, DefinitionErrorCode.duplicateID,
            DefinitionErrorCode.badHeader, DefinitionErrorCode.badValue, DefinitionErrorCode.badURL, DefinitionErrorCode.inlineSecret,
            DefinitionErrorCode.badCondition, DefinitionErrorCode.badTemplate, DefinitionErrorCode.badCombination, DefinitionErrorCode.badRegex,
        ]
        #expect(Set(codes).subtracting(seen).isEmpty, "no golden example for \(Set(codes).subtracting(seen).sorted())")
    }
}

@Suite struct SecretHandlingTests {
    static let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

    @Test func anInlineSecretIsNeverEchoed() {
        let text = "apiVersion: kos/v1\nkind: Endpoint\nid: a\nurl: https://x.example.com\nsecret: \(Self.secret)\n"
        let report = DefinitionLoader().load(texts: [("e.yaml", text)])
        #expect(report.diagnostics.map(\.code) == [DefinitionErrorCode.inlineSecret])
        #expect(!report.renderedDiagnostics().contains("MfKQ9r8"))
        #expect(!report.diagnostics.map(\.description).joined().contains("MfKQ9r8"))
    }

    @Test func aSecretGivenTheWrongTypeIsNotEchoedEither() {
        let text = "apiVersion: kos/v1\nkind: Endpoint\nid: a\nurl: https://x.example.com\nsecret: 12345678901234\n"
        let report = DefinitionLoader().load(texts: [("e.yaml", text)])
        #expect(!report.renderedDiagnostics().contains("12345678901234"))
    }
}

@Suite struct JSONSchemaTests {
    @Test func everyExampleValidatesAgainstThePrintedSchemaWithPythonJSONSchema() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = dir.appendingPathComponent("kos-v1.json").path
        try JSONSchema.text().write(toFile: schema, atomically: true, encoding: .utf8)
        let files = try DefinitionLoader.files(at: Repo.path("Workflows"))
        let result = try Repo.run(try Repo.python(), [Repo.path("Tests/Support/validate_with_schema.py"), schema] + files)
        #expect(result.status == 0, "\(result.out)\(result.err)")
        #expect(result.out.contains("17 documents valid"), "\(result.out)")
    }

    @Test func theSchemaRejectsWhatTheValidatorRejects() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = dir.appendingPathComponent("kos-v1.json").path
        try JSONSchema.text().write(toFile: schema, atomically: true, encoding: .utf8)
        for fixture in ["unknown-key.yaml", "wrong-types.yaml", "bad-values.yaml", "headers.yaml"] {
            let result = try Repo.run(try Repo.python(), [Repo.path("Tests/Support/validate_with_schema.py"), schema, Repo.path("Tests/Fixtures/invalid/" + fixture)])
            #expect(result.status == 1, "\(fixture) passed the schema: \(result.out)\(result.err)")
        }
    }

    @Test func theLanguageReferenceDocumentsEveryKey() throws {
        let readme = try String(contentsOfFile: Repo.path("Workflows/README.md"), encoding: .utf8)
        var missing: [String] = []
        func visit(_ shape: Shape, _ path: String) {
            switch shape {
            case .object(let o):
                for f in o.fields {
                    if !readme.contains("`\(f.name)`") { missing.append("\(path).\(f.name)") }
                    visit(f.shape, "\(path).\(f.name)")
                }
            case .list(let item, _): visit(item, path)
            case .either(let shapes): shapes.forEach { visit($0, path) }
            case .tagged(let t):
                for v in t.variants {
                    if !readme.contains("`\(v.tag)`") { missing.append("\(path) kind \(v.tag)") }
                    visit(.object(t.object(for: v.tag)!), "\(path)[\(v.tag)]")
                }
            default: break
            }
        }
        for kind in Language.kinds { visit(.object(Language.shape(ofKind: kind)!), kind) }
        #expect(missing.isEmpty, "Workflows/README.md does not document: \(missing)")
    }
}

@Suite struct HostileDefinitionsTests {
    @Test func aHugeDefinitionIsRefusedWithItsSize() {
        let text = "apiVersion: kos/v1\nkind: Guidelines\nid: big\nrules:\n" + String(repeating: "# padding line for size\n", count: 50_000)
        let report = DefinitionLoader().load(texts: [("big.yaml", text)])
        #expect(report.diagnostics.map(\.code) == ["KOS1002"])
    }

    @Test func deeplyNestedDefinitionsAreRefusedNotCrashed() {
        let text = "apiVersion: kos/v1\nkind: Workflow\nid: deep\nsteps: " + String(repeating: "[", count: 100_000)
        let report = DefinitionLoader().load(texts: [("deep.yaml", text)])
        #expect(report.diagnostics.map(\.code) == ["KOS1006"])
    }

    @Test func unknownDocumentsDoNotStopTheOthers() {
        let text = "kind: Nope\n---\napiVersion: kos/v1\nkind: Endpoint\nid: ok\nurl: https://a.example.com\nsecret: env:A\n"
        let report = DefinitionLoader().load(texts: [("m.yaml", text)])
        #expect(report.diagnostics.count == 1)
        #expect(report.definitions.endpoints["ok"] != nil)
    }

    @Test func duplicateIDsAcrossFilesNameTheFirst() {
        let e = "apiVersion: kos/v1\nkind: Endpoint\nid: gw\nurl: https://a.example.com\nsecret: env:A\n"
        let report = DefinitionLoader().load(texts: [("a.yaml", e), ("b.yaml", e)])
        #expect(report.diagnostics.map(\.description) == ["b.yaml:3:5: error[KOS2008]: Endpoint 'gw' is defined twice (first at a.yaml:3:5)"])
    }

    @Test func missingPathIsAnUnreadableError() {
        let report = DefinitionLoader().load(paths: ["/nonexistent/Workflows"])
        #expect(report.diagnostics.map(\.code) == [DefinitionErrorCode.unreadable])
    }
}

@Suite struct TemplatesFolderTests {
    /// A step's templates are looked up in `Templates/` beside the file's folder; the folder is worked out on the
    /// path's bytes and must agree with Foundation's path handling for every shape of path a user passes.
    @Test(arguments: ["Workflows/a.yaml", "./Workflows/a.yaml", "/srv/kos/Workflows/a.yaml", "a.yaml", "/a.yaml", "/W/a.yaml",
                      "Workflows//a.yaml", "../x/Workflows/a.yaml", "Workflows/a.yaml/", "/", "//", "", "商品/工作流/a.yaml", "a//b//c"])
    func theTemplatesFolderIsFoundationsParentOfTheParent(file: String) {
        let folder = (file as NSString).deletingLastPathComponent
        let parent = (folder as NSString).deletingLastPathComponent
        #expect(DefinitionLoader.defaultTemplates(for: file) == (parent.isEmpty ? "." : parent) + "/Templates")
        #expect(DefinitionLoader.parentFolder(Substring(file)) == Substring(folder))
    }
}
