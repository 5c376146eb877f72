public import KosCore
import Mustache

/// A compiled Mustache payload template from `Templates/`.
///
/// Templates start with `{{% CONTENT_TYPE: JSON }}` so `{{name}}` is escaped for a JSON string;
/// `{{{name}}}` inserts raw text. Without the line, values are HTML-escaped as in any Mustache.
public struct PayloadTemplate: Sendable {
    let template: MustacheTemplate
    /// The same template compiled for speed, when it can be (see ``CompiledTemplate``).
    let compiled: CompiledTemplate?
    public let path: String

    /// Compiles template text.
    /// - Parameters:
    ///   - text: the Mustache source.
    ///   - path: the file's path, for diagnostics.
    public init(text: String, path: String) throws(Diagnostic) {
        PayloadTemplate.registerContentTypes
        self.path = path
        do {
            template = try MustacheTemplate(string: text)
            compiled = CompiledTemplate(template)
        } catch let error as MustacheTemplate.ParserError {
            throw Diagnostic(
                code: "KOS2014", message: tr("template does not compile: \(Self.explain(error.error))"), file: path,
                location: SourceLocation(line: error.context.lineNumber, column: error.context.columnNumber))
        } catch {
            throw Diagnostic(code: "KOS2014", message: tr("template does not compile: \(error)"), file: path)
        }
    }

    /// Renders with a context of dictionaries, arrays and strings.
    public func render(_ context: [String: Any]) -> String {
        if let compiled, let html = Self.html, let out = compiled.render(context, html: html) { return out }
        return template.render(context)
    }

    /// swift-mustache's HTML escaping, which a template without a `CONTENT_TYPE` line starts with (its type is not
    /// public: taken from a parsed line that names it).
    static let html: (any MustacheContentType)? = {
        guard let line = try? MustacheTemplate(string: "{{% CONTENT_TYPE: HTML }}"),
              case .contentType(let type)? = CompiledTemplate.nodes(of: line)?.first else { return nil }
        return type
    }()

    static func explain(_ error: any Error) -> String {
        guard let e = error as? MustacheTemplate.Error else { return "\(error)" }
        return switch e {
        case .sectionCloseNameIncorrect: tr("a section is closed with a different name than it was opened with")
        case .unfinishedName: tr("a tag is not closed with }}")
        case .expectedSectionEnd: tr("a section is opened but never closed")
        case .invalidSetDelimiter: tr("the set-delimiter tag is malformed")
        case .transformAppliedToInheritanceSection: tr("a transform cannot apply to an inherited section")
        case .illegalTokenInsideInheritSection: tr("an inherited section holds something it may not")
        case .textInsideInheritSection: tr("an inherited section holds text")
        case .invalidConfigVariableSyntax: tr("a {{% ... }} line is malformed")
        case .unrecognisedConfigVariable: tr("unknown {{% ... }} setting; use {{% CONTENT_TYPE: JSON }}")
        @unknown default: "\(e)"
        }
    }

    static let registerContentTypes: Void = {
        MustacheContentTypes.register(JSONContentType(), named: "JSON")
    }()
}

/// Escapes values for the inside of a JSON string literal, exactly as `kos lint --format json` does.
struct JSONContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { JSON.escaped(text) }
}
