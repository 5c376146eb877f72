import Foundation

/// A child process started from a thread that lives as long as the test process. A daemon started with
/// `--die-with-parent` is killed when the *thread* that started it ends (that is how PR_SET_PDEATHSIG works),
/// and the threads that run Swift's tasks come and go: started from one of them, a kosd could be killed in the
/// middle of a test that waits a minute for a browser. Started from here, it goes only when the tests go.
public final class PinnedProcess: Process, @unchecked Sendable {
    public override func run() throws {
        try Spawner.shared.perform { try super.run() }
    }
}

/// One thread that never ends, running what it is given, one thing at a time.
final class Spawner: @unchecked Sendable {
    static let shared = Spawner()

    private let lock = NSLock()
    private var jobs: [() -> Void] = []
    private let ready = DispatchSemaphore(value: 0)

    private init() {
        let thread = Thread { [unowned self] in
            while true {
                ready.wait()
                lock.lock()
                let job = jobs.isEmpty ? nil : jobs.removeFirst()
                lock.unlock()
                job?()
            }
        }
        thread.name = "kos-test-spawner"
        thread.start()
    }

    /// Runs `body` on the spawner's thread and waits for it.
    func perform(_ body: @escaping () throws -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var failure: (any Error)?
        lock.lock()
        jobs.append {
            do { try body() } catch { failure = error }
            done.signal()
        }
        lock.unlock()
        ready.signal()
        done.wait()
        if let failure { throw failure }
    }
}
