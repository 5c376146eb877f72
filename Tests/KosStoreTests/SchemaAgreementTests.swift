import Foundation
import KosCore
import KosTesting
import Testing

@testable import KosStore

/// The two drivers' schema histories (GRDB migrations for SQLite, one consolidated migration for PostgreSQL)
/// are kept in step by hand; this holds them to one shape: the same tables, the same columns, each of the same
/// type and nullability, once every migration has run.
@Suite struct SchemaAgreementTests {
    @Test func bothDriversEndInTheSameSchema() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kos-schema-\(UUID().uuidString).db").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sqlite = try await SQLiteStore(path: path).schema()
        let postgres = try await ScratchPostgres.store(try await ScratchPostgres.database()).schema()
        #expect(sqlite.count >= 10 && sqlite["drafts"] != nil && sqlite["audit"] != nil, "\(sqlite.keys.sorted())")
        // The one dialect difference, by design: SQLite orders these rows by its implicit rowid, PostgreSQL by an
        // explicit sequence column. Listed here so that any other difference, or this one gone, fails the test.
        let rowidStandIns: Set<String> = ["drafts.seq", "runs.seq", "step_completions.id"]
        var differences: [String] = []
        var standIns: Set<String> = []
        for table in Set(sqlite.keys).union(postgres.keys).sorted() {
            guard let a = sqlite[table] else { differences.append("\(table): only in PostgreSQL"); continue }
            guard let b = postgres[table] else { differences.append("\(table): only in SQLite"); continue }
            for column in Set(a.keys).union(b.keys).sorted() where a[column] != b[column] {
                if rowidStandIns.contains("\(table).\(column)"), a[column] == nil, b[column] == SchemaColumn(type: "integer", nullable: false) {
                    standIns.insert("\(table).\(column)")
                    continue
                }
                differences.append("\(table).\(column): SQLite \(a[column]?.description ?? "missing"), PostgreSQL \(b[column]?.description ?? "missing")")
            }
        }
        #expect(differences.isEmpty, "the schemas differ:\n\(differences.joined(separator: "\n"))")
        #expect(standIns == rowidStandIns, "a listed rowid stand-in no longer differs: prune the list")
    }
}

/// The audit actions are named once (`AuditAction`); the operator's reference names each of them.
@Suite struct AuditActionReferenceTests {
    @Test func theREADMENamesEveryAuditAction() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let missing = AuditAction.allCases.filter { !readme.contains("`\($0.rawValue)`") }.map { $0.rawValue }
        #expect(missing.isEmpty, "README.md does not name: \(missing)")
    }
}
