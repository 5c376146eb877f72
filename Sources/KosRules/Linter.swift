import Foundation
public import KosCore
import KosRegex

/// A pack whose fixtures failed or whose rules do not compile; names the rule and the fixture.
public struct PackError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Where a linter's time went, per rule and per shared phase, summed over the drafts it checked.
public final class RuleCosts {
    public private(set) var byName: [String: Duration] = [:]

    public init() {}

    func add(_ name: String, since clock: inout ContinuousClock.Instant?) {
        let now = ContinuousClock.now
        if let start = clock { byName[name, default: .zero] += now - start }
        clock = now
    }

    /// The costliest first; the shared phases named in the reader's language.
    public var ranked: [(name: String, time: Duration)] { byName.map { (Self.label($0.key), $0.value) }.sorted { $0.time > $1.time } }

    /// A phase's name as people read it (a rule's name is its id).
    static func label(_ name: String) -> String {
        switch name {
        case "(folding)": tr("(folding)")
        case "(matching every term)": tr("(matching every term)")
        case "(exceptions and suppressions)": tr("(exceptions and suppressions)")
        default: name
        }
    }
}

/// Guideline packs compiled once: one automaton for every literal of every rule, matched once per segment.
///
/// A linter keeps per-character caches, so it is not shared between threads: make one per thread.
public final class Linter {
    let rules: [any GuidelineCheck]
    let automaton: Automaton
    let entries: [LexiconBuilder.Entry]
    let terms: [String]
    let normalizer: Normalizer
    public let packIDs: [String]
    /// Brand exceptions that name one of these rules: (rule index, folded term, the exception).
    let exceptions: [(rule: Int, term: [UInt32], exception: GuidelineException)]
    /// Whether a rule runs a checker program (which blocks the calling thread while it runs).
    public var runsPrograms: Bool { rules.contains { $0 is ExternalRule } }

    /// Which rules' fixtures are run when packs are compiled.
    public enum Fixtures: Sendable {
        /// Every rule's.
        case all
        /// Every rule's but the built-in packs' (`builtin:` sources): those are compiled into the binary and
        /// proven where it is built (`BuiltinPackTests`), so a cold `kos lint` does not prove them again.
        case exceptBuiltin
    }

    /// Compiles `packs` and runs the fixtures of every rule not built in; refuses the packs if any fixture fails.
    public convenience init(packs: [GuidelinePack]) throws(PackError) {
        try self.init(packs: packs, fixtures: .exceptBuiltin)
    }

    public init(packs: [GuidelinePack], fixtures runFixtures: Fixtures) throws(PackError) {
        var problems: [Diagnostic] = []
        var rules: [any GuidelineCheck] = []
        var sources: [SourceRef] = []
        var fixtures: [(rule: Int, flag: [String], pass: [String], platform: String?)] = []
        let patterns = PatternCache()
        for pack in packs {
            for rule in pack.rules {
                do throws(RuleCompileError) {
                    rules.append(try Self.compile(pack: pack.id, rule: rule, patterns: patterns))
                    sources.append(rule.source)
                    if runFixtures == .all || !rule.source.file.hasPrefix("builtin:"), !rule.fixturesFlag.isEmpty || !rule.fixturesPass.isEmpty {
                        fixtures.append((rules.count - 1, rule.fixturesFlag, rule.fixturesPass, rule.options.string("platform")))
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
        self.terms = lexicon.terms
        self.normalizer = normalizer
        self.packIDs = packs.map(\.id)
        var exceptions: [(rule: Int, term: [UInt32], exception: GuidelineException)] = []
        for e in packs.flatMap(\.exceptions) {
            guard let index = rules.firstIndex(where: { $0.info.id == e.rule }) else { continue }
            exceptions.append((index, normalizer.normalize(e.term).scalars, e))
        }
        self.exceptions = exceptions
        // An exception for a term its rule does not flag protects nothing: a mistake, located.
        for (index, _, e) in exceptions where !findings(Draft.text(e.term, scope: .body), onlyRule: index, now: Date(timeIntervalSince1970: 0))
            .contains(where: { $0.rule == e.rule }) {
            problems.append(Diagnostic(code: "KOS3003", message: tr("the exception for '\(e.term)' matches nothing \(e.rule) flags; fix the term or remove the exception"),
                                       file: e.source.file, location: e.source.location))
        }
        guard problems.isEmpty else { throw PackError(diagnostics: problems) }
        if !fixtures.isEmpty {
            let far = Date(timeIntervalSince1970: 0)
            for f in fixtures {
                let rule = rules[f.rule]
                let scope = rule.info.scopes.contains(.body) ? Scope.body : rule.info.scopes.first ?? .body
                let source = sources[f.rule]
                // A platform's rule is tried on a draft for that platform.
                func draft(_ text: String) -> Draft {
                    var d = Draft.text(text, scope: scope)
                    if let platform = f.platform { d.platforms = [platform] }
                    return d
                }
                for text in f.flag where !findings(draft(text), onlyRule: f.rule, now: far).contains(where: { $0.rule == rule.info.id }) {
                    problems.append(Diagnostic(
                        code: "KOS3001", message: tr("rule \(rule.info.id) does not flag its fixture \"\(text)\"; the pack is refused"),
                        file: source.file, location: source.location))
                }
                for text in f.pass where findings(draft(text), onlyRule: f.rule, now: far).contains(where: { $0.rule == rule.info.id }) {
                    problems.append(Diagnostic(
                        code: "KOS3001", message: tr("rule \(rule.info.id) flags its pass fixture \"\(text)\"; the pack is refused"),
                        file: source.file, location: source.location))
                }
            }
            guard problems.isEmpty else { throw PackError(diagnostics: problems) }
        }
    }

    static func compile(pack: String, rule: GuidelineRule, patterns: PatternCache = PatternCache()) throws(RuleCompileError) -> any GuidelineCheck {
        switch rule.kind {
        case "existence": return ExistenceRule(pack: pack, rule: rule)
        case "claim": return try ClaimRule(pack: pack, rule: rule)
        case "substitution": return SubstitutionRule(pack: pack, rule: rule)
        case "occurrence": return try OccurrenceRule(pack: pack, rule: rule)
        case "required": return try RequiredRule(pack: pack, rule: rule, patterns: patterns)
        case "conditional": return try ConditionalRule(pack: pack, rule: rule, patterns: patterns)
        case "length": return LengthRule(pack: pack, rule: rule)
        case "capitalization": return CapitalizationRule(pack: pack, rule: rule)
        case "pattern": return try PatternRule(pack: pack, rule: rule, patterns: patterns)
        case "embargo": return try EmbargoRule(pack: pack, rule: rule)
        case "external": return try ExternalRule(pack: pack, rule: rule)
        default: throw RuleCompileError(rule: "\(pack)/\(rule.id)", message: tr("unknown rule kind '\(rule.kind)'"))
        }
    }

    /// Every finding for `draft`, in file order.
    /// - Parameters:
    ///   - now: the time embargoes are judged at.
    ///   - platforms: the platforms to check for; nil means the draft's own.
    ///   - budget: how long the checks may take; past it the rules not finished are named in one blocking
    ///     finding (`kosflow/check-budget`): a draft that could not be checked never counts as clean.
    ///   - trace: told, for each candidate a rule judged in context, which step decided and why.
    ///   - costs: when given, the time each rule took is added to it (`kos lint --timings`).
    public func lint(_ draft: Draft, now: Date = Date(), platforms: [String]? = nil, budget: Duration? = Linter.defaultBudget,
                     trace: LintTrace? = nil, costs: RuleCosts? = nil) -> [Finding] {
        findings(draft, onlyRule: nil, now: now, platforms: platforms, budget: budget, trace: trace, costs: costs)
    }

    /// What one draft's checks may take unless told otherwise (kosd's `checks.budget`, `kos lint --budget`).
    public static let defaultBudget: Duration = .seconds(20)
    /// The rule id of the finding that says a draft was not fully checked in time.
    public static let budgetRule = "kosflow/check-budget"
    /// Matches of one rule kept per draft: a draft that repeats a term a million times costs memory for the first few.
    static let maxMatchesPerRule = 10_000

    func findings(_ draft: Draft, onlyRule: Int?, now: Date, platforms: [String]? = nil, budget: Duration? = nil, trace: LintTrace? = nil,
                  costs: RuleCosts? = nil) -> [Finding] {
        let state = CheckBudget(budget: budget)
        var clock = costs.map { _ in ContinuousClock.now }
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
        costs?.add("(folding)", since: &clock)
        // A prefilter literal only says "this segment may match": once per (rule, segment, pattern) is enough, and
        // such hits never count against a rule's cap (a draft full of one literal cannot hide a later segment's).
        struct Prefiltered: Hashable { var owner, segment, tag: Int }
        var prefiltered = Set<Prefiltered>()
        for (i, seg) in prepared.enumerated() where !state.expired {
            automaton.scan(seg.normalized.scalars) { m in
                let entry = entries[Int(m.pattern)]
                if let onlyRule, entry.owner != onlyRule { return }
                if entry.kind == .prefilter {
                    guard prefiltered.insert(Prefiltered(owner: entry.owner, segment: i, tag: entry.tag)).inserted else { return }
                } else {
                    guard matches[entry.owner].count < Self.maxMatchesPerRule else { return }
                }
                matches[entry.owner].append(RuleMatch(segment: i, start: Int(m.start), end: Int(m.end), entry: entry))
            }
        }
        costs?.add("(matching every term)", since: &clock)
        let context = CheckContext(draft: draft, segments: prepared, matches: matches, terms: terms, now: now, platforms: platforms ?? draft.platforms,
                                   normalizer: normalizer, budget: state, trace: trace)
        var out: [Finding] = []
        var unfinished: [String] = []
        for (i, rule) in rules.enumerated() where onlyRule == nil || onlyRule == i {
            if state.expired {
                unfinished.append(rule.info.id)
                continue
            }
            out += rule.check(context, owner: i)
            costs?.add(rule.info.id, since: &clock)
            if state.regex.exceeded { unfinished.append(rule.info.id) }
        }
        if onlyRule == nil {
            applyExceptions(&out, prepared, now: now)
            out += applySuppressions(&out, draft, prepared)
            costs?.add("(exceptions and suppressions)", since: &clock)
        }
        if !unfinished.isEmpty || prepared.count < draft.segments.count {
            let first = unfinished.prefix(3).joined(separator: ", ")
            let names = unfinished.count > 3 ? tr("\(first) and \(unfinished.count - 3) more") : first
            let message: String
            switch (budget.map(Self.describe), names.isEmpty) {
            case (let limit?, true):
                message = tr("the guideline checks did not finish within \(limit); a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks")
            case (let limit?, false):
                message = tr("the guideline checks did not finish within \(limit) (not finished: \(names)); a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks")
            case (nil, true):
                message = tr("the guideline checks did not finish; a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks")
            case (nil, false):
                message = tr("the guideline checks did not finish (not finished: \(names)); a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks")
            }
            out.append(Finding(rule: Self.budgetRule, level: .error, scope: nil, line: nil, column: nil, match: nil, message: message))
        }
        out.sort { ($0.line ?? 0, $0.column ?? 0, $0.rule) < ($1.line ?? 0, $1.column ?? 0, $1.rule) }
        return out
    }

    /// Marks the findings a brand exception covers (the exception's term, where it stands, still in force).
    func applyExceptions(_ findings: inout [Finding], _ segments: [PreparedSegment], now: Date) {
        for (_, term, e) in exceptions where !term.isEmpty {
            guard let ends = LocalDateTime.instant(e.until, zone: e.timezone), now < ends else { continue }
            for seg in segments {
                let text = seg.normalized.scalars
                guard text.count >= term.count else { continue }
                var i = 0
                while i + term.count <= text.count {
                    guard text[i] == term[0], Array(text[i..<(i + term.count)]) == term else {
                        i += 1
                        continue
                    }
                    let covered = seg.original(start: i, end: i + term.count)
                    let width = covered.text.unicodeScalars.count
                    for k in findings.indices where findings[k].rule == e.rule && findings[k].suppressed == nil
                        && findings[k].line == covered.location.line
                        && (covered.location.column..<(covered.location.column + width)).contains(findings[k].column ?? -1) {
                        findings[k].suppressed = tr("exception until \(e.until) (\(e.owner)): \(e.reason)")
                    }
                    i += term.count
                }
            }
        }
    }

    /// Applies `<!-- kos-allow pack/rule: reason -->` comments in the draft: the rule's findings on that line or the
    /// next are marked suppressed with the reason. A suppression without a reason, of a rule not applied, or
    /// that suppresses nothing is itself a finding.
    func applySuppressions(_ findings: inout [Finding], _ draft: Draft, _ prepared: [PreparedSegment]) -> [Finding] {
        var problems: [Finding] = []
        // A segment without a `<` holds no `<!--` (known from its decoding): only the others are searched.
        for (k, segment) in draft.segments.enumerated() where (k >= prepared.count || prepared[k].holdsLessThan)
            && Self.containsBytes(segment.text, Self.allowKeyword) {
            for (offset, line) in segment.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard let open = line.range(of: "<!--"), let keyword = line.range(of: "kos-allow", range: open.upperBound..<line.endIndex),
                      let close = line.range(of: "-->", range: keyword.upperBound..<line.endIndex) else { continue }
                let lineNumber = segment.start.line + offset
                let column = (offset == 0 ? segment.start.column : 1) + line[..<open.lowerBound].unicodeScalars.count
                let inside = line[keyword.upperBound..<close.lowerBound]
                let parts = inside.split(separator: ":", maxSplits: 1)
                let rule = parts.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                let reason = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
                func problem(_ message: String) {
                    problems.append(Finding(rule: "kosflow/suppression", level: .error, scope: segment.scope, line: lineNumber, column: column,
                                            match: String(line[open.lowerBound..<close.upperBound]), message: message))
                }
                guard rules.contains(where: { $0.info.id == rule }) else {
                    problem(tr("this suppresses '\(rule)', which is not among the checks applied to this draft; name a rule as pack/rule"))
                    continue
                }
                guard !reason.isEmpty else {
                    problem(tr("a suppression needs a reason a reviewer can read: <!-- kos-allow \(rule): why this is not a claim -->"))
                    continue
                }
                var used = false
                for k in findings.indices where findings[k].rule == rule && findings[k].suppressed == nil
                    && (findings[k].line == lineNumber || findings[k].line == lineNumber + 1) {
                    findings[k].suppressed = tr("inline: \(reason)")
                    used = true
                }
                if !used {
                    problems.append(Finding(rule: "kosflow/suppression", level: .warning, scope: segment.scope, line: lineNumber, column: column,
                                            match: nil, message: tr("this suppression of \(rule) suppresses nothing on its line or the next; remove it")))
                }
            }
        }
        return problems
    }

    static let allowKeyword = Array("kos-allow".utf8)

    /// Whether `text` holds `needle`, compared as UTF-8 bytes. (Foundation's Unicode-aware `contains` cost a tenth
    /// of a lint for an ASCII keyword; the standard library's generic `contains` over the UTF-8 view or its
    /// buffer, measured on the benchmark corpus, cost three to six times the whole lint.)
    static func containsBytes(_ text: String, _ needle: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { h in
            guard let first = needle.first, h.count >= needle.count else { return false }
            var i = 0
            let last = h.count - needle.count
            while i <= last {
                if h[i] == first {
                    var k = 1
                    while k < needle.count, h[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    static func describe(_ d: Duration) -> String {
        let ms = d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
        return ms % 1000 == 0 ? "\(ms / 1000)s" : "\(ms)ms"
    }
}
