import ArgumentParser
import Foundation
import KosCore

/// `kos library`: the campaign kits an associate may start a post from now, and a draft made from one.
struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library", abstract: tr("Campaign kits the brand approved: start a post from one and fill in its slots."),
        subcommands: [LibraryListCommand.self, LibraryUseCommand.self], defaultSubcommand: LibraryListCommand.self)
}

struct LibraryListCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("The kits open now."))
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (kits, raw) = try api.send("GET", "/v1/library", as: [API.LibraryKit].self)
        emit(raw, console: console) {
            let rows = kits.map { k in
                [k.reference, k.description, k.platforms.joined(separator: ", "), k.slots.map(\.name).joined(separator: ", "), k.validUntil.map(Table.local) ?? "—"]
            }
            console.out(Table.render([tr("KIT"), tr("WHAT"), tr("PLATFORMS"), tr("SLOTS"), tr("UNTIL")], rows, console: console))
        }
        return ExitCode.success
    }
}

struct LibraryUseCommand: ClientCommand {
    static let configuration = CommandConfiguration(
        commandName: "use", abstract: tr("Write a draft made from a kit, its slots marked 【…】 for you to fill in: kos library use arco-autumn > look.md"),
        discussion: tr("Change only what is between 【 and 】: a post whose locked text is unchanged takes the kit's fast lane."))
    @Argument(help: ArgumentHelp(tr("The kit's id (or id@version)."))) var kit: String
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (kits, _) = try api.send("GET", "/v1/library", as: [API.LibraryKit].self)
        guard let found = kits.first(where: { $0.id == kit || $0.reference == kit }) else {
            console.err(console.paint(tr("error: no kit '\(kit)' is open now; 'kos library' lists those that are"), "1;31"))
            return ExitCode.failure
        }
        console.out(found.draft.hasSuffix("\n") ? String(found.draft.dropLast()) : found.draft)
        return ExitCode.success
    }
}
