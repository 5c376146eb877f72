import Crypto
import Foundation
import KosCore

/// What `kos show` last showed of each draft, per server and per reader (the token's hash, never the token):
/// the revision and its content hash. `kos approve` and `kos reject` send them, so a decision is bound to what
/// this reviewer read, and a draft revised since is refused (409) instead of approved unseen. Kept in
/// `$XDG_STATE_HOME/kos/read.json` (default `~/.local/state/kos/read.json`, mode 0600), changed under a lock
/// so two commands at once lose nothing; the newest 500 are kept.
struct ReadReceipts {
    struct Receipt: Codable, Equatable {
        var server: String
        var reader: String
        var draft: String
        var revision: Int
        var contentHash: String
        var at: Date
    }

    let path: String

    init(environment: [String: String]) {
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        path = base + "/kos/read.json"
    }

    /// Who reads, as the receipts name them: the first 16 hex digits of the token's SHA-256.
    static func reader(token: String?) -> String {
        Hex.encode(SHA256.hash(data: Data((token ?? "").utf8)).prefix(8))
    }

    func all() -> [Receipt] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return (try? decoder.decode([Receipt].self, from: data)) ?? []
    }

    func last(server: String, reader: String, draft: String) -> Receipt? {
        all().last { $0.server == server && $0.reader == reader && $0.draft == draft }
    }

    /// Records what was shown; a failure to write is not the reader's problem (the decision will say so).
    func record(server: String, reader: String, draft: API.Draft) {
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let lock = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { return }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
        var receipts = all().filter { !($0.server == server && $0.reader == reader && $0.draft == draft.id) }
        receipts.append(Receipt(server: server, reader: reader, draft: draft.id, revision: draft.revision, contentHash: draft.contentHash, at: Date()))
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        guard let data = try? encoder.encode(Array(receipts.suffix(500))) else { return }
        let temporary = path + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}
