import Foundation
import KosServer
import Testing

@Suite struct RateLimiterTests {
    /// Many requests with one token at once, from many threads: the limiter never traps (a clock read outside
    /// its lock once ran backwards against a newer bucket) and lets through no more than the rate allows.
    @Test func concurrentRequestsOnOneTokenAreCountedNotCrashed() async throws {
        let limiter = RateLimiter(rate: .init(requests: 100, perSeconds: 1, burst: 50))
        let started = Date()
        let allowed = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var n = 0
                    for _ in 0..<20_000 where limiter.take("token") == nil { n += 1 }
                    return n
                }
            }
            return await group.reduce(0, +)
        }
        let seconds = Date().timeIntervalSince(started)
        #expect(allowed >= 50, "the burst is allowed")
        #expect(Double(allowed) <= 50 + 100 * seconds + 1, "\(allowed) allowed in \(seconds) s")
    }
}
