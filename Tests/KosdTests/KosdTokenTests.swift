import Foundation
import KosCore
import KosStore
import KosTesting
import Testing

@Suite struct KosdTokenTests {
    static let kosd = CrashTests.kosd


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

    /// Who holds access: `kosd token list` (never the tokens) and `kosd people`, in columns an operator reads.
    @Test func anOperatorSeesWhoHoldsAccess() throws {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("kosd-\(UUID().uuidString)/kos.db").path
        let empty = try Repo.run(Self.kosd, ["token", "list", "--database", db])
        #expect(empty.status == 0 && empty.out == "kosd: no token has been issued; create one with kosd token create --user ID --role ROLE\n", "\(empty.out)")
        let zhang = try Repo.run(Self.kosd, ["token", "create", "--database", db, "--user", "zhang.wei", "--role", "reviewer", "--group", "store-managers", "--store", "SH-IFC"])
        let li = try Repo.run(Self.kosd, ["token", "create", "--database", db, "--user", "li.na", "--role", "creator", "--store", "SH-IFC"])
        #expect(try Repo.run(Self.kosd, ["token", "revoke", "--database", db, "--user", "li.na"]).status == 0)
        let list = try Repo.run(Self.kosd, ["token", "list", "--database", db])
        #expect(list.status == 0, "\(list.err)")
        let lines = list.out.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(lines.first == ["PERSON", "ROLE", "STORE", "TOKEN", "ISSUED", "EXPIRES", "STATE"])
        #expect(lines.dropFirst().map { [$0[0], $0[1], $0[2], $0[8]] } == [["zhang.wei", "reviewer", "SH-IFC", "active"], ["li.na", "creator", "SH-IFC", "revoked"]],
                "\(list.out)")
        for token in [zhang.out, li.out].map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) {
            #expect(!list.out.contains(token), "a token is never shown")
        }
        let active = try Repo.run(Self.kosd, ["token", "list", "--active", "--database", db])
        #expect(active.out.contains("zhang.wei") && !active.out.contains("li.na"))
        let people = try Repo.run(Self.kosd, ["people", "--database", db])
        #expect(people.out == """
            PERSON     ROLE      STORE   GROUPS          ACTIVE TOKENS
            li.na      creator   SH-IFC  -               0
            zhang.wei  reviewer  SH-IFC  store-managers  1

            """, "\(people.out)")
    }

    /// `kosd` alone says what there is to run (it used to check the configuration silently and fail on a
    /// missing Workflows folder); a missing folder is named with where it was looked for and how to set it.
    @Test func kosdAloneSaysWhatToRun() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kosd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let alone = try Repo.run(Self.kosd, [], cwd: dir.path)
        #expect(alone.status == 64 && alone.out.isEmpty)
        #expect(alone.err.hasPrefix("kosd: say what to run:\n  kosd serve              run the daemon (what kosd.service runs)\n"), "\(alone.err)")
        let check = try Repo.run(Self.kosd, ["check-config", "--config", "/dev/null"], cwd: dir.path)
        #expect(check.status == 1)
        let real = (try? FileManager.default.destinationOfSymbolicLink(atPath: dir.path)) ?? dir.path
        #expect(check.err.contains("error[KOS2016]: no workflows at ") && check.err.contains("/Workflows\n")
                && check.err.contains("'workflows' in kosd.yaml, KOSD_WORKFLOWS or --workflows (now 'Workflows', from ") && check.err.contains(real.split(separator: "/").last!),
                "\(check.err)")
    }

    @Test func badRolesAndUsersAreRefused() throws {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("kosd-\(UUID().uuidString)/kos.db").path
        let r = try Repo.run(Self.kosd, ["token", "create", "--database", db, "--user", "li.na", "--role", "superuser"])
        #expect(r.status != 0)
        #expect(r.err.contains("--role must be one of creator, reviewer, admin"))
        #expect(try Repo.run(Self.kosd, ["token", "create", "--database", db, "--user", "li na; rm", "--role", "creator"]).status != 0)
    }
}

/// `kosd check-config`: the shipped example, located errors, and what is in force.
@Suite struct KosdCheckConfigTests {
    /// The shipped unit and the shipped examples work together on a fresh install: run as systemd runs it, from a
    /// scratch root — each `LoadCredential=` file becomes `$CREDENTIALS_DIRECTORY/NAME`, `EnvironmentFile=` the
    /// environment — the unit's kosd reads every secret the example endpoints name.
    @Test func theShippedUnitLoadsEverySecretTheShippedEndpointsName() throws {
        let unit = try String(contentsOfFile: Repo.path("deploy/kosd.service"), encoding: .utf8)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kosd-unit-\(UUID().uuidString)")
        let credentials = root.appendingPathComponent("run/credentials/kosd.service")
        try FileManager.default.createDirectory(at: credentials, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let secret = "whsec_" + Data(repeating: 7, count: 32).base64EncodedString()
        var environment = ["PATH=/usr/bin:/bin", "CREDENTIALS_DIRECTORY=" + credentials.path]
        var execStart: [String] = []
        for line in unit.split(separator: "\n").map(String.init) {
            if line.hasPrefix("ExecStart=") { execStart = line.dropFirst("ExecStart=".count).split(separator: " ").map(String.init) }
            if line.hasPrefix("LoadCredential=") {
                // The operator installs the secret where the unit says; systemd hands it to kosd under its name.
                let spec = line.dropFirst("LoadCredential=".count).split(separator: ":", maxSplits: 1).map(String.init)
                let installed = root.appendingPathComponent(String(spec[1].dropFirst()))
                try FileManager.default.createDirectory(at: installed.deletingLastPathComponent(), withIntermediateDirectories: true)
                try secret.write(to: installed, atomically: true, encoding: .utf8)
                try FileManager.default.copyItem(at: installed, to: credentials.appendingPathComponent(spec[0]))
            }
            if line.hasPrefix("EnvironmentFile=") {
                // The file the unit's comment describes, with the variables the examples' env: secrets name.
                for endpoint in try String(contentsOfFile: Repo.path("Workflows/endpoints.yaml"), encoding: .utf8).split(separator: "\n") where endpoint.hasPrefix("secret: env:") {
                    environment.append("\(endpoint.dropFirst("secret: env:".count))=\(secret)")
                }
            }
        }
        #expect(execStart == ["/usr/bin/kosd", "serve"])
        let r = try Repo.run("/usr/bin/env", ["-i"] + environment + [KosdTokenTests.kosd, "check-config", "--config", "deploy/kosd.yaml",
                                                                     "--workflows", "Workflows", "--templates", "Templates"])
        #expect(r.status == 0, "\(r.err)")
        #expect(!r.err.contains("warning: endpoint"), "a secret the examples name is not loaded by the unit: \(r.err)")
        // Without the credentials, check-config says which endpoint would fail, naming the reference, never a value.
        let bare = try Repo.run("/usr/bin/env", ["-i", "PATH=/usr/bin:/bin", KosdTokenTests.kosd, "check-config", "--config", "deploy/kosd.yaml",
                                                 "--workflows", "Workflows", "--templates", "Templates"])
        #expect(bare.err.contains("warning: endpoint douyin-gateway: secret credential:douyin-webhook needs $CREDENTIALS_DIRECTORY"), "\(bare.err)")
        #expect(!bare.err.contains(secret))
    }

    @Test func theExampleConfigurationIsValid() throws {
        let r = try Repo.run(KosdTokenTests.kosd, ["check-config", "--config", "deploy/kosd.yaml", "--workflows", "Workflows", "--templates", "Templates"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("configuration valid (deploy/kosd.yaml)"))
        #expect(r.out.contains("database    /var/lib/kosd/kos.db"), "\(r.out)")
        #expect(r.out.contains("api         unix:/run/kosd/kosd.sock, 20/s per token"))
        #expect(r.out.contains("workflows   Workflows: 3 workflows"), "flags win over the file: \(r.out)")
    }

    /// The same setting has one spelling in every layer: `lease: 30s`, `KOSD_LEASE=30s`, `--lease 30s`.
    @Test func theLeaseIsADurationEverywhere() throws {
        let ok = try Repo.run(KosdTokenTests.kosd, ["check-config", "--config", "/dev/null", "--workflows", "Workflows", "--templates", "Templates", "--lease", "45s"])
        #expect(ok.status == 0 && ok.out.contains("lease 45s"), "\(ok.out)\(ok.err)")
        let bad = try Repo.run(KosdTokenTests.kosd, ["check-config", "--config", "/dev/null", "--workflows", "Workflows", "--lease", "30000"])
        #expect(bad.status == 1 && bad.err.contains("--lease: the lease is a duration from 100ms to 24h, e.g. 30s, not '30000'"), "\(bad.err)")
    }

    @Test func problemsAreLocatedAndExitOne() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kosd-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("kosd.yaml").path
        try "workers: 2\napi:\n  rate_limit: fast\n".write(toFile: file, atomically: true, encoding: .utf8)
        let r = try Repo.run(KosdTokenTests.kosd, ["check-config", "--config", file, "--workflows", "Workflows", "--templates", "Templates", "--listen", "nowhere"])
        #expect(r.status == 1)
        #expect(r.err.contains("\(file):3:15: error[KOS2010]: the rate limit is like 20/s or 600/1m, not 'fast'"), "\(r.err)")
        #expect(r.err.contains("--listen: listen is HOST:PORT"), "\(r.err)")
        let missing = try Repo.run(KosdTokenTests.kosd, ["check-config", "--config", dir.appendingPathComponent("none.yaml").path])
        #expect(missing.status == 1 && missing.err.contains("cannot read the configuration file"))
        let broken = try Repo.run(KosdTokenTests.kosd, ["check-config", "--config", "deploy/kosd.yaml", "--workflows", "Tests/Fixtures/invalid", "--templates", "Templates"])
        #expect(broken.status == 1 && broken.err.contains("error[KOS"), "invalid workflows fail the check too")
    }
}

@Suite struct KosdListenWarningTests {
    /// The API speaks plain HTTP: kosd says so when it is asked to listen beyond loopback.
    @Test func aNonLoopbackListenerIsWarnedAbout() throws {
        let kosd = URL(fileURLWithPath: Repo.kos).deletingLastPathComponent().appendingPathComponent("kosd").path
        let wide = try Repo.run(kosd, ["check-config", "--config", "/dev/null", "--workflows", Repo.path("Workflows"), "--listen", "0.0.0.0:7420"])
        #expect(wide.status == 0, "\(wide.err)")
        #expect(wide.err.contains("not a loopback address") && wide.err.contains("TLS"), "\(wide.err)")
        let local = try Repo.run(kosd, ["check-config", "--config", "/dev/null", "--workflows", Repo.path("Workflows"), "--listen", "127.0.0.1:7420"])
        #expect(!local.err.contains("loopback"), "\(local.err)")
    }
}
