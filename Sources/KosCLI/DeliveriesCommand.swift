import ArgumentParser
import Foundation
import KosCore

/// `kos deliveries`: webhooks sent to gateways and agencies, their attempts, and dead letters sent again.
struct DeliveriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliveries", abstract: tr("Webhook deliveries: list, every attempt of one, replay dead letters."),
        subcommands: [DeliveriesListCommand.self, DeliveriesShowCommand.self, DeliveriesReplayCommand.self],
        defaultSubcommand: DeliveriesListCommand.self)
}

struct DeliveriesListCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("Deliveries, newest first."))
    @Option(help: ArgumentHelp(tr("Only this endpoint's."))) var endpoint: String?
    @Option(help: ArgumentHelp(tr("pending, failed (being retried), delivered or dead."))) var state: String?
    @Option(help: ArgumentHelp(tr("Created since this RFC 3339 time."))) var since: String?
    @Option(help: ArgumentHelp(tr("At most this many."))) var limit = 500
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        var query = ["limit=\(limit)"]
        if let endpoint { query.append("endpoint=\(DraftFile.escape(endpoint))") }
        if let state { query.append("state=\(DraftFile.escape(state))") }
        if let since { query.append("since=\(DraftFile.escape(since))") }
        let (deliveries, raw) = try api.send("GET", "/v1/deliveries?" + query.joined(separator: "&"), as: [API.Delivery].self)
        emit(raw, console: console) {
            let rows = deliveries.map { d in
                [d.id, d.endpoint, Self.paint(d.state, console), String(d.attempts),
                 [Table.local(d.lastAttemptAt), d.lastStatus.map(String.init) ?? "", d.lastError ?? ""].filter { !$0.isEmpty }.joined(separator: " "), d.draft]
            }
            console.out(rows.isEmpty ? tr("no deliveries") : Table.render([tr("WEBHOOK-ID"), tr("ENDPOINT"), tr("STATE"), tr("ATTEMPTS"), tr("LAST ATTEMPT"), tr("DRAFT")], rows, console: console))
        }
        return ExitCode.success
    }

    static func paint(_ state: String, _ console: Console) -> String {
        let name = Table.stateName(state)
        return switch state {
        case "delivered": console.paint(name, "32")
        case "dead": console.paint(name, "1;31")
        case "failed": console.paint(name, "33")
        default: name
        }
    }
}

struct DeliveriesShowCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: tr("One delivery and every attempt: time, status, latency, answer."))
    @Argument(help: ArgumentHelp(tr("The webhook-id (msg_…)."))) var id: String
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (detail, raw) = try api.send("GET", "/v1/deliveries/\(DraftFile.escape(id))", as: API.DeliveryDetail.self)
        emit(raw, console: console) {
            let d = detail.delivery
            let state = DeliveriesListCommand.paint(d.state, console)
            console.out(trn(d.attempts, "\(d.id)  \(state) to \(d.endpoint) · draft \(d.draft) · run \(d.run) · \(d.attempts) attempt",
                            "\(d.id)  \(state) to \(d.endpoint) · draft \(d.draft) · run \(d.run) · \(d.attempts) attempts"))
            let rows = detail.attempts.map { a in
                [String(a.number), Table.local(a.at), a.status.map(String.init) ?? "—", a.latencyMs.map { "\($0) ms" } ?? "",
                 a.error ?? String(a.response.replacingOccurrences(of: "\n", with: " ").prefix(80))]
            }
            if !rows.isEmpty { console.out(Table.render(["#", tr("AT"), tr("STATUS"), tr("LATENCY"), tr("ANSWER")], rows, console: console)) }
        }
        return ExitCode.success
    }
}

struct DeliveriesReplayCommand: ClientCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay", abstract: tr("Send dead letters again (admins): one by id, or an endpoint's since a time."),
        discussion: tr("Each goes out under its own webhook-id with the endpoint's whole retry schedule; its run resumes at that step."))
    @Argument(help: ArgumentHelp(tr("The webhook-id (msg_…); or give --endpoint."))) var id: String?
    @Option(help: ArgumentHelp(tr("Every dead letter of this endpoint."))) var endpoint: String?
    @Option(help: ArgumentHelp(tr("With --endpoint: created since this RFC 3339 time."))) var since: String?
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        var ids: [String]
        switch (id, endpoint) {
        case (let id?, nil): ids = [id]
        case (nil, let endpoint?):
            var query = "state=dead&limit=10000&endpoint=\(DraftFile.escape(endpoint))"
            if let since { query += "&since=\(DraftFile.escape(since))" }
            ids = try api.send("GET", "/v1/deliveries?" + query, as: [API.Delivery].self).0.map(\.id).reversed()
        default:
            console.err(tr("name one delivery, or --endpoint (and --since) for many"))
            return ExitCode.usage
        }
        var replayed: [API.Delivery] = [], refused: [(String, String)] = []
        for (i, id) in ids.enumerated() {
            do throws(APIClient.Failure) {
                replayed.append(try api.send("POST", "/v1/deliveries/\(DraftFile.escape(id))/replay", body: [String: String](), as: API.Delivery.self).0)
            } catch {
                if case .problem(let p) = error, p.status == 409 || p.status == 404 { refused.append((id, p.detail ?? p.title)) } else { throw error }
            }
            if console.isTerminal && ids.count > 1 {
                let done = i + 1, width = 30, filled = width * done / ids.count
                console.err("\u{1B}[1A\u{1B}[2K[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] \(done)/\(ids.count)")
            }
        }
        if client.format == .json {
            let data = (try? API.encoder().encode(replayed)) ?? Data()
            console.out(String(decoding: data, as: UTF8.self))
        } else {
            console.out(trn(ids.count, "replayed \(replayed.count) of \(ids.count) dead letter", "replayed \(replayed.count) of \(ids.count) dead letters"))
            for (id, why) in refused { console.err("\(id): \(why)") }
        }
        return refused.isEmpty ? ExitCode.success : ExitCode.failure
    }
}
