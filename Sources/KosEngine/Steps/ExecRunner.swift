import Foundation
import KosCore
import KosSystem

/// `exec:` — a brand's own program reads the draft as JSON on its standard input; exit 0 passes. Killed at its
/// timeout; its output is capped.
struct ExecRunner: StepRunner {
    let exec: ExecStep

    func run(_ input: StepInput) async throws -> StepDecision {
        let draft = input.draft
        let fields: [String: Any] = ["title": draft.title, "body": draft.body, "platforms": draft.platforms, "hashtags": draft.hashtags,
                                     "products": draft.products, "links": draft.links]
        let data = (try? JSONSerialization.data(withJSONObject: fields)) ?? Data()
        let name = exec.command[0]
        return switch ChildProcess.run(exec.command, input: data, timeout: exec.timeout.seconds, maxOutput: 1 << 20, environment: exec.environment) {
        case .exited(0, _): .done(.passed(findings: []))
        case .exited(let status, _): .done(.failed(reason: tr("\(name) exited with status \(status)")))
        case .signalled(let signal): .done(.failed(reason: tr("\(name) was killed by signal \(signal)")))
        case .timedOut: .done(.failed(reason: tr("\(name) did not finish within \(exec.timeout)")))
        case .failedToStart(let why): .done(.failed(reason: tr("\(name) could not start: \(why)")))
        }
    }
}
