import Foundation
import KosTesting
import Testing

/// The Debian package `make deb` builds (and `make test` builds before the tests): unpacked into a scratch
/// root with `dpkg -x`, its binaries run from there without the Swift toolchain's libraries.
@Suite struct DebPackageTests {
    static let root = EngineFixtures.root

    static func package() throws -> String {
        let dir = root.appendingPathComponent(".build-deb")
        let debs = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasSuffix(".deb") }.sorted() ?? []
        let deb = try #require(debs.last, "no .deb in .build-deb: `make test` builds it first (`make deb` alone)")
        return dir.appendingPathComponent(deb).path
    }

    @Test func thePackageInstallsAndRunsFromAScratchRoot() throws {
        let deb = try Self.package()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kos-deb-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let unpacked = try Subprocess.run("/usr/bin/dpkg", ["-x", deb, scratch.path], in: Self.root)
        #expect(unpacked.status == 0, "\(unpacked.err)")
        let bin = scratch.appendingPathComponent("usr/bin").path

        // The Swift runtime is inside the binaries: no toolchain library is loaded from anywhere.
        let environment = ["PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": ""]
        let version = try Subprocess.run("/usr/bin/env", ["-i"] + environment.map { "\($0)=\($1)" } + [bin + "/kos", "--version"], in: scratch)
        #expect(version.status == 0 && version.out.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0", "\(version.out)\(version.err)")
        for tool in ["kos", "kosd"] {
            let ldd = try Subprocess.run("/usr/bin/ldd", [bin + "/" + tool], in: scratch)
            #expect(!ldd.out.contains("swift") && !ldd.out.contains("not found"), "\(tool): \(ldd.out)")
        }

        // The shipped configuration and example workflows are valid as installed.
        let examples = scratch.appendingPathComponent("usr/share/doc/kosflow/examples").path
        let check = try Subprocess.run("/usr/bin/env", ["-i"] + environment.map { "\($0)=\($1)" } + [
            bin + "/kosd", "check-config", "--config", scratch.appendingPathComponent("etc/kos/kosd.yaml").path,
            "--workflows", examples + "/Workflows", "--templates", examples + "/Templates"], in: scratch)
        #expect(check.status == 0, "\(check.err)")
        #expect(check.out.contains("database    /var/lib/kosd/kos.db"), "\(check.out)")

        // Units, snippets, man pages and completions are where Debian looks for them.
        for path in ["lib/systemd/system/kosd.service", "lib/systemd/system/kosd.socket", "usr/lib/sysusers.d/kosd.conf", "usr/lib/tmpfiles.d/kosd.conf",
                     "usr/share/man/man1/kos.1.gz", "usr/share/man/man1/kosd.1.gz", "usr/share/bash-completion/completions/kos",
                     "usr/share/zsh/vendor-completions/_kosd", "usr/share/fish/vendor_completions.d/kos.fish"] {
            #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent(path).path), "\(path) is missing")
        }
        let man = try Subprocess.run("/bin/sh", ["-c", "gzip -dc usr/share/man/man1/kosd.1.gz"], in: scratch)
        #expect(man.out.hasPrefix(".TH KOSD 1") && man.out.contains("kosd check\\-config") && man.out.contains("\\-\\-drain\\-timeout"), "\(man.out.prefix(400))")
        let bash = try String(contentsOf: scratch.appendingPathComponent("usr/share/bash-completion/completions/kos"), encoding: .utf8)
        #expect(bash.contains("submit") && bash.contains("complete"))
    }

    @Test func itDependsOnDebiansLibraries() throws {
        let deb = try Self.package()
        let fields = try Subprocess.run("/usr/bin/dpkg-deb", ["-f", deb, "Depends", "Package", "Architecture"], in: Self.root)
        #expect(fields.status == 0)
        for library in ["libcurl4", "libyaml-0-2", "libsqlite3-0", "libc6"] {
            #expect(fields.out.contains(library), "Depends lacks \(library): \(fields.out)")
        }
        #expect(!fields.out.lowercased().contains("swift"))
        let conffiles = try Subprocess.run("/bin/sh", ["-c", "dpkg-deb --ctrl-tarfile '\(deb)' | tar -xO ./conffiles"], in: Self.root)
        #expect(conffiles.out.contains("/etc/kos/kosd.yaml"), "an edited kosd.yaml survives upgrades")
    }
}
