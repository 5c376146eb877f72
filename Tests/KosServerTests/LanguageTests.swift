import Foundation
import KosCore
import KosTesting
import Testing

@testable import KosCLI

/// The API and the console answer in the language the request asks for (`Accept-Language`), whatever kosd's own.
@Suite(.serialized) struct LanguageTests {
    @Test func aProblemIsSaidInTheLanguageTheRequestAsksFor() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na")
        let body = APIFixture.decision(on: draft)
        let chinese = try await api.call("li.na", "POST", "/v1/drafts/\(draft.id)/approve", json: body, headers: ["Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8"])
        let english = try await api.call("li.na", "POST", "/v1/drafts/\(draft.id)/approve", json: body, headers: ["Accept-Language": "en-GB"])
        let unspoken = try await api.call("li.na", "POST", "/v1/drafts/\(draft.id)/approve", json: body, headers: ["Accept-Language": "fr-FR"])
        #expect(chinese.status == english.status && english.status == unspoken.status && chinese.status == 403)
        let zh = try #require(api.problem(chinese)), en = try #require(api.problem(english)), fallback = try #require(api.problem(unspoken))
        #expect(zh.type == en.type, "the type is the same stable URN in every language")
        #expect(zh.title.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(zh.title)")
        #expect(zh.detail?.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } == true, "\(zh.detail ?? "")")
        #expect(!en.title.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(en.title)")
        #expect(fallback.title == en.title, "a language kosflow does not speak gets kosd's own (English here)")
    }

    @Test func locatedErrorsInADraftAreSaidInChinese() async throws {
        let api = try await APIFixture()
        let submission = String(decoding: try API.encoder().encode(API.Submission(workflow: nil, content: "---\ntitle: [未闭合\n---\n正文")), as: UTF8.self)
        let response = try await api.call("li.na", "POST", "/v1/drafts", json: submission, headers: ["Accept-Language": "zh-CN"])
        #expect(response.status == 422)
        let problem = try #require(api.problem(response))
        let message = try #require(problem.errors?.first?.message)
        #expect(message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(message)")
        #expect(problem.errors?.first?.line != nil, "still located")
    }

    @Test func kosShowsTheServersRefusalInTheReadersLanguage() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na")
        for (language, chinese) in [("zh-CN", true), ("en", false)] {
            let token = api.client("li.na").token ?? ""
            let result = try await APIFixture.offPool {
                try Subprocess.run("/usr/bin/env", ["KOS_LANG=\(language)", "KOS_TOKEN=\(token)", "KOS_SERVER=unix:\(api.socket)", "XDG_STATE_HOME=\(api.dir.path)",
                                                    Self.kos, "approve", draft.id], in: api.dir)
            }
            #expect(result.status != 0)
            #expect(!result.err.isEmpty)
            #expect(result.err.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } == chinese, "\(language): \(result.err)")
        }
    }

    static var kos: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kos").path
    }
}
