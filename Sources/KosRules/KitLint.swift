import Foundation
import KosCore

/// A campaign kit's locked text, checked once against the packs of the workflow it is for: text the brand locks
/// and every associate posts as it is must pass its own checks, or the kit is refused where it is defined.
public enum KitLint {
    /// An error for each kit whose locked text (title and body, slots left out) a pack flags at `error`.
    public static func diagnostics(_ definitions: Definitions, packs: [String: GuidelinePack]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for kit in definitions.kits.values.sorted(by: { $0.id < $1.id }) {
            let ids: [String]
            if let id = kit.workflow, let workflow = definitions.workflows[id] {
                ids = CheckPlan.packIDs(workflow: workflow, step: nil, definitions: definitions)
            } else {
                ids = ["prc-advertising-law", "client-privacy"]
            }
            for slot in kit.slots {
                for id in slot.guidelines where packs[id] == nil {
                    out.append(Diagnostic(code: "KOS2007", message: tr("kit \(kit.reference): slot '\(slot.name)' names no guideline pack '\(id)'"),
                                          file: kit.source.file, location: kit.source.location))
                }
            }
            guard let linter = try? Linter(packs: ids.compactMap { packs[$0] }) else { continue }
            var draft = Draft(path: kit.source.file, title: KitTemplate.lockedText(kit.title), body: KitTemplate.lockedText(kit.body), platforms: kit.platforms,
                              hashtags: kit.hashtags, products: kit.products)
            draft.segments = [Draft.Segment(scope: .title, text: draft.title, start: kit.source.location),
                              Draft.Segment(scope: .body, text: draft.body, start: kit.source.location)]
            // The slots are filled later: a missing disclosure or a length the associate's words decide is theirs.
            for f in linter.lint(draft, platforms: []) where f.level == .error && f.scope != nil {
                let message = f.match.map { tr("kit \(kit.reference): its locked text fails \(f.rule): \(f.message) (「\($0)」)") }
                    ?? tr("kit \(kit.reference): its locked text fails \(f.rule): \(f.message)")
                out.append(Diagnostic(code: "KOS2019", message: message, file: kit.source.file, location: kit.source.location))
            }
        }
        return out
    }
}
