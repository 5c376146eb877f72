import Foundation
import KosCore
import KosStore
import KosTesting
import Testing

/// The review console in a real browser: Debian's chromium, driven through chromedriver by selenium from the
/// project's virtualenv, against a real kosd serving HTTP on loopback. At a phone's size and a laptop's: sign in
/// by a link from `kos review-link`, the inbox, a finding marked over its characters in a Chinese sentence, a
/// draft's `<script>` shown and not run, a rejection without a reason refused, an approval recorded, signing out.
/// Screenshots of each page are left in `.build/console-screenshots/` for a person to look at.
@Suite(.serialized) struct ConsoleBrowserTests {
    static let shots = EngineFixtures.root.appendingPathComponent(".build/console-screenshots").path

    @Test func aStoreManagerSignsInByLinkAndDecidesOnAPhoneAndALaptop() async throws {
        let s = try await EngineFixtures.setUp()
        let clean = try await EngineFixtures.submit(s, EngineFixtures.cleanDraft).runID
        let blocked = try await EngineFixtures.submit(s, EngineFixtures.blockedDraft).runID
        let withScript = EngineFixtures.cleanDraft.replacingOccurrences(of: "秋冬新季 Arco 手袋", with: "秋冬新季 Arco 手袋（新款）")
            + "\n<script>window.kosInjected = 1; alert('x')</script>\n"
        let scripted = try await EngineFixtures.submit(s, withScript).runID
        // A draft its author revised: the reviewer reads what changed.
        let first = EngineFixtures.cleanDraft.replacingOccurrences(of: "秋冬新季 Arco 手袋", with: "秋冬新季 Arco 手袋（二）")
        let revisedRun = try await EngineFixtures.submit(s, first).runID
        let revisedDraft = try #require(try await s.store.run(id: revisedRun)?.draftID)
        _ = try await s.store.reviseDraft(draftID: revisedDraft, content: Data(first.replacingOccurrences(of: "秋冬新季", with: "早春限定").utf8), title: nil, media: [:],
                                          firstStep: (0, "guidelines"), definitionsVersion: nil, actor: "li.na")
        try await s.worker.drain()
        func draftID(_ run: String) async throws -> String { try #require(try await s.store.run(id: run)?.draftID) }
        let cleanStatus = try await s.store.run(id: clean)?.status, blockedStatus = try await s.store.run(id: blocked)?.status
        #expect(cleanStatus == .running && blockedStatus == .blocked)
        let manager = try await s.store.createToken(personID: "zhang.wei", expiresAt: nil, actor: "test")

        let port = LoopbackPort.free()
        let process = s.serve(workers: 1, ["--listen", "127.0.0.1:\(port)"])
        try process.run()
        defer { SlotRestartTests.stop(process) }
        let ready = await Patience.until {
            let answer = try? await Subprocess.runDetached("/usr/bin/curl", ["-sf", "http://127.0.0.1:\(port)/readyz"], in: EngineFixtures.root, timeout: 10)
            return answer?.status == 0
        }
        try #require(ready, "kosd did not answer on 127.0.0.1:\(port)")

        // The links come from the command an associate's manager types.
        func link() async throws -> String {
            let answer = try await Subprocess.runDetached(Repo.kos, ["review-link", "--server", "http://127.0.0.1:\(port)", "--token", manager],
                                                          in: EngineFixtures.root)
            #expect(answer.status == 0 && answer.err.contains("signs in once"), "\(answer.err)")
            return answer.out.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let phone = try await link(), desktop = try await link(), lapsed = try await link(), chinese = try await link()
        #expect(phone.hasPrefix("http://127.0.0.1:\(port)/console/sign-in/kos_") && phone != desktop, "\(phone)")
        // A link whose 15 minutes have passed.
        try await s.store.execute("UPDATE console_credentials SET expires_at = 0 WHERE sha256 = '\(APIToken.digest(String(lapsed.split(separator: "/").last ?? "")))'")

        try? FileManager.default.removeItem(atPath: Self.shots)
        let ids = [try await draftID(clean), try await draftID(blocked), try await draftID(scripted), revisedDraft, lapsed, chinese]
        let python = EngineFixtures.root.appendingPathComponent(".venv/bin/python").path
        let run = try await Subprocess.runDetached(python, [EngineFixtures.root.appendingPathComponent("Tests/Support/console_browser.py").path, Self.shots,
                                                            phone, desktop] + ids,
                                                   in: EngineFixtures.root, timeout: 600)
        try #require(run.status == 0, "the browser run failed: \(run.out.suffix(3000)) \(run.err.suffix(3000))")
        let seen = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any], "\(run.out)")

        #expect(seen["phone_inbox_lists_clean"] as? Bool == true)
        #expect((seen["phone_marks"] as? [String])?.contains("全网最低价") == true, "\(seen["phone_marks"] ?? "none")")
        #expect(seen["phone_mark_visible"] as? Bool == true)
        #expect(seen["phone_viewport"] as? Int == 390)
        #expect(seen["phone_page_fits"] as? Bool == true, "the draft page needs no sideways scrolling on a phone")
        #expect((seen["phone_previews"] as? [String])?.contains("preview preview-xiaohongshu") == true, "\(seen["phone_previews"] ?? "none")")
        #expect(seen["phone_previews_fit"] as? Bool == true, "each platform's card fits a phone's width")
        #expect(seen["script_ran"] as? Bool == false, "a draft's script must never run")
        #expect(seen["script_shown_as_text"] as? Bool == true)
        #expect((seen["reject_without_reason"] as? String)?.contains("A rejection needs a reason") == true, "\(seen["reject_without_reason"] ?? "")")
        #expect((seen["approved_page"] as? String)?.contains("Your approval is recorded.") == true, "\(seen["approved_page"] ?? "")")
        #expect((seen["desktop_marks"] as? [String])?.contains("全网最低价") == true)
        #expect((seen["desktop_inbox_lists_clean"] as? Bool) == false, "the approved draft left the inbox")
        #expect((seen["desktop_clean"] as? String)?.contains("zhang.wei approved") == true)
        #expect((seen["after_sign_out"] as? String)?.contains("Sign in with a link") == true)
        #expect((seen["link_again"] as? String)?.contains("This link was used") == true)
        #expect((seen["diff_inserted"] as? [String]) == ["早春限定", "早春限定"] && (seen["diff_deleted"] as? [String]) == ["秋冬新季", "秋冬新季"], "\(seen["diff_inserted"] ?? "") \(seen["diff_deleted"] ?? "")")
        #expect((seen["tampered_form"] as? String)?.contains("The form has expired") == true, "a form whose token was changed is refused: \(seen["tampered_form"] ?? "")")
        #expect((seen["lapsed_link"] as? String)?.contains("This link has expired") == true, "\(seen["lapsed_link"] ?? "")")
        #expect((seen["phone_health_charts"] as? Int ?? 0) >= 5 && seen["phone_health_fits"] as? Bool == true, "the health page's charts fit a phone")
        #expect((seen["desktop_health"] as? String)?.contains("Cleared at the first revision") == true, "\(seen["desktop_health"] ?? "")")
        // A phone that reads Chinese gets the console in Chinese, the findings' messages too.
        #expect(seen["chinese_lang"] as? String == "zh-CN")
        #expect((seen["chinese_blocked"] as? String)?.contains("绝对化用语") == true, "\(seen["chinese_blocked"] ?? "")")
        #expect(seen["chinese_page_fits"] as? Bool == true)
        let shots = try #require(seen["shots"] as? [String])
        #expect(shots.count == 15 && shots.allSatisfy { FileManager.default.fileExists(atPath: $0) }, "\(shots)")
        #expect(try await s.store.decisions(runID: clean, stepIndex: 1).map(\.reviewerID) == ["zhang.wei"])
    }
}
