import Foundation
public import KosCore
import KosYAML
import KosTemplates

/// What loading a set of definition files produced: the definitions, and every problem found.
public struct LoadReport: Sendable {
    public var definitions = Definitions()
    public var diagnostics: [Diagnostic] = []
    /// The text of each file read, for showing the offending line under a diagnostic.
    public var sources: [String: String] = [:]
    public var files: [String] = []
    public var documentCount = 0

    public var isValid: Bool { !diagnostics.contains { $0.severity == .error } }

    /// Every diagnostic in compiler style, with the source line and caret.
    public func renderedDiagnostics() -> String {
        let sources = self.sources
        return ParallelMap.map(diagnostics) { $0.rendered(source: $0.file.flatMap { sources[$0] }) }.joined(separator: "\n\n")
    }
}

struct FileResult: Sendable {
    var diagnostics: [Diagnostic]
    var documentCount: Int
    var documents: [(String, String, YAMLNode)]
    /// The file's text; nil when it could not be read.
    var source: String?
}

/// A value let go of on another thread.
private final class Discarded<T>: @unchecked Sendable {
    var value: T?
    init(_ value: consuming T) { self.value = value }
}

/// A result another thread is working out.
private final class Pending<R>: @unchecked Sendable {
    var result: R?
    let done = DispatchSemaphore(value: 0)
}

/// Maps over an array on every core, keeping the order.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let out = results
        // Task-local values stay on the caller's thread: each item's messages are said in the caller's language.
        let language = MessageLanguage.requested
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            if let language {
                MessageLanguage.$requested.withValue(language) { out[i] = transform(items[i]) }
            } else {
                out[i] = transform(items[i])
            }
        }
        // Moved out, not copied: a copy would leave each result's references in the buffer, and deallocating
        // does not release them (every parsed workflow tree stayed alive in each kosd process, at each reload).
        return results.indices.map { results.moveElement(from: $0)! }
    }

    /// Lets go of `value` on another thread: the last reference to a large tree of values, freed off the
    /// caller's path.
    static func discard<T: Sendable>(_ value: consuming T) {
        let box = Discarded(consume value)
        DispatchQueue.global(qos: .utility).async { box.value = nil }
    }

    /// Starts `body` on a thread of its own, in the caller's language; the function returned waits for it.
    static func start<R: Sendable>(_ body: @escaping @Sendable () -> R) -> () -> R {
        let box = Pending<R>()
        let language = MessageLanguage.requested
        let thread = Thread {
            box.result = if let language { MessageLanguage.$requested.withValue(language) { body() } } else { body() }
            box.done.signal()
        }
        // The stack a process's main thread has: the work is what would otherwise have run there.
        thread.stackSize = 8 << 20
        thread.start()
        return {
            box.done.wait()
            return box.result!
        }
    }
}

/// Loads `kos/v1` definitions from files and folders, validates them, and resolves references between them.
public struct DefinitionLoader: Sendable {
    public var yamlOptions = YAMLLoader.Options()
    /// Where `template:` paths are looked up; nil means `Templates/` beside each file's folder.
    public var templatesDirectory: String?
    /// Pack ids that exist without a file (shipped with kosflow).
    public var builtinPacks: Set<String>
    /// A check that needs the decoded definitions and nothing else (compiling the guideline packs as kosd does):
    /// it runs on a thread of its own beside the reference and template checks, and what it says is kept only
    /// when the definitions are otherwise valid.
    public var alongside: (@Sendable (Definitions) -> [Diagnostic])?

    public init(templatesDirectory: String? = nil) {
        self.templatesDirectory = templatesDirectory
        self.builtinPacks = BuiltinPacks.ids
    }

    init(builtins: Set<String>) {
        self.templatesDirectory = nil
        self.builtinPacks = builtins
    }

    /// The YAML files a path stands for: the file itself, or every `.yaml`/`.yml` below a folder, sorted.
    public static func files(at path: String) throws(Diagnostic) -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw Diagnostic(code: DefinitionErrorCode.unreadable, message: tr("no such file or folder"), file: path)
        }
        guard isDir.boolValue else { return [path] }
        guard let files = Paths.files(under: path, suffixes: [".yaml", ".yml"]) else {
            throw Diagnostic(code: DefinitionErrorCode.unreadable, message: tr("cannot read the folder"), file: path)
        }
        return files
    }

    /// Loads every definition under `paths` and checks references across all of them.
    public func load(paths: [String]) -> LoadReport {
        var report = LoadReport()
        var files: [String] = []
        for path in paths {
            do throws(Diagnostic) {
                files += try Self.files(at: path)
            } catch {
                report.diagnostics.append(error)
            }
        }
        return load(inputs: files.map { .file($0) }, into: report)
    }

    /// Loads definitions from in-memory texts (`file` names them in diagnostics).
    public func load(texts: [(file: String, text: String)]) -> LoadReport {
        load(inputs: texts.map { .text(file: $0.file, text: $0.text) }, into: LoadReport())
    }

    /// A file to read, or a text already in memory.
    private enum Input: Sendable {
        case file(String)
        case text(file: String, text: String)

        var file: String {
            switch self {
            case .file(let file), .text(let file, _): file
            }
        }
    }

    private func load(inputs: [Input], into start: LoadReport) -> LoadReport {
        var report = start
        var documents: [(file: String, kind: String, root: YAMLNode)] = []
        let loader = YAMLLoader(options: yamlOptions)
        // Files are independent until references are resolved: read, parse and shape-check them on every core.
        let perFile = ParallelMap.map(inputs) { input -> FileResult in
            let file = input.file
            var text: String
            switch input {
            case .file:
                guard let data = FileManager.default.contents(atPath: file) else {
                    return FileResult(diagnostics: [Diagnostic(code: DefinitionErrorCode.unreadable, message: tr("cannot read the file"), file: file)],
                                      documentCount: 0, documents: [], source: nil)
                }
                guard let valid = data.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }) else {
                    // Invalid UTF-8 is parsed as read, so the parser can say where it is.
                    return parse(file: file, bytes: Array(data), source: String(decoding: data, as: UTF8.self), loader: loader)
                }
                text = valid
            case .text(_, let given):
                text = given
            }
            let source = text
            return text.withUTF8 { parse(file: file, buffer: $0, source: source, loader: loader) }
        }
        for (input, result) in zip(inputs, consume perFile) {
            report.diagnostics += result.diagnostics
            guard let source = result.source else { continue }
            report.files.append(input.file)
            report.sources[input.file] = source
            report.documentCount += result.documentCount
            documents += result.documents.map { (file: $0.0, kind: $0.1, root: $0.2) }
        }
        decode(documents, into: &report)
        let definitions = report.definitions
        let extra = alongside.map { check in ParallelMap.start { check(definitions) } }
        resolve(documents, into: &report)
        if report.isValid { templateCoverage(documents, into: &report) }
        // The parsed trees are done with: they are freed on another thread, not in the caller's time.
        ParallelMap.discard(consume documents)
        if let extra {
            let found = extra()
            if report.isValid { report.diagnostics += found }
        }
        report.diagnostics.sort { a, b in
            (a.file ?? "", a.location?.line ?? 0, a.location?.column ?? 0) < (b.file ?? "", b.location?.line ?? 0, b.location?.column ?? 0)
        }
        return report
    }

    private func parse(file: String, bytes: [UInt8], source: String, loader: YAMLLoader) -> FileResult {
        bytes.withUnsafeBufferPointer { parse(file: file, buffer: $0, source: source, loader: loader) }
    }

    /// One file parsed and each of its documents shape-checked.
    private func parse(file: String, buffer: UnsafeBufferPointer<UInt8>, source: String, loader: YAMLLoader) -> FileResult {
        var part = LoadReport()
        var documents: [(String, String, YAMLNode)] = []
        switch Result(catching: { () throws(Diagnostic) in try loader.loadReportingAll(bytes: buffer, file: file) }) {
        case .failure(let d):
            part.diagnostics.append(d)
        case .success(let (docs, problems)):
            part.diagnostics += problems
            for doc in docs {
                if case .scalar(let s) = doc.root.content, s.value == .null { continue }
                part.documentCount += 1
                if let kind = checkDocument(doc.root, file: file, into: &part) {
                    documents.append((file, kind, doc.root))
                }
            }
        }
        return FileResult(diagnostics: part.diagnostics, documentCount: part.documentCount, documents: documents, source: source)
    }

    /// Validates one document's shape; returns its kind when it is clean enough to decode.
    private func checkDocument(_ root: YAMLNode, file: String, into report: inout LoadReport) -> String? {
        var validator = ShapeValidator(file: file)
        guard root.mapping != nil else {
            validator.report(DefinitionErrorCode.badHeader, tr("a definition must be a mapping with apiVersion, kind and id, not \(root.kindName)"), at: root.location)
            report.diagnostics += validator.diagnostics
            return nil
        }
        guard let kindNode = root["kind"] else {
            validator.report(DefinitionErrorCode.badHeader, tr("missing 'kind'; use one of \(Language.kinds.joined(separator: ", "))"), at: root.location)
            report.diagnostics += validator.diagnostics
            return nil
        }
        guard let kind = Decoder.string(kindNode), let shape = Language.shape(ofKind: kind) else {
            let text = kindNode.scalar?.text ?? ""
            let message = Suggestion.appended(to: tr("unknown kind '\(text)'; use one of \(Language.kinds.joined(separator: ", "))"), text, Language.kinds)
            validator.report(DefinitionErrorCode.badHeader, message, at: kindNode.location)
            report.diagnostics += validator.diagnostics
            return nil
        }
        validator.checkObject(root, shape)
        report.diagnostics += validator.diagnostics
        // Decoding and reference checks are defensive, so they run on a document with shape errors too:
        // the user sees every problem in one pass, not one layer at a time.
        return kind
    }

    /// A document decoded on its own, with what decoding it said.
    enum Decoded: Sendable {
        case workflow(Workflow), calendar(KosCore.Calendar), endpoint(Endpoint?), guidelines(GuidelinePack), stores([BrandStore]), agency(Agency), kit(Kit), other
    }

    private func decode(_ documents: [(file: String, kind: String, root: YAMLNode)], into report: inout LoadReport) {
        // Which documents count is decided in file order (the first of two with one id wins); decoding each is
        // independent, so it runs on every core.
        var firstSeen: [String: SourceRef] = [:]
        var unique: [(file: String, kind: String, id: String, root: YAMLNode)] = []
        for (file, kind, root) in documents {
            let id = Decoder.string(root["id"]) ?? ""
            let key = "\(kind)/\(id)"
            if let first = firstSeen[key] {
                report.diagnostics.append(Diagnostic(
                    code: DefinitionErrorCode.duplicateID, message: tr("\(kind) '\(id)' is defined twice (first at \(first))"),
                    file: file, location: root["id"]?.location))
                continue
            }
            firstSeen[key] = SourceRef(file: file, location: root["id"]?.location ?? root.location)
            unique.append((file, kind, id, root))
        }
        let decoded = ParallelMap.map(unique) { doc -> (Decoded, [Diagnostic]) in
            var decoder = Decoder(file: doc.file)
            let value: Decoded = switch doc.kind {
            case "Workflow": .workflow(decoder.workflow(doc.root))
            case "Calendar": .calendar(decoder.calendar(doc.root))
            case "Endpoint": .endpoint(decoder.endpoint(doc.root))
            case "Guidelines": .guidelines(decoder.guidelines(doc.root))
            case "Stores": .stores(decoder.stores(doc.root))
            case "Agency": .agency(decoder.agency(doc.root))
            case "Kit": .kit(decoder.kit(doc.root))
            default: .other
            }
            return (value, decoder.diagnostics)
        }
        for (doc, (value, diagnostics)) in zip(unique, decoded) {
            switch value {
            case .workflow(let w): report.definitions.workflows[doc.id] = w
            case .calendar(let c): report.definitions.calendars[doc.id] = c
            case .endpoint(let e): report.definitions.endpoints[doc.id] = e
            case .guidelines(let g):
                if builtinPacks.contains(doc.id) {
                    report.diagnostics.append(Diagnostic(
                        code: DefinitionErrorCode.duplicateID, message: tr("Guidelines '\(doc.id)' is a built-in pack; give yours another id"),
                        file: doc.file, location: doc.root["id"]?.location))
                }
                report.definitions.guidelines[doc.id] = g
            case .stores(let stores):
                for store in stores {
                    if let first = report.definitions.stores[store.id] {
                        report.diagnostics.append(Diagnostic(code: DefinitionErrorCode.duplicateID, message: tr("store '\(store.id)' is listed twice (first at \(first.source))"),
                                                             file: doc.file, location: store.source.location))
                    } else {
                        report.definitions.stores[store.id] = store
                    }
                }
            case .agency(let a): report.definitions.agencies[doc.id] = a
            case .kit(let k): report.definitions.kits[doc.id] = k
            case .other: break
            }
            report.diagnostics += diagnostics
        }
    }

    // MARK: References

    static let conditionFields: [String: Set<String>] = [
        "draft": ["title", "body", "platforms", "hashtags", "products", "links", "media", "workflow", "has_price", "has_link", "revision", "kit", "from_kit"],
        "creator": ["id", "store", "groups", "role"],
        "findings": ["errors", "warnings", "suggestions", "rules"],
    ]

    /// The template a publish or notify step names, as a path to read; nil for one that is absolute or climbs out
    /// of the templates folder (the shape check refuses those).
    /// `folder` is ``templatesFolder(for:)`` of the step's file.
    func templatePath(_ delivery: YAMLNode, folder: String) -> (node: YAMLNode, path: String, full: String)? {
        guard let node = delivery["template"], let path = Decoder.string(node), !path.hasPrefix("/"),
              !path.utf8.split(separator: UInt8(ascii: "/")).contains(where: { $0.elementsEqual("..".utf8) }) else {
            return nil
        }
        return (node, path, folder + "/" + path)
    }

    /// Where the templates of a file's steps are looked up.
    func templatesFolder(for file: String) -> String { templatesDirectory ?? Self.defaultTemplates(for: file) }

    /// Every template the workflows name, each read once, on every core: `body` of its full path.
    func eachTemplate<R: Sendable>(_ documents: [(file: String, kind: String, root: YAMLNode)], keys: [String] = ["publish", "notify"],
                                   _ body: @Sendable (String) -> R) -> [String: R] {
        var paths: Set<String> = []
        for (file, kind, root) in documents where kind == "Workflow" {
            let folder = templatesFolder(for: file)
            for step in root["steps"]?.sequence ?? [] {
                for key in keys { if let delivery = step[key], let t = templatePath(delivery, folder: folder) { paths.insert(t.full) } }
            }
        }
        let sorted = paths.sorted()
        return Dictionary(uniqueKeysWithValues: zip(sorted, ParallelMap.map(sorted, body)))
    }

    private func resolve(_ documents: [(file: String, kind: String, root: YAMLNode)], into report: inout LoadReport) {
        let defs = report.definitions
        let packs = builtinPacks.union(defs.guidelines.keys)
        let templates = eachTemplate(documents) { full in Self.checkTemplate(full) }
        for (full, problem) in templates.sorted(by: { $0.key < $1.key }) where problem?.code == DefinitionErrorCode.badTemplate {
            if let text = try? String(contentsOfFile: full, encoding: .utf8) { report.sources[full] = text }
        }
        let workflows = documents.filter { $0.kind == "Workflow" }
        let perWorkflow = ParallelMap.map(workflows) { document -> [Diagnostic] in
            let (file, root) = (document.file, document.root)
            let folder = templatesFolder(for: file)
            var problems: [Diagnostic] = []
            /// `message` says which id is not there ("no Calendar 'x'"); a close one is suggested.
            func unresolved(_ message: String, _ id: String, _ known: [String], at node: YAMLNode) {
                problems.append(Diagnostic(
                    code: DefinitionErrorCode.unresolved,
                    message: Suggestion.appended(to: message, id, known),
                    file: file, location: node.location))
            }
            func pack(_ node: YAMLNode) {
                if let id = Decoder.string(node), !packs.contains(id) { unresolved(tr("no guideline pack '\(id)'"), id, packs.sorted(), at: node) }
            }
            let calendar = Decoder.string(root["calendar"])
            if let node = root["calendar"], let id = calendar, defs.calendars[id] == nil {
                unresolved(tr("no Calendar '\(id)'"), id, defs.calendars.keys.sorted(), at: node)
            }
            for node in root["guidelines"]?.sequence ?? [] { pack(node) }
            var earlier: Set<String> = []
            for step in root["steps"]?.sequence ?? [] {
                for node in step["check"]?["packs"]?.sequence ?? [] { pack(node) }
                if step["check"] != nil, step["check"]?["packs"] == nil, root["guidelines"]?.sequence?.isEmpty ?? true {
                    problems.append(Diagnostic(
                        code: DefinitionErrorCode.missingKey,
                        message: tr("this check step has no packs: list them under 'packs' or the workflow's 'guidelines'"),
                        file: file, location: step["check"]!.location))
                }
                for key in ["slot", "embargo"] {
                    guard let node = step["wait"]?[key] else { continue }
                    if let id = Decoder.string(node) {
                        if defs.calendars[id] == nil { unresolved(tr("no Calendar '\(id)'"), id, defs.calendars.keys.sorted(), at: node) }
                    } else if Decoder.bool(node) == true, calendar == nil {
                        let written = "wait: {\(key): true}"
                        problems.append(Diagnostic(
                            code: DefinitionErrorCode.missingKey,
                            message: tr("'\(written)' needs the workflow's 'calendar'"), file: file, location: node.location))
                    }
                }
                for delivery in [step["publish"], step["notify"], step["approval"]?["notify"]].compactMap({ $0 }) {
                    if let node = delivery["endpoint"], let id = Decoder.string(node), defs.endpoints[id] == nil {
                        unresolved(tr("no Endpoint '\(id)'"), id, defs.endpoints.keys.sorted(), at: node)
                    }
                    if let (node, full) = templatePath(delivery, folder: folder).map({ ($0.node, $0.full) }) {
                        if var problem = templates[full] ?? nil {
                            if problem.code == DefinitionErrorCode.unresolved {
                                problem.file = file
                                problem.location = node.location
                            }
                            problems.append(problem)
                        }
                    }
                }
                for node in [step["if"], step["approval"]?["auto_approve"]].compactMap({ $0 }) {
                    guard let text = Decoder.string(node), let condition = try? Condition(parsing: text) else { continue }
                    for (path, offset) in condition.paths {
                        if let message = Self.conditionPathProblem(path, earlierSteps: earlier) {
                            problems.append(Diagnostic(
                                code: DefinitionErrorCode.badCondition, message: message, file: file,
                                location: ShapeValidator.location(in: node, offset: offset)))
                        }
                    }
                }
                if let id = Decoder.string(step["id"]) { earlier.insert(id) }
            }
            return problems
        }
        for problems in perWorkflow { report.diagnostics += problems }
        // A kit is for a workflow that exists, and tells its authors through an endpoint that does.
        for (file, kind, root) in documents where kind == "Kit" {
            for (node, what, known) in [(root["workflow"], "Workflow", defs.workflows.keys.sorted()), (root["notify"], "Endpoint", defs.endpoints.keys.sorted())] {
                guard let node, let id = Decoder.string(node), !known.contains(id) else { continue }
                let message = what == "Workflow" ? tr("no Workflow '\(id)'") : tr("no Endpoint '\(id)'")
                report.diagnostics.append(Diagnostic(code: DefinitionErrorCode.unresolved, message: Suggestion.appended(to: message, id, known),
                                                     file: file, location: node.location))
            }
            // The calendar slots it may take are named slots of its workflow's calendar.
            guard let list = root["calendar_slots"] else { continue }
            let workflow = Decoder.string(root["workflow"]).flatMap { defs.workflows[$0] }
            guard let calendarID = workflow?.calendar, let calendar = defs.calendars[calendarID] else {
                report.diagnostics.append(Diagnostic(code: DefinitionErrorCode.missingKey,
                                                     message: tr("calendar_slots needs the kit's 'workflow', with a 'calendar'"), file: file, location: list.location))
                continue
            }
            let names = calendar.slots.compactMap(\.id)
            for node in list.sequence ?? [] {
                guard let id = Decoder.string(node), !names.contains(id) else { continue }
                let message = names.isEmpty
                    ? tr("calendar \(calendarID) has no slot '\(id)' (its slots have no 'id')")
                    : Suggestion.appended(to: tr("calendar \(calendarID) has no slot '\(id)'"), id, names)
                report.diagnostics.append(Diagnostic(code: DefinitionErrorCode.unresolved, message: message, file: file, location: node.location))
            }
        }
        // An endpoint's alert goes to another endpoint, which must exist.
        for (file, kind, root) in documents where kind == "Endpoint" {
            guard let node = root["alert"], let id = Decoder.string(node) else { continue }
            if id == Decoder.string(root["id"]) {
                report.diagnostics.append(Diagnostic(code: DefinitionErrorCode.unresolved,
                                                     message: tr("an endpoint cannot alert itself: when it is disabled, nothing reaches it; name another endpoint"),
                                                     file: file, location: node.location))
            } else if defs.endpoints[id] == nil {
                let known = defs.endpoints.keys.sorted()
                report.diagnostics.append(Diagnostic(code: DefinitionErrorCode.unresolved, message: Suggestion.appended(to: tr("no Endpoint '\(id)'"), id, known),
                                                     file: file, location: node.location))
            }
        }
    }

    static func conditionPathProblem(_ path: [String], earlierSteps: Set<String>) -> String? {
        let root = path[0]
        if root == "steps" {
            guard path.count == 3, path[2] == "outcome" else { return tr("write steps.<step-id>.outcome") }
            return earlierSteps.contains(path[1]) ? nil : Suggestion.appended(to: tr("no earlier step '\(path[1])'"), path[1], earlierSteps.sorted())
        }
        guard let fields = conditionFields[root] else {
            let roots = Array(conditionFields.keys) + ["steps"]
            return Suggestion.appended(to: tr("unknown name '\(root)'; conditions read draft.*, creator.*, findings.* and steps.*"), root, roots)
        }
        guard path.count == 2, fields.contains(path[1]) else {
            let field = path.count > 1 ? path[1] : ""
            let message = tr("unknown field '\(path.joined(separator: "."))'; \(root) has \(fields.sorted().joined(separator: ", "))")
            return Suggestion.appended(to: message, field, Array(fields))
        }
        return nil
    }

    static func defaultTemplates(for file: String) -> String {
        let parent = parentFolder(parentFolder(Substring(file)))
        return (parent.isEmpty ? "." : String(parent)) + "/Templates"
    }

    /// The path without its last component, as Foundation's `deletingLastPathComponent` gives it ("a/b/" → "a",
    /// "/a" → "/", "a" → ""), worked out on the bytes; a path with doubled slashes, which Foundation first
    /// tidies, is left to Foundation.
    static func parentFolder(_ path: Substring) -> Substring {
        let slash = UInt8(ascii: "/")
        if path.utf8.count > 1, zip(path.utf8, path.utf8.dropFirst()).contains(where: { $0 == slash && $1 == slash }) {
            return Substring((String(path) as NSString).deletingLastPathComponent)
        }
        var end = path.utf8.endIndex
        // A trailing slash is not a component (there is at most one: doubled slashes were left to Foundation).
        if path.utf8.count > 1, path.utf8.last == slash { end = path.utf8.index(before: end) }
        guard let last = path.utf8[..<end].lastIndex(of: slash) else { return "" }
        return last == path.utf8.startIndex ? "/" : path[path.startIndex..<last]
    }

    /// nil when the template exists and compiles; otherwise the problem (located in the template when it is a syntax error).
    static func checkTemplate(_ path: String) -> Diagnostic? {
        guard let data = FileManager.default.contents(atPath: path) else {
            return Diagnostic(code: DefinitionErrorCode.unresolved, message: tr("template file \(path) does not exist"))
        }
        do throws(Diagnostic) {
            _ = try PayloadTemplate(text: String(decoding: data, as: UTF8.self), path: path)
            return nil
        } catch {
            return error
        }
    }
}

