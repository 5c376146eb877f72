import Foundation
import KosCore

/// What `kos show` last showed of each draft, per server: the revision and its content hash. `kos approve` and
/// `kos reject` send them, so a decision is bound to what the reviewer read, and a draft revised since is
/// refused (409) instead of approved unseen. Kept in `$XDG_STATE_HOME/kos/read.json` (default
/// `~/.local/state/kos/read.json`, mode 0600); the newest 500 drafts are kept.
struct ReadReceipts {
    struct Receipt: Codable, Equatable {
        var server: String
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

    func all() -> [Receipt] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return (try? decoder.decode([Receipt].self, from: data)) ?? []
    }

    func last(server: String, draft: String) -> Receipt? {
        all().last { $0.server == server && $0.draft == draft }
    }

    /// Records what was shown; a failure to write is not the reader's problem (the decision will say so).
    func record(server: String, draft: API.Draft) {
        var receipts = all().filter { !($0.server == server && $0.draft == draft.id) }
        receipts.append(Receipt(server: server, draft: draft.id, revision: draft.revision, contentHash: draft.contentHash, at: Date()))
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        guard let data = try? encoder.encode(Array(receipts.suffix(500))) else { return }
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = path + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}
