import Foundation
import KosCore

/// `external`: a compliance team's own checker. The draft goes to its stdin as JSON; it answers with
/// `{"findings": [{"message": …, "level"?: …, "scope"?: …, "match"?: …, "line"?: …, "column"?: …}]}`.
/// A crash, a non-zero exit, bad output or a timeout is an error finding, never a silent pass.
struct ExternalRule: GuidelineCheck {
    let info: RuleInfo
    let command: [String]
    let timeout: TimeSpan

    init(pack: String, rule: GuidelineRule) throws(RuleCompileError) {
        info = RuleInfo(pack: pack, rule: rule)
        command = rule.options.strings("command")
        timeout = rule.options.string("timeout").flatMap(TimeSpan.init(parsing:)) ?? .seconds(10)
        guard !command.isEmpty else { throw RuleCompileError(rule: info.id, message: "external rule has no command") }
    }

    /// Output larger than this is refused: a checker answers with findings, not a novel.
    static let maxOutput = 1 << 20

    func check(_ context: CheckContext, owner: Int) -> [Finding] {
        let d = context.draft
        let input: [String: Any] = [
            "path": d.path, "title": d.title, "body": d.body, "platforms": d.platforms, "hashtags": d.hashtags,
            "products": d.products, "links": d.links, "media": d.media.map { ["path": $0.path, "alt": $0.alt] },
            "workflow": d.workflow as Any, "rule": info.id,
        ]
        let result = Self.run(command, input: (try? JSONSerialization.data(withJSONObject: input)) ?? Data(), timeout: timeout)
        let name = command[0]
        func failure(_ why: String) -> [Finding] {
            [Finding(rule: info.id, level: .error, scope: nil, line: nil, column: nil, match: nil,
                     message: "checker \(name) \(why); the draft was not checked by it", link: info.link)]
        }
        switch result {
        case .failedToStart(let why): return failure("could not start: \(why)")
        case .timedOut: return failure("did not answer within \(timeout)")
        case .exited(let status, let output):
            guard status == 0 else { return failure("exited with status \(status)") }
            guard output.count <= Self.maxOutput,
                  let object = try? JSONSerialization.jsonObject(with: output),
                  let list = (object as? [String: Any])?["findings"] as? [[String: Any]] ?? object as? [[String: Any]] else {
                return failure("answered with something that is not {\"findings\": [...]}")
            }
            return list.map { f in
                Finding(
                    rule: info.id, level: (f["level"] as? String).flatMap(FindingLevel.init(rawValue:)) ?? info.level,
                    scope: (f["scope"] as? String).flatMap(Scope.init(rawValue:)), line: f["line"] as? Int, column: f["column"] as? Int,
                    match: f["match"] as? String, message: (f["message"] as? String) ?? info.message(for: f["match"] as? String), link: info.link)
            }
        case .signalled(let signal): return failure("was killed by signal \(signal)")
        }
    }

    enum RunResult {
        case exited(Int32, Data)
        case signalled(Int32)
        case timedOut
        case failedToStart(String)
    }

    static func run(_ command: [String], input: Data, timeout: TimeSpan) -> RunResult {
        // A checker that exits without reading its stdin must cost us an EPIPE, not our life.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0].contains("/") ? command[0] : "/usr/bin/env")
        process.arguments = command[0].contains("/") ? Array(command.dropFirst()) : command
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return .failedToStart("\(error.localizedDescription)") }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var output = Data()
        DispatchQueue.global().async {
            var collected = Data()
            while true {
                let chunk = stdout.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                if collected.count <= maxOutput { collected.append(chunk) }
            }
            output = collected
            done.signal()
        }
        DispatchQueue.global().async {
            // A checker that never reads its input must not block us: write in the background.
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        let deadline = DispatchTime.now() + .milliseconds(Int(timeout.milliseconds))
        if done.wait(timeout: deadline) == .timedOut {
            process.terminate()
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return .timedOut
        }
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal { return .signalled(process.terminationStatus) }
        return .exited(process.terminationStatus, output)
    }
}
