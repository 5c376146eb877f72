import Foundation
import KosCore
import KosStore

/// `check:` — the guideline packs over the draft; blocked when a finding reaches `block_on`. The findings are
/// kept with the completion (later steps' conditions read them), and each suppressed one is an audit entry.
struct CheckRunner: StepRunner {
    let worker: Worker
    let check: CheckStep

    func run(_ input: StepInput) async throws -> StepDecision {
        let packs = worker.packIDs(check, input.workflow, input.environment)
        var findings = try await worker.lint(input.draft, packs: packs, input.environment)
        // The text in the draft's pictures, with the same packs; their QR codes and barcodes at the step's level.
        let (worker, environment) = (worker, input.environment)
        findings += try await worker.imageFindings(run: input.run, draft: input.draft, codes: check.codes) { text in
            try await worker.lint(text, packs: packs, environment)
        }
        // Each slot of a kit post is checked with the packs its kit's version gives it, besides the workflow's.
        let kits = input.environment.definitions.kits
        if let kit = input.context.kit,
           let defined = try await worker.versions.kit(named: kit.reference, defined: kits) {
            for slot in defined.slots where !slot.guidelines.isEmpty {
                guard let text = kit.slots[slot.name], !text.isEmpty else { continue }
                for f in try await worker.lint(Draft.text(text), packs: slot.guidelines, input.environment) {
                    var found = f
                    found.line = nil
                    found.column = nil
                    found.message = tr("in the slot \(slot.name): \(f.message)")
                    findings.append(found)
                }
            }
        }
        // A draft that claims a campaign kit it does not match goes through the full review, told exactly why.
        if let kit = input.context.kit, !kit.matched {
            let at = input.draft.fieldLocations["kit"]
            findings.append(Finding(rule: "kit/mismatch", level: .warning, scope: nil, line: at?.line, column: at?.column, match: kit.reference,
                                    message: tr("made from \(kit.reference), but \(kit.differences.joined(separator: "; ")): it takes the full review, not the kit's fast lane")))
        }
        var facts = StepFacts(findings: findings)
        for f in findings where f.suppressed != nil {
            facts.notes.append(AuditNote(actor: "kosflow", action: .findingSuppressed, subject: input.subject,
                                         details: "\(f.rule) \"\((f.match ?? "").prefix(80))\" at \(f.line ?? 0):\(f.column ?? 0): \(f.suppressed ?? "")"))
        }
        facts.result = String(decoding: (try? JSONEncoder().encode(findings)) ?? Data("[]".utf8), as: UTF8.self)
        let outcome: StepOutcome = findings.contains { $0.blocks(at: check.blockOn) } ? .blocked(findings: findings) : .passed(findings: findings)
        return .done(outcome, facts)
    }
}
