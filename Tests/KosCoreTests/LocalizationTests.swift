import Foundation
import Testing

@testable import KosCore

@Suite struct MessageLanguageTests {
    @Test(arguments: [
        ([String: String](), MessageLanguage.en),
        (["LANG": "zh_CN.UTF-8"], .zhCN),
        (["LANG": "en_US.UTF-8"], .en),
        (["LANG": "C.UTF-8"], .en),
        (["LANG": "fr_FR.UTF-8"], .en),
        (["LANG": "zh_TW.UTF-8"], .zhCN),
        (["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"], .zhCN),
        (["LC_MESSAGES": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"], .en),
        (["LC_ALL": "zh_CN.UTF-8", "KOS_LANG": "en"], .en),
        (["KOS_LANG": "zh-CN", "LANG": "en_US.UTF-8"], .zhCN),
        (["KOS_LANG": "", "LANG": "zh_CN.UTF-8"], .zhCN),
        (["LC_ALL": "", "LANG": "zh_CN"], .zhCN),
        (["KOS_LANG": "zh-Hans"], .zhCN),
    ])
    func theFirstVariableSetDecides(environment: [String: String], expected: MessageLanguage) {
        #expect(MessageLanguage.fromEnvironment(environment) == expected)
    }

    @Test func acceptLanguageIsReadByQuality() {
        #expect(MessageLanguage.fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8") == .zhCN)
        #expect(MessageLanguage.fromAcceptLanguage("en-GB, zh-CN;q=0.5") == .en)
        #expect(MessageLanguage.fromAcceptLanguage("fr-FR, zh;q=0.3, en;q=0.2") == .zhCN)
        #expect(MessageLanguage.fromAcceptLanguage("zh;q=0, en") == .en)
        #expect(MessageLanguage.fromAcceptLanguage("de, fr") == nil)
        #expect(MessageLanguage.fromAcceptLanguage("*") == nil)
        #expect(MessageLanguage.fromAcceptLanguage("") == nil)
        #expect(MessageLanguage.fromAcceptLanguage(String(repeating: "x;q=abc,", count: 10_000) + "zh") == nil, "only the first 32 ranges are read")
    }
}

@Suite struct MessageTests {
    @Test func anInterpolationIsANumberedPlaceholder() {
        let id = "d-42", revision = 3
        let message: Message = "Submitted \(id) as revision \(revision) {not a placeholder}"
        #expect(message.key == "Submitted {0} as revision {1} {not a placeholder}")
        #expect(message.arguments == ["d-42", "3"])
        #expect(message.rendered(in: .en) == "Submitted d-42 as revision 3 {not a placeholder}")
    }

    @Test func placeholdersAreFilledInAnyOrderAndOtherBracesStay() {
        #expect(Message.fill("{1} 的第 {0} 版 {x} {9} {", with: ["3", "草稿"]) == "草稿 的第 3 版 {x} {9} {")
        #expect(Message.fill("{0}{0}", with: ["a"]) == "aa")
        #expect(Message.fill("plain", with: []) == "plain")
    }

    @Test func chineseSpacingFollowsWhatMeetsAtEachPlaceholder() {
        #expect(Message.fill("由 {0} 决定", with: ["店长"], spacing: true) == "由店长决定")
        #expect(Message.fill("由 {0} 决定", with: ["zhang.wei"], spacing: true) == "由 zhang.wei 决定")
        #expect(Message.fill("由{0}决定", with: ["zhang.wei"], spacing: true) == "由 zhang.wei 决定")
        #expect(Message.fill("共{0}篇", with: ["5"], spacing: true) == "共 5 篇")
        #expect(Message.fill("「{0}」：{1}", with: ["全网最低价", "x"], spacing: true) == "「全网最低价」：x")
        #expect(Message.fill("{0} 缺少 {1}", with: ["升级设置", "'escalate'"], spacing: true) == "升级设置缺少 'escalate'")
        #expect(Message.fill("由 {0} 决定", with: ["zhang.wei"]) == "由 zhang.wei 决定", "English is filled as written")
        #expect(Message.fill("by {0} here", with: ["店长"]) == "by 店长 here")
    }

    @Test func theCurrentLanguageIsTheTasksOwn() async {
        MessageLanguage.answerRequests()
        let (english, chinese) = await MessageLanguage.$requested.withValue(.en) {
            let english = MessageLanguage.current
            let chinese = await MessageLanguage.$requested.withValue(.zhCN) { MessageLanguage.current }
            return (english, chinese)
        }
        #expect(english == .en)
        #expect(chinese == .zhCN)
    }
}

@Suite struct MessageCatalogTests {
    @Test func aCatalogReadsSingularsPluralsEscapesAndContinuations() throws {
        let catalog = try MessageCatalog(po: #"""
        # a comment
        msgid ""
        msgstr ""
        "Language: zh_CN\n"

        #. {0}: id
        #, python-brace-format
        msgid "Submitted {0}"
        msgstr "已提交 {0}"

        msgid "{0} draft"
        msgid_plural "{0} drafts"
        msgstr[0] "{0} 篇草稿"

        msgid ""
        "two "
        "lines\n"
        msgstr "两\"行\"\\\n"

        #, fuzzy
        msgid "Not sure"
        msgstr "不确定"

        msgid "Untranslated"
        msgstr ""

        msgctxt "button"
        msgid "Open"
        msgstr "打开"
        """#)
        #expect(catalog.text(for: "Submitted {0}", form: 0) == "已提交 {0}")
        #expect(catalog.text(for: "{0} draft", form: 0) == "{0} 篇草稿")
        #expect(catalog.text(for: "{0} draft", form: 1) == "{0} 篇草稿", "Chinese has one form for every count")
        #expect(catalog.text(for: "two lines\n", form: 0) == "两\"行\"\\\n")
        #expect(catalog.text(for: "Not sure", form: 0) == nil, "a fuzzy translation is not used")
        #expect(catalog.text(for: "Untranslated", form: 0) == nil, "an empty translation says the English")
        #expect(catalog.text(for: "Open", form: 0) == nil, "a message with a context is not a plain message")
        #expect(catalog.text(for: "button\u{4}Open", form: 0) == "打开")
        #expect(catalog.all.count == 7)
    }

    @Test(arguments: [
        ("msgid \"a\"\nmsgstr \"b", 2, "expected a string in double quotes"),
        ("msgstr \"b\"", 1, "msgstr without a msgid before it"),
        ("msgid \"a\"\nmsgstr \"\\q\"", 2, "unknown escape \\q"),
        ("msgid \"a\"\n\"x\" junk", 2, "expected a string in double quotes"),
        ("msgid \"a\"\nmsgstr[0] \"b\"", 2, "unexpected msgstr[0]"),
        ("\"orphan\"", 1, "a continued string with nothing to continue"),
        ("msgid", 1, "expected a keyword and a quoted string"),
    ])
    func aBrokenCatalogSaysWhereAndWhy(text: String, line: Int, message: String) {
        #expect(throws: MessageCatalog.ParseError(line: line, message: message)) {
            try MessageCatalog(po: text)
        }
    }

    @Test func pluralFormsFollowEachLanguagesRule() {
        #expect([0, 1, 2, 21].map { MessageCatalog.pluralForm($0, in: .en) } == [1, 0, 1, 1])
        #expect([0, 1, 2, 21].map { MessageCatalog.pluralForm($0, in: .zhCN) } == [0, 0, 0, 0])
        #expect(trn(1, "\(1) draft", "\(1) drafts", in: .en) == "1 draft")
        #expect(trn(3, "\(3) draft", "\(3) drafts", in: .en) == "3 drafts")
    }

    @Test func theEmbeddedCatalogsParseAndSpeakChinese() throws {
        for source in MessageCatalog.sources {
            _ = try MessageCatalog(po: source.po)
        }
        let chinese = MessageCatalog.forLanguage(.zhCN)
        #expect(!chinese.entries.isEmpty)
        for (key, forms) in chinese.entries {
            #expect(forms.count == 1, "\(key): Chinese has one plural form")
            // A translation without a Chinese character is punctuation around placeholders (「{0}：{1}」) or a
            // heading kept as it is (WEBHOOK-ID): never an English sentence left untranslated.
            let english = key.split(separator: "\u{4}").last.map(String.init) ?? key
            let hasChinese = forms[0].unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
            let hasEnglishWords = english.replacing(/\{\d+\}/, with: "").contains(/[a-z]{2,}/)
            #expect(hasChinese || forms[0] != english || !hasEnglishWords, "\(key) → \(forms[0]) is not translated")
        }
    }

    @Test func everyMessageIsInBothCatalogsWithItsPlaceholdersAndTheEmbeddedCopyIsCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for (script, arguments) in [("scripts/extract-messages", ["--check"]), ("scripts/embed-catalogs", ["--check"])] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", root.appendingPathComponent(script).path] + arguments
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(script) --check:\n\(said.prefix(4000))")
        }
    }
}

@Suite struct RecordedFindingTests {
    static let rule = GuidelineRule(id: "absolute-terms", kind: "claim", level: .error, message: #""%s" is an absolute claim"#,
                                    translations: [.en: #""%s" is an absolute claim"#, .zhCN: "「%s」是绝对化用语"], scope: ["body"], link: nil,
                                    options: [:], fixturesFlag: [], fixturesPass: [], source: SourceRef(file: "p.yaml", location: SourceLocation(line: 1, column: 1)))
    static let rules = ["prc/absolute-terms": rule]

    func finding(_ message: String) -> Finding {
        Finding(rule: "prc/absolute-terms", level: .error, scope: .body, line: 1, column: 1, match: "全网最低价", message: message)
    }

    @Test func aRulesOwnMessageIsSaidAgainInTheReadersLanguage() {
        #expect(finding(#""全网最低价" is an absolute claim"#).localized(in: .zhCN, rules: Self.rules).message == "「全网最低价」是绝对化用语")
        #expect(finding("「全网最低价」是绝对化用语").localized(in: .en, rules: Self.rules).message == #""全网最低价" is an absolute claim"#)
    }

    @Test func aMessageTheRuleDidNotWriteIsKeptAsRecorded() {
        let prefixed = #"in media/a.jpg (at 1,2 3×4): "全网最低价" is an absolute claim"#
        #expect(finding(prefixed).localized(in: .zhCN, rules: Self.rules).message == prefixed)
        var other = finding(#""全网最低价" is an absolute claim"#)
        other.rule = "prc/unknown"
        #expect(other.localized(in: .zhCN, rules: Self.rules).message == other.message)
    }
}

@Suite struct FieldSplittingTests {
    /// Cron and RRULE lists are cut at a separator on the bytes when they are ASCII; the pieces are exactly the
    /// standard library's, for ASCII text and for text where a combining mark joins the separator to a character.
    @Test(arguments: ["", ",", "MON,FRI", ",a,,b,", "1-5/2", "a,\u{301}b", "周一,周五", "FREQ=WEEKLY;BYDAY=MO;", "x"])
    func fieldsAreTheStandardLibrarysSplit(text: String) {
        #expect(text.fields(separatedBy: UInt8(ascii: ",")) == text.split(separator: ",", omittingEmptySubsequences: false))
        #expect(text.dropFirst().fields(separatedBy: UInt8(ascii: ";")) == text.dropFirst().split(separator: ";", omittingEmptySubsequences: false))
    }
}
