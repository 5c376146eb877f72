import Foundation
import KosCLI
import KosCore
import Testing

/// The messages someone meets in their first hour with `kos`: each says what to do next, in their words.
@Suite struct FirstHourTests {
    static func kos(_ args: [String], environment: [String: String]) async throws -> (code: Int32, out: String, err: String) {
        try await APIFixture.offPool {
            let out = Lines(), err = Lines()
            let code = KosCommand.run(args, console: Console(out: { out.append($0) }, err: { err.append($0) }, environment: environment))
            return (code, out.text, err.text)
        }
    }

    /// No token: point at `kos login` and KOS_TOKEN, not at an HTTP header; a token kosd no longer accepts: say so.
    @Test func withoutATokenKosPointsAtLogin() async throws {
        let api = try await APIFixture()
        let home = api.dir.path
        let none = try await Self.kos(["inbox"], environment: ["KOS_SERVER": "unix:" + api.socket, "HOME": home])
        #expect(none.code == 2)
        #expect(none.err == "error: you are not logged in: run `kos login` with the token your admin gave you (they issue one with `kosd token create`), or set KOS_TOKEN",
                "\(none.err)")
        #expect(!none.err.contains("Authorization"))
        let revoked = try await Self.kos(["inbox"], environment: ["KOS_SERVER": "unix:" + api.socket, "HOME": home, "KOS_TOKEN": "kos_" + String(repeating: "x", count: 43)])
        #expect(revoked.err == "error: kosd does not accept your token (revoked or expired?): ask your admin for a new one, then run `kos login` with it",
                "\(revoked.err)")
    }

    /// No kosd at the socket: name the socket and `kosd serve`, not libcurl's "port 80".
    @Test func withoutKosdKosSaysWhereItLooked() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-first-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let socket = dir.appendingPathComponent("kosd.sock").path
        let r = try await Self.kos(["inbox"], environment: ["KOS_SERVER": "unix:" + socket, "HOME": dir.path, "KOS_TOKEN": "kos_x"])
        #expect(r.code == 2)
        #expect(r.err == "error: no kosd is listening at \(socket): start it with `kosd serve`, or point kos at the right one with --server, KOS_SERVER or `kos login --server`",
                "\(r.err)")
        #expect(!r.err.contains("port 80"))
    }
}
