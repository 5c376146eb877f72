import Foundation

/// A campaign kit (`kind: Kit`): content the brand approved once, with locked text and editable slots an associate
/// fills in (`{{greeting}}` in `title` or `body`), the images, products and hashtags it may carry, and when it may be
/// used. A draft made from it names it (`kit: arco-autumn@2`); one whose locked parts are unchanged takes the fast
/// lane its workflow names (`if: not draft.from_kit`, `auto_approve: draft.from_kit`).
public struct Kit: Sendable, Hashable {
    public struct Slot: Sendable, Hashable {
        public var name: String
        /// At most this many characters (as the platform-limits checks count them: one per character).
        public var maxChars: Int?
        /// What the associate writes there, shown in the starter draft.
        public var hint: String?
        /// Packs the slot's own text is checked with, besides the workflow's (a greeting: no client's name and number).
        public var guidelines: [String] = []

        public init(name: String, maxChars: Int?, hint: String?, guidelines: [String] = []) {
            self.name = name
            self.maxChars = maxChars
            self.hint = hint
            self.guidelines = guidelines
        }
    }

    public struct Medium: Sendable, Hashable {
        public var path: String
        /// The approved file's SHA-256 (hex): a different file under the same name is not the kit's.
        public var sha256: String?
        public var alt: String

        public init(path: String, sha256: String?, alt: String) {
            self.path = path
            self.sha256 = sha256
            self.alt = alt
        }
    }

    public var id: String
    public var version: Int
    public var description: String
    public var workflow: String?
    public var platforms: [String]
    public var products: [String]
    public var hashtags: [String]
    public var title: String
    public var body: String
    public var slots: [Slot]
    public var media: [Medium]
    /// The window it may be used in (milliseconds since 1970), either end open.
    public var validFrom: Int64?
    public var validUntil: Int64?
    /// Withdrawn by the brand: nothing made from it takes the fast lane any more.
    public var withdrawn: Bool
    /// The endpoint that tells the authors of posts held with the kit (a store group's WeCom bot, say): a signed
    /// `kit.held` for each.
    public var notify: String?
    /// The named slots of its workflow's calendar that posts made from it may take; empty: any.
    public var calendarSlots: [String] = []
    public var source: SourceRef

    public init(id: String, version: Int, description: String, workflow: String?, platforms: [String], products: [String], hashtags: [String],
                title: String, body: String, slots: [Slot], media: [Medium], validFrom: Int64?, validUntil: Int64?, withdrawn: Bool, source: SourceRef) {
        self.id = id
        self.version = version
        self.description = description
        self.workflow = workflow
        self.platforms = platforms
        self.products = products
        self.hashtags = hashtags
        self.title = title
        self.body = body
        self.slots = slots
        self.media = media
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.withdrawn = withdrawn
        self.source = source
    }

    /// `arco-autumn@2`: how a draft names the kit it was made from.
    public var reference: String { "\(id)@\(version)" }

    /// The kit id a reference names (`arco-autumn@2` → `arco-autumn`).
    public static func id(of reference: String) -> String { reference.split(separator: "@").first.map(String.init) ?? reference }

    /// Whether it may be used at `now`.
    public func isOpen(at now: Int64) -> Bool {
        !withdrawn && (validFrom.map { now >= $0 } ?? true) && (validUntil.map { now <= $0 } ?? true)
    }

    /// The placeholder a starter draft puts in a slot: 【greeting：和客人打个招呼，至多 30 字】.
    public func placeholder(_ slot: Slot) -> String {
        "【\(slot.name)" + (slot.hint.map { "：\($0)" } ?? "") + (slot.maxChars.map { "，至多 \($0) 字" } ?? "") + "】"
    }

    /// The draft `kos library use` writes: the kit's front matter and text, each slot holding its placeholder.
    public func starterDraft() -> String {
        func filled(_ template: String) -> String {
            KitTemplate.parts(template).map { part in
                switch part {
                case .text(let t): t
                case .slot(let name): slots.first { $0.name == name }.map(placeholder) ?? "【\(name)】"
                }
            }.joined()
        }
        func list(_ items: [String]) -> String { "[" + items.map { "\"\($0.replacingOccurrences(of: "\"", with: "\\\""))\"" }.joined(separator: ", ") + "]" }
        var lines = ["---", "title: \"\(filled(title).replacingOccurrences(of: "\"", with: "\\\""))\""]
        if !platforms.isEmpty { lines.append("platforms: [\(platforms.joined(separator: ", "))]") }
        if !products.isEmpty { lines.append("products: \(list(products))") }
        if !hashtags.isEmpty { lines.append("hashtags: \(list(hashtags))") }
        if !media.isEmpty {
            lines.append("media:")
            for m in media { lines.append("  - path: \(m.path)" + (m.alt.isEmpty ? "" : "\n    alt: \"\(m.alt.replacingOccurrences(of: "\"", with: "\\\""))\"")) }
        }
        if let workflow { lines.append("workflow: \(workflow)") }
        lines.append("kit: \(reference)")
        lines.append("---")
        return lines.joined(separator: "\n") + "\n" + filled(body) + (body.hasSuffix("\n") ? "" : "\n")
    }
}

/// A kit's title or body as locked text and slots.
public enum KitTemplate {
    public enum Part: Sendable, Hashable {
        case text(String)
        case slot(String)
    }

    /// `"{{greeting}}这周到了 Arco 33。{{tip}}"` → slot, text, slot. A `{{` that does not close a name is text.
    public static func parts(_ template: String) -> [Part] {
        var out: [Part] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, name.count <= 64, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                out.append(.text(String(rest[..<close.upperBound])))
                rest = rest[close.upperBound...]
                continue
            }
            if open.lowerBound > rest.startIndex { out.append(.text(String(rest[..<open.lowerBound]))) }
            out.append(.slot(name))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { out.append(.text(String(rest))) }
        // Adjacent texts joined, so locked text is matched as one piece.
        var merged: [Part] = []
        for part in out {
            if case .text(let t) = part, case .text(let before)? = merged.last {
                merged[merged.count - 1] = .text(before + t)
            } else {
                merged.append(part)
            }
        }
        return merged
    }

    /// The slot names in order.
    public static func slotNames(_ template: String) -> [String] {
        parts(template).compactMap { if case .slot(let n) = $0 { n } else { nil } }
    }

    /// The locked text alone (slots left out), for checking it against the packs.
    public static func lockedText(_ template: String) -> String {
        parts(template).map { if case .text(let t) = $0 { t } else { "\n" } }.joined()
    }
}

/// Whether a draft that names a kit is what the kit allows: its locked text unchanged (after normalising line
/// ends, Unicode composition and trailing spaces), every slot filled within its limits, only the kit's images,
/// products, hashtags and platforms, the kit open. What differs is said exactly.
public struct KitMatch: Sendable, Hashable {
    /// The kit it names (`arco-autumn@2`).
    public var reference: String
    public var matched: Bool { differences.isEmpty }
    /// What the associate wrote in each slot.
    public var slots: [String: String]
    public var differences: [String]

    public init(reference: String, slots: [String: String], differences: [String]) {
        self.reference = reference
        self.slots = slots
        self.differences = differences
    }

    /// `draft` against the kit it names among `kits` (by id); `earlier`: the version it names when that is not the
    /// one defined now (a draft made before a new version was published is read against its own version, with its
    /// own window; withdrawing the kit withdraws every version). `media`: the SHA-256 of each medium the draft
    /// names, by path, when known.
    public static func of(_ draft: Draft, kits: [String: Kit], earlier: Kit? = nil, media: [String: String]? = nil, now: Int64) -> KitMatch? {
        guard let reference = draft.kit else { return nil }
        let id = Kit.id(of: reference)
        guard let current = kits[id] else { return KitMatch(reference: reference, slots: [:], differences: [tr("no kit \(id) is defined")]) }
        var kit = current
        if reference != current.reference {
            guard let earlier, earlier.reference == reference else {
                return KitMatch(reference: reference, slots: [:], differences: [tr("\(reference) is not a version of the kit in the library (its version now is \(current.reference))")])
            }
            kit = earlier
            kit.withdrawn = earlier.withdrawn || current.withdrawn
        }
        var differences: [String] = [], slots: [String: String] = [:]
        if kit.withdrawn { differences.append(tr("\(kit.reference) was withdrawn")) }
        if let from = kit.validFrom, now < from { differences.append(tr("\(kit.reference) may be used from \(API.timestamp(from))")) }
        if let until = kit.validUntil, now > until { differences.append(tr("\(kit.reference) expired at \(API.timestamp(until))")) }
        for (field, template, text) in [("title", kit.title, draft.title), ("body", kit.body, draft.body)] {
            switch fill(template, with: text) {
            case .failure(let why): differences.append(field == "title" ? tr("the title: \(why)") : tr("the body: \(why)"))
            case .success(let values): slots.merge(values) { a, _ in a }
            }
        }
        for slot in kit.slots {
            guard let value = slots[slot.name] else { continue }
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed == kit.placeholder(slot) {
                differences.append(tr("the slot \(slot.name) is not filled in"))
            } else if let max = slot.maxChars, trimmed.count > max { differences.append(tr("the slot \(slot.name) holds \(trimmed.count) characters; at most \(max)")) }
        }
        func outside(_ items: [String], _ allowed: [String]) -> String? {
            let extra = items.filter { !allowed.contains($0) }
            return extra.isEmpty ? nil : extra.joined(separator: ", ")
        }
        if let extra = outside(draft.platforms, kit.platforms) { differences.append(tr("platforms not in the kit: \(extra)")) }
        if let extra = outside(draft.products, kit.products) { differences.append(tr("products not in the kit: \(extra)")) }
        if let extra = outside(draft.hashtags.map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }, kit.hashtags) {
            differences.append(tr("hashtags not in the kit: \(extra)"))
        }
        if let extra = outside(draft.media.map(\.path), kit.media.map(\.path)) { differences.append(tr("images not in the kit: \(extra)")) }
        if let media {
            for m in kit.media {
                if let sha = m.sha256, let given = media[m.path], given != sha.lowercased() { differences.append(tr("the image \(m.path) is not the kit's file")) }
            }
        }
        if let workflow = kit.workflow, let named = draft.workflow, named != workflow { differences.append(tr("the kit is for \(workflow), not \(named)")) }
        return KitMatch(reference: reference, slots: slots, differences: differences)
    }

    static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").precomposedStringWithCanonicalMapping
            .split(separator: "\n", omittingEmptySubsequences: false).map { line in
                var l = Substring(line)
                while let last = l.last, last == " " || last == "\t" { l = l.dropLast() }
                return String(l)
            }.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The slots' values when `text` is `template` with its slots filled; else where the locked text differs.
    static func fill(_ template: String, with text: String) -> Result<[String: String], KitDifference> {
        let parts = KitTemplate.parts(normalised(template))
        let given = normalised(text)
        var values: [String: String] = [:]
        var rest = Substring(given)
        var pending: String?
        for part in parts {
            switch part {
            case .slot(let name): pending = name
            case .text(let locked):
                if let name = pending {
                    guard let found = rest.range(of: locked) else { return .failure(KitDifference(locked: locked)) }
                    values[name] = String(rest[..<found.lowerBound])
                    rest = rest[found.upperBound...]
                    pending = nil
                } else {
                    guard rest.hasPrefix(locked) else { return .failure(KitDifference(locked: locked)) }
                    rest = rest.dropFirst(locked.count)
                }
            }
        }
        if let name = pending {
            values[name] = String(rest)
        } else if !rest.isEmpty {
            return .failure(KitDifference(locked: nil, added: String(rest)))
        }
        return .success(values)
    }
}

/// Where a draft's text leaves the kit's locked text.
public struct KitDifference: Error, Sendable, Hashable, CustomStringConvertible {
    public var locked: String?
    public var added: String?

    public init(locked: String?, added: String? = nil) {
        self.locked = locked
        self.added = added
    }

    public var description: String {
        if let locked { return tr("the locked text 「\(locked.prefix(40))\(locked.count > 40 ? "…" : "")」 is changed or missing") }
        return tr("text added after the kit's end: 「\((added ?? "").prefix(40))」")
    }
}
