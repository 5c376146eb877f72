import Foundation
import KosCore
import KosStore
import Testing

@testable import KosCLI

/// The staff directory, accounts, reviewers away and associates leaving, as an admin, a reviewer and an associate
/// meet them through `kos` and the API.
@Suite struct PeopleTests {
    /// A launch held far ahead (so approved posts wait, scheduled) and a campaign that goes out on company accounts only.
    static let workflows = """
        apiVersion: kos/v1
        kind: Workflow
        id: store-launch
        description: A store's launch posts, held until the launch; handed over when an associate leaves.
        trigger:
          draft:
            platforms: [xiaohongshu, douyin]
        calendar: store-launch-week
        accounts: registered
        offboarding:
          pending: cancel
          scheduled: hand-over
        steps:
          - id: review
            approval:
              groups: [brand-compliance]
              required: any
          - id: launch
            wait:
              embargo: true
          - id: publish
            publish:
              endpoint: douyin-gateway
              template: douyin-video.mustache
        ---
        apiVersion: kos/v1
        kind: Workflow
        id: flagship-campaign
        description: Campaign posts go out on the brand's own accounts only.
        accounts: company-owned
        steps:
          - id: review
            approval:
              groups: [brand-compliance]
              required: any
        ---
        apiVersion: kos/v1
        kind: Calendar
        id: store-launch-week
        timezone: Asia/Shanghai
        slots:
          - cron: "0 20 * * *"
        embargoes:
          - id: far-launch
            products: [SKU-2099]
            until: "2099-01-01T10:00"
            reason: The launch is a long way off.
        """

    static let staff = """
        id,name,role,store,manager,groups,accounts
        zhang.wei,张伟,reviewer,SH-IFC,,store-managers;brand-compliance,
        li.na,李娜,creator,SH-IFC,zhang.wei,,xiaohongshu:lina.ifc (company); douyin:lina88 (employee)
        chen.jie,陈杰,creator,SH-IFC,zhang.wei,,douyin:chenjie.run (company)
        """

    static func post(_ title: String, workflow: String = "store-launch", platforms: String = "[xiaohongshu]", accounts: String = "[xiaohongshu:lina.ifc]") -> String {
        """
        ---
        title: \(title)
        platforms: \(platforms)
        products: [SKU-2099]
        workflow: \(workflow)
        accounts: \(accounts)
        ---
        新一季的跑鞋到店了，欢迎来试穿。

        """
    }

    func kos(_ api: APIFixture, _ who: String, _ args: [String]) async throws -> (code: Int32, out: String, err: String) {
        try await DecisionBindingTests.kos(api, who, args)
    }

    func imported(_ api: APIFixture) async throws {
        let file = api.dir.appendingPathComponent("staff.csv")
        try Self.staff.write(to: file, atomically: true, encoding: .utf8)
        let result = try await kos(api, "admin", ["people", "import", file.path])
        #expect(result.code == 0 && result.out.contains("updated 3"), "\(result)")
    }

    @Test(arguments: ["sqlite", "postgres"])
    func anImportIsPlannedFirstLocatedWhenWrongAndChangesNothingTheSecondTime(driver: String) async throws {
        let api = try await APIFixture(workflow: Self.workflows, driver: driver)
        let file = api.dir.appendingPathComponent("staff.csv")
        try Self.staff.write(to: file, atomically: true, encoding: .utf8)
        let dry = try await kos(api, "admin", ["people", "import", "--dry-run", file.path])
        #expect(dry.code == 0, "\(dry)")
        #expect(dry.out.contains("would add 0, would update 3"), "\(dry.out)")
        #expect(dry.out.contains("staff.csv:3: ~ li.na (name, manager, accounts)"), "\(dry.out)")
        #expect(dry.out.contains("nothing changed"))
        #expect(try await api.store.accounts().isEmpty, "a dry run changes nothing")
        let applied = try await kos(api, "admin", ["people", "import", file.path])
        #expect(applied.code == 0 && applied.out.contains("updated 3"), "\(applied)")
        let again = try await kos(api, "admin", ["people", "import", file.path])
        #expect(again.out.hasPrefix("added 0, updated 0, unchanged 3"), "\(again.out)")
        let list = try await kos(api, "admin", ["people"])
        #expect(list.out.contains("李娜") && list.out.contains("douyin:lina88 (employee); xiaohongshu:lina.ifc (company)"), "\(list.out)")
        let accounts = try await kos(api, "zhang.wei", ["people", "accounts"])
        #expect(accounts.out.contains("douyin:chenjie.run") && accounts.out.contains("chen.jie"), "\(accounts.out)")
        // An associate sees their own entry and accounts, and imports nothing.
        let own = try await api.send("li.na", "GET", "/v1/people", as: [API.PersonEntry].self)
        #expect(own.map(\.id) == ["li.na"])
        #expect(try await api.send("li.na", "GET", "/v1/accounts", as: [API.Account].self).map(\.id) == ["douyin:lina88", "xiaohongshu:lina.ifc"])
        #expect(try await api.call("li.na", "POST", "/v1/people/import", json: #"{"csv":"id,role\nx,admin"}"#).status == 403)
        #expect(try await api.call("li.na", "GET", "/v1/people/zhang.wei").status == 404, "nor anyone else's entry")

        // Every mistake, located; nothing imported.
        let bad = api.dir.appendingPathComponent("bad.csv")
        try """
            id,name,role,store,accounts
            wang.fang,王芳,creator,SH-IFC,xiaohongshu:fang (company)
            wang.fang,王芳,creator,SH-IFC,
            zhao.min,赵敏,intern,SH-IFC,
            sun.li,孙丽,creator,SH-IFC,tiktok:sunli (employee)
            qian.yu,钱雨,creator,SH-IFC,xiaohongshu:qy
            """.write(to: bad, atomically: true, encoding: .utf8)
        let refused = try await kos(api, "admin", ["people", "import", bad.path])
        #expect(refused.code == 1, "\(refused)")
        for line in ["bad.csv:3: error: duplicate id wang.fang (first on line 2)", "bad.csv:4: error: zhao.min: role 'intern' is not one of creator, reviewer, admin",
                     "bad.csv:5: error: sun.li: account 'tiktok:sunli': unknown platform 'tiktok'",
                     "bad.csv:6: error: qian.yu: account 'xiaohongshu:qy' must say whose it is", "4 mistakes; nothing was imported"] {
            #expect(refused.err.contains(line), "\(line)\n\(refused.err)")
        }
        #expect(try await api.store.person(id: "wang.fang") == nil)
        // A file saved in GBK by an older Excel: named as such, with the line.
        let gbk = api.dir.appendingPathComponent("gbk.csv")
        var bytes = Data("id,name,role\nli.na,".utf8)
        bytes.append(contentsOf: [0xC0, 0xEE, 0xC4, 0xC8])
        bytes.append(Data(",creator\n".utf8))
        try bytes.write(to: gbk)
        let notUTF8 = try await kos(api, "admin", ["people", "import", gbk.path])
        #expect(notUTF8.code == 1 && notUTF8.err.contains("gbk.csv:2: error: the file is not UTF-8"), "\(notUTF8)")
        // The API refuses the same on its own (a client that skipped the local check), as problem+json.
        let direct = try await api.call("admin", "POST", "/v1/people/import", json: #"{"csv":"id,role\nli.na,creator\nli.na,creator\n\"unclosed"}"#)
        #expect(direct.status == 422, "\(direct.status)")
        #expect(api.problem(direct)?.errors?.first?.line != nil)
        // A store the definitions do not list (Workflows/stores.yaml), and a manager nobody knows, are mistakes too.
        let typo = try await api.call("admin", "POST", "/v1/people/import", json: #"{"csv":"id,role,store\nzhou.ye,creator,SH-IFX"}"#)
        #expect(typo.status == 422 && api.problem(typo)?.errors?.first?.line == 2
                && api.problem(typo)?.errors?.first?.message.hasPrefix("zhou.ye: unknown store SH-IFX (the stores are BJ-SKP, CD-TKL, SH-IFC") == true,
                "\(String(decoding: typo.body, as: UTF8.self))")
        let orphan = try await api.call("admin", "POST", "/v1/people/import", json: #"{"csv":"id,role,manager\nzhou.xun,creator,nobody.here"}"#)
        #expect(orphan.status == 422 && String(decoding: orphan.body, as: UTF8.self).contains("manager nobody.here is neither in this file nor in the directory"))
    }

    @Test func aDraftGoesOutOnlyOnAccountsTheRegisterGivesItsAuthor() async throws {
        let api = try await APIFixture(workflow: Self.workflows)
        try await imported(api)
        func submit(_ who: String, _ content: String) async throws -> APIClient.Response {
            let body = String(decoding: try API.encoder().encode(API.Submission(workflow: nil, content: content)), as: UTF8.self)
            return try await api.call(who, "POST", "/v1/drafts", json: body)
        }
        #expect(try await submit("li.na", Self.post("新品到店")).status == 201)
        let refusals: [(String, String, String)] = [
            ("li.na", Self.post("别人的号", platforms: "[douyin]", accounts: "[douyin:chenjie.run]"), "account douyin:chenjie.run is operated by chen.jie, not by you"),
            ("li.na", Self.post("平台不符", accounts: "[douyin:lina88]"), "account douyin:lina88 is on douyin, which the draft's platforms do not name"),
            ("li.na", Self.post("没有账号", accounts: "[]"), "store-launch needs the account this goes out on for xiaohongshu"),
            ("li.na", Self.post("不存在", accounts: "[xiaohongshu:ghost]"), "account xiaohongshu:ghost is not in the register"),
            ("li.na", Self.post("个人号", workflow: "flagship-campaign", platforms: "[douyin]", accounts: "[douyin:lina88]"),
             "flagship-campaign publishes only on company-owned accounts; douyin:lina88 is your own"),
        ]
        for (who, content, message) in refusals {
            let response = try await submit(who, content)
            #expect(response.status == 422, "\(message): \(response.status)")
            let problem = api.problem(response)
            #expect(problem?.errors?.contains { $0.message.hasPrefix(message) && $0.line == 6 } == true, "\(message)\n\(String(decoding: response.body, as: UTF8.self))")
        }
        #expect(try await submit("chen.jie", Self.post("公司号", workflow: "flagship-campaign", platforms: "[douyin]", accounts: "[douyin:chenjie.run]")).status == 201)
    }

    @Test(arguments: ["sqlite", "postgres"])
    func aLeaversPostsAreHandedOverOrCancelledAndTheirAccessEndsOnce(driver: String) async throws {
        let api = try await APIFixture(workflow: Self.workflows, driver: driver)
        try await imported(api)
        // One post approved and waiting for its launch, one waiting for review, one on her own Douyin account.
        let scheduled = try await api.submit("li.na", file: "arco-autumn-styling.md") { _ in Self.post("已批准，等待发售") }
        _ = try await api.send("zhang.wei", "POST", "/v1/drafts/\(scheduled.id)/approve", body: API.DecisionRequest(revision: 1, contentHash: scheduled.contentHash),
                               as: API.Draft.self)
        try await api.worker.drain()
        #expect(try await api.draft(scheduled.id).state == DraftProgress.scheduled.rawValue)
        let pending = try await api.submit("li.na", file: "arco-autumn-styling.md") { _ in Self.post("等待审核") }
        let own = try await api.submit("li.na", file: "arco-autumn-styling.md") { _ in
            Self.post("个人号", platforms: "[douyin]", accounts: "[douyin:lina88]")
        }
        _ = try await api.send("zhang.wei", "POST", "/v1/drafts/\(own.id)/approve", body: API.DecisionRequest(revision: 1, contentHash: own.contentHash), as: API.Draft.self)
        try await api.worker.drain()

        #expect(try await kos(api, "admin", ["people", "offboard", "admin", "--handover", "zhang.wei"]).code != 0, "nobody offboards themselves")
        let unknown = try await kos(api, "admin", ["people", "offboard", "li.na", "--handover", "nobody.here"])
        #expect(unknown.code != 0 && unknown.err.contains("nobody.here: no such person"), "\(unknown)")
        #expect(try await api.call("zhang.wei", "POST", "/v1/people/li.na/offboard", json: #"{"successor":"chen.jie"}"#).status == 403)

        let left = try await kos(api, "admin", ["people", "offboard", "li.na", "--handover", "chen.jie"])
        #expect(left.code == 0, "\(left)")
        #expect(left.out.contains("1 post handed over to chen.jie (\(scheduled.id))"), "\(left.out)")
        #expect(left.out.contains("2 posts cancelled"), "\(left.out)")
        #expect(left.out.contains("company-owned accounts passed: xiaohongshu:lina.ifc; own accounts retired: douyin:lina88"), "\(left.out)")
        // Her token no longer works; the handed-over post is chen.jie's, still waiting for its launch.
        #expect(try await api.call("li.na", "GET", "/v1/drafts").status == 401)
        let handed = try await api.draft(scheduled.id)
        #expect(handed.creator == "chen.jie" && handed.state == DraftProgress.scheduled.rawValue)
        #expect(try await api.draft(pending.id).state == DraftProgress.withdrawn.rawValue)
        let detail = try await api.send("admin", "GET", "/v1/drafts/\(own.id)", as: API.DraftDetail.self)
        #expect(detail.draft.reason?.contains("on their own account douyin:lina88, which leaves with them") == true, "\(detail.draft)")
        #expect(try await api.send("chen.jie", "GET", "/v1/drafts", as: [API.Draft].self).map(\.id).contains(scheduled.id))
        #expect(try await api.store.accounts().first { $0.id == "xiaohongshu:lina.ifc" }?.operatorID == "chen.jie")
        // Once: the second time reports the same and changes nothing.
        let entries = try await api.store.auditEntries().count
        let again = try await kos(api, "admin", ["people", "offboard", "li.na", "--handover", "chen.jie"])
        #expect(again.code == 0 && again.out.contains("1 post handed over to chen.jie"), "\(again)")
        #expect(try await api.store.auditEntries().count == entries)
        let shown = try await kos(api, "admin", ["people", "show", "li.na"])
        #expect(shown.out.contains("left the program at") && shown.out.contains("successor chen.jie") && shown.out.contains("handover:"), "\(shown.out)")
        let audit = try await api.store.auditEntries()
        #expect(audit.contains { $0.action == AuditAction.runHandedOver.rawValue && $0.subject == scheduled.id && $0.details.hasPrefix("from li.na to chen.jie") })
        #expect(audit.contains { $0.action == AuditAction.personOffboarded.rawValue && $0.actor == "admin" })
    }

    @Test(arguments: ["sqlite", "postgres"])
    func aDelegateDecidesForAReviewerAwayButNeverTheirOwnPostAndTheDelegationEnds(driver: String) async throws {
        let api = try await APIFixture(workflow: Self.workflows, driver: driver)
        try await imported(api)
        let draft = try await api.submit("li.na", file: "arco-autumn-styling.md") { _ in Self.post("请审核") }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        let back = formatter.string(from: Date().addingTimeInterval(20 * 86_400))
        // wu.lei (legal, Beijing) decides nothing in store-launch on his own.
        #expect(try await api.send("wu.lei", "GET", "/v1/inbox", as: [API.Draft].self).isEmpty)
        #expect(try await kos(api, "li.na", ["people", "away", "zhang.wei", "--until", back, "--delegate", "wu.lei"]).code != 0,
                "only an admin or the reviewer says so")
        let creator = try await kos(api, "zhang.wei", ["people", "away", "zhang.wei", "--until", back, "--delegate", "chen.jie"])
        #expect(creator.code != 0 && creator.err.contains("an associate cannot decide approvals"), "\(creator)")
        let away = try await kos(api, "zhang.wei", ["people", "away", "zhang.wei", "--until", back, "--delegate", "wu.lei"])
        #expect(away.code == 0 && away.out.contains("zhang.wei is away until ") && away.out.contains("wu.lei decides on their behalf"), "\(away)")
        #expect(try await api.send("wu.lei", "GET", "/v1/inbox", as: [API.Draft].self).map(\.id) == [draft.id], "the delegate sees the queue")
        _ = try await api.send("wu.lei", "GET", "/v1/drafts/\(draft.id)", as: API.DraftDetail.self)
        _ = try await api.send("wu.lei", "POST", "/v1/drafts/\(draft.id)/approve", body: API.DecisionRequest(revision: 1, contentHash: draft.contentHash),
                               as: API.Draft.self)
        try await api.worker.drain()
        #expect(try await api.draft(draft.id).state == DraftProgress.scheduled.rawValue, "the delegate's approval counts")
        let entry = try #require(try await api.store.auditEntries().last { $0.action == AuditAction.approvalApproved.rawValue })
        #expect(entry.actor == "wu.lei" && entry.details.hasPrefix("wu.lei on behalf of zhang.wei (away)"), "\(entry)")

        // A delegate never decides their own post.
        let own = try await api.submit("wu.lei")
        let selfApproval = try await api.call("wu.lei", "POST", "/v1/drafts/\(own.id)/approve", json: APIFixture.decision(on: own))
        #expect(selfApproval.status == 403 && api.problem(selfApproval)?.type == "urn:kosflow:problem:self-approval", "\(selfApproval.status)")

        // Back: the delegation ends.
        let returned = try await kos(api, "zhang.wei", ["people", "away", "zhang.wei", "--back"])
        #expect(returned.code == 0 && returned.out.contains("zhang.wei is back"), "\(returned)")
        #expect(try await api.send("wu.lei", "GET", "/v1/inbox", as: [API.Draft].self).isEmpty)
        #expect(try await api.call("wu.lei", "GET", "/v1/drafts/\(own.id)").status == 200, "their own draft stays theirs")
        #expect(try await api.call("wu.lei", "GET", "/v1/drafts/\(draft.id)").status == 404, "the absent reviewer's drafts no longer")
        // Someone who has left delegates nothing: away again, then offboarded, zhang.wei's queue is nobody's through wu.lei.
        let second = try await api.submit("li.na", file: "arco-autumn-styling.md") { _ in Self.post("第二篇") }
        #expect(try await kos(api, "zhang.wei", ["people", "away", "zhang.wei", "--until", back, "--delegate", "wu.lei"]).code == 0)
        #expect(try await api.send("wu.lei", "GET", "/v1/inbox", as: [API.Draft].self).map(\.id) == [second.id])
        #expect(try await kos(api, "admin", ["people", "offboard", "zhang.wei", "--handover", "gao.min"]).code == 0)
        #expect(try await api.send("wu.lei", "GET", "/v1/inbox", as: [API.Draft].self).isEmpty, "a leaver's delegation ends with them")
        #expect(try await api.send("admin", "GET", "/v1/people/zhang.wei", as: API.PersonEntry.self).awayUntil == nil)
    }
}
