import Foundation
import KosCLI
import KosCore
import KosServer
import KosStore
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

    /// `kos submit`'s local check never passes in silence: where it cannot run it says why and how to make it;
    /// with `--format json` it speaks on standard error and standard output stays kosd's JSON.
    @Test func theLocalCheckSaysWhenItCannotRun() async throws {
        let api = try await APIFixture()
        let file = api.dir.appendingPathComponent("launch.md")
        try APIFixture.withoutMedia(try String(contentsOf: APIFixture.root.appendingPathComponent("Templates/drafts/velocity-launch-preview.md"), encoding: .utf8))
            .write(to: file, atomically: true, encoding: .utf8)
        let environment = ["KOS_SERVER": "unix:" + api.socket, "HOME": api.dir.path, "KOS_TOKEN": api.tokens["li.na"]!]
        let missing = api.dir.appendingPathComponent("NoWorkflows").path
        let human = try await Self.kos(["submit", file.path, "--workflows", missing], environment: environment)
        #expect(human.code == 0, "\(human.err)")
        #expect(human.out.hasPrefix("local check skipped: no \(missing) folder here to read the workflow from (--workflows names another); kosd's checks still run\n"),
                "\(human.out)")
        let json = try await Self.kos(["submit", file.path, "--workflows", missing, "--format", "json", "--idempotency-key", "second"], environment: environment)
        #expect(json.code == 0)
        #expect((try? JSONSerialization.jsonObject(with: Data(json.out.utf8))) != nil, "standard output is kosd's JSON alone: \(json.out)")
        #expect(json.err.contains("local check skipped: no \(missing) folder"), "\(json.err)")
        // The repository's own Workflows folder: the check runs and says so.
        let checked = try await Self.kos(["submit", file.path, "--workflows", APIFixture.root.appendingPathComponent("Workflows").path, "--idempotency-key", "third"],
                                         environment: environment)
        #expect(checked.code == 0 && !checked.out.contains("skipped"), "\(checked.out)")
    }

    /// `kos status` names the clock its times are on (here the test's, UTC), as `kos calendar` names the calendar's.
    @Test func statusSaysWhichClockItsTimesAreOn() async throws {
        let api = try await APIFixture()
        let draft = try await api.submit("li.na")
        let status = try await Self.kos(["status", draft.id], environment: ["KOS_SERVER": "unix:" + api.socket, "HOME": api.dir.path, "KOS_TOKEN": api.tokens["li.na"]!])
        #expect(status.code == 0, "\(status.err)")
        let offset = TimeZone.current.secondsFromGMT()
        let label = offset == 0 ? "UTC" : "UTC" + (offset > 0 ? "+" : "-")
        #expect(status.out.range(of: #"updated \d{4}-\d{2}-\d{2} \d{2}:\d{2} "# + label, options: .regularExpression) != nil, "\(status.out)")
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

/// `/metrics` follows the Prometheus conventions an operator's dashboards assume: a count that only grows is a
/// counter named `_total`, and whole numbers print as integers.
@Suite struct MetricsConventionTests {
    @Test func countersEndInTotalAndWholeNumbersAreIntegers() {
        let metrics = StoreMetrics(runs: ["running": 3, "completed": 12], stepsPending: 4, stepsDue: 2, stepsClaimed: 1, oldestDueMillis: 1500,
                                   deliveries: ["xhs-gateway": ["delivered": 7]], leaseExpiries: 2)
        let text = MetricsText.render(metrics, supervision: .init(workers: 2, alive: 2, restarts: 1, stuckKills: 0,
                                                                  connections: .init(open: 3, limit: 1024, closed: ["evicted": 1])))
        let lines = text.split(separator: "\n")
        let types = lines.filter { $0.hasPrefix("# TYPE ") }.map { $0.split(separator: " ") }.map { (String($0[2]), String($0[3])) }
        #expect(Dictionary(types, uniquingKeysWith: { a, _ in a })["kos_worker_restarts_total"] == "counter")
        #expect(types.filter { $0.1 == "counter" }.map(\.0).sorted()
                == ["kos_api_connections_closed_total", "kos_lease_expiries_total", "kos_worker_restarts_total", "kos_worker_stuck_kills_total"])
        #expect(types.allSatisfy { $0.1 != "counter" || $0.0.hasSuffix("_total") })
        #expect(lines.contains("kos_runs{state=\"completed\"} 12"))
        #expect(lines.contains("kos_worker_restarts_total 1"))
        #expect(lines.contains("kos_queue_lag_seconds 1.5"))
        #expect(!lines.contains { !$0.hasPrefix("#") && $0.hasSuffix(".0") }, "no whole number prints with a fraction:\n\(text)")
        // Every sample belongs to the family declared just before it.
        var family = ""
        for line in lines {
            if line.hasPrefix("# TYPE ") { family = String(line.split(separator: " ")[2]) } else if !line.hasPrefix("#") {
                #expect(line.hasPrefix(family), "\(line) outside its family \(family)")
            }
        }
    }
}
