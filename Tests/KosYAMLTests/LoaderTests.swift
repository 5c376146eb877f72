import Foundation
import KosCore
import Testing

@testable import KosYAML

private func load(_ text: String, _ options: YAMLLoader.Options = .init()) throws(Diagnostic) -> YAMLNode {
    let docs = try YAMLLoader(options: options).load(text, file: "t.yaml")
    return docs.first?.root ?? YAMLNode(content: .scalar(YAMLScalar(text: "", style: .plain, value: .null)), location: .init(line: 1, column: 1))
}

private func failure(_ text: String, _ options: YAMLLoader.Options = .init()) -> Diagnostic? {
    do {
        _ = try load(text, options)
        return nil
    } catch {
        return error
    }
}

@Suite struct CoreSchemaTests {
    @Test(arguments: [
        ("yes", YAMLValue.string("yes")), ("no", .string("no")), ("on", .string("on")), ("off", .string("off")),
        ("y", .string("y")), ("n", .string("n")), ("NO", .string("NO")),
        ("true", .bool(true)), ("False", .bool(false)), ("TRUE", .bool(true)),
        ("42", .int(42)), ("-7", .int(-7)), ("+5", .int(5)), ("0o17", .int(15)), ("0x1F", .int(31)),
        ("1.5", .float(1.5)), (".5", .float(0.5)), ("1e3", .float(1000)), ("-.inf", .float(-.infinity)),
        ("null", .null), ("~", .null), ("", .null), ("Null", .null),
        ("0777", .int(777)), ("12:30", .string("12:30")), ("2026-12-01", .string("2026-12-01")), ("1_000", .string("1_000")),
    ])
    func plainScalarsResolveAsYAML12(text: String, expected: YAMLValue) throws {
        let root = try load("v: \(text)")
        #expect(root["v"]?.scalar?.value == expected)
    }

    @Test func nanIsAFloat() throws {
        guard case .float(let d) = try load("v: .nan")["v"]?.scalar?.value else { Issue.record("not a float"); return }
        #expect(d.isNaN)
    }

    @Test func quotedScalarsAreAlwaysStrings() throws {
        let root = try load("a: 'true'\nb: \"42\"\nc: |\n  null\n")
        #expect(root["a"]?.scalar?.value == .string("true"))
        #expect(root["b"]?.scalar?.value == .string("42"))
        #expect(root["c"]?.scalar?.value == .string("null\n"))
    }

    @Test func coreTagsForceTheType() throws {
        let root = try load("a: !!str 42\nb: !!int \"7\"\nc: !!float 3\n")
        #expect(root["a"]?.scalar?.value == .string("42"))
        #expect(root["b"]?.scalar?.value == .int(7))
        #expect(root["c"]?.scalar?.value == .float(3))
    }

    @Test func hugeIntegersDoNotTrap() throws {
        #expect(try load("v: 99999999999999999999999")["v"]?.scalar?.value == .float(1e23))
    }
}

@Suite struct MarksTests {
    @Test func everyNodeHasOneBasedLineAndColumn() throws {
        let root = try load("workflow:\n  steps:\n    - id: 全网\n      check: {packs: [a, b]}\n")
        #expect(root.location == SourceLocation(line: 1, column: 1))
        let steps = try #require(root["workflow"]?["steps"])
        #expect(steps.location == SourceLocation(line: 3, column: 5))
        let step = try #require(steps.sequence?.first)
        #expect(step["id"]?.location == SourceLocation(line: 3, column: 11))
        let packs = try #require(step["check"]?["packs"]?.sequence)
        #expect(packs[1].location == SourceLocation(line: 4, column: 26))
    }

    @Test func columnsCountScalarsNotBytes() throws {
        let root = try load("标题: 全网最低价\n")
        #expect(root.mapping?.first?.value.location == SourceLocation(line: 1, column: 5))
    }

    @Test func multipleDocumentsEachHaveARoot() throws {
        let docs = try YAMLLoader().load("a: 1\n---\nb: 2\n---\n- x\n")
        #expect(docs.count == 3)
        #expect(docs[1].root["b"]?.scalar?.value == .int(2))
        #expect(docs[2].location.line == 4)
    }
}

@Suite struct StrictnessTests {
    @Test func duplicateKeyGoldenText() {
        let text = "approval:\n  groups: [store-managers]\n  timeout: 24h\n  required: any\n  timeout: 12h\n"
        let d = failure(text)
        #expect(d?.rendered(source: text) == """
            t.yaml:5:3: error[KOS1003]: duplicate key 'timeout' (first at 3:3)
              |
            5 |   timeout: 12h
              |   ^
            """)
    }

    @Test func duplicateKeysAreComparedByValue() {
        #expect(failure("1: a\n0x1: b\n")?.code == YAMLErrorCode.duplicateKey)
        #expect(failure("'1': a\n1: b\n") == nil, "a string key and an int key differ in YAML 1.2")
    }

    /// Small mappings are searched in place and large ones through an index: a duplicate is found, with its
    /// first place, on both sides of the change and when the first copy came before the index was built.
    @Test(arguments: [3, 15, 16, 17, 40, 500])
    func duplicatesAreFoundInMappingsOfEverySize(keys: Int) throws {
        let lines = (0..<keys).map { "key-\($0): \($0)" } + ["key-1: again", "\(keys - 1): int", "key-\(keys - 1): last"]
        let text = lines.joined(separator: "\n") + "\n"
        let (documents, problems) = try Array(text.utf8).withUnsafeBufferPointer { b throws(Diagnostic) in
            try YAMLLoader().loadReportingAll(bytes: b, file: "t.yaml")
        }
        #expect(problems.map(\.message) == ["duplicate key 'key-1' (first at 2:1)", "duplicate key 'key-\(keys - 1)' (first at \(keys):1)"])
        #expect(problems.map(\.location?.line) == [keys + 1, keys + 3])
        let pairs = try #require(documents.first?.root.mapping)
        #expect(pairs.count == keys + 1, "each duplicate dropped, the integer key kept")
        #expect(documents.first?.root["key-1"]?.scalar?.value == .int(1), "a duplicate keeps its first value")
    }

    @Test func allRecoverableProblemsAreReportedTogether() throws {
        let text = "a: 1\na: 2\nb: !custom x\n<<: {c: 1}\n"
        let (_, problems) = try Array(text.utf8).withUnsafeBufferPointer { b throws(Diagnostic) in
            try YAMLLoader().loadReportingAll(bytes: b, file: "t.yaml")
        }
        #expect(problems.map(\.code) == [YAMLErrorCode.duplicateKey, YAMLErrorCode.unsupportedTag, YAMLErrorCode.mergeKey])
    }

    @Test func mergeKeysAreRefused() {
        let d = failure("base: &b {timeout: 1h}\nstep:\n  <<: *b\n  id: x\n")
        #expect(d?.code == YAMLErrorCode.mergeKey)
        #expect(d?.location == SourceLocation(line: 3, column: 3))
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        #expect(try load("'<<': x\n")["<<"]?.scalar?.value == .string("x"))
    }

    @Test func nonCoreTagsAreRefused() {
        let d = failure("step: !!python/object:os.system 'rm -rf /'\n")
        #expect(d?.code == YAMLErrorCode.unsupportedTag)
        #expect(d?.message.contains("!!python/object:os.system") == true)
        #expect(failure("a: !local x\n")?.code == YAMLErrorCode.unsupportedTag)
        #expect(failure("a: !!set {x}\n")?.code == YAMLErrorCode.unsupportedTag)
    }

    @Test func coreTagMustFitTheValue() {
        let d = failure("max: !!int three\n")
        #expect(d?.code == YAMLErrorCode.tagMismatch)
        #expect(d?.location == SourceLocation(line: 1, column: 6))
        #expect(failure("a: !!map [1]\n")?.code == YAMLErrorCode.tagMismatch)
    }

    @Test func undefinedAliasIsLocated() {
        let d = failure("a: *nowhere\n")
        #expect(d?.code == YAMLErrorCode.undefinedAlias)
        #expect(d?.location == SourceLocation(line: 1, column: 4))
    }

    @Test func aliasesExpandToTheAnchoredValue() throws {
        let root = try load("groups: &g [store-managers, legal]\nagain: *g\n")
        #expect(root["again"] == root["groups"])
        #expect(root["again"]?.location == SourceLocation(line: 2, column: 8))
    }

    @Test func syntaxErrorsAreLocated() {
        let d = failure("steps:\n  - id: a\n   bad: [\n")
        #expect(d?.code == YAMLErrorCode.syntax)
        #expect(d?.location?.line == 3)
    }
}

@Suite struct HostileInputTests {
    static let billionLaughs = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """

    @Test func billionLaughsIsRefusedBeforeItExpands() {
        #expect(Self.billionLaughs.utf8.count < 700)
        let d = failure(Self.billionLaughs)
        #expect(d?.code == YAMLErrorCode.tooManyNodes)
        #expect(d?.message.contains("100000") == true)
        // Stopped inside the alias lines, long before the 9^9 expansion.
        #expect((d?.location?.line ?? 99) <= 7)
    }

    @Test func fiftyThousandOpenBracketsStopAtTheDepthLimit() throws {
        let text = String(repeating: "[", count: 50_000)
        let d = try #require(failure(text))
        #expect(d.code == YAMLErrorCode.tooDeep)
        #expect(d.location == SourceLocation(line: 1, column: 65))
        // Shown as the stretch around the problem, not the whole 50 kB line under a caret.
        let shown = d.rendered(source: text).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(shown.count == 4 && shown.allSatisfy { $0.count < 200 }, "\(shown.map(\.count))")
        #expect(shown[2] == "1 | …" + String(repeating: "[", count: 120) + "…")
        #expect(shown[3] == "  | " + String(repeating: " ", count: 61) + "^", "the caret is still under column 65 of the line")
    }

    @Test func deepBlockNestingStopsAtTheDepthLimit() {
        var text = ""
        for i in 0..<200 { text += String(repeating: " ", count: i) + "k:\n" }
        let d = failure(text)
        #expect(d?.code == YAMLErrorCode.tooDeep)
        #expect(d?.location?.line == 65)
    }

    @Test func depthLimitIsConfigurable() {
        var options = YAMLLoader.Options()
        options.maxDepth = 3
        #expect(failure("[[[1]]]", options) == nil)
        #expect(failure("[[[[1]]]]", options)?.code == YAMLErrorCode.tooDeep)
    }

    @Test func inputSizeLimit() {
        var options = YAMLLoader.Options()
        options.maxBytes = 1000
        let d = failure(String(repeating: "a: b\n", count: 300), options)
        #expect(d?.code == YAMLErrorCode.tooLarge)
        #expect(d?.message == "input is 1500 bytes; the limit is 1000 bytes")
    }

    @Test func invalidUTF8IsLocated() throws {
        let bytes: [UInt8] = Array("title: ok\nbody: caf".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let d: Diagnostic? = bytes.withUnsafeBufferPointer { b -> Diagnostic? in
            do throws(Diagnostic) { _ = try YAMLLoader().load(bytes: b, file: "draft.yaml"); return nil } catch { return error }
        }
        #expect(d?.code == YAMLErrorCode.encoding)
        #expect(d?.location == SourceLocation(line: 2, column: 10))
    }

    @Test func nulAndControlCharactersInQuotedScalarsSurvive() throws {
        #expect(try load("a: \"x\\0y\"\n")["a"]?.scalar?.value == .string("x\u{0}y"))
    }

    @Test func emptyAndCommentOnlyInputHasNoDocuments() throws {
        #expect(try YAMLLoader().load("").isEmpty)
        #expect(try YAMLLoader().load("# nothing here\n").isEmpty)
    }

    @Test func wideFlowMappingWithManyKeysLoads() throws {
        let text = "{" + (0..<5000).map { "k\($0): \($0)" }.joined(separator: ", ") + "}"
        #expect(try load(text).mapping?.count == 5000)
    }

    @Test func nodeLimitCountsPlainNodesToo() {
        var options = YAMLLoader.Options()
        options.maxNodes = 100
        #expect(failure("[" + Array(repeating: "1", count: 200).joined(separator: ",") + "]", options)?.code == YAMLErrorCode.tooManyNodes)
    }
}
