import ArgumentParser
import Foundation
import KosCore
import KosYAML

/// Where the daemon is and who is asking: flags, then `KOS_SERVER` / `KOS_TOKEN`, then the file
/// `kos login` writes (`$XDG_CONFIG_HOME/kos/config.yaml`, default `~/.config/kos/config.yaml`, mode 0600).
struct ConnectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp(tr("kosd's API: unix:PATH or http://HOST:PORT. Default: KOS_SERVER, the login file, else unix:.kos/kosd.sock.")))
    var server: String?

    @Option(help: ArgumentHelp(tr("API token. Prefer KOS_TOKEN or 'kos login': a flag shows in the process list.")))
    var token: String?

    struct Stored {
        var server: String?
        var token: String?
    }

    static func configPath(_ environment: [String: String]) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        return base + "/kos/config.yaml"
    }

    /// The login file's settings; a broken file is an error that names it.
    static func stored(_ environment: [String: String]) throws(APIClient.Failure) -> Stored {
        let path = configPath(environment)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return Stored() }
        do throws(Diagnostic) {
            let documents = try YAMLLoader().load(text, file: path)
            guard let root = documents.first?.root else { return Stored() }
            guard root.mapping != nil else { return Stored() }
            return Stored(server: root["server"]?.scalar?.text, token: root["token"]?.scalar?.text)
        } catch {
            throw .transport(tr("\(path) cannot be read: \(error)"))
        }
    }

    func client(_ console: Console) throws(APIClient.Failure) -> APIClient {
        let stored = try Self.stored(console.environment)
        let text = server ?? console.environment["KOS_SERVER"] ?? stored.server ?? "unix:.kos/kosd.sock"
        guard let address = APIClient.Server(text) else {
            throw .transport(tr("'\(text)' is not a kosd address; use unix:PATH or http://HOST:PORT"))
        }
        let token = token ?? console.environment["KOS_TOKEN"] ?? stored.token
        return APIClient(server: address, token: token?.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

struct ClientOptions: ParsableArguments {
    @OptionGroup var connection: ConnectionOptions

    @Option(help: ArgumentHelp(tr("Output format: human or json.")))
    var format: OutputFormat = .human

    var token: String? { connection.token }
    func client(_ console: Console) throws(APIClient.Failure) -> APIClient { try connection.client(console) }
}

/// A command that talks to kosd: failures print the server's problem and pick the exit code.
protocol ClientCommand: ConsoleCommand {
    var client: ClientOptions { get }
    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32
}

extension ClientCommand {
    func run(console: Console) throws -> Int32 {
        do throws(APIClient.Failure) {
            return try run(api: try client.client(console), console: console)
        } catch {
            console.err(console.paint(error.description, "1;31"))
            return error.exitCode
        }
    }

    /// Prints the server's JSON for `--format json`, else the human rendering.
    func emit(_ raw: Data, console: Console, human: () -> Void) {
        if client.format == .json {
            console.out(String(decoding: raw, as: UTF8.self))
        } else {
            human()
        }
    }
}

/// Plain text tables that line up Chinese and Latin text (wide characters count two columns).
enum Table {
    static func render(_ header: [String], _ rows: [[String]], console: Console) -> String {
        let all = [header] + rows
        var widths = Array(repeating: 0, count: header.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], width(cell)) }
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - width(cell))
            }.joined(separator: "  ")
        }
        let head = line(header)
        return ([console.paint(head, "1")] + rows.map(line)).joined(separator: "\n")
    }

    /// Columns `text` takes on a terminal: wide characters count two, colour escapes none.
    static func width(_ text: String) -> Int {
        var columns = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                columns += SourceText.displayWidth(scalar)
            }
        }
        return columns
    }

    /// Cuts `text` to `max` columns, marking the cut.
    static func clip(_ text: String, _ max: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        guard width(flat) > max else { return flat }
        var out = ""
        var used = 0
        for scalar in flat.unicodeScalars {
            let w = SourceText.displayWidth(scalar)
            if used + w > max - 1 { break }
            out.unicodeScalars.append(scalar)
            used += w
        }
        return out + "…"
    }

    /// `2026-11-22T09:31:46.123Z` as `2026-11-22 17:31` in the reader's zone.
    static func local(_ stamp: String?) -> String {
        guard let stamp else { return "" }
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let whole = ISO8601DateFormatter()
        guard let date = parser.date(from: stamp) ?? whole.date(from: stamp) else { return stamp }
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd HH:mm"
        f.timeZone = .current
        return f.string(from: date) + " " + zoneLabel(TimeZone.current.secondsFromGMT(for: date))
    }

    /// The clock a time is shown on, named beside it: `UTC`, `UTC+8`, `UTC-4:30`. Times are shown on the
    /// reader's clock (TZ, else the system's), and say which, so a UTC server and a Shanghai laptop never
    /// disagree in silence with `kos calendar`, which shows the calendar's own zone.
    static func zoneLabel(_ seconds: Int) -> String {
        guard seconds != 0 else { return "UTC" }
        let minutes = abs(seconds) / 60
        return "UTC" + (seconds > 0 ? "+" : "-") + "\(minutes / 60)" + (minutes % 60 == 0 ? "" : String(format: ":%02d", minutes % 60))
    }

    static func colored(state: String, console: Console) -> String {
        let code = switch state {
        case "published": "32"
        case "blocked", "rejected", "failed", "expired": "31"
        case "awaiting-approval", "scheduled": "33"
        default: "0"
        }
        return console.paint(stateName(state), code)
    }

    /// A state of a draft, a delivery, a booking or a decision as a person reads it, in their language; one this kos does not
    /// know, as kosd named it. (`--state` and `--format json` keep kosd's names.)
    static func stateName(_ state: String) -> String {
        switch state {
        case "submitted": tr("submitted")
        case "checking": tr("checking")
        case "awaiting-approval": tr("awaiting-approval")
        case "scheduled": tr("scheduled")
        case "publishing": tr("publishing")
        case "published": tr("published")
        case "blocked": tr("blocked")
        case "rejected": tr("rejected")
        case "approved": tr("approved")
        case "expired": tr("expired")
        case "failed": tr("failed")
        case "superseded": tr("superseded")
        case "withdrawn": tr("withdrawn")
        case "parked": tr("parked")
        case "pending": tr("pending")
        case "delivered": tr("delivered")
        case "dead": tr("dead")
        case "booked": tr("booked")
        case "fired": tr("fired")
        case "missed": tr("missed")
        case "moved": tr("moved")
        case "released": tr("released")
        default: state
        }
    }

    /// A person's role as a person reads it; one this kos does not know, as kosd named it.
    static func roleName(_ role: String) -> String {
        switch role {
        case "creator": tr("creator")
        case "reviewer": tr("reviewer")
        case "admin": tr("admin")
        default: role
        }
    }

    /// Whose a platform account is (`company` or `employee`), as a person reads it.
    static func ownershipName(_ ownership: String) -> String {
        switch ownership {
        case "company": tr("company")
        case "employee": tr("employee")
        default: ownership
        }
    }

    /// Items of a list in running text: "a, b, c" (in Chinese "a、b、c").
    static func list(_ items: [String]) -> String {
        items.joined(separator: tr(", "))
    }
}
