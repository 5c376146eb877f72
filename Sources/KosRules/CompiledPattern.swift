import Foundation
import KosCore
import KosRegex

/// A rule failed to compile (a pattern ICU refuses, an embargo time that does not exist).
public struct RuleCompileError: Error, Sendable, CustomStringConvertible {
    public var rule: String
    public var message: String
    public var description: String { "\(rule): \(message)" }
}

/// The patterns compiled while building one linter: a pattern several packs copy (every store's phone-number
/// rule) is compiled once and shared, as an immutable ``CompiledPattern`` may be.
final class PatternCache {
    private var compiled: [String: CompiledPattern] = [:]

    func pattern(_ pattern: String, ignoreCase: Bool, rule: String) throws(RuleCompileError) -> CompiledPattern {
        let key = (ignoreCase ? "i" : "c") + pattern
        if let known = compiled[key] { return known }
        let made = try CompiledPattern(pattern, ignoreCase: ignoreCase, rule: rule)
        compiled[key] = made
        return made
    }
}

/// A regular expression run over lightly folded text (NFKC, ignorables removed), so full-width digits
/// and zero-width spaces do not hide a phone number; matches are reported in the original text.
///
/// Matched by `LinearRegex` in time linear in the text, whatever the pattern or the draft: no draft can
/// make a check backtrack. Immutable: linters on several threads may share one.
final class CompiledPattern: Sendable {
    let regex: LinearRegex
    let source: String
    let prefilter: RegexPrefilter

    init(_ pattern: String, ignoreCase: Bool, rule: String) throws(RuleCompileError) {
        do throws(RegexError) {
            regex = try LinearRegex(pattern, ignoreCase: ignoreCase)
        } catch {
            throw RuleCompileError(rule: rule, message: tr("the regular expression '\(pattern.prefix(200))' is refused: \(error)"))
        }
        source = pattern
        prefilter = RegexPrefilter(pattern: pattern)
    }

    func matches(in segment: PreparedSegment, limit: Int = 100, budget: inout RegexBudget) -> [LocatedText] {
        let light = segment.light
        guard !light.scalars.isEmpty else { return [] }
        return regex.matches(in: light.scalars, limit: limit, budget: &budget).map { m in
            let a = max(Int(light.origin[m.lowerBound]), segment.virtualPrefix)
            let b = max(Int(light.origin[m.upperBound - 1]), a)
            let text = String(scalars: segment.scalars[a...b])
            return LocatedText(text: text, location: segment.location(ofOriginal: a))
        }
    }
}

/// A segment's lightly folded text for regular expressions, as scalars, with the way back to the original.
struct LightText {
    var scalars: [UInt32] = []
    /// Original scalar index of each folded scalar.
    var origin: [Int32] = []

    init() {}

    init(_ original: [Unicode.Scalar], normalizer: Normalizer) {
        scalars.reserveCapacity(original.count)
        origin.reserveCapacity(original.count)
        for (i, s) in original.enumerated() {
            let v = s.value
            if v < 0x80 {
                scalars.append(v)
                origin.append(Int32(i))
                continue
            }
            normalizer.lightFold(s) { f in
                scalars.append(f)
                origin.append(Int32(i))
            }
        }
    }
}
