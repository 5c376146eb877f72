import ArgumentParser
import Foundation
import KosCore

/// `kos endpoints`: the gateways and agencies deliveries go to, whether each takes deliveries, its circuit.
struct EndpointsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "endpoints", abstract: "Endpoints' health: enabled or not, circuit breaker, deliveries.",
        subcommands: [EndpointsListCommand.self, EndpointsEnableCommand.self], defaultSubcommand: EndpointsListCommand.self)
}

struct EndpointsListCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Every endpoint with its health.")
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (endpoints, raw) = try api.send("GET", "/v1/endpoints", as: [API.EndpointStatus].self)
        emit(raw, console: console) { console.out(Self.table(endpoints, console: console)) }
        return ExitCode.success
    }

    static func table(_ endpoints: [API.EndpointStatus], console: Console) -> String {
        let rows = endpoints.map { e -> [String] in
            let state = e.enabled ? console.paint("enabled", "32") : console.paint("disabled", "1;31")
            let circuit = e.circuit == "closed" ? e.circuit : console.paint(e.circuit + (e.openUntil.map { " until \($0)" } ?? ""), "33")
            let counts = e.deliveries.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            return [e.id, e.destination, state, circuit, counts.isEmpty ? "—" : counts, e.reason ?? ""]
        }
        return Table.render(["ENDPOINT", "DESTINATION", "STATE", "CIRCUIT", "DELIVERIES", "WHY"], rows, console: console)
    }
}

struct EndpointsEnableCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "enable", abstract: "Enable a disabled endpoint again (admins).")
    @Argument(help: "The endpoint id.") var id: String
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (endpoints, raw) = try api.send("POST", "/v1/endpoints/\(DraftFile.escape(id))/enable", body: [String: String](), as: [API.EndpointStatus].self)
        emit(raw, console: console) { console.out("enabled \(id)\n" + EndpointsListCommand.table(endpoints, console: console)) }
        return ExitCode.success
    }
}
