import Synchronization
import Testing

@testable import KosDefinitions

/// Counts the instances let go of.
private final class Tracked: Sendable {
    static let released = Mutex(0)
    let value: Int
    init(_ value: Int) { self.value = value }
    deinit { Tracked.released.withLock { $0 += 1 } }
}

@Suite(.serialized) struct ParallelMapTests {
    /// The results keep the callers' order, and once the caller lets go of them nothing else holds them: the
    /// definition loader parses every file through this map, and a result held by the map's own buffer kept
    /// every parsed tree of every load alive in each kosd process.
    @Test func resultsAreInOrderAndNothingIsKeptAfterwards() {
        let before = Tracked.released.withLock { $0 }
        do {
            let out = ParallelMap.map(Array(0..<500)) { Tracked($0 * 2) }
            #expect(out.map(\.value) == Array(0..<500).map { $0 * 2 })
        }
        #expect(Tracked.released.withLock { $0 } - before == 500)
    }

    @Test func oneItemAndNone() {
        let before = Tracked.released.withLock { $0 }
        do {
            #expect(ParallelMap.map([7]) { Tracked($0) }.map(\.value) == [7])
            #expect(ParallelMap.map([Int]()) { Tracked($0) }.isEmpty)
        }
        #expect(Tracked.released.withLock { $0 } - before == 1)
    }
}
