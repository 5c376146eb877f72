import Foundation
import KosStore

/// A new, empty database on the scratch server `make test` starts (`scripts/with-postgres`), for one test.
public enum ScratchPostgres {
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    /// The URL of a database made for the caller; fails, saying why, when no server was started.
    public static func database() async throws -> String {
        guard let admin = ProcessInfo.processInfo.environment["KOS_TEST_POSTGRES_URL"] else {
            throw Unavailable(description: "no PostgreSQL for the tests: run them with 'make test', or 'scripts/with-postgres swift test'")
        }
        let name = "kos_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20)
        try await Admin.shared.store(admin).execute("CREATE DATABASE \(name)")
        return String(admin[..<admin.lastIndex(of: "/")!]) + "/" + name
    }

    /// A store for a test: the server is shared by every test running at once, so it may be slow to answer.
    public static func store(_ url: String, maxConnections: Int = 8) async throws -> PostgresStore {
        try await PostgresStore(url: url, maxConnections: maxConnections, startTimeout: .seconds(Patience.seconds))
    }

    /// One connection to the server's own database for the whole test process, made once.
    actor Admin {
        static let shared = Admin()
        private var made: Task<PostgresStore, any Error>?

        func store(_ url: String) async throws -> PostgresStore {
            if let made { return try await made.value }
            let task = Task { try await ScratchPostgres.store(url, maxConnections: 2) }
            made = task
            do {
                return try await task.value
            } catch {
                made = nil   // the next test tries again
                throw error
            }
        }
    }
}
