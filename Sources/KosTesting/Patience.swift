import Foundation

/// How long a test waits for something that a loaded machine may be slow to do (a daemon to start, a step to
/// be taken, a process to end). Generous, since a wait ends as soon as its condition holds: only a test that is
/// going to fail pays for it. `KOS_TEST_PATIENCE` (seconds) changes it for a machine slower still.
public enum Patience {
    public static let seconds: Double = ProcessInfo.processInfo.environment["KOS_TEST_PATIENCE"].flatMap(Double.init) ?? 120

    /// The moment a wait that starts now gives up.
    public static var deadline: Date { Date().addingTimeInterval(seconds) }
}

extension Patience {
    /// Asks `condition` every `interval` until it holds or the patience runs out; whether it held.
    @discardableResult
    public static func until(every interval: Duration = .milliseconds(20), _ condition: () async throws -> Bool) async rethrows -> Bool {
        let end = deadline
        while Date() < end {
            if try await condition() { return true }
            try? await Task.sleep(for: interval)
        }
        return try await condition()
    }
}
