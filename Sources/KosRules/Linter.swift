import Foundation
public import KosCore

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
    public func lint(_ draft: Draft, now: Date = Date(), platforms: [String]? = nil) -> [Finding] {
        findings(draft, onlyRule: nil, now: now, platforms: platforms)
    }

    func findings(_ draft: Draft, onlyRule: Int?, now: Date, platforms: [String]? = nil) -> [Finding] {
        var prepared: [PreparedSegment] = []
        prepared.reserveCapacity(draft.segments.count)
        for segment in draft.segments {
            var seg = segment
            var prefix = 0
            if seg.scope == .hashtags, !seg.text.hasPrefix("#") {
                seg.text = "#" + seg.text
                prefix = 1
            }
            prepared.append(PreparedSegment(seg, normalizer: normalizer, virtualPrefix: prefix))
        }
        var matches = [[RuleMatch]](repeating: [], count: rules.count)
        for (i, seg) in prepared.enumerated() {
            automaton.scan(seg.normalized.scalars) { m in
                let entry = entries[Int(m.pattern)]
                if let onlyRule, entry.owner != onlyRule { return }
                matches[entry.owner].append(RuleMatch(segment: i, start: Int(m.start), end: Int(m.end), entry: entry))
            }
        }
        let context = CheckContext(draft: draft, segments: prepared, matches: matches, now: now, platforms: platforms ?? draft.platforms, normalizer: normalizer)
        var out: [Finding] = []
        for (i, rule) in rules.enumerated() where onlyRule == nil || onlyRule == i {
            out += rule.check(context, owner: i)
        }
        out.sort { ($0.line ?? 0, $0.column ?? 0, $0.rule) < ($1.line ?? 0, $1.column ?? 0, $1.rule) }
        return out
    }
}
