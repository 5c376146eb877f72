import Foundation
public import KosCore

/// The library of campaign kits an associate may start a post from.
extension APIService {
    /// The kits open now (not withdrawn, within their window), each with the starter draft `kos library use` writes.
    public func library(_ person: Person) async throws -> [API.LibraryKit] {
        let now = try await storeNow()
        return definitions.kits.values.filter { $0.isOpen(at: now) }.sorted { $0.id < $1.id }.map(API.LibraryKit.init)
    }
}
