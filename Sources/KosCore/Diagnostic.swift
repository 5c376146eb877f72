/// A position in a source file: 1-based line and column, columns counted in Unicode scalars.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// A user-facing problem with a stable code, a place, and enough context to render like a compiler.
///
/// `message` must never contain a secret: diagnostics are printed, logged and returned over the API.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: 2
            case .warning: 1
            case .note: 0
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Stable identifier such as `KOS1003`; documented and never reused.
    public var code: String
    public var severity: Severity
    public var message: String
    /// The file the problem is in, as the user named it; nil for input without a name.
    public var file: String?
    public var location: SourceLocation?
    /// When true the offending source line is not echoed, because it may hold a secret.
    public var redactSource: Bool

    public init(
        code: String, severity: Severity = .error, message: String,
        file: String? = nil, location: SourceLocation? = nil, redactSource: Bool = false
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.file = file
        self.location = location
        self.redactSource = redactSource
    }

    /// `file:line:col: error[KOS1003]: message`, without the source excerpt.
    public var description: String {
        var prefix = ""
        if let file { prefix += file + ":" }
        if let location { prefix += "\(location.line):\(location.column):" }
        if !prefix.isEmpty { prefix += " " }
        return "\(prefix)\(severity.rawValue)[\(code)]: \(message)"
    }

    /// The full compiler-style text: the headline, then the offending line and a caret under the column.
    ///
    /// - Parameter source: the text of `file`, used to show the line; nil shows only the headline.
    public func rendered(source: String?) -> String {
        var out = description
        guard let source, let location, !redactSource,
              let line = SourceText.line(location.line, of: source) else { return out }
        let gutter = String(location.line)
        let pad = String(repeating: " ", count: gutter.count)
        let (shown, column) = SourceText.window(line, column: location.column)
        out += "\n\(pad) |\n\(gutter) | \(SourceText.sanitized(shown))\n\(pad) | \(SourceText.caretPadding(shown, column: column))^"
        return out
    }
}

/// A batch of diagnostics thrown together when validation finds more than one problem.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Helpers for showing a line of user text under a diagnostic.
public enum SourceText {
    /// The 1-based `number`th line of `text`, without its terminator.
    public static func line(_ number: Int, of text: String) -> Substring? {
        guard number >= 1 else { return nil }
        // Over the UTF-8 bytes: a line ends at a byte that is only ever a whole character (\n, \r), so the
        // offsets found are character boundaries.
        var native = text
        let found: (start: Int, end: Int)? = native.withUTF8 { bytes in
            var current = 1
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    if current == number { return (start, index) }
                    current += 1
                    var next = index + 1
                    if byte == 0x0D, next < bytes.count, bytes[next] == 0x0A { next += 1 }
                    start = next
                    index = next
                    continue
                }
                index += 1
            }
            return current == number ? (start, bytes.count) : nil
        }
        guard let (start, end) = found else { return nil }
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
    }

    /// A long line cut to `width` characters around `column` (… marking what is cut), and the column in the
    /// cut: a 100 kB line of brackets is shown as the stretch where the problem is, not echoed whole.
    public static func window(_ line: Substring, column: Int, width: Int = 120) -> (Substring, Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > width else { return (line, column) }
        let start = max(0, min(column - 1 - width / 2, scalars.count - width))
        let end = min(scalars.count, start + width)
        var cut = String.UnicodeScalarView()
        if start > 0 { cut.append("…") }
        cut.append(contentsOf: scalars[start..<end])
        if end < scalars.count { cut.append("…") }
        return (Substring(String(cut)), column - start + (start > 0 ? 1 : 0))
    }

    /// The line with control characters made visible, so a terminal shows what the file holds.
    public static func sanitized(_ line: Substring) -> String {
        // Most lines have nothing to replace, and are not rebuilt.
        guard line.unicodeScalars.contains(where: isControl) else { return String(line) }
        return String(scalars: line.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 })
    }

    /// A C0 control but the tab, DEL, or a C1 control.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && (scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value))
    }

    /// Spaces (and tabs where the line has tabs) that put a caret under `column`, wide CJK characters counting two cells.
    public static func caretPadding(_ line: Substring, column: Int) -> String {
        var pad: [UInt8] = []
        for (offset, scalar) in line.unicodeScalars.enumerated() {
            guard offset < column - 1 else { break }
            if scalar == "\t" {
                pad.append(0x09)
            } else {
                // An ASCII character takes one cell (its category need not be looked up).
                let width = scalar.isASCII ? 1 : displayWidth(scalar)
                pad.append(contentsOf: repeatElement(0x20, count: width))
            }
        }
        return String(decoding: pad, as: UTF8.self)
    }

    /// Terminal cells taken by a scalar: 2 for East Asian wide and full-width ranges, 0 for combining marks.
    public static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }
}
