import Foundation
import KosCore
import KosRules
import KosStore

/// What the gateway receives is checked, not only the draft: a publish step renders its payload and checks
/// it, as a post, for what the run's packs require to be present (the `conditional` and `required` rules: the
/// 广告 label a sponsored or shoppable post must carry, and the like). A rule that the draft passes and its
/// payload fails means the template dropped what the rule needs: the delivery is refused — nothing is sent,
/// the run ends blocked with findings that name the platform and the template.
extension Worker {
    /// Rule kinds that require something to be present; a payload can lose what they need, not gain a term.
    static let presenceKinds: Set<String> = ["conditional", "required"]

    /// - Parameter rendered: the payload as it will be sent.
    func payloadRefusal(_ delivery: DeliveryStep, rendered: String, claimed: ClaimedStep, run: StoredRun, draft: Draft, creator: Person,
                        media: [[String: Any]], workflow: Workflow, _ environment: EngineEnvironment) async throws -> StepCommit? {
        var identifiers = Set([creator.id, creator.store ?? "", run.id, run.workflow] + draft.products + draft.platforms + draft.media.map(\.path))
        for m in media {
            for key in ["sha256", "url", "type"] { if let s = m[key] as? String { identifiers.insert(s) } }
        }
        let payload = Self.payloadDraft(rendered, from: draft, identifiers: identifiers)
        let packs = CheckPlan.packIDs(workflow: workflow, step: nil, definitions: environment.definitions)
        // What the draft itself fails is its check's to judge (or no check's, in a workflow without one): only
        // what rendering lost counts here. A payload that fails nothing (nearly every one) needs no look at the draft.
        let failed = try await lint(payload, packs: packs, kinds: Self.presenceKinds, environment).filter { $0.blocks(at: .warning) }
        guard !failed.isEmpty else { return nil }
        let drafted = Set(try await lint(draft, packs: packs, kinds: Self.presenceKinds, environment).map(\.rule))
        let introduced = failed.filter { !drafted.contains($0.rule) }
        guard !introduced.isEmpty else { return nil }
        let platform = Self.platform(of: rendered) ?? delivery.endpoint
        let findings = introduced.map { f -> Finding in
            var f = f
            f.message = tr("in the \(platform) payload from \(delivery.template): \(f.message)")
            f.line = nil
            f.column = nil
            return f
        }
        let failing = introduced.prefix(3).map(\.rule).joined(separator: ", ")
        let reason = tr("the \(platform) payload from \(delivery.template) fails \(failing), which the draft passes: the template drops what the rule needs, so nothing was sent to \(delivery.endpoint); fix the template")
        let result = String(decoding: (try? JSONEncoder().encode(findings)) ?? Data("[]".utf8), as: UTF8.self)
        return StepCommit(step: claimed, action: .advance(outcome: "blocked", next: nil, runStatus: .blocked, reason: reason),
                          result: result,
                          notes: [AuditNote(actor: "kosflow", action: .payloadBlocked, subject: "\(claimed.runID)/\(claimed.stepIndex)", details: reason)])
    }

    /// The payload as a post: each string it carries (identifiers aside) is a run of text — the draft's title as
    /// the title, its hashtags and alt texts as such, anything else as body; the draft's products, links and
    /// platforms stay what they are (they say what kind of post it is).
    static func payloadDraft(_ rendered: String, from draft: Draft, identifiers: Set<String>) -> Draft {
        let strings = payloadStrings(rendered)
        var payload = Draft(path: "payload", platforms: draft.platforms, products: draft.products, links: draft.links, workflow: draft.workflow)
        for (i, text) in strings.enumerated() where !text.isEmpty && !identifiers.contains(text) {
            let scope: Scope = text == draft.title ? .title : draft.hashtags.contains(text) ? .hashtags : draft.media.contains { $0.alt == text } ? .alt : .body
            switch scope {
            case .title: payload.title = text
            case .hashtags: payload.hashtags.append(text)
            case .alt: payload.media.append(Draft.Media(path: "", alt: text))
            default: payload.body += (payload.body.isEmpty ? "" : "\n") + text
            }
            payload.segments.append(Draft.Segment(scope: scope, text: text, start: SourceLocation(line: i + 1, column: 1)))
        }
        return payload
    }

    /// The strings a rendered payload carries (in document order, an object's members by key); a payload that is
    /// not JSON is one string. Read by ``JSONStrings`` when it can, else by Foundation.
    static func payloadStrings(_ rendered: String) -> [String] {
        if let strings = JSONStrings.collect(rendered) { return strings }
        return foundationStrings(rendered)
    }

    /// What `JSONSerialization` makes of a payload: the reference ``JSONStrings`` answers as.
    static func foundationStrings(_ rendered: String) -> [String] {
        guard let json = try? JSONSerialization.jsonObject(with: Data(rendered.utf8), options: [.fragmentsAllowed]) else { return [rendered] }
        var strings: [String] = []
        collect(json, into: &strings)
        return strings
    }

    static func collect(_ value: Any, into strings: inout [String]) {
        switch value {
        case let s as String: strings.append(s)
        case let a as [Any]: for v in a { collect(v, into: &strings) }
        case let d as [String: Any]: for key in d.keys.sorted() { collect(d[key]!, into: &strings) }
        default: break
        }
    }

    /// The payload's own `platform` field, when it has one.
    static func platform(of rendered: String) -> String? {
        (try? JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any])?["platform"] as? String
    }
}

extension Worker {
    /// The draft's media for a payload: path and alt as written, and from the store the SHA-256 and size of the
    /// file uploaded for this revision, its type (checked against its bytes at upload) and a signed link that
    /// expires (`MediaLinks`); a medium never uploaded keeps an empty hash and link.
    func mediaContext(run: StoredRun, draft: Draft) async throws -> [[String: Any]] {
        guard !draft.media.isEmpty else { return [] }
        let stored = try await store.revisionMedia(draftID: run.draftID, revision: run.revision)
        var links: MediaLinks?
        if let publicURL, stored.isEmpty == false { links = MediaLinks(base: publicURL, key: try await linkKeyOnce()) }
        let now = try await store.now()
        return draft.media.map { m in
            var item: [String: Any] = ["path": m.path, "alt": m.alt, "sha256": "", "size": 0, "type": MediaKind.claimed(by: m.path) ?? "", "url": "", "expires": 0]
            if let file = stored[m.path] {
                item["sha256"] = file.sha256
                item["size"] = file.size
                if let links {
                    let link = links.link(sha256: file.sha256, nowMillis: now)
                    item["url"] = link.url
                    item["expires"] = link.expires
                }
            }
            return item
        }
    }
}
