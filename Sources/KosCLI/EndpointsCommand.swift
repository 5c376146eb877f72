import ArgumentParser
import Foundation
import KosCore

/// `kos endpoints`: the gateways and agencies deliveries go to, whether each takes deliveries, its circuit.
struct EndpointsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "endpoints", abstract: tr("Endpoints' health: enabled or not, circuit breaker, deliveries."),
        subcommands: [EndpointsListCommand.self, EndpointsEnableCommand.self], defaultSubcommand: EndpointsListCommand.self)
}

struct EndpointsListCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("Every endpoint with its health."))
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (endpoints, raw) = try api.send("GET", "/v1/endpoints", as: [API.EndpointStatus].self)
        emit(raw, console: console) { console.out(Self.table(endpoints, console: console)) }
        return ExitCode.success
    }

    static func table(_ endpoints: [API.EndpointStatus], console: Console) -> String {
        let rows = endpoints.map { e -> [String] in
            let state = e.enabled ? console.paint(tr("enabled"), "32") : console.paint(tr("disabled"), "1;31")
            let circuitName = Self.circuitName(e.circuit)
            let circuit = e.circuit == "closed" ? circuitName : console.paint(e.openUntil.map { tr("\(circuitName) until \(Table.local($0))") } ?? circuitName, "33")
            let counts = e.deliveries.sorted { $0.key < $1.key }.map { "\(Table.stateName($0.key)) \($0.value)" }.joined(separator: ", ")
            return [e.id, e.destination, state, circuit, counts.isEmpty ? "—" : counts, e.reason ?? ""]
        }
        return Table.render([tr("ENDPOINT"), tr("DESTINATION"), tr("STATE"), tr("CIRCUIT"), tr("DELIVERIES"), tr("WHY")], rows, console: console)
    }

    /// A circuit breaker's state (`closed`, `open`, `half-open`) as a person reads it.
    static func circuitName(_ circuit: String) -> String {
        switch circuit {
        case "closed": tr("closed")
        case "open": tr("open")
        case "half-open": tr("half-open")
        default: circuit
        }
    }
}

struct EndpointsEnableCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "enable", abstract: tr("Enable a disabled endpoint again (admins)."))
    @Argument(help: ArgumentHelp(tr("The endpoint id."))) var id: String
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (endpoints, raw) = try api.send("POST", "/v1/endpoints/\(DraftFile.escape(id))/enable", body: [String: String](), as: [API.EndpointStatus].self)
        emit(raw, console: console) { console.out(tr("enabled \(id)") + "\n" + EndpointsListCommand.table(endpoints, console: console)) }
        return ExitCode.success
    }
}
