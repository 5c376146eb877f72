import ArgumentParser
import Foundation
import KosCore

/// `kos people`: the staff directory from the HR export, accounts, reviewers away, associates leaving.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people", abstract: tr("The staff directory: import the HR export, see who is who, hand over when someone is away or leaves."),
        subcommands: [PeopleListCommand.self, PeopleShowCommand.self, PeopleImportCommand.self, PeopleOffboardCommand.self, PeopleAwayCommand.self,
                      PeopleAccountsCommand.self],
        defaultSubcommand: PeopleListCommand.self)
}

struct PeopleListCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("Everyone in the directory (admins), or yourself."))
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (people, raw) = try api.send("GET", "/v1/people", as: [API.PersonEntry].self)
        emit(raw, console: console) {
            let rows = people.map { p -> [String] in
                let status = switch p.status {
                case "left": console.paint(tr("left \(Table.local(p.leftAt))"), "2")
                case "leaving": console.paint(tr("leaving \(Table.local(p.leftAt))"), "33")
                default: p.awayUntil.map { console.paint(tr("away until \(Table.local($0)) → \(p.delegate ?? "?")"), "33") } ?? tr("active")
                }
                return [p.id, p.name ?? "", Table.roleName(p.role), p.store ?? "", p.manager ?? "", p.groups.joined(separator: ","),
                        p.accounts.map { "\($0.id) (\(Table.ownershipName($0.ownership)))" }.joined(separator: "; "), status]
            }
            console.out(Table.render(["ID", tr("NAME"), tr("ROLE"), tr("STORE"), tr("MANAGER"), tr("GROUPS"), tr("ACCOUNTS"), tr("STATUS")], rows, console: console))
        }
        return ExitCode.success
    }
}

struct PeopleShowCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: tr("One person: role, store, accounts, away or leaving, and their handover."))
    @Argument(help: ArgumentHelp(tr("The person's id."))) var id: String
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (p, raw) = try api.send("GET", "/v1/people/\(DraftFile.escape(id))", as: API.PersonEntry.self)
        emit(raw, console: console) {
            // Who, their role and store: names and ids; only "reports to" is words.
            let who = "\(p.id)\(p.name.map { " \($0)" } ?? "") — \(Table.roleName(p.role))\(p.store.map { ", \($0)" } ?? "")"
            var lines = [p.manager.map { tr("\(who), reports to \($0)") } ?? who]
            if !p.groups.isEmpty { lines.append(tr("groups: \(p.groups.joined(separator: ", "))")) }
            for a in p.accounts {
                switch a.ownership {
                case "company": lines.append(tr("account \(a.id): company-owned"))
                case "employee": lines.append(tr("account \(a.id): employee-owned"))
                default: lines.append(tr("account \(a.id): \(a.ownership)-owned"))
                }
            }
            if let until = p.awayUntil.map(Table.local) { lines.append(tr("away until \(until); \(p.delegate ?? "?") decides on their behalf")) }
            if let left = p.leftAt.map(Table.local) {
                let successor = p.successor ?? tr("none")
                lines.append(p.status == "left" ? tr("left the program at \(left); successor \(successor)") : tr("leaves the program at \(left); successor \(successor)"))
            }
            if let h = p.handover { lines += Self.report(h) }
            console.out(lines.joined(separator: "\n"))
        }
        return ExitCode.success
    }

    static func report(_ h: OffboardReport) -> [String] {
        func list(_ items: [String]) -> String { items.isEmpty ? tr("none") : items.joined(separator: ", ") }
        let handed = h.handedOver.count, cancelled = h.cancelled.count, revoked = h.tokensRevoked
        let successor = h.successor ?? tr("nobody"), handedList = list(h.handedOver), cancelledList = list(h.cancelled)
        return [
            trn(handed, "handover: \(handed) post handed over to \(successor) (\(handedList))",
                "handover: \(handed) posts handed over to \(successor) (\(handedList))"),
            trn(cancelled, "          \(cancelled) post cancelled (\(cancelledList))", "          \(cancelled) posts cancelled (\(cancelledList))"),
            trn(revoked, "          \(revoked) token revoked, console sessions ended", "          \(revoked) tokens revoked, console sessions ended"),
            tr("          company-owned accounts passed: \(list(h.accountsPassed)); own accounts retired: \(list(h.accountsRetired))"),
            tr("          still live on their own accounts: \(list(h.live)); recall requested: \(list(h.recalls))"),
        ]
    }
}

struct PeopleImportCommand: ClientCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: tr("Import the HR export (CSV: id,name,role,store,manager,groups,accounts); admins."),
        discussion: tr("""
            groups are separated by ';'; accounts are 'platform:handle (company)' or '(employee)', separated by ';'.
            People and accounts the file does not name are left as they are; a file with any mistake changes nothing.
            """))
    @Argument(help: ArgumentHelp(tr("The CSV file (UTF-8, as Excel's or WPS's 'CSV UTF-8' saves it)."))) var file: String
    @Flag(help: ArgumentHelp(tr("Show what would change, change nothing."))) var dryRun = false
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        guard let data = FileManager.default.contents(atPath: file) else {
            console.err(console.paint(tr("error: cannot read \(file)"), "1;31"))
            return ExitCode.failure
        }
        // Checked here first, so a file that is not UTF-8 is named as such rather than sent.
        let parsed = StaffCSV.parse(data)
        if !parsed.errors.isEmpty { return Self.mistakes(parsed.errors.map { ($0.line, $0.message) }, file: file, console: console) }
        do throws(APIClient.Failure) {
            let (result, raw) = try api.send("POST", "/v1/people/import", body: API.DirectoryImport(csv: String(decoding: data, as: UTF8.self), dryRun: dryRun),
                                            as: API.DirectoryImported.self)
            emit(raw, console: console) {
                var lines = [dryRun ? tr("would add \(result.added), would update \(result.updated), unchanged \(result.unchanged)")
                                    : tr("added \(result.added), updated \(result.updated), unchanged \(result.unchanged)")]
                for c in result.changes {
                    lines.append("  \(file):\(c.line): \(c.kind == .added ? "+" : "~") \(c.id)\(c.fields.isEmpty ? "" : " (\(c.fields.joined(separator: ", ")))")")
                }
                if dryRun { lines.append(tr("nothing changed (--dry-run)")) }
                console.out(lines.joined(separator: "\n"))
            }
            return ExitCode.success
        } catch {
            if case .problem(let p) = error, let errors = p.errors, p.status == 422 {
                return Self.mistakes(errors.map { ($0.line, $0.message) }, file: file, console: console)
            }
            throw error
        }
    }

    static func mistakes(_ errors: [(Int?, String)], file: String, console: Console) -> Int32 {
        for (line, message) in errors {
            console.err("\(file)\(line.map { ":\($0)" } ?? ""): \(console.paint("error", "1;31")): \(message)")
        }
        console.err(trn(errors.count, "\(errors.count) mistake; nothing was imported", "\(errors.count) mistakes; nothing was imported"))
        return ExitCode.failure
    }
}

struct PeopleOffboardCommand: ClientCommand {
    static let configuration = CommandConfiguration(
        commandName: "offboard", abstract: tr("Someone leaves the program: nothing more is published for them, their work is handed over (admins)."),
        discussion: tr("""
            From the moment (now, or --at), nothing more is published for them and their tokens and console sessions stop \
            working. Their posts in review and scheduled are handed over or cancelled as each workflow's 'offboarding:' \
            says; company-owned accounts pass to the successor; their posts still live on their own accounts are listed and \
            a recall is asked of each gateway that takes one. Running it again changes nothing.
            """))
    @Argument(help: ArgumentHelp(tr("The leaver's id."))) var id: String
    @Option(name: .customLong("handover"), help: ArgumentHelp(tr("Who takes over their posts and company-owned accounts."))) var successor: String?
    @Option(help: ArgumentHelp(tr("When they leave (RFC 3339, e.g. 2026-12-31T18:00:00+08:00); default now."))) var at: String?
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (result, raw) = try api.send("POST", "/v1/people/\(DraftFile.escape(id))/offboard", body: API.OffboardRequest(successor: successor, at: at),
                                        as: API.Offboarded.self)
        emit(raw, console: console) {
            let successor = result.successor ?? tr("none")
            var lines = [result.handover == nil ? tr("\(id) leaves the program at \(Table.local(result.leftAt)); successor \(successor)")
                                                : tr("\(id) left the program at \(Table.local(result.leftAt)); successor \(successor)")]
            if let h = result.handover {
                lines += PeopleShowCommand.report(h)
            } else {
                lines.append(tr("kosd hands their work over at that moment; until then nothing changes"))
            }
            console.out(lines.joined(separator: "\n"))
        }
        return ExitCode.success
    }
}

struct PeopleAwayCommand: ClientCommand {
    static let configuration = CommandConfiguration(
        commandName: "away", abstract: tr("A reviewer is away: their delegate sees and decides their queue until they are back."))
    @Argument(help: ArgumentHelp(tr("The reviewer's id."))) var id: String
    @Option(help: ArgumentHelp(tr("Back at (RFC 3339, or a date: 2026-12-20); the delegation ends by itself then."))) var until: String?
    @Option(help: ArgumentHelp(tr("Who decides on their behalf meanwhile."))) var delegate: String?
    @Flag(help: ArgumentHelp(tr("Back now: end the delegation."))) var back = false
    @OptionGroup var client: ClientOptions

    func validate() throws {
        if back != (until == nil) { throw ValidationError(back ? tr("--back ends an absence; it takes no --until") : tr("say --until DATE --delegate ID, or --back")) }
    }

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        // A bare date means the start of that day in China Standard Time, where the program runs.
        let when = until.map { $0.count == 10 ? $0 + "T00:00:00+08:00" : $0 }
        let (p, raw) = try api.send("POST", "/v1/people/\(DraftFile.escape(id))/away", body: API.AwayRequest(until: when, delegate: back ? nil : delegate),
                                   as: API.PersonEntry.self)
        emit(raw, console: console) {
            console.out(p.awayUntil.map { tr("\(id) is away until \(Table.local($0)); \(p.delegate ?? "?") decides on their behalf") } ?? tr("\(id) is back and decides their own queue"))
        }
        return ExitCode.success
    }
}

struct PeopleAccountsCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "accounts", abstract: tr("The register of platform accounts: who operates each, whose it is."))
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (accounts, raw) = try api.send("GET", "/v1/accounts", as: [API.Account].self)
        emit(raw, console: console) {
            console.out(Table.render([tr("ACCOUNT"), tr("PLATFORM"), tr("HANDLE"), tr("OPERATOR"), tr("OWNED BY")],
                                     accounts.map { [$0.id, $0.platform, $0.handle, $0.operatorID, Table.ownershipName($0.ownership)] }, console: console))
        }
        return ExitCode.success
    }
}
