import Foundation
import Mustache

/// A payload template rendered without swift-mustache's per-lookup machinery: its parse (the tokens swift-mustache
/// made, whitespace rules and all) is read once and turned into nodes that render the context's dictionaries,
/// arrays, strings and flags directly. swift-mustache resolves each `{{a.b}}` through a dozen dynamic casts and a
/// `Mirror`; a delivery's payload cost ~120,000 instructions to render that way.
///
/// It covers what payload templates use — text, variables, sections and inverted sections over names, a list's
/// `first()`, `last()`, `index()`, `even()`, `odd()`, comments and the `CONTENT_TYPE` line — and renders exactly
/// what swift-mustache renders. A template with anything else (partials, inheritance, other transforms) is not
/// compiled, and a context holding a value of another kind is rendered by swift-mustache instead: `render` says nil.
struct CompiledTemplate {
    indirect enum Node {
        case text(String)
        case variable(Name, escaped: Bool)
        case section(Name, [Node], inverted: Bool)
        case contentType(any MustacheContentType)
    }

    enum Name {
        /// Looked up as swift-mustache does: `.` the current object; `.a.b` from the current object only; `a.b`
        /// the first object up the stack that has `a`, then `b` inside it.
        case path([String], fromTop: Bool)
        /// `first()`, `last()`, … of the list being iterated (nothing outside one).
        case sequence(String)
    }

    let nodes: [Node]

    /// nil when the template uses what this does not render, or swift-mustache's parse cannot be read.
    init?(_ template: MustacheTemplate) {
        guard let nodes = Self.nodes(of: template) else { return nil }
        self.nodes = nodes
    }

    /// The tokens of a parsed template, read by reflection (they are swift-mustache's own, not public).
    static func nodes(of template: MustacheTemplate) -> [Node]? {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value,
              Mirror(reflecting: tokens).displayStyle == .collection else { return nil }
        var nodes: [Node] = []
        for token in Mirror(reflecting: tokens).children.map(\.value) {
            guard let node = Self.node(token) else { return nil }
            nodes.append(node)
        }
        return nodes
    }

    /// One token as a node; nil for a kind of token this does not render (a comment leaves no token).
    private static func node(_ token: Any) -> Node? {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let (label, payload) = mirror.children.first.map({ ($0.label, $0.value) }) else { return nil }
        let fields = Dictionary(Mirror(reflecting: payload).children.compactMap { c in c.label.map { ($0, c.value) } }, uniquingKeysWith: { a, _ in a })
        func name() -> Name? {
            guard let name = fields["name"] as? String, let transforms = fields["transforms"] as? [String] else { return nil }
            return Self.name(name, transforms: transforms)
        }
        switch label {
        case "text":
            guard let text = payload as? String else { return nil }
            return .text(text)
        case "variable", "unescapedVariable":
            guard let name = name() else { return nil }
            return .variable(name, escaped: label == "variable")
        case "section", "invertedSection":
            guard let name = name(), let inner = fields["template"] as? MustacheTemplate, let nodes = Self.nodes(of: inner) else { return nil }
            return .section(name, nodes, inverted: label == "invertedSection")
        case "contentType":
            guard let type = payload as? any MustacheContentType else { return nil }
            return .contentType(type)
        default:
            return nil
        }
    }

    static func name(_ name: String, transforms: [String]) -> Name? {
        if transforms.isEmpty {
            if name == "." { return .path([], fromTop: true) }
            return .path(name.split(separator: ".").map(String.init), fromTop: name.first == ".")
        }
        guard name.isEmpty, transforms.count == 1, ["first", "last", "index", "even", "odd"].contains(transforms[0]) else { return nil }
        return .sequence(transforms[0])
    }

    /// Where rendering is: the objects pushed by sections, the list position when inside one, the escaping in force.
    struct State {
        var stack: [Any]
        var sequence: (first: Bool, last: Bool, index: Int)?
        var contentType: any MustacheContentType
    }

    /// The context holds something this does not know how to look into or print: swift-mustache renders it.
    struct Unsupported: Error {}

    /// What swift-mustache renders for `context` (its content type starts as HTML), or nil when the context holds a
    /// value this does not handle.
    func render(_ context: Any, html: any MustacheContentType) -> String? {
        var out = ""
        var state = State(stack: [context], sequence: nil, contentType: html)
        do {
            try Self.render(nodes, &state, into: &out)
        } catch {
            return nil
        }
        return out
    }

    static func render(_ nodes: [Node], _ state: inout State, into out: inout String) throws(Unsupported) {
        for node in nodes {
            switch node {
            case .text(let text):
                out += text
            case .contentType(let type):
                state.contentType = type
            case .variable(let name, let escaped):
                guard let value = try lookup(name, state) else { continue }
                let text: String
                if let s = value as? String {
                    text = s
                } else {
                    // swift-mustache renders these its own ways.
                    if value is MustacheTemplate || value is MustacheLambda || value is any MustacheCustomRenderable { throw Unsupported() }
                    text = String(describing: unwrapped(value))
                }
                out += escaped ? state.contentType.escapeText(text) : text
            case .section(let name, let inner, let inverted):
                let value = try lookup(name, state)
                var scoped = state
                scoped.sequence = nil
                if let list = try elements(value) {
                    if inverted {
                        guard list.isEmpty else { continue }
                        scoped.stack.append(value!)
                        try render(inner, &scoped, into: &out)
                    } else {
                        for (i, element) in list.enumerated() {
                            var item = state
                            item.stack.append(element)
                            item.sequence = (i == 0, i == list.count - 1, i)
                            try render(inner, &item, into: &out)
                        }
                    }
                } else if let flag = value as? Bool {
                    // A flag renders in the same scope (its list position kept): nothing is pushed.
                    guard flag != inverted else { continue }
                    var same = state
                    try render(inner, &same, into: &out)
                } else if let value {
                    guard !inverted else { continue }
                    scoped.stack.append(value)
                    try render(inner, &scoped, into: &out)
                } else if inverted {
                    var same = state
                    try render(inner, &same, into: &out)
                }
            }
        }
    }

    /// The elements of a list (swift-mustache iterates any array), nil for a value that is not one; a value of a
    /// kind not known here is left to swift-mustache.
    static func elements(_ value: Any?) throws(Unsupported) -> [Any]? {
        guard let value else { return nil }
        // The kinds a payload context holds, by their exact type: a cast to another array or dictionary type would
        // look at every element.
        let kind = type(of: value)
        if kind == [String].self { return value as! [String] }
        if kind == [[String: Any]].self { return value as! [[String: Any]] }
        if kind == String.self || kind == [String: Any].self || kind == Bool.self || kind == [String: String].self || kind == Int.self { return nil }
        switch value {
        case let list as [String]: return list
        case let list as [[String: Any]]: return list
        case let list as [Any]: return list
        case is String, is Bool, is Int, is [String: String], is [String: Any]: return nil
        default: throw Unsupported()
        }
    }

    static func lookup(_ name: Name, _ state: State) throws(Unsupported) -> Any? {
        switch name {
        case .sequence(let which):
            guard let s = state.sequence else { return nil }
            switch which {
            case "first": return s.first
            case "last": return s.last
            case "index": return s.index
            case "even": return s.index & 1 == 0
            default: return s.index & 1 == 1
            }
        case .path(let names, let fromTop):
            var child: Any?
            if names.isEmpty {
                child = state.stack.last
            } else if fromTop {
                child = try walk(names[...], from: state.stack.last!)
            } else {
                child = nil
                for object in state.stack.reversed() {
                    if let found = try immediate(names[0], of: object) {
                        child = try walk(names.dropFirst(), from: found)
                        break
                    }
                }
            }
            if child is NSNull { return nil }
            return child
        }
    }

    static func walk(_ names: ArraySlice<String>, from object: Any) throws(Unsupported) -> Any? {
        var object = object
        for name in names {
            guard let child = try immediate(name, of: object) else { return nil }
            object = child
        }
        return object
    }

    /// `object`'s member `name`: a dictionary's value; nothing for a string, number, flag or list (swift-mustache
    /// reflects on them and finds no such member); anything else is left to swift-mustache.
    static func immediate(_ name: String, of object: Any) throws(Unsupported) -> Any? {
        let kind = type(of: object)
        if kind == [String: Any].self { return (object as! [String: Any])[name] }
        if kind == [String: String].self { return (object as! [String: String])[name] }
        if kind == String.self || kind == [String].self || kind == Bool.self || kind == Int.self { return nil }
        switch object {
        case let d as [String: String]: return d[name]
        case let d as [String: Any]: return d[name]
        case is String, is Bool, is Int, is [Any], is NSNull: return nil
        default: throw Unsupported()
        }
    }

    /// A value stored as an optional inside `Any`, unwrapped (swift-mustache prints and tests the wrapped value).
    static func unwrapped(_ value: Any) -> Any {
        guard let optional = value as? any OptionalValue else { return value }
        return optional.wrappedAny ?? value
    }
}

private protocol OptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: OptionalValue {
    var wrappedAny: Any? { self }
}
