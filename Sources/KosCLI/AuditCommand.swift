import ArgumentParser
import Foundation
import KosCore

/// `kos audit`: the hash-chained audit log (admins).
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: tr("Verify or export the audit log (admins)."),
        subcommands: [AuditVerifyCommand.self, AuditExportCommand.self])
}

struct AuditVerifyCommand: ClientCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: tr("Check the audit log's hash chain; names the first changed, removed or reordered entry."),
        discussion: tr("Exit status: 0 intact, 1 broken (or refused), 2 cannot ask."))
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (result, raw) = try api.send("GET", "/v1/audit/verify", as: API.AuditVerification.self)
        emit(raw, console: console) {
            if result.ok {
                let ok = console.paint(tr("ok"), "32")
                console.out(tr("\(ok): the audit chain of \(result.entries) entries is intact"))
            } else {
                // kosd's reason is a predicate of the entry ("its content was changed after it was written").
                let broken = console.paint(tr("broken"), "1;31"), entry = result.firstBad ?? 0
                console.out(result.reason.map { tr("\(broken): audit entry \(entry) \($0)") } ?? tr("\(broken): audit entry \(entry) does not fit the chain"))
            }
        }
        return result.ok ? ExitCode.success : ExitCode.failure
    }
}

struct AuditExportCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: tr("Write the audit log as JSON lines or CSV."))

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv }

    @OptionGroup var connection: ConnectionOptions
    @Option(help: ArgumentHelp(tr("jsonl or csv."))) var format: Format = .jsonl

    func run(console: Console) throws -> Int32 {
        do throws(APIClient.Failure) {
            let (entries, _) = try connection.client(console).send("GET", "/v1/audit", as: [API.AuditEntry].self)
            switch format {
            case .jsonl:
                let encoder = API.encoder()
                for entry in entries { console.out(String(decoding: (try? encoder.encode(entry)) ?? Data(), as: UTF8.self)) }
            case .csv:
                console.out("seq,at,actor,action,subject,details,previous_hash,hash")
                for e in entries {
                    console.out([String(e.seq), e.at, e.actor, e.action, e.subject, e.details, e.previousHash, e.hash].map(Self.csv).joined(separator: ","))
                }
            }
            return ExitCode.success
        } catch {
            console.err(error.description)
            return error.exitCode
        }
    }

    /// RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs it as a formula.
    static func csv(_ field: String) -> String {
        var text = field
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
