import Foundation
import KosCore
import KosStore
import KosTesting
import Testing

@testable import KosEngine

/// What the daemon does with a suppressed finding: it does not block, and the audit log keeps who said why.
@Suite struct GovernanceWorkerTests {
    @Test func aSuppressedFindingPassesTheCheckAndIsAudited() async throws {
        let s = try await WorkerTests.setUp()
        let draft = WorkerTests.cleanDraft + "\n<!-- kos-allow prc-advertising-law/absolute-terms: 店名里的“顶级”是注册商标 -->\n顶级皮具护理店就在隔壁。\n"
        let (runID, _) = try await WorkerTests.submit(s, draft)
        try await s.worker.drain()
        #expect(try await s.store.run(id: runID)?.status == "running", "waits for the store manager: the suppressed claim did not block")
        let audit = try await s.store.auditEntries()
        let note = try #require(audit.first { $0.action == "finding.suppressed" })
        #expect(note.details.contains("prc-advertising-law/absolute-terms") && note.details.contains("注册商标"))
        // Without a reason the suppression is itself a blocking finding.
        let (blocked, _) = try await WorkerTests.submit(s, WorkerTests.cleanDraft + "\n<!-- kos-allow prc-advertising-law/absolute-terms -->\n顶级皮具护理店。\n")
        try await s.worker.drain()
        #expect(try await s.store.run(id: blocked)?.status == "blocked")
    }
}
