import Foundation
import KosCore
import KosStore
import KosTesting
import Testing

/// Campaign kits against a real kosd, reloaded with SIGHUP as a compliance team publishes: a post made from a kit
/// takes the fast lane (approved at once); one that changed the kit's locked text, or names a version never
/// published, takes the full review; a new version of the kit leaves posts made from the old one on the fast lane;
/// withdrawing the kit holds the posts already scheduled from it, and a kit's season ending holds the posts due
/// after it, each author told through the kit's `notify` endpoint and nothing sent to the gateway.
@Suite(.serialized) struct KitDaemonTests {
    static func program(_ receiver: WebhookReceiver) -> String {
        """
        apiVersion: kos/v1
        kind: Endpoint
        id: gateway
        url: \(receiver.url("/ok/gateway"))
        secret: env:KOS_GATEWAY_SECRET
        allow_private_network: true
        ---
        apiVersion: kos/v1
        kind: Endpoint
        id: store-group
        description: The Shanghai stores' WeCom group bot, through the brand's gateway.
        url: \(receiver.url("/ok/wecom"))
        secret: env:KOS_GATEWAY_SECRET
        allow_private_network: true
        ---
        apiVersion: kos/v1
        kind: Workflow
        id: kit-notes
        calendar: kit-slots
        steps:
          - id: guidelines
            check: {packs: [prc-advertising-law], block_on: error}
          - id: store-manager
            approval: {groups: [store-managers], auto_approve: 'draft.from_kit'}
          - id: slot
            wait: {slot: true}
          - id: publish
            publish: {endpoint: gateway, template: note.mustache}
        ---
        apiVersion: kos/v1
        kind: Calendar
        id: kit-slots
        timezone: Asia/Shanghai
        slots:
          - cron: "* * * * * *"
        catch_up: 1h
        """
    }

    /// The library: the Arco kit at `version` (withdrawn or not), and a holiday kit whose season ends at `closes`.
    static func kits(arco version: Int, withdrawn: Bool = false, holidayCloses closes: String) -> String {
        """
        apiVersion: kos/v1
        kind: Kit
        id: arco-evergreen
        version: \(version)
        workflow: kit-notes
        platforms: [xiaohongshu]
        notify: store-group
        withdrawn: \(withdrawn)
        title: "{{opening}}｜Arco 33"
        body: |
          #广告 {{greeting}}

          \(version == 1 ? "这一季的 Arco 33 用编织小羊皮。" : "这一季的 Arco 33 用编织小羊皮，手感柔软。")
        slots:
          - {name: opening, max_chars: 12}
          - {name: greeting, max_chars: 30}
        ---
        apiVersion: kos/v1
        kind: Kit
        id: holiday-gift
        version: 1
        workflow: kit-notes
        platforms: [xiaohongshu]
        notify: store-group
        valid_until: "\(closes)"
        title: 节日礼盒
        body: |
          #广告 {{greeting}}

          节日礼盒到店了。
        slots:
          - {name: greeting, max_chars: 30}
        """
    }

    static func draft(kit: String, title: String, body: String, slot: String) -> String {
        "---\ntitle: \(title)\nplatforms: [xiaohongshu]\nworkflow: kit-notes\nkit: \(kit)\nslot: \"\(slot)\"\n---\n\(body)\n"
    }

    static let arcoV1 = "#广告 王小姐，上次说的颜色到了\n\n这一季的 Arco 33 用编织小羊皮。"

    /// `seconds` from the store's now, on Shanghai's clock (the calendar's and the kits').
    static func local(_ store: any Store, plus seconds: Int64) async throws -> String {
        let at = Date(timeIntervalSince1970: Double(try await store.now()) / 1000 + Double(seconds))
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "Asia/Shanghai")
        f.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        return f.string(from: at)
    }

    @Test(arguments: ["sqlite", "postgres"])
    func theFastLaneKitVersionsWithdrawalAndSeasonEndOnARealKosd(driver: String) async throws {
        try await Exclusive.run {
            let people = [Person(id: "li.na", role: .creator, store: "SH-IFC"), Person(id: "zhang.wei", role: .reviewer, groups: ["store-managers"], store: "SH-IFC")]
            let daemon = try await DaemonScratch(try await EngineFixtures.scratch("kos-kits", people: people, definitions: Self.program), driver: driver, people: people)
            let scratch = daemon.scratch, store = daemon.store, dir = scratch.dir, socket = daemon.socket
            let kitsFile = dir.appendingPathComponent("Workflows/kits.yaml")
            // The holiday kit's season ends 20 s from now; its post asks for a slot 3 s after that.
            let closes = try await Self.local(store, plus: 20)
            try Self.kits(arco: 1, holidayCloses: closes).write(to: kitsFile, atomically: true, encoding: .utf8)
            let token = try await store.createToken(personID: "li.na", expiresAt: nil, actor: "admin")

            let kosd = daemon.kosd()
            try kosd.run()
            defer { CrashTests.stop(kosd) }
            await Patience.until { FileManager.default.fileExists(atPath: socket) }

            func submit(_ name: String, _ content: String) async throws -> String {
                let file = dir.appendingPathComponent("\(name).md")
                try content.write(to: file, atomically: true, encoding: .utf8)
                let out = try await Subprocess.runDetached(DeliveryReplayTests.kos, ["submit", file.path, "--no-lint", "--format", "json", "--server", "unix:\(socket)", "--token", token],
                                                           in: EngineFixtures.root)
                #expect(out.status == 0, "\(name): \(out.err)")
                let json = try #require(try JSONSerialization.jsonObject(with: Data(out.out.utf8)) as? [String: Any])
                return try #require((json["draft"] as? [String: Any])?["id"] as? String)
            }
            func state(_ id: String) async throws -> (status: RunStatus?, step: String?, reason: String?) {
                let summary = try await store.draftSummary(id: id)
                return (summary?.run?.status, summary?.openStep?.id, summary?.run?.reason)
            }
            /// Waits until the draft's run waits at `step` (or ends), and says where it is.
            func settles(_ id: String, at step: String) async throws -> (status: RunStatus?, step: String?, reason: String?) {
                try await Patience.until { let s = try await state(id); return s.status != .running || s.step == step }
                return try await state(id)
            }
            func reload(_ text: String) async throws {
                let before = try await store.currentDefinitionsVersion()
                try text.write(to: kitsFile, atomically: true, encoding: .utf8)
                kill(kosd.processIdentifier, SIGHUP)
                try await Patience.until { try await store.currentDefinitionsVersion() != before }
            }
            func delivered(_ path: String) -> [[String: Any]] {
                scratch.receiver.seen.filter { $0["path"] as? String == path }
            }
            func bodies(_ path: String) -> [[String: Any]] {
                delivered(path).compactMap { ($0["body"] as? String).flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] } }
            }

            // Made from the kit, only its slots filled: approved at once and scheduled.
            let kept = try await submit("kept", Self.draft(kit: "arco-evergreen@1", title: "周末好｜Arco 33", body: Self.arcoV1, slot: try await Self.local(store, plus: 4)))
            // Its locked text changed: the full review, told what differs.
            let changed = try await submit("changed", Self.draft(kit: "arco-evergreen@1", title: "周末好｜Arco 33",
                                                                  body: Self.arcoV1.replacingOccurrences(of: "编织小羊皮", with: "进口小羊皮"), slot: try await Self.local(store, plus: 4)))
            let holiday = try await submit("holiday", Self.draft(kit: "holiday-gift@1", title: "节日礼盒", body: "#广告 王小姐，礼盒为你留好了\n\n节日礼盒到店了。",
                                                                  slot: try await Self.local(store, plus: 23)))
            #expect(try await settles(holiday, at: "slot").step == "slot", "made from the holiday kit in its season: the fast lane")
            #expect(try await settles(changed, at: "store-manager").step == "store-manager", "a changed locked part takes the full review")
            let checked = try await store.completions(runID: try #require(try await store.draftSummary(id: changed)?.run?.id), stepIndex: 0).last?.result?
                .replacingOccurrences(of: "\\/", with: "/") ?? ""
            #expect(checked.contains("kit/mismatch") && checked.contains("the locked text"), "\(checked)")

            // A new version is published: a post made from the old one still takes the fast lane, and the one
            // scheduled already goes out.
            try await reload(Self.kits(arco: 2, holidayCloses: closes))
            let fromV1 = try await submit("from-v1", Self.draft(kit: "arco-evergreen@1", title: "周末好｜Arco 33", body: Self.arcoV1, slot: try await Self.local(store, plus: 15)))
            let never = try await submit("never", Self.draft(kit: "arco-evergreen@7", title: "周末好｜Arco 33", body: Self.arcoV1, slot: try await Self.local(store, plus: 15)))
            #expect(try await settles(fromV1, at: "slot").step == "slot", "made from the version before: still the fast lane")
            #expect(try await settles(never, at: "store-manager").step == "store-manager", "a version never published takes the full review")
            try await Patience.until { try await state(kept).status == .completed }
            #expect(try await state(kept).status == .completed)
            let keptRun = try #require(try await store.draftSummary(id: kept)?.run?.id)
            #expect(bodies("/ok/gateway").contains { $0["run"] as? String == keptRun && $0["creator"] as? String == "li.na" })

            // Withdrawn, every version: the post scheduled from version 1 is held when its slot comes.
            try await reload(Self.kits(arco: 2, withdrawn: true, holidayCloses: closes))
            let held = try await settles(fromV1, at: "-")
            #expect(held.status == .blocked && held.reason?.contains("the campaign kit arco-evergreen@1 it was made from was withdrawn") == true, "\(held)")
            // Past the holiday kit's season when its slot comes: held too.
            let late = try await settles(holiday, at: "-")
            #expect(late.status == .blocked && late.reason?.contains("its season is over") == true, "\(late)")

            // Nothing of theirs reached the gateway; each author was told, signed, through the kit's endpoint.
            let sent = Set(bodies("/ok/gateway").compactMap { $0["run"] as? String })
            for id in [fromV1, holiday] {
                let run = try #require(try await store.draftSummary(id: id)?.run?.id)
                #expect(!sent.contains(run), "\(id) went out")
            }
            try await Patience.until { bodies("/ok/wecom").count >= 2 }
            let told = bodies("/ok/wecom")
            #expect(Set(told.compactMap { $0["draft"] as? String }) == [fromV1, holiday], "\(told)")
            #expect(told.allSatisfy { $0["type"] as? String == "kit.held" && $0["creator"] as? String == "li.na" })
            #expect(delivered("/ok/wecom").allSatisfy { $0["verified"] as? Bool == true })
            #expect(try await store.verifyAudit() == nil)
        }
    }
}
