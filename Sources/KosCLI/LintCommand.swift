import ArgumentParser
import Crypto
import Foundation
import KosCore
import KosDefinitions
import KosRules

enum LintFormat: String, ExpressibleByArgument, CaseIterable {
    case human, json, sarif
}

enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case error, warning, suggestion

    var level: FindingLevel { FindingLevel(rawValue: rawValue)! }
}

/// `kos lint`: the same guideline checks the daemon runs, on the associate's own machine.
struct LintCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: tr("Check drafts against brand guidelines and advertising law before submitting."),
        discussion: tr("""
            Packs: those given with --pack; else those of the draft's workflow; else every built-in pack. \
            Exit status: 0 nothing at or above --fail-on, 1 blocking findings, 2 usage, configuration or unreadable input.
            """))

    @Argument(help: ArgumentHelp(tr("Draft files (Markdown with YAML front matter) or folders of them (*.md); - reads standard input.")))
    var files: [String]

    @Option(help: ArgumentHelp(tr("Folder of workflow definitions and packs.")))
    var workflows = "Workflows"

    @Option(name: .customLong("pack"), help: ArgumentHelp(tr("A guideline pack to apply (repeatable).")))
    var packs: [String] = []

    @Option(help: ArgumentHelp(tr("Check for this platform instead of the draft's own platforms.")))
    var platform: String?

    @Option(name: .customLong("fail-on"), help: ArgumentHelp(tr("Lowest level that fails the run: error, warning or suggestion.")))
    var failOn: FailOn = .error

    @Option(help: ArgumentHelp(tr("Output format: human, json or sarif.")))
    var format: LintFormat = .human

    @Option(name: .customLong("max-size"), help: ArgumentHelp(tr("Largest draft accepted, in bytes.")))
    var maxSize = 10 << 20

    @Option(help: ArgumentHelp(tr("Judge embargoes as of this time (ISO 8601, e.g. 2026-12-05T09:00:00+08:00). Default: now.")))
    var now: String?

    @Option(help: ArgumentHelp(tr("How long one draft's checks may take, e.g. 20s or 500ms; a draft not fully checked in time gets a blocking finding (kosflow/check-budget).")))
    var budget = "20s"

    @Flag(help: ArgumentHelp(tr("Show, for each claim found and each near-miss let pass, which rule and which step of the context grammar decided, and why.")))
    var explain = false

    @Flag(help: ArgumentHelp(tr("After the findings, count them per rule over all the drafts: which rules fire most (shadow and suppressed ones apart).")))
    var stats = false

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(tr("Read the draft's pictures: the packs over the text in them (Tesseract), their QR codes and barcodes (ZBar). Readings are kept by SHA-256 in $XDG_CACHE_HOME/kos/readings.")))
    var images = true

    @Option(name: .customLong("image-cache"), help: ArgumentHelp(tr("Where readings of pictures are kept, by SHA-256. Default: $XDG_CACHE_HOME/kos/readings.")))
    var imageCache: String?

    @Flag(help: ArgumentHelp(tr("On standard error: where the time went (packs, reading, checking, output) and the rules that cost the most.")))
    var timings = false

    func validate() throws {
        if files.isEmpty { throw ValidationError(tr("name at least one draft, or - for standard input")) }
        if let platform, Platform(rawValue: platform) == nil {
            throw ValidationError(tr("unknown platform '\(platform)'; use \(Platform.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        if let now, ISO8601DateFormatter().date(from: now) == nil {
            throw ValidationError(tr("--now must be an ISO 8601 time with an offset, e.g. 2026-12-05T09:00:00+08:00"))
        }
        if maxSize < 1 { throw ValidationError(tr("--max-size must be positive")) }
        guard let span = TimeSpan(parsing: budget), span.milliseconds > 0 else {
            throw ValidationError(tr("--budget is a duration such as 20s or 500ms, not '\(budget)'"))
        }
    }

    func run(console: Console) throws -> Int32 {
        let started = ContinuousClock.now
        var packTime = Duration.zero
        let costs = timings ? RuleCosts() : nil
        let instant = now.flatMap { ISO8601DateFormatter().date(from: $0) } ?? Date()
        var available: [String: GuidelinePack]
        let loadStart = ContinuousClock.now
        defer { _ = loadStart }
        do throws(DiagnosticList) {
            available = try BuiltinPacks.load()
        } catch {
            console.err(error.description)
            return ExitCode.usage
        }
        var definitions = Definitions()
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: workflows, isDirectory: &isDir), isDir.boolValue {
            let report = DefinitionLoader().load(paths: [workflows])
            guard report.isValid else {
                console.err(report.renderedDiagnostics())
                console.err("\n" + tr("the definitions in \(workflows) are invalid; fix them (kos validate) before linting"))
                return ExitCode.usage
            }
            definitions = report.definitions
            available = CheckPlan.available(builtin: available, definitions: definitions)
        } else if workflows != "Workflows" {
            console.err("\(workflows): error[KOS2016]: " + tr("no such folder"))
            return ExitCode.usage
        }
        let loadTime = ContinuousClock.now - loadStart
        for id in packs where available[id] == nil {
            console.err(tr("error: unknown pack '\(id)'; available: \(available.keys.sorted().joined(separator: ", "))"))
            return ExitCode.usage
        }

        var parser = DraftParser()
        parser.maxBytes = maxSize
        var linters: [[String]: Linter] = [:]
        var results: [(path: String, source: String?, findings: [Finding])] = []
        // JSON for tools is written as each draft is checked (its findings are let go at once); the other formats
        // and `--stats` read every draft's findings at the end.
        var report = format == .json && !stats ? LintOutput.JSONReport() : nil
        var blocking = false
        var writeTime = Duration.zero
        var unreadable = false
        var parseTime = Duration.zero, lintTime = Duration.zero
        // Read once: the environment is copied into a dictionary at each look.
        let cache = imageCache.map(ImageReadingCache.init(directory:)) ?? .standard()
        let span = Duration.milliseconds(TimeSpan(parsing: budget)?.milliseconds ?? 20_000)
        for file in Self.expand(files) {
            let draft: Draft
            let parseStart = ContinuousClock.now
            defer { parseTime += ContinuousClock.now - parseStart }
            do throws(DiagnosticList) {
                draft = try parser.read(path: file)
            } catch {
                unreadable = true
                let source = file == "-" ? nil : (try? String(contentsOfFile: file, encoding: .utf8))
                console.err(error.diagnostics.map { $0.rendered(source: source) }.joined(separator: "\n"))
                continue
            }
            let ids: [String]
            if !packs.isEmpty {
                ids = packs
            } else if let name = draft.workflow {
                guard let workflow = definitions.workflows[name] else {
                    console.err("\(file): error: " + tr("the draft names workflow '\(name)', which is not in \(workflows)"))
                    unreadable = true
                    continue
                }
                // What kosd's check steps apply to it, embargoes as the workflow treats them.
                ids = CheckPlan.packIDs(workflow: workflow, step: nil, definitions: definitions)
            } else {
                ids = BuiltinPacks.ids.sorted()
            }
            let linter: Linter
            if let cached = linters[ids] {
                linter = cached
            } else {
                let compileStart = ContinuousClock.now
                defer { packTime += ContinuousClock.now - compileStart }
                do throws(PackError) {
                    linter = try Linter(packs: ids.compactMap { available[$0] })
                } catch {
                    console.err(error.diagnostics.map { d in d.rendered(source: nil) }.joined(separator: "\n"))
                    return ExitCode.usage
                }
                linters[ids] = linter
            }
            let lintStart = ContinuousClock.now
            let trace = explain ? LintTrace() : nil
            var findings = linter.lint(draft, now: instant, platforms: platform.map { [$0] }, budget: span, trace: trace, costs: costs)
            if images {
                let codes = draft.workflow.flatMap { definitions.workflows[$0] }.flatMap(Self.codesLevel) ?? .warning
                findings += Self.imageFindings(draft, file: file, codes: codes, cache: cache) { linter.lint($0, now: instant, platforms: platform.map { [$0] }, budget: span) }
            }
            lintTime += ContinuousClock.now - lintStart
            if let trace {
                for e in trace.entries {
                    let place = "\(file):\(e.line):\(e.column): "
                    console.out(place + (e.claim ? tr("claim [\(e.rule)] \"\(e.match)\" — \(e.step): \(e.why)")
                                                 : tr("passed [\(e.rule)] \"\(e.match)\" — \(e.step): \(e.why)")))
                }
            }
            if !blocking { blocking = findings.contains { $0.blocks(at: failOn.level) } }
            if report != nil {
                let writeStart = ContinuousClock.now
                report!.add(path: file, findings: findings)
                writeTime += ContinuousClock.now - writeStart
            } else {
                // Only people need the lines under findings; tools get positions.
                results.append((file, file == "-" || format != .human || findings.isEmpty ? nil : draft.sourceText, findings))
            }
        }

        if timings {
            let definitionTime = packTime
            let total = ContinuousClock.now - started
            func ms(_ d: Duration) -> String { String(format: "%.1f", Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000) }
            let outputStart = ContinuousClock.now
            writeOutput(results, report, console: console)
            let outputTime = ContinuousClock.now - outputStart + writeTime
            console.err("timings: packs \(ms(definitionTime + loadTime)) ms, read and parse \(ms(parseTime - lintTime - definitionTime - writeTime)) ms, lint \(ms(lintTime)) ms, output \(ms(outputTime)) ms, total \(ms(total + outputTime - writeTime)) ms")
            // Where the lint went: the shared phases and the costliest rules.
            let ranked = costs?.ranked ?? []
            console.err("lint by rule: " + ranked.prefix(8).map { "\($0.name) \(ms($0.time)) ms" }.joined(separator: ", "))
        } else {
            writeOutput(results, report, console: console)
        }
        if stats { Self.printStats(results, console: console) }
        if unreadable { return ExitCode.usage }
        return blocking ? ExitCode.failure : ExitCode.success
    }

    /// Findings per rule over every draft: how many, in how many drafts, and how many were shadow or suppressed.
    static func printStats(_ results: [LintOutput.Result], console: Console) {
        struct Count { var findings = 0, drafts = 0, shadow = 0, suppressed = 0 }
        var counts: [String: Count] = [:]
        for r in results {
            for rule in Set(r.findings.map(\.rule)) { counts[rule, default: Count()].drafts += 1 }
            for f in r.findings {
                counts[f.rule, default: Count()].findings += 1
                if f.shadow == true { counts[f.rule, default: Count()].shadow += 1 }
                if f.suppressed != nil { counts[f.rule, default: Count()].suppressed += 1 }
            }
        }
        let rows = counts.sorted { ($1.value.findings, $0.key) < ($0.value.findings, $1.key) }
        // Columns measured on the terminal (a Chinese heading takes two columns a character); numbers right-aligned.
        let heads = [tr("RULE"), tr("FINDINGS"), tr("DRAFTS"), tr("SHADOW"), tr("SUPPRESSED")]
        let widths = heads.map(Table.width)
        let width = max(widths[0], rows.map { Table.width($0.key) }.max() ?? 0)
        func left(_ text: String, _ w: Int) -> String { text + String(repeating: " ", count: max(0, w - Table.width(text))) }
        func right(_ text: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - Table.width(text))) + text }
        console.out("\n" + left(heads[0], width) + (1..<heads.count).map { "  " + right(heads[$0], widths[$0]) }.joined())
        for (rule, c) in rows {
            console.out(left(rule, width) + "  " + right(String(c.findings), widths[1]) + "  " + right(String(c.drafts), widths[2])
                        + "  " + right(String(c.shadow), widths[3]) + "  " + right(String(c.suppressed), widths[4]))
        }
        console.out(tr("\(results.count) drafts"))
    }

    func writeOutput(_ results: [LintOutput.Result], _ report: LintOutput.JSONReport?, console: Console) {
        switch format {
        case .human: LintOutput.human(results, console: console)
        case .json: console.outUTF8(report?.finished() ?? LintOutput.json(results))
        case .sarif: console.out(LintOutput.sarif(results))
        }
    }

    /// Files as given, and each folder replaced by the `.md` drafts below it, sorted.
    static func expand(_ paths: [String]) -> [String] {
        var out: [String] = []
        for path in paths {
            guard path != "-", let found = Paths.files(under: path, suffixes: [".md"]) else {
                out.append(path)
                continue
            }
            out += found
        }
        return out
    }
}

extension LintCommand {
    /// The level a workflow's check steps give a code found in a picture (the strictest of them).
    static func codesLevel(_ workflow: Workflow) -> FindingLevel? {
        workflow.steps.compactMap { step -> FindingLevel? in
            if case .check(let check) = step.action { return check.codes }
            return nil
        }.max()
    }

    /// The findings of the pictures a draft names (beside it on disk): each checked to be the image it claims and
    /// within the pixel limit, then read, by SHA-256 from the cache when it was read before.
    static func imageFindings(_ draft: Draft, file: String, codes: FindingLevel, cache: ImageReadingCache, lint: (Draft) -> [Finding]) -> [Finding] {
        // Most drafts name no picture: nothing to set up for them (the folder's path costs a Foundation string).
        guard draft.media.contains(where: { ImageCheck.isRead($0.path) }) else { return [] }
        let base = file == "-" ? FileManager.default.currentDirectoryPath : (file as NSString).deletingLastPathComponent
        let at = draft.fieldLocations["media"]
        let reader = ImageReader()
        var out: [Finding] = []
        for medium in draft.media where ImageCheck.isRead(medium.path) {
            let full = medium.path.hasPrefix("/") || base.isEmpty ? medium.path : base + "/" + medium.path
            func refused(_ why: String) {
                var f = Finding(rule: "image/refused", level: .error, scope: nil, line: at?.line, column: at?.column, match: medium.path,
                                message: tr("the picture \(medium.path) cannot be checked: \(why)"))
                f.media = medium.path
                out.append(f)
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: full)[.size] as? Int) ?? nil
            guard let size else { refused(tr("there is no file \(full)")); continue }
            guard size <= maxImageBytes else { refused(tr("it is \(size >> 20) MB; a picture may be at most \(maxImageBytes >> 20) MB")); continue }
            guard let data = FileManager.default.contents(atPath: full) else { refused(tr("\(full) cannot be read")); continue }
            do throws(MediaKind.Refusal) {
                _ = try MediaKind.verify([UInt8](data), path: medium.path)
            } catch {
                refused(error.description)
                continue
            }
            let reading = cache.reading(sha256: Hex.encode(SHA256.hash(data: data))) { reader.read(data, video: ImageCheck.isVideo(medium.path)) }
            out += ImageCheck.findings(path: medium.path, reading: reading, codes: codes, found: ImageCheck.text(of: reading).map(lint) ?? [])
        }
        return out
    }

    /// The largest picture read, as kosd's largest request.
    static let maxImageBytes = 16 << 20
}

extension Draft {
    /// The original file text, for showing lines under findings.
    var sourceText: String? { try? String(contentsOfFile: path, encoding: .utf8) }
}
