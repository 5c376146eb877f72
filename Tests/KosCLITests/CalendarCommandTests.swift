import Foundation
import KosCLI
import KosTesting
import Testing

/// `kos calendar`: slots from the definitions, an iCalendar file a calendar application reads (checked with
/// Python's `icalendar`), and a dry run that explains every slot.
@Suite struct CalendarCommandTests {
    static let parisCalendar = """
        apiVersion: kos/v1
        kind: Calendar
        id: paris-flagship
        timezone: Europe/Paris
        slots:
          - cron: "30 2 * * *"
        caps:
          - {per: creator, max: 2, window: 3d}
        blackouts:
          - {from: "2027-03-30T00:00", to: "2027-03-30T23:59", reason: "Défilé: the house speaks first"}
        embargoes:
          - {products: [SKU-SAC-24], until: "2027-03-29T10:00", reason: "global launch"}
        jitter:
          per_creator: 10m
        """

    static func folder(_ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-cal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try text.write(to: dir.appendingPathComponent("calendar.yaml"), atomically: true, encoding: .utf8)
        return dir.path
    }

    @Test func theExportIsReadByACalendarLibraryAsWritten() throws {
        let r = kos("calendar", "export", "boutique-prime-time", "--definitions", Repo.path("Workflows"), "--from", "2026-11-30", "--to", "2026-12-31")
        #expect(r.code == 0, "\(r.err)")
        let text = r.out + "\n"
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 }, "lines are folded at 75 octets")
        let peer = try Subprocess.run(Repo.path(".venv/bin/python"), [Repo.path("Tests/Support/ics_peer.py")], in: Repo.root, stdin: text)
        #expect(peer.status == 0, "\(peer.err)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(peer.out.utf8)) as? [String: Any])
        #expect(parsed["name"] as? String == "KOS slots: boutique-prime-time")
        let events = try #require(parsed["events"] as? [[String: Any]])
        let slots = events.filter { ($0["summary"] as? String)?.hasPrefix("KOS slot") == true }
        // Tuesdays and Fridays of December from the 1st (9), and the first Saturday (the 5th) on Xiaohongshu.
        #expect(slots.count == 10)
        #expect(slots.first?["start"] as? Int == 1_796_126_400, "Tue 1 Dec 20:00 in Shanghai is 12:00 UTC")
        #expect(slots.contains { ($0["summary"] as? String) == "KOS slot · boutique-prime-time · xiaohongshu" && $0["start"] as? Int == 1_796_439_600 })
        #expect(slots.filter { ($0["summary"] as? String)?.hasSuffix("(blackout)") == true }.count == 1, "Christmas Day is inside the blackout")
        let blackout = try #require(events.first { ($0["summary"] as? String)?.hasPrefix("Blackout") == true })
        #expect(blackout["description"] as? String == "Holiday windows are reserved for the house's own campaign.", "commas and apostrophes survive escaping")
        #expect(Set(events.compactMap { $0["uid"] as? String }).count == events.count)
    }

    @Test func theDryRunExplainsCapsBlackoutsAndTheClockChange() throws {
        let dir = try Self.folder(Self.parisCalendar)
        let r = kos("calendar", "simulate", "paris-flagship", "--definitions", dir, "--from", "2027-03-26", "--to", "2027-03-31T23:00",
                    "--creator", "camille@PARIS-8", "--creator", "louis@PARIS-8")
        #expect(r.code == 0, "\(r.err)")
        let lines = r.out.components(separatedBy: "\n")
        #expect(lines.first == "paris-flagship (Europe/Paris) from 2027-03-26T00:00 to 2027-03-31T23:00, for camille, louis")
        // 02:30 does not exist on the 28th: the slot is at 03:00, once, and says so.
        #expect(lines.contains("Sun 2027-03-28 03:00"))
        #expect(r.out.contains("clock: clocks go forward at 02:00") || r.out.contains("clocks go forward at 2027-03-28T02:00"), "\(r.out)")
        #expect(r.out.contains("camille: skipped: cap reached: camille already has 2 posts within 3d (at most 2 per creator)"))
        #expect(r.out.contains("camille: skipped: blackout: Défilé: the house speaks first"))
        #expect(lines.last?.hasPrefix("6 slots, ") == true, "\(lines.last ?? "")")
        let json = kos("calendar", "simulate", "paris-flagship", "--definitions", dir, "--from", "2027-03-26", "--to", "2027-03-31T23:00", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(rows.count == 6)
        let posts = rows.flatMap { ($0["posts"] as? [[String: Any]]) ?? [] }
        #expect(posts.filter { $0["goes_out"] != nil }.allSatisfy { ($0["goes_out_local"] as? String)?.contains("T0") == true })
    }

    @Test func theSlotsOfAPeriodWithoutAServer() throws {
        let r = kos("calendar", "launch-week", "--definitions", Repo.path("Workflows"), "--from", "2026-12-04", "--to", "2026-12-05T23:00", "--offline", "--format", "json")
        #expect(r.code == 0, "\(r.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let slots = try #require(object["slots"] as? [[String: Any]])
        #expect(slots.compactMap { $0["local"] as? String } == ["2026-12-04T10:00", "2026-12-04T18:00", "2026-12-05T10:00", "2026-12-05T18:00"])
        try #require(slots.count == 4)
        #expect(slots[2]["source"] as? String == "cron 0 10,18 * * *, extra", "the extra launch slot coincides with a cron slot")
    }

    @Test func mistakesAreNamedAndExitTwo() throws {
        let unknown = kos("calendar", "boutique-prime-tme", "--definitions", Repo.path("Workflows"), "--offline")
        #expect(unknown.code == 2)
        #expect(unknown.err == "no calendar 'boutique-prime-tme' (did you mean 'boutique-prime-time'?); defined: boutique-prime-time, launch-week")
        let badDate = kos("calendar", "export", "launch-week", "--definitions", Repo.path("Workflows"), "--from", "2026-02-30")
        #expect(badDate.code == 2)
        #expect(badDate.err.hasPrefix("--from 2026-02-30: not a date"))
        let backwards = kos("calendar", "export", "launch-week", "--definitions", Repo.path("Workflows"), "--from", "2026-12-05", "--to", "2026-12-01")
        #expect(backwards.code == 2 && backwards.err == "--to is before --from")
        let broken = try Self.folder("apiVersion: kos/v1\nkind: Calendar\nid: x\ntimezone: Mars/Olympus\nslots: [{cron: \"0 20 * * *\"}]\n")
        let invalid = kos("calendar", "x", "--definitions", broken, "--offline")
        #expect(invalid.code == 2)
        #expect(invalid.err.contains("calendar.yaml:4:11: error["), "\(invalid.err)")
    }
}

/// Every calendar command takes the same flags: `export --offline` is accepted (export never asks kosd).
@Suite struct CalendarFlagsTests {
    @Test func exportTakesOfflineToo() {
        let r = kos("calendar", "export", "launch-week", "--definitions", Repo.path("Workflows"), "--from", "2026-12-04", "--to", "2026-12-05T23:00", "--offline")
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.hasPrefix("BEGIN:VCALENDAR"))
    }
}
