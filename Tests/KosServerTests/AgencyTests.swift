import Foundation
import KosCore
import KosStore
import Testing

@testable import KosCLI

/// Agencies (MCNs) and their KOL and KOC creators: they submit through the brand's workflows with their
/// collaboration, an agency sees nothing of another's or of the brand's internal drafts, and no route lets any kind
/// of caller past what it may do: every API route, every kind of caller, one table.
@Suite struct AgencyTests {
    /// Two agencies' people beside the fixture's brand staff (Workflows/agencies.yaml defines the agencies).
    static let staff = """
        id,name,role,agency,tier
        kol.a,林晓,creator,xingyao-mcn,kol
        am.a,星耀客户经理,reviewer,xingyao-mcn,
        koc.b,阿杰,creator,chaoliu-media,koc
        """

    static func launch(cooperation: String?) throws -> String {
        let content = try String(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/velocity-launch-preview.md"), encoding: .utf8)
        guard let cooperation else { return content }
        return content.replacingOccurrences(of: "workflow: sportswear-launch", with: "workflow: sportswear-launch\ncooperation: \(cooperation)")
    }

    func setUp(driver: String = "sqlite") async throws -> (api: APIFixture, brand: String, a: String, b: String) {
        let api = try await APIFixture(driver: driver)
        _ = try await api.send("admin", "POST", "/v1/people/import", body: API.DirectoryImport(csv: Self.staff, dryRun: false), as: API.DirectoryImported.self)
        for id in ["kol.a", "am.a", "koc.b"] { api.tokens[id] = try await api.store.createToken(personID: id, expiresAt: nil, actor: "test") }
        let brand = try await api.submit("li.na")
        let a = try await api.submit("kol.a") { _ in try! Self.launch(cooperation: "{model: pay-per-sale, order: XT-2026-0001}") }
        let b = try await api.submit("koc.b") { _ in try! Self.launch(cooperation: "{model: pay-per-click, order: XT-2026-0002}") }
        return (api, brand.id, a.id, b.id)
    }

    @Test func anAgencysCreatorSubmitsWithHisCollaborationAndThePlatformsOrder() async throws {
        let (api, _, a, _) = try await setUp()
        func submit(_ who: String, _ content: String) async throws -> APIClient.Response {
            try await api.call(who, "POST", "/v1/drafts", json: String(decoding: try API.encoder().encode(API.Submission(workflow: nil, content: content)), as: UTF8.self))
        }
        let refusals = [
            (try Self.launch(cooperation: nil), "an agency creator's post names its collaboration"),
            (try Self.launch(cooperation: "{model: pay-per-sale}"), "sportswear-launch needs the platform's commercial-cooperation order (蒲公英 for Xiaohongshu, 星图 for Douyin)"),
            (try Self.launch(cooperation: "{model: product-seeding, order: XT-1}"), "潮流传媒 works with the brand under pay-per-sale, pay-per-click, not product-seeding"),
        ]
        for (content, message) in refusals {
            let response = try await submit("koc.b", content)
            #expect(response.status == 422, "\(message)")
            #expect(api.problem(response)?.errors?.contains { $0.message.hasPrefix(message) && $0.code == "KOS-COOPERATION" } == true,
                    "\(message)\n\(String(decoding: response.body, as: UTF8.self))")
        }
        let unknownModel = try await submit("koc.b", try Self.launch(cooperation: "{model: barter}"))
        #expect(unknownModel.status == 422, "a model that is not one of the four is a located front-matter error")
        #expect(try await submit("li.na", try Self.launch(cooperation: nil)).status == 201, "the brand's own associates post without one")
        // The agency's account manager sees the creator's draft; the brand's compliance reviewer decides it.
        #expect(try await api.draft(a, as: "am.a").creator == "kol.a")
        let manager = try await api.call("am.a", "POST", "/v1/drafts/\(a)/approve", json: APIFixture.decision(on: try await api.draft(a)))
        #expect(manager.status == 403 && String(decoding: manager.body, as: UTF8.self).contains("an agency's people do not"))
        _ = try await api.send("zhang.wei", "POST", "/v1/drafts/\(a)/approve", body: API.DecisionRequest(revision: 1, contentHash: try await api.draft(a).contentHash),
                               as: API.Draft.self)
        // Who is who: the import refuses an agency admin, a tier without an agency, an agency nobody defined.
        let bad = try await api.call("admin", "POST", "/v1/people/import", json: String(decoding: try API.encoder().encode(API.DirectoryImport(csv: """
            id,role,agency,tier
            boss.x,admin,xingyao-mcn,
            solo,creator,,kol
            """, dryRun: true)), as: UTF8.self))
        let messages = api.problem(bad)?.errors?.map(\.message) ?? []
        #expect(messages.contains("boss.x: an agency's people are creators or reviewers (its account managers), never admins"), "\(messages)")
        #expect(messages.contains("solo: a tier is for an agency's creators"), "\(messages)")
        // A leaver's posts and accounts stay within the organisation: an agency creator does not take over the brand's.
        let across = try await api.call("admin", "POST", "/v1/people/li.na/offboard", json: #"{"successor":"kol.a"}"#)
        #expect(across.status == 400 && String(decoding: across.body, as: UTF8.self).contains("posts and accounts stay within one"))
        let unknown = try await api.call("admin", "POST", "/v1/people/import", json: #"{"csv":"id,role,agency,tier\nz,creator,ghost-mcn,koc"}"#)
        #expect(api.problem(unknown)?.errors?.first?.message.hasPrefix("z: unknown agency ghost-mcn (the agencies are chaoliu-media, xingyao-mcn)") == true)
    }

    /// Every route of the API for every kind of caller: no token, the brand's associate, reviewer and admin, an
    /// agency's creator and account manager, another agency's creator. Bodies are chosen so that a caller who is
    /// let through is stopped by the body (400, 404, 409, 422) and changes nothing.
    @Test(arguments: ["sqlite", "postgres"])
    func everyRouteForEveryKindOfCaller(driver: String) async throws {
        let (api, brand, a, b) = try await setUp(driver: driver)
        let callers = ["none", "li.na", "zhang.wei", "admin", "kol.a", "am.a", "koc.b"]
        // Who may see each draft: its author, an account manager of its agency, the brand's routed reviewers, admins.
        let sees: [String: Set<String>] = [brand: ["li.na", "zhang.wei", "admin"], a: ["kol.a", "am.a", "zhang.wei", "admin"], b: ["koc.b", "zhang.wei", "admin"]]
        let author = [brand: "li.na", a: "kol.a", b: "koc.b"]
        let brandReviewers: Set<String> = ["zhang.wei", "admin"]
        func everyone(_ status: Int) -> (String) -> Int { { _ in status } }
        func only(_ who: Set<String>, _ allowed: Int, else other: Int = 403) -> (String) -> Int { { who.contains($0) ? allowed : other } }
        let invalid = #"{"content":"---\ntitle: [unclosed\n---\n"}"#
        typealias Row = (method: String, route: String, path: String, body: String?, expect: (String) -> Int)
        var rows: [Row] = [
            ("GET", "/me", "/v1/me", nil, everyone(200)),
            ("POST", "/console/links", "/v1/console/links", "{}", everyone(200)),
            ("POST", "/drafts", "/v1/drafts", invalid, everyone(422)),
            ("GET", "/drafts", "/v1/drafts", nil, everyone(200)),
            ("GET", "/inbox", "/v1/inbox", nil, only(brandReviewers, 200)),
            ("GET", "/report", "/v1/report", nil, only(brandReviewers, 200)),
            ("GET", "/bookings", "/v1/bookings", nil, everyone(200)),
            ("GET", "/deliveries", "/v1/deliveries", nil, only(brandReviewers, 200)),
            ("GET", "/deliveries/:id", "/v1/deliveries/msg_nothing", nil, only(brandReviewers, 404)),
            ("POST", "/deliveries/:id/replay", "/v1/deliveries/msg_nothing/replay", "{}", only(["admin"], 404)),
            ("GET", "/endpoints", "/v1/endpoints", nil, only(brandReviewers, 200)),
            ("POST", "/endpoints/:id/enable", "/v1/endpoints/nothing/enable", "{}", only(["admin"], 404)),
            ("GET", "/people", "/v1/people", nil, everyone(200)),
            ("POST", "/people/import", "/v1/people/import", #"{"csv":"id,role\nx,intern"}"#, only(["admin"], 422)),
            ("GET", "/people/:id", "/v1/people/li.na", nil, only(["li.na", "admin"], 200, else: 404)),
            ("POST", "/people/:id/offboard", "/v1/people/li.na/offboard", #"{"successor":"nobody.here"}"#, only(["admin"], 400)),
            ("POST", "/people/:id/away", "/v1/people/zhang.wei/away", "{}", only(["zhang.wei", "admin"], 200)),
            ("GET", "/accounts", "/v1/accounts", nil, everyone(200)),
            ("GET", "/library", "/v1/library", nil, everyone(200)),
            ("GET", "/audit", "/v1/audit", nil, only(["admin"], 200)),
            ("GET", "/audit/verify", "/v1/audit/verify", nil, only(["admin"], 200)),
            ("GET", "/media/:sha256", "/v1/media/\(String(repeating: "a", count: 64))?expires=9999999999&sig=\(String(repeating: "b", count: 64))", nil, everyone(403)),
        ]
        for draft in [brand, a, b] {
            let visible = sees[draft]!, owner = author[draft]!
            func onDraft(_ allowed: Int, _ who: Set<String>) -> (String) -> Int { { !visible.contains($0) ? 404 : who.contains($0) ? allowed : 403 } }
            rows += [
                ("GET", "/drafts/:id", "/v1/drafts/\(draft)", nil, onDraft(200, visible)),
                ("POST", "/drafts/:id/revisions", "/v1/drafts/\(draft)/revisions", invalid, onDraft(422, [owner])),
                ("POST", "/drafts/:id/suggestion/accept", "/v1/drafts/\(draft)/suggestion/accept", #"{"revision":1}"#, onDraft(409, [owner])),
                ("POST", "/drafts/:id/approve", "/v1/drafts/\(draft)/approve", "{}", onDraft(400, brandReviewers)),
                ("POST", "/drafts/:id/reject", "/v1/drafts/\(draft)/reject", #"{"reason":"写清发售时间"}"#, onDraft(400, brandReviewers)),
            ]
        }
        // Withdrawing, last: the first caller let through withdraws the draft (200), the next finds it withdrawn (409).
        for draft in [brand, a, b] {
            let visible = sees[draft]!, allowed: Set<String> = [author[draft]!, "admin"]
            rows.append(("POST", "/drafts/:id/withdraw", "/v1/drafts/\(draft)/withdraw", #"{"reason":"活动取消"}"#,
                         { !visible.contains($0) ? 404 : allowed.contains($0) ? 200 : 403 }))
        }
        // Every route kosd serves under /v1 is in the table: a new route without a row fails here.
        let source = try String(contentsOf: APIFixture.root.appendingPathComponent("Sources/KosServer/HTTPServer.swift"), encoding: .utf8)
        var served = Set<String>()
        for match in source.matches(of: /router\.(get|post)\("\\\(p\)([^"]+)"/) {
            let method = match.1.uppercased(), route = String(match.2)
            if route.contains("\\(verb)") {
                for verb in ["approve", "reject"] { served.insert("\(method) \(route.replacingOccurrences(of: "\\(verb)", with: verb))") }
            } else {
                served.insert("\(method) \(route)")
            }
        }
        let covered = Set(rows.map { "\($0.method) \($0.route)" })
        #expect(served.count > 25 && served.subtracting(covered).isEmpty, "routes without a row: \(served.subtracting(covered).sorted())")
        #expect(covered.subtracting(served).isEmpty, "rows for routes kosd does not serve: \(covered.subtracting(served).sorted())")

        var wrong: [String] = []
        for row in rows {
            for caller in callers {
                let response = try await api.call(caller == "none" ? nil : caller, row.method, row.path, json: row.body)
                let expected = caller == "none" && row.route != "/media/:sha256" ? 401 : row.expect(caller)
                let withdrawnAlready = row.route == "/drafts/:id/withdraw" && expected == 200 && response.status == 409
                if response.status != expected, !withdrawnAlready {
                    wrong.append("\(row.method) \(row.path) as \(caller): \(response.status), expected \(expected) — \(String(decoding: response.body.prefix(160), as: UTF8.self))")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) answers differ:\n\(wrong.joined(separator: "\n"))")

        // What each lists: an agency's people see their agency's drafts, people and accounts, nothing else.
        func listed(_ who: String) async throws -> Set<String> { Set(try await api.send(who, "GET", "/v1/drafts", as: [API.Draft].self).map(\.id)) }
        #expect(try await listed("kol.a") == [a], "withdrawn drafts are still listed to who may see them")
        #expect(try await listed("am.a") == [a])
        #expect(try await listed("koc.b") == [b])
        #expect(try await listed("li.na") == [brand])
        #expect(try await listed("admin").isSuperset(of: [brand, a, b]))
        #expect(Set(try await api.send("am.a", "GET", "/v1/people", as: [API.PersonEntry].self).map(\.id)) == ["kol.a", "am.a"])
        #expect(Set(try await api.send("koc.b", "GET", "/v1/people", as: [API.PersonEntry].self).map(\.id)) == ["koc.b"])
        // The console, signed in as an agency's account manager: their agency's drafts, no inbox of the brand's.
        let page = try await api.send("am.a", "POST", "/v1/console/links", body: [String: String](), as: API.ConsoleLink.self)
        #expect(page.url.contains("/console/sign-in/"))
    }
}
