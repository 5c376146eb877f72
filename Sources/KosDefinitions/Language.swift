import KosCore

/// The workflow language `kos/v1`: every kind, key, default and meaning, in one place.
enum Language {
    static let apiVersion = "kos/v1"
    static let kinds = ["Workflow", "Calendar", "Endpoint", "Guidelines", "Stores", "Agency", "Kit"]

    static let platforms = Platform.allCases.map(\.rawValue)
    static let scopes = ["title", "body", "hashtags", "alt", "links"]
    static let levels = FindingLevel.allCases.map(\.rawValue)

    static let header: [Field] = [
        Field("apiVersion", .string(.apiVersion), required: true, tr("Always `kos/v1`.")),
        Field("kind", .enumeration(kinds), required: true, tr("What this document defines.")),
        Field("id", .string(.identifier), required: true, tr("Unique among definitions of the same kind; lower-case letters, digits and `-`.")),
        Field("description", .string(.text), tr("What it is for, in a sentence a colleague understands.")),
    ]

    static func shape(ofKind kind: String) -> ObjectShape? {
        switch kind {
        case "Workflow": workflow
        case "Calendar": calendar
        case "Endpoint": endpoint
        case "Guidelines": guidelines
        case "Stores": stores
        case "Agency": agency
        case "Kit": kit
        default: nil
        }
    }

    // MARK: Workflow

    static let workflow = ObjectShape(name: "Workflow", fields: header + [
        Field("trigger", .object(trigger), tr("What starts a run. Default: a draft submitted to this workflow.")),
        Field("calendar", .string(.identifier), tr("The Calendar whose slots `wait: {slot: …}` steps use.")),
        Field("guidelines", .list(.string(.identifier), minItems: 0), default: "[]",
              tr("Guideline packs (built-in or from `Workflows/`) that `check` steps apply by default.")),
        Field("steps", .list(.object(step), minItems: 1), required: true, tr("The steps, run in order.")),
        Field("accounts", .enumeration(["any", "registered", "company-owned"]), default: "any",
              tr("Which platform accounts its posts may go out on: `registered` — an account of the author's in the register for every platform the draft names; `company-owned` — and each one the company's.")),
        Field("offboarding", .object(offboarding), tr("What becomes of an associate's posts when they leave (`kos people offboard`). Default: every one cancelled.")),
        Field("cooperation_order", .enumeration(["optional", "required"]), default: "optional",
              tr("`required`: an agency creator's draft names the platform's commercial-cooperation order (蒲公英, 星图) in `cooperation.order`, or is refused.")),
    ])

    static let offboarding = ObjectShape(name: tr("offboarding"), fields: [
        Field("pending", .enumeration(["cancel", "hand-over"]), default: "cancel", tr("Posts still in checks or review: cancelled, or handed over to the successor.")),
        Field("scheduled", .enumeration(["cancel", "hand-over"]), default: "cancel",
              tr("Approved posts waiting for their slot or an embargo: cancelled, or handed over to the successor (never a post on the leaver's own account).")),
    ])

    static let trigger = ObjectShape(name: tr("trigger"), fields: [
        Field("draft", .object(ObjectShape(name: tr("draft trigger"), fields: [
            Field("platforms", .list(.enumeration(platforms), minItems: 1), tr("Only drafts for these platforms start a run.")),
        ])), tr("A sales associate submits a draft with `kos submit`.")),
    ])

    static let stepTypes = ["check", "approval", "wait", "publish", "notify", "exec"]

    static let step = ObjectShape(name: tr("step"), fields: [
        Field("id", .string(.identifier), required: true, tr("Unique within the workflow; shown in `kos status` and the audit log.")),
        Field("if", .string(.condition), tr("Run the step only when this condition holds (see Conditions).")),
        Field("timeout", .string(.duration), tr("How long the step may take before it fails.")),
        Field("retry", .object(retry), tr("How a failed step is retried.")),
        Field("check", .object(check), tr("Run guideline packs over the draft.")),
        Field("approval", .object(approval), tr("Wait for reviewers' decisions.")),
        Field("wait", .object(wait), tr("Wait for the next calendar slot or an embargo.")),
        Field("publish", .object(delivery(name: tr("publish step"))), tr("Render a template and deliver it, blocking until delivered.")),
        Field("notify", .object(delivery(name: tr("notify step"))), tr("Render a template and deliver it without blocking the run.")),
        Field("exec", .object(exec), tr("Run a local command: the draft as JSON on stdin, findings as JSON on stdout.")),
    ], exactlyOneOf: stepTypes)

    static let retry = ObjectShape(name: tr("retry"), fields: [
        Field("attempts", .integer(min: 1, max: 100), required: true, tr("Attempts in all, the first included.")),
        Field("backoff", .string(.duration), default: "5s", tr("Wait before the second attempt; doubled each time after.")),
    ])

    static let check = ObjectShape(name: tr("check step"), fields: [
        Field("packs", .list(.string(.identifier), minItems: 1), tr("Packs to run. Default: the workflow's `guidelines`.")),
        Field("block_on", .enumeration(levels), default: "error", tr("Findings at or above this level stop the run.")),
        Field("codes", .enumeration(levels), default: "warning", tr("The level of a QR code or barcode found in a picture (`error`: none may appear).")),
    ])

    static let approval = ObjectShape(name: tr("approval step"), fields: [
        Field("role", .enumeration(["reviewer", "admin"]), default: "reviewer", tr("Who may decide, by role.")),
        Field("groups", .list(.string(.identifier), minItems: 1), tr("Who may decide, by group (any of these).")),
        Field("same_store", .boolean, default: "false", tr("Only reviewers of the submitter's own store may decide.")),
        Field("required", .either([.enumeration(["any", "all"]), .integer(min: 1, max: 50)]), default: "any",
              tr("How many must approve: `any` (one), `all`, or a number N.")),
        Field("timeout", .string(.duration), tr("How long reviewers have.")),
        Field("on_timeout", .either([.enumeration(["expire", "reject"]), .object(ObjectShape(name: tr("escalation"), fields: [
            Field("escalate", .string(.identifier), required: true, tr("The group that decides instead.")),
        ]))]), default: "expire", tr("When the timeout passes: `expire`, `reject`, or `{escalate: GROUP}`.")),
        Field("auto_approve", .string(.condition), tr("Decide the step without reviewers when this condition holds (recorded as kosflow's approval).")),
        Field("notify", .object(delivery(name: tr("approval notification"))),
              tr("Post a message (e.g. wecom-review.mustache, feishu-review.mustache) to a chat Endpoint when the draft reaches this step, with a signed link to it; never holds the step up.")),
        Field("one_tap", .boolean, default: "false", tr("The notification's link may approve in one tap, for a signed-in reviewer who may decide (never on their own post).")),
    ])

    static let wait = ObjectShape(name: tr("wait step"), fields: [
        Field("slot", .either([.boolean, .string(.identifier)]), tr("`true` for the workflow's calendar, or a Calendar id.")),
        Field("until", .string(.dateTime), tr("A fixed local date-time (in `timezone`).")),
        Field("timezone", .string(.timeZone), default: "Asia/Shanghai", tr("The zone of `until`.")),
        Field("embargo", .either([.boolean, .string(.identifier)]), tr("Wait until the embargoes of the draft's products lift (`true`: the workflow's calendar).")),
    ], exactlyOneOf: ["slot", "until", "embargo"])

    static func delivery(name: @autoclosure @escaping @Sendable () -> String) -> ObjectShape {
        ObjectShape(name: name(), fields: [
            Field("endpoint", .string(.identifier), required: true, tr("The Endpoint to deliver to.")),
            Field("template", .string(.templatePath), required: true, tr("A Mustache file under `Templates/` rendering the payload.")),
        ])
    }

    static let exec = ObjectShape(name: tr("exec step"), fields: [
        Field("command", .list(.string(.text), minItems: 1), required: true, tr("Program and arguments; no shell is involved.")),
        Field("timeout", .string(.duration), default: "30s", tr("The command is killed after this long and the step fails.")),
        Field("env", .map(.string(.text)), tr("Variables the program gets besides PATH, LANG, LC_ALL and TZ; kosd's own environment, secrets included, is never passed on.")),
    ])

    // MARK: Calendar

    static let calendar = ObjectShape(name: "Calendar", fields: header + [
        Field("timezone", .string(.timeZone), required: true, tr("IANA zone the slots, blackouts and embargoes are written in.")),
        Field("slots", .list(.object(slot), minItems: 1), required: true, tr("When posts may go out.")),
        Field("extra_slots", .list(.string(.dateTime), minItems: 1), tr("One-off extra slots (local date-times).")),
        Field("caps", .list(.object(cap), minItems: 1), tr("Most posts per creator, store, platform or campaign in a sliding window.")),
        Field("blackouts", .list(.object(blackout), minItems: 1), tr("Windows in which nothing is published.")),
        Field("embargoes", .list(.object(embargo), minItems: 1), tr("Products that must not appear before a time.")),
        Field("jitter", .object(jitter), tr("Spread posts so hundreds of associates do not hit a platform in the same second.")),
        Field("late_approval", .enumeration(KosCore.Calendar.LateApproval.allCases.map(\.rawValue)), default: "next-slot",
              tr("An approval that lands after its slot: `expire` the draft, `publish-now`, or move to the `next-slot`.")),
        Field("catch_up", .string(.duration), default: "1h", tr("After downtime, slots missed within this window still fire (once).")),
    ])

    static let slot = ObjectShape(name: trc("calendar", "slot"), fields: [
        Field("id", .string(.identifier), tr("A name for the slot, for campaign kits' `calendar_slots` (`evening`).")),
        Field("cron", .string(.cron), tr("A cron expression (5 fields, or 6 with seconds).")),
        Field("rrule", .string(.rrule), tr("An RFC 5545 recurrence rule, for 'the first Saturday of each month'.")),
        Field("platforms", .list(.enumeration(platforms), minItems: 1), tr("Only for these platforms. Default: all.")),
        Field("exdate", .list(.string(.dateOrDateTime), minItems: 1), tr("Occurrences left out (RFC 5545 EXDATE): a local date leaves out that day's, a date-time that one.")),
        Field("rdate", .list(.string(.dateTime), minItems: 1), tr("Occurrences added (RFC 5545 RDATE): local date-times, with the slot's platforms.")),
    ], exactlyOneOf: ["cron", "rrule"])

    static let cap = ObjectShape(name: tr("cap"), fields: [
        Field("per", .enumeration(KosCore.Calendar.Cap.Scope.allCases.map(\.rawValue)), required: true, tr("What is counted.")),
        Field("max", .integer(min: 1, max: 100_000), required: true, tr("Most posts in the window.")),
        Field("window", .string(.duration), required: true, tr("The sliding window.")),
    ])

    static let blackout = ObjectShape(name: tr("blackout"), fields: [
        Field("from", .string(.dateTime), required: true, tr("Start, local date-time.")),
        Field("to", .string(.dateTime), required: true, tr("End, local date-time.")),
        Field("reason", .string(.text), tr("Shown to the submitter whose post is moved.")),
    ])

    static let embargo = ObjectShape(name: tr("embargo"), fields: [
        Field("products", .list(.string(.text), minItems: 1), required: true, tr("Product names or SKUs under embargo.")),
        Field("until", .string(.dateTime), required: true, tr("When the embargo lifts, local date-time.")),
        Field("reason", .string(.text), tr("Why, for reviewers.")),
        Field("id", .string(.identifier), tr("The name its findings carry (velocity-9-launch). Default: made from the first product (Velocity 9 → velocity-9).")),
    ])

    static let jitter = ObjectShape(name: tr("jitter"), fields: [
        Field("random", .string(.duration), tr("A random delay up to this, per post (never past the next slot).")),
        Field("per_creator", .string(.duration), tr("A fixed offset per creator up to this, stable across posts.")),
    ], exactlyOneOf: ["random", "per_creator"])

    // MARK: Stores

    static let stores = ObjectShape(name: "Stores", fields: header + [
        Field("stores", .list(.object(ObjectShape(name: tr("store"), fields: [
            Field("id", .string(.text), required: true, tr("The store's code as the staff directory names it, e.g. `SH-IFC`.")),
            Field("name", .string(.text), tr("Its name, e.g. 上海国金中心店.")),
            Field("city", .string(.text), tr("The city it is in.")),
        ])), minItems: 1), required: true, tr("The brand's stores: a staff directory naming any other store is refused, row by row.")),
    ])

    // MARK: Kit

    static let kit = ObjectShape(name: "Kit", fields: header + [
        Field("version", .integer(min: 1, max: 1_000_000), required: true, tr("Raised with every change; a draft names the version it was made from.")),
        Field("workflow", .string(.identifier), tr("The workflow drafts made from it go to.")),
        Field("platforms", .list(.enumeration(platforms), minItems: 1), tr("The platforms it may be posted on.")),
        Field("products", .list(.string(.text), minItems: 0), default: "[]", tr("The products a post made from it may name.")),
        Field("hashtags", .list(.string(.text), minItems: 0), default: "[]", tr("The hashtags it may carry.")),
        Field("title", .string(.text), default: "\"\"", tr("The title: locked text with `{{slot}}` where the associate writes.")),
        Field("body", .string(.text), required: true, tr("The text: locked text with `{{slot}}` where the associate writes.")),
        Field("slots", .list(.object(ObjectShape(name: trc("kit", "slot"), fields: [
            Field("name", .string(.text), required: true, tr("As the text names it in `{{…}}`.")),
            Field("max_chars", .integer(min: 1, max: 10_000), tr("At most this many characters; a slot without limits is a warning.")),
            Field("hint", .string(.text), tr("What to write there, shown in the starter draft.")),
            Field("guidelines", .list(.string(.identifier), minItems: 1), tr("Packs this slot's text is checked with, besides the workflow's.")),
        ])), minItems: 0), default: "[]", tr("The editable slots.")),
        Field("media", .list(.object(ObjectShape(name: tr("kit medium"), fields: [
            Field("path", .string(.text), required: true, tr("The approved image or video, as a draft names it.")),
            Field("sha256", .string(.text), tr("The approved file's SHA-256: another file under the same name is not the kit's.")),
            Field("alt", .string(.text), tr("What it shows.")),
        ])), minItems: 0), default: "[]", tr("The approved images and cover frames.")),
        Field("valid_from", .string(.dateTime), tr("Not to be used before this local time (2026-11-01T00:00).")),
        Field("valid_until", .string(.dateTime), tr("Nor after this one (the end of the season).")),
        Field("timezone", .string(.timeZone), default: "Asia/Shanghai", tr("The clock `valid_from` and `valid_until` are read on.")),
        Field("withdrawn", .boolean, default: "false", tr("Withdrawn: nothing made from it takes the fast lane any more, and posts made from it are held.")),
        Field("notify", .string(.identifier), tr("The endpoint told of each post held with the kit (withdrawn, out of season), for its author.")),
        Field("calendar_slots", .list(.string(.identifier), minItems: 1), tr("The named slots (`id`) of its workflow's calendar that posts made from it may take. Default: any.")),
    ])

    // MARK: Agency

    static let agency = ObjectShape(name: "Agency", fields: header + [
        Field("name", .string(.text), required: true, tr("The agency's name, e.g. 星耀MCN.")),
        Field("models", .list(.enumeration(cooperationModels), minItems: 1), default: tr("every model"),
              tr("The collaboration models its creators work under with the brand.")),
    ])

    static let cooperationModels = ["product-seeding", "pay-per-sale", "pay-per-click", "flat-rate"]

    // MARK: Endpoint

    static let endpoint = ObjectShape(name: "Endpoint", fields: header + [
        Field("url", .string(.url), required: true, tr("Where payloads are POSTed (https; http only for loopback).")),
        Field("secret", .string(.secretRef), required: true,
              tr("Where the signing secret is: `file:/path`, `env:NAME`, or `credential:NAME` (systemd LoadCredential). Never the secret itself.")),
        Field("signing", .enumeration(["standard-webhooks"]), default: "standard-webhooks", tr("Signature scheme.")),
        Field("timeout", .string(.duration), default: "10s", tr("Per attempt.")),
        Field("retry", .list(.string(.duration), minItems: 1), default: "0s, 5s, 5m, 30m, 2h, 5h, 10h, 14h, 20h, 24h",
              tr("Delays before each attempt; after the last the delivery is dead-lettered.")),
        Field("rate_limit", .string(.rate), tr("At most this many deliveries, e.g. `50/s` or `5000/1m`.")),
        Field("concurrency", .integer(min: 1, max: 1024), default: "16", tr("At most this many deliveries to this endpoint in flight at once, per worker.")),
        Field("allow_private_network", .boolean, default: "false", tr("Permit loopback and private addresses (for on-premises gateways).")),
        Field("previous_secret", .string(.secretRef),
              tr("While rotating: where the old secret is. Both sign every delivery (two signatures) until this key is removed.")),
        Field("disable_after", .string(.duration), default: "5d", tr("Disable the endpoint when every delivery has failed for this long; an admin enables it again.")),
        Field("owner", .string(.text), tr("The team that looks after this endpoint, e.g. `agency-ops`; named in alerts.")),
        Field("alert", .string(.identifier), tr("Another endpoint (a team chat bot's gateway, say) told when this one is disabled.")),
        Field("recall", .boolean, default: "false",
              tr("The gateway takes `post.recall` requests: when an associate leaves, each post of theirs still live on their own account is asked to be taken down.")),
    ])

    // MARK: Guidelines

    static let guidelines = ObjectShape(name: "Guidelines", fields: header + [
        Field("rules", .list(.tagged(rule), minItems: 1), tr("The pack's rules (a pack may hold only exceptions).")),
        Field("exceptions", .list(.object(exception), minItems: 1),
              tr("The brand's exceptions to any pack's rules: a term a rule does not flag, for a reason, until a date.")),
    ])

    static let exception = ObjectShape(name: tr("exception"), fields: [
        Field("rule", .string(.text), required: true, tr("The rule it relaxes, `pack/rule` (e.g. prc-advertising-law/absolute-terms).")),
        Field("term", .string(.text), required: true, tr("The text that may appear (e.g. 国家级非遗).")),
        Field("reason", .string(.text), required: true, tr("Why, with the evidence (a certificate's number); shown to reviewers.")),
        Field("owner", .string(.text), required: true, tr("Who answers for it (a person or a team).")),
        Field("until", .string(.dateTime), required: true, tr("When it stops applying by itself; kos validate warns a month ahead.")),
        Field("timezone", .string(.timeZone), default: "Asia/Shanghai", tr("The zone of `until`.")),
    ])

    static let ruleKinds = ["existence", "claim", "substitution", "occurrence", "required", "conditional", "length", "capitalization", "pattern", "embargo", "external"]

    static let matcher = ObjectShape(name: tr("matcher"), fields: [
        Field("terms", .list(.string(.text), minItems: 1), tr("Any of these terms.")),
        Field("pattern", .string(.regex), tr("A regular expression.")),
        Field("field", .enumeration(["products", "links", "hashtags", "media", "price"]), tr("A front-matter field that is non-empty (`price`: a price appears).")),
    ], exactlyOneOf: ["terms", "pattern", "field"])

    static let messageTranslations = ObjectShape(name: tr("message"), fields: [
        Field("zh", .string(.text), tr("The message in Simplified Chinese.")),
        Field("en", .string(.text), tr("The message in English.")),
    ])

    static let rule = TaggedShape(
        name: tr("rule"), discriminator: "kind",
        common: [
            Field("id", .string(.identifier), required: true, tr("Unique in the pack; findings are named `pack/rule`.")),
            Field("kind", .enumeration(ruleKinds), required: true, tr("The rule kind.")),
            Field("level", .enumeration(levels), required: true, tr("`error` blocks, `warning` needs a reviewer's acknowledgment, `suggestion` informs.")),
            Field("message", .either([.string(.text), .object(messageTranslations)]), required: true,
                  tr("Shown with each finding; `%s` is replaced by the matched text. One text, or `{zh: …, en: …}`: each reader sees their language's (`KOS_LANG`, `LANG`; the API's `Accept-Language`), English where there is no Chinese and the other way round.")),
            Field("scope", .list(.enumeration(scopes), minItems: 1), default: "[title, body, hashtags, alt]", tr("Where to look.")),
            Field("link", .string(.url), tr("The guideline this rule enforces.")),
            Field("mode", .enumeration(["enforce", "shadow"]), default: "enforce",
                  tr("`shadow`: findings are reported (marked shadow) and never block, so compliance sees how often a new rule fires before it enforces it.")),
            Field("fixtures", .object(ObjectShape(name: tr("fixtures"), fields: [
                Field("flag", .list(.string(.text), minItems: 1), tr("Texts the rule must flag.")),
                Field("pass", .list(.string(.text), minItems: 1), tr("Texts the rule must not flag.")),
            ])), tr("Self-tests run when the pack loads; a failing fixture refuses the pack.")),
        ],
        variants: [
            ShapeVariant("existence", tr("Banned terms."), [
                Field("terms", .list(.string(.text), minItems: 1), required: true, tr("Terms that must not appear.")),
                Field("exceptions", .list(.string(.text), minItems: 1), tr("Longer innocent phrases that contain a term (最近 is not 最).")),
                Field("ignorecase", .boolean, default: "true", tr("Match regardless of case.")),
                Field("not-after", .list(.string(.text), minItems: 1), tr("Words that, right before a term, make it someone's activity, not a claim (在 in 我在减肥).")),
                Field("not-before", .list(.string(.text), minItems: 1), tr("Words that, right after a term, make it someone's activity, not a claim (计划 in 减肥计划).")),
            ]),
            ShapeVariant("claim", tr("Absolute and superlative claims, judged in context (最好的面料 is a claim, 最好提前预约 is not)."), [
                Field("terms", .list(.string(.text), minItems: 1), tr("Claims wherever they appear (国家级, 全网最低价).")),
                Field("families", .list(.enumeration(["superlative", "ordinal", "uniqueness", "certainty", "absolute"]), minItems: 1),
                      tr("Productive claims judged by the context grammar: superlative (最X), ordinal (第一X), uniqueness (唯一X), certainty (100%), absolute (绝对).")),
                Field("exceptions", .list(.string(.text), minItems: 1), tr("Longer innocent phrases that always pass.")),
                Field("suggest", .map(.string(.text)), tr("A claim word → a compliant rewording, shown with the finding (最好: 优质).")),
            ]),
            ShapeVariant("substitution", tr("Preferred wording."), [
                Field("swap", .map(.string(.text)), required: true, tr("Found text → the wording to use.")),
                Field("ignorecase", .boolean, default: "false", tr("Match regardless of case.")),
            ]),
            ShapeVariant("occurrence", tr("Counts of something."), [
                Field("token", .enumeration(["hashtag", "emoji", "mention", "link", "exclamation"]), required: true, tr("What is counted.")),
                Field("min", .integer(min: 0, max: 10_000), tr("At least this many.")),
                Field("max", .integer(min: 0, max: 10_000), tr("At most this many.")),
            ]),
            ShapeVariant("required", tr("Something must be present."), [
                Field("terms", .list(.string(.text), minItems: 1), tr("Any one of these must appear.")),
                Field("pattern", .string(.regex), tr("Or this pattern must match.")),
            ]),
            ShapeVariant("conditional", tr("If one thing is present, another must be."), [
                Field("if", .object(matcher), required: true, tr("The condition.")),
                Field("then", .object(matcher), required: true, tr("What must then be present.")),
            ]),
            ShapeVariant("length", tr("Length limits, counted as the platform counts."), [
                Field("max", .integer(min: 1, max: 1_000_000), tr("Most characters.")),
                Field("min", .integer(min: 0, max: 1_000_000), tr("Fewest characters.")),
                Field("platform", .enumeration(platforms), tr("Count as this platform does (see the platform table).")),
            ]),
            ShapeVariant("capitalization", tr("Exact brand casing."), [
                Field("terms", .list(.string(.text), minItems: 1), required: true, tr("The correct spellings; other casings are flagged.")),
            ]),
            ShapeVariant("pattern", tr("A regular expression."), [
                Field("pattern", .string(.regex), required: true, tr("A regular expression, matched in linear time (no backreferences).")),
                Field("ignorecase", .boolean, default: "false", tr("Match regardless of case.")),
            ]),
            ShapeVariant("embargo", tr("Products that must not be mentioned before a time."), [
                Field("products", .list(.string(.text), minItems: 1), required: true, tr("Names or SKUs.")),
                Field("until", .string(.dateTime), required: true, tr("Launch time, local date-time.")),
                Field("timezone", .string(.timeZone), default: "Asia/Shanghai", tr("The zone of `until`.")),
            ]),
            ShapeVariant("external", tr("The compliance team's own checker."), [
                Field("command", .list(.string(.text), minItems: 1), required: true, tr("Program and arguments: the draft as JSON on stdin, findings as JSON on stdout.")),
                Field("timeout", .string(.duration), default: "10s", tr("A checker that runs longer is an error finding.")),
                Field("env", .map(.string(.text)), tr("Variables the program gets besides PATH, LANG, LC_ALL and TZ; kosd's own environment, secrets included, is never passed on.")),
            ]),
        ])
}
