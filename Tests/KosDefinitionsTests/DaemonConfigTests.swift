import Foundation
import KosCore
import KosDefinitions
import Testing

/// kosd.yaml: every problem located, KOSD_* variables and flags layered over it, systemd's directories as defaults.
@Suite struct DaemonConfigTests {
    /// The data store is `database:` (KOSD_DATABASE, --database): `store` means a boutique everywhere else in
    /// kosflow. The former names are still read; the new one wins when both are given.
    @Test func theDatabaseKeepsItsFormerNames() throws {
        #expect(try DaemonConfig.parse(text: "store: /srv/a.db\n", file: "kosd.yaml").get().resolved(environment: [:], cores: 2).store == "/srv/a.db")
        #expect(try DaemonConfig.parse(text: "database: /srv/c.db\n", file: "kosd.yaml").get().resolved(environment: [:], cores: 2).store == "/srv/c.db")
        #expect(try DaemonConfig.fromEnvironment(["KOSD_STORE": "/srv/b.db"]).get().store == "/srv/b.db")
        #expect(try DaemonConfig.fromEnvironment(["KOSD_DATABASE": "/srv/c.db", "KOSD_STORE": "/srv/b.db"]).get().store == "/srv/c.db")
        #expect(DaemonConfig.Key.database.variable == "KOSD_DATABASE")
    }

    @Test func aValidFileSetsEverySetting() throws {
        let text = """
            database: sqlite:/var/lib/kosd/kos.db
            workflows: /etc/kos/workflows
            templates: /etc/kos/templates
            workers: 4
            lease: 45s
            batch_size: 8
            drain_timeout: 1m
            api:
              socket: /run/kosd/kosd.sock
              listen: 127.0.0.1:7420
              rate_limit: 600/1m
            log: {format: json, level: notice}
            """
        let config = try DaemonConfig.parse(text: text, file: "kosd.yaml").get()
        let s = config.resolved(environment: [:], cores: 2)
        #expect(s.store == "/var/lib/kosd/kos.db")
        #expect(s.workers == 4 && s.batchSize == 8 && s.lease == .seconds(45) && s.drainTimeout == .minutes(1))
        #expect(s.socket == "/run/kosd/kosd.sock" && s.listen == "127.0.0.1:7420" && s.rateLimit == "600/1m")
        #expect(s.logFormat == "json" && s.logLevel == "notice")
    }

    @Test func everyProblemIsReportedWithItsLine() throws {
        let text = """
            store: postgres://kos:hunter2@db/kos
            workerz: 3
            workers: many
            api:
              rate_limit: 20 per second
              sokcet: /run/kosd.sock
            log: json
            lease: 30
            """
        guard case .failure(let list) = DaemonConfig.parse(text: text, file: "/etc/kos/kosd.yaml") else {
            Issue.record("an invalid file was accepted")
            return
        }
        let lines = list.diagnostics.map { "\($0.location?.line ?? 0) \($0.code) \($0.message)" }
        #expect(list.diagnostics.allSatisfy { $0.file == "/etc/kos/kosd.yaml" })
        #expect(lines.contains { $0.hasPrefix("1 KOS2010 do not write the password in the URL") && !$0.contains("hunter2") }, "\(lines)")
        #expect(lines.contains("2 KOS2001 unknown setting 'workerz'; did you mean 'workers'?"), "\(lines)")
        #expect(lines.contains("3 KOS2010 workers is a whole number from 1 to 256, not 'many'"))
        #expect(lines.contains { $0.hasPrefix("5 KOS2010 the rate limit is like 20/s") })
        #expect(lines.contains("6 KOS2001 unknown setting 'api.sokcet'; did you mean 'socket'?"), "\(lines)")
        #expect(lines.contains("7 KOS2002 'log' is a mapping, not a string"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("8 KOS2010 the lease is a duration") })
        #expect(list.diagnostics.count == 7)
    }

    @Test func hostileFilesAreRefusedNotCrashedOn() {
        let nested = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        for text in ["- a\n- b\n", "store: [a, b]\n", nested, "a: 1\n---\nb: 2\n", "store: /a\nstore: /b\n", "\u{FEFF}workers: 2\nworkers: 3\n"] {
            guard case .failure(let list) = DaemonConfig.parse(text: text, file: "kosd.yaml") else {
                Issue.record("accepted: \(text.prefix(40))")
                continue
            }
            #expect(!list.diagnostics.isEmpty)
        }
        #expect((try? DaemonConfig.parse(text: "", file: "kosd.yaml").get()) == DaemonConfig(), "an empty file sets nothing")
    }

    @Test func variablesOverrideTheFileAndFlagsOverrideBoth() throws {
        let file = try DaemonConfig.parse(text: "workers: 2\nlog: {level: info}\napi: {socket: /run/a.sock}\n", file: "kosd.yaml").get()
        let env = try DaemonConfig.fromEnvironment(["KOSD_WORKERS": "6", "KOSD_LOG_LEVEL": "debug", "HOME": "/root"]).get()
        var flags = DaemonConfig()
        #expect(flags.set(.workers, "8") == nil)
        let s = file.overridden(by: env).overridden(by: flags).resolved(environment: [:], cores: 2)
        #expect(s.workers == 8 && s.logLevel == "debug" && s.socket == "/run/a.sock")
        guard case .failure(let bad) = DaemonConfig.fromEnvironment(["KOSD_API_RATE_LIMIT": "lots"]) else {
            Issue.record("a bad variable was accepted")
            return
        }
        #expect(bad.diagnostics.first?.message.hasPrefix("KOSD_API_RATE_LIMIT: the rate limit is like") == true)
    }

    @Test func systemdDirectoriesAreTheDefaults() {
        let s = DaemonConfig().resolved(environment: ["STATE_DIRECTORY": "/var/lib/kosd", "RUNTIME_DIRECTORY": "/run/kosd"], cores: 3)
        #expect(s.store == "/var/lib/kosd/kos.db" && s.socket == "/run/kosd/kosd.sock" && s.workers == 3)
        let plain = DaemonConfig().resolved(environment: [:], cores: 1)
        #expect(plain.store == ".kos/kos.db" && plain.socket == ".kos/kosd.sock" && plain.rateLimit == "20/s" && plain.lease == .seconds(30))
    }
}
