import Foundation
import KosCore
import KosDefinitions
import KosEngine
import KosStore

/// A program in a scratch folder, run by a real worker over a real SQLite store, delivering to a real
/// webhook receiver that checks signatures with the independent `standardwebhooks` package. Shared by the
/// engine's tests and kosd's.
public enum EngineFixtures {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

    public static let cleanDraft = """
        ---
        title: 秋冬新季 Arco 手袋
        platforms: [xiaohongshu]
        hashtags: [秋冬穿搭]
        ---
        #广告 这周店里到了秋冬新季的 Arco 33，编织皮革的手感非常柔软。
        """

    public static let blockedDraft = """
        ---
        title: 今晚八点直播间见
        platforms: [xiaohongshu]
        ---
        全网最低价！有问题加我微信：lina_sh2026
        """

    public struct Setup {
        public var store: SQLiteStore
        public var worker: Worker
        public var receiver: WebhookReceiver
        public var environment: EngineEnvironment
    }

    /// A program in a scratch folder: `definitions` (written with the receiver in hand) in Workflows/, the
    /// payload template, a store holding `people`, and the environment a worker runs it with.
    public struct Scratch {
        public var dir: URL
        public var receiver: WebhookReceiver
        public var store: SQLiteStore
        public var environment: EngineEnvironment
    }

    public struct InvalidDefinitions: Error, CustomStringConvertible {
        public var description: String
    }

    /// `templates`: more payload templates by file name, beside `note.mustache`.
    public static func scratch(_ prefix: String, people: [Person], secrets: [String: String] = [:], templates: [String: String] = [:],
                               definitions: (WebhookReceiver) -> String) async throws -> Scratch {
        let receiver = try WebhookReceiver(secret: secret, repository: root)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Workflows"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Templates"), withIntermediateDirectories: true)
        try "{{% CONTENT_TYPE: JSON }}\n{\"title\": \"{{draft.title}}\", \"creator\": \"{{creator.id}}\", \"run\": \"{{run.id}}\"}\n"
            .write(to: dir.appendingPathComponent("Templates/note.mustache"), atomically: true, encoding: .utf8)
        for (name, text) in templates { try text.write(to: dir.appendingPathComponent("Templates/\(name)"), atomically: true, encoding: .utf8) }
        try definitions(receiver).write(to: dir.appendingPathComponent("Workflows/program.yaml"), atomically: true, encoding: .utf8)
        let report = DefinitionLoader().load(paths: [dir.appendingPathComponent("Workflows").path])
        guard report.isValid else { throw InvalidDefinitions(description: report.renderedDiagnostics()) }
        let store = try SQLiteStore(path: dir.appendingPathComponent("kos.db").path)
        for person in people { try await store.upsertPerson(person, actor: "admin") }
        let env = EngineEnvironment(definitions: report.definitions, packs: try BuiltinPacks.load(),
                                    templatesDirectory: dir.appendingPathComponent("Templates").path,
                                    secretsEnvironment: secrets.merging(["KOS_GATEWAY_SECRET": secret]) { a, _ in a })
        return Scratch(dir: dir, receiver: receiver, store: store, environment: env)
    }

    /// The styling-note program: checks, one store manager's approval, a signed delivery to the receiver's `path`.
    public static func setUp(path: String = "/ok", retries: String = "[0s, 1s, 2s]",
                             approval: String = "{groups: [store-managers], same_store: true, required: any}", endpoint extra: String = "",
                             secrets: [String: String] = [:]) async throws -> Setup {
        let people = [
            Person(id: "li.na", role: .creator, store: "SH-IFC"),
            Person(id: "zhang.wei", role: .reviewer, groups: ["store-managers"], store: "SH-IFC"),
            Person(id: "chen.jie", role: .reviewer, groups: ["store-managers"], store: "BJ-SKP"),
            Person(id: "gao.min", role: .reviewer, groups: ["regional-compliance"], store: "SH"),
        ]
        let s = try await scratch("kos-engine", people: people, secrets: secrets) { receiver in
            """
                apiVersion: kos/v1
                kind: Workflow
                id: styling-note
                guidelines: [prc-advertising-law, client-privacy, ad-disclosure]
                steps:
                  - id: guidelines
                    check: {}
                  - id: store-manager
                    approval: \(approval)
                  - id: publish
                    publish: {endpoint: gateway, template: note.mustache}
                ---
                apiVersion: kos/v1
                kind: Endpoint
                id: gateway
                url: \(receiver.url(path))
                secret: env:KOS_GATEWAY_SECRET
                retry: \(retries)
                allow_private_network: true
                \(extra.replacingOccurrences(of: "{receiver}", with: receiver.url("")))
                """
        }
        return Setup(store: s.store, worker: Worker(name: "worker-1", store: s.store, environment: s.environment), receiver: s.receiver,
                     environment: s.environment)
    }

    /// li.na submits `content` to the styling-note program; its run starts at the checks.
    public static func submit(_ s: Setup, _ content: String) async throws -> (runID: String, hash: String) {
        let draft = try await s.store.submitDraft(DraftSubmission(creatorID: "li.na", workflow: "styling-note", idempotencyKey: nil, content: Data(content.utf8)))
        let runID = try await s.store.startRun(draftID: draft.draftID, revision: 1, workflow: "styling-note", firstStep: (0, "guidelines"), actor: "li.na")
        return (runID, draft.contentHash)
    }
}

/// The prime-time program: checks, an automatic approval, the associate's next free slot in a calendar, a
/// delivery when the slot comes.
public enum SlotFixtures {
    public struct Setup {
        public var store: SQLiteStore
        public var environment: EngineEnvironment
        public var worker: Worker
        public var receiver: WebhookReceiver
        public var directory: URL
    }

    /// `calendar`: the calendar's YAML after its time zone (slots, caps, policies).
    public static func setUp(calendar: String) async throws -> Setup {
        let people = [("li.na", "SH-IFC"), ("chen.jie", "SH-IFC"), ("wu.lei", "BJ-SKP")].map { Person(id: $0.0, role: .creator, store: $0.1) }
        let s = try await EngineFixtures.scratch("kos-slots", people: people) { receiver in
            """
                apiVersion: kos/v1
                kind: Workflow
                id: prime-time-notes
                calendar: prime-time
                guidelines: [prc-advertising-law]
                steps:
                  - id: guidelines
                    check: {}
                  - id: store-manager
                    approval: {groups: [store-managers], same_store: true, auto_approve: 'draft.title != "manual"'}
                  - id: prime-time
                    wait: {slot: true}
                  - id: publish
                    publish: {endpoint: gateway, template: note.mustache}
                ---
                apiVersion: kos/v1
                kind: Endpoint
                id: gateway
                url: \(receiver.url("/ok"))
                secret: env:KOS_GATEWAY_SECRET
                allow_private_network: true
                ---
                apiVersion: kos/v1
                kind: Calendar
                id: prime-time
                timezone: Asia/Shanghai
                \(calendar)
                """
        }
        return Setup(store: s.store, environment: s.environment, worker: Worker(name: "worker-1", store: s.store, environment: s.environment),
                     receiver: s.receiver, directory: s.dir)
    }

    public static func draft(_ title: String, slot: String? = nil) -> String {
        "---\ntitle: \(title)\nplatforms: [xiaohongshu]\n" + (slot.map { "slot: \"\($0)\"\n" } ?? "") + "---\n#广告 秋冬新季的 Arco 33 到店了。\n"
    }

    public static func submit(_ s: Setup, _ creator: String, _ content: String) async throws -> String {
        let draft = try await s.store.submitDraft(DraftSubmission(creatorID: creator, workflow: "prime-time-notes", idempotencyKey: nil, content: Data(content.utf8)))
        return try await s.store.startRun(draftID: draft.draftID, revision: 1, workflow: "prime-time-notes", firstStep: (0, "guidelines"), actor: creator)
    }
}

extension Array {
    public func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for e in self { out.append(try await transform(e)) }
        return out
    }

    /// The one element, when there is exactly one.
    public var only: Element? { count == 1 ? first : nil }
}
