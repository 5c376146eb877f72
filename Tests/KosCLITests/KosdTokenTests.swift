import Foundation
import KosCore
import KosStore
import Testing

@Suite struct KosdTokenTests {
    static var kosd: String { URL(fileURLWithPath: Repo.kos).deletingLastPathComponent().appendingPathComponent("kosd").path }

    @Test func tokenCreatePrintsTheTokenOnceAndStoresItsHash() async throws {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("kosd-\(UUID().uuidString)/kos.db").path
        let r = try Repo.run(Self.kosd, ["token", "create", "--database", db, "--user", "zhang.wei", "--role", "reviewer",
                                         "--group", "store-managers", "--store", "SH-IFC"])
        #expect(r.status == 0, "\(r.err)")
        let token = r.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.hasPrefix("kos_") && !token.contains("\n"), "stdout is the token alone")
        #expect(r.err.contains("shown once"))
        #expect(!r.err.contains(token), "the explanation does not repeat the token")
        let store = try SQLiteStore(path: db)
        let person = try await store.authenticate(token: token)
        #expect(person == Person(id: "zhang.wei", role: .reviewer, groups: ["store-managers"], store: "SH-IFC"))

        let revoke = try Repo.run(Self.kosd, ["token", "revoke", "--database", db, "--user", "zhang.wei"])
        #expect(revoke.status == 0)
        #expect(try await store.authenticate(token: token) == nil)
    }

    @Test func badRolesAndUsersAreRefused() throws {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("kosd-\(UUID().uuidString)/kos.db").path
        let r = try Repo.run(Self.kosd, ["token", "create", "--database", db, "--user", "li.na", "--role", "superuser"])
        #expect(r.status != 0)
        #expect(r.err.contains("--role must be one of creator, reviewer, admin"))
        #expect(try Repo.run(Self.kosd, ["token", "create", "--database", db, "--user", "li na; rm", "--role", "creator"]).status != 0)
    }
}
