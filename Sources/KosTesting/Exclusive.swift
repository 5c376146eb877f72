/// Runs the heaviest process tests one at a time, whatever suite they are in: three kosd hosts over PostgreSQL
/// next to a test that times a one-second catch-up window would make the second one fail for want of a core.
public actor Exclusive {
    public static let shared = Exclusive()
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    public static func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await shared.acquire()
        do {
            let value = try await body()
            await shared.release()
            return value
        } catch {
            await shared.release()
            throw error
        }
    }

    private func acquire() async {
        if !busy {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}
