import Foundation
import KosCore
import KosYAML

/// Builds KosCore values from nodes that already passed `ShapeValidator`; semantic checks report through `report`.
struct Decoder {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    func ref(_ node: YAMLNode) -> SourceRef { SourceRef(file: file, location: node.location) }

    mutating func report(_ code: String, _ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(code: code, message: message, file: file, location: location))
    }

    mutating func warn(_ code: String, _ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(code: code, severity: .warning, message: message, file: file, location: location))
    }


    /// A condition (`if:`, `auto_approve:`), reported where it fails to parse.
    mutating func condition(_ node: YAMLNode?) -> Condition? {
        guard let node, let text = Self.string(node) else { return nil }
        do throws(Condition.ParseError) {
            return try Condition(parsing: text)
        } catch {
            report(DefinitionErrorCode.badCondition, tr("invalid condition: \(error.message)"), at: ShapeValidator.location(in: node, offset: error.offset))
            return nil
        }
    }

    static func string(_ node: YAMLNode?) -> String? {
        guard let s = node?.scalar, case .string(let t) = s.value else { return nil }
        return t
    }

    /// A rule's `message:`: one text, or `{zh: …, en: …}` (the English, else the Chinese, is its one text).
    static func ruleMessage(_ node: YAMLNode?) -> (text: String, translations: [MessageLanguage: String]) {
        guard node?.mapping != nil else { return (string(node) ?? "", [:]) }
        var translations: [MessageLanguage: String] = [:]
        if let zh = string(node?["zh"]) { translations[.zhCN] = zh }
        if let en = string(node?["en"]) { translations[.en] = en }
        return (translations[.en] ?? translations[.zhCN] ?? "", translations)
    }

    static func int(_ node: YAMLNode?) -> Int? {
        guard let s = node?.scalar, case .int(let i) = s.value else { return nil }
        return i
    }

    static func bool(_ node: YAMLNode?) -> Bool? {
        guard let s = node?.scalar, case .bool(let b) = s.value else { return nil }
        return b
    }

    static func strings(_ node: YAMLNode?) -> [String] { node?.sequence?.compactMap { string($0) } ?? [] }

    static func span(_ node: YAMLNode?) -> TimeSpan? { string(node).flatMap(TimeSpan.init(parsing:)) }

    static func stringMap(_ node: YAMLNode?) -> [String: String] {
        var out: [String: String] = [:]
        for pair in node?.mapping ?? [] {
            if let k = string(pair.key), let v = string(pair.value) { out[k] = v }
        }
        return out
    }

    // MARK: Workflow

    mutating func workflow(_ root: YAMLNode) -> Workflow {
        let steps = (root["steps"]?.sequence ?? []).compactMap { step($0) }
        var seen: [String: SourceLocation] = [:]
        for (node, s) in zip(root["steps"]?.sequence ?? [], steps) {
            if let first = seen[s.id] {
                report(DefinitionErrorCode.duplicateID, tr("step id '\(s.id)' is used twice in this workflow (first at \(first))"), at: node["id"]?.location ?? node.location)
            }
            seen[s.id] = node.location
        }
        var workflow = Workflow(
            id: Self.string(root["id"]) ?? "",
            description: Self.string(root["description"]) ?? "",
            platforms: Self.strings(root["trigger"]?["draft"]?["platforms"]).compactMap(Platform.init(rawValue:)),
            calendar: Self.string(root["calendar"]),
            guidelines: Self.strings(root["guidelines"]),
            steps: steps,
            source: ref(root))
        workflow.accounts = Self.string(root["accounts"]).flatMap(Workflow.AccountRule.init(rawValue:)) ?? .any
        workflow.cooperationOrderRequired = Self.string(root["cooperation_order"]) == "required"
        if let o = root["offboarding"] {
            workflow.offboarding.pending = Self.string(o["pending"]).flatMap(Workflow.Offboarding.Choice.init(rawValue:)) ?? .cancel
            workflow.offboarding.scheduled = Self.string(o["scheduled"]).flatMap(Workflow.Offboarding.Choice.init(rawValue:)) ?? .cancel
        }
        return workflow
    }

    mutating func step(_ node: YAMLNode) -> Step? {
        guard let id = Self.string(node["id"]) else { return nil }
        let action: StepAction
        if let n = node["check"] {
            var check = CheckStep(packs: Self.strings(n["packs"]), blockOn: Self.string(n["block_on"]).flatMap(FindingLevel.init(rawValue:)) ?? .error)
            check.codes = Self.string(n["codes"]).flatMap(FindingLevel.init(rawValue:)) ?? .warning
            action = .check(check)
        } else if let n = node["approval"] {
            let quorum: ApprovalStep.Quorum = switch n["required"]?.scalar?.value {
            case .string("all"): .all
            case .int(let k): .count(k)
            default: .any
            }
            let onTimeout: ApprovalStep.OnTimeout
            if let group = Self.string(n["on_timeout"]?["escalate"]) {
                onTimeout = .escalate(group: group)
            } else {
                onTimeout = Self.string(n["on_timeout"]) == "reject" ? .reject : .expire
            }
            action = .approval(ApprovalStep(
                role: Self.string(n["role"]) ?? "reviewer", groups: Self.strings(n["groups"]),
                sameStore: Self.bool(n["same_store"]) ?? false, quorum: quorum,
                timeout: Self.span(n["timeout"]), onTimeout: onTimeout, autoApprove: condition(n["auto_approve"]),
                notify: n["notify"].map { DeliveryStep(endpoint: Self.string($0["endpoint"]) ?? "", template: Self.string($0["template"]) ?? "") },
                oneTap: Self.bool(n["one_tap"]) ?? false))
        } else if let n = node["wait"] {
            if let slot = n["slot"] {
                action = .wait(.slot(calendar: Self.string(slot)))
            } else if let until = Self.string(n["until"]) {
                action = .wait(.until(until, zone: Self.string(n["timezone"])))
            } else {
                action = .wait(.embargo(calendar: Self.string(n["embargo"])))
            }
        } else if let n = node["publish"] {
            action = .publish(DeliveryStep(endpoint: Self.string(n["endpoint"]) ?? "", template: Self.string(n["template"]) ?? ""))
        } else if let n = node["notify"] {
            action = .notify(DeliveryStep(endpoint: Self.string(n["endpoint"]) ?? "", template: Self.string(n["template"]) ?? ""))
        } else if let n = node["exec"] {
            action = .exec(ExecStep(command: Self.strings(n["command"]), timeout: Self.span(n["timeout"]) ?? .seconds(30),
                                    environment: Self.stringMap(n["env"])))
        } else {
            return nil
        }
        let conditionText = Self.string(node["if"])
        let condition = condition(node["if"])
        var retry: RetryPolicy?
        if let r = node["retry"], let attempts = Self.int(r["attempts"]) {
            retry = RetryPolicy(attempts: attempts, backoff: Self.span(r["backoff"]) ?? .seconds(5))
        }
        return Step(id: id, action: action, condition: condition, conditionText: conditionText, timeout: Self.span(node["timeout"]), retry: retry, source: ref(node))
    }

    // MARK: Kit

    mutating func kit(_ root: YAMLNode) -> Kit {
        let zone = Self.string(root["timezone"]) ?? "Asia/Shanghai"
        func instant(_ key: String) -> Int64? {
            guard let text = Self.string(root[key]) else { return nil }
            guard let date = LocalDateTime.instant(text, zone: zone) else {
                report(DefinitionErrorCode.badValue, tr("\(key) '\(text)' is not a local time on \(zone) (2026-11-01T00:00)"), at: root[key]?.location ?? root.location)
                return nil
            }
            return Int64((date.timeIntervalSince1970 * 1000).rounded())
        }
        let slots = (root["slots"]?.sequence ?? []).compactMap { n -> Kit.Slot? in
            guard let name = Self.string(n["name"]) else { return nil }
            return Kit.Slot(name: name, maxChars: Self.int(n["max_chars"]), hint: Self.string(n["hint"]), guidelines: Self.strings(n["guidelines"]))
        }
        let media = (root["media"]?.sequence ?? []).compactMap { n -> Kit.Medium? in
            guard let path = Self.string(n["path"]) else { return nil }
            return Kit.Medium(path: path, sha256: Self.string(n["sha256"]), alt: Self.string(n["alt"]) ?? "")
        }
        var kit = Kit(id: Self.string(root["id"]) ?? "", version: Self.int(root["version"]) ?? 1, description: Self.string(root["description"]) ?? "",
                      workflow: Self.string(root["workflow"]), platforms: Self.strings(root["platforms"]), products: Self.strings(root["products"]),
                      hashtags: Self.strings(root["hashtags"]).map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 },
                      title: Self.string(root["title"]) ?? "", body: Self.string(root["body"]) ?? "", slots: slots, media: media,
                      validFrom: instant("valid_from"), validUntil: instant("valid_until"), withdrawn: Self.bool(root["withdrawn"]) ?? false, source: ref(root))
        kit.notify = Self.string(root["notify"])
        kit.calendarSlots = Self.strings(root["calendar_slots"])
        // Every slot the text names is declared, once, with limits; every declared slot is used.
        let named = KitTemplate.slotNames(kit.title) + KitTemplate.slotNames(kit.body)
        var seen: Set<String> = []
        for (node, slot) in zip(root["slots"]?.sequence ?? [], slots) {
            let at = node["name"]?.location ?? node.location
            let placeholder = "{{\(slot.name)}}"
            if !seen.insert(slot.name).inserted { report(DefinitionErrorCode.duplicateID, tr("slot '\(slot.name)' is declared twice"), at: at) }
            if !named.contains(slot.name) { report(DefinitionErrorCode.unresolved, tr("slot '\(slot.name)' is not in the title or body (\(placeholder))"), at: at) }
            if slot.maxChars == nil { warn(DefinitionErrorCode.badValue, tr("slot '\(slot.name)' has no max_chars: an associate could write a whole post there"), at: at) }
        }
        for name in Set(named).subtracting(seen).sorted() {
            let placeholder = "{{\(name)}}"
            report(DefinitionErrorCode.unresolved, tr("the text names \(placeholder) but no slot '\(name)' is declared"), at: root["body"]?.location ?? root.location)
        }
        for (node, m) in zip(root["media"]?.sequence ?? [], media) {
            if let sha = m.sha256, sha.count != 64 || !sha.allSatisfy(\.isHexDigit) {
                report(DefinitionErrorCode.badValue, tr("sha256 of \(m.path) is not 64 hex digits"), at: node["sha256"]?.location ?? node.location)
            }
        }
        if let from = kit.validFrom, let until = kit.validUntil, until <= from {
            report(DefinitionErrorCode.badValue, tr("valid_until is not after valid_from"), at: root["valid_until"]?.location ?? root.location)
        }
        return kit
    }

    // MARK: Agency

    func agency(_ root: YAMLNode) -> Agency {
        let models = Self.strings(root["models"])
        return Agency(id: Self.string(root["id"]) ?? "", name: Self.string(root["name"]) ?? "", models: models.isEmpty ? Language.cooperationModels : models)
    }

    // MARK: Stores

    mutating func stores(_ root: YAMLNode) -> [BrandStore] {
        var out: [BrandStore] = []
        var seen: [String: SourceLocation] = [:]
        for node in root["stores"]?.sequence ?? [] {
            guard let id = Self.string(node["id"]) else { continue }
            let at = node["id"]?.location ?? node.location
            if id.isEmpty || id.count > 64 || id.contains(where: \.isWhitespace) {
                report(DefinitionErrorCode.badValue, tr("store '\(id)' is not a store code (letters, digits and -, e.g. SH-IFC)"), at: at)
                continue
            }
            if let first = seen[id] {
                report(DefinitionErrorCode.duplicateID, tr("store '\(id)' is listed twice (first at \(first))"), at: at)
                continue
            }
            seen[id] = at
            out.append(BrandStore(id: id, name: Self.string(node["name"]), city: Self.string(node["city"]), source: SourceRef(file: file, location: at)))
        }
        return out
    }

    // MARK: Calendar

    mutating func calendar(_ root: YAMLNode) -> KosCore.Calendar {
        var slots: [KosCore.Calendar.Slot] = []
        var named: Set<String> = []
        for n in root["slots"]?.sequence ?? [] {
            let platforms = Self.strings(n["platforms"]).compactMap(Platform.init(rawValue:))
            let exdates = Self.strings(n["exdate"]), rdates = Self.strings(n["rdate"])
            var slot: KosCore.Calendar.Slot
            if let text = Self.string(n["cron"]), let cron = try? CronExpression(parsing: text) {
                slot = .init(rule: .cron(cron), platforms: platforms, exdates: exdates, rdates: rdates)
            } else if let text = Self.string(n["rrule"]), let rule = try? RecurrenceRule(parsing: text) {
                slot = .init(rule: .rrule(rule), platforms: platforms, exdates: exdates, rdates: rdates)
            } else {
                continue
            }
            slot.id = Self.string(n["id"])
            if let id = slot.id, !named.insert(id).inserted {
                report(DefinitionErrorCode.duplicateID, tr("slot '\(id)' is named twice"), at: n["id"]?.location ?? n.location)
            }
            slots.append(slot)
        }
        var blackouts: [KosCore.Calendar.Window] = []
        for n in root["blackouts"]?.sequence ?? [] {
            let from = Self.string(n["from"]) ?? "", to = Self.string(n["to"]) ?? ""
            if to <= from { report(DefinitionErrorCode.badValue, tr("blackout ends (\(to)) before it starts (\(from))"), at: n["to"]?.location ?? n.location) }
            blackouts.append(.init(from: from, to: to, reason: Self.string(n["reason"]) ?? ""))
        }
        let embargoes = (root["embargoes"]?.sequence ?? []).map {
            KosCore.Calendar.Embargo(products: Self.strings($0["products"]), until: Self.string($0["until"]) ?? "", reason: Self.string($0["reason"]) ?? "",
                                     id: Self.string($0["id"]))
        }
        let caps = (root["caps"]?.sequence ?? []).compactMap { n -> KosCore.Calendar.Cap? in
            guard let per = Self.string(n["per"]).flatMap(KosCore.Calendar.Cap.Scope.init(rawValue:)), let max = Self.int(n["max"]),
                  let window = Self.span(n["window"]) else { return nil }
            if window.milliseconds == 0 { report(DefinitionErrorCode.badValue, tr("a cap's window must be longer than 0s"), at: n["window"]!.location) }
            return .init(per: per, max: max, window: window)
        }
        var jitter = KosCore.Calendar.Jitter.none
        if let r = Self.span(root["jitter"]?["random"]) { jitter = .random(max: r) }
        if let p = Self.span(root["jitter"]?["per_creator"]) { jitter = .perCreator(max: p) }
        return KosCore.Calendar(
            id: Self.string(root["id"]) ?? "", description: Self.string(root["description"]) ?? "",
            timeZone: Self.string(root["timezone"]) ?? "UTC", slots: slots, extraSlots: Self.strings(root["extra_slots"]),
            caps: caps, blackouts: blackouts, embargoes: embargoes, jitter: jitter,
            lateApproval: Self.string(root["late_approval"]).flatMap(KosCore.Calendar.LateApproval.init(rawValue:)) ?? .nextSlot,
            catchUp: Self.span(root["catch_up"]) ?? .hours(1), source: ref(root))
    }

    // MARK: Endpoint

    mutating func endpoint(_ root: YAMLNode) -> Endpoint? {
        guard let secret = Self.string(root["secret"]).flatMap(ShapeValidator.secretRef) else { return nil }
        let retry = root["retry"].map { Self.strings($0).compactMap(TimeSpan.init(parsing:)) } ?? Endpoint.standardRetrySchedule
        var endpoint = Endpoint(
            id: Self.string(root["id"]) ?? "", description: Self.string(root["description"]) ?? "",
            url: Self.string(root["url"]) ?? "", secret: secret, signing: Self.string(root["signing"]) ?? "standard-webhooks",
            timeout: Self.span(root["timeout"]) ?? .seconds(10), retrySchedule: retry,
            rateLimit: Self.string(root["rate_limit"]).flatMap(RateLimit.init(parsing:)), concurrency: Self.int(root["concurrency"]) ?? 16,
            allowPrivateNetwork: Self.bool(root["allow_private_network"]) ?? false, disableAfter: Self.span(root["disable_after"]) ?? .days(5),
            previousSecret: Self.string(root["previous_secret"]).flatMap(ShapeValidator.secretRef),
            owner: Self.string(root["owner"]), alert: Self.string(root["alert"]),
            source: ref(root))
        endpoint.recall = Self.bool(root["recall"]) ?? false
        return endpoint
    }

    // MARK: Guidelines

    mutating func guidelines(_ root: YAMLNode) -> GuidelinePack {
        var rules: [GuidelineRule] = []
        var seen: [String: SourceLocation] = [:]
        let common = Set(Language.rule.common.map(\.name))
        for n in root["rules"]?.sequence ?? [] {
            let id = Self.string(n["id"]) ?? ""
            if let first = seen[id] {
                report(DefinitionErrorCode.duplicateID, tr("rule id '\(id)' is used twice in this pack (first at \(first))"), at: n["id"]?.location ?? n.location)
            }
            seen[id] = n.location
            let kind = Self.string(n["kind"]) ?? ""
            var options: [String: RuleOption] = [:]
            for pair in n.mapping ?? [] {
                guard let key = Self.string(pair.key), !common.contains(key) || key == "mode", let v = Self.option(pair.value) else { continue }
                options[key] = v
            }
            switch kind {
            case "occurrence", "length":
                if options["min"] == nil && options["max"] == nil {
                    let message = kind == "length" ? tr("a length rule needs 'min', 'max' or both") : tr("an occurrence rule needs 'min', 'max' or both")
                    report(DefinitionErrorCode.badCombination, message, at: n.location)
                }
                if case .int(let lo) = options["min"], case .int(let hi) = options["max"], lo > hi {
                    report(DefinitionErrorCode.badValue, tr("'min' (\(lo)) is greater than 'max' (\(hi))"), at: n["min"]!.location)
                }
            case "required":
                if options["terms"] == nil && options["pattern"] == nil {
                    report(DefinitionErrorCode.badCombination, tr("a required rule needs 'terms' or 'pattern'"), at: n.location)
                }
            case "claim":
                if options["terms"] == nil && options["families"] == nil {
                    report(DefinitionErrorCode.badCombination, tr("a claim rule needs 'terms', 'families' or both"), at: n.location)
                }
            case "substitution":
                if n["swap"]?.mapping?.isEmpty ?? true {
                    report(DefinitionErrorCode.badValue, tr("a substitution rule needs at least one pair in 'swap'"), at: n["swap"]?.location ?? n.location)
                }
            default: break
            }
            if let message = n["message"], message.mapping != nil, Self.ruleMessage(message).translations.isEmpty {
                report(DefinitionErrorCode.missingKey, tr("a message needs its text: give 'zh', 'en' or both"), at: message.location)
            }
            rules.append(GuidelineRule(
                id: id, kind: kind, level: Self.string(n["level"]).flatMap(FindingLevel.init(rawValue:)) ?? .error,
                message: Self.ruleMessage(n["message"]).text, translations: Self.ruleMessage(n["message"]).translations, scope: n["scope"].map { Self.strings($0) } ?? ["title", "body", "hashtags", "alt"],
                link: Self.string(n["link"]), options: options,
                fixturesFlag: Self.strings(n["fixtures"]?["flag"]), fixturesPass: Self.strings(n["fixtures"]?["pass"]),
                source: ref(n)))
        }
        var exceptions: [GuidelineException] = []
        for n in root["exceptions"]?.sequence ?? [] {
            let e = GuidelineException(rule: Self.string(n["rule"]) ?? "", term: Self.string(n["term"]) ?? "", reason: Self.string(n["reason"]) ?? "",
                                       owner: Self.string(n["owner"]) ?? "", until: Self.string(n["until"]) ?? "",
                                       timezone: Self.string(n["timezone"]) ?? "Asia/Shanghai", source: ref(n))
            if e.reason.trimmingCharacters(in: .whitespaces).isEmpty {
                report(DefinitionErrorCode.badValue, tr("an exception needs a reason a reviewer can check (a certificate, a licence)"), at: n["reason"]?.location ?? n.location)
            }
            if !e.rule.contains("/") {
                report(DefinitionErrorCode.badValue, tr("'\(e.rule)' is not a rule; name it as pack/rule, e.g. prc-advertising-law/absolute-terms"), at: n["rule"]?.location ?? n.location)
            }
            if let ends = LocalDateTime.instant(e.until, zone: e.timezone) {
                let now = Date()
                if ends <= now {
                    warn(DefinitionErrorCode.badValue, tr("this exception expired on \(e.until); it no longer applies (renew it or remove it)"), at: n["until"]?.location ?? n.location)
                } else if ends.timeIntervalSince(now) < 30 * 86_400 {
                    warn(DefinitionErrorCode.badValue, tr("this exception expires on \(e.until), within a month; \(e.owner) renews it or lets it lapse"), at: n["until"]?.location ?? n.location)
                }
            }
            exceptions.append(e)
        }
        return GuidelinePack(id: Self.string(root["id"]) ?? "", description: Self.string(root["description"]) ?? "", rules: rules, source: ref(root),
                             exceptions: exceptions)
    }

    static func option(_ node: YAMLNode) -> RuleOption? {
        switch node.content {
        case .scalar(let s):
            switch s.value {
            case .string(let t): return .string(t)
            case .int(let i): return .int(i)
            case .float(let d): return .double(d)
            case .bool(let b): return .bool(b)
            case .null: return nil
            }
        case .sequence(let items): return .list(items.compactMap(option))
        case .mapping(let pairs):
            var out: [String: RuleOption] = [:]
            for p in pairs { if let k = string(p.key), let v = option(p.value) { out[k] = v } }
            return .map(out)
        }
    }
}
