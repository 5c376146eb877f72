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
        let store = try await PostgresStore(url: admin, maxConnections: 1)
        try await store.execute("CREATE DATABASE \(name)")
        return String(admin[..<admin.lastIndex(of: "/")!]) + "/" + name
    }
}
