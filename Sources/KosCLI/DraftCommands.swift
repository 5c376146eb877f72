import ArgumentParser
import Crypto
import Foundation
import KosCore
import KosDefinitions
import KosRules

/// `kos login`: checks a token against the server and remembers both, readable by the user alone.
struct LoginCommand: ClientCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: tr("Remember the server and your token (in ~/.config/kos/config.yaml, mode 0600)."),
        discussion: tr("Without --token the token is read from standard input, so it stays out of shell history: kos login --server unix:/run/kosd/kosd.sock < token.txt"))

    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        var api = api
        if client.token == nil {
            let line = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces) ?? ""
            guard !line.isEmpty else { throw .transport(tr("give the token with --token or on standard input")) }
            api = APIClient(server: api.server, token: line)
        }
        let (me, _) = try api.send("GET", "/v1/me", as: API.Me.self)
        let path = ConnectionOptions.configPath(console.environment)
        let text = "# Written by kos login. Keep this file private: it holds your API token.\nserver: \"\(api.server.description)\"\ntoken: \"\(api.token ?? "")\"\n"
        do {
            try Paths.createParent(of: path, permissions: 0o700)
            // Created 0600 before a byte is written, so the token is never readable by others.
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission) }
            defer { close(fd) }
            fchmod(fd, 0o600)
            let bytes = Array(text.utf8)
            guard write(fd, bytes, bytes.count) == bytes.count else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            throw .transport(tr("cannot write \(path): \(error.localizedDescription)"))
        }
        let role = Table.roleName(me.role) + (me.store.map { ", \($0)" } ?? "")
        console.out(tr("logged in to \(api.server.description) as \(me.id) (\(role)); settings in \(path)"))
        return ExitCode.success
    }
}

/// `kos submit`: lints locally, then sends the draft (and its media) to its workflow.
struct SubmitCommand: ClientCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: tr("Check a draft locally, then submit it to its workflow."),
        discussion: tr("""
            The same file submitted twice is the same draft: the idempotency key is the SHA-256 of the workflow and the \
            content, so a retry after a timeout never creates a second draft. Local findings are shown; the daemon's \
            checks decide.
            """))

    @Argument(help: ArgumentHelp(tr("The draft: Markdown with YAML front matter.")))
    var draft: String

    @Option(help: ArgumentHelp(tr("The workflow; default: the draft's 'workflow:'.")))
    var workflow: String?

    @Option(help: ArgumentHelp(tr("Folder of workflow definitions for the local check.")))
    var workflows = "Workflows"

    @Option(help: ArgumentHelp(tr("Use this idempotency key instead of the content's hash.")))
    var idempotencyKey: String?

    @Flag(help: ArgumentHelp(tr("Skip the local check.")))
    var noLint = false

    @Flag(help: ArgumentHelp(tr("Upload media named outside the draft's folder (by default refused).")))
    var allowMediaOutside = false

    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (content, parsed) = try DraftFile.read(draft)
        if !noLint {
            // With --format json the answer on standard output stays kosd's JSON; the local check speaks on standard error.
            let say: (String) -> Void = client.format == .human ? { console.out($0) } : { console.err($0) }
            switch LocalCheck.run(parsed, workflows: workflows, workflow: workflow) {
            case .skipped(let why):
                say(tr("local check skipped: \(why); kosd's checks still run"))
            case .findings(let findings) where findings.isEmpty:
                say(tr("local check: nothing found"))
            case .findings(let findings):
                if client.format == .human {
                    LintOutput.human([(draft, content, findings)], console: console)
                } else {
                    LintOutput.human([(draft, content, findings)], console: Console(out: { console.err($0) }, err: { console.err($0) }, environment: console.environment))
                }
                if findings.contains(where: { $0.level == .error }) { say(tr("the daemon's checks will block this draft; submitting so the record is complete")) }
            }
        }
        let media = try DraftFile.media(parsed, next: draft, allowOutside: allowMediaOutside)
        let key = idempotencyKey ?? Hex.encode(SHA256.hash(data: Data(((workflow ?? "") + "\n" + content).utf8)))
        let (submitted, raw) = try api.send("POST", "/v1/drafts", body: API.Submission(workflow: workflow, content: content, media: media.isEmpty ? nil : media),
                                            headers: ["Idempotency-Key": key], as: API.Submitted.self)
        emit(raw, console: console) {
            let d = submitted.draft
            let state = Table.colored(state: d.state, console: console)
            if submitted.created {
                console.out(d.step.map { tr("submitted \(d.id) to \(d.workflow): \(state) (\($0))") } ?? tr("submitted \(d.id) to \(d.workflow): \(state)"))
            } else {
                console.out(tr("already submitted as \(d.id) (the same file): \(Table.stateName(d.state))"))
            }
            console.out(tr("follow it with: kos status \(d.id)"))
        }
        return ExitCode.success
    }
}

/// `kos revise`: a new revision; earlier approvals no longer count and the workflow starts again.
struct ReviseCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "revise", abstract: tr("Submit a new revision of a draft; its approvals start again."))

    @Argument(help: ArgumentHelp(tr("The draft id (d-…)."))) var id: String
    @Argument(help: ArgumentHelp(tr("The revised draft file."))) var draft: String
    @Flag(help: ArgumentHelp(tr("Upload media named outside the draft's folder (by default refused)."))) var allowMediaOutside = false
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (content, parsed) = try DraftFile.read(draft)
        let media = try DraftFile.media(parsed, next: draft, allowOutside: allowMediaOutside)
        let (submitted, raw) = try api.send("POST", "/v1/drafts/\(DraftFile.escape(id))/revisions",
                                            body: API.Submission(workflow: nil, content: content, media: media.isEmpty ? nil : media), as: API.Submitted.self)
        emit(raw, console: console) {
            let state = Table.colored(state: submitted.draft.state, console: console)
            console.out(tr("\(submitted.draft.id) revision \(submitted.draft.revision): \(state); earlier approvals no longer count"))
        }
        return ExitCode.success
    }
}

/// `kos status ID`: one line on where a draft is; `--wait` until it settles.
struct StatusCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: tr("Where a draft is in its workflow."))

    @Argument(help: ArgumentHelp(tr("The draft id."))) var id: String
    @Option(help: ArgumentHelp(tr("Wait up to this many seconds while the draft is being checked or published."))) var wait: Double = 0
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let deadline = Date().addingTimeInterval(wait)
        var (detail, raw) = try api.send("GET", "/v1/drafts/\(DraftFile.escape(id))", as: API.DraftDetail.self)
        while let progress = DraftProgress(rawValue: detail.draft.state), [.checking, .publishing, .submitted].contains(progress), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            (detail, raw) = try api.send("GET", "/v1/drafts/\(DraftFile.escape(id))", as: API.DraftDetail.self)
        }
        emit(raw, console: console) { console.out(DraftView.line(detail.draft, waitingFor: detail.waitingFor, console: console)) }
        return ExitCode.success
    }
}

/// `kos drafts`: the drafts you may see.
struct DraftsCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "drafts", abstract: tr("List drafts: yours, those routed to your groups, or all for admins."))

    @Option(help: ArgumentHelp(tr("Only drafts in this state (checking, awaiting-approval, scheduled, publishing, published, blocked, rejected, expired, failed, withdrawn).")))
    var state: String?
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let query = state.map { "?state=\(DraftFile.escape($0))" } ?? ""
        let (drafts, raw) = try api.send("GET", "/v1/drafts\(query)", as: [API.Draft].self)
        emit(raw, console: console) { console.out(DraftView.table(drafts, console: console)) }
        return ExitCode.success
    }
}

/// `kos inbox`: a reviewer's queue.
struct InboxCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "inbox", abstract: tr("Drafts waiting for your decision."))
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (drafts, raw) = try api.send("GET", "/v1/inbox", as: [API.Draft].self)
        emit(raw, console: console) {
            console.out(drafts.isEmpty ? tr("nothing waits for you") : DraftView.table(drafts, console: console))
        }
        return ExitCode.success
    }
}

/// `kos review-link`: a link that signs you in to the review console, once, on a phone or a laptop.
struct ReviewLinkCommand: ClientCommand {
    static let configuration = CommandConfiguration(
        commandName: "review-link", abstract: tr("A single-use link that signs you in to the review console."),
        discussion: tr("Open it on your phone or laptop within 15 minutes: it signs you in once, for 12 hours. Sign out on the page, or ask an admin to revoke your access, to end the session."))
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (link, raw) = try api.send("POST", "/v1/console/links", as: API.ConsoleLink.self)
        emit(raw, console: console) {
            console.out(link.url)
            if link.url.hasPrefix("/") {
                console.err(tr("kosd serves no HTTP address it can name: open this path on kosd's address, or set api.listen in kosd.yaml"))
            }
            console.err(tr("signs in once, until \(Table.local(link.expiresAt)); do not forward it"))
        }
        return ExitCode.success
    }
}

/// `kos show ID`: the draft, what the checks say, decisions and history.
struct ShowCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: tr("A draft with its findings, decisions and history."))
    @Argument(help: ArgumentHelp(tr("The draft id."))) var id: String
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (detail, raw) = try api.send("GET", "/v1/drafts/\(DraftFile.escape(id))", as: API.DraftDetail.self)
        ReadReceipts(environment: console.environment).record(server: api.server.description, reader: ReadReceipts.reader(token: api.token), draft: detail.draft)
        emit(raw, console: console) {
            console.out(DraftView.line(detail.draft, waitingFor: detail.waitingFor, console: console))
            console.out("")
            console.out(detail.content.trimmingCharacters(in: .newlines))
            console.out("")
            if let kit = detail.kit {
                // What the associate wrote, apart from the kit the brand approved: the part a reviewer reads.
                if kit.matched {
                    console.out(console.paint(tr("made from the campaign kit \(kit.reference), unchanged but for what the author wrote:"), "36"))
                } else {
                    console.out(console.paint(tr("claims the campaign kit \(kit.reference), but \(kit.differences.joined(separator: "; ")): read it all"), "33"))
                }
                for slot in kit.slots { console.out("  \(slot.name): 「\(slot.text.trimmingCharacters(in: .whitespacesAndNewlines))」") }
                console.out("")
            }
            if detail.findings.isEmpty {
                console.out(tr("findings: none"))
            } else {
                console.out(tr("findings:"))
                LintOutput.human([(detail.draft.id, detail.content, detail.findings)], console: console)
            }
            if let suggestion = detail.suggestion {
                console.out("\n" + tr("\(suggestion.reviewer) suggests this rewording (\(suggestion.reason)):"))
                console.out(suggestion.content.trimmingCharacters(in: .newlines))
                console.out(tr("take it as revision \(detail.draft.revision + 1) with: kos accept-suggestion \(detail.draft.id)"))
            }
            if !detail.decisions.isEmpty {
                console.out("\n" + tr("decisions:"))
                console.out(Table.render([tr("STEP"), tr("REVIEWER"), tr("DECISION"), tr("REVISION"), tr("REASON")], detail.decisions.map {
                    [$0.step, $0.reviewer, Table.stateName($0.decision), $0.revisionHash == detail.draft.contentHash ? tr("current") : tr("earlier (void)"), $0.reason ?? ""]
                }, console: console))
            }
            console.out("\n" + tr("history:"))
            console.out(Table.render([tr("TIME"), tr("ACTOR"), tr("ACTION"), tr("DETAILS")], detail.history.map {
                [Table.local($0.at), $0.actor, $0.action, Table.clip($0.details, 70)]
            }, console: console))
        }
        return ExitCode.success
    }
}

/// `kos approve` / `kos reject`: the decision names the revision the reviewer read (what `kos show` last
/// showed, or `--revision`), and kosd refuses it when the draft has been revised since.
struct ApproveCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "approve", abstract: tr("Approve the revision of a draft you read with kos show (never your own)."))
    @Argument(help: ArgumentHelp(tr("The draft id."))) var id: String
    @Option(help: ArgumentHelp(tr("The revision you read; default: the one kos show last showed you."))) var revision: Int?
    @Option(help: ArgumentHelp(tr("A note for the author and the audit log."))) var comment: String?
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (revision, hash) = try DecisionBinding.read(id, revision: revision, api: api, console: console)
        let (draft, raw) = try api.send("POST", "/v1/drafts/\(DraftFile.escape(id))/approve",
                                        body: API.DecisionRequest(revision: revision, contentHash: hash, comment: comment), as: API.Draft.self)
        emit(raw, console: console) {
            let state = Table.colored(state: draft.state, console: console)
            console.out(draft.next.map { tr("approved \(draft.id) revision \(revision). \($0)") } ?? tr("approved \(draft.id) revision \(revision); now \(state)"))
        }
        return ExitCode.success
    }
}

struct RejectCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "reject", abstract: tr("Reject the revision of a draft you read, with a reason its author will see."))
    @Argument(help: ArgumentHelp(tr("The draft id."))) var id: String
    @Option(help: ArgumentHelp(tr("What the author must change."))) var reason: String
    @Option(help: ArgumentHelp(tr("A file with the draft as you would have it: its author can take it as the next revision in one step."))) var suggest: String?
    @Option(help: ArgumentHelp(tr("The revision you read; default: the one kos show last showed you."))) var revision: Int?
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let suggestion = try suggest.map { path throws(APIClient.Failure) in try DraftFile.read(path).0 }
        let (revision, hash) = try DecisionBinding.read(id, revision: revision, api: api, console: console)
        let (draft, raw) = try api.send("POST", "/v1/drafts/\(DraftFile.escape(id))/reject",
                                        body: API.DecisionRequest(revision: revision, contentHash: hash, reason: reason, suggestion: suggestion), as: API.Draft.self)
        emit(raw, console: console) {
            console.out(tr("rejected \(draft.id) revision \(revision): \(reason)"))
            if suggestion != nil { console.out(tr("its author can take your rewording with: kos accept-suggestion \(draft.id)")) }
        }
        return ExitCode.success
    }
}

/// `kos accept-suggestion ID`: the author takes the rewording a reviewer suggested as the next revision.
struct AcceptSuggestionCommand: ClientCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept-suggestion", abstract: tr("Take the rewording a reviewer suggested as your draft's next revision."),
        discussion: tr("kos show ID shows the suggestion first; the new revision is checked and approved again like any other."))
    @Argument(help: ArgumentHelp(tr("The draft id."))) var id: String
    @Option(help: ArgumentHelp(tr("The revision whose suggestion you read; default: the one kos show last showed you."))) var revision: Int?
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (revision, _) = try DecisionBinding.read(id, revision: revision, api: api, console: console)
        let (submitted, raw) = try api.send("POST", "/v1/drafts/\(DraftFile.escape(id))/suggestion/accept", body: API.AcceptSuggestion(revision: revision),
                                            as: API.Submitted.self)
        emit(raw, console: console) {
            let state = Table.colored(state: submitted.draft.state, console: console)
            console.out(tr("\(submitted.draft.id) revision \(submitted.draft.revision) is the suggested rewording: \(state)"))
        }
        return ExitCode.success
    }
}

/// Which revision a decision is on: the one `kos show` last showed, or the one named with `--revision`
/// (its content hash from that showing, else from kosd when the draft is still at it).
enum DecisionBinding {
    static func read(_ id: String, revision: Int?, api: APIClient, console: Console) throws(APIClient.Failure) -> (Int, String) {
        let receipt = ReadReceipts(environment: console.environment).last(server: api.server.description, reader: ReadReceipts.reader(token: api.token), draft: id)
        if let receipt, revision == nil || revision == receipt.revision { return (receipt.revision, receipt.contentHash) }
        guard let revision else {
            throw .transport(tr("you have not read \(id) with kos show here: a decision is bound to the revision you read. Run kos show \(id) first, or name the revision with --revision N"))
        }
        let (detail, _) = try api.send("GET", "/v1/drafts/\(DraftFile.escape(id))", as: API.DraftDetail.self)
        guard detail.draft.revision == revision else {
            var problem = API.Problem(.staleRevision, detail: tr("\(id) is at revision \(detail.draft.revision) now, not revision \(revision); nothing was sent. Read it with kos show \(id)"))
            problem.currentRevision = detail.draft.revision
            problem.currentContentHash = detail.draft.contentHash
            throw .problem(problem)
        }
        return (revision, detail.draft.contentHash)
    }
}

struct WithdrawCommand: ClientCommand {
    static let configuration = CommandConfiguration(commandName: "withdraw", abstract: tr("Withdraw a draft that is not published yet."))
    @Argument(help: ArgumentHelp(tr("The draft id."))) var id: String
    @Option(help: ArgumentHelp(tr("Why, for the audit log."))) var reason: String?
    @OptionGroup var client: ClientOptions

    func run(api: APIClient, console: Console) throws(APIClient.Failure) -> Int32 {
        let (draft, raw) = try api.send("POST", "/v1/drafts/\(DraftFile.escape(id))/withdraw", body: API.WithdrawRequest(reason: reason), as: API.Draft.self)
        emit(raw, console: console) { console.out(tr("\(draft.id) is \(Table.stateName(draft.state))")) }
        return ExitCode.success
    }
}

/// How drafts read on a terminal.
enum DraftView {
    static func line(_ d: API.Draft, waitingFor: String?, console: Console) -> String {
        let id = d.id, state = Table.colored(state: d.state, console: console)
        // A scheduled draft waits until its time; any other has a deadline. Each combination is one sentence.
        let due = d.dueAt.flatMap { at -> String? in at > d.updatedAt ? Table.local(at) : nil }, scheduled = d.state == DraftProgress.scheduled.rawValue
        var text: String
        switch (d.step, waitingFor, due) {
        case (nil, nil, nil):
            text = "\(id)  \(state)"
        case let (step?, nil, nil):
            text = tr("\(id)  \(state) at \(step)")
        case let (nil, waiting?, nil):
            text = tr("\(id)  \(state), waiting for \(waiting)")
        case let (step?, waiting?, nil):
            text = tr("\(id)  \(state) at \(step), waiting for \(waiting)")
        case let (nil, nil, due?):
            text = scheduled ? tr("\(id)  \(state) until \(due)") : tr("\(id)  \(state), deadline \(due)")
        case let (step?, nil, due?):
            text = scheduled ? tr("\(id)  \(state) at \(step) until \(due)") : tr("\(id)  \(state) at \(step), deadline \(due)")
        case let (nil, waiting?, due?):
            text = scheduled ? tr("\(id)  \(state), waiting for \(waiting) until \(due)") : tr("\(id)  \(state), waiting for \(waiting), deadline \(due)")
        case let (step?, waiting?, due?):
            text = scheduled ? tr("\(id)  \(state) at \(step), waiting for \(waiting) until \(due)")
                             : tr("\(id)  \(state) at \(step), waiting for \(waiting), deadline \(due)")
        }
        if let reason = d.reason, ![DraftProgress.published, .awaitingApproval, .scheduled].map(\.rawValue).contains(d.state) { text += "\n" + tr("  why: \(reason)") }
        let hash = d.contentHash.prefix(12), updated = Table.local(d.updatedAt)
        return text + "\n" + (d.title.map { tr("  \($0) · \(d.workflow) · revision \(d.revision) (content \(hash)) · by \(d.creator) · updated \(updated)") }
            ?? tr("  \(d.workflow) · revision \(d.revision) (content \(hash)) · by \(d.creator) · updated \(updated)"))
    }

    static func table(_ drafts: [API.Draft], console: Console) -> String {
        if drafts.isEmpty { return tr("no drafts") }
        return Table.render(["ID", tr("STATE"), tr("STEP"), tr("TITLE"), tr("WORKFLOW"), tr("BY"), tr("REV"), tr("CONTENT"), tr("UPDATED")], drafts.map {
            [$0.id, Table.colored(state: $0.state, console: console), $0.step ?? "", Table.clip($0.title ?? "", 24), $0.workflow, $0.creator,
             String($0.revision), String($0.contentHash.prefix(12)), Table.local($0.updatedAt)]
        }, console: console)
    }
}

/// Reading a draft file for submission.
enum DraftFile {
    static func read(_ path: String) throws(APIClient.Failure) -> (String, Draft) {
        let parser = DraftParser()
        let draft: Draft
        do throws(DiagnosticList) {
            draft = try parser.read(path: path)
        } catch {
            throw .transport(error.diagnostics.map { $0.rendered(source: nil) }.joined(separator: "\n"))
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw .transport(tr("\(path): not UTF-8 text")) }
        return (text, draft)
    }

    /// The media files a draft names, read from beside it, base64-encoded.
    /// The media a draft names, read for upload. A medium is looked for beside the draft, and must stay in
    /// the draft's folder (a `..` or a symbolic link leading out of it is refused) unless `allowOutside`;
    /// one that is missing or not a regular file is an error, never skipped.
    static func media(_ draft: Draft, next path: String, allowOutside: Bool = false) throws(APIClient.Failure) -> [API.Media] {
        let folder = (path as NSString).deletingLastPathComponent
        let root = realPath(folder.isEmpty ? "." : folder)
        var out: [API.Media] = []
        var total = 0
        for item in draft.media {
            let file = item.path.hasPrefix("/") ? item.path : (folder.isEmpty ? item.path : folder + "/" + item.path)
            guard let resolved = realPath(file) else {
                throw .transport(tr("\(path): media '\(item.path)' is not found (looked for \(file)); fix the path in 'media:' or add the file"))
            }
            if !allowOutside, let root, !(resolved == root || resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/")) {
                throw .transport(tr("\(path): media '\(item.path)' is outside the draft's folder (it leads to \(resolved)); keep a post's pictures beside it, or pass --allow-media-outside"))
            }
            var info = stat()
            guard stat(resolved, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                throw .transport(tr("\(path): media '\(item.path)' is not a regular file"))
            }
            total += Int(info.st_size)
            guard total <= 12 << 20 else { throw .transport(tr("\(path): the media add up to more than 12 MiB; the API takes 16 MiB per request")) }
            guard let data = FileManager.default.contents(atPath: resolved) else {
                throw .transport(tr("\(path): media '\(item.path)' cannot be read"))
            }
            out.append(API.Media(path: item.path, data: data.base64EncodedString()))
        }
        return out
    }

    /// The canonical path (symbolic links and `..` resolved), nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A path segment: ids are [a-z0-9-], anything else is percent-encoded.
    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_."))) ?? text
    }
}

/// The local check before a submit: what kosd's check steps will apply (`CheckPlan`), when the folder defines
/// the draft's workflow.
enum LocalCheck {
    enum Outcome {
        case findings([Finding])
        /// Why the check could not run here, in words that say how to make it run.
        case skipped(String)
    }

    static func run(_ draft: Draft, workflows folder: String, workflow requested: String?) -> Outcome {
        guard let builtin = try? BuiltinPacks.load() else { return .skipped(tr("the built-in guideline packs cannot be loaded")) }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            return .skipped(tr("no \(folder) folder here to read the workflow from (--workflows names another)"))
        }
        let report = DefinitionLoader().load(paths: [folder])
        guard report.isValid else { return .skipped(tr("\(folder) has errors (kos validate \(folder) shows them)")) }
        guard let name = requested ?? draft.workflow else { return .skipped(tr("the draft names no workflow (workflow: in its front matter, or --workflow)")) }
        guard let workflow = report.definitions.workflows[name] else { return .skipped(tr("\(folder) does not define the workflow '\(name)'")) }
        let packs = CheckPlan.available(builtin: builtin, definitions: report.definitions)
        let ids = CheckPlan.packIDs(workflow: workflow, step: nil, definitions: report.definitions)
        guard let linter = try? Linter(packs: ids.compactMap { packs[$0] }) else { return .skipped(tr("the workflow's guideline packs do not compile (kos validate \(folder))")) }
        return .findings(linter.lint(draft))
    }
}
