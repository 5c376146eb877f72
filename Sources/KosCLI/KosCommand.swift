import ArgumentParser
import Foundation
import KosCore

/// A `kos` subcommand that runs against an injected console and returns its exit code.
protocol ConsoleCommand: ParsableCommand {
    func run(console: Console) throws -> Int32
}

/// The `kos` command line: what sales staff and compliance teams type.
public struct KosCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kos",
        abstract: tr("Check, submit and follow KOS content through your brand's compliance workflows."),
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self, LintCommand.self, SchemaCommand.self,
            LoginCommand.self, SubmitCommand.self, StatusCommand.self, DraftsCommand.self, ReviseCommand.self, AcceptSuggestionCommand.self, WithdrawCommand.self,
            InboxCommand.self, ReviewLinkCommand.self, ReportCommand.self, ShowCommand.self, ApproveCommand.self, RejectCommand.self, AuditCommand.self, CalendarCommand.self, EndpointsCommand.self, DeliveriesCommand.self,
            PacksCommand.self, PeopleCommand.self, LibraryCommand.self,
        ])

    public init() {}

    /// Parses `arguments` (without the program name), runs the command, and returns the exit code.
    public static func run(_ arguments: [String], console: Console) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            guard let runnable = command as? ConsoleCommand else {
                try command.run()
                return ExitCode.success
            }
            return try runnable.run(console: console)
        } catch {
            let code = exitCode(for: error).rawValue
            // The library's own frame (headings, usage errors) said in the reader's language too.
            let message = ParserText.localized(fullMessage(for: error))
            if code == 0 {
                if !message.isEmpty { console.out(message) }
                return ExitCode.success
            }
            if !message.isEmpty { console.err(message) }
            return ExitCode.usage
        }
    }
}
