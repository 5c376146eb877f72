import Foundation
import KosCore

/// The help and usage errors swift-argument-parser writes itself (its headings, `Error: Missing expected argument
/// …`, `Usage: …`), said again in the reader's language, line by line. Our own help texts are already messages;
/// this covers the library's frame around them.
enum ParserText {
    private struct Rule: @unchecked Sendable {
        var pattern: NSRegularExpression
        var say: ([String]) -> String

        /// The range the pattern matches in `line` and what the rule says for it, nil when it does not match.
        func said(in line: String) -> (range: Range<String.Index>, text: String)? {
            guard let match = pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
                  let whole = Range(match.range, in: line) else { return nil }
            let groups = (1..<match.numberOfRanges).map { index -> String in
                Range(match.range(at: index), in: line).map { String(line[$0]) } ?? ""
            }
            return (whole, say(groups))
        }
    }

    private static func rule(_ pattern: String, _ say: @escaping ([String]) -> String) -> Rule {
        // The patterns are literals of this file; one that does not compile is a programming error caught by the tests.
        Rule(pattern: try! NSRegularExpression(pattern: pattern), say: say)
    }

    private static let rules: [Rule] = [
        rule(#"^OVERVIEW: (.*)$"#) { tr("OVERVIEW: \($0[0])") },
        rule(#"^USAGE: (.*)$"#) { tr("USAGE: \($0[0])") },
        rule(#"^ARGUMENTS:$"#) { _ in tr("ARGUMENTS:") },
        rule(#"^OPTIONS:$"#) { _ in tr("OPTIONS:") },
        rule(#"^SUBCOMMANDS:$"#) { _ in tr("SUBCOMMANDS:") },
        rule(#"^(\s+)See '(.+)' for detailed help\.$"#) { $0[0] + tr("See '\($0[1])' for detailed help.") },
        rule(#"^(\s+)See '(.+)' for more information\.$"#) { $0[0] + tr("See '\($0[1])' for more information.") },
        rule(#"^(\s+--version\s+)Show the version\.$"#) { $0[0] + tr("Show the version.") },
        rule(#"^(\s+-h, --help\s+)Show help information\.$"#) { $0[0] + tr("Show help information.") },
        rule(#"^Error: Missing expected argument '(.+)'$"#) { tr("Error: Missing expected argument '\($0[0])'") },
        rule(#"^Error: Unknown option '(.+)'$"#) { tr("Error: Unknown option '\($0[0])'") },
        rule(#"^Error: Unexpected argument '(.+)'$"#) { tr("Error: Unexpected argument '\($0[0])'") },
        rule(#"^Error: Missing value for '(.+)'$"#) { tr("Error: Missing value for '\($0[0])'") },
        rule(#"^Error: The value '(.*)' is invalid for '(.+)'\. Please provide one of (.+)\.$"#) {
            tr("Error: The value '\($0[0])' is invalid for '\($0[1])'. Please provide one of \($0[2]).")
        },
        rule(#"^Error: The value '(.*)' is invalid for '(.+)'$"#) { tr("Error: The value '\($0[0])' is invalid for '\($0[1])'") },
        rule(#"^Error: (.*)$"#) { tr("Error: \($0[0])") },
        rule(#"^Help:  (.*)$"#) { tr("Help:  \($0[0])") },
        rule(#"^Usage: (.*)$"#) { tr("Usage: \($0[0])") },
    ]

    /// The library's notes at the end of an option's help: `(default: Workflows)`, `(values: human, json; default: human)`.
    private static let notes: [Rule] = [
        rule(#" \(values: ([^;()]*); default: ([^()]*)\)"#) { tr(" (values: \($0[0]); default: \($0[1]))") },
        rule(#" \(values: ([^;()]*)\)"#) { tr(" (values: \($0[0]))") },
        rule(#" \(default: ([^()]*)\)"#) { tr(" (default: \($0[0]))") },
    ]

    /// `text` with each line the library wrote said in the reader's language; English text comes back unchanged.
    static func localized(_ text: String) -> String {
        guard MessageLanguage.current != .en else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line)
            for note in notes {
                if let said = note.said(in: line) { line.replaceSubrange(said.range, with: said.text) }
            }
            for rule in rules {
                if let said = rule.said(in: line) { return said.text }
            }
            return line
        }.joined(separator: "\n")
    }
}
