import Foundation
import KosCore
import Testing

@testable import KosCLI

/// `GET /v1/bookings` over a real socket: a booked prime-time slot, seen by its associate and the reviewers,
/// not by another associate; bad bounds are a 400 problem.
@Suite struct BookingsAPITests {
    @Test func anApprovedStylingNoteIsBookedAndEachRoleSeesWhatIsTheirs() async throws {
        let api = try await APIFixture()
        let note = try await api.submit("li.na", file: "arco-autumn-styling.md") { content in
            APIFixture.withoutMedia(content)
        }
        #expect(note.state == "awaiting-approval", "\(note)")
        for reviewer in ["zhang.wei", "gao.min"] {
            _ = try await api.send(reviewer, "POST", "/v1/drafts/\(note.id)/approve", body: API.DecisionRequest(revision: note.revision, contentHash: note.contentHash), as: API.Draft.self)
            try await api.worker.drain()
        }
        #expect(try await api.draft(note.id).state == "scheduled")

        let mine = try await api.send("li.na", "GET", "/v1/bookings", as: [API.Booking].self)
        let booking = try #require(mine.count == 1 ? mine.first : nil)
        #expect(booking.draft == note.id && booking.calendar == "boutique-prime-time" && booking.state == "booked")
        #expect(booking.note?.hasPrefix("booked into the slot of ") == true && booking.note?.contains("(Asia/Shanghai)") == true)
        let slot = try #require(API.millis(booking.slotAt)), fire = try #require(API.millis(booking.fireAt))
        #expect(fire >= slot && fire - slot <= 600_000, "per-creator jitter of at most 10 minutes, never before the slot")
        // Tuesday or Friday 20:00 in Shanghai (12:00 UTC), or the first Saturday's 11:00 (03:00 UTC).
        #expect(booking.slotAt.contains("T12:00:00.000Z") || booking.slotAt.contains("T03:00:00.000Z"), "\(booking.slotAt)")

        #expect(try await api.send("chen.jie", "GET", "/v1/bookings", as: [API.Booking].self).isEmpty, "another associate's bookings are theirs")
        let prying = try await api.call("chen.jie", "GET", "/v1/bookings?creator=li.na")
        #expect(prying.status == 403 && api.problem(prying)?.type == "urn:kosflow:problem:forbidden")
        #expect(try await api.send("zhang.wei", "GET", "/v1/bookings?calendar=boutique-prime-time&creator=li.na", as: [API.Booking].self).count == 1)
        #expect(try await api.send("admin", "GET", "/v1/bookings?calendar=launch-week", as: [API.Booking].self).isEmpty)
        let window = "from=\(booking.slotAt)&to=\(booking.slotAt)"
        #expect(try await api.send("admin", "GET", "/v1/bookings?\(window)", as: [API.Booking].self).count == 1)

        let bad = try await api.call("admin", "GET", "/v1/bookings?from=yesterday")
        #expect(bad.status == 400 && api.problem(bad)?.detail?.contains("'from' is not an RFC 3339 time") == true)
        let backwards = try await api.call("admin", "GET", "/v1/bookings?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z")
        #expect(backwards.status == 400)
        #expect(try await api.call(nil, "GET", "/v1/bookings").status == 401)
    }
}
