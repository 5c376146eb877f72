import Foundation
public import KosCore
import KosRegex

/// A pack whose fixtures failed or whose rules do not compile; names the rule and the fixture.
public struct PackError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Guideline packs compiled once: one automaton for every literal of every rule, matched once per segment.
///
/// A linter keeps per-character caches, so it is not shared between threads: make one per thread.
public final class Linter {
    let rules: [any GuidelineCheck]
    let automaton: Automaton
    let entries: [LexiconBuilder.Entry]
    let normalizer: Normalizer
    public let packIDs: [String]
    /// Whether a rule runs a checker program (which blocks the calling thread while it runs).
    public var runsPrograms: Bool { rules.contains { $0 is ExternalRule } }

    /// Compiles `packs` and runs every rule's fixtures; refuses the packs if any fixture fails.
    public convenience init(packs: [GuidelinePack]) throws(PackError) {
        try self.init(packs: packs, runFixtures: true)
    }

    init(packs: [GuidelinePack], runFixtures: Bool) throws(PackError) {
        var problems: [Diagnostic] = []
        var rules: [any GuidelineCheck] = []
        var sources: [SourceRef] = []
        var fixtures: [(rule: Int, flag: [String], pass: [String])] = []
        for pack in packs {
            for rule in pack.rules {
                do throws(RuleCompileError) {
                    rules.append(try Self.compile(pack: pack.id, rule: rule))
                    sources.append(rule.source)
                    if !rule.fixturesFlag.isEmpty || !rule.fixturesPass.isEmpty {
                        fixtures.append((rules.count - 1, rule.fixturesFlag, rule.fixturesPass))
                    }
                } catch {
                    problems.append(Diagnostic(code: "KOS3002", message: error.description, file: rule.source.file, location: rule.source.location))
                }
            }
        }
        guard problems.isEmpty else { throw PackError(diagnostics: problems) }
        let normalizer = Normalizer()
        var lexicon = LexiconBuilder(normalizer: normalizer)
        for (i, rule) in rules.enumerated() { rule.register(in: &lexicon, owner: i) }
        self.rules = rules
        self.automaton = Automaton(patterns: lexicon.patterns)
        self.entries = lexicon.entries
        self.normalizer = normalizer
        self.packIDs = packs.map(\.id)
        if runFixtures {
            let far = Date(timeIntervalSince1970: 0)
            for f in fixtures {
                let rule = rules[f.rule]
                let scope = rule.info.scopes.contains(.body) ? Scope.body : rule.info.scopes.first ?? .body
                let source = sources[f.rule]
                for text in f.flag where !findings(Draft.text(text, scope: scope), onlyRule: f.rule, now: far).contains(where: { $0.rule == rule.info.id }) {
                    problems.append(Diagnostic(
                        code: "KOS3001", message: "rule \(rule.info.id) does not flag its fixture \"\(text)\"; the pack is refused",
                        file: source.file, location: source.location))
                }
                for text in f.pass where findings(Draft.text(text, scope: scope), onlyRule: f.rule, now: far).contains(where: { $0.rule == rule.info.id }) {
                    problems.append(Diagnostic(
                        code: "KOS3001", message: "rule \(rule.info.id) flags its pass fixture \"\(text)\"; the pack is refused",
                        file: source.file, location: source.location))
                }
            }
            guard problems.isEmpty else { throw PackError(diagnostics: problems) }
        }
    }

    static func compile(pack: String, rule: GuidelineRule) throws(RuleCompileError) -> any GuidelineCheck {
        switch rule.kind {
        case "existence": return ExistenceRule(pack: pack, rule: rule)
        case "claim": return try ClaimRule(pack: pack, rule: rule)
        case "substitution": return SubstitutionRule(pack: pack, rule: rule)
        case "occurrence": return try OccurrenceRule(pack: pack, rule: rule)
        case "required": return try RequiredRule(pack: pack, rule: rule)
        case "conditional": return try ConditionalRule(pack: pack, rule: rule)
        case "length": return LengthRule(pack: pack, rule: rule)
        case "capitalization": return CapitalizationRule(pack: pack, rule: rule)
        case "pattern": return try PatternRule(pack: pack, rule: rule)
        case "embargo": return try EmbargoRule(pack: pack, rule: rule)
        case "external": return try ExternalRule(pack: pack, rule: rule)
        default: throw RuleCompileError(rule: "\(pack)/\(rule.id)", message: "unknown rule kind '\(rule.kind)'")
        }
    }

    /// Every finding for `draft`, in file order.
    /// - Parameters:
    ///   - now: the time embargoes are judged at.
    ///   - platforms: the platforms to check for; nil means the draft's own.
    ///   - budget: how long the checks may take; past it the rules not finished are named in one blocking
    ///     finding (`kosflow/check-budget`): a draft that could not be checked never counts as clean.
    ///   - trace: told, for each candidate a rule judged in context, which step decided and why.
    public func lint(_ draft: Draft, now: Date = Date(), platforms: [String]? = nil, budget: Duration? = Linter.defaultBudget,
                     trace: LintTrace? = nil) -> [Finding] {
        findings(draft, onlyRule: nil, now: now, platforms: platforms, budget: budget, trace: trace)
    }

    /// What one draft's checks may take unless told otherwise (kosd's `checks.budget`, `kos lint --budget`).
    public static let defaultBudget: Duration = .seconds(20)
    /// The rule id of the finding that says a draft was not fully checked in time.
    public static let budgetRule = "kosflow/check-budget"
    /// Matches of one rule kept per draft: a draft that repeats a term a million times costs memory for the first few.
    static let maxMatchesPerRule = 10_000

    func findings(_ draft: Draft, onlyRule: Int?, now: Date, platforms: [String]? = nil, budget: Duration? = nil, trace: LintTrace? = nil) -> [Finding] {
        let state = CheckBudget(deadline: budget.map { ContinuousClock.now + $0 })
        var prepared: [PreparedSegment] = []
        prepared.reserveCapacity(draft.segments.count)
        var matches = [[RuleMatch]](repeating: [], count: rules.count)
        for segment in draft.segments where !state.expired {
            var seg = segment
            var prefix = 0
            if seg.scope == .hashtags, !seg.text.hasPrefix("#") {
                seg.text = "#" + seg.text
                prefix = 1
            }
            prepared.append(PreparedSegment(seg, normalizer: normalizer, virtualPrefix: prefix))
        }
        for (i, seg) in prepared.enumerated() where !state.expired {
            automaton.scan(seg.normalized.scalars) { m in
                let entry = entries[Int(m.pattern)]
                if let onlyRule, entry.owner != onlyRule { return }
                guard matches[entry.owner].count < Self.maxMatchesPerRule else { return }
                matches[entry.owner].append(RuleMatch(segment: i, start: Int(m.start), end: Int(m.end), entry: entry))
            }
        }
        let context = CheckContext(draft: draft, segments: prepared, matches: matches, now: now, platforms: platforms ?? draft.platforms,
                                   normalizer: normalizer, budget: state, trace: trace)
        var out: [Finding] = []
        var unfinished: [String] = []
        for (i, rule) in rules.enumerated() where onlyRule == nil || onlyRule == i {
            if state.expired {
                unfinished.append(rule.info.id)
                continue
            }
            out += rule.check(context, owner: i)
            if state.regex.exceeded { unfinished.append(rule.info.id) }
        }
        if !unfinished.isEmpty || prepared.count < draft.segments.count {
            let names = unfinished.prefix(3).joined(separator: ", ") + (unfinished.count > 3 ? " and \(unfinished.count - 3) more" : "")
            let limit = budget.map { " within \(Self.describe($0))" } ?? ""
            out.append(Finding(
                rule: Self.budgetRule, level: .error, scope: nil, line: nil, column: nil, match: nil,
                message: "the guideline checks did not finish\(limit)" + (names.isEmpty ? "" : " (not finished: \(names))")
                    + "; a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"))
        }
        out.sort { ($0.line ?? 0, $0.column ?? 0, $0.rule) < ($1.line ?? 0, $1.column ?? 0, $1.rule) }
        return out
    }

    static func describe(_ d: Duration) -> String {
        let ms = d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
        return ms % 1000 == 0 ? "\(ms / 1000)s" : "\(ms)ms"
    }
}
