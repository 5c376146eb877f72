import Foundation
import KosCore
import KosRules
import KosStore

/// A check step reads the pictures of the revision it checks — the files stored when it was submitted — and runs
/// the same packs over the text in them; a picture already read (the same SHA-256, in an earlier revision or
/// another draft) is not read again by this worker. All of a draft's pictures together have the check budget;
/// one not read in time is a finding that says so.
extension Worker {
    func imageFindings(run: StoredRun, draft: Draft, codes: FindingLevel, lint: @escaping @Sendable (Draft) async throws -> [Finding]) async throws -> [Finding] {
        guard let reader = imageReader else { return [] }
        let images = draft.media.filter { ImageCheck.isRead($0.path) }
        guard !images.isEmpty else { return [] }
        let stored = try await store.revisionMedia(draftID: run.draftID, revision: run.revision)
        let deadline = Date().addingTimeInterval(checkBudget.inSeconds)
        var out: [Finding] = []
        for medium in images {
            guard let sha = stored[medium.path]?.sha256 else { continue }
            var reading = cacheLock.withLock { readings[sha] }
            if reading == nil {
                let left = deadline.timeIntervalSinceNow
                if left < 1 {
                    reading = ImageReading(problem: tr("the check's budget (\(Int(checkBudget.inSeconds)) s) ran out before it was read"))
                } else if let bytes = try await store.media(sha256: sha) {
                    var limited = reader
                    limited.budget = min(reader.budget, left)
                    let bounded = limited
                    // The readers block while they run: on a thread of their own, not one the other steps need.
                    let fresh = await withCheckedContinuation { continuation in
                        Thread { continuation.resume(returning: bounded.read(bytes, video: ImageCheck.isVideo(medium.path))) }.start()
                    }
                    if fresh.problem == nil {
                        cacheLock.withLock {
                            if readings.count >= 1_024 { readings.removeAll(keepingCapacity: true) }
                            readings[sha] = fresh
                        }
                    }
                    reading = fresh
                }
            }
            guard let reading else { continue }
            var found: [Finding] = []
            if let text = ImageCheck.text(of: reading) { found = try await lint(text) }
            out += ImageCheck.findings(path: medium.path, reading: reading, codes: codes, found: found)
        }
        return out
    }
}
