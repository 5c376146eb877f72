import Foundation
public import KosCore

/// The library of campaign kits an associate may start a post from.
extension APIService {
    /// How a stored revision stands against the kit it names (nil when it names none), its images compared by the
    /// hashes the store holds for them.
    func kitMatch(_ draft: KosCore.Draft, draftID: String, revision: Int, kits: [String: Kit]) async throws -> KitMatch? {
        guard draft.kit != nil else { return nil }
        let media = try await store.revisionMedia(draftID: draftID, revision: revision).mapValues(\.sha256)
        return KitMatch.of(draft, kits: kits, earlier: try await versions.earlierKit(named: draft.kit, defined: kits), media: media, now: try await storeNow())
    }

    /// The kits open now (not withdrawn, within their window), each with the starter draft `kos library use` writes.
    public func library(_ person: Person) async throws -> [API.LibraryKit] {
        let now = try await storeNow()
        return definitions.kits.values.filter { $0.isOpen(at: now) }.sorted { $0.id < $1.id }.map(API.LibraryKit.init)
    }
}
