import Foundation
import KosCore
import KosStore
import KosTesting
import Testing

/// kosd on a store whose disk fills up: it says so (STATUS=, /readyz, the log), refuses new work with 503
/// instead of crashing, and resumes by itself when space returns; nothing it acknowledged is lost. The store
/// lives on a 6 MiB tmpfs mounted in a private mount namespace (`unshare`), filled through /proc/PID/root.
@Suite(.serialized) struct DiskFullTests {
    static func submit(_ socket: String, token: String, title: String) -> (status: Int, text: String)? {
        let draft = "---\ntitle: \(title)\nplatforms: [xiaohongshu]\n---\n#广告 这周店里到了秋冬新季的 Arco 33。\n"
        let body = String(decoding: try! JSONEncoder().encode(["workflow": "styling-note", "content": draft]), as: UTF8.self)
        return SystemdProtocolTests.fetch("/v1/drafts", socket: socket, method: "POST", token: token, json: body)
    }

    @Test func aFullDiskIsReportedRefusedAndRecoveredFromWithNothingLost() async throws {
        let s = try await EngineFixtures.setUp()
        let creator = try await s.store.createToken(personID: "li.na", expiresAt: nil, actor: "admin")
        try await s.store.upsertPerson(Person(id: "officer", role: .admin), actor: "admin")
        let admin = try await s.store.createToken(personID: "officer", expiresAt: nil, actor: "admin")
        let seed = s.dir.appendingPathComponent("seed.db").path
        try await s.store.execute("VACUUM INTO '\(seed)'")
        let disk = s.dir.appendingPathComponent("disk").path
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let notify = try SystemdProtocolTests.NotifySocket(path: s.dir.appendingPathComponent("notify.sock").path)
        let process = PinnedProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        // As root a private mount namespace; otherwise a user namespace too, where we may mount a tmpfs.
        process.arguments = (geteuid() == 0 ? ["-m"] : ["-rm"]) + [
            "--", "/bin/sh", "-c", #"mount -t tmpfs -o size=6m tmpfs "$1" && cp "$2" "$1/kos.db" && shift 2 && exec "$@""#, "sh", disk, seed,
            CrashTests.kosd, "serve", "--config", "/dev/null", "--die-with-parent", "--workers", "1", "--database", disk + "/kos.db",
            "--socket", s.apiSocket, "--workflows", s.dir.appendingPathComponent("Workflows").path,
            "--templates", s.dir.appendingPathComponent("Templates").path]
        process.environment = ProcessInfo.processInfo.environment.merging(["NOTIFY_SOCKET": notify.path, "KOS_GATEWAY_SECRET": EngineFixtures.secret]) { _, b in b }
        let log = try SystemdProtocolTests.logFile(in: s.dir)
        process.standardError = log.handle
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        #expect(try await notify.first("READY=1", within: Patience.seconds) != nil, "kosd did not start on the tmpfs store")
        let api = s.apiSocket

        // The first request may meet a busy machine: a lost answer is asked again (the same title is idempotent enough
        // here: the count below is of drafts acknowledged).
        var first = Self.submit(api, token: creator, title: "写满之前")
        await Patience.until(every: .milliseconds(300)) {
            if first == nil { first = Self.submit(api, token: creator, title: "写满之前") }
            return first != nil
        }
        let before = try #require(first)
        #expect(before.status == 201, "\(before.text)")

        // Fill the tmpfs, as kosd sees it, to the last byte.
        let filler = "/proc/\(process.processIdentifier)/root\(disk)/filler"
        let fd = open(filler, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(fd >= 0, "cannot reach the store's disk at \(filler)")
        let chunk = [UInt8](repeating: 0x6b, count: 64 * 1024)
        while write(fd, chunk, chunk.count) > 0 {}
        var one: UInt8 = 1
        while write(fd, &one, 1) > 0 {}
        #expect(errno == ENOSPC)
        close(fd)

        // Within a few seconds: STATUS says degraded, /readyz is 503 with the reason, a submit is refused with 503.
        var refused: (status: Int, text: String)?
        var readyz: (status: Int, text: String)?
        var accepted: [String] = [], turnedAway: [String] = []
        let degradedBy = Patience.deadline
        var i = 0
        while Date() < degradedBy {
            i += 1
            let title = "写满之时 \(i)"
            refused = Self.submit(api, token: creator, title: title)
            if refused?.status == 201 { accepted.append(title) } else if refused?.status == 503 { turnedAway.append(title) }
            readyz = SystemdProtocolTests.fetch("/readyz", socket: api)
            if refused?.status == 503, readyz?.status == 503 { break }
            #expect(refused?.status != 500, "\(refused?.text ?? "")")
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(refused?.status == 503 && refused?.text.contains("urn:kosflow:problem:store-unavailable") == true, "\(refused?.text ?? "no answer")")
        #expect(refused?.text.contains("Retry-After: 5") == true || refused?.text.lowercased().contains("retry-after: 5") == true)
        #expect(readyz?.status == 503 && readyz?.text.contains("disk holding the store is full") == true, "\(readyz?.text ?? "")")
        #expect(notify.messages.contains { $0.text.contains("STATUS=degraded: the disk holding the store is full") }, "\(notify.messages.map(\.text))")
        #expect(SystemdProtocolTests.get("/healthz", socket: api) == 200, "kosd is up")
        // Verifying the audit chain only reads: it answers on a full disk too.
        let verified = SystemdProtocolTests.fetch("/v1/audit/verify", socket: api, token: admin)
        #expect(verified?.status == 200 && verified?.text.contains("\"ok\":true") == true, "\(verified?.text ?? "no answer")")
        #expect(process.isRunning)

        // Space returns: kosd resumes by itself.
        unlink(filler)
        var after: (status: Int, text: String)?
        let resumedBy = Patience.deadline
        while Date() < resumedBy {
            after = Self.submit(api, token: creator, title: "空间回来之后")
            if after?.status == 201 { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(after?.status == 201, "\(after?.text ?? "")")
        #expect(await SystemdProtocolTests.readyz(socket: api) == 200)

        // What was acknowledged is there; what was refused is not; no worker died for it.
        let drafts = try #require(SystemdProtocolTests.fetch("/v1/drafts", socket: api, token: admin))
        #expect(drafts.text.contains("写满之前") && drafts.text.contains("空间回来之后"), "\(drafts.text)")
        for title in accepted { #expect(drafts.text.contains("\"\(title)\""), "\(title) was acknowledged before the disk filled up") }
        for title in turnedAway { #expect(!drafts.text.contains("\"\(title)\""), "\(title) was refused, so it must not exist") }
        #expect(!turnedAway.isEmpty)
        let metrics = SystemdProtocolTests.fetch("/metrics", socket: api)?.text ?? ""
        #expect(SystemdProtocolTests.metric(metrics, "kos_worker_restarts_total") == 0, "\(metrics)")
        kill(process.processIdentifier, SIGTERM)
        #expect(await SystemdProtocolTests.exited(process))
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        let text = try String(contentsOf: log.url, encoding: .utf8)
        #expect(text.contains("error kosd: the store cannot write: the disk holding the store is full"), "\(text.suffix(3000))")
        #expect(text.contains("the store writes again"), "\(text.suffix(2000))")
    }
}
