import Foundation
import KosTesting
import Testing

/// The systemd units in `deploy/`, checked by systemd 252's own tools. `systemd-analyze verify` exits 0 on
/// unknown keys, so its standard error is the signal; the unit is verified in a scratch root holding the built
/// kosd at its installed path and the distribution's units it depends on.
@Suite struct DeployUnitTests {
    static let root = EngineFixtures.root
    static let analyze = "/usr/bin/systemd-analyze"

    static func verify(_ unitText: String, socket: String? = nil) throws -> Subprocess.Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kos-unit-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let fm = FileManager.default
        try fm.createDirectory(at: scratch.appendingPathComponent("usr/bin"), withIntermediateDirectories: true)
        try fm.createDirectory(at: scratch.appendingPathComponent("etc/systemd/system"), withIntermediateDirectories: true)
        try fm.createDirectory(at: scratch.appendingPathComponent("usr/lib/systemd"), withIntermediateDirectories: true)
        try fm.copyItem(atPath: CrashTests.kosd, toPath: scratch.appendingPathComponent("usr/bin/kosd").path)
        // ExecReload= sends SIGHUP with kill(1); Debian's /bin is /usr/bin.
        try fm.copyItem(atPath: "/usr/bin/kill", toPath: scratch.appendingPathComponent("usr/bin/kill").path)
        try fm.createSymbolicLink(atPath: scratch.appendingPathComponent("bin").path, withDestinationPath: "usr/bin")
        try fm.copyItem(atPath: "/lib/systemd/system", toPath: scratch.appendingPathComponent("usr/lib/systemd/system").path)
        try unitText.write(to: scratch.appendingPathComponent("etc/systemd/system/kosd.service"), atomically: true, encoding: .utf8)
        let socketText = try socket ?? String(contentsOf: root.appendingPathComponent("deploy/kosd.socket"), encoding: .utf8)
        try socketText.write(to: scratch.appendingPathComponent("etc/systemd/system/kosd.socket"), atomically: true, encoding: .utf8)
        return try Subprocess.run(analyze, ["verify", "--root=\(scratch.path)", "/etc/systemd/system/kosd.service", "/etc/systemd/system/kosd.socket"], in: scratch)
    }

    @Test func theServiceVerifiesWithoutAWord() throws {
        let unit = try String(contentsOf: Self.root.appendingPathComponent("deploy/kosd.service"), encoding: .utf8)
        let result = try Self.verify(unit)
        #expect(result.status == 0)
        #expect(result.err.isEmpty, "\(result.err)")
    }

    @Test func aMisspeltKeyIsCaughtByStandardError() throws {
        let unit = try String(contentsOf: Self.root.appendingPathComponent("deploy/kosd.service"), encoding: .utf8)
            .replacingOccurrences(of: "Restart=on-failure", with: "Restrat=on-failure")
        let result = try Self.verify(unit)
        #expect(result.err.contains("Restrat"), "the check above would pass a broken unit otherwise: \(result.err)")
    }

    @Test func aMisspeltSocketKeyIsCaughtToo() throws {
        let unit = try String(contentsOf: Self.root.appendingPathComponent("deploy/kosd.service"), encoding: .utf8)
        let socket = try String(contentsOf: Self.root.appendingPathComponent("deploy/kosd.socket"), encoding: .utf8)
            .replacingOccurrences(of: "SocketMode=", with: "SockMode=")
        #expect(try Self.verify(unit, socket: socket).err.contains("SockMode"))
    }

    @Test func theServiceIsHardened() throws {
        let result = try Subprocess.run(Self.analyze, ["security", "--offline=yes", "--threshold=20", "deploy/kosd.service"], in: Self.root)
        #expect(result.status == 0, "\(result.out.suffix(2000))")
        let line = try #require(result.out.split(separator: "\n").first { $0.contains("Overall exposure level") })
        let score = line.split(separator: ":").last.flatMap { Double($0.split(separator: " ").first ?? "") }
        #expect(try #require(score) <= 2.0, "\(line)")
    }

    /// The unit gives kosd the descriptors its default connection cap needs, with kosd's own reserve.
    @Test func theDescriptorLimitCoversTheConnectionCap() throws {
        let unit = try String(contentsOf: Self.root.appendingPathComponent("deploy/kosd.service"), encoding: .utf8)
        let line = try #require(unit.split(separator: "\n").first { $0.hasPrefix("LimitNOFILE=") })
        let limit = try #require(Int(line.dropFirst("LimitNOFILE=".count)))
        #expect(limit >= 1024 + 128, "\(line)")
    }
}
