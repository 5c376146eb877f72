import Foundation
import KosCore
import KosSystem

/// `external`: a compliance team's own checker. The draft goes to its stdin as JSON; it answers with
/// `{"findings": [{"message": …, "level"?: …, "scope"?: …, "match"?: …, "line"?: …, "column"?: …}]}`.
/// A crash, a non-zero exit, bad output or a timeout is an error finding, never a silent pass.
struct ExternalRule: GuidelineCheck {
    let info: RuleInfo
    let command: [String]
    let timeout: TimeSpan
    /// What the checker's environment holds besides PATH, LANG, LC_ALL and TZ.
    let environment: [String: String]

    init(pack: String, rule: GuidelineRule) throws(RuleCompileError) {
        info = RuleInfo(pack: pack, rule: rule)
        command = rule.options.strings("command")
        timeout = rule.options.string("timeout").flatMap(TimeSpan.init(parsing:)) ?? .seconds(10)
        environment = rule.options.map("env").compactMapValues { if case .string(let s) = $0 { s } else { nil } }
        guard !command.isEmpty else { throw RuleCompileError(rule: info.id, message: tr("external rule has no command")) }
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
        // The checker's own timeout, within what is left of the draft's budget.
        let allowed = min(timeout.seconds, context.budget.remainingSeconds ?? .infinity)
        let result = ChildProcess.run(command, input: (try? JSONSerialization.data(withJSONObject: input)) ?? Data(), timeout: allowed,
                                      maxOutput: Self.maxOutput, environment: environment)
        let name = command[0]
        func failure(_ message: String) -> [Finding] {
            [Finding(rule: info.id, level: .error, scope: nil, line: nil, column: nil, match: nil, message: message, link: info.link)]
        }
        switch result {
        case .failedToStart(let why): return failure(tr("checker \(name) could not start: \(why); the draft was not checked by it"))
        case .timedOut:
            return failure(allowed < timeout.seconds ? tr("checker \(name) did not answer within the time left of the draft's check budget; the draft was not checked by it")
                : tr("checker \(name) did not answer within \(timeout); the draft was not checked by it"))
        case .exited(let status, let output):
            guard status == 0 else { return failure(tr("checker \(name) exited with status \(status); the draft was not checked by it")) }
            guard output.count <= Self.maxOutput else {
                return failure(tr("checker \(name) answered with more than \(Self.maxOutput) bytes; the draft was not checked by it"))
            }
            guard
                  let object = try? JSONSerialization.jsonObject(with: output),
                  let list = (object as? [String: Any])?["findings"] as? [[String: Any]] ?? object as? [[String: Any]] else {
                return failure(tr("checker \(name) answered with something that is not {\"findings\": [...]}; the draft was not checked by it"))
            }
            return list.map { f in
                Finding(
                    rule: info.id, level: (f["level"] as? String).flatMap(FindingLevel.init(rawValue:)) ?? info.level,
                    scope: (f["scope"] as? String).flatMap(Scope.init(rawValue:)), line: f["line"] as? Int, column: f["column"] as? Int,
                    match: f["match"] as? String, message: (f["message"] as? String) ?? info.message(for: f["match"] as? String), link: info.link)
            }
        case .signalled(let signal): return failure(tr("checker \(name) was killed by signal \(signal); the draft was not checked by it"))
        }
    }
}
