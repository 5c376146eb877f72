import Foundation
import KosCore
import KosDefinitions
import KosStore

/// `wait:` — until a local time, until the embargoes on the draft's products lift, or for the next free slot of
/// the calendar (`Worker+Slots`). Held by releasing the step until then; done when the time has come.
struct WaitRunner: StepRunner {
    let worker: Worker
    let wait: WaitStep

    func run(_ input: StepInput) async throws -> StepDecision {
        switch wait {
        case .until(let local, let zone):
            guard let instant = LocalDateTime.instant(local, zone: zone ?? "Asia/Shanghai") else {
                return .done(.failed(reason: tr("wait until \(local): not a time")))
            }
            let due = Int64(instant.timeIntervalSince1970 * 1000)
            if input.round.now < due { return input.release(due, tr("waiting until \(local)")) }
            return .done(.waited)
        case .embargo(let calendarID):
            let lifts = try await worker.embargoLift(draft: input.draft, calendar: calendarID ?? input.workflow.calendar, input.environment)
            if let lifts, input.round.now < lifts.millis {
                return input.release(lifts.millis, tr("held by the embargo on \(lifts.product) until \(lifts.local)"))
            }
            return .done(.waited)
        case .slot(let calendarID):
            // A post made from a campaign kit (and matching it) takes only the slots the kit names.
            var kitSlots: [String]?
            if let match = input.context.kit, match.matched {
                let kits = input.environment.definitions.kits
                let kit = try await worker.versions.kit(named: match.reference, defined: kits)
                if let names = kit?.calendarSlots, !names.isEmpty { kitSlots = names }
            }
            switch try await worker.slot(calendar: calendarID ?? input.workflow.calendar, claimed: input.claimed, draft: input.draft,
                                         creator: input.creator, kitSlots: kitSlots, input.environment) {
            case .wait(let until, let note): return input.release(until, note)
            case .go(let update): return .done(.waited, StepFacts(booking: update))
            case .end(let status, let reason):
                return .commit(StepCommit(step: input.claimed, action: .advance(outcome: status == .expired ? "expired" : "failed", next: nil,
                                                                                runStatus: status, reason: reason)))
            }
        }
    }
}

extension Worker {
    /// The latest lift of the embargoes (not lifted yet) that name one of the draft's products: by SKU in
    /// `products`, or in the text as the embargo check finds it — the same rule, scopes and normalisation, so
    /// what `kos lint` and the check step note as held is what this holds. nil when none applies.
    func embargoLift(draft: Draft, calendar id: String?, _ environment: EngineEnvironment) async throws -> (millis: Int64, product: String, local: String)? {
        guard let calendar = id.flatMap({ environment.definitions.calendars[$0] }),
              let pack = GuidelinePack.embargoes(of: calendar, holding: true) else { return nil }
        var named: [Int: String] = [:]
        for f in try await lint(draft, packs: [pack.id], environment) {
            guard let n = f.rule.split(separator: "-").last.flatMap({ Int($0) }), named[n - 1] == nil else { continue }
            named[n - 1] = f.match
        }
        var latest: (millis: Int64, product: String, local: String)?
        for (i, embargo) in calendar.embargoes.enumerated() {
            guard let product = embargo.products.first(where: { draft.products.contains($0) }) ?? named[i],
                  let lifts = LocalDateTime.instant(embargo.until, zone: calendar.timeZone) else { continue }
            let millis = Int64(lifts.timeIntervalSince1970 * 1000)
            if millis > latest?.millis ?? .min { latest = (millis, product, "\(embargo.until) \(calendar.timeZone)") }
        }
        return latest
    }
}
