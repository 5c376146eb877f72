import Foundation
import KosCore
import Testing

@testable import KosCLI

/// A decision is bound to the revision the reviewer read: its number and content hash travel with it, and a
/// draft revised since is a 409 that names the revision it is at — for one reviewer and for N of M.
@Suite struct DecisionBindingTests {
    /// Two store managers of the associate's store approve each note.
    static let twoManagers = """
        apiVersion: kos/v1
        kind: Workflow
        id: two-managers
        description: Two store managers approve each styling note.
        guidelines: [ad-disclosure]
        steps:
          - id: guidelines
            check:
              block_on: error
          - id: store-managers
            approval:
              groups: [store-managers]
              same_store: true
              required: 2
              timeout: 24h
              on_timeout: expire

        """

    static func note(_ content: String) -> String {
        APIFixture.withoutMedia(content)
            .replacingOccurrences(of: "workflow: boutique-styling-notes", with: "workflow: two-managers")
    }

    @Test func aDecisionWithoutTheRevisionItWasMadeOnIsRefused() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na")
        for (verb, body) in [("approve", "{}"), ("approve", #"{"revision": 1}"#), ("reject", #"{"reason": "写清发售时间", "contentHash": "\#(draft.contentHash)"}"#)] {
            let response = try await api.call("zhang.wei", "POST", "/v1/drafts/\(draft.id)/\(verb)", json: body)
            #expect(response.status == 400, "\(verb) \(body)")
            let problem = try #require(api.problem(response))
            #expect(problem.type == "urn:kosflow:problem:bad-request" && problem.detail?.contains("revision and contentHash") == true, "\(problem)")
        }
        try await api.worker.drain()
        #expect(try await api.draft(draft.id).state == "awaiting-approval", "nothing was decided")
    }

    @Test func aDecisionOnARevisionTheAuthorHasReplacedIsA409NamingTheCurrentOne() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na")
        let content = try String(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/velocity-launch-preview.md"), encoding: .utf8)
        _ = try await api.send("li.na", "POST", "/v1/drafts/\(draft.id)/revisions", body: API.Submission(workflow: nil, content: content + "\n周六到店试穿。\n"),
                               as: API.Submitted.self)
        try await api.worker.drain()
        let now = try await api.draft(draft.id)
        #expect(now.revision == 2)
        for verb in ["approve", "reject"] {
            // zhang.wei read revision 1; and a revision number with another revision's hash is no better.
            for body in [APIFixture.decision(on: draft, reason: "再改一下"),
                         #"{"revision": 2, "contentHash": "\#(draft.contentHash)", "reason": "再改一下"}"#] {
                let response = try await api.call("zhang.wei", "POST", "/v1/drafts/\(draft.id)/\(verb)", json: body)
                #expect(response.status == 409, "\(verb) \(body)")
                let problem = try #require(api.problem(response))
                #expect(problem.type == "urn:kosflow:problem:stale-revision")
                #expect(problem.currentRevision == 2 && problem.currentContentHash == now.contentHash)
                #expect(problem.detail?.contains("revision 2") == true, "\(problem)")
            }
        }
        try await api.worker.drain()
        let detail = try await api.send("admin", "GET", "/v1/drafts/\(draft.id)", as: API.DraftDetail.self)
        #expect(detail.decisions.isEmpty && detail.draft.state == "awaiting-approval", "nothing was recorded")
        _ = try await api.send("zhang.wei", "POST", "/v1/drafts/\(draft.id)/approve", body: API.DecisionRequest(revision: 2, contentHash: now.contentHash),
                               as: API.Draft.self)
        try await api.worker.drain()
        #expect(try await api.draft(draft.id).state != "awaiting-approval", "a decision on what the draft is at counts")
    }

    @Test func twoOfTwoManagersWhenOneApprovedTheFirstRevisionAndTheOtherReadsTheSecond() async throws {
        let api = try await APIFixture(workflow: Self.twoManagers)
        let first = try await api.submit("li.na", file: "arco-autumn-styling.md", edit: Self.note)
        #expect(first.state == "awaiting-approval" && first.step == "store-managers", "\(first)")
        // gao.min opens revision 1 and gets distracted; zhang.wei approves revision 1.
        let gaoRead = first
        let one = try await api.send("zhang.wei", "POST", "/v1/drafts/\(first.id)/approve", body: API.DecisionRequest(revision: 1, contentHash: first.contentHash),
                                     as: API.Draft.self)
        // The answer says what happens next, not just the state (which reads as if nothing happened).
        #expect(one.next == "1 of 2 approvals at store-managers: waiting for 1 more from 2 of group store-managers, role reviewer, of the author's store", "\(one)")
        try await api.worker.drain()
        #expect(try await api.draft(first.id).state == "awaiting-approval", "one of two")

        // li.na revises: zhang.wei's approval was for revision 1 and no longer counts.
        let content = Self.note(try String(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/arco-autumn-styling.md"), encoding: .utf8))
        _ = try await api.send("li.na", "POST", "/v1/drafts/\(first.id)/revisions", body: API.Submission(workflow: nil, content: content + "\n周末店里见。\n"),
                               as: API.Submitted.self)
        try await api.worker.drain()
        let second = try await api.draft(first.id)
        #expect(second.revision == 2 && second.step == "store-managers")

        // gao.min approves what she read — revision 1 — and is told the draft is at revision 2.
        let stale = try await api.call("gao.min", "POST", "/v1/drafts/\(first.id)/approve", json: APIFixture.decision(on: gaoRead))
        #expect(stale.status == 409 && api.problem(stale)?.currentRevision == 2)
        // She reads revision 2 and approves it: one of two again, since zhang.wei approved only revision 1.
        _ = try await api.send("gao.min", "POST", "/v1/drafts/\(first.id)/approve", body: API.DecisionRequest(revision: 2, contentHash: second.contentHash),
                               as: API.Draft.self)
        try await api.worker.drain()
        #expect(try await api.draft(first.id).state == "awaiting-approval", "zhang.wei's approval of revision 1 does not count for revision 2")
        // zhang.wei, still on revision 1, is refused; on revision 2 the second approval lands and the step passes.
        #expect(try await api.call("zhang.wei", "POST", "/v1/drafts/\(first.id)/approve", json: APIFixture.decision(on: first)).status == 409)
        let two = try await api.send("zhang.wei", "POST", "/v1/drafts/\(first.id)/approve", body: API.DecisionRequest(revision: 2, contentHash: second.contentHash),
                                     as: API.Draft.self)
        #expect(two.next == "approved in full: that was the workflow's last step", "\(two)")
        try await api.worker.drain()
        let done = try await api.send("admin", "GET", "/v1/drafts/\(first.id)", as: API.DraftDetail.self)
        #expect(done.draft.state != "awaiting-approval" && done.draft.step != "store-managers", "\(done.draft)")
        let approvals = done.decisions.map { "\($0.reviewer)@\($0.revisionHash == second.contentHash ? 2 : 1)" }
        #expect(approvals == ["gao.min@2", "zhang.wei@2"], "the run on revision 2 holds only decisions on revision 2: \(approvals)")
    }

    /// `kos show` remembers what it showed; `kos approve` sends it, or `--revision`; a draft revised since is refused.
    @Test func kosApproveSendsWhatKosShowLastShowed() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na")
        func kos(_ who: String, _ args: [String]) async throws -> (code: Int32, out: String, err: String) { try await Self.kos(api, who, args) }
        let unread = try await kos("zhang.wei", ["approve", draft.id])
        #expect(unread.code == 2 && unread.err.contains("kos show \(draft.id)"), "\(unread)")

        let shown = try await kos("zhang.wei", ["show", draft.id])
        #expect(shown.code == 0 && shown.out.contains("revision 1 (content \(draft.contentHash.prefix(12)))"), "\(shown.out)")
        let content = try String(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/velocity-launch-preview.md"), encoding: .utf8)
        _ = try await api.send("li.na", "POST", "/v1/drafts/\(draft.id)/revisions", body: API.Submission(workflow: nil, content: content + "\n周六到店试穿。\n"),
                               as: API.Submitted.self)
        try await api.worker.drain()
        let now = try await api.draft(draft.id)
        let stale = try await kos("zhang.wei", ["approve", draft.id, "--comment", "可以"])
        #expect(stale.code == 1 && stale.err.contains("revision 2") && stale.err.contains("kos show \(draft.id)"), "\(stale)")
        let staleReject = try await kos("zhang.wei", ["reject", draft.id, "--reason", "写清发售时间", "--revision", "1"])
        #expect(staleReject.code == 1 && staleReject.err.contains("revision 2"), "\(staleReject)")

        let inbox = try await kos("zhang.wei", ["inbox"])
        #expect(inbox.code == 0 && inbox.out.contains(String(now.contentHash.prefix(12))), "the inbox shows which content waits: \(inbox.out)")
        let approved = try await kos("zhang.wei", ["approve", draft.id, "--revision", "2"])
        #expect(approved.code == 0 && approved.out.hasPrefix("approved \(draft.id) revision 2. ") && !approved.out.contains("now awaiting-approval"), "\(approved)")
        try await api.worker.drain()
        #expect(try await api.draft(draft.id).state != "awaiting-approval")
    }

    /// `kos` as `who` against the fixture, with the state (what `kos show` last showed) kept in the fixture's folder.
    static func kos(_ api: APIFixture, _ who: String, _ args: [String]) async throws -> (code: Int32, out: String, err: String) {
        let environment = ["KOS_TOKEN": api.tokens[who] ?? "", "XDG_STATE_HOME": api.dir.appendingPathComponent("state").path, "KOS_SERVER": "unix:" + api.socket,
                           "HOME": api.dir.path]
        return try await APIFixture.offPool {
            let out = Lines(), err = Lines()
            let code = KosCommand.run(args, console: Console(out: { out.append($0) }, err: { err.append($0) }, environment: environment))
            return (code, out.text, err.text)
        }
    }

    @Test func kosRejectCanSuggestARewordingTheAuthorTakesWithOneCommand() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na")
        func kos(_ who: String, _ args: [String]) async throws -> (code: Int32, out: String, err: String) { try await Self.kos(api, who, args) }
        let content = try String(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/velocity-launch-preview.md"), encoding: .utf8)
        let reworded = api.dir.appendingPathComponent("reworded.md")
        try content.replacingOccurrences(of: "周六早上十点", with: "12月12日周六早上十点").write(to: reworded, atomically: true, encoding: .utf8)
        let broken = api.dir.appendingPathComponent("broken.md")
        try "---\ntitle: [\n---\n正文\n".write(to: broken, atomically: true, encoding: .utf8)

        _ = try await kos("zhang.wei", ["show", draft.id])
        let refused = try await kos("zhang.wei", ["reject", draft.id, "--reason", "写清楚发售日期", "--suggest", broken.path])
        #expect(refused.code != 0 && refused.err.contains("broken.md"), "a rewording kosd would refuse is not sent: \(refused)")
        let asked = try await kos("zhang.wei", ["reject", draft.id, "--reason", "写清楚发售日期", "--suggest", reworded.path])
        #expect(asked.code == 0 && asked.out.contains("kos accept-suggestion \(draft.id)"), "\(asked)")
        try await api.worker.drain()

        let unread = try await kos("li.na", ["accept-suggestion", draft.id])
        #expect(unread.code == 2 && unread.err.contains("kos show \(draft.id)"), "the author reads the rewording before taking it: \(unread)")
        let shown = try await kos("li.na", ["show", draft.id])
        #expect(shown.out.contains("zhang.wei suggests this rewording (写清楚发售日期):") && shown.out.contains("12月12日周六早上十点")
                && shown.out.contains("kos accept-suggestion \(draft.id)"), "\(shown.out)")
        let taken = try await kos("li.na", ["accept-suggestion", draft.id])
        #expect(taken.code == 0 && taken.out.contains("revision 2 is the suggested rewording"), "\(taken)")
        let detail = try await api.send("li.na", "GET", "/v1/drafts/\(draft.id)", as: API.DraftDetail.self)
        #expect(detail.draft.revision == 2 && detail.content.contains("12月12日周六早上十点"))
    }
}
