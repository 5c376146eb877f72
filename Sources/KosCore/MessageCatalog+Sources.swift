// Generated from Locales/*.po by scripts/embed-catalogs; edit the catalogs, then run it.

extension MessageCatalog {
    static let sources: [(name: String, po: String)] = [
        ("en", #"""
# kosflow messages. Edit the translations here; scripts/extract-messages adds and removes messages,
# scripts/embed-catalogs puts the catalogs into the binary.
msgid ""
msgstr ""
"Project-Id-Version: kosflow\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Language: en\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"


#. {0}: list(h.accountsPassed)
#. {1}: list(h.accountsRetired)
#: Sources/KosCLI/PeopleCommand.swift:75
#, python-brace-format
msgid "          company-owned accounts passed: {0}; own accounts retired: {1}"
msgstr "          company-owned accounts passed: {0}; own accounts retired: {1}"

#. {0}: list(h.live)
#. {1}: list(h.recalls)
#: Sources/KosCLI/PeopleCommand.swift:76
#, python-brace-format
msgid "          still live on their own accounts: {0}; recall requested: {1}"
msgstr "          still live on their own accounts: {0}; recall requested: {1}"

#. {0}: cancelled
#. {1}: cancelledList
#: Sources/KosCLI/PeopleCommand.swift:73
#, python-brace-format
msgid "          {0} post cancelled ({1})"
msgid_plural "          {0} posts cancelled ({1})"
msgstr[0] "          {0} post cancelled ({1})"
msgstr[1] "          {0} posts cancelled ({1})"

#. {0}: revoked
#: Sources/KosCLI/PeopleCommand.swift:74
#, python-brace-format
msgid "          {0} token revoked, console sessions ended"
msgid_plural "          {0} tokens revoked, console sessions ended"
msgstr[0] "          {0} token revoked, console sessions ended"
msgstr[1] "          {0} tokens revoked, console sessions ended"

#. {0}: f
#: Sources/KosCLI/PacksCommand.swift:97
#, python-brace-format
msgid "  + flagged  {0}"
msgstr "  + flagged  {0}"

#. {0}: f
#: Sources/KosCLI/PacksCommand.swift:98
#, python-brace-format
msgid "  - cleared  {0}"
msgstr "  - cleared  {0}"

#. {0}: link
#: Sources/KosCLI/LintOutput.swift:26
#, python-brace-format
msgid "  = see {0}"
msgstr "  = see {0}"

#. {0}: note
#: Sources/KosCLI/CalendarCommand.swift:335
#, python-brace-format
msgid "  clock: {0}"
msgstr "  clock: {0}"

#: Sources/KosCLI/ReportCommand.swift:106
msgid "  no slots booked or fired around the period"
msgstr "  no slots booked or fired around the period"

#: Sources/KosCLI/ReportCommand.swift:101
msgid "  none"
msgstr "  none"

#: Sources/KosCLI/ReportCommand.swift:97
msgid "  none decided"
msgstr "  none decided"

#. {0}: reason
#: Sources/KosCLI/DraftCommands.swift:377
#, python-brace-format
msgid "  why: {0}"
msgstr "  why: {0}"

#. {0}: d.workflow
#. {1}: d.revision
#. {2}: hash
#. {3}: d.creator
#. {4}: updated
#: Sources/KosCLI/DraftCommands.swift:380
#, python-brace-format
msgid "  {0} · revision {1} (content {2}) · by {3} · updated {4}"
msgstr "  {0} · revision {1} (content {2}) · by {3} · updated {4}"

#. {0}: $0
#. {1}: d.workflow
#. {2}: d.revision
#. {3}: hash
#. {4}: d.creator
#. {5}: updated
#: Sources/KosCLI/DraftCommands.swift:379
#, python-brace-format
msgid "  {0} · {1} · revision {2} (content {3}) · by {4} · updated {5}"
msgstr "  {0} · {1} · revision {2} (content {3}) · by {4} · updated {5}"

#. {0}: o.creator
#. {1}: time
#: Sources/KosCLI/CalendarCommand.swift:341
#, python-brace-format
msgid "  {0}: goes out at {1}"
msgstr "  {0}: goes out at {1}"

#. {0}: o.creator
#. {1}: time
#. {2}: minutes
#. {3}: seconds
#: Sources/KosCLI/CalendarCommand.swift:341
#, python-brace-format
msgid "  {0}: goes out at {1} (jitter +{2}m{3}s)"
msgstr "  {0}: goes out at {1} (jitter +{2}m{3}s)"

#. {0}: o.creator
#. {1}: skippedWord
#. {2}: o.reason ?? ""
#: Sources/KosCLI/CalendarCommand.swift:345
#, python-brace-format
msgid "  {0}: {1}: {2}"
msgstr "  {0}: {1}: {2}"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:50
#, python-brace-format
msgid " (default: {0})"
msgstr " (default: {0})"

#. {0}: s
#: Sources/KosCLI/LintOutput.swift:17
#, python-brace-format
msgid " (use \"{0}\")"
msgstr " (use \"{0}\")"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:49
#, python-brace-format
msgid " (values: {0})"
msgstr " (values: {0})"

#. {0}: $0[0]
#. {1}: $0[1]
#: Sources/KosCLI/ParserText.swift:48
#, python-brace-format
msgid " (values: {0}; default: {1})"
msgstr " (values: {0}; default: {1})"

#: Sources/KosCLI/LintOutput.swift:18
msgid " [shadow: reported, not blocking]"
msgstr " [shadow: reported, not blocking]"

#. {0}: reason
#: Sources/KosCLI/LintOutput.swift:19
#, python-brace-format
msgid " [suppressed: {0}]"
msgstr " [suppressed: {0}]"

#: Sources/KosServer/APIService.swift:786
msgid " or "
msgstr " or "

#. {0}: e.until
#. {1}: zone
#: Sources/KosCore/CheckPlan.swift:76
#, python-brace-format
msgid "\"%s\" is under embargo until {0} ({1})"
msgstr "\"%s\" is under embargo until {0} ({1})"

#. {0}: e.until
#. {1}: zone
#: Sources/KosCore/CheckPlan.swift:78
#, python-brace-format
msgid "\"%s\" is under embargo until {0} ({1}) — this workflow holds the post until then (it is not blocked)"
msgstr "\"%s\" is under embargo until {0} ({1}) — this workflow holds the post until then (it is not blocked)"

#. {0}: e.until
#. {1}: zone
#. {2}: e.reason
#: Sources/KosCore/CheckPlan.swift:77
#, python-brace-format
msgid "\"%s\" is under embargo until {0} ({1}): {2}"
msgstr "\"%s\" is under embargo until {0} ({1}): {2}"

#. {0}: e.until
#. {1}: zone
#. {2}: e.reason
#: Sources/KosCore/CheckPlan.swift:80
#, python-brace-format
msgid "\"%s\" is under embargo until {0} ({1}): {2} — this workflow holds the post until then (it is not blocked)"
msgstr "\"%s\" is under embargo until {0} ({1}): {2} — this workflow holds the post until then (it is not blocked)"

#. {0}: ext
#. {1}: Set(MediaKind.byExtension.keys).sorted().joined(separator: ", ")
#: Sources/KosCore/MediaKind.swift:37
#, python-brace-format
msgid "'.{0}' is not a type the platforms take ({1})"
msgstr "'.{0}' is not a type the platforms take ({1})"

#. {0}: text.prefix(64)
#: Sources/KosServer/APIService+People.swift:78
#, python-brace-format
msgid "'at' is not an RFC 3339 time: {0}"
msgstr "'at' is not an RFC 3339 time: {0}"

#. {0}: lo
#. {1}: hi
#: Sources/KosDefinitions/Decoder.swift:323
#, python-brace-format
msgid "'min' ({0}) is greater than 'max' ({1})"
msgstr "'min' ({0}) is greater than 'max' ({1})"

#: Sources/KosServer/APIService.swift:457
msgid "'since' is not before 'until'"
msgstr "'since' is not before 'until'"

#: Sources/KosServer/APIService.swift:509
msgid "'to' is before 'from'"
msgstr "'to' is before 'from'"

#. {0}: text.prefix(64)
#: Sources/KosServer/APIService+People.swift:99
#, python-brace-format
msgid "'until' is not an RFC 3339 time: {0}"
msgstr "'until' is not an RFC 3339 time: {0}"

#. {0}: text
#: Sources/KosServer/APIService+People.swift:100
#, python-brace-format
msgid "'until' {0} has passed; say when they are back"
msgstr "'until' {0} has passed; say when they are back"

#. {0}: item
#. {1}: Self.fieldWord(name)
#: Sources/KosCore/CronExpression.swift:214
#, python-brace-format
msgid "'{0}' has an invalid step in the {1} field"
msgstr "'{0}' has an invalid step in the {1} field"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:226
#, python-brace-format
msgid "'{0}' is neither a local date nor a date-time; write e.g. 2026-12-25 (the whole day) or 2026-12-25T20:00"
msgstr "'{0}' is neither a local date nor a date-time; write e.g. 2026-12-25 (the whole day) or 2026-12-25T20:00"

#. {0}: part
#: Sources/KosCore/RecurrenceRule.swift:64
#, python-brace-format
msgid "'{0}' is not NAME=VALUE"
msgstr "'{0}' is not NAME=VALUE"

#. {0}: item
#: Sources/KosCore/CronExpression.swift:138
#, python-brace-format
msgid "'{0}' is not a day of month; write L (the last day), LW (the last weekday) or 20-L"
msgstr "'{0}' is not a day of month; write L (the last day), LW (the last weekday) or 20-L"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:184
#, python-brace-format
msgid "'{0}' is not a duration; write e.g. 30s, 15m, 24h, 7d or 1h30m"
msgstr "'{0}' is not a duration; write e.g. 30s, 15m, 24h, 7d or 1h30m"

#. {0}: text
#: Sources/KosCLI/Client/ClientOptions.swift:43
#, python-brace-format
msgid "'{0}' is not a kosd address; use unix:PATH or http://HOST:PORT"
msgstr "'{0}' is not a kosd address; use unix:PATH or http://HOST:PORT"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:221
#, python-brace-format
msgid "'{0}' is not a local date-time; write e.g. 2026-12-01T10:00 (in the calendar's zone)"
msgstr "'{0}' is not a local date-time; write e.g. 2026-12-01T10:00 (in the calendar's zone)"

#. {0}: s
#: Sources/KosCore/Condition.swift:268
#, python-brace-format
msgid "'{0}' is not a number"
msgstr "'{0}' is not a number"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:217
#, python-brace-format
msgid "'{0}' is not a rate; write e.g. 50/s or 5000/1m"
msgstr "'{0}' is not a rate; write e.g. 50/s or 5000/1m"

#. {0}: e.rule
#: Sources/KosDefinitions/Decoder.swift:358
#, python-brace-format
msgid "'{0}' is not a rule; name it as pack/rule, e.g. prc-advertising-law/absolute-terms"
msgstr "'{0}' is not a rule; name it as pack/rule, e.g. prc-advertising-law/absolute-terms"

#. {0}: text
#. {1}: what
#: Sources/KosDefinitions/ShapeValidator.swift:179
#, python-brace-format
msgid "'{0}' is not a valid id for {1}: use lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters"
msgstr "'{0}' is not a valid id for {1}: use lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters"

#. {0}: item
#: Sources/KosCore/CronExpression.swift:168
#, python-brace-format
msgid "'{0}' is not a valid nth weekday; write e.g. FRI#2 (the second Friday, 1-5) or MON-FRI#1"
msgstr "'{0}' is not a valid nth weekday; write e.g. FRI#2 (the second Friday, 1-5) or MON-FRI#1"

#. {0}: item
#: Sources/KosCore/CronExpression.swift:127
#, python-brace-format
msgid "'{0}' is not a valid range to the last day; write e.g. 20-L or 20-L/3"
msgstr "'{0}' is not a valid range to the last day; write e.g. 20-L or 20-L/3"

#. {0}: item | text
#. {1}: Self.fieldWord(name) | shortTag(tag)
#: Sources/KosCore/CronExpression.swift:232
#: Sources/KosYAML/YAMLLoader.swift:368
#, python-brace-format
msgid "'{0}' is not a valid {1}"
msgstr "'{0}' is not a valid {1}"

#. {0}: item
#. {1}: Self.fieldWord(name)
#: Sources/KosCore/CronExpression.swift:226
#, python-brace-format
msgid "'{0}' is not a valid {1} range"
msgstr "'{0}' is not a valid {1} range"

#. {0}: text
#. {1}: what
#. {2}: values.joined(separator: ", ")
#: Sources/KosDefinitions/ShapeValidator.swift:63
#, python-brace-format
msgid "'{0}' is not a valid {1}; use {2}"
msgstr "'{0}' is not a valid {1}; use {2}"

#. {0}: text
#. {1}: tagged.name
#. {2}: tagged.discriminator
#. {3}: tags.joined(separator: ", ")
#: Sources/KosDefinitions/ShapeValidator.swift:101
#, python-brace-format
msgid "'{0}' is not a {1} {2}; use {3}"
msgstr "'{0}' is not a {1} {2}; use {3}"

#. {0}: name
#. {1}: text.prefix(64)
#: Sources/KosServer/HTTPServer.swift:265
#, python-brace-format
msgid "'{0}' is not an RFC 3339 time: {1}"
msgstr "'{0}' is not an RFC 3339 time: {1}"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:263
#, python-brace-format
msgid "'{0}' is not an absolute URL"
msgstr "'{0}' is not an absolute URL"

#. {0}: id
#. {1}: known()
#: Sources/KosServer/APIService.swift:626
#, python-brace-format
msgid "'{0}' is not defined; known: {1}"
msgstr "'{0}' is not defined; known: {1}"

#. {0}: item
#. {1}: Self.fieldWord(name)
#. {2}: range.lowerBound
#. {3}: range.upperBound
#: Sources/KosCore/CronExpression.swift:238
#, python-brace-format
msgid "'{0}' is out of range for {1} ({2}-{3})"
msgstr "'{0}' is out of range for {1} ({2}-{3})"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:274
#, python-brace-format
msgid "'{0}' must be an http(s) URL"
msgstr "'{0}' must be an http(s) URL"

#. {0}: item
#: Sources/KosCore/CronExpression.swift:132
#, python-brace-format
msgid "'{0}' must start at a day of month 1-31; write e.g. 20-L"
msgstr "'{0}' must start at a day of month 1-31; write e.g. 20-L"

#. {0}: written
#: Sources/KosDefinitions/DefinitionLoader.swift:310
#, python-brace-format
msgid "'{0}' needs the workflow's 'calendar'"
msgstr "'{0}' needs the workflow's 'calendar'"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:272
#, python-brace-format
msgid "'{0}' uses plain http; posts and signatures would travel unencrypted: use https"
msgstr "'{0}' uses plain http; posts and signatures would travel unencrypted: use https"

#. {0}: prefix
#. {1}: name
#. {2}: pair.value.kindName
#: Sources/KosDefinitions/DaemonConfig.swift:178
#, python-brace-format
msgid "'{0}{1}' is a mapping, not {2}"
msgstr "'{0}{1}' is a mapping, not {2}"

#. {0}: prefix
#. {1}: name
#. {2}: pair.value.kindName
#: Sources/KosDefinitions/DaemonConfig.swift:191
#, python-brace-format
msgid "'{0}{1}' is a single value, not {2}"
msgstr "'{0}{1}' is a single value, not {2}"

#. {0}: prefix
#. {1}: name
#: Sources/KosDefinitions/DaemonConfig.swift:172
#, python-brace-format
msgid "'{0}{1}' is set twice"
msgstr "'{0}{1}' is set twice"

#. {0}: field("escalated")
#: Sources/KosServer/ConsolePages.swift:230
#, python-brace-format
msgid "(escalated to {0})"
msgstr "(escalated to {0})"

#: Sources/KosRules/Linter.swift:31
msgid "(exceptions and suppressions)"
msgstr "(exceptions and suppressions)"

#: Sources/KosRules/Linter.swift:29
msgid "(folding)"
msgstr "(folding)"

#: Sources/KosRules/Linter.swift:30
msgid "(matching every term)"
msgstr "(matching every term)"

#: Sources/KosEngine/Worker+Slots.swift:22
msgid "(none)"
msgstr "(none)"

#: Sources/KosCLI/Client/ClientOptions.swift:217
msgid ", "
msgstr ", "

#: Sources/KosCLI/PeopleCommand.swift:172
msgid "--back ends an absence; it takes no --until"
msgstr "--back ends an absence; it takes no --until"

#. {0}: budget
#: Sources/KosCLI/LintCommand.swift:80
#, python-brace-format
msgid "--budget is a duration such as 20s or 500ms, not '{0}'"
msgstr "--budget is a duration such as 20s or 500ms, not '{0}'"

#. {0}: delegate
#: Sources/KosServer/APIService+People.swift:107
#, python-brace-format
msgid "--delegate {0}: an agency's people cannot decide approvals; name a reviewer"
msgstr "--delegate {0}: an agency's people cannot decide approvals; name a reviewer"

#. {0}: delegate
#: Sources/KosServer/APIService+People.swift:106
#, python-brace-format
msgid "--delegate {0}: an associate cannot decide approvals; name a reviewer"
msgstr "--delegate {0}: an associate cannot decide approvals; name a reviewer"

#. {0}: delegate.prefix(64)
#: Sources/KosServer/APIService+People.swift:104
#, python-brace-format
msgid "--delegate {0}: no such person"
msgstr "--delegate {0}: no such person"

#. {0}: delegate
#. {1}: delegate
#. {2}: API.timestamp(d.awayUntil ?? now)
#: Sources/KosServer/APIService+People.swift:110
#, python-brace-format
msgid "--delegate {0}: {1} is away too, until {2}"
msgstr "--delegate {0}: {1} is away too, until {2}"

#. {0}: delegate
#. {1}: delegate
#: Sources/KosServer/APIService+People.swift:109
#, python-brace-format
msgid "--delegate {0}: {1} is leaving the program"
msgstr "--delegate {0}: {1} is leaving the program"

#: Sources/kosd/Kosd.swift:250
msgid "--expires-in-days must be at least 1"
msgstr "--expires-in-days must be at least 1"

#. {0}: successor.prefix(64)
#: Sources/KosServer/APIService+People.swift:69
#, python-brace-format
msgid "--handover {0}: no such person"
msgstr "--handover {0}: no such person"

#. {0}: successor
#. {1}: successor
#: Sources/KosServer/APIService+People.swift:71
#, python-brace-format
msgid "--handover {0}: {1} is leaving the program too"
msgstr "--handover {0}: {1} is leaving the program too"

#. {0}: successor
#. {1}: successor
#. {2}: heir.agency ?? tr("the brand")
#. {3}: id
#. {4}: leaver.agency ?? tr("the brand")
#: Sources/KosServer/APIService+People.swift:73
#, python-brace-format
msgid "--handover {0}: {1} works for {2}, {3} for {4}; posts and accounts stay within one"
msgstr "--handover {0}: {1} works for {2}, {3} for {4}; posts and accounts stay within one"

#: Sources/KosCLI/LintCommand.swift:78
msgid "--max-size must be positive"
msgstr "--max-size must be positive"

#: Sources/KosCLI/LintCommand.swift:76
msgid "--now must be an ISO 8601 time with an offset, e.g. 2026-12-05T09:00:00+08:00"
msgstr "--now must be an ISO 8601 time with an offset, e.g. 2026-12-05T09:00:00+08:00"

#. {0}: p
#. {1}: Platform.allCases.map(\.rawValue).joined(separator: ", ")
#: Sources/KosCLI/CalendarCommand.swift:303
#, python-brace-format
msgid "--platform {0}: not one of {1}"
msgstr "--platform {0}: not one of {1}"

#: Sources/KosCLI/CalendarCommand.swift:305
msgid "--posts is at least 1"
msgstr "--posts is at least 1"

#. {0}: Person.Role.allCases.map(\.rawValue).joined(separator: ", ")
#: Sources/kosd/Kosd.swift:245
#, python-brace-format
msgid "--role must be one of {0}"
msgstr "--role must be one of {0}"

#: Sources/KosCLI/CalendarCommand.swift:72
msgid "--to is before --from"
msgstr "--to is before --from"

#: Sources/kosd/Kosd.swift:248
msgid "--user must be ASCII letters, digits and . - _ @ (at most 64)"
msgstr "--user must be ASCII letters, digits and . - _ @ (at most 64)"

#. {0}: name
#. {1}: value.prefix(40)
#: Sources/KosCLI/ReportCommand.swift:24
#, python-brace-format
msgid "--{0} '{1}' is neither a date (2026-12-01) nor an RFC 3339 time (2026-12-01T00:00:00+08:00)"
msgstr "--{0} '{1}' is neither a date (2026-12-01) nor an RFC 3339 time (2026-12-01T00:00:00+08:00)"

#: Sources/KosServer/Console.swift:138
msgid "1 draft, waiting longest first."
msgstr "1 draft, waiting longest first."

#. {0}: s(t, i, n)
#: Sources/KosRules/ClaimGrammar.swift:511
#, python-brace-format
msgid "100% + {0} is the writer's effort, not a promise"
msgstr "100% + {0} is the writer's effort, not a promise"

#. {0}: s(t, i, n)
#: Sources/KosRules/ClaimGrammar.swift:508
#, python-brace-format
msgid "100% + {0} states what it is made of"
msgstr "100% + {0} states what it is made of"

#: Sources/KosRules/ClaimGrammar.swift:509
msgid "100% here is a measured share, not a promise"
msgstr "100% here is a measured share, not a promise"

#: Sources/KosRules/ClaimGrammar.swift:512
msgid "100% promises a certain result"
msgstr "100% promises a certain result"

#: Sources/KosDefinitions/Language.swift:111
msgid "A Mustache file under `Templates/` rendering the payload."
msgstr "A Mustache file under `Templates/` rendering the payload."

#: Sources/KosDefinitions/Language.swift:336
msgid "A checker that runs longer is an error finding."
msgstr "A checker that runs longer is an error finding."

#: Sources/KosDefinitions/Language.swift:298
msgid "A claim word → a compliant rewording, shown with the finding (最好: 优质)."
msgstr "A claim word → a compliant rewording, shown with the finding (最好: 优质)."

#: Sources/KosDefinitions/Language.swift:138
msgid "A cron expression (5 fields, or 6 with seconds)."
msgstr "A cron expression (5 fields, or 6 with seconds)."

#: Sources/KosCLI/DraftCommands.swift:207
msgid "A draft with its findings, decisions and history."
msgstr "A draft with its findings, decisions and history."

#: Sources/KosCLI/DraftCommands.swift:280
msgid "A file with the draft as you would have it: its author can take it as the next revision in one step."
msgstr "A file with the draft as you would have it: its author can take it as the next revision in one step."

#: Sources/KosDefinitions/Language.swift:103
msgid "A fixed local date-time (in `timezone`)."
msgstr "A fixed local date-time (in `timezone`)."

#: Sources/KosDefinitions/Language.swift:166
msgid "A fixed offset per creator up to this, stable across posts."
msgstr "A fixed offset per creator up to this, stable across posts."

#: Sources/KosDefinitions/Language.swift:262
msgid "A front-matter field that is non-empty (`price`: a price appears)."
msgstr "A front-matter field that is non-empty (`price`: a price appears)."

#: Sources/KosCLI/LintCommand.swift:34
msgid "A guideline pack to apply (repeatable)."
msgstr "A guideline pack to apply (repeatable)."

#: Sources/KosDefinitions/Language.swift:137
msgid "A name for the slot, for campaign kits' `calendar_slots` (`evening`)."
msgstr "A name for the slot, for campaign kits' `calendar_slots` (`evening`)."

#: Sources/KosCLI/DraftCommands.swift:261
msgid "A note for the author and the audit log."
msgstr "A note for the author and the audit log."

#: Sources/KosDefinitions/Language.swift:165
msgid "A random delay up to this, per post (never past the next slot)."
msgstr "A random delay up to this, per post (never past the next slot)."

#: Sources/KosDefinitions/Language.swift:326
msgid "A regular expression, matched in linear time (no backreferences)."
msgstr "A regular expression, matched in linear time (no backreferences)."

#: Sources/KosDefinitions/Language.swift:261
#: Sources/KosDefinitions/Language.swift:325
msgid "A regular expression."
msgstr "A regular expression."

#: Sources/KosServer/Console.swift:255
msgid "A rejection needs a reason"
msgstr "A rejection needs a reason"

#: Sources/KosServer/Console.swift:255
msgid "A request for changes needs a reason"
msgstr "A request for changes needs a reason"

#: Sources/kosd/Kosd.swift:234
msgid "A reviewer group (repeatable), e.g. store-managers, regional-compliance, legal."
msgstr "A reviewer group (repeatable), e.g. store-managers, regional-compliance, legal."

#: Sources/KosCLI/PeopleCommand.swift:164
msgid "A reviewer is away: their delegate sees and decides their queue until they are back."
msgstr "A reviewer is away: their delegate sees and decides their queue until they are back."

#: Sources/KosDefinitions/Language.swift:56
msgid "A sales associate submits a draft with `kos submit`."
msgstr "A sales associate submits a draft with `kos submit`."

#. {0}: minutes
#: Sources/KosServer/Console.swift:78
#, python-brace-format
msgid "A sign-in link lasts {0} minute. Ask for a new one: kos review-link"
msgid_plural "A sign-in link lasts {0} minutes. Ask for a new one: kos review-link"
msgstr[0] "A sign-in link lasts {0} minute. Ask for a new one: kos review-link"
msgstr[1] "A sign-in link lasts {0} minutes. Ask for a new one: kos review-link"

#: Sources/KosCLI/DraftCommands.swift:188
msgid "A single-use link that signs you in to the review console."
msgstr "A single-use link that signs you in to the review console."

#: Sources/kosd/Kosd.swift:167
msgid "A token is shown by the first characters of its SHA-256; revoke a person's tokens with kosd token revoke --user ID."
msgstr "A token is shown by the first characters of its SHA-256; revoke a person's tokens with kosd token revoke --user ID."

#: Sources/KosCore/API.swift:473
msgid "A valid API token is required"
msgstr "A valid API token is required"

#: Sources/KosCLI/PeopleCommand.swift:194
msgid "ACCOUNT"
msgstr "ACCOUNT"

#: Sources/KosCLI/PeopleCommand.swift:30
msgid "ACCOUNTS"
msgstr "ACCOUNTS"

#: Sources/KosCLI/DraftCommands.swift:247
msgid "ACTION"
msgstr "ACTION"

#: Sources/kosd/Kosd.swift:211
msgid "ACTIVE TOKENS"
msgstr "ACTIVE TOKENS"

#: Sources/KosCLI/DraftCommands.swift:247
msgid "ACTOR"
msgstr "ACTOR"

#: Sources/KosCLI/DeliveriesCommand.swift:64
msgid "ANSWER"
msgstr "ANSWER"

#. {0}: open
#. {1}: settings.maxConnections
#. {2}: closed
#: Sources/KosServer/ConnectionGuard.swift:106
#, python-brace-format
msgid "API connections over their limits: {0} open of {1}; closed so far: {2}"
msgstr "API connections over their limits: {0} open of {1}; closed so far: {2}"

#: Sources/KosCLI/Client/ClientOptions.swift:12
msgid "API token. Prefer KOS_TOKEN or 'kos login': a flag shows in the process list."
msgstr "API token. Prefer KOS_TOKEN or 'kos login': a flag shows in the process list."

#: Sources/KosCLI/ReportCommand.swift:97
msgid "APPROVED"
msgstr "APPROVED"

#: Sources/KosCLI/ParserText.swift:21
msgid "ARGUMENTS:"
msgstr "ARGUMENTS:"

#: Sources/KosCLI/DeliveriesCommand.swift:64
msgid "AT"
msgstr "AT"

#: Sources/KosCLI/DeliveriesCommand.swift:32
msgid "ATTEMPTS"
msgstr "ATTEMPTS"

#: Sources/KosDefinitions/Language.swift:293
msgid "Absolute and superlative claims, judged in context (最好的面料 is a claim, 最好提前预约 is not)."
msgstr "Absolute and superlative claims, judged in context (最好的面料 is a claim, 最好提前预约 is not)."

#: Sources/KosDefinitions/Language.swift:133
msgid "After downtime, slots missed within this window still fire (once)."
msgstr "After downtime, slots missed within this window still fire (once)."

#: Sources/KosCLI/LintCommand.swift:58
msgid "After the findings, count them per rule over all the drafts: which rules fire most (shadow and suppressed ones apart)."
msgstr "After the findings, count them per rule over all the drafts: which rules fire most (shadow and suppressed ones apart)."

#: Sources/KosServer/Console.swift:184
msgid "Already approved"
msgstr "Already approved"

#: Sources/kosd/Serve.swift:99
msgid "Also serve the API on TCP, e.g. 127.0.0.1:7420 (kosd.yaml 'api.listen')."
msgstr "Also serve the API on TCP, e.g. 127.0.0.1:7420 (kosd.yaml 'api.listen')."

#: Sources/KosDefinitions/Language.swift:13
msgid "Always `kos/v1`."
msgstr "Always `kos/v1`."

#: Sources/KosDefinitions/Language.swift:139
msgid "An RFC 5545 recurrence rule, for 'the first Saturday of each month'."
msgstr "An RFC 5545 recurrence rule, for 'the first Saturday of each month'."

#: Sources/KosDefinitions/Language.swift:132
msgid "An approval that lands after its slot: `expire` the draft, `publish-now`, or move to the `next-slot`."
msgstr "An approval that lands after its slot: `expire` the draft, `publish-now`, or move to the `next-slot`."

#: Sources/KosCLI/CalendarCommand.swift:290
msgid "An associate as ID or ID@STORE (repeatable). Default: two associates of one store."
msgstr "An associate as ID or ID@STORE (repeatable). Default: two associates of one store."

#: Sources/KosDefinitions/Language.swift:235
msgid "Another endpoint (a team chat bot's gateway, say) told when this one is disabled."
msgstr "Another endpoint (a team chat bot's gateway, say) told when this one is disabled."

#: Sources/KosDefinitions/Language.swift:260
msgid "Any of these terms."
msgstr "Any of these terms."

#: Sources/KosDefinitions/Language.swift:310
msgid "Any one of these must appear."
msgstr "Any one of these must appear."

#: Sources/KosServer/ConsolePages.swift:291
msgid "Approve"
msgstr "Approve"

#. {0}: field("revision")
#: Sources/KosServer/ConsolePages.swift:379
#, python-brace-format
msgid "Approve revision {0}"
msgstr "Approve revision {0}"

#: Sources/KosCLI/DraftCommands.swift:258
msgid "Approve the revision of a draft you read with kos show (never your own)."
msgstr "Approve the revision of a draft you read with kos show (never your own)."

#. {0}: summary.title ?? t.draftID
#: Sources/KosServer/Console.swift:166
#, python-brace-format
msgid "Approve {0}"
msgstr "Approve {0}"

#: Sources/KosDefinitions/Language.swift:50
msgid "Approved posts waiting for their slot or an embargo: cancelled, or handed over to the successor (never a post on the leaver's own account)."
msgstr "Approved posts waiting for their slot or an embargo: cancelled, or handed over to the successor (never a post on the leaver's own account)."

#: Sources/KosServer/ConsolePreview.swift:114
msgid "As it will look"
msgstr "As it will look"

#: Sources/KosServer/ConsolePreview.swift:114
msgid "As the platforms will show it"
msgstr "As the platforms will show it"

#: Sources/KosDefinitions/Language.swift:190
msgid "As the text names it in `{{…}}`."
msgstr "As the text names it in `{{…}}`."

#: Sources/KosServer/Console.swift:81
msgid "Ask for a link with: kos review-link"
msgstr "Ask for a link with: kos review-link"

#: Sources/KosServer/Console.swift:299
msgid "Ask for a new link to sign in again: kos review-link"
msgstr "Ask for a new link to sign in again: kos review-link"

#: Sources/KosServer/Console.swift:560
msgid "Ask kosflow for a sign-in link on your phone or laptop: kos review-link"
msgstr "Ask kosflow for a sign-in link on your phone or laptop: kos review-link"

#: Sources/KosDefinitions/Language.swift:306
msgid "At least this many."
msgstr "At least this many."

#: Sources/KosDefinitions/Language.swift:191
msgid "At most this many characters; a slot without limits is a warning."
msgstr "At most this many characters; a slot without limits is a warning."

#: Sources/KosDefinitions/Language.swift:229
msgid "At most this many deliveries to this endpoint in flight at once, per worker."
msgstr "At most this many deliveries to this endpoint in flight at once, per worker."

#: Sources/KosDefinitions/Language.swift:228
msgid "At most this many deliveries, e.g. `50/s` or `5000/1m`."
msgstr "At most this many deliveries, e.g. `50/s` or `5000/1m`."

#: Sources/KosCLI/CalendarCommand.swift:295
msgid "At most this many posts per associate in the period."
msgstr "At most this many posts per associate in the period."

#: Sources/KosCLI/DeliveriesCommand.swift:18
#: Sources/KosDefinitions/Language.swift:307
msgid "At most this many."
msgstr "At most this many."

#: Sources/KosDefinitions/Language.swift:75
msgid "Attempts in all, the first included."
msgstr "Attempts in all, the first included."

#: Sources/KosCLI/ReportCommand.swift:101
msgid "BLOCKED"
msgstr "BLOCKED"

#: Sources/KosCLI/CalendarCommand.swift:143
#: Sources/KosCLI/ReportCommand.swift:106
msgid "BOOKED"
msgstr "BOOKED"

#: Sources/KosCLI/DraftCommands.swift:385
msgid "BY"
msgstr "BY"

#. {0}: v
#: Sources/KosCore/RecurrenceRule.swift:105
#, python-brace-format
msgid "BYDAY ordinal in '{0}' must be 1-53 or -53 to -1"
msgstr "BYDAY ordinal in '{0}' must be 1-53 or -53 to -1"

#: Sources/KosCore/RecurrenceRule.swift:134
msgid "BYDAY ordinals such as 2TU need FREQ=MONTHLY or FREQ=YEARLY"
msgstr "BYDAY ordinals such as 2TU need FREQ=MONTHLY or FREQ=YEARLY"

#. {0}: v
#: Sources/KosCore/RecurrenceRule.swift:99
#, python-brace-format
msgid "BYDAY value '{0}' is not a weekday (SU, MO, TU, WE, TH, FR, SA)"
msgstr "BYDAY value '{0}' is not a weekday (SU, MO, TU, WE, TH, FR, SA)"

#: Sources/KosCore/RecurrenceRule.swift:138
msgid "BYWEEKNO needs FREQ=YEARLY (week numbers count within a year)"
msgstr "BYWEEKNO needs FREQ=YEARLY (week numbers count within a year)"

#. {0}: freq.rawValue
#: Sources/KosCore/RecurrenceRule.swift:141
#, python-brace-format
msgid "BYYEARDAY cannot be used with FREQ={0}; use FREQ=YEARLY, or BYMONTH with BYMONTHDAY"
msgstr "BYYEARDAY cannot be used with FREQ={0}; use FREQ=YEARLY, or BYMONTH with BYMONTHDAY"

#: Sources/KosCLI/PeopleCommand.swift:166
msgid "Back at (RFC 3339, or a date: 2026-12-20); the delegation ends by itself then."
msgstr "Back at (RFC 3339, or a date: 2026-12-20); the delegation ends by itself then."

#: Sources/KosCLI/PeopleCommand.swift:168
msgid "Back now: end the delegation."
msgstr "Back now: end the delegation."

#: Sources/KosServer/Console.swift:555
msgid "Back to the draft"
msgstr "Back to the draft"

#: Sources/KosDefinitions/Language.swift:288
msgid "Banned terms."
msgstr "Banned terms."

#. {0}: c.id
#: Sources/KosCLI/CalendarCommand.swift:239
#, python-brace-format
msgid "Blackout · {0}"
msgstr "Blackout · {0}"

#: Sources/KosServer/ConsolePreview.swift:42
msgid "B站 Bilibili description"
msgstr "B站 Bilibili description"

#: Sources/KosCLI/ReportCommand.swift:106
msgid "CALENDAR"
msgstr "CALENDAR"

#: Sources/KosCLI/ReportCommand.swift:106
msgid "CAP"
msgstr "CAP"

#: Sources/KosCLI/EndpointsCommand.swift:30
msgid "CIRCUIT"
msgstr "CIRCUIT"

#: Sources/KosCLI/DraftCommands.swift:385
msgid "CONTENT"
msgstr "CONTENT"

#: Sources/KosCore/RecurrenceRule.swift:132
msgid "COUNT and UNTIL cannot both be given"
msgstr "COUNT and UNTIL cannot both be given"

#: Sources/KosCore/RecurrenceRule.swift:89
msgid "COUNT must be a positive integer"
msgstr "COUNT must be a positive integer"

#: Sources/KosServer/ConsoleHealth.swift:101
msgid "Cadence against caps"
msgstr "Cadence against caps"

#: Sources/KosServer/ConsoleHealth.swift:100
msgid "Cadence is shown against the calendar's caps, in name order; kosflow keeps no follower, like or ranking figures."
msgstr "Cadence is shown against the calendar's caps, in name order; kosflow keeps no follower, like or ranking figures."

#: Sources/KosServer/ConsolePages.swift:277
msgid "Campaign kit"
msgstr "Campaign kit"

#: Sources/KosCLI/LibraryCommand.swift:8
msgid "Campaign kits the brand approved: start a post from one and fill in its slots."
msgstr "Campaign kits the brand approved: start a post from one and fill in its slots."

#: Sources/KosCLI/LibraryCommand.swift:31
msgid "Change only what is between 【 and 】: a post whose locked text is unchanged takes the kit's fast lane."
msgstr "Change only what is between 【 and 】: a post whose locked text is unchanged takes the kit's fast lane."

#: Sources/KosServer/ConsolePages.swift:282
msgid "Changes"
msgstr "Changes"

#. {0}: field("base")
#: Sources/KosServer/ConsolePages.swift:284
#, python-brace-format
msgid "Changes since revision {0}"
msgstr "Changes since revision {0}"

#. {0}: field("base")
#: Sources/KosServer/ConsolePages.swift:283
#, python-brace-format
msgid "Changes since revision {0} (the one you decided on)"
msgstr "Changes since revision {0} (the one you decided on)"

#: Sources/KosCLI/DraftCommands.swift:49
msgid "Check a draft locally, then submit it to its workflow."
msgstr "Check a draft locally, then submit it to its workflow."

#: Sources/KosCLI/LintCommand.swift:22
msgid "Check drafts against brand guidelines and advertising law before submitting."
msgstr "Check drafts against brand guidelines and advertising law before submitting."

#: Sources/KosCLI/LintCommand.swift:37
msgid "Check for this platform instead of the draft's own platforms."
msgstr "Check for this platform instead of the draft's own platforms."

#: Sources/KosCLI/AuditCommand.swift:16
msgid "Check the audit log's hash chain; names the first changed, removed or reordered entry."
msgstr "Check the audit log's hash chain; names the first changed, removed or reordered entry."

#: Sources/KosCLI/PacksCommand.swift:20
msgid "Check the drafts in review and the scheduled posts with changed packs: what becomes flagged, what is cleared."
msgstr "Check the drafts in review and the scheduled posts with changed packs: what becomes flagged, what is cleared."

#: Sources/KosCLI/ValidateCommand.swift:15
msgid "Check workflow, calendar, endpoint and guideline definitions."
msgstr "Check workflow, calendar, endpoint and guideline definitions."

#: Sources/KosCLI/KosCommand.swift:14
msgid "Check, submit and follow KOS content through your brand's compliance workflows."
msgstr "Check, submit and follow KOS content through your brand's compliance workflows."

#: Sources/KosServer/Console.swift:252
msgid "Choose Approve, Reject or Request changes."
msgstr "Choose Approve, Reject or Request changes."

#. {0}: field("reference")
#: Sources/KosServer/ConsolePages.swift:280
#, python-brace-format
msgid "Claims the campaign kit {0}, but does not match it"
msgstr "Claims the campaign kit {0}, but does not match it"

#: Sources/KosDefinitions/Language.swift:294
msgid "Claims wherever they appear (国家级, 全网最低价)."
msgstr "Claims wherever they appear (国家级, 全网最低价)."

#: Sources/KosServer/ConsoleHealth.swift:87
msgid "Cleared at the first revision"
msgstr "Cleared at the first revision"

#: Sources/KosServer/ConsolePages.swift:291
msgid "Comment (optional)"
msgstr "Comment (optional)"

#: Sources/KosCLI/CalendarCommand.swift:11
msgid "Content calendars: upcoming slots and bookings, iCalendar export, dry runs."
msgstr "Content calendars: upcoming slots and bookings, iCalendar export, dry runs."

#: Sources/kosd/Kosd.swift:101
msgid "Copy the SQLite store to a file, consistently, while kosd runs."
msgstr "Copy the SQLite store to a file, consistently, while kosd runs."

#: Sources/KosDefinitions/Language.swift:320
msgid "Count as this platform does (see the platform table)."
msgstr "Count as this platform does (see the platform table)."

#: Sources/KosDefinitions/Language.swift:304
msgid "Counts of something."
msgstr "Counts of something."

#: Sources/kosd/Kosd.swift:223
msgid "Create a person's API token and print it once (only its SHA-256 is stored)."
msgstr "Create a person's API token and print it once (only its SHA-256 is stored)."

#: Sources/KosCLI/DeliveriesCommand.swift:17
msgid "Created since this RFC 3339 time."
msgstr "Created since this RFC 3339 time."

#: Sources/KosCLI/DraftCommands.swift:242
msgid "DECISION"
msgstr "DECISION"

#: Sources/KosCLI/EndpointsCommand.swift:30
msgid "DELIVERIES"
msgstr "DELIVERIES"

#: Sources/KosCLI/EndpointsCommand.swift:30
msgid "DESTINATION"
msgstr "DESTINATION"

#: Sources/KosCLI/DraftCommands.swift:247
msgid "DETAILS"
msgstr "DETAILS"

#: Sources/KosCLI/PacksCommand.swift:21
msgid "DIR holds the changed definitions (a copy of Workflows/ with the edit). Each draft is checked with the packs of its workflow in DIR and compared with the findings its run recorded. Reviewers and admins see every draft routed to them. Exit 0 when nothing changes, 1 when some draft becomes blocked, 2 when it cannot run."
msgstr "DIR holds the changed definitions (a copy of Workflows/ with the edit). Each draft is checked with the packs of its workflow in DIR and compared with the findings its run recorded. Reviewers and admins see every draft routed to them. Exit 0 when nothing changes, 1 when some draft becomes blocked, 2 when it cannot run."

#: Sources/KosCLI/DeliveriesCommand.swift:32
msgid "DRAFT"
msgstr "DRAFT"

#: Sources/KosCLI/LintCommand.swift:220
msgid "DRAFTS"
msgstr "DRAFTS"

#: Sources/kosd/Kosd.swift:240
msgid "Days until the token expires; default never."
msgstr "Days until the token expires; default never."

#: Sources/KosDefinitions/Language.swift:95
msgid "Decide the step without reviewers when this condition holds (recorded as kosflow's approval)."
msgstr "Decide the step without reviewers when this condition holds (recorded as kosflow's approval)."

#. {0}: field("waitingFor")
#: Sources/KosServer/ConsolePages.swift:273
#, python-brace-format
msgid "Decided by {0}."
msgstr "Decided by {0}."

#: Sources/KosServer/ConsolePages.swift:300
msgid "Decisions"
msgstr "Decisions"

#: Sources/KosDefinitions/Language.swift:227
msgid "Delays before each attempt; after the last the delivery is dead-lettered."
msgstr "Delays before each attempt; after the last the delivery is dead-lettered."

#: Sources/KosServer/ConsoleHealth.swift:92
msgid "Deliveries"
msgstr "Deliveries"

#: Sources/KosCLI/DeliveriesCommand.swift:14
msgid "Deliveries, newest first."
msgstr "Deliveries, newest first."

#: Sources/KosDefinitions/Language.swift:233
msgid "Disable the endpoint when every delivery has failed for this long; an admin enables it again."
msgstr "Disable the endpoint when every delivery has failed for this long; an admin enables it again."

#: Sources/KosCLI/CalendarCommand.swift:29
msgid "Do not ask kosd (show: slots without bookings; export and simulate never ask)."
msgstr "Do not ask kosd (show: slots without bookings; export and simulate never ask)."

#: Sources/KosCLI/LintCommand.swift:28
msgid "Draft files (Markdown with YAML front matter) or folders of them (*.md); - reads standard input."
msgstr "Draft files (Markdown with YAML front matter) or folders of them (*.md); - reads standard input."

#: Sources/KosCLI/DraftCommands.swift:173
msgid "Drafts waiting for your decision."
msgstr "Drafts waiting for your decision."

#: Sources/KosCLI/CalendarCommand.swift:285
msgid "Dry-run a period: slots, caps, blackouts, clock changes and jitter, each explained."
msgstr "Dry-run a period: slots, caps, blackouts, clock changes and jitter, each explained."

#: Sources/kosd/Options.swift:37
msgid "Due steps a worker claims at once; their results commit together, one fsync (kosd.yaml 'batch_size'). Default: 16."
msgstr "Due steps a worker claims at once; their results commit together, one fsync (kosd.yaml 'batch_size'). Default: 16."

#: Sources/KosCLI/DeliveriesCommand.swift:32
#: Sources/KosCLI/EndpointsCommand.swift:30
msgid "ENDPOINT"
msgstr "ENDPOINT"

#: Sources/KosCLI/ReportCommand.swift:97
msgid "ESCALATED"
msgstr "ESCALATED"

#: Sources/KosCLI/ReportCommand.swift:97
msgid "EXPIRED"
msgstr "EXPIRED"

#: Sources/kosd/Kosd.swift:183
msgid "EXPIRES"
msgstr "EXPIRES"

#: Sources/KosCLI/DeliveriesCommand.swift:73
msgid "Each goes out under its own webhook-id with the endpoint's whole retry schedule; its run resumes at that step."
msgstr "Each goes out under its own webhook-id with the endpoint's whole retry schedule; its run resumes at that step."

#: Sources/KosServer/Console.swift:75
msgid "Each sign-in link works once. Ask for a new one: kos review-link"
msgstr "Each sign-in link works once. Ask for a new one: kos review-link"

#. {0}: e.products.joined(separator: ", ")
#: Sources/KosCLI/CalendarCommand.swift:245
#, python-brace-format
msgid "Embargo lifts · {0}"
msgstr "Embargo lifts · {0}"

#: Sources/KosCLI/EndpointsCommand.swift:45
msgid "Enable a disabled endpoint again (admins)."
msgstr "Enable a disabled endpoint again (admins)."

#: Sources/KosCLI/ReportCommand.swift:15
msgid "End of the period (exclusive): a date or an RFC 3339 time; default: now."
msgstr "End of the period (exclusive): a date or an RFC 3339 time; default: now."

#: Sources/KosDefinitions/Language.swift:153
msgid "End, local date-time."
msgstr "End, local date-time."

#: Sources/KosCLI/CalendarCommand.swift:21
msgid "End, written like --from. Default: two weeks after --from (90 days for export)."
msgstr "End, written like --from. Default: two weeks after --from (90 days for export)."

#: Sources/KosCLI/EndpointsCommand.swift:8
msgid "Endpoints' health: enabled or not, circuit breaker, deliveries."
msgstr "Endpoints' health: enabled or not, circuit breaker, deliveries."

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:28
#, python-brace-format
msgid "Error: Missing expected argument '{0}'"
msgstr "Error: Missing expected argument '{0}'"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:31
#, python-brace-format
msgid "Error: Missing value for '{0}'"
msgstr "Error: Missing value for '{0}'"

#. {0}: $0[0]
#. {1}: $0[1]
#: Sources/KosCLI/ParserText.swift:35
#, python-brace-format
msgid "Error: The value '{0}' is invalid for '{1}'"
msgstr "Error: The value '{0}' is invalid for '{1}'"

#. {0}: $0[0]
#. {1}: $0[1]
#. {2}: $0[2]
#: Sources/KosCLI/ParserText.swift:33
#, python-brace-format
msgid "Error: The value '{0}' is invalid for '{1}'. Please provide one of {2}."
msgstr "Error: The value '{0}' is invalid for '{1}'. Please provide one of {2}."

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:30
#, python-brace-format
msgid "Error: Unexpected argument '{0}'"
msgstr "Error: Unexpected argument '{0}'"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:29
#, python-brace-format
msgid "Error: Unknown option '{0}'"
msgstr "Error: Unknown option '{0}'"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:36
#, python-brace-format
msgid "Error: {0}"
msgstr "Error: {0}"

#: Sources/KosCLI/CalendarCommand.swift:286
msgid "Every associate named asks for every slot in turn; the output says when each post would go out, or why not."
msgstr "Every associate named asks for every slot in turn; the output says when each post would go out, or why not."

#: Sources/KosCLI/DeliveriesCommand.swift:75
msgid "Every dead letter of this endpoint."
msgstr "Every dead letter of this endpoint."

#: Sources/KosCLI/EndpointsCommand.swift:13
msgid "Every endpoint with its health."
msgstr "Every endpoint with its health."

#: Sources/KosCLI/PeopleCommand.swift:15
msgid "Everyone in the directory (admins), or yourself."
msgstr "Everyone in the directory (admins), or yourself."

#: Sources/KosDefinitions/Language.swift:322
msgid "Exact brand casing."
msgstr "Exact brand casing."

#: Sources/kosd/Kosd.swift:42
msgid "Exit status 0 when everything is valid, 1 with every problem located otherwise. The settings in force are printed."
msgstr "Exit status 0 when everything is valid, 1 with every problem located otherwise. The settings in force are printed."

#: Sources/KosCLI/AuditCommand.swift:17
msgid "Exit status: 0 intact, 1 broken (or refused), 2 cannot ask."
msgstr "Exit status: 0 intact, 1 broken (or refused), 2 cannot ask."

#: Sources/KosCLI/LintCommand.swift:220
msgid "FINDINGS"
msgstr "FINDINGS"

#: Sources/KosCore/RecurrenceRule.swift:131
msgid "FREQ is required"
msgstr "FREQ is required"

#. {0}: Frequency.allCases.map(\.rawValue).joined(separator: ", ")
#: Sources/KosCore/RecurrenceRule.swift:82
#, python-brace-format
msgid "FREQ must be one of {0}"
msgstr "FREQ must be one of {0}"

#: Sources/KosDefinitions/Language.swift:319
msgid "Fewest characters."
msgstr "Fewest characters."

#: Sources/KosCLI/CalendarCommand.swift:24
msgid "Files or folders holding the calendars."
msgstr "Files or folders holding the calendars."

#: Sources/KosCLI/ValidateCommand.swift:21
msgid "Files or folders to check."
msgstr "Files or folders to check."

#. {0}: field("findingCount")
#: Sources/KosServer/ConsolePages.swift:285
#, python-brace-format
msgid "Findings ({0})"
msgstr "Findings ({0})"

#: Sources/KosDefinitions/Language.swift:81
msgid "Findings at or above this level stop the run."
msgstr "Findings at or above this level stop the run."

#: Sources/KosCLI/ValidateCommand.swift:24
msgid "Folder holding the Mustache templates. Default: Templates/ beside each file's folder."
msgstr "Folder holding the Mustache templates. Default: Templates/ beside each file's folder."

#: Sources/kosd/Options.swift:31
msgid "Folder of payload templates (kosd.yaml 'templates'). Default: Templates."
msgstr "Folder of payload templates (kosd.yaml 'templates'). Default: Templates."

#: Sources/kosd/Options.swift:28
msgid "Folder of workflow definitions (kosd.yaml 'workflows'). Default: Workflows."
msgstr "Folder of workflow definitions (kosd.yaml 'workflows'). Default: Workflows."

#: Sources/KosCLI/LintCommand.swift:31
msgid "Folder of workflow definitions and packs."
msgstr "Folder of workflow definitions and packs."

#: Sources/KosCLI/DraftCommands.swift:62
msgid "Folder of workflow definitions for the local check."
msgstr "Folder of workflow definitions for the local check."

#: Sources/KosCLI/ReportCommand.swift:9
msgid "For reviewers and admins. The period is the drafts submitted in it (default: the last 30 days). There are no follower, like or ranking figures; cadence is per associate and store against the calendar's caps, in name order."
msgstr "For reviewers and admins. The period is the drafts submitted in it (default: the last 30 days). There are no follower, like or ranking figures; cadence is per associate and store against the calendar's caps, in name order."

#: Sources/KosServer/ConsolePages.swift:276
msgid "Found in the pictures"
msgstr "Found in the pictures"

#: Sources/KosDefinitions/Language.swift:301
msgid "Found text → the wording to use."
msgstr "Found text → the wording to use."

#: Sources/KosCLI/CalendarCommand.swift:163
msgid "Fri"
msgstr "Fri"

#: Sources/KosCLI/PeopleCommand.swift:133
msgid "From the moment (now, or --at), nothing more is published for them and their tokens and console sessions stop working. Their posts in review and scheduled are handed over or cancelled as each workflow's 'offboarding:' says; company-owned accounts pass to the successor; their posts still live on their own accounts are listed and a recall is asked of each gateway that takes one. Running it again changes nothing."
msgstr "From the moment (now, or --at), nothing more is published for them and their tokens and console sessions stop working. Their posts in review and scheduled are handed over or cancelled as each workflow's 'offboarding:' says; company-owned accounts pass to the successor; their posts still live on their own accounts are listed and a recall is asked of each gateway that takes one. Running it again changes nothing."

#. {0}: slot.source
#. {1}: c.timeZone
#. {2}: LocalTime.format(slot.local)
#: Sources/KosCLI/CalendarCommand.swift:232
#, python-brace-format
msgid "From {0} in {1}, {2} local."
msgstr "From {0} in {1}, {2} local."

#: Sources/KosCLI/PeopleCommand.swift:30
#: Sources/kosd/Kosd.swift:211
msgid "GROUPS"
msgstr "GROUPS"

#: Sources/KosDefinitions/Language.swift:38
msgid "Guideline packs (built-in or from `Workflows/`) that `check` steps apply by default."
msgstr "Guideline packs (built-in or from `Workflows/`) that `check` steps apply by default."

#: Sources/KosCLI/PacksCommand.swift:11
msgid "Guideline packs: what a change would do before it ships."
msgstr "Guideline packs: what a change would do before it ships."

#. {0}: doc.id
#: Sources/KosDefinitions/DefinitionLoader.swift:216
#, python-brace-format
msgid "Guidelines '{0}' is a built-in pack; give yours another id"
msgstr "Guidelines '{0}' is a built-in pack; give yours another id"

#: Sources/KosCLI/PeopleCommand.swift:194
msgid "HANDLE"
msgstr "HANDLE"

#: Sources/KosServer/ConsolePages.swift:200
msgid "Health"
msgstr "Health"

#: Sources/KosServer/ConsoleHealth.swift:91
msgid "Held"
msgstr "Held"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:37
#, python-brace-format
msgid "Help:  {0}"
msgstr "Help:  {0}"

#: Sources/KosServer/ConsolePages.swift:300
msgid "History"
msgstr "History"

#: Sources/KosDefinitions/Language.swift:65
msgid "How a failed step is retried."
msgstr "How a failed step is retried."

#: Sources/kosd/Serve.swift:105
msgid "How long a stop waits for steps in hand, e.g. 30s (kosd.yaml 'drain_timeout')."
msgstr "How long a stop waits for steps in hand, e.g. 30s (kosd.yaml 'drain_timeout')."

#: Sources/kosd/Serve.swift:26
msgid "How long an idle worker waits before looking for due steps again, in milliseconds; the supervisor wakes it at once when the API writes."
msgstr "How long an idle worker waits before looking for due steps again, in milliseconds; the supervisor wakes it at once when the API writes."

#: Sources/KosCLI/LintCommand.swift:52
msgid "How long one draft's checks may take, e.g. 20s or 500ms; a draft not fully checked in time gets a blocking finding (kosflow/check-budget)."
msgstr "How long one draft's checks may take, e.g. 20s or 500ms; a draft not fully checked in time gets a blocking finding (kosflow/check-budget)."

#: Sources/kosd/Options.swift:40
msgid "How long one draft's guideline checks may take, e.g. 20s; past it the draft is blocked as not checked in time (kosd.yaml 'checks.budget')."
msgstr "How long one draft's guideline checks may take, e.g. 20s; past it the draft is blocked as not checked in time (kosd.yaml 'checks.budget')."

#: Sources/KosDefinitions/Language.swift:91
msgid "How long reviewers have."
msgstr "How long reviewers have."

#: Sources/KosDefinitions/Language.swift:64
msgid "How long the step may take before it fails."
msgstr "How long the step may take before it fails."

#: Sources/KosDefinitions/Language.swift:90
msgid "How many must approve: `any` (one), `all`, or a number N."
msgstr "How many must approve: `any` (one), `all`, or a number N."

#: Sources/KosDefinitions/Language.swift:124
msgid "IANA zone the slots, blackouts and embargoes are written in."
msgstr "IANA zone the slots, blackouts and embargoes are written in."

#: Sources/KosCore/RecurrenceRule.swift:86
msgid "INTERVAL must be a positive integer"
msgstr "INTERVAL must be a positive integer"

#: Sources/kosd/Kosd.swift:183
msgid "ISSUED"
msgstr "ISSUED"

#: Sources/KosDefinitions/Language.swift:313
msgid "If one thing is present, another must be."
msgstr "If one thing is present, another must be."

#: Sources/KosCLI/PeopleCommand.swift:83
msgid "Import the HR export (CSV: id,name,role,store,manager,groups,accounts); admins."
msgstr "Import the HR export (CSV: id,name,role,store,manager,groups,accounts); admins."

#: Sources/KosServer/Console.swift:152
#: Sources/KosServer/ConsolePages.swift:200
msgid "Inbox"
msgstr "Inbox"

#. {0}: b
#: Sources/KosCLI/CalendarCommand.swift:233
#, python-brace-format
msgid "Inside a blackout: {0}. Nothing is published."
msgstr "Inside a blackout: {0}. Nothing is published."

#: Sources/kosd/Kosd.swift:139
msgid "Issue and revoke API tokens."
msgstr "Issue and revoke API tokens."

#: Sources/KosDefinitions/Language.swift:174
msgid "Its name, e.g. 上海国金中心店."
msgstr "Its name, e.g. 上海国金中心店."

#: Sources/KosCLI/LintCommand.swift:49
msgid "Judge embargoes as of this time (ISO 8601, e.g. 2026-12-05T09:00:00+08:00). Default: now."
msgstr "Judge embargoes as of this time (ISO 8601, e.g. 2026-12-05T09:00:00+08:00). Default: now."

#: Sources/KosCLI/LibraryCommand.swift:22
msgid "KIT"
msgstr "KIT"

#. {0}: c.id
#: Sources/KosCLI/CalendarCommand.swift:227
#, python-brace-format
msgid "KOS slot · {0}"
msgstr "KOS slot · {0}"

#. {0}: c.id
#: Sources/KosCLI/CalendarCommand.swift:229
#, python-brace-format
msgid "KOS slot · {0} (blackout)"
msgstr "KOS slot · {0} (blackout)"

#. {0}: c.id
#. {1}: platforms
#: Sources/KosCLI/CalendarCommand.swift:228
#, python-brace-format
msgid "KOS slot · {0} · {1}"
msgstr "KOS slot · {0} · {1}"

#. {0}: c.id
#. {1}: platforms
#: Sources/KosCLI/CalendarCommand.swift:230
#, python-brace-format
msgid "KOS slot · {0} · {1} (blackout)"
msgstr "KOS slot · {0} · {1} (blackout)"

#. {0}: c.id
#: Sources/KosCLI/CalendarCommand.swift:211
#, python-brace-format
msgid "KOS slots: {0}"
msgstr "KOS slots: {0}"

#: Sources/KosCLI/DeliveriesCommand.swift:32
msgid "LAST ATTEMPT"
msgstr "LAST ATTEMPT"

#: Sources/KosCLI/DeliveriesCommand.swift:64
msgid "LATENCY"
msgstr "LATENCY"

#: Sources/KosCLI/LintCommand.swift:46
msgid "Largest draft accepted, in bytes."
msgstr "Largest draft accepted, in bytes."

#: Sources/KosServer/ConsolePages.swift:234
msgid "Later →"
msgstr "Later →"

#: Sources/KosDefinitions/Language.swift:331
msgid "Launch time, local date-time."
msgstr "Launch time, local date-time."

#: Sources/kosd/Options.swift:34
msgid "Lease on a claimed step, e.g. 30s (kosd.yaml 'lease', KOSD_LEASE); a dead worker's step returns after it. Default: 30s."
msgstr "Lease on a claimed step, e.g. 30s (kosd.yaml 'lease', KOSD_LEASE); a dead worker's step returns after it. Default: 30s."

#: Sources/kosd/Options.swift:49
msgid "Least severe level logged: trace, debug, info, notice, warning, error, critical (kosd.yaml 'log.level'). Default: info."
msgstr "Least severe level logged: trace, debug, info, notice, warning, error, critical (kosd.yaml 'log.level'). Default: info."

#: Sources/KosDefinitions/Language.swift:317
msgid "Length limits, counted as the platform counts."
msgstr "Length limits, counted as the platform counts."

#: Sources/KosCLI/DraftCommands.swift:157
msgid "List drafts: yours, those routed to your groups, or all for admins."
msgstr "List drafts: yours, those routed to your groups, or all for admins."

#: Sources/kosd/Kosd.swift:198
msgid "List the people the store knows: role, store, reviewer groups, and how many tokens let them in."
msgstr "List the people the store knows: role, store, reviewer groups, and how many tokens let them in."

#: Sources/kosd/Kosd.swift:166
msgid "List the tokens issued: whose, when, until when, and whether they still let their holder in."
msgstr "List the tokens issued: whose, when, until when, and whether they still let their holder in."

#: Sources/kosd/Options.swift:46
msgid "Log format: auto (journal under systemd, else plain), plain, journal or json (kosd.yaml 'log.format')."
msgstr "Log format: auto (journal under systemd, else plain), plain, journal or json (kosd.yaml 'log.format')."

#: Sources/KosDefinitions/Language.swift:297
msgid "Longer innocent phrases that always pass."
msgstr "Longer innocent phrases that always pass."

#: Sources/KosDefinitions/Language.swift:290
msgid "Longer innocent phrases that contain a term (最近 is not 最)."
msgstr "Longer innocent phrases that contain a term (最近 is not 最)."

#: Sources/KosCLI/LintCommand.swift:40
msgid "Lowest level that fails the run: error, warning or suggestion."
msgstr "Lowest level that fails the run: error, warning or suggestion."

#: Sources/KosCLI/PeopleCommand.swift:30
msgid "MANAGER"
msgstr "MANAGER"

#. {0}: field("reference")
#: Sources/KosServer/ConsolePages.swift:278
#, python-brace-format
msgid "Made from the campaign kit {0}"
msgstr "Made from the campaign kit {0}"

#: Sources/KosDefinitions/Language.swift:291
#: Sources/KosDefinitions/Language.swift:302
#: Sources/KosDefinitions/Language.swift:327
msgid "Match regardless of case."
msgstr "Match regardless of case."

#: Sources/KosCLI/CalendarCommand.swift:159
msgid "Mon"
msgstr "Mon"

#: Sources/KosDefinitions/Language.swift:318
msgid "Most characters."
msgstr "Most characters."

#: Sources/KosDefinitions/Language.swift:147
msgid "Most posts in the window."
msgstr "Most posts in the window."

#: Sources/KosDefinitions/Language.swift:127
msgid "Most posts per creator, store, platform or campaign in a sliding window."
msgstr "Most posts per creator, store, platform or campaign in a sliding window."

#: Sources/KosCLI/PeopleCommand.swift:30
msgid "NAME"
msgstr "NAME"

#: Sources/KosCLI/CalendarCommand.swift:143
msgid "NOTE"
msgstr "NOTE"

#: Sources/KosDefinitions/Language.swift:330
msgid "Names or SKUs."
msgstr "Names or SKUs."

#: Sources/KosServer/ConsoleHealth.swift:102
msgid "No calendar slots booked or fired around this period."
msgstr "No calendar slots booked or fired around this period."

#: Sources/KosServer/Console.swift:252
msgid "No decision"
msgstr "No decision"

#: Sources/KosCore/API.swift:489
msgid "No platform takes media of this type"
msgstr "No platform takes media of this type"

#: Sources/KosServer/Console.swift:355
msgid "No such link"
msgstr "No such link"

#: Sources/KosCore/API.swift:476
msgid "No such resource"
msgstr "No such resource"

#: Sources/KosServer/Console.swift:81
msgid "No such sign-in link"
msgstr "No such sign-in link"

#: Sources/KosCore/API.swift:479
msgid "No such workflow"
msgstr "No such workflow"

#: Sources/KosCore/API.swift:475
msgid "Nobody approves their own draft"
msgstr "Nobody approves their own draft"

#: Sources/KosDefinitions/Language.swift:201
msgid "Nor after this one (the end of the season)."
msgstr "Nor after this one (the end of the season)."

#. {0}: field("suppressed")
#: Sources/KosServer/ConsolePages.swift:288
#, python-brace-format
msgid "Not blocking: {0}"
msgstr "Not blocking: {0}"

#: Sources/KosDefinitions/Language.swift:200
msgid "Not to be used before this local time (2026-11-01T00:00)."
msgstr "Not to be used before this local time (2026-11-01T00:00)."

#: Sources/KosServer/ConsoleHealth.swift:121
msgid "Nothing in this period."
msgstr "Nothing in this period."

#: Sources/KosServer/ConsolePages.swift:235
msgid "Nothing waits for your decision."
msgstr "Nothing waits for your decision."

#: Sources/KosCLI/PeopleCommand.swift:194
msgid "OPERATOR"
msgstr "OPERATOR"

#: Sources/KosCLI/ParserText.swift:22
msgid "OPTIONS:"
msgstr "OPTIONS:"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:19
#, python-brace-format
msgid "OVERVIEW: {0}"
msgstr "OVERVIEW: {0}"

#: Sources/KosCLI/PeopleCommand.swift:194
msgid "OWNED BY"
msgstr "OWNED BY"

#: Sources/KosDefinitions/Language.swift:142
msgid "Occurrences added (RFC 5545 RDATE): local date-times, with the slot's platforms."
msgstr "Occurrences added (RFC 5545 RDATE): local date-times, with the slot's platforms."

#: Sources/KosDefinitions/Language.swift:141
msgid "Occurrences left out (RFC 5545 EXDATE): a local date leaves out that day's, a date-time that one."
msgstr "Occurrences left out (RFC 5545 EXDATE): a local date leaves out that day's, a date-time that one."

#: Sources/KosCLI/LintCommand.swift:67
msgid "On standard error: where the time went (packs, reading, checking, output) and the rules that cost the most."
msgstr "On standard error: where the time went (packs, reading, checking, output) and the rules that cost the most."

#: Sources/KosDefinitions/JSONSchema.swift:29
msgid "One YAML document: a Workflow, Calendar, Endpoint or Guidelines pack."
msgstr "One YAML document: a Workflow, Calendar, Endpoint or Guidelines pack."

#: Sources/KosCLI/DeliveriesCommand.swift:49
msgid "One delivery and every attempt: time, status, latency, answer."
msgstr "One delivery and every attempt: time, status, latency, answer."

#: Sources/KosCLI/PeopleCommand.swift:37
msgid "One person: role, store, accounts, away or leaving, and their handover."
msgstr "One person: role, store, accounts, away or leaving, and their handover."

#: Sources/KosDefinitions/Language.swift:126
msgid "One-off extra slots (local date-times)."
msgstr "One-off extra slots (local date-times)."

#: Sources/KosDefinitions/Language.swift:55
msgid "Only drafts for these platforms start a run."
msgstr "Only drafts for these platforms start a run."

#: Sources/KosCLI/DraftCommands.swift:159
msgid "Only drafts in this state (checking, awaiting-approval, scheduled, publishing, published, blocked, rejected, expired, failed, withdrawn)."
msgstr "Only drafts in this state (checking, awaiting-approval, scheduled, publishing, published, blocked, rejected, expired, failed, withdrawn)."

#: Sources/KosDefinitions/Language.swift:140
msgid "Only for these platforms. Default: all."
msgstr "Only for these platforms. Default: all."

#: Sources/KosDefinitions/Language.swift:88
msgid "Only reviewers of the submitter's own store may decide."
msgstr "Only reviewers of the submitter's own store may decide."

#: Sources/kosd/Kosd.swift:171
msgid "Only the tokens that still let their holder in."
msgstr "Only the tokens that still let their holder in."

#: Sources/KosCLI/CalendarCommand.swift:94
msgid "Only this associate's bookings."
msgstr "Only this associate's bookings."

#: Sources/KosCLI/DeliveriesCommand.swift:15
msgid "Only this endpoint's."
msgstr "Only this endpoint's."

#: Sources/KosCLI/DraftCommands.swift:189
msgid "Open it on your phone or laptop within 15 minutes: it signs you in once, for 12 hours. Sign out on the page, or ask an admin to revoke your access, to end the session."
msgstr "Open it on your phone or laptop within 15 minutes: it signs you in once, for 12 hours. Sign out on the page, or ask an admin to revoke your access, to end the session."

#: Sources/KosServer/Console.swift:245
msgid "Open the draft again and decide from the page."
msgstr "Open the draft again and decide from the page."

#: Sources/KosServer/Console.swift:280
msgid "Open the draft again and take the rewording from the page."
msgstr "Open the draft again and take the rewording from the page."

#: Sources/KosServer/Console.swift:356
msgid "Open the draft from your inbox instead."
msgstr "Open the draft from your inbox instead."

#: Sources/KosServer/Console.swift:73
msgid "Open the inbox"
msgstr "Open the inbox"

#: Sources/KosServer/Console.swift:176
msgid "Open the link again and approve from the page."
msgstr "Open the link again and approve from the page."

#: Sources/KosDefinitions/Language.swift:311
msgid "Or this pattern must match."
msgstr "Or this pattern must match."

#: Sources/KosCLI/CalendarCommand.swift:296
#: Sources/KosCLI/ValidateCommand.swift:27
#: Sources/KosCLI/Client/ClientOptions.swift:53
msgid "Output format: human or json."
msgstr "Output format: human or json."

#: Sources/KosCLI/LintCommand.swift:43
msgid "Output format: human, json or sarif."
msgstr "Output format: human, json or sarif."

#: Sources/KosCLI/ReportCommand.swift:106
msgid "PER"
msgstr "PER"

#: Sources/kosd/Kosd.swift:183
#: Sources/kosd/Kosd.swift:211
msgid "PERSON"
msgstr "PERSON"

#: Sources/KosCLI/PeopleCommand.swift:194
msgid "PLATFORM"
msgstr "PLATFORM"

#: Sources/KosCLI/CalendarCommand.swift:143
#: Sources/KosCLI/LibraryCommand.swift:22
msgid "PLATFORMS"
msgstr "PLATFORMS"

#: Sources/KosCLI/ReportCommand.swift:106
msgid "POSTED"
msgstr "POSTED"

#: Sources/KosDefinitions/Language.swift:193
msgid "Packs this slot's text is checked with, besides the workflow's."
msgstr "Packs this slot's text is checked with, besides the workflow's."

#: Sources/KosDefinitions/Language.swift:80
msgid "Packs to run. Default: the workflow's `guidelines`."
msgstr "Packs to run. Default: the workflow's `guidelines`."

#: Sources/KosCLI/LintCommand.swift:23
msgid "Packs: those given with --pack; else those of the draft's workflow; else every built-in pack. Exit status: 0 nothing at or above --fail-on, 1 blocking findings, 2 usage, configuration or unreadable input."
msgstr "Packs: those given with --pack; else those of the draft's workflow; else every built-in pack. Exit status: 0 nothing at or above --fail-on, 1 blocking findings, 2 usage, configuration or unreadable input."

#: Sources/KosDefinitions/Language.swift:225
msgid "Per attempt."
msgstr "Per attempt."

#: Sources/KosDefinitions/Language.swift:230
msgid "Permit loopback and private addresses (for on-premises gateways)."
msgstr "Permit loopback and private addresses (for on-premises gateways)."

#: Sources/KosCLI/ValidateCommand.swift:100
msgid "Point your editor at it: '# yaml-language-server: $schema=kos-v1.json' at the top of a file."
msgstr "Point your editor at it: '# yaml-language-server: $schema=kos-v1.json' at the top of a file."

#: Sources/KosDefinitions/Language.swift:97
msgid "Post a message (e.g. wecom-review.mustache, feishu-review.mustache) to a chat Endpoint when the draft reaches this step, with a signed link to it; never holds the step up."
msgstr "Post a message (e.g. wecom-review.mustache, feishu-review.mustache) to a chat Endpoint when the draft reaches this step, with a signed link to it; never holds the step up."

#. {0}: location.host
#. {1}: location.port
#. {2}: startTimeout
#: Sources/KosStore/PostgresStore.swift:122
#, python-brace-format
msgid "PostgreSQL at {0}:{1} did not answer within {2}"
msgstr "PostgreSQL at {0}:{1} did not answer within {2}"

#: Sources/KosStore/PostgresStore+Drafts.swift:185
msgid "PostgreSQL: the media link key cannot be read"
msgstr "PostgreSQL: the media link key cannot be read"

#: Sources/KosDefinitions/Language.swift:48
msgid "Posts still in checks or review: cancelled, or handed over to the successor."
msgstr "Posts still in checks or review: cancelled, or handed over to the successor."

#: Sources/KosDefinitions/Language.swift:300
msgid "Preferred wording."
msgstr "Preferred wording."

#: Sources/KosCLI/ValidateCommand.swift:99
msgid "Print the JSON Schema of the workflow language (for the YAML language server)."
msgstr "Print the JSON Schema of the workflow language (for the YAML language server)."

#: Sources/KosDefinitions/Language.swift:158
msgid "Product names or SKUs under embargo."
msgstr "Product names or SKUs under embargo."

#: Sources/KosDefinitions/Language.swift:296
msgid "Productive claims judged by the context grammar: superlative (最X), ordinal (第一X), uniqueness (唯一X), certainty (100%)."
msgstr "Productive claims judged by the context grammar: superlative (最X), ordinal (第一X), uniqueness (唯一X), certainty (100%)."

#: Sources/KosDefinitions/Language.swift:129
msgid "Products that must not appear before a time."
msgstr "Products that must not appear before a time."

#: Sources/KosDefinitions/Language.swift:329
msgid "Products that must not be mentioned before a time."
msgstr "Products that must not be mentioned before a time."

#: Sources/KosDefinitions/Language.swift:335
msgid "Program and arguments: the draft as JSON on stdin, findings as JSON on stdout."
msgstr "Program and arguments: the draft as JSON on stdin, findings as JSON on stdout."

#: Sources/KosDefinitions/Language.swift:116
msgid "Program and arguments; no shell is involved."
msgstr "Program and arguments; no shell is involved."

#: Sources/KosServer/Console.swift:197
#: Sources/KosServer/ConsoleHealth.swift:99
msgid "Program health"
msgstr "Program health"

#: Sources/KosCLI/DraftCommands.swift:242
msgid "REASON"
msgstr "REASON"

#: Sources/KosCLI/ReportCommand.swift:97
msgid "REJECTED"
msgstr "REJECTED"

#: Sources/KosCLI/DraftCommands.swift:385
msgid "REV"
msgstr "REV"

#: Sources/KosCLI/DraftCommands.swift:242
msgid "REVIEWER"
msgstr "REVIEWER"

#: Sources/KosCLI/DraftCommands.swift:242
msgid "REVISION"
msgstr "REVISION"

#: Sources/KosCLI/PeopleCommand.swift:30
#: Sources/kosd/Kosd.swift:183
#: Sources/kosd/Kosd.swift:211
msgid "ROLE"
msgstr "ROLE"

#: Sources/KosCLI/LintCommand.swift:220
#: Sources/KosCLI/ReportCommand.swift:101
msgid "RULE"
msgstr "RULE"

#: Sources/KosDefinitions/Language.swift:182
msgid "Raised with every change; a draft names the version it was made from."
msgstr "Raised with every change; a draft names the version it was made from."

#: Sources/KosServer/ConsolePages.swift:380
msgid "Read the draft first"
msgstr "Read the draft first"

#: Sources/KosCLI/LintCommand.swift:61
msgid "Read the draft's pictures: the packs over the text in them (Tesseract), their QR codes and barcodes (ZBar). Readings are kept by SHA-256 in $XDG_CACHE_HOME/kos/readings."
msgstr "Read the draft's pictures: the packs over the text in them (Tesseract), their QR codes and barcodes (ZBar). Readings are kept by SHA-256 in $XDG_CACHE_HOME/kos/readings."

#: Sources/KosServer/ConsolePages.swift:292
msgid "Reason (the author reads it)"
msgstr "Reason (the author reads it)"

#: Sources/KosServer/ConsolePages.swift:292
msgid "Reject"
msgstr "Reject"

#: Sources/KosCLI/DraftCommands.swift:277
msgid "Reject the revision of a draft you read, with a reason its author will see."
msgstr "Reject the revision of a draft you read, with a reason its author will see."

#: Sources/KosServer/Console.swift:293
msgid "Reload the page and sign out again."
msgstr "Reload the page and sign out again."

#: Sources/KosCLI/DraftCommands.swift:12
msgid "Remember the server and your token (in ~/.config/kos/config.yaml, mode 0600)."
msgstr "Remember the server and your token (in ~/.config/kos/config.yaml, mode 0600)."

#: Sources/KosDefinitions/Language.swift:70
msgid "Render a template and deliver it without blocking the run."
msgstr "Render a template and deliver it without blocking the run."

#: Sources/KosDefinitions/Language.swift:69
msgid "Render a template and deliver it, blocking until delivered."
msgstr "Render a template and deliver it, blocking until delivered."

#: Sources/KosCLI/ValidateCommand.swift:16
msgid "Reports every problem with its file, line and column. Exit status: 0 all valid, 1 something is invalid, 2 the command could not run."
msgstr "Reports every problem with its file, line and column. Exit status: 0 all valid, 1 something is invalid, 2 the command could not run."

#: Sources/KosServer/ConsolePages.swift:296
msgid "Request changes"
msgstr "Request changes"

#: Sources/KosServer/ConsolePages.swift:293
msgid "Request changes with a rewording"
msgstr "Request changes with a rewording"

#: Sources/kosd/Serve.swift:102
msgid "Requests each token may make, e.g. 20/s or 600/1m; a burst of three seconds' worth is allowed (kosd.yaml 'api.rate_limit')."
msgstr "Requests each token may make, e.g. 20/s or 600/1m; a burst of three seconds' worth is allowed (kosd.yaml 'api.rate_limit')."

#: Sources/kosd/Kosd.swift:273
msgid "Revoke every token of a person."
msgstr "Revoke every token of a person."

#: Sources/KosServer/ConsoleHealth.swift:90
msgid "Rules that blocked drafts"
msgstr "Rules that blocked drafts"

#: Sources/KosDefinitions/Language.swift:71
msgid "Run a local command: the draft as JSON on stdin, findings as JSON on stdout."
msgstr "Run a local command: the draft as JSON on stdin, findings as JSON on stdout."

#: Sources/KosDefinitions/Language.swift:66
msgid "Run guideline packs over the draft."
msgstr "Run guideline packs over the draft."

#: Sources/kosd/Serve.swift:19
msgid "Run steps from the store until stopped (kosd serve starts these)."
msgstr "Run steps from the store until stopped (kosd serve starts these)."

#: Sources/KosDefinitions/Language.swift:63
msgid "Run the step only when this condition holds (see Conditions)."
msgstr "Run the step only when this condition holds (see Conditions)."

#: Sources/KosCLI/LintCommand.swift:220
msgid "SHADOW"
msgstr "SHADOW"

#: Sources/KosCLI/CalendarCommand.swift:143
msgid "SLOT"
msgstr "SLOT"

#: Sources/KosCLI/LibraryCommand.swift:22
msgid "SLOTS"
msgstr "SLOTS"

#: Sources/KosCLI/DeliveriesCommand.swift:32
#: Sources/KosCLI/DraftCommands.swift:385
#: Sources/KosCLI/EndpointsCommand.swift:30
#: Sources/kosd/Kosd.swift:183
msgid "STATE"
msgstr "STATE"

#: Sources/KosCLI/DeliveriesCommand.swift:64
#: Sources/KosCLI/PeopleCommand.swift:30
msgid "STATUS"
msgstr "STATUS"

#: Sources/KosCLI/DraftCommands.swift:242
#: Sources/KosCLI/DraftCommands.swift:385
#: Sources/KosCLI/ReportCommand.swift:97
msgid "STEP"
msgstr "STEP"

#: Sources/KosCLI/PeopleCommand.swift:30
#: Sources/kosd/Kosd.swift:183
#: Sources/kosd/Kosd.swift:211
msgid "STORE"
msgstr "STORE"

#: Sources/KosCLI/ParserText.swift:23
msgid "SUBCOMMANDS:"
msgstr "SUBCOMMANDS:"

#: Sources/KosCLI/LintCommand.swift:220
msgid "SUPPRESSED"
msgstr "SUPPRESSED"

#: Sources/KosCLI/CalendarCommand.swift:164
msgid "Sat"
msgstr "Sat"

#. {0}: $0[1]
#: Sources/KosCLI/ParserText.swift:24
#, python-brace-format
msgid "See '{0}' for detailed help."
msgstr "See '{0}' for detailed help."

#. {0}: $0[1]
#: Sources/KosCLI/ParserText.swift:25
#, python-brace-format
msgid "See '{0}' for more information."
msgstr "See '{0}' for more information."

#: Sources/KosDefinitions/Language.swift:285
msgid "Self-tests run when the pack loads; a failing fixture refuses the pack."
msgstr "Self-tests run when the pack loads; a failing fixture refuses the pack."

#: Sources/KosCLI/DeliveriesCommand.swift:72
msgid "Send dead letters again (admins): one by id, or an endpoint's since a time."
msgstr "Send dead letters again (admins): one by id, or an endpoint's since a time."

#: Sources/kosd/Serve.swift:120
msgid "Serve the API and run the workflows with worker processes."
msgstr "Serve the API and run the workflows with worker processes."

#: Sources/kosd/Serve.swift:121
msgid "Settings come from /etc/kos/kosd.yaml (or --config), then KOSD_* variables, then flags. SIGHUP re-reads the configuration and the workflows: invalid ones are refused and the running definitions kept; runs already started keep the definitions they started with. SIGTERM drains: no new steps are claimed, steps in hand finish (up to drain_timeout), the rest are handed back, exit 0."
msgstr "Settings come from /etc/kos/kosd.yaml (or --config), then KOSD_* variables, then flags. SIGHUP re-reads the configuration and the workflows: invalid ones are refused and the running definitions kept; runs already started keep the definitions they started with. SIGTERM drains: no new steps are claimed, steps in hand finish (up to drain_timeout), the rest are handed back, exit 0."

#: Sources/KosServer/ConsolePages.swift:229
msgid "Show"
msgstr "Show"

#: Sources/KosCLI/ParserText.swift:27
msgid "Show help information."
msgstr "Show help information."

#: Sources/KosCLI/ParserText.swift:26
msgid "Show the version."
msgstr "Show the version."

#: Sources/KosCLI/PeopleCommand.swift:89
msgid "Show what would change, change nothing."
msgstr "Show what would change, change nothing."

#: Sources/KosCLI/LintCommand.swift:55
msgid "Show, for each claim found and each near-miss let pass, which rule and which step of the context grammar decided, and why."
msgstr "Show, for each claim found and each near-miss let pass, which rule and which step of the context grammar decided, and why."

#: Sources/KosDefinitions/Language.swift:154
msgid "Shown to the submitter whose post is moved."
msgstr "Shown to the submitter whose post is moved."

#: Sources/KosDefinitions/Language.swift:277
msgid "Shown with each finding; `%s` is replaced by the matched text. One text, or `{zh: …, en: …}`: each reader sees their language's (`KOS_LANG`, `LANG`; the API's `Accept-Language`), English where there is no Chinese and the other way round."
msgstr "Shown with each finding; `%s` is replaced by the matched text. One text, or `{zh: …, en: …}`: each reader sees their language's (`KOS_LANG`, `LANG`; the API's `Accept-Language`), English where there is no Chinese and the other way round."

#: Sources/KosServer/Console.swift:161
msgid "Sign in to review"
msgstr "Sign in to review"

#: Sources/KosServer/Console.swift:560
msgid "Sign in with a link"
msgstr "Sign in with a link"

#: Sources/KosServer/ConsolePages.swift:200
msgid "Sign out"
msgstr "Sign out"

#: Sources/KosDefinitions/Language.swift:224
msgid "Signature scheme."
msgstr "Signature scheme."

#: Sources/KosServer/Console.swift:72
msgid "Signed in"
msgstr "Signed in"

#. {0}: person.id
#: Sources/KosServer/Console.swift:73
#, python-brace-format
msgid "Signed in as {0}"
msgstr "Signed in as {0}"

#: Sources/KosServer/Console.swift:298
#: Sources/KosServer/Console.swift:299
msgid "Signed out"
msgstr "Signed out"

#: Sources/KosCLI/DraftCommands.swift:68
msgid "Skip the local check."
msgstr "Skip the local check."

#: Sources/KosCLI/CalendarCommand.swift:90
msgid "Slots come from the definitions; bookings from kosd when it answers (--offline: slots only)."
msgstr "Slots come from the definitions; bookings from kosd when it answers (--offline: slots only)."

#: Sources/KosCLI/PeopleCommand.swift:132
msgid "Someone leaves the program: nothing more is published for them, their work is handed over (admins)."
msgstr "Someone leaves the program: nothing more is published for them, their work is handed over (admins)."

#: Sources/KosDefinitions/Language.swift:309
msgid "Something must be present."
msgstr "Something must be present."

#: Sources/KosDefinitions/Language.swift:130
msgid "Spread posts so hundreds of associates do not hit a platform in the same second."
msgstr "Spread posts so hundreds of associates do not hit a platform in the same second."

#: Sources/KosCLI/ReportCommand.swift:14
msgid "Start of the period: a date (local midnight) or an RFC 3339 time; default: 30 days before --until."
msgstr "Start of the period: a date (local midnight) or an RFC 3339 time; default: 30 days before --until."

#: Sources/KosDefinitions/Language.swift:152
msgid "Start, local date-time."
msgstr "Start, local date-time."

#: Sources/KosCLI/CalendarCommand.swift:18
msgid "Start: a local date or date-time on the calendar's clock (2026-12-01, 2026-12-01T20:00) or RFC 3339. Default: now."
msgstr "Start: a local date or date-time on the calendar's clock (2026-12-01, 2026-12-01T20:00) or RFC 3339. Default: now."

#: Sources/KosServer/ConsolePages.swift:228
msgid "State"
msgstr "State"

#: Sources/KosServer/ConsolePages.swift:228
msgid "Store"
msgstr "Store"

#: Sources/KosCLI/DraftCommands.swift:115
msgid "Submit a new revision of a draft; its approvals start again."
msgstr "Submit a new revision of a draft; its approvals start again."

#: Sources/KosServer/ConsolePages.swift:297
msgid "Suggested rewording"
msgstr "Suggested rewording"

#. {0}: field("suggestion")
#: Sources/KosServer/ConsolePages.swift:287
#, python-brace-format
msgid "Suggested: {0}"
msgstr "Suggested: {0}"

#: Sources/KosCLI/CalendarCommand.swift:158
msgid "Sun"
msgstr "Sun"

#: Sources/KosCLI/DraftCommands.swift:247
msgid "TIME"
msgstr "TIME"

#: Sources/KosCLI/DraftCommands.swift:385
msgid "TITLE"
msgstr "TITLE"

#: Sources/kosd/Kosd.swift:183
msgid "TOKEN"
msgstr "TOKEN"

#: Sources/KosCLI/DraftCommands.swift:300
msgid "Take the rewording a reviewer suggested as your draft's next revision."
msgstr "Take the rewording a reviewer suggested as your draft's next revision."

#: Sources/KosDefinitions/Language.swift:289
msgid "Terms that must not appear."
msgstr "Terms that must not appear."

#: Sources/KosDefinitions/Language.swift:283
msgid "Texts the rule must flag."
msgstr "Texts the rule must flag."

#: Sources/KosDefinitions/Language.swift:284
msgid "Texts the rule must not flag."
msgstr "Texts the rule must not flag."

#: Sources/kosd/Serve.swift:96
msgid "The API's Unix socket (kosd.yaml 'api.socket'). Default: $RUNTIME_DIRECTORY/kosd.sock under systemd, else .kos/kosd.sock."
msgstr "The API's Unix socket (kosd.yaml 'api.socket'). Default: $RUNTIME_DIRECTORY/kosd.sock under systemd, else .kos/kosd.sock."

#: Sources/KosCLI/PeopleCommand.swift:88
msgid "The CSV file (UTF-8, as Excel's or WPS's 'CSV UTF-8' saves it)."
msgstr "The CSV file (UTF-8, as Excel's or WPS's 'CSV UTF-8' saves it)."

#: Sources/KosDefinitions/Language.swift:36
msgid "The Calendar whose slots `wait: {slot: …}` steps use."
msgstr "The Calendar whose slots `wait: {slot: …}` steps use."

#: Sources/KosDefinitions/Language.swift:110
msgid "The Endpoint to deliver to."
msgstr "The Endpoint to deliver to."

#: Sources/KosDefinitions/Language.swift:211
msgid "The agency's name, e.g. 星耀MCN."
msgstr "The agency's name, e.g. 星耀MCN."

#: Sources/KosDefinitions/Language.swift:197
msgid "The approved file's SHA-256: another file under the same name is not the kit's."
msgstr "The approved file's SHA-256: another file under the same name is not the kit's."

#: Sources/KosDefinitions/Language.swift:196
msgid "The approved image or video, as a draft names it."
msgstr "The approved image or video, as a draft names it."

#: Sources/KosDefinitions/Language.swift:199
msgid "The approved images and cover frames."
msgstr "The approved images and cover frames."

#: Sources/kosd/Kosd.swift:237
msgid "The boutique or store the person belongs to, e.g. SH-IFC."
msgstr "The boutique or store the person belongs to, e.g. SH-IFC."

#: Sources/KosDefinitions/Language.swift:245
msgid "The brand's exceptions to any pack's rules: a term a rule does not flag, for a reason, until a date."
msgstr "The brand's exceptions to any pack's rules: a term a rule does not flag, for a reason, until a date."

#: Sources/KosDefinitions/Language.swift:176
msgid "The brand's stores: a staff directory naming any other store is refused, row by row."
msgstr "The brand's stores: a staff directory naming any other store is refused, row by row."

#: Sources/KosCLI/CalendarCommand.swift:92
msgid "The calendar id (optional when only one is defined)."
msgstr "The calendar id (optional when only one is defined)."

#: Sources/KosCLI/CalendarCommand.swift:187
#: Sources/KosCLI/CalendarCommand.swift:288
msgid "The calendar id."
msgstr "The calendar id."

#: Sources/KosCLI/CalendarCommand.swift:294
msgid "The campaign the posts belong to."
msgstr "The campaign the posts belong to."

#: Sources/KosServer/ConsolePages.swift:289
msgid "The checks found nothing."
msgstr "The checks found nothing."

#: Sources/KosDefinitions/Language.swift:175
msgid "The city it is in."
msgstr "The city it is in."

#: Sources/KosDefinitions/Language.swift:202
msgid "The clock `valid_from` and `valid_until` are read on."
msgstr "The clock `valid_from` and `valid_until` are read on."

#: Sources/KosDefinitions/Language.swift:213
msgid "The collaboration models its creators work under with the brand."
msgstr "The collaboration models its creators work under with the brand."

#: Sources/KosDefinitions/Language.swift:117
msgid "The command is killed after this long and the step fails."
msgstr "The command is killed after this long and the step fails."

#: Sources/KosDefinitions/Language.swift:334
msgid "The compliance team's own checker."
msgstr "The compliance team's own checker."

#: Sources/KosDefinitions/Language.swift:314
msgid "The condition."
msgstr "The condition."

#: Sources/kosd/Options.swift:11
msgid "The configuration file. Default: $KOSD_CONFIG, else /etc/kos/kosd.yaml when it exists."
msgstr "The configuration file. Default: $KOSD_CONFIG, else /etc/kos/kosd.yaml when it exists."

#: Sources/KosDefinitions/Language.swift:323
msgid "The correct spellings; other casings are flagged."
msgstr "The correct spellings; other casings are flagged."

#: Sources/kosd/Options.swift:15
msgid "The database: a SQLite file, or postgres://USER@HOST[:PORT]/DATABASE for several hosts (kosd.yaml 'database', KOSD_DATABASE). Default: $STATE_DIRECTORY/kos.db under systemd, else .kos/kos.db."
msgstr "The database: a SQLite file, or postgres://USER@HOST[:PORT]/DATABASE for several hosts (kosd.yaml 'database', KOSD_DATABASE). Default: $STATE_DIRECTORY/kos.db under systemd, else .kos/kos.db."

#: Sources/KosServer/ConsolePages.swift:274
msgid "The draft"
msgstr "The draft"

#: Sources/KosServer/ConsolePages.swift:294
msgid "The draft as you would have it (the checks' suggested wording is already in); the author takes it in one step"
msgstr "The draft as you would have it (the checks' suggested wording is already in); the author takes it in one step"

#: Sources/KosServer/ConsolePages.swift:295
msgid "The draft as you would have it; the author takes it in one step"
msgstr "The draft as you would have it; the author takes it in one step"

#: Sources/KosCore/API.swift:478
msgid "The draft cannot be read"
msgstr "The draft cannot be read"

#: Sources/KosServer/Console.swift:359
msgid "The draft has changed"
msgstr "The draft has changed"

#: Sources/KosCore/API.swift:488
msgid "The draft has changed since you read it"
msgstr "The draft has changed since you read it"

#: Sources/KosCLI/DraftCommands.swift:117
msgid "The draft id (d-…)."
msgstr "The draft id (d-…)."

#: Sources/KosCLI/DraftCommands.swift:139
#: Sources/KosCLI/DraftCommands.swift:208
#: Sources/KosCLI/DraftCommands.swift:259
#: Sources/KosCLI/DraftCommands.swift:278
msgid "The draft id."
msgstr "The draft id."

#: Sources/KosCore/API.swift:481
msgid "The draft is not waiting for an approval"
msgstr "The draft is not waiting for an approval"

#: Sources/KosCore/API.swift:480
msgid "The draft's state does not allow this"
msgstr "The draft's state does not allow this"

#: Sources/KosCLI/DraftCommands.swift:56
msgid "The draft: Markdown with YAML front matter."
msgstr "The draft: Markdown with YAML front matter."

#: Sources/KosDefinitions/Language.swift:194
msgid "The editable slots."
msgstr "The editable slots."

#: Sources/KosCLI/EndpointsCommand.swift:46
msgid "The endpoint id."
msgstr "The endpoint id."

#: Sources/KosDefinitions/Language.swift:204
msgid "The endpoint told of each post held with the kit (withdrawn, out of season), for its author."
msgstr "The endpoint told of each post held with the kit (withdrawn, out of season), for its author."

#: Sources/kosd/Kosd.swift:108
msgid "The file to write; it must not exist yet."
msgstr "The file to write; it must not exist yet."

#: Sources/KosCLI/PacksCommand.swift:27
msgid "The folder of changed definitions."
msgstr "The folder of changed definitions."

#: Sources/KosServer/Console.swift:176
#: Sources/KosServer/Console.swift:245
#: Sources/KosServer/Console.swift:280
#: Sources/KosServer/Console.swift:293
msgid "The form has expired"
msgstr "The form has expired"

#: Sources/KosDefinitions/Language.swift:237
msgid "The gateway takes `post.recall` requests: when an associate leaves, each post of theirs still live on their own account is asked to be taken down."
msgstr "The gateway takes `post.recall` requests: when an associate leaves, each post of theirs still live on their own account is asked to be taken down."

#: Sources/KosDefinitions/Language.swift:93
msgid "The group that decides instead."
msgstr "The group that decides instead."

#: Sources/KosDefinitions/Language.swift:279
msgid "The guideline this rule enforces."
msgstr "The guideline this rule enforces."

#: Sources/KosDefinitions/Language.swift:186
msgid "The hashtags it may carry."
msgstr "The hashtags it may carry."

#: Sources/KosCLI/LibraryCommand.swift:32
msgid "The kit's id (or id@version)."
msgstr "The kit's id (or id@version)."

#: Sources/KosCLI/LibraryCommand.swift:13
msgid "The kits open now."
msgstr "The kits open now."

#: Sources/kosd/Kosd.swift:14
msgid "The kosflow daemon: runs workflows durably for a brand's KOS program."
msgstr "The kosflow daemon: runs workflows durably for a brand's KOS program."

#: Sources/KosCLI/PeopleCommand.swift:139
msgid "The leaver's id."
msgstr "The leaver's id."

#: Sources/KosDefinitions/Language.swift:82
msgid "The level of a QR code or barcode found in a picture (`error`: none may appear)."
msgstr "The level of a QR code or barcode found in a picture (`error`: none may appear)."

#: Sources/KosCore/API.swift:490
msgid "The media file is not what its name says"
msgstr "The media file is not what its name says"

#: Sources/KosDefinitions/Language.swift:267
msgid "The message in English."
msgstr "The message in English."

#: Sources/KosDefinitions/Language.swift:266
msgid "The message in Simplified Chinese."
msgstr "The message in Simplified Chinese."

#. {0}: current
#: Sources/KosServer/Console.swift:359
#, python-brace-format
msgid "The message was about an earlier revision; the draft is at revision {0} now. Read it before you decide: nothing was recorded."
msgstr "The message was about an earlier revision; the draft is at revision {0} now. Read it before you decide: nothing was recorded."

#: Sources/KosDefinitions/Language.swift:161
msgid "The name its findings carry (velocity-9-launch). Default: made from the first product (Velocity 9 → velocity-9)."
msgstr "The name its findings carry (velocity-9-launch). Default: made from the first product (Velocity 9 → velocity-9)."

#: Sources/KosDefinitions/Language.swift:205
msgid "The named slots (`id`) of its workflow's calendar that posts made from it may take. Default: any."
msgstr "The named slots (`id`) of its workflow's calendar that posts made from it may take. Default: any."

#: Sources/KosDefinitions/Language.swift:98
msgid "The notification's link may approve in one tap, for a signed-in reviewer who may decide (never on their own post)."
msgstr "The notification's link may approve in one tap, for a signed-in reviewer who may decide (never on their own post)."

#: Sources/KosDefinitions/Language.swift:243
msgid "The pack's rules (a pack may hold only exceptions)."
msgstr "The pack's rules (a pack may hold only exceptions)."

#: Sources/KosCLI/PacksCommand.swift:30
msgid "The payload templates the definitions name. Default: Templates beside the definitions' folder."
msgstr "The payload templates the definitions name. Default: Templates beside the definitions' folder."

#: Sources/kosd/Kosd.swift:228
msgid "The person's id, as they log in (e.g. li.na)."
msgstr "The person's id, as they log in (e.g. li.na)."

#: Sources/KosCLI/PeopleCommand.swift:38
#: Sources/kosd/Kosd.swift:277
msgid "The person's id."
msgstr "The person's id."

#: Sources/KosCLI/CalendarCommand.swift:292
msgid "The platforms each post goes to (repeatable). Default: any slot's platforms."
msgstr "The platforms each post goes to (repeatable). Default: any slot's platforms."

#: Sources/KosDefinitions/Language.swift:184
msgid "The platforms it may be posted on."
msgstr "The platforms it may be posted on."

#: Sources/KosDefinitions/Language.swift:185
msgid "The products a post made from it may name."
msgstr "The products a post made from it may name."

#: Sources/KosCLI/ReportCommand.swift:8
msgid "The program's health: approval times, first-pass rate, blocking rules, held posts, deliveries, cadence against caps."
msgstr "The program's health: approval times, first-pass rate, blocking rules, held posts, deliveries, cadence against caps."

#: Sources/KosCLI/PeopleCommand.swift:188
msgid "The register of platform accounts: who operates each, whose it is."
msgstr "The register of platform accounts: who operates each, whose it is."

#: Sources/KosCore/API.swift:477
msgid "The request is malformed"
msgstr "The request is malformed"

#: Sources/KosCore/API.swift:482
msgid "The request is too large"
msgstr "The request is too large"

#: Sources/KosServer/ConsolePages.swift:279
msgid "The rest is the kit's text, approved with it. The author wrote only this:"
msgstr "The rest is the kit's text, approved with it. The author wrote only this:"

#: Sources/KosCLI/PeopleCommand.swift:165
msgid "The reviewer's id."
msgstr "The reviewer's id."

#: Sources/KosCLI/DraftCommands.swift:118
msgid "The revised draft file."
msgstr "The revised draft file."

#: Sources/KosCLI/DraftCommands.swift:303
msgid "The revision whose suggestion you read; default: the one kos show last showed you."
msgstr "The revision whose suggestion you read; default: the one kos show last showed you."

#: Sources/KosCLI/DraftCommands.swift:260
#: Sources/KosCLI/DraftCommands.swift:281
msgid "The revision you read; default: the one kos show last showed you."
msgstr "The revision you read; default: the one kos show last showed you."

#: Sources/KosServer/Console.swift:262
msgid "The rewording is empty"
msgstr "The rewording is empty"

#: Sources/KosDefinitions/Language.swift:249
msgid "The rule it relaxes, `pack/rule` (e.g. prc-advertising-law/absolute-terms)."
msgstr "The rule it relaxes, `pack/rule` (e.g. prc-advertising-law/absolute-terms)."

#: Sources/KosDefinitions/Language.swift:274
msgid "The rule kind."
msgstr "The rule kind."

#: Sources/KosCLI/DraftCommands.swift:50
msgid "The same file submitted twice is the same draft: the idempotency key is the SHA-256 of the workflow and the content, so a retry after a timeout never creates a second draft. Local findings are shown; the daemon's checks decide."
msgstr "The same file submitted twice is the same draft: the idempotency key is the SHA-256 of the workflow and the content, so a retry after a timeout never creates a second draft. Local findings are shown; the daemon's checks decide."

#: Sources/KosCore/API.swift:484
msgid "The server failed"
msgstr "The server failed"

#: Sources/KosDefinitions/Language.swift:148
msgid "The sliding window."
msgstr "The sliding window."

#: Sources/KosCLI/CalendarCommand.swift:185
msgid "The slots, blackouts and embargo lifts as iCalendar (.ics)."
msgstr "The slots, blackouts and embargo lifts as iCalendar (.ics)."

#: Sources/KosCore/API.swift:492
msgid "The staff directory has mistakes; nothing was changed"
msgstr "The staff directory has mistakes; nothing was changed"

#: Sources/KosCLI/PeopleCommand.swift:8
msgid "The staff directory: import the HR export, see who is who, hand over when someone is away or leaves."
msgstr "The staff directory: import the HR export, see who is who, hand over when someone is away or leaves."

#: Sources/KosDefinitions/Language.swift:39
msgid "The steps, run in order."
msgstr "The steps, run in order."

#: Sources/KosCore/API.swift:486
msgid "The store cannot take writes now; nothing was changed"
msgstr "The store cannot take writes now; nothing was changed"

#: Sources/KosDefinitions/Language.swift:173
msgid "The store's code as the staff directory names it, e.g. `SH-IFC`."
msgstr "The store's code as the staff directory names it, e.g. `SH-IFC`."

#: Sources/KosServer/Console.swift:436
msgid "The suggested rewording is your new revision; it is checked and approved again."
msgstr "The suggested rewording is your new revision; it is checked and approved again."

#: Sources/KosDefinitions/Language.swift:234
msgid "The team that looks after this endpoint, e.g. `agency-ops`; named in alerts."
msgstr "The team that looks after this endpoint, e.g. `agency-ops`; named in alerts."

#: Sources/KosDefinitions/Language.swift:250
msgid "The text that may appear (e.g. 国家级非遗)."
msgstr "The text that may appear (e.g. 国家级非遗)."

#: Sources/KosDefinitions/Language.swift:188
msgid "The text: locked text with `{{slot}}` where the associate writes."
msgstr "The text: locked text with `{{slot}}` where the associate writes."

#: Sources/KosDefinitions/Language.swift:187
msgid "The title: locked text with `{{slot}}` where the associate writes."
msgstr "The title: locked text with `{{slot}}` where the associate writes."

#: Sources/kosd/Kosd.swift:224
msgid "The token alone goes to standard output, so it can be captured: TOKEN=$(kosd token create --user li.na --role creator --store SH-IFC)"
msgstr "The token alone goes to standard output, so it can be captured: TOKEN=$(kosd token create --user li.na --role creator --store SH-IFC)"

#: Sources/KosCLI/DeliveriesCommand.swift:50
msgid "The webhook-id (msg_…)."
msgstr "The webhook-id (msg_…)."

#: Sources/KosCLI/DeliveriesCommand.swift:74
msgid "The webhook-id (msg_…); or give --endpoint."
msgstr "The webhook-id (msg_…); or give --endpoint."

#: Sources/KosDefinitions/Language.swift:183
msgid "The workflow drafts made from it go to."
msgstr "The workflow drafts made from it go to."

#: Sources/KosCLI/DraftCommands.swift:59
msgid "The workflow; default: the draft's 'workflow:'."
msgstr "The workflow; default: the draft's 'workflow:'."

#: Sources/KosDefinitions/Language.swift:104
#: Sources/KosDefinitions/Language.swift:254
#: Sources/KosDefinitions/Language.swift:332
msgid "The zone of `until`."
msgstr "The zone of `until`."

#: Sources/KosCore/API.swift:487
msgid "This idempotency key was used for a different draft"
msgstr "This idempotency key was used for a different draft"

#: Sources/KosServer/Console.swift:355
msgid "This is not a link kosflow made, or it was changed."
msgstr "This is not a link kosflow made, or it was changed."

#: Sources/KosCore/API.swift:491
#: Sources/KosServer/Console.swift:78
#: Sources/KosServer/Console.swift:356
msgid "This link has expired"
msgstr "This link has expired"

#. {0}: t.draftID
#: Sources/KosServer/Console.swift:161
#, python-brace-format
msgid "This link opens {0} once you are signed in to the console on this phone or browser: ask for a sign-in link with kos review-link, open it here, then open this link again."
msgstr "This link opens {0} once you are signed in to the console on this phone or browser: ask for a sign-in link with kos review-link, open it here, then open this link again."

#: Sources/KosServer/Console.swift:75
msgid "This link was used"
msgstr "This link was used"

#: Sources/kosd/Serve.swift:23
msgid "This worker's name in leases and the audit log."
msgstr "This worker's name in leases and the audit log."

#: Sources/KosCLI/CalendarCommand.swift:162
msgid "Thu"
msgstr "Thu"

#: Sources/KosServer/ConsoleHealth.swift:89
msgid "Time to a decision, from the step being ready"
msgstr "Time to a decision, from the step being ready"

#: Sources/KosCore/API.swift:483
msgid "Too many requests"
msgstr "Too many requests"

#: Sources/KosCLI/CalendarCommand.swift:160
msgid "Tue"
msgstr "Tue"

#: Sources/KosCLI/LibraryCommand.swift:22
msgid "UNTIL"
msgstr "UNTIL"

#: Sources/KosCore/RecurrenceRule.swift:93
msgid "UNTIL must be a date (20261231) or date-time (20261231T235959Z)"
msgstr "UNTIL must be a date (20261231) or date-time (20261231T235959Z)"

#: Sources/KosCLI/DraftCommands.swift:385
msgid "UPDATED"
msgstr "UPDATED"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:20
#, python-brace-format
msgid "USAGE: {0}"
msgstr "USAGE: {0}"

#: Sources/KosServer/Console.swift:353
msgid "Unexpected"
msgstr "Unexpected"

#: Sources/KosDefinitions/Language.swift:15
msgid "Unique among definitions of the same kind; lower-case letters, digits and `-`."
msgstr "Unique among definitions of the same kind; lower-case letters, digits and `-`."

#: Sources/KosDefinitions/Language.swift:273
msgid "Unique in the pack; findings are named `pack/rule`."
msgstr "Unique in the pack; findings are named `pack/rule`."

#: Sources/KosDefinitions/Language.swift:62
msgid "Unique within the workflow; shown in `kos status` and the audit log."
msgstr "Unique within the workflow; shown in `kos status` and the audit log."

#: Sources/KosCLI/CalendarCommand.swift:89
msgid "Upcoming slots and what is booked into them."
msgstr "Upcoming slots and what is booked into them."

#: Sources/KosCLI/DraftCommands.swift:71
#: Sources/KosCLI/DraftCommands.swift:119
msgid "Upload media named outside the draft's folder (by default refused)."
msgstr "Upload media named outside the draft's folder (by default refused)."

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:38
#, python-brace-format
msgid "Usage: {0}"
msgstr "Usage: {0}"

#: Sources/KosCLI/DraftCommands.swift:65
msgid "Use this idempotency key instead of the content's hash."
msgstr "Use this idempotency key instead of the content's hash."

#. {0}: field("next")
#: Sources/KosServer/ConsolePages.swift:299
#, python-brace-format
msgid "Use this rewording as revision {0}"
msgstr "Use this rewording as revision {0}"

#: Sources/kosd/Kosd.swift:102
msgid "Uses SQLite's online backup: the copy holds every committed transition, including those still in the             write-ahead log (a plain copy of kos.db without its -wal file misses them). Restore by stopping kosd and             putting the copy in the store's place. A PostgreSQL store is backed up with pg_dump or the server's own tools."
msgstr "Uses SQLite's online backup: the copy holds every committed transition, including those still in the             write-ahead log (a plain copy of kos.db without its -wal file misses them). Restore by stopping kosd and             putting the copy in the store's place. A PostgreSQL store is backed up with pg_dump or the server's own tools."

#: Sources/kosd/Kosd.swift:41
msgid "Validate kosd.yaml, KOSD_* variables, flags and the workflows the daemon would load, then exit."
msgstr "Validate kosd.yaml, KOSD_* variables, flags and the workflows the daemon would load, then exit."

#: Sources/KosDefinitions/Language.swift:118
#: Sources/KosDefinitions/Language.swift:337
msgid "Variables the program gets besides PATH, LANG, LC_ALL and TZ; kosd's own environment, secrets included, is never passed on."
msgstr "Variables the program gets besides PATH, LANG, LC_ALL and TZ; kosd's own environment, secrets included, is never passed on."

#: Sources/KosCLI/AuditCommand.swift:9
msgid "Verify or export the audit log (admins)."
msgstr "Verify or export the audit log (admins)."

#: Sources/KosCLI/DeliveriesCommand.swift:32
msgid "WEBHOOK-ID"
msgstr "WEBHOOK-ID"

#: Sources/KosCLI/LibraryCommand.swift:22
msgid "WHAT"
msgstr "WHAT"

#: Sources/KosCLI/ReportCommand.swift:106
msgid "WHO"
msgstr "WHO"

#: Sources/KosCLI/EndpointsCommand.swift:30
msgid "WHY"
msgstr "WHY"

#: Sources/KosCore/RecurrenceRule.swift:120
msgid "WKST must be a weekday code (SU, MO, TU, WE, TH, FR, SA)"
msgstr "WKST must be a weekday code (SU, MO, TU, WE, TH, FR, SA)"

#: Sources/KosCLI/DraftCommands.swift:385
#: Sources/KosCLI/ReportCommand.swift:97
msgid "WORKFLOW"
msgstr "WORKFLOW"

#: Sources/KosDefinitions/Language.swift:76
msgid "Wait before the second attempt; doubled each time after."
msgstr "Wait before the second attempt; doubled each time after."

#: Sources/KosDefinitions/Language.swift:67
msgid "Wait for reviewers' decisions."
msgstr "Wait for reviewers' decisions."

#: Sources/KosDefinitions/Language.swift:68
msgid "Wait for the next calendar slot or an embargo."
msgstr "Wait for the next calendar slot or an embargo."

#: Sources/KosDefinitions/Language.swift:105
msgid "Wait until the embargoes of the draft's products lift (`true`: the workflow's calendar)."
msgstr "Wait until the embargoes of the draft's products lift (`true`: the workflow's calendar)."

#: Sources/KosCLI/DraftCommands.swift:140
msgid "Wait up to this many seconds while the draft is being checked or published."
msgstr "Wait up to this many seconds while the draft is being checked or published."

#: Sources/KosServer/ConsolePages.swift:227
msgid "Waiting for your decision"
msgstr "Waiting for your decision"

#: Sources/KosCLI/DeliveriesCommand.swift:8
msgid "Webhook deliveries: list, every attempt of one, replay dead letters."
msgstr "Webhook deliveries: list, every attempt of one, replay dead letters."

#: Sources/KosCLI/CalendarCommand.swift:161
msgid "Wed"
msgstr "Wed"

#: Sources/KosDefinitions/Language.swift:42
msgid "What becomes of an associate's posts when they leave (`kos people offboard`). Default: every one cancelled."
msgstr "What becomes of an associate's posts when they leave (`kos people offboard`). Default: every one cancelled."

#: Sources/KosDefinitions/Language.swift:146
#: Sources/KosDefinitions/Language.swift:305
msgid "What is counted."
msgstr "What is counted."

#: Sources/KosDefinitions/Language.swift:16
msgid "What it is for, in a sentence a colleague understands."
msgstr "What it is for, in a sentence a colleague understands."

#: Sources/KosDefinitions/Language.swift:198
msgid "What it shows."
msgstr "What it shows."

#: Sources/KosDefinitions/Language.swift:315
msgid "What must then be present."
msgstr "What must then be present."

#: Sources/KosDefinitions/Language.swift:35
msgid "What starts a run. Default: a draft submitted to this workflow."
msgstr "What starts a run. Default: a draft submitted to this workflow."

#: Sources/KosCLI/DraftCommands.swift:279
msgid "What the author must change."
msgstr "What the author must change."

#: Sources/KosDefinitions/JSONSchema.swift:20
#: Sources/KosDefinitions/Language.swift:14
msgid "What this document defines."
msgstr "What this document defines."

#: Sources/KosDefinitions/Language.swift:192
msgid "What to write there, shown in the starter draft."
msgstr "What to write there, shown in the starter draft."

#: Sources/KosServer/ConsolePages.swift:276
msgid "What was found in the pictures"
msgstr "What was found in the pictures"

#: Sources/KosDefinitions/Language.swift:253
msgid "When it stops applying by itself; kos validate warns a month ahead."
msgstr "When it stops applying by itself; kos validate warns a month ahead."

#: Sources/KosDefinitions/Language.swift:125
msgid "When posts may go out."
msgstr "When posts may go out."

#: Sources/KosDefinitions/Language.swift:159
msgid "When the embargo lifts, local date-time."
msgstr "When the embargo lifts, local date-time."

#: Sources/KosDefinitions/Language.swift:94
msgid "When the timeout passes: `expire`, `reject`, or `{escalate: GROUP}`."
msgstr "When the timeout passes: `expire`, `reject`, or `{escalate: GROUP}`."

#: Sources/KosCLI/PeopleCommand.swift:141
msgid "When they leave (RFC 3339, e.g. 2026-12-31T18:00:00+08:00); default now."
msgstr "When they leave (RFC 3339, e.g. 2026-12-31T18:00:00+08:00); default now."

#: Sources/KosCLI/DraftCommands.swift:137
msgid "Where a draft is in its workflow."
msgstr "Where a draft is in its workflow."

#: Sources/KosDefinitions/Language.swift:221
msgid "Where payloads are POSTed (https; http only for loopback)."
msgstr "Where payloads are POSTed (https; http only for loopback)."

#: Sources/KosCLI/LintCommand.swift:64
msgid "Where readings of pictures are kept, by SHA-256. Default: $XDG_CACHE_HOME/kos/readings."
msgstr "Where readings of pictures are kept, by SHA-256. Default: $XDG_CACHE_HOME/kos/readings."

#: Sources/KosDefinitions/Language.swift:223
msgid "Where the signing secret is: `file:/path`, `env:NAME`, or `credential:NAME` (systemd LoadCredential). Never the secret itself."
msgstr "Where the signing secret is: `file:/path`, `env:NAME`, or `credential:NAME` (systemd LoadCredential). Never the secret itself."

#: Sources/KosDefinitions/Language.swift:278
msgid "Where to look."
msgstr "Where to look."

#: Sources/kosd/Options.swift:43
msgid "Whether workflows may run programs, on or off (kosd.yaml 'checks.programs'). Default: on."
msgstr "Whether workflows may run programs, on or off (kosd.yaml 'checks.programs'). Default: on."

#: Sources/KosDefinitions/Language.swift:41
msgid "Which platform accounts its posts may go out on: `registered` — an account of the author's in the register for every platform the draft names; `company-owned` — and each one the company's."
msgstr "Which platform accounts its posts may go out on: `registered` — an account of the author's in the register for every platform the draft names; `company-owned` — and each one the company's."

#: Sources/KosDefinitions/Language.swift:232
msgid "While rotating: where the old secret is. Both sign every delivery (two signatures) until this key is removed."
msgstr "While rotating: where the old secret is. Both sign every delivery (two signatures) until this key is removed."

#: Sources/KosDefinitions/Language.swift:252
msgid "Who answers for it (a person or a team)."
msgstr "Who answers for it (a person or a team)."

#: Sources/KosCLI/PeopleCommand.swift:167
msgid "Who decides on their behalf meanwhile."
msgstr "Who decides on their behalf meanwhile."

#: Sources/KosDefinitions/Language.swift:87
msgid "Who may decide, by group (any of these)."
msgstr "Who may decide, by group (any of these)."

#: Sources/KosDefinitions/Language.swift:86
msgid "Who may decide, by role."
msgstr "Who may decide, by role."

#: Sources/KosCLI/PeopleCommand.swift:140
msgid "Who takes over their posts and company-owned accounts."
msgstr "Who takes over their posts and company-owned accounts."

#: Sources/KosDefinitions/Language.swift:160
msgid "Why, for reviewers."
msgstr "Why, for reviewers."

#: Sources/KosCLI/DraftCommands.swift:341
msgid "Why, for the audit log."
msgstr "Why, for the audit log."

#: Sources/KosDefinitions/Language.swift:251
msgid "Why, with the evidence (a certificate's number); shown to reviewers."
msgstr "Why, with the evidence (a certificate's number); shown to reviewers."

#: Sources/KosDefinitions/Language.swift:128
msgid "Windows in which nothing is published."
msgstr "Windows in which nothing is published."

#: Sources/KosCLI/DeliveriesCommand.swift:76
msgid "With --endpoint: created since this RFC 3339 time."
msgstr "With --endpoint: created since this RFC 3339 time."

#: Sources/KosCLI/DraftCommands.swift:339
msgid "Withdraw a draft that is not published yet."
msgstr "Withdraw a draft that is not published yet."

#: Sources/KosDefinitions/Language.swift:203
msgid "Withdrawn: nothing made from it takes the fast lane any more, and posts made from it are held."
msgstr "Withdrawn: nothing made from it takes the fast lane any more, and posts made from it are held."

#: Sources/KosCLI/DraftCommands.swift:13
msgid "Without --token the token is read from standard input, so it stays out of shell history: kos login --server unix:/run/kosd/kosd.sock < token.txt"
msgstr "Without --token the token is read from standard input, so it stays out of shell history: kos login --server unix:/run/kosd/kosd.sock < token.txt"

#: Sources/kosd/Serve.swift:93
msgid "Worker processes (kosd.yaml 'workers'). Default: the number of cores."
msgstr "Worker processes (kosd.yaml 'workers'). Default: the number of cores."

#: Sources/KosServer/ConsolePages.swift:228
msgid "Workflow"
msgstr "Workflow"

#: Sources/KosCLI/LibraryCommand.swift:30
msgid "Write a draft made from a kit, its slots marked 【…】 for you to fill in: kos library use arco-autumn > look.md"
msgstr "Write a draft made from a kit, its slots marked 【…】 for you to fill in: kos library use arco-autumn > look.md"

#: Sources/KosCLI/AuditCommand.swift:37
msgid "Write the audit log as JSON lines or CSV."
msgstr "Write the audit log as JSON lines or CSV."

#: Sources/KosServer/Console.swift:262
msgid "Write the draft as you would have it, or reject it with a reason instead."
msgstr "Write the draft as you would have it, or reject it with a reason instead."

#: Sources/KosServer/Console.swift:256
msgid "Write what the author should change: they read it beside the draft."
msgstr "Write what the author should change: they read it beside the draft."

#: Sources/KosServer/ConsolePages.swift:259
msgid "You have no drafts yet: write one and send it with kos submit."
msgstr "You have no drafts yet: write one and send it with kos submit."

#: Sources/KosServer/Console.swift:433
msgid "Your approval is recorded."
msgstr "Your approval is recorded."

#. {0}: t.revision
#: Sources/KosServer/Console.swift:184
#, python-brace-format
msgid "Your approval of revision {0} is recorded once; nothing more was recorded."
msgstr "Your approval of revision {0} is recorded once; nothing more was recorded."

#. {0}: field("revision")
#: Sources/KosServer/ConsolePages.swift:290
#, python-brace-format
msgid "Your decision on revision {0}"
msgstr "Your decision on revision {0}"

#: Sources/KosServer/Console.swift:92
#: Sources/KosServer/ConsolePages.swift:256
msgid "Your drafts"
msgstr "Your drafts"

#: Sources/KosServer/Console.swift:73
msgid "Your inbox opens now."
msgstr "Your inbox opens now."

#: Sources/KosServer/Console.swift:434
msgid "Your rejection is recorded; the author sees your reason."
msgstr "Your rejection is recorded; the author sees your reason."

#: Sources/KosServer/Console.swift:435
msgid "Your request for changes is recorded; the author sees your reason and can take your rewording in one step."
msgstr "Your request for changes is recorded; the author sees your reason and can take your rewording in one step."

#: Sources/KosCore/API.swift:474
msgid "Your role does not allow this"
msgstr "Your role does not allow this"

#: Sources/KosDefinitions/Language.swift:275
msgid "`error` blocks, `warning` needs a reviewer's acknowledgment, `suggestion` informs."
msgstr "`error` blocks, `warning` needs a reviewer's acknowledgment, `suggestion` informs."

#: Sources/KosDefinitions/Language.swift:44
msgid "`required`: an agency creator's draft names the platform's commercial-cooperation order (蒲公英, 星图) in `cooperation.order`, or is refused."
msgstr "`required`: an agency creator's draft names the platform's commercial-cooperation order (蒲公英, 星图) in `cooperation.order`, or is refused."

#: Sources/KosDefinitions/Language.swift:281
msgid "`shadow`: findings are reported (marked shadow) and never block, so compliance sees how often a new rule fires before it enforces it."
msgstr "`shadow`: findings are reported (marked shadow) and never block, so compliance sees how often a new rule fires before it enforces it."

#: Sources/KosDefinitions/Language.swift:102
msgid "`true` for the workflow's calendar, or a Calendar id."
msgstr "`true` for the workflow's calendar, or a Calendar id."

#: Sources/KosDelivery/NetworkGuard.swift:13
msgid "a 'this network' address (0.0.0.0/8)"
msgstr "a 'this network' address (0.0.0.0/8)"

#: Sources/KosDelivery/NetworkGuard.swift:44
msgid "a 6to4 address (2002::/16)"
msgstr "a 6to4 address (2002::/16)"

#: Sources/KosDelivery/NetworkGuard.swift:22
msgid "a 6to4 relay address (192.88.99.0/24)"
msgstr "a 6to4 relay address (192.88.99.0/24)"

#: Sources/KosCore/MediaKind.swift:145
msgid "a GIF cut short"
msgstr "a GIF cut short"

#: Sources/KosCore/MediaKind.swift:148
msgid "a GIF cut short (no trailer)"
msgstr "a GIF cut short (no trailer)"

#: Sources/KosCore/MediaKind.swift:147
msgid "a GIF of zero size"
msgstr "a GIF of zero size"

#: Sources/KosCore/MediaKind.swift:125
msgid "a JPEG cut short"
msgstr "a JPEG cut short"

#: Sources/KosCore/MediaKind.swift:134
msgid "a JPEG cut short (no end-of-image marker)"
msgstr "a JPEG cut short (no end-of-image marker)"

#: Sources/KosCore/MediaKind.swift:130
msgid "a JPEG of zero size"
msgstr "a JPEG of zero size"

#: Sources/KosCore/MediaKind.swift:120
msgid "a JPEG whose segments do not follow each other"
msgstr "a JPEG whose segments do not follow each other"

#: Sources/KosCore/MediaKind.swift:128
msgid "a JPEG with a broken frame header"
msgstr "a JPEG with a broken frame header"

#: Sources/KosCore/MediaKind.swift:141
msgid "a JPEG without a frame header"
msgstr "a JPEG without a frame header"

#: Sources/KosDelivery/NetworkGuard.swift:40
msgid "a NAT64 address (64:ff9b::/96)"
msgstr "a NAT64 address (64:ff9b::/96)"

#: Sources/KosCore/MediaKind.swift:101
msgid "a PNG cut short (no IEND)"
msgstr "a PNG cut short (no IEND)"

#: Sources/KosCore/MediaKind.swift:100
msgid "a PNG of zero size"
msgstr "a PNG of zero size"

#: Sources/KosCore/MediaKind.swift:98
msgid "a PNG whose header is damaged (CRC)"
msgstr "a PNG whose header is damaged (CRC)"

#: Sources/KosCore/MediaKind.swift:97
msgid "a PNG without its IHDR header"
msgstr "a PNG without its IHDR header"

#: Sources/KosDefinitions/DaemonConfig.swift:60
msgid "a PostgreSQL store is postgres://USER@HOST[:PORT]/DATABASE (the password in a file: ?password_file=PATH, or PGPASSFILE)"
msgstr "a PostgreSQL store is postgres://USER@HOST[:PORT]/DATABASE (the password in a file: ?password_file=PATH, or PGPASSFILE)"

#: Sources/KosDelivery/NetworkGuard.swift:43
msgid "a Teredo address (2001::/32)"
msgstr "a Teredo address (2001::/32)"

#: Sources/KosDefinitions/Shape.swift:115
msgid "a URL"
msgstr "a URL"

#: Sources/KosDefinitions/ShapeValidator.swift:266
msgid "a URL must not carry credentials; use the endpoint's secret"
msgstr "a URL must not carry credentials; use the endpoint's secret"

#: Sources/KosCore/MediaKind.swift:184
msgid "a WebP cut short"
msgstr "a WebP cut short"

#: Sources/KosCore/MediaKind.swift:201
msgid "a WebP of zero size"
msgstr "a WebP of zero size"

#: Sources/KosCore/MediaKind.swift:199
msgid "a WebP whose image data is not VP8, VP8L or VP8X"
msgstr "a WebP whose image data is not VP8, VP8L or VP8X"

#: Sources/KosDelivery/NetworkGuard.swift:23
msgid "a benchmarking address (198.18.0.0/15)"
msgstr "a benchmarking address (198.18.0.0/15)"

#: Sources/KosYAML/YAMLNode.swift:56
msgid "a boolean"
msgstr "a boolean"

#: Sources/KosDefinitions/Decoder.swift:266
msgid "a cap's window must be longer than 0s"
msgstr "a cap's window must be longer than 0s"

#: Sources/KosDelivery/NetworkGuard.swift:16
msgid "a carrier-grade NAT address (100.64.0.0/10)"
msgstr "a carrier-grade NAT address (100.64.0.0/10)"

#: Sources/KosDefinitions/Decoder.swift:331
msgid "a claim rule needs 'terms', 'families' or both"
msgstr "a claim rule needs 'terms', 'families' or both"

#: Sources/KosDefinitions/Shape.swift:114
msgid "a condition"
msgstr "a condition"

#: Sources/KosDefinitions/Shape.swift:112
msgid "a cron expression"
msgstr "a cron expression"

#. {0}: fields.count
#: Sources/KosCore/CronExpression.swift:100
#, python-brace-format
msgid "a cron expression has 5 fields (minute hour day month weekday) or 6 with seconds first; found {0}"
msgstr "a cron expression has 5 fields (minute hour day month weekday) or 6 with seconds first; found {0}"

#. {0}: draftID
#: Sources/KosServer/APIService.swift:274
#, python-brace-format
msgid "a decision names the revision and contentHash it was made on, as GET /v1/drafts/{0} showed them"
msgstr "a decision names the revision and contentHash it was made on, as GET /v1/drafts/{0} showed them"

#. {0}: root.kindName
#: Sources/KosDefinitions/DefinitionLoader.swift:149
#, python-brace-format
msgid "a definition must be a mapping with apiVersion, kind and id, not {0}"
msgstr "a definition must be a mapping with apiVersion, kind and id, not {0}"

#: Sources/KosStore/StoreRules.swift:41
msgid "a delivery succeeded"
msgstr "a delivery succeeded"

#: Sources/KosDelivery/NetworkGuard.swift:41
msgid "a discard-only address (100::/64)"
msgstr "a discard-only address (100::/64)"

#: Sources/KosDelivery/NetworkGuard.swift:21
msgid "a documentation address (192.0.2.0/24)"
msgstr "a documentation address (192.0.2.0/24)"

#: Sources/KosDelivery/NetworkGuard.swift:24
msgid "a documentation address (198.51.100.0/24)"
msgstr "a documentation address (198.51.100.0/24)"

#: Sources/KosDelivery/NetworkGuard.swift:42
msgid "a documentation address (2001:db8::/32)"
msgstr "a documentation address (2001:db8::/32)"

#: Sources/KosDelivery/NetworkGuard.swift:25
msgid "a documentation address (203.0.113.0/24)"
msgstr "a documentation address (203.0.113.0/24)"

#. {0}: parser.maxBytes >> 20
#: Sources/KosServer/APIService.swift:610
#, python-brace-format
msgid "a draft is at most {0} MiB"
msgstr "a draft is at most {0} MiB"

#: Sources/KosDefinitions/Shape.swift:110
msgid "a duration such as 15s, 24h or 7d"
msgstr "a duration such as 15s, 24h or 7d"

#: Sources/KosServer/Console.swift:398
msgid "a form is at most 1 MiB"
msgstr "a form is at most 1 MiB"

#: Sources/KosDefinitions/Decoder.swift:319
msgid "a length rule needs 'min', 'max' or both"
msgstr "a length rule needs 'min', 'max' or both"

#: Sources/KosDelivery/NetworkGuard.swift:17
msgid "a link-local address (169.254.0.0/16, where cloud metadata services answer)"
msgstr "a link-local address (169.254.0.0/16, where cloud metadata services answer)"

#: Sources/KosDelivery/NetworkGuard.swift:46
msgid "a link-local address (fe80::/10)"
msgstr "a link-local address (fe80::/10)"

#: Sources/KosDefinitions/Shape.swift:126
#: Sources/KosYAML/YAMLNode.swift:51
msgid "a list"
msgstr "a list"

#: Sources/KosDefinitions/Shape.swift:119
msgid "a local date such as 2026-12-25, or a date-time such as 2026-12-25T20:00"
msgstr "a local date such as 2026-12-25, or a date-time such as 2026-12-25T20:00"

#: Sources/KosDefinitions/Shape.swift:118
msgid "a local date-time such as 2026-12-01T10:00"
msgstr "a local date-time such as 2026-12-01T10:00"

#: Sources/KosDelivery/NetworkGuard.swift:15
msgid "a loopback address (127.0.0.0/8)"
msgstr "a loopback address (127.0.0.0/8)"

#: Sources/KosDefinitions/Shape.swift:127
#: Sources/KosYAML/YAMLNode.swift:52
msgid "a mapping"
msgstr "a mapping"

#: Sources/KosRules/ClaimGrammar.swift:301
msgid "a measured quantity before 最 (年龄最大, 差距最大): a fact, not a claim"
msgstr "a measured quantity before 最 (年龄最大, 差距最大): a fact, not a claim"

#: Sources/KosServer/APIService.swift:667
msgid "a media link is /v1/media/{sha256}?expires={unix seconds}&sig={signature}, as payloads carry it"
msgstr "a media link is /v1/media/{sha256}?expires={unix seconds}&sig={signature}, as payloads carry it"

#: Sources/KosDefinitions/Decoder.swift:340
msgid "a message needs its text: give 'zh', 'en' or both"
msgstr "a message needs its text: give 'zh', 'en' or both"

#: Sources/KosDelivery/NetworkGuard.swift:26
msgid "a multicast address (224.0.0.0/4)"
msgstr "a multicast address (224.0.0.0/4)"

#: Sources/KosDelivery/NetworkGuard.swift:48
msgid "a multicast address (ff00::/8)"
msgstr "a multicast address (ff00::/8)"

#: Sources/KosYAML/YAMLNode.swift:58
msgid "a number"
msgstr "a number"

#: Sources/KosCLI/CalendarCommand.swift:73
msgid "a period is at most three years"
msgstr "a period is at most three years"

#: Sources/KosDelivery/NetworkGuard.swift:14
msgid "a private address (10.0.0.0/8)"
msgstr "a private address (10.0.0.0/8)"

#: Sources/KosDelivery/NetworkGuard.swift:18
msgid "a private address (172.16.0.0/12)"
msgstr "a private address (172.16.0.0/12)"

#: Sources/KosDelivery/NetworkGuard.swift:19
msgid "a private address (192.168.0.0/16)"
msgstr "a private address (192.168.0.0/16)"

#: Sources/KosEngine/Worker.swift:88
msgid "a program"
msgstr "a program"

#: Sources/KosCore/Directory.swift:227
msgid "a quote inside an unquoted cell (quote the whole cell and double the quote)"
msgstr "a quote inside an unquoted cell (quote the whole cell and double the quote)"

#: Sources/KosCore/Directory.swift:240
msgid "a quoted cell is never closed"
msgstr "a quoted cell is never closed"

#: Sources/KosRules/ClaimGrammar.swift:449
msgid "a ranking word before 第一 makes it a rank"
msgstr "a ranking word before 第一 makes it a rank"

#: Sources/KosDefinitions/Shape.swift:117
msgid "a rate such as 50/s"
msgstr "a rate such as 50/s"

#: Sources/KosDefinitions/Shape.swift:113
msgid "a recurrence rule"
msgstr "a recurrence rule"

#: Sources/KosServer/APIService.swift:264
msgid "a rejection needs a reason the author can act on (--reason)"
msgstr "a rejection needs a reason the author can act on (--reason)"

#: Sources/KosServer/APIService.swift:458
msgid "a report covers at most 366 days"
msgstr "a report covers at most 366 days"

#. {0}: maxBody >> 20
#: Sources/KosServer/ConnectionGuard.swift:270
#: Sources/KosServer/HTTPServer.swift:281
#, python-brace-format
msgid "a request body is at most {0} MiB"
msgstr "a request body is at most {0} MiB"

#: Sources/KosDefinitions/Decoder.swift:327
msgid "a required rule needs 'terms' or 'pattern'"
msgstr "a required rule needs 'terms' or 'pattern'"

#: Sources/KosDelivery/NetworkGuard.swift:27
msgid "a reserved address (240.0.0.0/4, broadcast)"
msgstr "a reserved address (240.0.0.0/4, broadcast)"

#: Sources/KosDefinitions/Shape.swift:116
msgid "a secret reference (file:, env: or credential:)"
msgstr "a secret reference (file:, env: or credential:)"

#: Sources/KosTemplates/PayloadTemplate.swift:36
msgid "a section is closed with a different name than it was opened with"
msgstr "a section is closed with a different name than it was opened with"

#: Sources/KosTemplates/PayloadTemplate.swift:38
msgid "a section is opened but never closed"
msgstr "a section is opened but never closed"

#: Sources/KosDefinitions/DaemonConfig.swift:168
msgid "a setting's name is a plain word"
msgstr "a setting's name is a plain word"

#: Sources/KosDelivery/NetworkGuard.swift:47
msgid "a site-local address (fec0::/10)"
msgstr "a site-local address (fec0::/10)"

#: Sources/KosDefinitions/Shape.swift:121
#: Sources/KosYAML/YAMLNode.swift:59
msgid "a string"
msgstr "a string"

#: Sources/KosDefinitions/Decoder.swift:335
msgid "a substitution rule needs at least one pair in 'swap'"
msgstr "a substitution rule needs at least one pair in 'swap'"

#: Sources/KosServer/APIService.swift:269
msgid "a suggested rewording goes with a rejection that requests changes, not an approval"
msgstr "a suggested rewording goes with a rejection that requests changes, not an approval"

#. {0}: rule
#: Sources/KosRules/Linter.swift:291
#, python-brace-format
msgid "a suppression needs a reason a reviewer can read: <!-- kos-allow {0}: why this is not a claim -->"
msgstr "a suppression needs a reason a reviewer can read: <!-- kos-allow {0}: why this is not a claim -->"

#: Sources/KosTemplates/PayloadTemplate.swift:37
msgid "a tag is not closed with }}"
msgstr "a tag is not closed with }}"

#: Sources/KosTemplates/PayloadTemplate.swift:40
msgid "a transform cannot apply to an inherited section"
msgstr "a transform cannot apply to an inherited section"

#: Sources/KosDelivery/NetworkGuard.swift:45
msgid "a unique local address (fc00::/7)"
msgstr "a unique local address (fc00::/7)"

#. {0}: type
#: Sources/KosCore/MediaKind.swift:218
#: Sources/KosCore/MediaKind.swift:223
#, python-brace-format
msgid "a video cut short (box '{0}')"
msgstr "a video cut short (box '{0}')"

#: Sources/KosCore/MediaKind.swift:227
msgid "a video without its 'moov' box"
msgstr "a video without its 'moov' box"

#: Sources/KosEngine/Daemon/Supervisor.swift:206
msgid "a worker ran it past its budget"
msgstr "a worker ran it past its budget"

#. {0}: tagged.name | object.name
#. {1}: node.kindName
#: Sources/KosDefinitions/ShapeValidator.swift:90
#: Sources/KosDefinitions/ShapeValidator.swift:135
#, python-brace-format
msgid "a {0} must be a mapping, not {1}"
msgstr "a {0} must be a mapping, not {1}"

#. {0}: tagged.name
#. {1}: tagged.discriminator
#: Sources/KosDefinitions/ShapeValidator.swift:94
#, python-brace-format
msgid "a {0} needs '{1}'"
msgstr "a {0} needs '{1}'"

#. {0}: object.name
#. {1}: object.exactlyOneOf.joined(separator: ", ")
#: Sources/KosDefinitions/ShapeValidator.swift:160
#, python-brace-format
msgid "a {0} needs one of: {1}"
msgstr "a {0} needs one of: {1}"

#. {0}: object.name
#. {1}: object.exactlyOneOf.joined(separator: ", ")
#. {2}: given[0]
#: Sources/KosDefinitions/ShapeValidator.swift:163
#, python-brace-format
msgid "a {0} takes only one of {1}; '{2}' is already given"
msgstr "a {0} takes only one of {1}; '{2}' is already given"

#: Sources/KosTemplates/PayloadTemplate.swift:43
msgid "a {{% ... }} line is malformed"
msgstr "a {{% ... }} line is malformed"

#. {0}: trimmed | id
#: Sources/KosCore/Directory.swift:33
#: Sources/KosServer/APIService+People.swift:159
#, python-brace-format
msgid "account '{0}' is not platform:handle (e.g. xiaohongshu:lina.sh)"
msgstr "account '{0}' is not platform:handle (e.g. xiaohongshu:lina.sh)"

#. {0}: trimmed
#: Sources/KosCore/Directory.swift:40
#, python-brace-format
msgid "account '{0}': a handle is 1 to 64 characters without spaces, commas, semicolons, colons or brackets"
msgstr "account '{0}': a handle is 1 to 64 characters without spaces, commas, semicolons, colons or brackets"

#. {0}: trimmed
#. {1}: platform
#. {2}: Platform.allCases.map(\.rawValue).joined(separator: ", ")
#: Sources/KosCore/Directory.swift:37
#, python-brace-format
msgid "account '{0}': unknown platform '{1}' (one of {2})"
msgstr "account '{0}': unknown platform '{1}' (one of {2})"

#. {0}: id
#: Sources/KosServer/APIService+People.swift:161
#, python-brace-format
msgid "account {0} is not in the register; an admin adds it with 'kos people import'"
msgstr "account {0} is not in the register; an admin adds it with 'kos people import'"

#. {0}: id
#. {1}: platform
#: Sources/KosServer/APIService+People.swift:163
#, python-brace-format
msgid "account {0} is on {1}, which the draft's platforms do not name"
msgstr "account {0} is on {1}, which the draft's platforms do not name"

#. {0}: id
#. {1}: account.operatorID
#: Sources/KosServer/APIService+People.swift:162
#, python-brace-format
msgid "account {0} is operated by {1}, not by you"
msgstr "account {0} is operated by {1}, not by you"

#. {0}: a.id
#: Sources/KosCLI/PeopleCommand.swift:50
#, python-brace-format
msgid "account {0}: company-owned"
msgstr "account {0}: company-owned"

#. {0}: a.id
#: Sources/KosCLI/PeopleCommand.swift:51
#, python-brace-format
msgid "account {0}: employee-owned"
msgstr "account {0}: employee-owned"

#. {0}: a.id
#. {1}: a.ownership
#: Sources/KosCLI/PeopleCommand.swift:52
#, python-brace-format
msgid "account {0}: {1}-owned"
msgstr "account {0}: {1}-owned"

#: Sources/KosCLI/PeopleCommand.swift:25
msgid "active"
msgstr "active"

#. {0}: result.added
#. {1}: result.updated
#. {2}: result.unchanged
#: Sources/KosCLI/PeopleCommand.swift:105
#, python-brace-format
msgid "added {0}, updated {1}, unchanged {2}"
msgstr "added {0}, updated {1}, unchanged {2}"

#. {0}: NetworkGuard.text(ipv4: a) | NetworkGuard.text(ipv6: bytes)
#. {1}: $0
#: Sources/KosDelivery/CurlExchange.swift:185
#: Sources/KosDelivery/CurlExchange.swift:187
#, python-brace-format
msgctxt "address"
msgid "{0} is {1}"
msgstr "{0} is {1}"

#: Sources/KosCLI/Client/ClientOptions.swift:201
#: Sources/KosServer/ConsolePages.swift:192
msgid "admin"
msgstr "admin"

#. {0}: name
#: Sources/KosYAML/YAMLLoader.swift:254
#, python-brace-format
msgid "alias '*{0}' refers to no anchor defined before it"
msgstr "alias '*{0}' refers to no anchor defined before it"

#: Sources/KosServer/ConsolePages.swift:229
msgid "all"
msgstr "all"

#. {0}: who
#: Sources/KosServer/APIService.swift:799
#, python-brace-format
msgid "all of {0}"
msgstr "all of {0}"

#. {0}: d.id
#. {1}: Table.stateName(d.state)
#: Sources/KosCLI/DraftCommands.swift:105
#, python-brace-format
msgid "already submitted as {0} (the same file): {1}"
msgstr "already submitted as {0} (the same file): {1}"

#: Sources/KosDefinitions/Shape.swift:111
msgid "an IANA time zone such as Asia/Shanghai"
msgstr "an IANA time zone such as Asia/Shanghai"

#: Sources/KosDelivery/NetworkGuard.swift:20
msgid "an IETF protocol address (192.0.0.0/24)"
msgstr "an IETF protocol address (192.0.0.0/24)"

#: Sources/KosDelivery/NetworkGuard.swift:39
msgid "an IPv4-compatible IPv6 address (::/96)"
msgstr "an IPv4-compatible IPv6 address (::/96)"

#. {0}: a[12]
#. {1}: a[13]
#. {2}: a[14]
#. {3}: a[15]
#: Sources/KosDelivery/NetworkGuard.swift:37
#, python-brace-format
msgid "an IPv4-mapped IPv6 address (::ffff:{0}.{1}.{2}.{3})"
msgstr "an IPv4-mapped IPv6 address (::ffff:{0}.{1}.{2}.{3})"

#: Sources/KosServer/APIService+People.swift:101
msgid "an absence is at most a year; offboard someone who leaves"
msgstr "an absence is at most a year; offboard someone who leaves"

#: Sources/KosServer/APIService+People.swift:139
msgid "an agency creator's post names its collaboration: cooperation: {model: product-seeding | pay-per-sale | pay-per-click | flat-rate}"
msgstr "an agency creator's post names its collaboration: cooperation: {model: product-seeding | pay-per-sale | pay-per-click | flat-rate}"

#. {0}: error
#: Sources/KosCLI/Client/APIClient.swift:96
#, python-brace-format
msgid "an answer this kos does not understand ({0}); are kos and kosd the same version?"
msgstr "an answer this kos does not understand ({0}); are kos and kosd the same version?"

#: Sources/KosDefinitions/DefinitionLoader.swift:372
msgid "an endpoint cannot alert itself: when it is disabled, nothing reaches it; name another endpoint"
msgstr "an endpoint cannot alert itself: when it is disabled, nothing reaches it; name another endpoint"

#: Sources/KosDefinitions/Decoder.swift:355
msgid "an exception needs a reason a reviewer can check (a certificate, a licence)"
msgstr "an exception needs a reason a reviewer can check (a certificate, a licence)"

#: Sources/KosDefinitions/Shape.swift:120
msgid "an identifier"
msgstr "an identifier"

#: Sources/KosRules/ClaimGrammar.swift:305
msgid "an impression of the writer's own, not a claim about the product"
msgstr "an impression of the writer's own, not a claim about the product"

#: Sources/KosTemplates/PayloadTemplate.swift:41
msgid "an inherited section holds something it may not"
msgstr "an inherited section holds something it may not"

#: Sources/KosTemplates/PayloadTemplate.swift:42
msgid "an inherited section holds text"
msgstr "an inherited section holds text"

#: Sources/KosDefinitions/Shape.swift:123
#: Sources/KosYAML/YAMLNode.swift:57
msgid "an integer"
msgstr "an integer"

#. {0}: what
#: Sources/KosDefinitions/ShapeValidator.swift:73
#, python-brace-format
msgid "an item of {0}"
msgstr "an item of {0}"

#: Sources/KosDefinitions/Decoder.swift:319
msgid "an occurrence rule needs 'min', 'max' or both"
msgstr "an occurrence rule needs 'min', 'max' or both"

#: Sources/KosServer/APIService+People.swift:66
msgid "another admin offboards you; nobody offboards themselves"
msgstr "another admin offboards you; nobody offboards themselves"

#: Sources/KosCLI/CalendarCommand.swift:134
msgid "any"
msgstr "any"

#. {0}: who
#: Sources/KosServer/APIService.swift:798
#, python-brace-format
msgid "any one of {0}"
msgstr "any one of {0}"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:111
#, python-brace-format
msgid "api.header_timeout is a duration from 100ms to 10m, e.g. 10s, not '{0}'"
msgstr "api.header_timeout is a duration from 100ms to 10m, e.g. 10s, not '{0}'"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:114
#, python-brace-format
msgid "api.idle_timeout is a duration from 100ms to 1h, e.g. 60s, not '{0}'"
msgstr "api.idle_timeout is a duration from 100ms to 1h, e.g. 60s, not '{0}'"

#. {0}: listen
#: Sources/kosd/Serve.swift:205
#, python-brace-format
msgid "api.listen {0} is not a loopback address and the API speaks plain HTTP: bearer tokens cross the network readable; serve it on loopback behind a TLS-terminating proxy (deploy/MULTI-HOST.md)"
msgstr "api.listen {0} is not a loopback address and the API speaks plain HTTP: bearer tokens cross the network readable; serve it on loopback behind a TLS-terminating proxy (deploy/MULTI-HOST.md)"

#. {0}: listen
#: Sources/kosd/Kosd.swift:69
#, python-brace-format
msgid "api.listen {0} is not a loopback address and the API speaks plain HTTP; serve it on loopback behind a TLS-terminating proxy"
msgstr "api.listen {0} is not a loopback address and the API speaks plain HTTP; serve it on loopback behind a TLS-terminating proxy"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:108
#, python-brace-format
msgid "api.max_connections is a whole number from 16 to 1000000, not '{0}'"
msgstr "api.max_connections is a whole number from 16 to 1000000, not '{0}'"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:119
#, python-brace-format
msgid "api.public_url is where gateways and reviewers reach kosd, like https://kos.example.com (media and console links start with it), not '{0}'"
msgstr "api.public_url is where gateways and reviewers reach kosd, like https://kos.example.com (media and console links start with it), not '{0}'"

#. {0}: text
#. {1}: Language.apiVersion
#: Sources/KosDefinitions/ShapeValidator.swift:174
#, python-brace-format
msgid "apiVersion '{0}' is not supported; use {1}"
msgstr "apiVersion '{0}' is not supported; use {1}"

#: Sources/KosDefinitions/Language.swift:96
msgid "approval notification"
msgstr "approval notification"

#: Sources/KosCLI/ReportCommand.swift:96
msgid "approval stages:"
msgstr "approval stages:"

#: Sources/KosDefinitions/Language.swift:85
msgid "approval step"
msgstr "approval step"

#: Sources/KosCLI/Client/ClientOptions.swift:178
msgid "approved"
msgstr "approved"

#. {0}: when(askedAt)
#: Sources/KosEngine/Worker+Slots.swift:49
#, python-brace-format
msgid "approved after the slot it asked for, {0}"
msgstr "approved after the slot it asked for, {0}"

#. {0}: draftID
#: Sources/KosServer/APIService.swift:342
#, python-brace-format
msgid "approved in full: it goes on to be scheduled and published (kos status {0} shows when)"
msgstr "approved in full: it goes on to be scheduled and published (kos status {0} shows when)"

#: Sources/KosServer/APIService.swift:346
msgid "approved in full: that was the workflow's last step"
msgstr "approved in full: that was the workflow's last step"

#: Sources/KosServer/APIService.swift:346
msgid "approved in full: the workflow's remaining steps run now"
msgstr "approved in full: the workflow's remaining steps run now"

#. {0}: draft.id
#. {1}: revision
#. {2}: $0
#: Sources/KosCLI/DraftCommands.swift:270
#, python-brace-format
msgid "approved {0} revision {1}. {2}"
msgstr "approved {0} revision {1}. {2}"

#. {0}: draft.id
#. {1}: revision
#. {2}: state
#: Sources/KosCLI/DraftCommands.swift:270
#, python-brace-format
msgid "approved {0} revision {1}; now {2}"
msgstr "approved {0} revision {1}; now {2}"

#: Sources/KosServer/APIService.swift:259
msgid "approving and rejecting need the reviewer or admin role"
msgstr "approving and rejecting need the reviewer or admin role"

#: Sources/KosServer/APIService.swift:512
msgid "associates see their own bookings only"
msgstr "associates see their own bookings only"

#. {0}: s.maxConnections
#. {1}: s.headerTimeout
#. {2}: s.idleTimeout
#: Sources/kosd/Kosd.swift:76
#, python-brace-format
msgid "at most {0}, header timeout {1}, idle timeout {2}"
msgstr "at most {0}, header timeout {1}, idle timeout {2}"

#. {0}: x
#. {1}: y
#. {2}: width
#. {3}: height
#: Sources/KosCore/Draft.swift:108
#, python-brace-format
msgid "at {0},{1} {2}×{3}"
msgstr "at {0},{1} {2}×{3}"

#. {0}: seq
#. {1}: reason
#: Sources/KosStore/Store.swift:1009
#, python-brace-format
msgid "audit entry {0}: {1}"
msgstr "audit entry {0}: {1}"

#: Sources/KosCLI/Client/ClientOptions.swift:172
#: Sources/KosServer/Console.swift:446
msgid "awaiting-approval"
msgstr "awaiting-approval"

#. {0}: Table.local($0)
#. {1}: p.delegate ?? "?"
#: Sources/KosCLI/PeopleCommand.swift:25
#, python-brace-format
msgid "away until {0} → {1}"
msgstr "away until {0} → {1}"

#. {0}: API.timestamp(until)
#: Sources/KosStore/StoreRules+Directory.swift:39
#, python-brace-format
msgid "away until {0}; nobody decides on their behalf"
msgstr "away until {0}; nobody decides on their behalf"

#. {0}: until | API.timestamp(until)
#. {1}: p.delegate ?? "?" | $0
#: Sources/KosCLI/PeopleCommand.swift:55
#: Sources/KosStore/StoreRules+Directory.swift:38
#, python-brace-format
msgid "away until {0}; {1} decides on their behalf"
msgstr "away until {0}; {1} decides on their behalf"

#: Sources/KosStore/StoreRules+Directory.swift:37
msgid "back: decides their own approvals again"
msgstr "back: decides their own approvals again"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:87
#, python-brace-format
msgid "batch_size is a whole number from 1 to 256, not '{0}'"
msgstr "batch_size is a whole number from 1 to 256, not '{0}'"

#: Sources/KosServer/ConsoleHealth.swift:59
msgid "being retried"
msgstr "being retried"

#: Sources/KosDefinitions/Language.swift:151
msgid "blackout"
msgstr "blackout"

#. {0}: to
#. {1}: from
#: Sources/KosDefinitions/Decoder.swift:256
#, python-brace-format
msgid "blackout ends ({0}) before it starts ({1})"
msgstr "blackout ends ({0}) before it starts ({1})"

#. {0}: $0 | blackout
#: Sources/KosCLI/CalendarCommand.swift:133
#: Sources/KosSchedule/SlotPlanner.swift:150
#, python-brace-format
msgid "blackout: {0}"
msgstr "blackout: {0}"

#: Sources/KosYAML/YAMLLoader.swift:117
msgid "block sequence entries are not allowed in this context"
msgstr "block sequence entries are not allowed in this context"

#: Sources/KosCLI/Client/ClientOptions.swift:176
#: Sources/KosServer/Console.swift:450
msgid "blocked"
msgstr "blocked"

#: Sources/KosCLI/Client/ClientOptions.swift:187
#: Sources/KosEngine/Worker+Slots.swift:107
msgid "booked"
msgstr "booked"

#. {0}: when(choice.slot.at)
#: Sources/KosEngine/Worker+Slots.swift:91
#, python-brace-format
msgid "booked into the slot of {0}"
msgstr "booked into the slot of {0}"

#. {0}: when(booking.slotAt / 1000) | when(choice.slot.at)
#. {1}: LocalTime.format(schedule.clock.local(booking.fireAt / 1000)) | LocalTime.format(schedule.clock.local(choice.fireAtMillis / 1000))
#: Sources/KosEngine/Worker+Slots.swift:32
#: Sources/KosEngine/Worker+Slots.swift:90
#, python-brace-format
msgid "booked into the slot of {0}, goes out at {1}"
msgstr "booked into the slot of {0}, goes out at {1}"

#. {0}: id
#: Sources/KosStore/PostgresStore+Slots.swift:105
#: Sources/KosStore/SQLiteStore+Slots.swift:80
#, python-brace-format
msgid "booking {0}"
msgstr "booking {0}"

#. {0}: error.description
#: Sources/KosCLI/CalendarCommand.swift:117
#, python-brace-format
msgid "bookings not shown: {0}"
msgstr "bookings not shown: {0}"

#: Sources/KosCLI/AuditCommand.swift:28
msgid "broken"
msgstr "broken"

#. {0}: s.checkBudget
#. {1}: s.programs ? "on" : "off"
#: Sources/kosd/Kosd.swift:75
#, python-brace-format
msgid "budget {0} per draft, programs {1}"
msgstr "budget {0} per draft, programs {1}"

#: Sources/KosEngine/Steps/PublishRunner.swift:53
msgid "by an admin"
msgstr "by an admin"

#: Sources/KosCLI/ReportCommand.swift:105
msgid "cadence against caps (name order):"
msgstr "cadence against caps (name order):"

#: Sources/KosDefinitions/Language.swift:136
msgctxt "calendar"
msgid "slot"
msgstr "slot"

#. {0}: calendarID
#. {1}: id
#: Sources/KosDefinitions/DefinitionLoader.swift:363
#, python-brace-format
msgid "calendar {0} has no slot '{1}'"
msgstr "calendar {0} has no slot '{1}'"

#. {0}: calendarID
#. {1}: id
#: Sources/KosDefinitions/DefinitionLoader.swift:362
#, python-brace-format
msgid "calendar {0} has no slot '{1}' (its slots have no 'id')"
msgstr "calendar {0} has no slot '{1}' (its slots have no 'id')"

#: Sources/KosDefinitions/DefinitionLoader.swift:355
msgid "calendar_slots needs the kit's 'workflow', with a 'calendar'"
msgstr "calendar_slots needs the kit's 'workflow', with a 'calendar'"

#. {0}: key
#: Sources/KosSchedule/SlotPlanner.swift:95
#, python-brace-format
msgid "campaign {0}"
msgstr "campaign {0}"

#. {0}: error
#: Sources/KosCLI/Client/APIClient.swift:80
#, python-brace-format
msgid "cannot encode the request: {0}"
msgstr "cannot encode the request: {0}"

#. {0}: url
#. {1}: detail
#: Sources/KosCLI/Client/APIClient.swift:134
#, python-brace-format
msgid "cannot reach kosd at {0}: is `kosd serve` running there, and is the address right (--server, KOS_SERVER)? ({1})"
msgstr "cannot reach kosd at {0}: is `kosd serve` running there, and is the address right (--server, KOS_SERVER)? ({1})"

#: Sources/KosDefinitions/DaemonConfig.swift:136
msgid "cannot read the configuration file"
msgstr "cannot read the configuration file"

#: Sources/KosDefinitions/DraftParser.swift:75
msgid "cannot read the draft (not a regular file)"
msgstr "cannot read the draft (not a regular file)"

#. {0}: String(cString: strerror(errno))
#: Sources/KosDefinitions/DraftParser.swift:70
#, python-brace-format
msgid "cannot read the draft ({0})"
msgstr "cannot read the draft ({0})"

#: Sources/KosDefinitions/DefinitionLoader.swift:86
msgid "cannot read the file"
msgstr "cannot read the file"

#: Sources/KosDefinitions/DefinitionLoader.swift:73
msgid "cannot read the folder"
msgstr "cannot read the folder"

#. {0}: i + 1
#. {1}: String(cString: strerror(spawned))
#: Sources/KosEngine/Daemon/Supervisor.swift:135
#, python-brace-format
msgid "cannot start worker {0}: {1}"
msgstr "cannot start worker {0}: {1}"

#. {0}: path
#. {1}: error.localizedDescription
#: Sources/KosCLI/DraftCommands.swift:37
#, python-brace-format
msgid "cannot write {0}: {1}"
msgstr "cannot write {0}: {1}"

#: Sources/KosDefinitions/Language.swift:145
msgid "cap"
msgstr "cap"

#. {0}: whose
#. {1}: count
#. {2}: cap.window
#. {3}: cap.max
#. {4}: cap.per.rawValue
#: Sources/KosSchedule/SlotPlanner.swift:97
#, python-brace-format
msgid "cap reached: {0} already has {1} post within {2} (at most {3} per {4})"
msgid_plural "cap reached: {0} already has {1} posts within {2} (at most {3} per {4})"
msgstr[0] "cap reached: {0} already has {1} post within {2} (at most {3} per {4})"
msgstr[1] "cap reached: {0} already has {1} posts within {2} (at most {3} per {4})"

#: Sources/KosDefinitions/Language.swift:79
msgid "check step"
msgstr "check step"

#. {0}: name
#. {1}: Self.maxOutput
#: Sources/KosRules/ExternalRule.swift:49
#, python-brace-format
msgid "checker {0} answered with more than {1} bytes; the draft was not checked by it"
msgstr "checker {0} answered with more than {1} bytes; the draft was not checked by it"

#. {0}: name
#: Sources/KosRules/ExternalRule.swift:54
#, python-brace-format
msgid "checker {0} answered with something that is not {\"findings\": [...]}; the draft was not checked by it"
msgstr "checker {0} answered with something that is not {\"findings\": [...]}; the draft was not checked by it"

#. {0}: name
#. {1}: why
#: Sources/KosRules/ExternalRule.swift:42
#, python-brace-format
msgid "checker {0} could not start: {1}; the draft was not checked by it"
msgstr "checker {0} could not start: {1}; the draft was not checked by it"

#. {0}: name
#: Sources/KosRules/ExternalRule.swift:44
#, python-brace-format
msgid "checker {0} did not answer within the time left of the draft's check budget; the draft was not checked by it"
msgstr "checker {0} did not answer within the time left of the draft's check budget; the draft was not checked by it"

#. {0}: name
#. {1}: timeout
#: Sources/KosRules/ExternalRule.swift:45
#, python-brace-format
msgid "checker {0} did not answer within {1}; the draft was not checked by it"
msgstr "checker {0} did not answer within {1}; the draft was not checked by it"

#. {0}: name
#. {1}: status
#: Sources/KosRules/ExternalRule.swift:47
#, python-brace-format
msgid "checker {0} exited with status {1}; the draft was not checked by it"
msgstr "checker {0} exited with status {1}; the draft was not checked by it"

#. {0}: name
#. {1}: signal
#: Sources/KosRules/ExternalRule.swift:62
#, python-brace-format
msgid "checker {0} was killed by signal {1}; the draft was not checked by it"
msgstr "checker {0} was killed by signal {1}; the draft was not checked by it"

#: Sources/KosCLI/Client/ClientOptions.swift:171
#: Sources/KosServer/Console.swift:445
msgid "checking"
msgstr "checking"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:99
#, python-brace-format
msgid "checks.budget is a duration from 100ms to 10m, e.g. 20s, not '{0}'"
msgstr "checks.budget is a duration from 100ms to 10m, e.g. 20s, not '{0}'"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:105
#, python-brace-format
msgid "checks.programs is on or off (whether workflows may run programs: external checkers and exec steps), not '{0}'"
msgstr "checks.programs is on or off (whether workflows may run programs: external checkers and exec steps), not '{0}'"

#. {0}: e.rule
#. {1}: e.match
#. {2}: e.step
#. {3}: e.why
#: Sources/KosCLI/LintCommand.swift:178
#, python-brace-format
msgid "claim [{0}] \"{1}\" — {2}: {3}"
msgstr "claim [{0}] \"{1}\" — {2}: {3}"

#. {0}: kit.reference
#. {1}: kit.differences.joined(separator: "; ")
#: Sources/KosCLI/DraftCommands.swift:224
#, python-brace-format
msgid "claims the campaign kit {0}, but {1}: read it all"
msgstr "claims the campaign kit {0}, but {1}: read it all"

#. {0}: LocalTime.format(clock.local(at) - (now - before))
#. {1}: calendar.timeZone
#. {2}: LocalTime.format(clock.local(at))
#: Sources/KosSchedule/CalendarSchedule.swift:196
#, python-brace-format
msgid "clocks go forward at {0} ({1}); slots written inside the gap fire once, at {2}"
msgstr "clocks go forward at {0} ({1}); slots written inside the gap fire once, at {2}"

#: Sources/KosCLI/EndpointsCommand.swift:36
msgid "closed"
msgstr "closed"

#. {0}: key
#: Sources/KosCore/Directory.swift:106
#, python-brace-format
msgid "column '{0}' appears twice"
msgstr "column '{0}' appears twice"

#: Sources/KosCLI/Client/ClientOptions.swift:209
msgid "company"
msgstr "company"

#. {0}: a.operatorID
#. {1}: successor
#: Sources/KosStore/StoreRules+Directory.swift:90
#, python-brace-format
msgid "company-owned: from {0} to {1}"
msgstr "company-owned: from {0} to {1}"

#. {0}: Self.maxLength
#: Sources/KosCore/Condition.swift:36
#, python-brace-format
msgid "condition is longer than {0} characters"
msgstr "condition is longer than {0} characters"

#. {0}: Condition.maxDepth
#: Sources/KosCore/Condition.swift:185
#, python-brace-format
msgid "condition nests deeper than {0} levels"
msgstr "condition nests deeper than {0} levels"

#: Sources/KosYAML/YAMLLoader.swift:120
msgid "control characters are not allowed"
msgstr "control characters are not allowed"

#: Sources/KosDefinitions/DraftParser.swift:46
msgid "cooperation"
msgstr "cooperation"

#: Sources/KosServer/APIService+People.swift:144
msgid "cooperation.order is at most 64 characters"
msgstr "cooperation.order is at most 64 characters"

#: Sources/KosYAML/YAMLLoader.swift:121
msgid "could not find expected ':'"
msgstr "could not find expected ':'"

#. {0}: steps
#. {1}: error
#: Sources/kosd/Serve.swift:248
#, python-brace-format
msgid "could not record the strike against step(s) {0}: {1}"
msgstr "could not record the strike against step(s) {0}: {1}"

#: Sources/KosCLI/Client/ClientOptions.swift:199
#: Sources/KosServer/ConsolePages.swift:190
msgid "creator"
msgstr "creator"

#: Sources/kosd/Kosd.swift:231
msgid "creator, reviewer or admin."
msgstr "creator, reviewer or admin."

#: Sources/KosRules/ImageCheck.swift:35
msgid "crop or cover the code"
msgstr "crop or cover the code"

#: Sources/KosRules/ImageCheck.swift:35
msgid "crop or cover the code, or use the brand's approved code"
msgstr "crop or cover the code, or use the brand's approved code"

#: Sources/KosCLI/DraftCommands.swift:243
msgid "current"
msgstr "current"

#: Sources/KosCore/CronExpression.swift:262
msgid "day of month"
msgstr "day of month"

#. {0}: d
#: Sources/KosCore/CronExpression.swift:142
#, python-brace-format
msgid "day of month {0} is out of range 1-31"
msgstr "day of month {0} is out of range 1-31"

#: Sources/KosCore/CronExpression.swift:263
msgid "day of week"
msgstr "day of week"

#. {0}: listed.joined(separator: ",")
#. {1}: monthList
#: Sources/KosCore/CronExpression.swift:192
#, python-brace-format
msgid "day {0} never comes in {1}: this expression would never fire"
msgstr "day {0} never comes in {1}: this expression would never fire"

#: Sources/KosCLI/Client/ClientOptions.swift:186
msgid "dead"
msgstr "dead"

#: Sources/KosServer/ConsoleHealth.swift:60
msgid "dead letters"
msgstr "dead letters"

#. {0}: field("due")
#: Sources/KosServer/ConsolePages.swift:233
#, python-brace-format
msgid "deadline {0}"
msgstr "deadline {0}"

#: Sources/KosCLI/DraftCommands.swift:241
msgid "decisions:"
msgstr "decisions:"

#. {0}: version
#: Sources/KosEngine/DefinitionVersions.swift:66
#, python-brace-format
msgid "definitions {0} are not in the store"
msgstr "definitions {0} are not in the store"

#. {0}: definitions
#. {1}: settings.store
#: Sources/kosd/Serve.swift:53
#, python-brace-format
msgid "definitions {0} are not in the store {1}"
msgstr "definitions {0} are not in the store {1}"

#. {0}: version
#: Sources/KosServer/APIService.swift:49
#, python-brace-format
msgid "definitions {0} do not load"
msgstr "definitions {0} do not load"

#. {0}: definitions
#. {1}: failure
#: Sources/kosd/Serve.swift:59
#, python-brace-format
msgid "definitions {0} do not load: {1}"
msgstr "definitions {0} do not load: {1}"

#. {0}: reason
#: Sources/KosEngine/Daemon/Supervisor.swift:275
#, python-brace-format
msgid "degraded: {0}; new work is refused until the store can write"
msgstr "degraded: {0}; new work is refused until the store can write"

#: Sources/KosCLI/Client/ClientOptions.swift:185
#: Sources/KosServer/ConsoleHealth.swift:59
msgid "delivered"
msgstr "delivered"

#: Sources/KosServer/APIService.swift:533
#: Sources/KosServer/APIService.swift:545
msgid "deliveries are for the brand's reviewers and admins"
msgstr "deliveries are for the brand's reviewers and admins"

#. {0}: d.delivered
#. {1}: d.failed
#. {2}: d.pending
#. {3}: d.dead
#: Sources/KosCLI/ReportCommand.swift:104
#, python-brace-format
msgid "deliveries: {0} delivered, {1} being retried, {2} waiting, {3} dead letters"
msgstr "deliveries: {0} delivered, {1} being retried, {2} waiting, {3} dead letters"

#: Sources/KosStore/Store.swift:455
msgid "delivery"
msgstr "delivery"

#. {0}: previous + 1
#. {1}: delivery.endpoint
#: Sources/KosEngine/Steps/PublishRunner.swift:72
#, python-brace-format
msgid "delivery attempt {0} to {1} failed; retrying"
msgstr "delivery attempt {0} to {1} failed; retrying"

#. {0}: webhookID
#: Sources/KosStore/PostgresStore+Deliveries.swift:95
#: Sources/KosStore/SQLiteStore+Deliveries.swift:51
#, python-brace-format
msgid "delivery {0}"
msgstr "delivery {0}"

#: Sources/KosYAML/YAMLLoader.swift:122
msgid "did not find expected ',' or ']'"
msgstr "did not find expected ',' or ']'"

#: Sources/KosYAML/YAMLLoader.swift:123
msgid "did not find expected ',' or '}'"
msgstr "did not find expected ',' or '}'"

#: Sources/KosYAML/YAMLLoader.swift:124
msgid "did not find expected '-' indicator"
msgstr "did not find expected '-' indicator"

#: Sources/KosYAML/YAMLLoader.swift:125
msgid "did not find expected <document start>"
msgstr "did not find expected <document start>"

#: Sources/KosYAML/YAMLLoader.swift:126
msgid "did not find expected alphabetic or numeric character"
msgstr "did not find expected alphabetic or numeric character"

#: Sources/KosYAML/YAMLLoader.swift:127
msgid "did not find expected comment or line break"
msgstr "did not find expected comment or line break"

#: Sources/KosYAML/YAMLLoader.swift:128
msgid "did not find expected hexdecimal number"
msgstr "did not find expected hexdecimal number"

#: Sources/KosYAML/YAMLLoader.swift:129
msgid "did not find expected key"
msgstr "did not find expected key"

#: Sources/KosYAML/YAMLLoader.swift:130
msgid "did not find expected node content"
msgstr "did not find expected node content"

#: Sources/KosYAML/YAMLLoader.swift:131
msgid "did not find expected whitespace"
msgstr "did not find expected whitespace"

#: Sources/KosYAML/YAMLLoader.swift:132
msgid "did not find expected whitespace or line break"
msgstr "did not find expected whitespace or line break"

#: Sources/KosCLI/EndpointsCommand.swift:24
msgid "disabled"
msgstr "disabled"

#: Sources/KosDefinitions/DaemonConfig.swift:62
msgid "do not write the password in the URL; give ?password_file=PATH or set PGPASSFILE"
msgstr "do not write the password in the URL; give ?password_file=PATH or set PGPASSFILE"

#: Sources/KosStore/AuditChain.swift:33
msgid "does not follow the entry before it (the chain was reordered or an entry removed)"
msgstr "does not follow the entry before it (the chain was reordered or an entry removed)"

#: Sources/KosStore/Store.swift:453
msgid "draft"
msgstr "draft"

#: Sources/KosDefinitions/DraftParser.swift:30
msgid "draft front matter"
msgstr "draft front matter"

#: Sources/KosDefinitions/Language.swift:54
msgid "draft trigger"
msgstr "draft trigger"

#. {0}: draftID
#: Sources/KosStore/PostgresStore+Drafts.swift:70
#: Sources/KosStore/PostgresStore+Drafts.swift:120
#: Sources/KosStore/PostgresStore+Drafts.swift:139
#: Sources/KosStore/SQLiteStore+Drafts.swift:53
#, python-brace-format
msgid "draft {0}"
msgstr "draft {0}"

#. {0}: draftID
#: Sources/KosStore/StoreRules.swift:148
#, python-brace-format
msgid "draft {0} was withdrawn; submit a new draft"
msgstr "draft {0} was withdrawn; submit a new draft"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:90
#, python-brace-format
msgid "drain_timeout is a duration up to 1h, e.g. 30s, not '{0}'"
msgstr "drain_timeout is a duration up to 1h, e.g. 30s, not '{0}'"

#. {0}: id
#. {1}: first
#: Sources/KosCore/Directory.swift:134
#, python-brace-format
msgid "duplicate id {0} (first on line {1})"
msgstr "duplicate id {0} (first on line {1})"

#. {0}: s.text
#. {1}: first
#: Sources/KosYAML/YAMLLoader.swift:321
#, python-brace-format
msgid "duplicate key '{0}' (first at {1})"
msgstr "duplicate key '{0}' (first at {1})"

#. {0}: first.key.location
#: Sources/KosYAML/YAMLLoader.swift:326
#, python-brace-format
msgid "duplicate key (first at {0})"
msgstr "duplicate key (first at {0})"

#: Sources/KosCLI/DraftCommands.swift:243
msgid "earlier (void)"
msgstr "earlier (void)"

#: Sources/KosDefinitions/Language.swift:157
msgid "embargo"
msgstr "embargo"

#. {0}: zone
#: Sources/KosRules/EmbargoRule.swift:16
#, python-brace-format
msgid "embargo 'until' is not a local date-time in {0}"
msgstr "embargo 'until' is not a local date-time in {0}"

#. {0}: lift.product
#. {1}: lift.local
#: Sources/KosEngine/Worker+Slots.swift:73
#, python-brace-format
msgid "embargo on {0} until {1}"
msgstr "embargo on {0} until {1}"

#: Sources/KosCLI/Client/ClientOptions.swift:210
msgid "employee"
msgstr "employee"

#: Sources/KosCore/Condition.swift:128
msgid "empty condition"
msgstr "empty condition"

#. {0}: Self.fieldWord(name)
#. {1}: text
#: Sources/KosCore/CronExpression.swift:208
#, python-brace-format
msgid "empty item in the {0} list '{1}'"
msgstr "empty item in the {0} list '{1}'"

#. {0}: Self.fieldWord(name)
#: Sources/KosCore/CronExpression.swift:206
#, python-brace-format
msgid "empty {0} field"
msgstr "empty {0} field"

#: Sources/KosCLI/EndpointsCommand.swift:24
msgid "enabled"
msgstr "enabled"

#. {0}: id
#: Sources/KosCLI/EndpointsCommand.swift:51
#, python-brace-format
msgid "enabled {0}"
msgstr "enabled {0}"

#: Sources/KosCore/Condition.swift:140
msgid "end of condition"
msgstr "end of condition"

#. {0}: delivery.endpoint
#: Sources/KosEngine/Steps/PublishRunner.swift:83
#, python-brace-format
msgid "endpoint {0} is not defined"
msgstr "endpoint {0} is not defined"

#. {0}: endpoint.id
#. {1}: error.message
#: Sources/kosd/Kosd.swift:65
#, python-brace-format
msgid "endpoint {0}: {1}; deliveries to it will fail until it can"
msgstr "endpoint {0}: {1}; deliveries to it will fail until it can"

#: Sources/KosServer/APIService.swift:571
msgid "endpoints are for the brand's reviewers and admins"
msgstr "endpoints are for the brand's reviewers and admins"

#. {0}: expectedSeq
#. {1}: e.seq - 1
#: Sources/KosStore/AuditChain.swift:30
#, python-brace-format
msgid "entries {0}…{1} are missing"
msgstr "entries {0}…{1} are missing"

#: Sources/KosServer/Console.swift:464
msgid "error"
msgstr "error"

#. {0}: file
#: Sources/KosCLI/PeopleCommand.swift:94
#, python-brace-format
msgid "error: cannot read {0}"
msgstr "error: cannot read {0}"

#. {0}: status
#. {1}: text.prefix(300)
#: Sources/KosCLI/Client/APIClient.swift:55
#, python-brace-format
msgid "error: kosd answered {0}: {1}"
msgstr "error: kosd answered {0}: {1}"

#. {0}: kit
#: Sources/KosCLI/LibraryCommand.swift:38
#, python-brace-format
msgid "error: no kit '{0}' is open now; 'kos library' lists those that are"
msgstr "error: no kit '{0}' is open now; 'kos library' lists those that are"

#. {0}: id
#. {1}: available.keys.sorted().joined(separator: ", ")
#: Sources/KosCLI/LintCommand.swift:115
#, python-brace-format
msgid "error: unknown pack '{0}'; available: {1}"
msgstr "error: unknown pack '{0}'; available: {1}"

#. {0}: p | what | why
#: Sources/KosCLI/Client/APIClient.swift:52
#: Sources/KosCLI/Client/APIClient.swift:53
#: Sources/KosCLI/Client/APIClient.swift:54
#, python-brace-format
msgid "error: {0}"
msgstr "error: {0}"

#: Sources/KosServer/Console.swift:425
msgid "escalated"
msgstr "escalated"

#: Sources/KosDefinitions/Language.swift:92
msgid "escalation"
msgstr "escalation"

#. {0}: TimeSpan(milliseconds: now - since)
#: Sources/KosCore/EndpointHealth.swift:78
#, python-brace-format
msgid "every delivery has failed for {0}"
msgstr "every delivery has failed for {0}"

#: Sources/KosDefinitions/Language.swift:212
msgid "every model"
msgstr "every model"

#: Sources/KosDefinitions/Language.swift:248
msgid "exception"
msgstr "exception"

#. {0}: e.until
#. {1}: e.owner
#. {2}: e.reason
#: Sources/KosRules/Linter.swift:259
#, python-brace-format
msgid "exception until {0} ({1}): {2}"
msgstr "exception until {0} ({1}): {2}"

#: Sources/KosDefinitions/Language.swift:115
msgid "exec step"
msgstr "exec step"

#. {0}: start
#: Sources/KosCore/Condition.swift:214
#, python-brace-format
msgid "expected ')' to close the '(' at offset {0}"
msgstr "expected ')' to close the '(' at offset {0}"

#: Sources/KosCore/Condition.swift:227
msgid "expected ',' or ']' in the list"
msgstr "expected ',' or ']' in the list"

#: Sources/KosCore/Condition.swift:203
msgid "expected a field name after '.'"
msgstr "expected a field name after '.'"

#. {0}: describe(token)
#: Sources/KosCore/Condition.swift:232
#, python-brace-format
msgid "expected a field, a value or '(' but found {0}"
msgstr "expected a field, a value or '(' but found {0}"

#: Sources/KosCLI/Client/ClientOptions.swift:179
#: Sources/KosServer/Console.swift:452
msgid "expired"
msgstr "expired"

#: Sources/KosRules/ExternalRule.swift:20
msgid "external rule has no command"
msgstr "external rule has no command"

#: Sources/KosCLI/Client/ClientOptions.swift:180
#: Sources/KosServer/Console.swift:453
msgid "failed"
msgstr "failed"

#. {0}: signal
#: Sources/KosRules/ImageReader.swift:66
#, python-brace-format
msgid "ffmpeg was stopped by signal {0}"
msgstr "ffmpeg was stopped by signal {0}"

#. {0}: field("finding")
#: Sources/KosServer/ConsolePages.swift:275
#, python-brace-format
msgid "finding {0}"
msgstr "finding {0}"

#: Sources/KosCLI/DraftCommands.swift:232
msgid "findings:"
msgstr "findings:"

#: Sources/KosCLI/DraftCommands.swift:230
msgid "findings: none"
msgstr "findings: none"

#: Sources/KosCLI/Client/ClientOptions.swift:188
msgid "fired"
msgstr "fired"

#: Sources/KosServer/ConsoleHealth.swift:87
msgid "first pass"
msgstr "first pass"

#. {0}: rate
#. {1}: r.firstPass.passed
#. {2}: r.firstPass.decided
#: Sources/KosCLI/ReportCommand.swift:95
#, python-brace-format
msgid "first pass: {0} ({1} of {2} decided drafts cleared review at their first revision)"
msgstr "first pass: {0} ({1} of {2} decided drafts cleared review at their first revision)"

#: Sources/KosDefinitions/Language.swift:282
msgid "fixtures"
msgstr "fixtures"

#. {0}: d.id
#: Sources/KosCLI/DraftCommands.swift:107
#, python-brace-format
msgid "follow it with: kos status {0}"
msgstr "follow it with: kos status {0}"

#: Sources/KosYAML/YAMLLoader.swift:133
msgid "found a tab character that violates indentation"
msgstr "found a tab character that violates indentation"

#: Sources/KosYAML/YAMLLoader.swift:134
msgid "found a tab character where an indentation space is expected"
msgstr "found a tab character where an indentation space is expected"

#: Sources/KosYAML/YAMLLoader.swift:135
msgid "found an indentation indicator equal to 0"
msgstr "found an indentation indicator equal to 0"

#: Sources/KosYAML/YAMLLoader.swift:136
msgid "found character that cannot start any token"
msgstr "found character that cannot start any token"

#: Sources/KosYAML/YAMLLoader.swift:137
msgid "found duplicate anchor; first occurrence"
msgstr "found duplicate anchor; first occurrence"

#: Sources/KosYAML/YAMLLoader.swift:138
msgid "found invalid Unicode character escape code"
msgstr "found invalid Unicode character escape code"

#: Sources/KosYAML/YAMLLoader.swift:139
msgid "found undefined alias"
msgstr "found undefined alias"

#: Sources/KosYAML/YAMLLoader.swift:140
msgid "found undefined tag handle"
msgstr "found undefined tag handle"

#: Sources/KosYAML/YAMLLoader.swift:141
msgid "found unexpected ':'"
msgstr "found unexpected ':'"

#: Sources/KosYAML/YAMLLoader.swift:142
msgid "found unexpected document indicator"
msgstr "found unexpected document indicator"

#: Sources/KosYAML/YAMLLoader.swift:143
msgid "found unexpected end of stream"
msgstr "found unexpected end of stream"

#: Sources/KosYAML/YAMLLoader.swift:144
msgid "found unknown escape character"
msgstr "found unknown escape character"

#: Sources/KosCLI/CalendarCommand.swift:135
msgid "free"
msgstr "free"

#. {0}: handover.personID
#. {1}: successor
#. {2}: why
#: Sources/KosStore/StoreRules+Directory.swift:74
#, python-brace-format
msgid "from {0} to {1}: {2}"
msgstr "from {0} to {1}: {2}"

#: Sources/KosDefinitions/DraftParser.swift:176
msgid "front matter must be a mapping of title, platforms, hashtags, …"
msgstr "front matter must be a mapping of title, platforms, hashtags, …"

#: Sources/KosDefinitions/DraftParser.swift:141
msgid "front matter opened with '---' is never closed with '---'"
msgstr "front matter opened with '---' is never closed with '---'"

#: Sources/KosDefinitions/DaemonConfig.swift:69
msgid "give the folder of payload templates, e.g. /etc/kos/templates"
msgstr "give the folder of payload templates, e.g. /etc/kos/templates"

#: Sources/KosDefinitions/DaemonConfig.swift:66
msgid "give the folder of workflow definitions, e.g. /etc/kos/workflows"
msgstr "give the folder of workflow definitions, e.g. /etc/kos/workflows"

#: Sources/KosCLI/DraftCommands.swift:21
msgid "give the token with --token or on standard input"
msgstr "give the token with --token or on standard input"

#: Sources/KosStore/StoreRules.swift:174
msgid "gone"
msgstr "gone"

#. {0}: groups
#: Sources/KosServer/APIService.swift:791
#, python-brace-format
msgid "group {0}"
msgstr "group {0}"

#. {0}: escalatedTo
#: Sources/KosServer/APIService.swift:784
#, python-brace-format
msgid "group {0} (escalated)"
msgstr "group {0} (escalated)"

#. {0}: groups
#: Sources/KosServer/APIService.swift:791
#, python-brace-format
msgid "group {0}, of the author's store"
msgstr "group {0}, of the author's store"

#. {0}: groups
#. {1}: role
#: Sources/KosServer/APIService.swift:789
#, python-brace-format
msgid "group {0}, role {1}"
msgstr "group {0}, role {1}"

#. {0}: groups
#. {1}: role
#: Sources/KosServer/APIService.swift:789
#, python-brace-format
msgid "group {0}, role {1}, of the author's store"
msgstr "group {0}, role {1}, of the author's store"

#: Sources/KosCLI/PeopleCommand.swift:84
msgid ""
"groups are separated by ';'; accounts are 'platform:handle (company)' or '(employee)', separated by ';'.\n"
"People and accounts the file does not name are left as they are; a file with any mistake changes nothing."
msgstr ""
"groups are separated by ';'; accounts are 'platform:handle (company)' or '(employee)', separated by ';'.\n"
"People and accounts the file does not name are left as they are; a file with any mistake changes nothing."

#. {0}: groups.joined(separator: ", ")
#: Sources/kosd/Kosd.swift:260
#, python-brace-format
msgid "groups {0}"
msgstr "groups {0}"

#. {0}: p.groups.joined(separator: ", ")
#: Sources/KosCLI/PeopleCommand.swift:47
#, python-brace-format
msgid "groups: {0}"
msgstr "groups: {0}"

#: Sources/KosCLI/EndpointsCommand.swift:38
msgid "half-open"
msgstr "half-open"

#. {0}: name
#: Sources/KosEngine/Worker.swift:198
#, python-brace-format
msgid "handed back: {0} is stopping"
msgstr "handed back: {0} is stopping"

#. {0}: handed
#. {1}: successor
#. {2}: handedList
#: Sources/KosCLI/PeopleCommand.swift:71
#, python-brace-format
msgid "handover: {0} post handed over to {1} ({2})"
msgid_plural "handover: {0} posts handed over to {1} ({2})"
msgstr[0] "handover: {0} post handed over to {1} ({2})"
msgstr[1] "handover: {0} posts handed over to {1} ({2})"

#. {0}: extra
#: Sources/KosCore/Kit.swift:226
#, python-brace-format
msgid "hashtags not in the kit: {0}"
msgstr "hashtags not in the kit: {0}"

#: Sources/KosServer/ConsoleHealth.swift:64
msgid "held by an embargo"
msgstr "held by an embargo"

#. {0}: lifts.product
#. {1}: lifts.local
#: Sources/KosEngine/Steps/WaitRunner.swift:24
#, python-brace-format
msgid "held by the embargo on {0} until {1}"
msgstr "held by the embargo on {0} until {1}"

#. {0}: r.held.embargo
#. {1}: r.held.slot
#. {2}: r.held.moved
#. {3}: r.held.missed
#: Sources/KosCLI/ReportCommand.swift:102
#, python-brace-format
msgid "held now: {0} by an embargo, {1} waiting for a calendar slot; slots moved {2}, missed {3}"
msgstr "held now: {0} by an embargo, {1} waiting for a calendar slot; slots moved {2}, missed {3}"

#. {0}: reference
#. {1}: API.timestamp(until)
#: Sources/KosEngine/Worker.swift:615
#, python-brace-format
msgid "held: the campaign kit {0} it was made from closed at {1} (its season is over); the author revises it as their own post (full review), or waits for the kit's next version"
msgstr "held: the campaign kit {0} it was made from closed at {1} (its season is over); the author revises it as their own post (full review), or waits for the kit's next version"

#. {0}: reference
#: Sources/KosEngine/Worker.swift:611
#, python-brace-format
msgid "held: the campaign kit {0} it was made from is no longer in the library; the author revises it as their own post (full review), or waits for the kit's next version"
msgstr "held: the campaign kit {0} it was made from is no longer in the library; the author revises it as their own post (full review), or waits for the kit's next version"

#. {0}: reference
#: Sources/KosEngine/Worker.swift:613
#, python-brace-format
msgid "held: the campaign kit {0} it was made from was withdrawn; the author revises it as their own post (full review), or waits for the kit's next version"
msgstr "held: the campaign kit {0} it was made from was withdrawn; the author revises it as their own post (full review), or waits for the kit's next version"

#. {0}: current
#. {1}: named
#: Sources/KosEngine/Worker.swift:585
#, python-brace-format
msgid "held: the guideline packs changed after approval (definitions {0}) and now flag {1}; revise the draft"
msgstr "held: the guideline packs changed after approval (definitions {0}) and now flag {1}; revise the draft"

#: Sources/KosCLI/DraftCommands.swift:246
msgid "history:"
msgstr "history:"

#: Sources/KosCore/CronExpression.swift:260
msgid "hour"
msgstr "hour"

#: Sources/KosCLI/ReportCommand.swift:16
msgid "human, json or csv (one figure a row: section, name, measure, value)."
msgstr "human, json or csv (one figure a row: section, name, measure, value)."

#. {0}: id
#: Sources/KosCore/Directory.swift:130
#, python-brace-format
msgid "id '{0}' is not ASCII letters, digits and . - _ @ (at most 64)"
msgstr "id '{0}' is not ASCII letters, digits and . - _ @ (at most 64)"

#. {0}: extra
#: Sources/KosCore/Kit.swift:228
#, python-brace-format
msgid "images not in the kit: {0}"
msgstr "images not in the kit: {0}"

#: Sources/KosServer/APIService+People.swift:44
msgid "importing the staff directory needs the admin role"
msgstr "importing the staff directory needs the admin role"

#. {0}: slot.name
#. {1}: f.message
#: Sources/KosEngine/Steps/CheckRunner.swift:29
#, python-brace-format
msgid "in the slot {0}: {1}"
msgstr "in the slot {0}: {1}"

#. {0}: platform
#. {1}: delivery.template
#. {2}: f.message
#: Sources/KosEngine/Worker+Payload.swift:33
#, python-brace-format
msgid "in the {0} payload from {1}: {2}"
msgstr "in the {0} payload from {1}: {2}"

#. {0}: name
#. {1}: box.x
#. {2}: box.y
#. {3}: box.width
#. {4}: box.height
#. {5}: f.message
#: Sources/KosRules/ImageCheck.swift:27
#, python-brace-format
msgid "in {0} (at {1},{2} {3}×{4}): {5}"
msgstr "in {0} (at {1},{2} {3}×{4}): {5}"

#: Sources/KosYAML/YAMLLoader.swift:145
msgid "incomplete UTF-8 octet sequence"
msgstr "incomplete UTF-8 octet sequence"

#. {0}: reason
#: Sources/KosRules/Linter.swift:297
#, python-brace-format
msgid "inline: {0}"
msgstr "inline: {0}"

#. {0}: bytes.count
#. {1}: options.maxBytes
#: Sources/KosYAML/YAMLLoader.swift:63
#, python-brace-format
msgid "input is {0} bytes; the limit is {1} bytes"
msgstr "input is {0} bytes; the limit is {1} bytes"

#: Sources/KosRules/ClaimRule.swift:88
msgid "inside the title of a work (《…》), not a claim"
msgstr "inside the title of a work (《…》), not a claim"

#: Sources/KosYAML/YAMLLoader.swift:146
msgid "invalid Unicode character"
msgstr "invalid Unicode character"

#. {0}: error.message
#: Sources/KosDefinitions/Decoder.swift:29
#, python-brace-format
msgid "invalid condition: {0}"
msgstr "invalid condition: {0}"

#. {0}: error.message
#: Sources/KosDefinitions/ShapeValidator.swift:195
#, python-brace-format
msgid "invalid cron expression: {0}"
msgstr "invalid cron expression: {0}"

#: Sources/KosYAML/YAMLLoader.swift:147
msgid "invalid leading UTF-8 octet"
msgstr "invalid leading UTF-8 octet"

#: Sources/KosYAML/YAMLLoader.swift:148
msgid "invalid length of a UTF-8 sequence"
msgstr "invalid length of a UTF-8 sequence"

#. {0}: error.message
#: Sources/KosDefinitions/ShapeValidator.swift:201
#, python-brace-format
msgid "invalid recurrence rule: {0}"
msgstr "invalid recurrence rule: {0}"

#: Sources/KosYAML/YAMLLoader.swift:149
msgid "invalid trailing UTF-8 octet"
msgstr "invalid trailing UTF-8 octet"

#: Sources/KosCore/MediaKind.swift:57
msgid "it is animated: the text in its frames cannot be checked; post a still image, or a video"
msgstr "it is animated: the text in its frames cannot be checked; post a still image, or a video"

#. {0}: claimed
#. {1}: why
#: Sources/KosCore/MediaKind.swift:61
#, python-brace-format
msgid "it is named as {0} but it is {1}"
msgstr "it is named as {0} but it is {1}"

#. {0}: claimed
#: Sources/KosCore/MediaKind.swift:50
#, python-brace-format
msgid "it is named as {0} but its bytes are not an image or video of any type the platforms take"
msgstr "it is named as {0} but its bytes are not an image or video of any type the platforms take"

#. {0}: claimed
#. {1}: kind.type
#: Sources/KosCore/MediaKind.swift:60
#, python-brace-format
msgid "it is named as {0} but its bytes are {1}"
msgstr "it is named as {0} but its bytes are {1}"

#. {0}: size >> 20
#. {1}: maxImageBytes >> 20
#: Sources/KosCLI/LintCommand.swift:281
#, python-brace-format
msgid "it is {0} MB; a picture may be at most {1} MB"
msgstr "it is {0} MB; a picture may be at most {1} MB"

#. {0}: kind.width
#. {1}: kind.height
#. {2}: kind.width * kind.height / 1_000_000
#. {3}: maxPixels / 1_000_000
#: Sources/KosCore/MediaKind.swift:54
#, python-brace-format
msgid "it is {0}×{1} pixels ({2} megapixels); an image may have at most {3} megapixels"
msgstr "it is {0}×{1} pixels ({2} megapixels); an image may have at most {3} megapixels"

#. {0}: draft.id
#: Sources/KosCLI/DraftCommands.swift:291
#, python-brace-format
msgid "its author can take your rewording with: kos accept-suggestion {0}"
msgstr "its author can take your rewording with: kos accept-suggestion {0}"

#. {0}: seconds
#: Sources/KosRules/ImageReader.swift:80
#, python-brace-format
msgid "its codes were not read within {0} s"
msgstr "its codes were not read within {0} s"

#: Sources/KosStore/AuditChain.swift:37
msgid "its content was changed after it was written"
msgstr "its content was changed after it was written"

#. {0}: status
#: Sources/KosRules/ImageReader.swift:64
#, python-brace-format
msgid "its cover frame could not be taken (ffmpeg status {0})"
msgstr "its cover frame could not be taken (ffmpeg status {0})"

#. {0}: why
#: Sources/KosRules/ImageReader.swift:67
#, python-brace-format
msgid "its cover frame could not be taken: {0} (Debian's ffmpeg)"
msgstr "its cover frame could not be taken: {0} (Debian's ffmpeg)"

#. {0}: MediaKind.maxPixels / 1_000_000
#: Sources/KosRules/ImageReader.swift:61
#, python-brace-format
msgid "its cover frame is larger than {0} megapixels"
msgstr "its cover frame is larger than {0} megapixels"

#. {0}: String(format: "%g", budget)
#: Sources/KosRules/ImageReader.swift:65
#, python-brace-format
msgid "its cover frame was not taken within {0} s"
msgstr "its cover frame was not taken within {0} s"

#: Sources/KosDefinitions/DefinitionLoader+Coverage.swift:51
msgid "its endpoint"
msgstr "its endpoint"

#. {0}: seconds
#: Sources/KosRules/ImageReader.swift:86
#: Sources/KosRules/ImageReader.swift:93
#, python-brace-format
msgid "its text was not read within {0} s"
msgstr "its text was not read within {0} s"

#: Sources/KosDefinitions/Language.swift:164
msgid "jitter"
msgstr "jitter"

#: Sources/KosCLI/AuditCommand.swift:42
msgid "jsonl or csv."
msgstr "jsonl or csv."

#. {0}: object.name
#: Sources/KosDefinitions/ShapeValidator.swift:142
#, python-brace-format
msgid "keys of a {0} must be strings"
msgstr "keys of a {0} must be strings"

#. {0}: what
#: Sources/KosDefinitions/ShapeValidator.swift:81
#, python-brace-format
msgid "keys of {0} must be strings; quote them"
msgstr "keys of {0} must be strings; quote them"

#: Sources/KosDefinitions/Language.swift:189
msgctxt "kit"
msgid "slot"
msgstr "slot"

#: Sources/KosDefinitions/Language.swift:195
msgid "kit medium"
msgstr "kit medium"

#. {0}: kit.reference
#. {1}: f.rule
#. {2}: f.message
#: Sources/KosRules/KitLint.swift:31
#, python-brace-format
msgid "kit {0}: its locked text fails {1}: {2}"
msgstr "kit {0}: its locked text fails {1}: {2}"

#. {0}: kit.reference
#. {1}: f.rule
#. {2}: f.message
#. {3}: $0
#: Sources/KosRules/KitLint.swift:30
#, python-brace-format
msgid "kit {0}: its locked text fails {1}: {2} (「{3}」)"
msgstr "kit {0}: its locked text fails {1}: {2} (「{3}」)"

#. {0}: kit.reference
#. {1}: slot.name
#. {2}: id
#: Sources/KosRules/KitLint.swift:19
#, python-brace-format
msgid "kit {0}: slot '{1}' names no guideline pack '{2}'"
msgstr "kit {0}: slot '{1}' names no guideline pack '{2}'"

#. {0}: run.draftID
#: Sources/KosEngine/Worker.swift:626
#, python-brace-format
msgid "kos revise {0} FILE: the post takes the full review as the author's own"
msgstr "kos revise {0} FILE: the post takes the full review as the author's own"

#: Sources/KosCLI/DraftCommands.swift:301
msgid "kos show ID shows the suggestion first; the new revision is checked and approved again like any other."
msgstr "kos show ID shows the suggestion first; the new revision is checked and approved again like any other."

#: Sources/KosCLI/Client/APIClient.swift:88
msgid "kosd does not accept your token (revoked or expired?): ask your admin for a new one, then run `kos login` with it"
msgstr "kosd does not accept your token (revoked or expired?): ask your admin for a new one, then run `kos login` with it"

#: Sources/KosCLI/PeopleCommand.swift:154
msgid "kosd hands their work over at that moment; until then nothing changes"
msgstr "kosd hands their work over at that moment; until then nothing changes"

#. {0}: full
#. {1}: advice
#. {2}: detail.replacingOccurrences(of: "kosd port 80", with: "the socket")
#: Sources/KosCLI/Client/APIClient.swift:132
#, python-brace-format
msgid "kosd is not answering on {0}: {1} ({2})"
msgstr "kosd is not answering on {0}: {1} ({2})"

#: Sources/KosCore/API.swift:485
msgid "kosd is not ready"
msgstr "kosd is not ready"

#: Sources/KosCLI/DraftCommands.swift:197
msgid "kosd serves no HTTP address it can name: open this path on kosd's address, or set api.listen in kosd.yaml"
msgstr "kosd serves no HTTP address it can name: open this path on kosd's address, or set api.listen in kosd.yaml"

#: Sources/KosCLI/Client/ClientOptions.swift:9
msgid "kosd's API: unix:PATH or http://HOST:PORT. Default: KOS_SERVER, the login file, else unix:.kos/kosd.sock."
msgstr "kosd's API: unix:PATH or http://HOST:PORT. Default: KOS_SERVER, the login file, else unix:.kos/kosd.sock."

#. {0}: documents.count
#: Sources/KosDefinitions/DaemonConfig.swift:155
#, python-brace-format
msgid "kosd.yaml holds one document; found {0}"
msgstr "kosd.yaml holds one document; found {0}"

#. {0}: root.kindName
#: Sources/KosDefinitions/DaemonConfig.swift:158
#, python-brace-format
msgid "kosd.yaml is a mapping of settings (database:, workflows:, api:, log:, …), not {0}"
msgstr "kosd.yaml is a mapping of settings (database:, workflows:, api:, log:, …), not {0}"

#. {0}: location
#. {1}: to
#. {2}: entries
#: Sources/kosd/Kosd.swift:127
#, python-brace-format
msgid "kosd: backed up {0} to {1} ({2} audit entries)"
msgstr "kosd: backed up {0} to {1} ({2} audit entries)"

#. {0}: source
#. {1}: s.store
#. {2}: workflows
#. {3}: s.templates
#. {4}: api
#. {5}: workers
#. {6}: s.logFormat
#. {7}: s.logLevel
#. {8}: checks
#. {9}: connections
#. {10}: media
#. {11}: console
#: Sources/kosd/Kosd.swift:80
#, python-brace-format
msgid ""
"kosd: configuration valid ({0})\n"
"  database    {1}\n"
"  workflows   {2}\n"
"  templates   {3}\n"
"  api         {4}\n"
"  workers     {5}\n"
"  log         {6}, {7}\n"
"  checks      {8}\n"
"  connections {9}\n"
"  media links {10}\n"
"  console     {11}"
msgstr ""
"kosd: configuration valid ({0})\n"
"  database    {1}\n"
"  workflows   {2}\n"
"  templates   {3}\n"
"  api         {4}\n"
"  workers     {5}\n"
"  log         {6}, {7}\n"
"  checks      {8}\n"
"  connections {9}\n"
"  media links {10}\n"
"  console     {11}"

#. {0}: user
#: Sources/kosd/Kosd.swift:283
#, python-brace-format
msgid "kosd: every token of {0} is revoked"
msgstr "kosd: every token of {0} is revoked"

#: Sources/kosd/Kosd.swift:180
msgid "kosd: no token has been issued; create one with kosd token create --user ID --role ROLE"
msgstr "kosd: no token has been issued; create one with kosd token create --user ID --role ROLE"

#: Sources/kosd/Kosd.swift:180
msgid "kosd: no token lets anyone in; create one with kosd token create --user ID --role ROLE"
msgstr "kosd: no token lets anyone in; create one with kosd token create --user ID --role ROLE"

#: Sources/kosd/Kosd.swift:207
msgid "kosd: nobody yet; add a person with kosd token create --user ID --role creator|reviewer|admin"
msgstr "kosd: nobody yet; add a person with kosd token create --user ID --role creator|reviewer|admin"

#: Sources/kosd/Kosd.swift:20
msgid ""
"kosd: say what to run:\n"
"  kosd serve              run the daemon (what kosd.service runs)\n"
"  kosd check-config       check kosd.yaml, KOSD_* variables and the workflows, then exit\n"
"  kosd token create       give a person an API token; kosd token list shows who holds one\n"
"  kosd people             the people the store knows, with their roles and stores\n"
"  kosd backup --to FILE   copy the SQLite store while kosd runs\n"
"kosd --help lists every command and option."
msgstr ""
"kosd: say what to run:\n"
"  kosd serve              run the daemon (what kosd.service runs)\n"
"  kosd check-config       check kosd.yaml, KOSD_* variables and the workflows, then exit\n"
"  kosd token create       give a person an API token; kosd token list shows who holds one\n"
"  kosd people             the people the store knows, with their roles and stores\n"
"  kosd backup --to FILE   copy the SQLite store while kosd runs\n"
"kosd --help lists every command and option."

#. {0}: error
#: Sources/kosd/Kosd.swift:130
#, python-brace-format
msgid "kosd: the backup failed: {0}"
msgstr "kosd: the backup failed: {0}"

#: Sources/kosd/Kosd.swift:114
msgid "kosd: the store is PostgreSQL; back it up with pg_dump (see deploy/MULTI-HOST.md)"
msgstr "kosd: the store is PostgreSQL; back it up with pg_dump (see deploy/MULTI-HOST.md)"

#. {0}: location
#: Sources/kosd/Kosd.swift:122
#, python-brace-format
msgid "kosd: there is no store at {0}"
msgstr "kosd: there is no store at {0}"

#. {0}: to
#: Sources/kosd/Kosd.swift:118
#, python-brace-format
msgid "kosd: {0} exists already; name a new file"
msgstr "kosd: {0} exists already; name a new file"

#: Sources/KosDefinitions/JSONSchema.swift:28
msgid "kosflow definitions (kos/v1)"
msgstr "kosflow definitions (kos/v1)"

#: Sources/KosServer/ConsolePages.swift:200
msgid "kosflow review"
msgstr "kosflow review"

#. {0}: person.id
#. {1}: error
#: Sources/KosEngine/Worker.swift:356
#, python-brace-format
msgid "kosflow: the handover of {0} failed and is tried again: {1}"
msgstr "kosflow: the handover of {0} failed and is tried again: {1}"

#. {0}: left
#. {1}: successor
#: Sources/KosCLI/PeopleCommand.swift:58
#, python-brace-format
msgid "leaves the program at {0}; successor {1}"
msgstr "leaves the program at {0}; successor {1}"

#. {0}: API.timestamp(moment)
#. {1}: heir ?? tr("none")
#: Sources/KosStore/StoreRules+Directory.swift:53
#, python-brace-format
msgid "leaves the program at {0}; successor {1}; nothing is published for them from then on"
msgstr "leaves the program at {0}; successor {1}; nothing is published for them from then on"

#. {0}: Table.local(p.leftAt)
#: Sources/KosCLI/PeopleCommand.swift:24
#, python-brace-format
msgid "leaving {0}"
msgstr "leaving {0}"

#. {0}: left
#. {1}: successor
#: Sources/KosCLI/PeopleCommand.swift:58
#, python-brace-format
msgid "left the program at {0}; successor {1}"
msgstr "left the program at {0}; successor {1}"

#. {0}: Table.local(p.leftAt)
#: Sources/KosCLI/PeopleCommand.swift:23
#, python-brace-format
msgid "left {0}"
msgstr "left {0}"

#: Sources/KosDelivery/CurlExchange.swift:226
#: Sources/KosDelivery/CurlMulti.swift:53
#: Sources/KosDelivery/CurlMulti.swift:104
msgid "libcurl could not start a transfer"
msgstr "libcurl could not start a transfer"

#: Sources/KosServer/HTTPServer.swift:222
msgid "limit is a number"
msgstr "limit is a number"

#: Sources/KosServer/APIService.swift:538
msgid "limit is between 1 and 10000"
msgstr "limit is between 1 and 10000"

#. {0}: line
#: Sources/KosServer/Console.swift:482
#, python-brace-format
msgid "line {0}"
msgstr "line {0}"

#. {0}: line
#. {1}: $0
#: Sources/KosServer/Console.swift:482
#, python-brace-format
msgid "line {0}, column {1}"
msgstr "line {0}, column {1}"

#. {0}: $0
#. {1}: message
#: Sources/KosCore/Directory.swift:56
#, python-brace-format
msgid "line {0}: {1}"
msgstr "line {0}: {1}"

#: Sources/KosCore/Condition.swift:224
msgid "list items must be literals"
msgstr "list items must be literals"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:78
#, python-brace-format
msgid "listen is HOST:PORT, e.g. 127.0.0.1:7420, not '{0}'"
msgstr "listen is HOST:PORT, e.g. 127.0.0.1:7420, not '{0}'"

#. {0}: addresses
#. {1}: workflows
#. {2}: version
#: Sources/kosd/Serve.swift:274
#, python-brace-format
msgid "listening on {0} ({1} workflows, definitions {2})"
msgstr "listening on {0} ({1} workflows, definitions {2})"

#. {0}: why
#: Sources/KosCLI/DraftCommands.swift:83
#, python-brace-format
msgid "local check skipped: {0}; kosd's checks still run"
msgstr "local check skipped: {0}; kosd's checks still run"

#: Sources/KosCLI/DraftCommands.swift:85
msgid "local check: nothing found"
msgstr "local check: nothing found"

#. {0}: Self.logFormats.joined(separator: ", ")
#. {1}: text
#: Sources/KosDefinitions/DaemonConfig.swift:93
#, python-brace-format
msgid "log.format is one of {0}, not '{1}'"
msgstr "log.format is one of {0}, not '{1}'"

#. {0}: Self.logLevels.joined(separator: ", ")
#. {1}: text
#: Sources/KosDefinitions/DaemonConfig.swift:96
#, python-brace-format
msgid "log.level is one of {0}, not '{1}'"
msgstr "log.level is one of {0}, not '{1}'"

#. {0}: api.server.description
#. {1}: me.id
#. {2}: role
#. {3}: path
#: Sources/KosCLI/DraftCommands.swift:40
#, python-brace-format
msgid "logged in to {0} as {1} ({2}); settings in {3}"
msgstr "logged in to {0} as {1} ({2}); settings in {3}"

#. {0}: kit.reference
#: Sources/KosCLI/DraftCommands.swift:222
#, python-brace-format
msgid "made from the campaign kit {0}, unchanged but for what the author wrote:"
msgstr "made from the campaign kit {0}, unchanged but for what the author wrote:"

#. {0}: kit.reference
#. {1}: kit.differences.joined(separator: "; ")
#: Sources/KosEngine/Steps/CheckRunner.swift:38
#, python-brace-format
msgid "made from {0}, but {1}: it takes the full review, not the kit's fast lane"
msgstr "made from {0}, but {1}: it takes the full review, not the kit's fast lane"

#: Sources/KosYAML/YAMLLoader.swift:116
msgid "malformed YAML"
msgstr "malformed YAML"

#: Sources/KosYAML/YAMLLoader.swift:118
msgid "mapping keys are not allowed in this context"
msgstr "mapping keys are not allowed in this context"

#: Sources/KosYAML/YAMLLoader.swift:119
msgid "mapping values are not allowed in this context"
msgstr "mapping values are not allowed in this context"

#: Sources/KosDefinitions/Language.swift:259
msgid "matcher"
msgstr "matcher"

#: Sources/KosServer/ConsolePreview.swift:62
msgid "media"
msgstr "media"

#: Sources/KosDefinitions/DraftParser.swift:36
msgid "media item"
msgstr "media item"

#. {0}: m.path
#: Sources/KosServer/APIService.swift:653
#, python-brace-format
msgid "media {0} is named in the draft's 'media:' but was not uploaded (kos submit and kos revise upload what the draft names)"
msgstr "media {0} is named in the draft's 'media:' but was not uploaded (kos submit and kos revise upload what the draft names)"

#. {0}: file.path
#: Sources/KosServer/APIService.swift:641
#, python-brace-format
msgid "media {0} is not base64"
msgstr "media {0} is not base64"

#. {0}: file.path
#: Sources/KosServer/APIService.swift:639
#, python-brace-format
msgid "media {0} is not named in the draft's 'media:'"
msgstr "media {0} is not named in the draft's 'media:'"

#. {0}: file.path
#. {1}: error
#: Sources/KosServer/APIService.swift:646
#: Sources/KosServer/APIService.swift:647
#, python-brace-format
msgid "media {0}: {1}"
msgstr "media {0}: {1}"

#: Sources/KosYAML/YAMLLoader.swift:303
msgid "merge keys ('<<') are not supported; write the keys out"
msgstr "merge keys ('<<') are not supported; write the keys out"

#: Sources/KosDefinitions/Language.swift:265
msgid "message"
msgstr "message"

#: Sources/KosCore/CronExpression.swift:259
msgid "minute"
msgstr "minute"

#: Sources/KosCLI/Client/ClientOptions.swift:189
msgid "missed"
msgstr "missed"

#. {0}: when(booking.slotAt / 1000)
#. {1}: calendar.catchUp
#: Sources/KosEngine/Worker+Slots.swift:41
#, python-brace-format
msgid "missed the slot of {0}: kosd was not running then, and the catch-up window ({1}) has passed"
msgstr "missed the slot of {0}: kosd was not running then, and the catch-up window ({1}) has passed"

#. {0}: Language.kinds.joined(separator: ", ")
#: Sources/KosDefinitions/DefinitionLoader.swift:154
#, python-brace-format
msgid "missing 'kind'; use one of {0}"
msgstr "missing 'kind'; use one of {0}"

#: Sources/KosCore/CronExpression.swift:261
msgid "month"
msgstr "month"

#. {0}: options.maxNodes
#: Sources/KosYAML/YAMLLoader.swift:286
#, python-brace-format
msgid "more than {0} nodes after expanding aliases; is this an alias bomb?"
msgstr "more than {0} nodes after expanding aliases; is this an alias bomb?"

#: Sources/KosCLI/Client/ClientOptions.swift:190
msgid "moved"
msgstr "moved"

#. {0}: calendars.keys.sorted().joined(separator: ", ")
#: Sources/KosCLI/CalendarCommand.swift:47
#, python-brace-format
msgid "name a calendar: {0}"
msgstr "name a calendar: {0}"

#. {0}: known()
#: Sources/KosServer/APIService.swift:623
#, python-brace-format
msgid "name a workflow: 'workflow:' in the front matter or --workflow; known: {0}"
msgstr "name a workflow: 'workflow:' in the front matter or --workflow; known: {0}"

#: Sources/KosCLI/LintCommand.swift:71
msgid "name at least one draft, or - for standard input"
msgstr "name at least one draft, or - for standard input"

#: Sources/KosCLI/DeliveriesCommand.swift:88
msgid "name one delivery, or --endpoint (and --since) for many"
msgstr "name one delivery, or --endpoint (and --since) for many"

#: Sources/KosServer/APIService+People.swift:102
msgid "name the delegate who decides meanwhile (--delegate)"
msgstr "name the delegate who decides meanwhile (--delegate)"

#: Sources/KosServer/APIService.swift:239
msgid "name the revision whose suggested rewording you read ({\"revision\": N})"
msgstr "name the revision whose suggested rewording you read ({\"revision\": N})"

#. {0}: options.maxDepth
#: Sources/KosYAML/YAMLLoader.swift:267
#, python-brace-format
msgid "nesting deeper than {0} levels"
msgstr "nesting deeper than {0} levels"

#: Sources/kosd/Kosd.swift:188
msgid "never"
msgstr "never"

#. {0}: id
#: Sources/KosDefinitions/DefinitionLoader.swift:290
#: Sources/KosDefinitions/DefinitionLoader.swift:305
#, python-brace-format
msgid "no Calendar '{0}'"
msgstr "no Calendar '{0}'"

#. {0}: id
#: Sources/KosDefinitions/DefinitionLoader.swift:315
#: Sources/KosDefinitions/DefinitionLoader.swift:346
#: Sources/KosDefinitions/DefinitionLoader.swift:376
#, python-brace-format
msgid "no Endpoint '{0}'"
msgstr "no Endpoint '{0}'"

#. {0}: id
#: Sources/KosDefinitions/DefinitionLoader.swift:346
#, python-brace-format
msgid "no Workflow '{0}'"
msgstr "no Workflow '{0}'"

#: Sources/KosCLI/Client/APIClient.swift:125
msgid "no answer"
msgstr "no answer"

#: Sources/KosCLI/Client/APIClient.swift:105
msgid "no attempt made"
msgstr "no attempt made"

#. {0}: id
#. {1}: $0
#. {2}: defined
#: Sources/KosCLI/CalendarCommand.swift:54
#, python-brace-format
msgid "no calendar '{0}' (did you mean '{1}'?); defined: {2}"
msgstr "no calendar '{0}' (did you mean '{1}'?); defined: {2}"

#. {0}: id
#. {1}: defined
#: Sources/KosCLI/CalendarCommand.swift:55
#, python-brace-format
msgid "no calendar '{0}'; defined: {1}"
msgstr "no calendar '{0}'; defined: {1}"

#. {0}: definitions.joined(separator: ", ")
#: Sources/KosCLI/CalendarCommand.swift:46
#, python-brace-format
msgid "no calendar is defined in {0}"
msgstr "no calendar is defined in {0}"

#. {0}: checked
#. {1}: against
#: Sources/KosCLI/PacksCommand.swift:93
#, python-brace-format
msgid "no change: {0} drafts in review or scheduled are judged the same by the packs in {1}"
msgstr "no change: {0} drafts in review or scheduled are judged the same by the packs in {1}"

#. {0}: workflow.steps[index].id
#: Sources/KosEngine/RunMachine.swift:142
#, python-brace-format
msgid "no decision in time at step {0}"
msgstr "no decision in time at step {0}"

#. {0}: approval.timeout?.description ?? tr("the time allowed")
#: Sources/KosEngine/RunMachine.swift:156
#, python-brace-format
msgid "no decision within {0}"
msgstr "no decision within {0}"

#: Sources/KosCLI/DeliveriesCommand.swift:32
msgid "no deliveries"
msgstr "no deliveries"

#. {0}: id.prefix(80)
#: Sources/KosServer/APIService.swift:546
#: Sources/KosServer/APIService.swift:558
#, python-brace-format
msgid "no delivery {0}"
msgstr "no delivery {0}"

#. {0}: id.prefix(64) | id
#: Sources/KosServer/APIService.swift:710
#: Sources/KosServer/APIService.swift:713
#, python-brace-format
msgid "no draft {0}"
msgstr "no draft {0}"

#: Sources/KosCLI/DraftCommands.swift:384
msgid "no drafts"
msgstr "no drafts"

#. {0}: path[1]
#: Sources/KosDefinitions/DefinitionLoader.swift:386
#, python-brace-format
msgid "no earlier step '{0}'"
msgstr "no earlier step '{0}'"

#. {0}: id
#: Sources/KosServer/APIService.swift:585
#, python-brace-format
msgid "no endpoint '{0}' is defined"
msgstr "no endpoint '{0}' is defined"

#. {0}: id
#: Sources/KosEngine/Worker+Slots.swift:103
#, python-brace-format
msgid "no free slot in calendar {0} in the next 92 days"
msgstr "no free slot in calendar {0} in the next 92 days"

#. {0}: id
#. {1}: reasons
#: Sources/KosEngine/Worker+Slots.swift:104
#, python-brace-format
msgid "no free slot in calendar {0} in the next 92 days: {1}"
msgstr "no free slot in calendar {0} in the next 92 days: {1}"

#. {0}: id
#: Sources/KosDefinitions/DefinitionLoader.swift:286
#, python-brace-format
msgid "no guideline pack '{0}'"
msgstr "no guideline pack '{0}'"

#: Sources/KosCore/Directory.swift:130
msgid "no id"
msgstr "no id"

#. {0}: id
#: Sources/KosCore/Kit.swift:193
#, python-brace-format
msgid "no kit {0} is defined"
msgstr "no kit {0} is defined"

#. {0}: full
#. {1}: advice
#: Sources/KosCLI/Client/APIClient.swift:131
#, python-brace-format
msgid "no kosd is listening at {0}: {1}"
msgstr "no kosd is listening at {0}: {1}"

#: Sources/kosd/Kosd.swift:71
msgid "no kosd.yaml; defaults, KOSD_* and flags"
msgstr "no kosd.yaml; defaults, KOSD_* and flags"

#. {0}: person
#: Sources/KosStore/StoreRules+Directory.swift:24
#, python-brace-format
msgid "no longer in {0}'s row of the staff directory"
msgstr "no longer in {0}'s row of the staff directory"

#. {0}: sha256.prefix(64)
#: Sources/KosServer/APIService.swift:680
#, python-brace-format
msgid "no medium {0}"
msgstr "no medium {0}"

#. {0}: id.prefix(64)
#: Sources/KosServer/APIService+People.swift:23
#: Sources/KosServer/APIService+People.swift:65
#: Sources/KosServer/APIService+People.swift:95
#, python-brace-format
msgid "no person {0}"
msgstr "no person {0}"

#: Sources/KosEngine/ApprovalPolicy.swift:69
msgid "no reason given"
msgstr "no reason given"

#. {0}: revision
#. {1}: draftID
#: Sources/KosServer/APIService.swift:248
#, python-brace-format
msgid "no reviewer suggested a rewording of revision {0} of {1}"
msgstr "no reviewer suggested a rewording of revision {0} of {1}"

#: Sources/KosCLI/CalendarCommand.swift:143
msgid "no slots in this period"
msgstr "no slots in this period"

#: Sources/KosDefinitions/DefinitionLoader.swift:69
msgid "no such file or folder"
msgstr "no such file or folder"

#: Sources/KosCLI/LintCommand.swift:110
msgid "no such folder"
msgstr "no such folder"

#. {0}: id
#: Sources/KosServer/Console.swift:227
#, python-brace-format
msgid "no such medium in {0}"
msgstr "no such medium in {0}"

#. {0}: s.workflows
#: Sources/kosd/Kosd.swift:59
#, python-brace-format
msgid "no workflow files in {0}"
msgstr "no workflow files in {0}"

#. {0}: absolute
#. {1}: now
#: Sources/kosd/Options.swift:118
#, python-brace-format
msgid ""
"no workflows at {0}\n"
"  kosd reads the workflow definitions from the folder named by 'workflows' in kosd.yaml, KOSD_WORKFLOWS or --workflows ({1}).\n"
"  Point it at your Workflows/ folder; `kosd check-config` shows every setting in force."
msgstr ""
"no workflows at {0}\n"
"  kosd reads the workflow definitions from the folder named by 'workflows' in kosd.yaml, KOSD_WORKFLOWS or --workflows ({1}).\n"
"  Point it at your Workflows/ folder; `kosd check-config` shows every setting in force."

#. {0}: folder
#: Sources/KosCLI/DraftCommands.swift:463
#, python-brace-format
msgid "no {0} folder here to read the workflow from (--workflows names another)"
msgstr "no {0} folder here to read the workflow from (--workflows names another)"

#: Sources/KosCLI/PeopleCommand.swift:69
msgid "nobody"
msgstr "nobody"

#: Sources/KosEngine/ApprovalPolicy.swift:17
msgid "nobody approves their own draft"
msgstr "nobody approves their own draft"

#: Sources/KosCLI/CalendarCommand.swift:53
#: Sources/KosCLI/PeopleCommand.swift:57
#: Sources/KosCLI/PeopleCommand.swift:67
#: Sources/KosCLI/PeopleCommand.swift:148
msgid "none"
msgstr "none"

#: Sources/kosd/Kosd.swift:77
msgid "none (set api.public_url for gateways to fetch media)"
msgstr "none (set api.public_url for gateways to fetch media)"

#: Sources/KosStore/PostgresStore.swift:49
msgid "not a PostgreSQL URL: write postgres://USER@HOST[:PORT]/DATABASE"
msgstr "not a PostgreSQL URL: write postgres://USER@HOST[:PORT]/DATABASE"

#: Sources/KosDelivery/NetworkGuard.swift:10
msgid "not an IPv4 address"
msgstr "not an IPv4 address"

#: Sources/KosDelivery/NetworkGuard.swift:34
msgid "not an IPv6 address"
msgstr "not an IPv6 address"

#: Sources/KosDelivery/CurlExchange.swift:189
msgid "not an internet address"
msgstr "not an internet address"

#: Sources/KosServer/Console.swift:466
msgid "note"
msgstr "note"

#: Sources/KosCLI/PeopleCommand.swift:109
msgid "nothing changed (--dry-run)"
msgstr "nothing changed (--dry-run)"

#: Sources/KosCLI/DraftCommands.swift:179
msgid "nothing waits for you"
msgstr "nothing waits for you"

#. {0}: id
#: Sources/KosStore/PostgresStore+Endpoints.swift:101
#: Sources/KosStore/SQLiteStore+Endpoints.swift:100
#, python-brace-format
msgid "notice {0}"
msgstr "notice {0}"

#: Sources/KosDefinitions/Language.swift:70
msgid "notify step"
msgstr "notify step"

#: Sources/KosEngine/Offboarding.swift:16
msgid "now"
msgstr "now"

#. {0}: settings.workflows
#: Sources/kosd/Options.swift:117
#, python-brace-format
msgid "now '{0}'"
msgstr "now '{0}'"

#. {0}: settings.workflows
#. {1}: cwd
#: Sources/kosd/Options.swift:117
#, python-brace-format
msgid "now '{0}', from {1}"
msgstr "now '{0}', from {1}"

#: Sources/KosYAML/YAMLNode.swift:55
msgid "null"
msgstr "null"

#: Sources/KosServer/APIService.swift:795
msgid "of the author's store"
msgstr "of the author's store"

#: Sources/KosDefinitions/Language.swift:47
msgid "offboarding"
msgstr "offboarding"

#: Sources/KosServer/APIService+People.swift:64
msgid "offboarding needs the admin role"
msgstr "offboarding needs the admin role"

#: Sources/KosCLI/AuditCommand.swift:24
#: Sources/KosCLI/LintOutput.swift:33
#: Sources/KosCLI/ValidateCommand.swift:61
msgid "ok"
msgstr "ok"

#: Sources/kosd/Kosd.swift:79
msgid "on the API socket only (set api.listen or api.public_url for browsers)"
msgstr "on the API socket only (set api.listen or api.public_url for browsers)"

#. {0}: values.joined(separator: ", ")
#: Sources/KosDefinitions/Shape.swift:125
#, python-brace-format
msgid "one of {0}"
msgstr "one of {0}"

#: Sources/KosServer/APIService.swift:584
msgid "only admins enable endpoints"
msgstr "only admins enable endpoints"

#: Sources/KosServer/APIService.swift:554
msgid "only admins replay deliveries"
msgstr "only admins replay deliveries"

#. {0}: id.prefix(64)
#: Sources/KosServer/APIService+People.swift:94
#, python-brace-format
msgid "only an admin or {0} says when they are away"
msgstr "only an admin or {0} says when they are away"

#: Sources/KosServer/APIService.swift:139
msgid "only the author or an admin withdraws a draft"
msgstr "only the author or an admin withdraws a draft"

#: Sources/KosServer/APIService.swift:110
msgid "only the author revises a draft; reviewers reject it with a reason instead"
msgstr "only the author revises a draft; reviewers reject it with a reason instead"

#: Sources/KosServer/APIService.swift:236
msgid "only the author takes a suggested rewording of their draft"
msgstr "only the author takes a suggested rewording of their draft"

#: Sources/KosCLI/EndpointsCommand.swift:37
msgid "open"
msgstr "open"

#: Sources/KosYAML/YAMLLoader.swift:69
msgid "out of memory starting the YAML parser"
msgstr "out of memory starting the YAML parser"

#: Sources/KosStore/AuditChain.swift:30
msgid "out of order"
msgstr "out of order"

#: Sources/KosCLI/CalendarCommand.swift:140
msgid "outside the calendar's slots"
msgstr "outside the calendar's slots"

#: Sources/KosCLI/Client/ClientOptions.swift:183
#: Sources/KosServer/Console.swift:456
msgid "parked"
msgstr "parked"

#. {0}: stepID
#. {1}: strikes
#. {2}: reason
#: Sources/KosStore/PostgresStore+Steps.swift:133
#: Sources/KosStore/SQLiteStore+Steps.swift:189
#, python-brace-format
msgid "parked: step {0} stopped a worker {1} times ({2}); an admin looks at the draft and the checks"
msgstr "parked: step {0} stopped a worker {1} times ({2}); an admin looks at the draft and the checks"

#. {0}: e.rule
#. {1}: e.match
#. {2}: e.step
#. {3}: e.why
#: Sources/KosCLI/LintCommand.swift:179
#, python-brace-format
msgid "passed [{0}] \"{1}\" — {2}: {3}"
msgstr "passed [{0}] \"{1}\" — {2}: {3}"

#: Sources/KosServer/Console.swift:424
msgid "past its deadline"
msgstr "past its deadline"

#: Sources/KosCLI/Client/ClientOptions.swift:184
msgid "pending"
msgstr "pending"

#: Sources/KosCLI/DeliveriesCommand.swift:16
msgid "pending, failed (being retried), delivered or dead."
msgstr "pending, failed (being retried), delivered or dead."

#. {0}: personID | handover.personID
#: Sources/KosStore/PostgresStore+Directory.swift:69
#: Sources/KosStore/PostgresStore+Directory.swift:123
#: Sources/KosStore/PostgresStore+People.swift:98
#: Sources/KosStore/SQLiteStore+Directory.swift:57
#, python-brace-format
msgid "person {0}"
msgstr "person {0}"

#. {0}: key
#: Sources/KosSchedule/SlotPlanner.swift:94
#, python-brace-format
msgid "platform {0}"
msgstr "platform {0}"

#. {0}: extra
#: Sources/KosCore/Kit.swift:223
#, python-brace-format
msgid "platforms not in the kit: {0}"
msgstr "platforms not in the kit: {0}"

#. {0}: extra
#: Sources/KosCore/Kit.swift:224
#, python-brace-format
msgid "products not in the kit: {0}"
msgstr "products not in the kit: {0}"

#: Sources/KosDefinitions/Language.swift:69
msgid "publish step"
msgstr "publish step"

#: Sources/KosCLI/Client/ClientOptions.swift:175
#: Sources/KosServer/Console.swift:449
msgid "published"
msgstr "published"

#: Sources/KosCLI/Client/ClientOptions.swift:174
#: Sources/KosServer/Console.swift:448
msgid "publishing"
msgstr "publishing"

#. {0}: count
#. {1}: version
#: Sources/KosEngine/Daemon/Reloader.swift:71
#, python-brace-format
msgid "ready: reloaded, {0} workflows, definitions {1}"
msgstr "ready: reloaded, {0} workflows, definitions {1}"

#. {0}: workflows
#. {1}: supervisor.count
#. {2}: version
#. {3}: addresses
#: Sources/kosd/Serve.swift:276
#, python-brace-format
msgid "ready: {0} workflows, {1} workers, definitions {2}, API on {3}"
msgstr "ready: {0} workflows, {1} workers, definitions {2}, API on {3}"

#. {0}: current.definitions.workflows.count
#. {1}: supervisor.alive
#. {2}: running
#. {3}: current.version ?? ""
#: Sources/kosd/Serve.swift:240
#, python-brace-format
msgid "ready: {0} workflows, {1} workers, {2} runs in flight, definitions {3}"
msgstr "ready: {0} workflows, {1} workers, {2} runs in flight, definitions {3}"

#: Sources/KosEngine/Steps/PublishRunner.swift:115
msgid "refused before connecting"
msgstr "refused before connecting"

#. {0}: blocked
#: Sources/KosDelivery/CurlDeliverer.swift:63
#, python-brace-format
msgid "refused before connecting: {0}; only public addresses are allowed unless the endpoint sets allow_private_network: true"
msgstr "refused before connecting: {0}; only public addresses are allowed unless the endpoint sets allow_private_network: true"

#: Sources/KosCLI/Client/ClientOptions.swift:177
#: Sources/KosServer/Console.swift:451
msgid "rejected"
msgstr "rejected"

#. {0}: draft.id
#. {1}: revision
#. {2}: reason
#: Sources/KosCLI/DraftCommands.swift:290
#, python-brace-format
msgid "rejected {0} revision {1}: {2}"
msgstr "rejected {0} revision {1}: {2}"

#: Sources/KosCLI/Client/ClientOptions.swift:191
msgid "released"
msgstr "released"

#. {0}: kept
#: Sources/KosEngine/Daemon/Reloader.swift:62
#, python-brace-format
msgid "reload failed: the store does not answer; {0}"
msgstr "reload failed: the store does not answer; {0}"

#. {0}: refusal.summary
#. {1}: kept
#: Sources/KosEngine/Daemon/Reloader.swift:55
#, python-brace-format
msgid "reload failed: {0}; {1}"
msgstr "reload failed: {0}; {1}"

#. {0}: error
#: Sources/KosEngine/Daemon/Reloader.swift:61
#, python-brace-format
msgid "reload refused: the definitions cannot be recorded in the store: {0}"
msgstr "reload refused: the definitions cannot be recorded in the store: {0}"

#. {0}: problem | d | other
#: Sources/kosd/Serve.swift:299
#: Sources/kosd/Serve.swift:305
#: Sources/kosd/Serve.swift:306
#, python-brace-format
msgid "reload refused: {0}"
msgstr "reload refused: {0}"

#. {0}: plan.restartNeeded.joined(separator: ", ")
#: Sources/KosEngine/Daemon/Reloader.swift:65
#, python-brace-format
msgid "reload: {0} changed; that takes effect at the next restart"
msgstr "reload: {0} changed; that takes effect at the next restart"

#. {0}: count
#. {1}: version
#: Sources/KosEngine/Daemon/Reloader.swift:70
#, python-brace-format
msgid "reloaded: {0} workflows, definitions {1}; runs already started keep theirs"
msgstr "reloaded: {0} workflows, definitions {1}; runs already started keep theirs"

#: Sources/KosEngine/Daemon/Supervisor.swift:284
msgid "reloading configuration and workflows"
msgstr "reloading configuration and workflows"

#. {0}: replayed.count
#. {1}: ids.count
#: Sources/KosCLI/DeliveriesCommand.swift:107
#, python-brace-format
msgid "replayed {0} of {1} dead letter"
msgid_plural "replayed {0} of {1} dead letters"
msgstr[0] "replayed {0} of {1} dead letter"
msgstr[1] "replayed {0} of {1} dead letters"

#: Sources/KosServer/HTTPServer.swift:377
msgid "request failed"
msgstr "request failed"

#: Sources/KosDefinitions/Language.swift:74
msgid "retry"
msgstr "retry"

#: Sources/KosCLI/Client/ClientOptions.swift:200
#: Sources/KosServer/ConsolePages.swift:191
msgid "reviewer"
msgstr "reviewer"

#. {0}: field("revision")
#: Sources/KosServer/ConsolePages.swift:231
#: Sources/KosServer/ConsolePages.swift:257
#: Sources/KosServer/ConsolePages.swift:272
#: Sources/KosServer/ConsolePages.swift:377
#, python-brace-format
msgid "revision {0}"
msgstr "revision {0}"

#. {0}: last + 1
#. {1}: last
#: Sources/KosStore/StoreRules.swift:152
#, python-brace-format
msgid "revision {0} replaces revision {1}"
msgstr "revision {0} replaces revision {1}"

#. {0}: utcMinute($0)
#: Sources/kosd/Kosd.swift:186
#, python-brace-format
msgid "revoked {0}"
msgstr "revoked {0}"

#. {0}: role
#: Sources/KosServer/APIService.swift:793
#, python-brace-format
msgid "role {0}"
msgstr "role {0}"

#. {0}: role
#: Sources/KosServer/APIService.swift:793
#, python-brace-format
msgid "role {0}, of the author's store"
msgstr "role {0}, of the author's store"

#: Sources/KosDefinitions/Language.swift:271
msgid "rule"
msgstr "rule"

#. {0}: id
#. {1}: first
#: Sources/KosDefinitions/Decoder.swift:307
#, python-brace-format
msgid "rule id '{0}' is used twice in this pack (first at {1})"
msgstr "rule id '{0}' is used twice in this pack (first at {1})"

#. {0}: rule.info.id
#. {1}: text
#: Sources/KosRules/Linter.swift:119
#, python-brace-format
msgid "rule {0} does not flag its fixture \"{1}\"; the pack is refused"
msgstr "rule {0} does not flag its fixture \"{1}\"; the pack is refused"

#. {0}: rule.info.id
#. {1}: text
#: Sources/KosRules/Linter.swift:124
#, python-brace-format
msgid "rule {0} flags its pass fixture \"{1}\"; the pack is refused"
msgstr "rule {0} flags its pass fixture \"{1}\"; the pack is refused"

#. {0}: pack.id
#. {1}: rule.id
#: Sources/KosEngine/Worker.swift:94
#, python-brace-format
msgid "rule {0}/{1} runs a checker program and is refused: kosd.yaml turns programs off (checks.programs: off)"
msgstr "rule {0}/{1} runs a checker program and is refused: kosd.yaml turns programs off (checks.programs: off)"

#: Sources/KosCLI/ReportCommand.swift:100
msgid "rules that blocked drafts:"
msgstr "rules that blocked drafts:"

#: Sources/KosStore/Store.swift:452
msgid "run"
msgstr "run"

#. {0}: status.rawValue
#: Sources/kosd/Serve.swift:81
#, python-brace-format
msgid "run {0}"
msgstr "run {0}"

#. {0}: runID
#: Sources/KosStore/Store.swift:1063
#, python-brace-format
msgid "run {0} has ended; nothing to decide"
msgstr "run {0} has ended; nothing to decide"

#. {0}: runID
#. {1}: contentHash
#: Sources/KosStore/Store.swift:1063
#, python-brace-format
msgid "run {0} is not on the revision with content {1}"
msgstr "run {0} is not on the revision with content {1}"

#. {0}: running.version ?? ""
#. {1}: running.definitions.workflows.count
#: Sources/KosEngine/Daemon/Reloader.swift:52
#, python-brace-format
msgid "running definitions kept ({0}, {1} workflows)"
msgstr "running definitions kept ({0}, {1} workflows)"

#: Sources/KosCLI/PeopleCommand.swift:172
msgid "say --until DATE --delegate ID, or --back"
msgstr "say --until DATE --delegate ID, or --back"

#: Sources/KosCLI/Client/ClientOptions.swift:173
#: Sources/KosServer/Console.swift:447
msgid "scheduled"
msgstr "scheduled"

#: Sources/KosCore/CronExpression.swift:258
msgid "second"
msgstr "second"

#. {0}: ref
#: Sources/KosDelivery/WebhookSecret.swift:39
#, python-brace-format
msgid "secret {0} cannot be read"
msgstr "secret {0} cannot be read"

#. {0}: ref
#: Sources/KosDelivery/WebhookSecret.swift:35
#, python-brace-format
msgid "secret {0} needs $CREDENTIALS_DIRECTORY (systemd LoadCredential=)"
msgstr "secret {0} needs $CREDENTIALS_DIRECTORY (systemd LoadCredential=)"

#. {0}: ref
#. {1}: error.message
#: Sources/KosDelivery/WebhookSecret.swift:43
#, python-brace-format
msgid "secret {0}: {1}"
msgstr "secret {0}: {1}"

#: Sources/KosServer/APIService.swift:58
msgid "send 'Authorization: Bearer <token>'; an admin issues tokens with 'kosd token create'"
msgstr "send 'Authorization: Bearer <token>'; an admin issues tokens with 'kosd token create'"

#. {0}: m.path
#: Sources/KosDefinitions/Decoder.swift:193
#, python-brace-format
msgid "sha256 of {0} is not 64 hex digits"
msgstr "sha256 of {0} is not 64 hex digits"

#. {0}: Table.local(link.expiresAt)
#: Sources/KosCLI/DraftCommands.swift:199
#, python-brace-format
msgid "signs in once, until {0}; do not forward it"
msgstr "signs in once, until {0}; do not forward it"

#. {0}: field("since")
#: Sources/KosServer/ConsolePages.swift:258
#, python-brace-format
msgid "since {0}"
msgstr "since {0}"

#: Sources/KosCLI/CalendarCommand.swift:344
msgid "skipped"
msgstr "skipped"

#. {0}: slot.name
#: Sources/KosDefinitions/Decoder.swift:185
#, python-brace-format
msgid "slot '{0}' has no max_chars: an associate could write a whole post there"
msgstr "slot '{0}' has no max_chars: an associate could write a whole post there"

#. {0}: slot.name
#: Sources/KosDefinitions/Decoder.swift:183
#, python-brace-format
msgid "slot '{0}' is declared twice"
msgstr "slot '{0}' is declared twice"

#. {0}: id
#: Sources/KosDefinitions/Decoder.swift:249
#, python-brace-format
msgid "slot '{0}' is named twice"
msgstr "slot '{0}' is named twice"

#. {0}: slot.name
#. {1}: placeholder
#: Sources/KosDefinitions/Decoder.swift:184
#, python-brace-format
msgid "slot '{0}' is not in the title or body ({1})"
msgstr "slot '{0}' is not in the title or body ({1})"

#: Sources/KosStore/Store.swift:456
msgid "slot booking"
msgstr "slot booking"

#. {0}: slot.platforms.joined(separator: ", ")
#: Sources/KosSchedule/SlotPlanner.swift:145
#, python-brace-format
msgid "slot is for {0} only"
msgstr "slot is for {0} only"

#. {0}: asked
#: Sources/KosEngine/Worker+Slots.swift:46
#, python-brace-format
msgid "slot {0} is not a local date-time such as 2026-12-01T20:00"
msgstr "slot {0} is not a local date-time such as 2026-12-01T20:00"

#: Sources/KosServer/ConsoleHealth.swift:64
msgid "slots missed"
msgstr "slots missed"

#: Sources/KosServer/ConsoleHealth.swift:64
msgid "slots moved"
msgstr "slots moved"

#. {0}: limited.retryAfter
#: Sources/KosServer/HTTPServer.swift:364
#, python-brace-format
msgid "slow down; try again in {0} s"
msgstr "slow down; try again in {0} s"

#. {0}: modes.joined(separator: ", ")
#. {1}: mode
#: Sources/KosStore/PostgresStore.swift:56
#, python-brace-format
msgid "sslmode is one of {0}, not '{1}'"
msgstr "sslmode is one of {0}, not '{1}'"

#: Sources/KosCLI/Client/APIClient.swift:129
msgid "start it with `kosd serve`, or point kos at the right one with --server, KOS_SERVER or `kos login --server`"
msgstr "start it with `kosd serve`, or point kos at the right one with --server, KOS_SERVER or `kos login --server`"

#. {0}: filter.prefix(40) | state.prefix(40)
#. {1}: DraftProgress.allCases.map(\.rawValue).joined(separator: ", ") | states.joined(separator: ", ")
#: Sources/KosServer/APIService.swift:152
#: Sources/KosServer/APIService.swift:536
#, python-brace-format
msgid "state '{0}' is not one of {1}"
msgstr "state '{0}' is not one of {1}"

#. {0}: result.status.map(String.init) ?? "-"
#: Sources/KosEngine/Worker.swift:418
#, python-brace-format
msgid "status {0}"
msgstr "status {0}"

#: Sources/KosDefinitions/Language.swift:61
#: Sources/KosStore/Store.swift:454
msgid "step"
msgstr "step"

#. {0}: s.id
#. {1}: first
#: Sources/KosDefinitions/Decoder.swift:77
#, python-brace-format
msgid "step id '{0}' is used twice in this workflow (first at {1})"
msgstr "step id '{0}' is used twice in this workflow (first at {1})"

#. {0}: step
#. {1}: epoch
#: Sources/KosStore/Store.swift:1044
#, python-brace-format
msgid "step {0} is no longer held at epoch {1}; another worker claimed it"
msgstr "step {0} is no longer held at epoch {1}; another worker claimed it"

#. {0}: fence.stepID
#. {1}: fence.epoch
#: Sources/KosStore/PostgresStore+Slots.swift:117
#: Sources/KosStore/SQLiteStore+Slots.swift:90
#, python-brace-format
msgid "step {0} is no longer held under epoch {1}: another worker took it over"
msgstr "step {0} is no longer held under epoch {1}: another worker took it over"

#. {0}: step.id
#. {1}: exec.command.first ?? tr("a program")
#: Sources/KosEngine/Worker.swift:88
#, python-brace-format
msgid "step {0} runs {1} and is refused: kosd.yaml turns programs off (checks.programs: off)"
msgstr "step {0} runs {1} and is refused: kosd.yaml turns programs off (checks.programs: off)"

#. {0}: step
#: Sources/kosd/Serve.swift:246
#, python-brace-format
msgid "step {0} stopped a worker three times; its run is parked for an admin to look at (kos drafts --state parked)"
msgstr "step {0} stopped a worker three times; its run is parked for an admin to look at (kos drafts --state parked)"

#. {0}: input.step.id
#: Sources/KosEngine/Steps/ApprovalRunner.swift:14
#, python-brace-format
msgid "step {0}: the workflow's auto_approve condition holds"
msgstr "step {0}: the workflow's auto_approve condition holds"

#. {0}: workflow.steps[open.index].id
#. {1}: refusal
#: Sources/KosServer/APIService.swift:290
#, python-brace-format
msgid "step {0}: {1}"
msgstr "step {0}: {1}"

#: Sources/kosd/Serve.swift:285
msgid "stopped"
msgstr "stopped"

#: Sources/KosEngine/Daemon/WorkerService.swift:84
msgid "stopped: steps in hand finished, the rest handed back"
msgstr "stopped: steps in hand finished, the rest handed back"

#: Sources/KosEngine/Daemon/Supervisor.swift:313
msgid "stopping: no new steps are claimed, steps in hand finish, requests in flight are answered"
msgstr "stopping: no new steps are claimed, steps in hand finish, requests in flight are answered"

#: Sources/KosDefinitions/Language.swift:172
msgid "store"
msgstr "store"

#. {0}: id | store.id
#. {1}: first | first.source
#: Sources/KosDefinitions/Decoder.swift:222
#: Sources/KosDefinitions/DefinitionLoader.swift:223
#, python-brace-format
msgid "store '{0}' is listed twice (first at {1})"
msgstr "store '{0}' is listed twice (first at {1})"

#. {0}: id
#: Sources/KosDefinitions/Decoder.swift:218
#, python-brace-format
msgid "store '{0}' is not a store code (letters, digits and -, e.g. SH-IFC)"
msgstr "store '{0}' is not a store code (letters, digits and -, e.g. SH-IFC)"

#. {0}: key | $0
#: Sources/KosSchedule/SlotPlanner.swift:93
#: Sources/kosd/Kosd.swift:260
#, python-brace-format
msgid "store {0}"
msgstr "store {0}"

#: Sources/KosCLI/Client/ClientOptions.swift:170
#: Sources/KosServer/Console.swift:444
msgid "submitted"
msgstr "submitted"

#. {0}: d.id
#. {1}: d.workflow
#. {2}: state
#: Sources/KosCLI/DraftCommands.swift:103
#, python-brace-format
msgid "submitted {0} to {1}: {2}"
msgstr "submitted {0} to {1}: {2}"

#. {0}: d.id
#. {1}: d.workflow
#. {2}: state
#. {3}: $0
#: Sources/KosCLI/DraftCommands.swift:103
#, python-brace-format
msgid "submitted {0} to {1}: {2} ({3})"
msgstr "submitted {0} to {1}: {2} ({3})"

#. {0}: r.successor ?? tr("none")
#. {1}: r.handedOver.count
#. {2}: r.cancelled.count
#. {3}: r.tokensRevoked
#. {4}: r.accountsPassed.isEmpty ? "-" : r.accountsPassed.joined(separator: ", ")
#. {5}: r.accountsRetired.isEmpty ? "-" : r.accountsRetired.joined(separator: ", ")
#. {6}: r.live.count
#. {7}: r.recalls.count
#: Sources/KosStore/StoreRules+Directory.swift:101
#, python-brace-format
msgid "successor {0}; {1} posts handed over, {2} cancelled; {3} tokens revoked; accounts passed {4}, retired {5}; {6} posts live on their own accounts, {7} recall requests"
msgstr "successor {0}; {1} posts handed over, {2} cancelled; {3} tokens revoked; accounts passed {4}, retired {5}; {6} posts live on their own accounts, {7} recall requests"

#: Sources/KosCLI/Client/ClientOptions.swift:181
#: Sources/KosServer/Console.swift:454
msgid "superseded"
msgstr "superseded"

#. {0}: count
#: Sources/KosEngine/Daemon/Supervisor.swift:259
#, python-brace-format
msgid "supervising {0} workers"
msgstr "supervising {0} workers"

#. {0}: shortTag(tag)
#: Sources/KosYAML/YAMLLoader.swift:337
#, python-brace-format
msgid "tag '{0}' cannot be given to a list"
msgstr "tag '{0}' cannot be given to a list"

#. {0}: shortTag(tag)
#: Sources/KosYAML/YAMLLoader.swift:337
#, python-brace-format
msgid "tag '{0}' cannot be given to a mapping"
msgstr "tag '{0}' cannot be given to a mapping"

#. {0}: shortTag(tag)
#: Sources/KosYAML/YAMLLoader.swift:360
#, python-brace-format
msgid "tag '{0}' cannot be given to a scalar"
msgstr "tag '{0}' cannot be given to a scalar"

#. {0}: detail.draft.revision + 1
#. {1}: detail.draft.id
#: Sources/KosCLI/DraftCommands.swift:238
#, python-brace-format
msgid "take it as revision {0} with: kos accept-suggestion {1}"
msgstr "take it as revision {0} with: kos accept-suggestion {1}"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:230
#, python-brace-format
msgid "template '{0}' must be a path inside Templates/"
msgstr "template '{0}' must be a path inside Templates/"

#. {0}: Self.explain(error.error) | error
#: Sources/KosTemplates/PayloadTemplate.swift:23
#: Sources/KosTemplates/PayloadTemplate.swift:26
#, python-brace-format
msgid "template does not compile: {0}"
msgstr "template does not compile: {0}"

#. {0}: path
#: Sources/KosDefinitions/DefinitionLoader.swift:409
#, python-brace-format
msgid "template file {0} does not exist"
msgstr "template file {0} does not exist"

#. {0}: template.path
#. {1}: fieldNames
#. {2}: named
#. {3}: rules.count - 2
#. {4}: endpoint
#. {5}: render
#: Sources/KosDefinitions/DefinitionLoader+Coverage.swift:54
#, python-brace-format
msgid "template {0} does not carry the draft's {1}: what {2} and {3} more look for there would not reach {4}, and kosd refuses such a delivery. Render {5} in the template"
msgstr "template {0} does not carry the draft's {1}: what {2} and {3} more look for there would not reach {4}, and kosd refuses such a delivery. Render {5} in the template"

#. {0}: template.path
#. {1}: fieldNames
#. {2}: named
#. {3}: endpoint
#. {4}: render
#: Sources/KosDefinitions/DefinitionLoader+Coverage.swift:55
#, python-brace-format
msgid "template {0} does not carry the draft's {1}: what {2} look for there would not reach {3}, and kosd refuses such a delivery. Render {4} in the template"
msgstr "template {0} does not carry the draft's {1}: what {2} look for there would not reach {3}, and kosd refuses such a delivery. Render {4} in the template"

#. {0}: delivery.template
#. {1}: error
#: Sources/KosEngine/Steps/PublishRunner.swift:88
#, python-brace-format
msgid "template {0}: {1}"
msgstr "template {0}: {1}"

#: Sources/KosServer/ConsolePreview.swift:60
msgid "text"
msgstr "text"

#: Sources/KosServer/ConsolePreview.swift:60
msgid "text (half-characters)"
msgstr "text (half-characters)"

#. {0}: (added ?? "").prefix(40)
#: Sources/KosCore/Kit.swift:290
#, python-brace-format
msgid "text added after the kit's end: 「{0}」"
msgstr "text added after the kit's end: 「{0}」"

#: Sources/KosDefinitions/DaemonConfig.swift:75
msgid "the API socket is a path shorter than 108 bytes"
msgstr "the API socket is a path shorter than 108 bytes"

#: Sources/KosDelivery/NetworkGuard.swift:35
msgid "the IPv6 loopback address (::1)"
msgstr "the IPv6 loopback address (::1)"

#. {0}: key
#. {1}: id
#. {2}: summary.workflow
#. {3}: id
#: Sources/KosServer/APIService.swift:99
#, python-brace-format
msgid "the Idempotency-Key '{0}' was used for {1} with other content and workflow {2}; nothing was submitted. Use a new key for a new draft, or 'kos revise {3}' to change that one"
msgstr "the Idempotency-Key '{0}' was used for {1} with other content and workflow {2}; nothing was submitted. Use a new key for a new draft, or 'kos revise {3}' to change that one"

#. {0}: key
#. {1}: id
#. {2}: id
#: Sources/KosServer/APIService.swift:100
#, python-brace-format
msgid "the Idempotency-Key '{0}' was used for {1} with other content; nothing was submitted. Use a new key for a new draft, or 'kos revise {2}' to change that one"
msgstr "the Idempotency-Key '{0}' was used for {1} with other content; nothing was submitted. Use a new key for a new draft, or 'kos revise {2}' to change that one"

#: Sources/KosServer/APIService.swift:75
msgid "the Idempotency-Key header must be 1 to 200 characters"
msgstr "the Idempotency-Key header must be 1 to 200 characters"

#: Sources/KosEngine/Offboarding.swift:68
msgid "the associate left the program; the post is on their own account"
msgstr "the associate left the program; the post is on their own account"

#: Sources/KosServer/APIService.swift:593
#: Sources/KosServer/APIService.swift:598
msgid "the audit log is for admins"
msgstr "the audit log is for admins"

#. {0}: status
#: Sources/KosRules/ImageReader.swift:79
#, python-brace-format
msgid "the barcode reader (zbarimg) failed with status {0}"
msgstr "the barcode reader (zbarimg) failed with status {0}"

#. {0}: signal
#: Sources/KosRules/ImageReader.swift:81
#, python-brace-format
msgid "the barcode reader (zbarimg) was stopped by signal {0}"
msgstr "the barcode reader (zbarimg) was stopped by signal {0}"

#. {0}: why
#: Sources/KosRules/ImageReader.swift:82
#, python-brace-format
msgid "the barcode reader could not start: {0} (Debian's zbar-tools)"
msgstr "the barcode reader could not start: {0} (Debian's zbar-tools)"

#: Sources/KosServer/HTTPServer.swift:318
msgid "the body is not the JSON expected"
msgstr "the body is not the JSON expected"

#: Sources/KosServer/HTTPServer.swift:317
msgid "the body is not valid JSON (UTF-8)"
msgstr "the body is not valid JSON (UTF-8)"

#. {0}: why
#: Sources/KosCore/Kit.swift:208
#, python-brace-format
msgid "the body: {0}"
msgstr "the body: {0}"

#: Sources/KosServer/APIService+People.swift:73
#: Sources/KosServer/APIService+People.swift:73
msgid "the brand"
msgstr "the brand"

#: Sources/KosEngine/ApprovalPolicy.swift:21
#: Sources/KosServer/APIService.swift:260
msgid "the brand's reviewers decide its approvals; an agency's people do not"
msgstr "the brand's reviewers decide its approvals; an agency's people do not"

#: Sources/KosCLI/DraftCommands.swift:460
msgid "the built-in guideline packs cannot be loaded"
msgstr "the built-in guideline packs cannot be loaded"

#. {0}: error
#: Sources/KosEngine/Worker.swift:56
#, python-brace-format
msgid "the built-in guideline packs cannot be loaded: {0}"
msgstr "the built-in guideline packs cannot be loaded: {0}"

#. {0}: reference
#. {1}: API.timestamp(from)
#: Sources/KosEngine/Worker.swift:617
#, python-brace-format
msgid "the campaign kit {0} it was made from may be posted from {1}"
msgstr "the campaign kit {0} it was made from may be posted from {1}"

#. {0}: names.joined(separator: ", ")
#: Sources/KosSchedule/SlotPlanner.swift:148
#, python-brace-format
msgid "the campaign kit's posts take only the slots {0}"
msgstr "the campaign kit's posts take only the slots {0}"

#. {0}: Int(checkBudget.inSeconds)
#: Sources/KosEngine/Worker+Images.swift:24
#, python-brace-format
msgid "the check's budget ({0} s) ran out before it was read"
msgstr "the check's budget ({0} s) ran out before it was read"

#. {0}: endpoint.id
#. {1}: API.timestamp(until)
#: Sources/KosEngine/Steps/PublishRunner.swift:51
#, python-brace-format
msgid "the circuit of {0} is open until {1}; nothing is sent to it before"
msgstr "the circuit of {0} is open until {1}; nothing is sent to it before"

#. {0}: path
#: Sources/KosRules/ImageCheck.swift:18
#, python-brace-format
msgid "the cover frame of {0}"
msgstr "the cover frame of {0}"

#: Sources/KosCLI/DraftCommands.swift:92
msgid "the daemon's checks will block this draft; submitting so the record is complete"
msgstr "the daemon's checks will block this draft; submitting so the record is complete"

#: Sources/KosDefinitions/DaemonConfig.swift:56
msgid "the database is a SQLite file path (e.g. /var/lib/kosd/kos.db) or a PostgreSQL URL (postgres://kosd@db.internal/kosflow)"
msgstr "the database is a SQLite file path (e.g. /var/lib/kosd/kos.db) or a PostgreSQL URL (postgres://kosd@db.internal/kosflow)"

#. {0}: found
#. {1}: known
#: Sources/KosStore/Store.swift:1048
#, python-brace-format
msgid "the database schema is version {0}; this kosd knows up to {1}: upgrade kosd, never downgrade a database"
msgstr "the database schema is version {0}; this kosd knows up to {1}: upgrade kosd, never downgrade a database"

#. {0}: workflows
#: Sources/KosCLI/LintCommand.swift:104
#, python-brace-format
msgid "the definitions in {0} are invalid; fix them (kos validate) before linting"
msgstr "the definitions in {0} are invalid; fix them (kos validate) before linting"

#. {0}: run.definitionsVersion ?? ""
#. {1}: failure.description.prefix(500)
#: Sources/KosEngine/Worker.swift:467
#, python-brace-format
msgid "the definitions {0} this run started with do not load: {1}"
msgstr "the definitions {0} this run started with do not load: {1}"

#. {0}: error.message ?? "full"
#: Sources/KosStore/SQLiteStore.swift:261
#, python-brace-format
msgid "the disk holding the store is full (SQLite: {0})"
msgstr "the disk holding the store is full (SQLite: {0})"

#. {0}: error
#: Sources/KosEngine/Worker.swift:480
#, python-brace-format
msgid "the draft cannot be read: {0}"
msgstr "the draft cannot be read: {0}"

#: Sources/KosDefinitions/DraftParser.swift:96
msgid "the draft is not UTF-8"
msgstr "the draft is not UTF-8"

#. {0}: stage
#: Sources/KosServer/APIService.swift:318
#, python-brace-format
msgid "the draft is rejected at {0}; its author sees your reason and may revise it"
msgstr "the draft is rejected at {0}; its author sees your reason and may revise it"

#. {0}: bytes.count | size
#. {1}: maxBytes | limit
#: Sources/KosDefinitions/DraftParser.swift:61
#: Sources/KosDefinitions/DraftParser.swift:79
#, python-brace-format
msgid "the draft is {0} bytes; the limit is {1} bytes"
msgstr "the draft is {0} bytes; the limit is {1} bytes"

#: Sources/KosCLI/DraftCommands.swift:467
msgid "the draft names no workflow (workflow: in its front matter, or --workflow)"
msgstr "the draft names no workflow (workflow: in its front matter, or --workflow)"

#. {0}: name
#. {1}: workflows
#: Sources/KosCLI/LintCommand.swift:142
#, python-brace-format
msgid "the draft names workflow '{0}', which is not in {1}"
msgstr "the draft names workflow '{0}', which is not in {1}"

#: Sources/KosServer/APIService.swift:92
msgid "the draft was stored but cannot be read back"
msgstr "the draft was stored but cannot be read back"

#: Sources/KosServer/APIService+People.swift:175
msgid "the draft's accounts"
msgstr "the draft's accounts"

#: Sources/KosEngine/Worker.swift:472
msgid "the draft's author is missing"
msgstr "the draft's author is missing"

#: Sources/KosServer/APIService+People.swift:145
msgid "the draft's collaboration"
msgstr "the draft's collaboration"

#: Sources/KosServer/HTTPServer.swift:378
msgid "the error is in kosd's log"
msgstr "the error is in kosd's log"

#. {0}: e.term
#. {1}: e.rule
#: Sources/KosRules/Linter.swift:101
#, python-brace-format
msgid "the exception for '{0}' matches nothing {1} flags; fix the term or remove the exception"
msgstr "the exception for '{0}' matches nothing {1} flags; fix the term or remove the exception"

#. {0}: context.codingPath.map(\.stringValue).joined(separator: ".")
#: Sources/KosServer/HTTPServer.swift:316
#, python-brace-format
msgid "the field '{0}' has the wrong type"
msgstr "the field '{0}' has the wrong type"

#. {0}: key.stringValue
#: Sources/KosServer/HTTPServer.swift:314
#, python-brace-format
msgid "the field '{0}' is missing"
msgstr "the field '{0}' is missing"

#. {0}: columns.joined(separator: ",")
#: Sources/KosCore/Directory.swift:97
#, python-brace-format
msgid "the file is empty; the first row names the columns: {0}"
msgstr "the file is empty; the first row names the columns: {0}"

#: Sources/KosCore/Directory.swift:89
msgid "the file is not UTF-8 (save it as 'CSV UTF-8' from Excel or WPS)"
msgstr "the file is not UTF-8 (save it as 'CSV UTF-8' from Excel or WPS)"

#. {0}: data.count >> 20
#. {1}: maxBytes >> 20
#: Sources/KosCore/Directory.swift:86
#, python-brace-format
msgid "the file is {0} MiB; a staff directory is at most {1} MiB"
msgstr "the file is {0} MiB; a staff directory is at most {1} MiB"

#: Sources/KosServer/ConsolePages.swift:286
msgid "the guideline"
msgstr "the guideline"

#. {0}: names
#: Sources/KosRules/Linter.swift:233
#, python-brace-format
msgid "the guideline checks did not finish (not finished: {0}); a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"
msgstr "the guideline checks did not finish (not finished: {0}); a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"

#. {0}: limit
#. {1}: names
#: Sources/KosRules/Linter.swift:229
#, python-brace-format
msgid "the guideline checks did not finish within {0} (not finished: {1}); a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"
msgstr "the guideline checks did not finish within {0} (not finished: {1}); a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"

#. {0}: limit
#: Sources/KosRules/Linter.swift:227
#, python-brace-format
msgid "the guideline checks did not finish within {0}; a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"
msgstr "the guideline checks did not finish within {0}; a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"

#: Sources/KosRules/Linter.swift:231
msgid "the guideline checks did not finish; a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"
msgstr "the guideline checks did not finish; a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"

#. {0}: required
#: Sources/KosCore/Directory.swift:112
#, python-brace-format
msgid "the header has no '{0}' column"
msgstr "the header has no '{0}' column"

#. {0}: m.path
#: Sources/KosCore/Kit.swift:231
#, python-brace-format
msgid "the image {0} is not the kit's file"
msgstr "the image {0} is not the kit's file"

#: Sources/KosServer/APIService.swift:376
msgid "the inbox is for the brand's reviewers and admins"
msgstr "the inbox is for the brand's reviewers and admins"

#. {0}: error
#: Sources/KosServer/InheritedSocketServer.swift:54
#, python-brace-format
msgid "the inherited API socket failed: {0}"
msgstr "the inherited API socket failed: {0}"

#. {0}: workflow
#. {1}: named
#: Sources/KosCore/Kit.swift:234
#, python-brace-format
msgid "the kit is for {0}, not {1}"
msgstr "the kit is for {0}, not {1}"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:84
#, python-brace-format
msgid "the lease is a duration from 100ms to 24h, e.g. 30s, not '{0}'"
msgstr "the lease is a duration from 100ms to 24h, e.g. 30s, not '{0}'"

#. {0}: locked.prefix(40)
#. {1}: locked.count > 40 ? "…" : ""
#: Sources/KosCore/Kit.swift:289
#, python-brace-format
msgid "the locked text 「{0}{1}」 is changed or missing"
msgstr "the locked text 「{0}{1}」 is changed or missing"

#. {0}: file
#: Sources/KosStore/PostgresStore.swift:68
#, python-brace-format
msgid "the password file {0} cannot be read"
msgstr "the password file {0} cannot be read"

#. {0}: path
#: Sources/KosRules/ImageCheck.swift:18
#, python-brace-format
msgid "the picture {0}"
msgstr "the picture {0}"

#. {0}: medium.path
#. {1}: why
#: Sources/KosCLI/LintCommand.swift:275
#, python-brace-format
msgid "the picture {0} cannot be checked: {1}"
msgstr "the picture {0} cannot be checked: {1}"

#: Sources/KosCore/EndpointHealth.swift:86
msgid "the probe after the cool-down failed"
msgstr "the probe after the cool-down failed"

#: Sources/KosServer/APIService.swift:453
msgid "the program's health is for the brand's reviewers and admins"
msgstr "the program's health is for the brand's reviewers and admins"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:81
#, python-brace-format
msgid "the rate limit is like 20/s or 600/1m, not '{0}'"
msgstr "the rate limit is like 20/s or 600/1m, not '{0}'"

#: Sources/KosServer/APIService.swift:266
msgid "the reason or comment is longer than 4000 bytes"
msgstr "the reason or comment is longer than 4000 bytes"

#. {0}: notice.reason
#: Sources/KosEngine/Worker.swift:389
#, python-brace-format
msgid "the recall of {0}"
msgstr "the recall of {0}"

#: Sources/KosCore/EndpointHealth.swift:74
msgid "the receiver answered 410 Gone"
msgstr "the receiver answered 410 Gone"

#: Sources/KosDelivery/CurlDeliverer.swift:79
msgid "the receiver asked not to retry this message (Webhook-Abort-Retries)"
msgstr "the receiver asked not to retry this message (Webhook-Abort-Retries)"

#. {0}: text.prefix(120) | pattern.prefix(200)
#. {1}: error
#: Sources/KosDefinitions/ShapeValidator.swift:237
#: Sources/KosRules/CompiledPattern.swift:26
#, python-brace-format
msgid "the regular expression '{0}' is refused: {1}"
msgstr "the regular expression '{0}' is refused: {1}"

#: Sources/KosServer/APIService.swift:795
msgid "the reviewers"
msgstr "the reviewers"

#: Sources/KosEngine/Worker.swift:459
msgid "the run no longer exists, or the store holds a state for it this kosd does not know"
msgstr "the run no longer exists, or the store holds a state for it this kosd does not know"

#: Sources/KosTemplates/PayloadTemplate.swift:39
msgid "the set-delimiter tag is malformed"
msgstr "the set-delimiter tag is malformed"

#: Sources/KosDelivery/WebhookSecret.swift:15
msgid "the signing secret is not whsec_ followed by 16 to 64 bytes of base64"
msgstr "the signing secret is not whsec_ followed by 16 to 64 bytes of base64"

#. {0}: slot.name
#. {1}: trimmed.count
#. {2}: max
#: Sources/KosCore/Kit.swift:217
#, python-brace-format
msgid "the slot {0} holds {1} characters; at most {2}"
msgstr "the slot {0} holds {1} characters; at most {2}"

#. {0}: slot.name
#: Sources/KosCore/Kit.swift:216
#, python-brace-format
msgid "the slot {0} is not filled in"
msgstr "the slot {0} is not filled in"

#. {0}: String(describing: error).prefix(300)
#: Sources/KosEngine/Worker.swift:445
#, python-brace-format
msgid "the step failed ({0}); it is tried again"
msgstr "the step failed ({0}); it is tried again"

#. {0}: reason
#: Sources/KosEngine/Daemon/Supervisor.swift:274
#, python-brace-format
msgid "the store cannot write: {0}; new work is refused with 503 until it can"
msgstr "the store cannot write: {0}; new work is refused with 503 until it can"

#: Sources/kosd/Serve.swift:216
msgid "the store does not answer"
msgstr "the store does not answer"

#. {0}: error
#: Sources/kosd/Serve.swift:268
#, python-brace-format
msgid "the store fails: {0}"
msgstr "the store fails: {0}"

#. {0}: what
#. {1}: text.prefix(40)
#: Sources/KosStore/Store.swift:1055
#, python-brace-format
msgid "the store holds a {0} state this kosd does not know: '{1}'"
msgstr "the store holds a {0} state this kosd does not know: '{1}'"

#. {0}: error.message ?? "corrupt"
#: Sources/KosStore/SQLiteStore.swift:265
#, python-brace-format
msgid "the store is damaged (SQLite: {0}); stop kosd and restore the latest backup (kosd backup)"
msgstr "the store is damaged (SQLite: {0}); stop kosd and restore the latest backup (kosd backup)"

#. {0}: problems.joined(separator: "; ").prefix(300)
#: Sources/KosStore/SQLiteStore+Operations.swift:30
#, python-brace-format
msgid "the store is damaged ({0}); stop kosd and restore the latest backup (kosd backup)"
msgstr "the store is damaged ({0}); stop kosd and restore the latest backup (kosd backup)"

#. {0}: error.message ?? "read-only"
#: Sources/KosStore/SQLiteStore.swift:262
#, python-brace-format
msgid "the store is read-only (SQLite: {0})"
msgstr "the store is read-only (SQLite: {0})"

#: Sources/KosEngine/Daemon/WorkerService.swift:46
msgid "the store writes again"
msgstr "the store writes again"

#: Sources/KosEngine/Daemon/Supervisor.swift:277
msgid "the store writes again; work resumes"
msgstr "the store writes again; work resumes"

#. {0}: error.message ?? "I/O error"
#: Sources/KosStore/SQLiteStore.swift:263
#, python-brace-format
msgid "the store's disk fails to write (SQLite: {0})"
msgstr "the store's disk fails to write (SQLite: {0})"

#: Sources/KosRules/ClaimGrammar.swift:268
msgid "the superlative is denied, not claimed"
msgstr "the superlative is denied, not claimed"

#. {0}: placeholder
#. {1}: name
#: Sources/KosDefinitions/Decoder.swift:189
#, python-brace-format
msgid "the text names {0} but no slot '{1}' is declared"
msgstr "the text names {0} but no slot '{1}' is declared"

#. {0}: status
#: Sources/KosRules/ImageReader.swift:92
#, python-brace-format
msgid "the text reader (tesseract) failed with status {0}"
msgstr "the text reader (tesseract) failed with status {0}"

#. {0}: signal
#: Sources/KosRules/ImageReader.swift:94
#, python-brace-format
msgid "the text reader (tesseract) was stopped by signal {0}"
msgstr "the text reader (tesseract) was stopped by signal {0}"

#. {0}: why
#: Sources/KosRules/ImageReader.swift:95
#, python-brace-format
msgid "the text reader could not start: {0} (Debian's tesseract-ocr, tesseract-ocr-chi-sim)"
msgstr "the text reader could not start: {0} (Debian's tesseract-ocr, tesseract-ocr-chi-sim)"

#: Sources/KosEngine/RunMachine.swift:156
msgid "the time allowed"
msgstr "the time allowed"

#. {0}: why
#: Sources/KosCore/Kit.swift:208
#, python-brace-format
msgid "the title: {0}"
msgstr "the title: {0}"

#: Sources/KosServer/APIService.swift:61
msgid "the token is unknown, expired or revoked"
msgstr "the token is unknown, expired or revoked"

#: Sources/KosDelivery/NetworkGuard.swift:35
msgid "the unspecified address (::)"
msgstr "the unspecified address (::)"

#. {0}: k.text
#: Sources/KosDefinitions/ShapeValidator.swift:84
#, python-brace-format
msgid "the value of '{0}'"
msgstr "the value of '{0}'"

#. {0}: signal
#: Sources/KosEngine/Daemon/Supervisor.swift:180
#, python-brace-format
msgid "the worker crashed with signal {0}"
msgstr "the worker crashed with signal {0}"

#: Sources/KosServer/APIService+People.swift:142
#: Sources/KosServer/APIService+People.swift:165
#: Sources/KosServer/APIService+People.swift:171
#: Sources/KosServer/APIService+People.swift:172
msgid "the workflow"
msgstr "the workflow"

#: Sources/KosEngine/Worker.swift:470
msgid "the workflow of this run is no longer defined"
msgstr "the workflow of this run is no longer defined"

#. {0}: id ?? tr("(none)")
#: Sources/KosEngine/Worker+Slots.swift:22
#, python-brace-format
msgid "the workflow waits for a slot but its calendar {0} is not defined"
msgstr "the workflow waits for a slot but its calendar {0} is not defined"

#. {0}: folder
#: Sources/KosCLI/DraftCommands.swift:471
#, python-brace-format
msgid "the workflow's guideline packs do not compile (kos validate {0})"
msgstr "the workflow's guideline packs do not compile (kos validate {0})"

#. {0}: notice.kind
#. {1}: notice.reason
#: Sources/KosEngine/Worker.swift:389
#, python-brace-format
msgid "the {0} notice about {1}"
msgstr "the {0} notice about {1}"

#. {0}: platform
#. {1}: delivery.template
#. {2}: failing
#. {3}: delivery.endpoint
#: Sources/KosEngine/Worker+Payload.swift:39
#, python-brace-format
msgid "the {0} payload from {1} fails {2}, which the draft passes: the template drops what the rule needs, so nothing was sent to {3}; fix the template"
msgstr "the {0} payload from {1} fails {2}, which the draft passes: the template drops what the rule needs, so nothing was sent to {3}; fix the template"

#: Sources/KosRules/ClaimGrammar.swift:265
msgid "the 最 before this one is judged with it"
msgstr "the 最 before this one is judged with it"

#. {0}: full
#: Sources/KosCLI/LintCommand.swift:280
#, python-brace-format
msgid "there is no file {0}"
msgstr "there is no file {0}"

#: Sources/KosDefinitions/DefinitionLoader.swift:299
msgid "this check step has no packs: list them under 'packs' or the workflow's 'guidelines'"
msgstr "this check step has no packs: list them under 'packs' or the workflow's 'guidelines'"

#. {0}: e.until
#: Sources/KosDefinitions/Decoder.swift:363
#, python-brace-format
msgid "this exception expired on {0}; it no longer applies (renew it or remove it)"
msgstr "this exception expired on {0}; it no longer applies (renew it or remove it)"

#. {0}: e.until
#. {1}: e.owner
#: Sources/KosDefinitions/Decoder.swift:365
#, python-brace-format
msgid "this exception expires on {0}, within a month; {1} renews it or lets it lapse"
msgstr "this exception expires on {0}, within a month; {1} renews it or lets it lapse"

#. {0}: API.timestamp(expires * 1000)
#: Sources/KosServer/APIService.swift:672
#, python-brace-format
msgid "this media link expired at {0}; the gateway gets a fresh one with the next delivery"
msgstr "this media link expired at {0}; the gateway gets a fresh one with the next delivery"

#: Sources/KosServer/APIService.swift:671
msgid "this media link was not signed by kosd, or was changed"
msgstr "this media link was not signed by kosd, or was changed"

#. {0}: store ?? tr("none")
#: Sources/KosEngine/ApprovalPolicy.swift:20
#, python-brace-format
msgid "this step is for reviewers of the associate's own store ({0})"
msgstr "this step is for reviewers of the associate's own store ({0})"

#. {0}: groups.joined(separator: ", ")
#: Sources/KosEngine/ApprovalPolicy.swift:19
#, python-brace-format
msgid "this step is for the groups {0}"
msgstr "this step is for the groups {0}"

#. {0}: role
#: Sources/KosEngine/ApprovalPolicy.swift:18
#, python-brace-format
msgid "this step needs the {0} role"
msgstr "this step needs the {0} role"

#. {0}: rule
#: Sources/KosRules/Linter.swift:287
#, python-brace-format
msgid "this suppresses '{0}', which is not among the checks applied to this draft; name a rule as pack/rule"
msgstr "this suppresses '{0}', which is not among the checks applied to this draft; name a rule as pack/rule"

#. {0}: rule
#: Sources/KosRules/Linter.swift:302
#, python-brace-format
msgid "this suppression of {0} suppresses nothing on its line or the next; remove it"
msgstr "this suppression of {0} suppresses nothing on its line or the next; remove it"

#: Sources/KosServer/ConsolePreview.swift:56
msgid "title"
msgstr "title"

#: Sources/kosd/Kosd.swift:186
msgctxt "token"
msgid "active"
msgstr "active"

#: Sources/kosd/Kosd.swift:186
msgctxt "token"
msgid "expired"
msgstr "expired"

#. {0}: user
#. {1}: about
#: Sources/kosd/Kosd.swift:262
#, python-brace-format
msgid ""
"token for {0} ({1}):\n"
"it is shown once and stored only as its SHA-256; hand it over privately.\n"
msgstr ""
"token for {0} ({1}):\n"
"it is shown once and stored only as its SHA-256; hand it over privately.\n"

#: Sources/KosDefinitions/Language.swift:53
msgid "trigger"
msgstr "trigger"

#: Sources/KosDefinitions/Shape.swift:124
msgid "true or false"
msgstr "true or false"

#. {0}: platform
#: Sources/KosServer/APIService+People.swift:160
#, python-brace-format
msgid "two accounts on {0}; a post goes out on one account per platform"
msgstr "two accounts on {0}; a post goes out on one account per platform"

#. {0}: c
#: Sources/KosCore/Condition.swift:303
#, python-brace-format
msgid "unexpected character '{0}'"
msgstr "unexpected character '{0}'"

#. {0}: describe(token)
#: Sources/KosCore/Condition.swift:130
#, python-brace-format
msgid "unexpected {0}"
msgstr "unexpected {0}"

#. {0}: s.socket
#. {1}: $0
#. {2}: s.rateLimit
#: Sources/kosd/Kosd.swift:73
#, python-brace-format
msgid "unix:{0} and http://{1}, {2} per token"
msgstr "unix:{0} and http://{1}, {2} per token"

#. {0}: s.socket
#. {1}: s.rateLimit
#: Sources/kosd/Kosd.swift:73
#, python-brace-format
msgid "unix:{0}, {1} per token"
msgstr "unix:{0}, {1} per token"

#. {0}: name
#. {1}: ClaimGrammar.Family.allCases.map(\.rawValue).joined(separator: ", ")
#: Sources/KosRules/ClaimRule.swift:24
#, python-brace-format
msgid "unknown claim family '{0}'; use {1}"
msgstr "unknown claim family '{0}'; use {1}"

#. {0}: name
#. {1}: columns.joined(separator: ", ")
#: Sources/KosCore/Directory.swift:104
#, python-brace-format
msgid "unknown column '{0}' (the columns are {1})"
msgstr "unknown column '{0}' (the columns are {1})"

#. {0}: path.joined(separator: ".")
#. {1}: root
#. {2}: fields.sorted().joined(separator: ", ")
#: Sources/KosDefinitions/DefinitionLoader.swift:394
#, python-brace-format
msgid "unknown field '{0}'; {1} has {2}"
msgstr "unknown field '{0}'; {1} has {2}"

#. {0}: key
#. {1}: object.name
#: Sources/KosDefinitions/ShapeValidator.swift:148
#, python-brace-format
msgid "unknown key '{0}' in {1}"
msgstr "unknown key '{0}' in {1}"

#. {0}: text
#. {1}: Language.kinds.joined(separator: ", ")
#: Sources/KosDefinitions/DefinitionLoader.swift:160
#, python-brace-format
msgid "unknown kind '{0}'; use one of {1}"
msgstr "unknown kind '{0}'; use one of {1}"

#. {0}: root
#: Sources/KosDefinitions/DefinitionLoader.swift:390
#, python-brace-format
msgid "unknown name '{0}'; conditions read draft.*, creator.*, findings.* and steps.*"
msgstr "unknown name '{0}'; conditions read draft.*, creator.*, findings.* and steps.*"

#. {0}: platform
#. {1}: Platform.allCases.map(\.rawValue).joined(separator: ", ")
#: Sources/KosCLI/LintCommand.swift:73
#, python-brace-format
msgid "unknown platform '{0}'; use {1}"
msgstr "unknown platform '{0}'; use {1}"

#. {0}: rule.kind
#: Sources/KosRules/Linter.swift:145
#, python-brace-format
msgid "unknown rule kind '{0}'"
msgstr "unknown rule kind '{0}'"

#. {0}: prefix
#. {1}: name
#: Sources/KosDefinitions/DaemonConfig.swift:187
#, python-brace-format
msgid "unknown setting '{0}{1}'"
msgstr "unknown setting '{0}{1}'"

#. {0}: trimmed
#: Sources/KosCore/CronExpression.swift:77
#, python-brace-format
msgid "unknown shorthand '{0}'; use @yearly, @monthly, @weekly, @daily or @hourly"
msgstr "unknown shorthand '{0}'; use @yearly, @monthly, @weekly, @daily or @hourly"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:188
#, python-brace-format
msgid "unknown time zone '{0}'; use an IANA name such as Asia/Shanghai"
msgstr "unknown time zone '{0}'; use an IANA name such as Asia/Shanghai"

#: Sources/KosRules/OccurrenceRule.swift:17
msgid "unknown token"
msgstr "unknown token"

#: Sources/KosTemplates/PayloadTemplate.swift:44
msgid "unknown {{% ... }} setting; use {{% CONTENT_TYPE: JSON }}"
msgstr "unknown {{% ... }} setting; use {{% CONTENT_TYPE: JSON }}"

#. {0}: shortTag(tag)
#: Sources/KosYAML/YAMLLoader.swift:341
#: Sources/KosYAML/YAMLLoader.swift:363
#, python-brace-format
msgid "unsupported tag '{0}'; only the YAML 1.2 core tags are allowed"
msgstr "unsupported tag '{0}'; only the YAML 1.2 core tags are allowed"

#: Sources/KosCore/Condition.swift:259
msgid "unterminated string"
msgstr "unterminated string"

#: Sources/KosCore/Condition.swift:302
msgid "use '==' to compare"
msgstr "use '==' to compare"

#: Sources/KosDefinitions/Decoder.swift:197
msgid "valid_until is not after valid_from"
msgstr "valid_until is not after valid_from"

#: Sources/KosServer/ConsolePreview.swift:115
msgid "video"
msgstr "video"

#: Sources/KosDefinitions/Language.swift:101
msgid "wait step"
msgstr "wait step"

#. {0}: local
#: Sources/KosEngine/Steps/WaitRunner.swift:16
#, python-brace-format
msgid "wait until {0}: not a time"
msgstr "wait until {0}: not a time"

#: Sources/KosServer/ConsoleHealth.swift:59
#: Sources/KosServer/ConsolePages.swift:229
msgid "waiting"
msgstr "waiting"

#. {0}: field("step")
#: Sources/KosServer/ConsolePages.swift:378
#, python-brace-format
msgid "waiting at {0}"
msgstr "waiting at {0}"

#: Sources/KosServer/ConsoleHealth.swift:64
msgid "waiting for a calendar slot"
msgstr "waiting for a calendar slot"

#: Sources/KosEngine/Steps/ApprovalRunner.swift:38
msgid "waiting for reviewers"
msgstr "waiting for reviewers"

#. {0}: field("since")
#: Sources/KosServer/ConsolePages.swift:232
#, python-brace-format
msgid "waiting since {0}"
msgstr "waiting since {0}"

#. {0}: local
#: Sources/KosEngine/Steps/WaitRunner.swift:19
#, python-brace-format
msgid "waiting until {0}"
msgstr "waiting until {0}"

#: Sources/KosServer/Console.swift:465
msgid "warning"
msgstr "warning"

#. {0}: late / 1000
#. {1}: calendar.catchUp
#: Sources/KosEngine/Worker+Slots.swift:38
#, python-brace-format
msgid "went out {0} s late, within the catch-up window ({1})"
msgstr "went out {0} s late, within the catch-up window ({1})"

#. {0}: notice.endpoint
#: Sources/KosEngine/Worker.swift:375
#, python-brace-format
msgid "when the receiver is fixed, an admin runs 'kos endpoints enable {0}'"
msgstr "when the receiver is fixed, an admin runs 'kos endpoints enable {0}'"

#: Sources/KosYAML/YAMLLoader.swift:150
msgid "while parsing a block collection"
msgstr "while parsing a block collection"

#: Sources/KosYAML/YAMLLoader.swift:151
msgid "while parsing a block mapping"
msgstr "while parsing a block mapping"

#: Sources/KosYAML/YAMLLoader.swift:152
msgid "while parsing a block node"
msgstr "while parsing a block node"

#: Sources/KosYAML/YAMLLoader.swift:153
msgid "while parsing a flow mapping"
msgstr "while parsing a flow mapping"

#: Sources/KosYAML/YAMLLoader.swift:154
msgid "while parsing a flow node"
msgstr "while parsing a flow node"

#: Sources/KosYAML/YAMLLoader.swift:155
msgid "while parsing a flow sequence"
msgstr "while parsing a flow sequence"

#: Sources/KosYAML/YAMLLoader.swift:156
msgid "while parsing a node"
msgstr "while parsing a node"

#: Sources/KosYAML/YAMLLoader.swift:157
msgid "while parsing a tag"
msgstr "while parsing a tag"

#: Sources/KosYAML/YAMLLoader.swift:158
msgid "while scanning a block scalar"
msgstr "while scanning a block scalar"

#: Sources/KosYAML/YAMLLoader.swift:159
msgid "while scanning a directive"
msgstr "while scanning a directive"

#: Sources/KosYAML/YAMLLoader.swift:160
msgid "while scanning a plain scalar"
msgstr "while scanning a plain scalar"

#: Sources/KosYAML/YAMLLoader.swift:161
msgid "while scanning a quoted scalar"
msgstr "while scanning a quoted scalar"

#: Sources/KosYAML/YAMLLoader.swift:162
msgid "while scanning a simple key"
msgstr "while scanning a simple key"

#: Sources/KosYAML/YAMLLoader.swift:163
msgid "while scanning a tag"
msgstr "while scanning a tag"

#: Sources/KosYAML/YAMLLoader.swift:164
msgid "while scanning an alias"
msgstr "while scanning an alias"

#: Sources/KosYAML/YAMLLoader.swift:165
msgid "while scanning an anchor"
msgstr "while scanning an anchor"

#: Sources/KosYAML/YAMLLoader.swift:166
msgid "while scanning for the next token"
msgstr "while scanning for the next token"

#: Sources/KosCLI/Client/ClientOptions.swift:182
#: Sources/KosServer/Console.swift:455
msgid "withdrawn"
msgstr "withdrawn"

#. {0}: i + 1
#. {1}: child.pid
#. {2}: signal
#. {3}: steps.map(String.init).joined(separator: ", ")
#: Sources/KosEngine/Daemon/Supervisor.swift:179
#, python-brace-format
msgid "worker {0} (pid {1}) crashed with signal {2} while running step(s) {3}"
msgstr "worker {0} (pid {1}) crashed with signal {2} while running step(s) {3}"

#. {0}: i + 1
#. {1}: child.pid
#. {2}: (status >> 8) & 0xFF
#: Sources/KosEngine/Daemon/Supervisor.swift:184
#, python-brace-format
msgid "worker {0} (pid {1}) exited with status {2}"
msgstr "worker {0} (pid {1}) exited with status {2}"

#. {0}: i + 1
#. {1}: child.pid
#. {2}: signal
#: Sources/KosEngine/Daemon/Supervisor.swift:182
#, python-brace-format
msgid "worker {0} (pid {1}) was killed by signal {2}"
msgstr "worker {0} (pid {1}) was killed by signal {2}"

#. {0}: child.pid
#. {1}: drainTimeout
#: Sources/KosEngine/Daemon/Supervisor.swift:331
#, python-brace-format
msgid "worker {0} did not finish within {1}; killed"
msgstr "worker {0} did not finish within {1}; killed"

#. {0}: i + 1
#. {1}: listed
#. {2}: late
#: Sources/KosEngine/Daemon/Supervisor.swift:201
#, python-brace-format
msgid "worker {0} ran step {1} {2}s past its budget; killed and replaced (the step returns to the queue when its lease ends; three strikes park it)"
msgstr "worker {0} ran step {1} {2}s past its budget; killed and replaced (the step returns to the queue when its lease ends; three strikes park it)"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:72
#, python-brace-format
msgid "workers is a whole number from 1 to 256, not '{0}'"
msgstr "workers is a whole number from 1 to 256, not '{0}'"

#. {0}: result.added
#. {1}: result.updated
#. {2}: result.unchanged
#: Sources/KosCLI/PeopleCommand.swift:104
#, python-brace-format
msgid "would add {0}, would update {1}, unchanged {2}"
msgstr "would add {0}, would update {1}, unchanged {2}"

#: Sources/KosDefinitions/DefinitionLoader.swift:385
msgid "write steps.<step-id>.outcome"
msgstr "write steps.<step-id>.outcome"

#: Sources/KosCLI/Client/APIClient.swift:87
msgid "you are not logged in: run `kos login` with the token your admin gave you (they issue one with `kosd token create`), or set KOS_TOKEN"
msgstr "you are not logged in: run `kos login` with the token your admin gave you (they issue one with `kosd token create`), or set KOS_TOKEN"

#. {0}: id
#. {1}: id
#: Sources/KosCLI/DraftCommands.swift:325
#, python-brace-format
msgid "you have not read {0} with kos show here: a decision is bound to the revision you read. Run kos show {1} first, or name the revision with --revision N"
msgstr "you have not read {0} with kos show here: a decision is bound to the revision you read. Run kos show {1} first, or name the revision with --revision N"

#. {0}: id
#. {1}: state
#. {2}: step
#: Sources/KosCLI/DraftCommands.swift:362
#, python-brace-format
msgid "{0}  {1} at {2}"
msgstr "{0}  {1} at {2}"

#. {0}: id
#. {1}: state
#. {2}: step
#. {3}: due
#: Sources/KosCLI/DraftCommands.swift:370
#, python-brace-format
msgid "{0}  {1} at {2} until {3}"
msgstr "{0}  {1} at {2} until {3}"

#. {0}: id
#. {1}: state
#. {2}: step
#. {3}: due
#: Sources/KosCLI/DraftCommands.swift:370
#, python-brace-format
msgid "{0}  {1} at {2}, deadline {3}"
msgstr "{0}  {1} at {2}, deadline {3}"

#. {0}: id
#. {1}: state
#. {2}: step
#. {3}: waiting
#: Sources/KosCLI/DraftCommands.swift:366
#, python-brace-format
msgid "{0}  {1} at {2}, waiting for {3}"
msgstr "{0}  {1} at {2}, waiting for {3}"

#. {0}: id
#. {1}: state
#. {2}: step
#. {3}: waiting
#. {4}: due
#: Sources/KosCLI/DraftCommands.swift:374
#, python-brace-format
msgid "{0}  {1} at {2}, waiting for {3} until {4}"
msgstr "{0}  {1} at {2}, waiting for {3} until {4}"

#. {0}: id
#. {1}: state
#. {2}: step
#. {3}: waiting
#. {4}: due
#: Sources/KosCLI/DraftCommands.swift:375
#, python-brace-format
msgid "{0}  {1} at {2}, waiting for {3}, deadline {4}"
msgstr "{0}  {1} at {2}, waiting for {3}, deadline {4}"

#. {0}: d.id
#. {1}: state
#. {2}: d.endpoint
#. {3}: d.draft
#. {4}: d.run
#. {5}: d.attempts
#: Sources/KosCLI/DeliveriesCommand.swift:58
#, python-brace-format
msgid "{0}  {1} to {2} · draft {3} · run {4} · {5} attempt"
msgid_plural "{0}  {1} to {2} · draft {3} · run {4} · {5} attempts"
msgstr[0] "{0}  {1} to {2} · draft {3} · run {4} · {5} attempt"
msgstr[1] "{0}  {1} to {2} · draft {3} · run {4} · {5} attempts"

#. {0}: id
#. {1}: state
#. {2}: due
#: Sources/KosCLI/DraftCommands.swift:368
#, python-brace-format
msgid "{0}  {1} until {2}"
msgstr "{0}  {1} until {2}"

#. {0}: id
#. {1}: state
#. {2}: due
#: Sources/KosCLI/DraftCommands.swift:368
#, python-brace-format
msgid "{0}  {1}, deadline {2}"
msgstr "{0}  {1}, deadline {2}"

#. {0}: id
#. {1}: state
#. {2}: waiting
#: Sources/KosCLI/DraftCommands.swift:364
#, python-brace-format
msgid "{0}  {1}, waiting for {2}"
msgstr "{0}  {1}, waiting for {2}"

#. {0}: id
#. {1}: state
#. {2}: waiting
#. {3}: due
#: Sources/KosCLI/DraftCommands.swift:372
#, python-brace-format
msgid "{0}  {1}, waiting for {2} until {3}"
msgstr "{0}  {1}, waiting for {2} until {3}"

#. {0}: id
#. {1}: state
#. {2}: waiting
#. {3}: due
#: Sources/KosCLI/DraftCommands.swift:372
#, python-brace-format
msgid "{0}  {1}, waiting for {2}, deadline {3}"
msgstr "{0}  {1}, waiting for {2}, deadline {3}"

#. {0}: kind
#. {1}: id
#. {2}: first
#: Sources/KosDefinitions/DefinitionLoader.swift:187
#, python-brace-format
msgid "{0} '{1}' is defined twice (first at {2})"
msgstr "{0} '{1}' is defined twice (first at {2})"

#. {0}: key
#. {1}: text
#. {2}: zone
#: Sources/KosDefinitions/Decoder.swift:157
#, python-brace-format
msgid "{0} '{1}' is not a local time on {2} (2026-11-01T00:00)"
msgstr "{0} '{1}' is not a local time on {2} (2026-11-01T00:00)"

#. {0}: missed | late
#: Sources/KosEngine/Worker+Slots.swift:43
#: Sources/KosEngine/Worker+Slots.swift:52
#, python-brace-format
msgid "{0} (late_approval: expire)"
msgstr "{0} (late_approval: expire)"

#. {0}: name
#. {1}: fd
#: Sources/KosServer/HTTPServer.swift:26
#, python-brace-format
msgid "{0} (socket-activated, fd {1})"
msgstr "{0} (socket-activated, fd {1})"

#. {0}: said
#. {1}: count
#. {2}: min
#: Sources/KosRules/OccurrenceRule.swift:43
#, python-brace-format
msgid "{0} ({1} found, at least {2})"
msgstr "{0} ({1} found, at least {2})"

#. {0}: said
#. {1}: count
#. {2}: max
#: Sources/KosRules/OccurrenceRule.swift:39
#, python-brace-format
msgid "{0} ({1} found, at most {2})"
msgstr "{0} ({1} found, at most {2})"

#. {0}: rate
#. {1}: report.firstPass.passed
#. {2}: report.firstPass.decided
#: Sources/KosServer/ConsoleHealth.swift:88
#, python-brace-format
msgid "{0} ({1} of {2})"
msgstr "{0} ({1} of {2})"

#. {0}: c.id
#. {1}: c.timeZone
#. {2}: local(from)
#. {3}: local(through)
#. {4}: demand.map(\.creator).joined(separator: ", ")
#: Sources/KosCLI/CalendarCommand.swift:329
#, python-brace-format
msgid "{0} ({1}) from {2} to {3}, for {4}"
msgstr "{0} ({1}) from {2} to {3}, for {4}"

#. {0}: calendar.id
#. {1}: calendar.timeZone
#. {2}: LocalTime.format(schedule.clock.local(from))
#. {3}: LocalTime.format(schedule.clock.local(through))
#: Sources/KosCLI/CalendarCommand.swift:125
#, python-brace-format
msgid "{0} ({1}): {2} to {3}"
msgstr "{0} ({1}): {2} to {3}"

#. {0}: said
#. {1}: scope.rawValue
#. {2}: length
#. {3}: min
#: Sources/KosRules/LengthRule.swift:39
#, python-brace-format
msgid "{0} ({1}: {2} characters (weighted), at least {3})"
msgstr "{0} ({1}: {2} characters (weighted), at least {3})"

#. {0}: said
#. {1}: scope.rawValue
#. {2}: length
#. {3}: max
#: Sources/KosRules/LengthRule.swift:33
#, python-brace-format
msgid "{0} ({1}: {2} characters (weighted), at most {3})"
msgstr "{0} ({1}: {2} characters (weighted), at most {3})"

#. {0}: said
#. {1}: scope.rawValue
#. {2}: length
#. {3}: min
#: Sources/KosRules/LengthRule.swift:40
#, python-brace-format
msgid "{0} ({1}: {2} characters, at least {3})"
msgstr "{0} ({1}: {2} characters, at least {3})"

#. {0}: said
#. {1}: scope.rawValue
#. {2}: length
#. {3}: max
#: Sources/KosRules/LengthRule.swift:34
#, python-brace-format
msgid "{0} ({1}: {2} characters, at most {3})"
msgstr "{0} ({1}: {2} characters, at most {3})"

#. {0}: doc
#. {1}: d
#: Sources/KosDefinitions/JSONSchema.swift:69
#, python-brace-format
msgid "{0} Default: {1}."
msgstr "{0} Default: {1}."

#. {0}: d.agencies.count
#: Sources/KosCLI/ValidateCommand.swift:57
#, python-brace-format
msgid "{0} agency"
msgid_plural "{0} agencies"
msgstr[0] "{0} agency"
msgstr[1] "{0} agencies"

#. {0}: $0
#. {1}: $1
#: Sources/kosd/Serve.swift:233
#, python-brace-format
msgid "{0} and {1}"
msgstr "{0} and {1}"

#. {0}: passed | first
#. {1}: plan.skipped.count - 3 | unfinished.count - 3
#: Sources/KosEngine/Worker+Slots.swift:94
#: Sources/KosRules/Linter.swift:223
#, python-brace-format
msgid "{0} and {1} more"
msgstr "{0} and {1} more"

#. {0}: endpoint.id
#. {1}: result.status ?? 0
#: Sources/KosEngine/Steps/PublishRunner.swift:112
#, python-brace-format
msgid "{0} answered with a redirect ({1}); redirects are not followed"
msgstr "{0} answered with a redirect ({1}); redirects are not followed"

#. {0}: who
#. {1}: step
#: Sources/KosServer/Console.swift:499
#, python-brace-format
msgid "{0} approved ({1})"
msgstr "{0} approved ({1})"

#. {0}: who
#. {1}: step
#. {2}: $0
#: Sources/KosServer/Console.swift:499
#, python-brace-format
msgid "{0} approved ({1}): {2}"
msgstr "{0} approved ({1}): {2}"

#. {0}: said
#. {1}: parser.problem_offset
#: Sources/KosYAML/YAMLLoader.swift:99
#, python-brace-format
msgid "{0} at byte {1}: the file must be UTF-8"
msgstr "{0} at byte {1}: the file must be UTF-8"

#. {0}: stateText(d.state)
#. {1}: $0
#: Sources/KosServer/Console.swift:492
#, python-brace-format
msgid "{0} at {1}"
msgstr "{0} at {1}"

#. {0}: d.calendars.count
#: Sources/KosCLI/ValidateCommand.swift:52
#, python-brace-format
msgid "{0} calendar"
msgid_plural "{0} calendars"
msgstr[0] "{0} calendar"
msgstr[1] "{0} calendars"

#. {0}: full
#: Sources/KosCLI/LintCommand.swift:282
#, python-brace-format
msgid "{0} cannot be read"
msgstr "{0} cannot be read"

#. {0}: path
#. {1}: error
#: Sources/KosCLI/Client/ClientOptions.swift:35
#, python-brace-format
msgid "{0} cannot be read: {1}"
msgstr "{0} cannot be read: {1}"

#. {0}: p.id
#: Sources/KosCore/Directory.swift:316
#, python-brace-format
msgid "{0} cannot be their own manager"
msgstr "{0} cannot be their own manager"

#. {0}: id
#: Sources/KosServer/APIService+People.swift:103
#, python-brace-format
msgid "{0} cannot delegate to themselves"
msgstr "{0} cannot delegate to themselves"

#. {0}: id
#: Sources/KosServer/APIService+People.swift:68
#, python-brace-format
msgid "{0} cannot succeed themselves"
msgstr "{0} cannot succeed themselves"

#. {0}: name
#. {1}: code.data.prefix(200)
#: Sources/KosRules/ImageCheck.swift:32
#, python-brace-format
msgid "{0} carries a QR code leading to 「{1}」: a personal WeChat or shop QR code may not appear in a note"
msgstr "{0} carries a QR code leading to 「{1}」: a personal WeChat or shop QR code may not appear in a note"

#. {0}: name
#. {1}: code.type
#. {2}: code.data.prefix(200)
#: Sources/KosRules/ImageCheck.swift:33
#, python-brace-format
msgid "{0} carries a barcode ({1}) reading 「{2}」: a receipt's or an order's code identifies a client's purchase"
msgstr "{0} carries a barcode ({1}) reading 「{2}」: a receipt's or an order's code identifies a client's purchase"

#. {0}: row.cells.count
#. {1}: header.cells.count
#: Sources/KosCore/Directory.swift:125
#, python-brace-format
msgid "{0} cells where the header names {1} (a comma inside a cell needs quotes)"
msgstr "{0} cells where the header names {1} (a comma inside a cell needs quotes)"

#. {0}: error.problems.count
#: Sources/kosd/Serve.swift:300
#, python-brace-format
msgid "{0} configuration error(s)"
msgstr "{0} configuration error(s)"

#. {0}: alert.id
#. {1}: attempts
#. {2}: why
#: Sources/KosEngine/Worker.swift:381
#, python-brace-format
msgid "{0} could not be told after {1} attempts: {2}"
msgstr "{0} could not be told after {1} attempts: {2}"

#. {0}: name
#. {1}: why
#: Sources/KosEngine/Steps/ExecRunner.swift:21
#, python-brace-format
msgid "{0} could not start: {1}"
msgstr "{0} could not start: {1}"

#. {0}: n
#: Sources/KosServer/ConsoleHealth.swift:83
#, python-brace-format
msgid "{0} day"
msgid_plural "{0} days"
msgstr[0] "{0} day"
msgstr[1] "{0} days"

#. {0}: id
#: Sources/KosServer/APIService+People.swift:113
#, python-brace-format
msgid "{0} decides no approvals; nothing to delegate"
msgstr "{0} decides no approvals; nothing to delegate"

#. {0}: report.documentCount
#: Sources/KosCLI/ValidateCommand.swift:49
#, python-brace-format
msgid "{0} definition"
msgid_plural "{0} definitions"
msgstr[0] "{0} definition"
msgstr[1] "{0} definitions"

#. {0}: endpoint.id
#. {1}: number
#: Sources/KosEngine/Steps/PublishRunner.swift:111
#, python-brace-format
msgid "{0} did not accept the delivery after {1} attempts"
msgstr "{0} did not accept the delivery after {1} attempts"

#. {0}: name
#. {1}: exec.timeout
#: Sources/KosEngine/Steps/ExecRunner.swift:20
#, python-brace-format
msgid "{0} did not finish within {1}"
msgstr "{0} did not finish within {1}"

#. {0}: endpoint.id
#. {1}: what
#. {2}: attempts
#. {3}: why
#: Sources/KosEngine/Worker.swift:397
#, python-brace-format
msgid "{0} did not take {1} (attempt {2}): {3}"
msgstr "{0} did not take {1} (attempt {2}): {3}"

#. {0}: folder
#. {1}: name
#: Sources/KosCLI/DraftCommands.swift:468
#, python-brace-format
msgid "{0} does not define the workflow '{1}'"
msgstr "{0} does not define the workflow '{1}'"

#. {0}: what
#: Sources/KosStore/Store.swift:1051
#, python-brace-format
msgid "{0} does not exist"
msgstr "{0} does not exist"

#. {0}: results.count
#: Sources/KosCLI/LintOutput.swift:31
#, python-brace-format
msgid "{0} draft"
msgid_plural "{0} drafts"
msgstr[0] "{0} draft"
msgstr[1] "{0} drafts"

#. {0}: report.drafts
#. {1}: since
#. {2}: until
#: Sources/KosServer/ConsoleHealth.swift:82
#, python-brace-format
msgid "{0} draft submitted from {1} to {2}"
msgid_plural "{0} drafts submitted from {1} to {2}"
msgstr[0] "{0} draft submitted from {1} to {2}"
msgstr[1] "{0} drafts submitted from {1} to {2}"

#. {0}: results.count
#: Sources/KosCLI/LintCommand.swift:230
#, python-brace-format
msgid "{0} drafts"
msgstr "{0} drafts"

#. {0}: checked
#. {1}: blocked
#. {2}: cleared
#: Sources/KosCLI/PacksCommand.swift:101
#, python-brace-format
msgid "{0} drafts checked: {1} would become blocked, {2} would be cleared"
msgstr "{0} drafts checked: {1} would become blocked, {2} would be cleared"

#. {0}: r.drafts
#. {1}: Table.local(r.since)
#. {2}: Table.local(r.until)
#: Sources/KosCLI/ReportCommand.swift:93
#, python-brace-format
msgid "{0} drafts submitted from {1} to {2}"
msgstr "{0} drafts submitted from {1} to {2}"

#. {0}: d.endpoints.count
#: Sources/KosCLI/ValidateCommand.swift:53
#, python-brace-format
msgid "{0} endpoint"
msgid_plural "{0} endpoints"
msgstr[0] "{0} endpoint"
msgstr[1] "{0} endpoints"

#. {0}: e | n
#: Sources/KosCLI/LintOutput.swift:36
#: Sources/KosCLI/ValidateCommand.swift:65
#, python-brace-format
msgid "{0} error"
msgid_plural "{0} errors"
msgstr[0] "{0} error"
msgstr[1] "{0} errors"

#. {0}: failure.errorCount
#. {1}: next.settings.workflows
#: Sources/kosd/Serve.swift:307
#, python-brace-format
msgid "{0} error(s) in {1}"
msgstr "{0} error(s) in {1}"

#. {0}: name
#. {1}: status
#: Sources/KosEngine/Steps/ExecRunner.swift:18
#, python-brace-format
msgid "{0} exited with status {1}"
msgstr "{0} exited with status {1}"

#. {0}: kit.reference
#. {1}: API.timestamp(until)
#: Sources/KosCore/Kit.swift:205
#, python-brace-format
msgid "{0} expired at {1}"
msgstr "{0} expired at {1}"

#. {0}: n
#: Sources/KosCLI/ValidateCommand.swift:110
#, python-brace-format
msgid "{0} file"
msgid_plural "{0} files"
msgstr[0] "{0} file"
msgstr[1] "{0} files"

#. {0}: standing.findings | findings.count
#: Sources/KosServer/Console.swift:130
#: Sources/KosServer/Console.swift:332
#, python-brace-format
msgid "{0} finding"
msgid_plural "{0} findings"
msgstr[0] "{0} finding"
msgstr[1] "{0} findings"

#. {0}: blocking == 0 ? findings.count : blocking
#: Sources/KosEngine/RunMachine.swift:138
#, python-brace-format
msgid "{0} finding(s) must be fixed; revise the draft"
msgstr "{0} finding(s) must be fixed; revise the draft"

#. {0}: d.guidelines.count
#: Sources/KosCLI/ValidateCommand.swift:54
#, python-brace-format
msgid "{0} guideline pack"
msgid_plural "{0} guideline packs"
msgstr[0] "{0} guideline pack"
msgstr[1] "{0} guideline packs"

#. {0}: String(format: "%.1f", minutes / 60)
#: Sources/KosCore/API.swift:299
#, python-brace-format
msgid "{0} h"
msgstr "{0} h"

#. {0}: post.workflow
#. {1}: successor
#: Sources/KosEngine/Offboarding.swift:31
#, python-brace-format
msgid "{0} hands over approved posts waiting to go out to {1}"
msgstr "{0} hands over approved posts waiting to go out to {1}"

#. {0}: post.workflow
#. {1}: successor
#: Sources/KosEngine/Offboarding.swift:32
#, python-brace-format
msgid "{0} hands over posts in checks or review to {1}"
msgstr "{0} hands over posts in checks or review to {1}"

#. {0}: LocalTime.format(clock.local(at))
#. {1}: calendar.timeZone
#: Sources/KosSchedule/CalendarSchedule.swift:200
#, python-brace-format
msgid "{0} happens twice (clocks go back, {1}); the slot fires once, at the first"
msgstr "{0} happens twice (clocks go back, {1}); the slot fires once, at the first"

#. {0}: folder
#. {1}: folder
#: Sources/KosCLI/DraftCommands.swift:466
#, python-brace-format
msgid "{0} has errors (kos validate {1} shows them)"
msgstr "{0} has errors (kos validate {1} shows them)"

#. {0}: p.id
#: Sources/KosCore/Directory.swift:321
#, python-brace-format
msgid "{0} has left the program; a returning associate comes back under a new id"
msgstr "{0} has left the program; a returning associate comes back under a new id"

#. {0}: notice.endpoint
#: Sources/KosEngine/Worker.swift:370
#, python-brace-format
msgid "{0} has no 'alert' endpoint; its owners see it in 'kos endpoints'"
msgstr "{0} has no 'alert' endpoint; its owners see it in 'kos endpoints'"

#. {0}: by
#. {1}: stage
#: Sources/KosServer/APIService.swift:324
#, python-brace-format
msgid "{0} has rejected this revision at {1}: it does not go on until it is revised"
msgstr "{0} has rejected this revision at {1}: it does not go on until it is revised"

#. {0}: $0.max
#. {1}: $0.window
#: Sources/KosCLI/ReportCommand.swift:107
#, python-brace-format
msgid "{0} in {1}"
msgstr "{0} in {1}"

#. {0}: errors
#. {1}: errorFiles
#. {2}: files
#. {3}: definitions
#. {4}: kinds
#: Sources/KosCLI/ValidateCommand.swift:67
#, python-brace-format
msgid "{0} in {1} ({2}, {3}: {4})"
msgstr "{0} in {1} ({2}, {3}: {4})"

#. {0}: m.entry.term
#: Sources/KosRules/ClaimRule.swift:93
#, python-brace-format
msgid "{0} is a claim wherever it appears"
msgstr "{0} is a claim wherever it appears"

#. {0}: draftID
#: Sources/KosServer/APIService.swift:114
#, python-brace-format
msgid "{0} is already published; submit a new draft for a correction"
msgstr "{0} is already published; submit a new draft for a correction"

#. {0}: draftID
#: Sources/KosServer/APIService.swift:143
#, python-brace-format
msgid "{0} is already published; take it down on the platform"
msgstr "{0} is already published; take it down on the platform"

#. {0}: stage
#. {1}: step.id
#. {2}: Self.describe(following, escalatedTo: nil)
#: Sources/KosServer/APIService.swift:340
#, python-brace-format
msgid "{0} is approved; next: {1}, decided by {2}"
msgstr "{0} is approved; next: {1}, decided by {2}"

#. {0}: summary.id
#. {1}: summary.revision
#. {2}: summary.contentHash.prefix(12)
#. {3}: revision
#. {4}: summary.id
#: Sources/KosServer/APIService.swift:352
#, python-brace-format
msgid "{0} is at revision {1} (content {2}…) now, not the revision {3} you decided on; nothing was recorded. Read it again (kos show {4}) and decide on what you read"
msgstr "{0} is at revision {1} (content {2}…) now, not the revision {3} you decided on; nothing was recorded. Read it again (kos show {4}) and decide on what you read"

#. {0}: draftID
#. {1}: detail.draft.revision
#. {2}: revision
#: Sources/KosServer/APIService.swift:242
#, python-brace-format
msgid "{0} is at revision {1} now, not revision {2}; nothing was changed"
msgstr "{0} is at revision {1} now, not revision {2}; nothing was changed"

#. {0}: id
#. {1}: detail.draft.revision
#. {2}: revision
#. {3}: id
#: Sources/KosCLI/DraftCommands.swift:329
#, python-brace-format
msgid "{0} is at revision {1} now, not revision {2}; nothing was sent. Read it with kos show {3}"
msgstr "{0} is at revision {1} now, not revision {2}; nothing was sent. Read it with kos show {3}"

#. {0}: id
#. {1}: Table.local($0)
#. {2}: p.delegate ?? "?"
#: Sources/KosCLI/PeopleCommand.swift:181
#, python-brace-format
msgid "{0} is away until {1}; {2} decides on their behalf"
msgstr "{0} is away until {1}; {2} decides on their behalf"

#. {0}: id
#: Sources/KosCLI/PeopleCommand.swift:181
#, python-brace-format
msgid "{0} is back and decides their own queue"
msgstr "{0} is back and decides their own queue"

#. {0}: endpoint.id
#. {1}: health.reason ?? tr("by an admin")
#. {2}: endpoint.id
#: Sources/KosEngine/Steps/PublishRunner.swift:53
#, python-brace-format
msgid "{0} is disabled ({1}); an admin enables it with 'kos endpoints enable {2}'"
msgstr "{0} is disabled ({1}); an admin enables it with 'kos endpoints enable {2}'"

#. {0}: name
#: Sources/KosCore/RecurrenceRule.swift:68
#, python-brace-format
msgid "{0} is given twice"
msgstr "{0} is given twice"

#. {0}: object.name
#. {1}: field.name
#: Sources/KosDefinitions/ShapeValidator.swift:155
#, python-brace-format
msgid "{0} is missing required key '{1}'"
msgstr "{0} is missing required key '{1}'"

#. {0}: notice.endpoint
#. {1}: what
#: Sources/KosEngine/Worker.swift:391
#, python-brace-format
msgid "{0} is no longer defined; {1} was not sent"
msgstr "{0} is no longer defined; {1} was not sent"

#. {0}: reference
#. {1}: current.reference
#: Sources/KosCore/Kit.swift:197
#, python-brace-format
msgid "{0} is not a version of the kit in the library (its version now is {1})"
msgstr "{0} is not a version of the kit in the library (its version now is {1})"

#. {0}: name
#: Sources/KosCore/RecurrenceRule.swift:124
#, python-brace-format
msgid "{0} is not supported: slots are to the minute; use BYHOUR and BYMINUTE"
msgstr "{0} is not supported: slots are to the minute; use BYHOUR and BYMINUTE"

#. {0}: name
#: Sources/KosCore/RecurrenceRule.swift:126
#, python-brace-format
msgid "{0} is not supported; use FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, BYYEARDAY, BYWEEKNO, BYHOUR, BYMINUTE, BYSETPOS, COUNT, UNTIL, WKST"
msgstr "{0} is not supported; use FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, BYYEARDAY, BYWEEKNO, BYHOUR, BYMINUTE, BYSETPOS, COUNT, UNTIL, WKST"

#. {0}: draftID
#: Sources/KosServer/APIService.swift:287
#, python-brace-format
msgid "{0} is yours; segregation of duties needs another reviewer"
msgstr "{0} is yours; segregation of duties needs another reviewer"

#. {0}: draft.id | draftID
#. {1}: Table.stateName(draft.state) | state(of: summary).progress.rawValue | state(of: now).progress.rawValue
#: Sources/KosCLI/DraftCommands.swift:346
#: Sources/KosServer/APIService.swift:280
#: Sources/KosServer/APIService.swift:302
#, python-brace-format
msgid "{0} is {1}"
msgstr "{0} is {1}"

#. {0}: webhookID
#. {1}: state.rawValue
#: Sources/KosStore/StoreRules.swift:172
#, python-brace-format
msgid "{0} is {1}; only dead letters are replayed"
msgstr "{0} is {1}; only dead letters are replayed"

#. {0}: d.kits.count
#: Sources/KosCLI/ValidateCommand.swift:58
#, python-brace-format
msgid "{0} kit"
msgid_plural "{0} kits"
msgstr[0] "{0} kit"
msgstr[1] "{0} kits"

#. {0}: id
#. {1}: Table.local(result.leftAt)
#. {2}: successor
#: Sources/KosCLI/PeopleCommand.swift:149
#, python-brace-format
msgid "{0} leaves the program at {1}; successor {2}"
msgstr "{0} leaves the program at {1}; successor {2}"

#. {0}: id
#. {1}: Table.local(result.leftAt)
#. {2}: successor
#: Sources/KosCLI/PeopleCommand.swift:150
#, python-brace-format
msgid "{0} left the program at {1}; successor {2}"
msgstr "{0} left the program at {1}; successor {2}"

#. {0}: handover.personID
#. {1}: API.timestamp(leftAt)
#: Sources/KosStore/StoreRules+Directory.swift:76
#, python-brace-format
msgid "{0} left the program on {1}"
msgstr "{0} left the program on {1}"

#. {0}: person.id
#. {1}: leftAt
#: Sources/KosEngine/Offboarding.swift:34
#, python-brace-format
msgid "{0} left the program on {1} with no successor to take it over"
msgstr "{0} left the program on {1} with no successor to take it over"

#. {0}: person.id
#. {1}: leftAt
#. {2}: account
#: Sources/KosEngine/Offboarding.swift:29
#, python-brace-format
msgid "{0} left the program on {1}; it goes out on their own account {2}, which leaves with them"
msgstr "{0} left the program on {1}; it goes out on their own account {2}, which leaves with them"

#. {0}: creator.id
#. {1}: API.timestamp(leftAt)
#: Sources/KosEngine/Steps/PublishRunner.swift:138
#, python-brace-format
msgid "{0} left the program on {1}; nothing is published for them from then on"
msgstr "{0} left the program on {1}; nothing is published for them from then on"

#. {0}: person.id
#. {1}: leftAt
#. {2}: post.workflow
#: Sources/KosEngine/Offboarding.swift:36
#, python-brace-format
msgid "{0} left the program on {1}; {2} cancels their approved posts waiting to go out"
msgstr "{0} left the program on {1}; {2} cancels their approved posts waiting to go out"

#. {0}: person.id
#. {1}: leftAt
#. {2}: post.workflow
#: Sources/KosEngine/Offboarding.swift:37
#, python-brace-format
msgid "{0} left the program on {1}; {2} cancels their posts in checks or review"
msgstr "{0} left the program on {1}; {2} cancels their posts in checks or review"

#. {0}: what
#: Sources/KosDefinitions/ShapeValidator.swift:211
#, python-brace-format
msgid "{0} looks like a secret written inline; store it in a file or credential and write file:/path, env:NAME or credential:NAME (rotate this secret: it is in the file)"
msgstr "{0} looks like a secret written inline; store it in a file or credential and write file:/path, env:NAME or credential:NAME (rotate this secret: it is in the file)"

#. {0}: kit.reference
#. {1}: API.timestamp(from)
#: Sources/KosCore/Kit.swift:204
#, python-brace-format
msgid "{0} may be used from {1}"
msgstr "{0} may be used from {1}"

#. {0}: String(format: "%.1f", minutes)
#: Sources/KosCore/API.swift:299
#, python-brace-format
msgid "{0} min"
msgstr "{0} min"

#. {0}: errors.count
#: Sources/KosServer/APIService+People.swift:57
#, python-brace-format
msgid "{0} mistake in the staff directory"
msgid_plural "{0} mistakes in the staff directory"
msgstr[0] "{0} mistake in the staff directory"
msgstr[1] "{0} mistakes in the staff directory"

#. {0}: errors.count
#: Sources/KosCLI/PeopleCommand.swift:125
#, python-brace-format
msgid "{0} mistake; nothing was imported"
msgid_plural "{0} mistakes; nothing was imported"
msgstr[0] "{0} mistake; nothing was imported"
msgstr[1] "{0} mistakes; nothing was imported"

#. {0}: what
#. {1}: node.kindName
#: Sources/KosDefinitions/ShapeValidator.swift:67
#, python-brace-format
msgid "{0} must be a list, not {1}"
msgstr "{0} must be a list, not {1}"

#. {0}: what
#. {1}: node.kindName
#: Sources/KosDefinitions/ShapeValidator.swift:76
#, python-brace-format
msgid "{0} must be a mapping, not {1}"
msgstr "{0} must be a mapping, not {1}"

#. {0}: what
#. {1}: node.kindName
#: Sources/KosDefinitions/ShapeValidator.swift:41
#, python-brace-format
msgid "{0} must be an integer, not {1}"
msgstr "{0} must be an integer, not {1}"

#. {0}: what
#. {1}: min
#. {2}: v
#: Sources/KosDefinitions/ShapeValidator.swift:44
#, python-brace-format
msgid "{0} must be at least {1}, not {2}"
msgstr "{0} must be at least {1}, not {2}"

#. {0}: what
#. {1}: max
#. {2}: v
#: Sources/KosDefinitions/ShapeValidator.swift:45
#, python-brace-format
msgid "{0} must be at most {1}, not {2}"
msgstr "{0} must be at most {1}, not {2}"

#. {0}: what
#: Sources/KosDefinitions/ShapeValidator.swift:212
#, python-brace-format
msgid "{0} must be file:/path, env:NAME or credential:NAME"
msgstr "{0} must be file:/path, env:NAME or credential:NAME"

#. {0}: what
#. {1}: node.kindName
#: Sources/KosDefinitions/ShapeValidator.swift:51
#, python-brace-format
msgid "{0} must be true or false, not {1}"
msgstr "{0} must be true or false, not {1}"

#. {0}: what
#. {1}: node.kindName
#. {2}: s.text
#: Sources/KosDefinitions/ShapeValidator.swift:49
#, python-brace-format
msgid "{0} must be true or false, not {1} ('{2}' is a string in YAML 1.2: write true or false)"
msgstr "{0} must be true or false, not {1} ('{2}' is a string in YAML 1.2: write true or false)"

#. {0}: what
#. {1}: shape.expectation
#. {2}: node.kindName
#: Sources/KosDefinitions/ShapeValidator.swift:33
#: Sources/KosDefinitions/ShapeValidator.swift:58
#: Sources/KosDefinitions/ShapeValidator.swift:111
#, python-brace-format
msgid "{0} must be {1}, not {2}"
msgstr "{0} must be {1}, not {2}"

#. {0}: what
#. {1}: shape.expectation
#. {2}: node.kindName
#. {3}: s.text
#: Sources/KosDefinitions/ShapeValidator.swift:31
#, python-brace-format
msgid "{0} must be {1}, not {2}; write \"{3}\" in quotes to make it a string"
msgstr "{0} must be {1}, not {2}; write \"{3}\" in quotes to make it a string"

#. {0}: what
#. {1}: minItems
#: Sources/KosDefinitions/ShapeValidator.swift:71
#, python-brace-format
msgid "{0} needs at least {1} item"
msgid_plural "{0} needs at least {1} items"
msgstr[0] "{0} needs at least {1} item"
msgstr[1] "{0} needs at least {1} items"

#. {0}: workflow?.id ?? tr("the workflow")
#. {1}: platform
#. {2}: platform
#: Sources/KosServer/APIService+People.swift:172
#, python-brace-format
msgid "{0} needs the account this goes out on for {1} (accounts: [{2}:…])"
msgstr "{0} needs the account this goes out on for {1} (accounts: [{2}:…])"

#. {0}: workflow?.id ?? tr("the workflow")
#. {1}: platform
#. {2}: platform
#: Sources/KosServer/APIService+People.swift:171
#, python-brace-format
msgid "{0} needs the company-owned account this goes out on for {1} (accounts: [{2}:…])"
msgstr "{0} needs the company-owned account this goes out on for {1} (accounts: [{2}:…])"

#. {0}: workflow?.id ?? tr("the workflow")
#: Sources/KosServer/APIService+People.swift:142
#, python-brace-format
msgid "{0} needs the platform's commercial-cooperation order (蒲公英 for Xiaohongshu, 星图 for Douyin) in cooperation.order"
msgstr "{0} needs the platform's commercial-cooperation order (蒲公英 for Xiaohongshu, 星图 for Douyin) in cooperation.order"

#. {0}: windowFailures
#. {1}: windowAttempts
#: Sources/KosCore/EndpointHealth.swift:87
#, python-brace-format
msgid "{0} of the last {1} attempts failed"
msgstr "{0} of the last {1} attempts failed"

#. {0}: n
#. {1}: who
#: Sources/KosServer/APIService.swift:800
#, python-brace-format
msgid "{0} of {1}"
msgstr "{0} of {1}"

#. {0}: run.draftID
#. {1}: creator.id
#. {2}: reference
#: Sources/KosEngine/Worker.swift:629
#, python-brace-format
msgid "{0} of {1} ({2})"
msgstr "{0} of {1} ({2})"

#. {0}: standing.approvals
#. {1}: standing.needed
#: Sources/KosServer/Console.swift:129
#, python-brace-format
msgid "{0} of {1} approval"
msgid_plural "{0} of {1} approvals"
msgstr[0] "{0} of {1} approval"
msgstr[1] "{0} of {1} approvals"

#. {0}: approvals
#. {1}: needed
#. {2}: stage
#. {3}: needed - approvals
#. {4}: Self.describe(approval, escalatedTo: escalated)
#: Sources/KosServer/APIService.swift:322
#, python-brace-format
msgid "{0} of {1} approvals at {2}: waiting for {3} more from {4}"
msgstr "{0} of {1} approvals at {2}: waiting for {3} more from {4}"

#. {0}: alive
#. {1}: supervisor.count
#: Sources/kosd/Serve.swift:219
#, python-brace-format
msgid "{0} of {1} workers are running"
msgstr "{0} of {1} workers are running"

#. {0}: $0
#. {1}: reviewerID
#. {2}: said
#: Sources/KosStore/StoreRules+Directory.swift:120
#, python-brace-format
msgid "{0} on behalf of {1} (away): {2}"
msgstr "{0} on behalf of {1} (away): {2}"

#. {0}: $0
#. {1}: $1
#: Sources/KosDefinitions/Shape.swift:134
#, python-brace-format
msgid "{0} or {1}"
msgstr "{0} or {1}"

#. {0}: c.posted
#. {1}: c.booked
#. {2}: c.max
#: Sources/KosServer/ConsoleHealth.swift:73
#, python-brace-format
msgid "{0} posted, {1} booked of {2}"
msgstr "{0} posted, {1} booked of {2}"

#. {0}: workflow?.id ?? tr("the workflow")
#. {1}: id
#: Sources/KosServer/APIService+People.swift:165
#, python-brace-format
msgid "{0} publishes only on company-owned accounts; {1} is your own"
msgstr "{0} publishes only on company-owned accounts; {1} is your own"

#. {0}: endpoint.id
#. {1}: result.status ?? 0
#: Sources/KosEngine/Steps/PublishRunner.swift:114
#, python-brace-format
msgid "{0} refused the delivery ({1})"
msgstr "{0} refused the delivery ({1})"

#. {0}: endpoint.id
#. {1}: result.status ?? 0
#. {2}: $0
#: Sources/KosEngine/Steps/PublishRunner.swift:114
#, python-brace-format
msgid "{0} refused the delivery ({1}): {2}"
msgstr "{0} refused the delivery ({1}): {2}"

#. {0}: who
#. {1}: step
#: Sources/KosServer/Console.swift:501
#, python-brace-format
msgid "{0} rejected ({1})"
msgstr "{0} rejected ({1})"

#. {0}: who
#. {1}: step
#. {2}: $0
#: Sources/KosServer/Console.swift:501
#, python-brace-format
msgid "{0} rejected ({1}): {2}"
msgstr "{0} rejected ({1}): {2}"

#. {0}: submitted.draft.id
#. {1}: submitted.draft.revision
#. {2}: state
#: Sources/KosCLI/DraftCommands.swift:312
#, python-brace-format
msgid "{0} revision {1} is the suggested rewording: {2}"
msgstr "{0} revision {1} is the suggested rewording: {2}"

#. {0}: submitted.draft.id
#. {1}: submitted.draft.revision
#. {2}: state
#: Sources/KosCLI/DraftCommands.swift:129
#, python-brace-format
msgid "{0} revision {1}: {2}; earlier approvals no longer count"
msgstr "{0} revision {1}: {2}; earlier approvals no longer count"

#. {0}: rows.count - 1
#. {1}: maxRows
#: Sources/KosCore/Directory.swift:98
#, python-brace-format
msgid "{0} rows; a staff directory is at most {1} rows"
msgstr "{0} rows; a staff directory is at most {1} rows"

#. {0}: endpoint.id
#: Sources/KosEngine/Steps/PublishRunner.swift:113
#, python-brace-format
msgid "{0} says it is gone (410)"
msgstr "{0} says it is gone (410)"

#. {0}: rows.count
#: Sources/KosCLI/CalendarCommand.swift:349
#, python-brace-format
msgid "{0} slot"
msgid_plural "{0} slots"
msgstr[0] "{0} slot"
msgstr[1] "{0} slots"

#. {0}: worker.staleCommits - stale
#: Sources/KosEngine/Daemon/WorkerService.swift:51
#, python-brace-format
msgid "{0} step(s) were taken over by another worker; their results were discarded"
msgstr "{0} step(s) were taken over by another worker; their results were discarded"

#. {0}: d.stores.count
#: Sources/KosCLI/ValidateCommand.swift:56
#, python-brace-format
msgid "{0} store"
msgid_plural "{0} stores"
msgstr[0] "{0} store"
msgstr[1] "{0} stores"

#. {0}: s
#: Sources/KosCLI/LintOutput.swift:37
#, python-brace-format
msgid "{0} suggestion"
msgid_plural "{0} suggestions"
msgstr[0] "{0} suggestion"
msgstr[1] "{0} suggestions"

#. {0}: field("reviewer")
#: Sources/KosServer/ConsolePages.swift:298
#, python-brace-format
msgid "{0} suggests a rewording"
msgstr "{0} suggests a rewording"

#. {0}: suggestion.reviewer
#. {1}: suggestion.reason
#: Sources/KosCLI/DraftCommands.swift:236
#, python-brace-format
msgid "{0} suggests this rewording ({1}):"
msgstr "{0} suggests this rewording ({1}):"

#. {0}: endpoint.id
#. {1}: rate
#: Sources/KosEngine/Steps/PublishRunner.swift:60
#, python-brace-format
msgid "{0} takes at most {1}; waiting for a free send"
msgstr "{0} takes at most {1}; waiting for a free send"

#. {0}: endpoint.id
#. {1}: what
#: Sources/KosEngine/Worker.swift:396
#, python-brace-format
msgid "{0} took {1}"
msgstr "{0} took {1}"

#. {0}: circuitName
#. {1}: Table.local($0)
#: Sources/KosCLI/EndpointsCommand.swift:26
#, python-brace-format
msgid "{0} until {1}"
msgstr "{0} until {1}"

#. {0}: name
#. {1}: v
#: Sources/KosCore/RecurrenceRule.swift:73
#, python-brace-format
msgid "{0} value '{1}' is out of range"
msgstr "{0} value '{1}' is out of range"

#. {0}: w
#: Sources/KosCLI/LintOutput.swift:36
#, python-brace-format
msgid "{0} warning"
msgid_plural "{0} warnings"
msgstr[0] "{0} warning"
msgstr[1] "{0} warnings"

#. {0}: name
#. {1}: signal
#: Sources/KosEngine/Steps/ExecRunner.swift:19
#, python-brace-format
msgid "{0} was killed by signal {1}"
msgstr "{0} was killed by signal {1}"

#. {0}: name
#. {1}: problem
#: Sources/KosRules/ImageCheck.swift:41
#, python-brace-format
msgid "{0} was not wholly checked: {1}; a reviewer looks at it themselves"
msgstr "{0} was not wholly checked: {1}; a reviewer looks at it themselves"

#. {0}: alert.id
#. {1}: notice.endpoint
#. {2}: $0
#: Sources/KosEngine/Worker.swift:379
#, python-brace-format
msgid "{0} was told that {1} (owner {2}) is disabled"
msgstr "{0} was told that {1} (owner {2}) is disabled"

#. {0}: alert.id
#. {1}: notice.endpoint
#: Sources/KosEngine/Worker.swift:380
#, python-brace-format
msgid "{0} was told that {1} is disabled"
msgstr "{0} was told that {1} is disabled"

#. {0}: kit.reference
#: Sources/KosCore/Kit.swift:203
#, python-brace-format
msgid "{0} was withdrawn"
msgstr "{0} was withdrawn"

#. {0}: draftID
#: Sources/KosServer/APIService.swift:113
#, python-brace-format
msgid "{0} was withdrawn; submit a new draft"
msgstr "{0} was withdrawn; submit a new draft"

#. {0}: d.workflows.count
#: Sources/KosCLI/ValidateCommand.swift:51
#, python-brace-format
msgid "{0} workflow"
msgid_plural "{0} workflows"
msgstr[0] "{0} workflow"
msgstr[1] "{0} workflows"

#. {0}: agency.name
#. {1}: agency.models.joined(separator: ", ")
#. {2}: model
#: Sources/KosServer/APIService+People.swift:136
#, python-brace-format
msgid "{0} works with the brand under {1}, not {2}"
msgstr "{0} works with the brand under {1}, not {2}"

#. {0}: b.creator
#. {1}: b.draft
#. {2}: fire
#: Sources/KosCLI/CalendarCommand.swift:131
#, python-brace-format
msgid "{0} {1} at {2}"
msgstr "{0} {1} at {2}"

#. {0}: request.method
#. {1}: request.uri.path
#: Sources/KosServer/HTTPServer.swift:373
#, python-brace-format
msgid "{0} {1} is not part of the API"
msgstr "{0} {1} is not part of the API"

#. {0}: said
#. {1}: ctx
#. {2}: parser.context_mark.line + 1
#. {3}: parser.context_mark.column + 1
#: Sources/KosYAML/YAMLLoader.swift:105
#, python-brace-format
msgid "{0} {1} started at {2}:{3}"
msgstr "{0} {1} started at {2}:{3}"

#. {0}: flag
#. {1}: text
#: Sources/KosCLI/CalendarCommand.swift:80
#, python-brace-format
msgid "{0} {1}: not a date such as 2026-12-01, a local date-time such as 2026-12-01T20:00, or RFC 3339"
msgstr "{0} {1}: not a date such as 2026-12-01, a local date-time such as 2026-12-01T20:00, or RFC 3339"

#. {0}: a.operatorID
#: Sources/KosStore/StoreRules+Directory.swift:92
#, python-brace-format
msgid "{0}'s own account leaves with them"
msgstr "{0}'s own account leaves with them"

#. {0}: person
#. {1}: r.account
#. {2}: r.endpoint
#: Sources/KosStore/StoreRules+Directory.swift:97
#, python-brace-format
msgid "{0}'s post on their own account {1}: take-down asked of {2}"
msgstr "{0}'s post on their own account {1}: take-down asked of {2}"

#. {0}: s.workers
#. {1}: s.batchSize
#. {2}: s.lease
#. {3}: s.drainTimeout
#: Sources/kosd/Kosd.swift:74
#, python-brace-format
msgid "{0}, batch {1}, lease {2}, drain {3}"
msgstr "{0}, batch {1}, lease {2}, drain {3}"

#. {0}: who
#. {1}: $0
#: Sources/KosCLI/PeopleCommand.swift:46
#, python-brace-format
msgid "{0}, reports to {1}"
msgstr "{0}, reports to {1}"

#. {0}: slots
#. {1}: published
#. {2}: skipped
#: Sources/KosCLI/CalendarCommand.swift:350
#, python-brace-format
msgid "{0}, {1} post would go out, {2} skipped"
msgid_plural "{0}, {1} posts would go out, {2} skipped"
msgstr[0] "{0}, {1} post would go out, {2} skipped"
msgstr[1] "{0}, {1} posts would go out, {2} skipped"

#. {0}: errors
#. {1}: warnings
#. {2}: suggestions
#. {3}: drafts
#: Sources/KosCLI/LintOutput.swift:38
#, python-brace-format
msgid "{0}, {1}, {2} in {3}"
msgstr "{0}, {1}, {2} in {3}"

#. {0}: id
#: Sources/KosCore/Directory.swift:155
#, python-brace-format
msgid "{0}: a tier is for an agency's creators"
msgstr "{0}: a tier is for an agency's creators"

#. {0}: id
#. {1}: text
#: Sources/KosCore/Directory.swift:169
#, python-brace-format
msgid "{0}: account '{1}' must say whose it is: 'platform:handle (company)' or '(employee)'"
msgstr "{0}: account '{1}' must say whose it is: 'platform:handle (company)' or '(employee)'"

#. {0}: id
#. {1}: account.id
#. {2}: holder
#. {3}: line
#: Sources/KosCore/Directory.swift:177
#, python-brace-format
msgid "{0}: account {1} is already {2}'s (line {3}); an account has one operator"
msgstr "{0}: account {1} is already {2}'s (line {3}); an account has one operator"

#. {0}: p.id
#. {1}: account.id
#. {2}: holder
#. {3}: holder
#. {4}: holder
#: Sources/KosCore/Directory.swift:325
#, python-brace-format
msgid "{0}: account {1} is operated by {2}; hand it over by naming it on {3}'s row too, or offboard {4}"
msgstr "{0}: account {1} is operated by {2}; hand it over by naming it on {3}'s row too, or offboard {4}"

#. {0}: id
#. {1}: agency
#: Sources/KosCore/Directory.swift:149
#, python-brace-format
msgid "{0}: agency '{1}' is not an agency id"
msgstr "{0}: agency '{1}' is not an agency id"

#. {0}: id
#: Sources/KosCore/Directory.swift:151
#, python-brace-format
msgid "{0}: an agency's creator has a tier: kol or koc"
msgstr "{0}: an agency's creator has a tier: kol or koc"

#. {0}: id
#: Sources/KosCore/Directory.swift:150
#, python-brace-format
msgid "{0}: an agency's people are creators or reviewers (its account managers), never admins"
msgstr "{0}: an agency's people are creators or reviewers (its account managers), never admins"

#. {0}: broken
#. {1}: entry
#: Sources/KosCLI/AuditCommand.swift:29
#, python-brace-format
msgid "{0}: audit entry {1} does not fit the chain"
msgstr "{0}: audit entry {1} does not fit the chain"

#. {0}: broken
#. {1}: entry
#. {2}: $0
#: Sources/KosCLI/AuditCommand.swift:29
#, python-brace-format
msgid "{0}: audit entry {1} {2}"
msgstr "{0}: audit entry {1} {2}"

#. {0}: webhookID
#. {1}: runID
#. {2}: runState ?? tr("gone")
#: Sources/KosStore/StoreRules.swift:174
#, python-brace-format
msgid "{0}: its run {1} is {2} and went past this step; only a delivery its run failed at is replayed"
msgstr "{0}: its run {1} is {2} and went past this step; only a delivery its run failed at is replayed"

#. {0}: id
#. {1}: manager
#: Sources/KosCore/Directory.swift:158
#, python-brace-format
msgid "{0}: manager '{1}' is not an id"
msgstr "{0}: manager '{1}' is not an id"

#. {0}: p.id
#. {1}: manager
#: Sources/KosCore/Directory.swift:318
#, python-brace-format
msgid "{0}: manager {1} is neither in this file nor in the directory"
msgstr "{0}: manager {1} is neither in this file nor in the directory"

#. {0}: path
#. {1}: item.path
#: Sources/KosCLI/DraftCommands.swift:430
#, python-brace-format
msgid "{0}: media '{1}' cannot be read"
msgstr "{0}: media '{1}' cannot be read"

#. {0}: path
#. {1}: item.path
#: Sources/KosCLI/DraftCommands.swift:425
#, python-brace-format
msgid "{0}: media '{1}' is not a regular file"
msgstr "{0}: media '{1}' is not a regular file"

#. {0}: path
#. {1}: item.path
#. {2}: file
#: Sources/KosCLI/DraftCommands.swift:418
#, python-brace-format
msgid "{0}: media '{1}' is not found (looked for {2}); fix the path in 'media:' or add the file"
msgstr "{0}: media '{1}' is not found (looked for {2}); fix the path in 'media:' or add the file"

#. {0}: path
#. {1}: item.path
#. {2}: resolved
#: Sources/KosCLI/DraftCommands.swift:421
#, python-brace-format
msgid "{0}: media '{1}' is outside the draft's folder (it leads to {2}); keep a post's pictures beside it, or pass --allow-media-outside"
msgstr "{0}: media '{1}' is outside the draft's folder (it leads to {2}); keep a post's pictures beside it, or pass --allow-media-outside"

#. {0}: path
#: Sources/KosCLI/DraftCommands.swift:402
#, python-brace-format
msgid "{0}: not UTF-8 text"
msgstr "{0}: not UTF-8 text"

#. {0}: first.calendar
#. {1}: first.max
#. {2}: first.window
#: Sources/KosServer/ConsoleHealth.swift:76
#, python-brace-format
msgid "{0}: per associate, at most {1} in {2}"
msgstr "{0}: per associate, at most {1} in {2}"

#. {0}: first.calendar
#. {1}: first.max
#. {2}: first.window
#: Sources/KosServer/ConsoleHealth.swift:77
#, python-brace-format
msgid "{0}: per store, at most {1} in {2}"
msgstr "{0}: per store, at most {1} in {2}"

#. {0}: field("differences")
#: Sources/KosServer/ConsolePages.swift:281
#, python-brace-format
msgid "{0}: read all of it."
msgstr "{0}: read all of it."

#. {0}: id
#. {1}: cell("role") ?? ""
#. {2}: Person.Role.allCases.map(\.rawValue).joined(separator: ", ")
#: Sources/KosCore/Directory.swift:139
#, python-brace-format
msgid "{0}: role '{1}' is not one of {2}"
msgstr "{0}: role '{1}' is not one of {2}"

#. {0}: webhookID
#. {1}: attempts
#. {2}: runID
#. {3}: stepIndex
#: Sources/KosStore/StoreRules.swift:177
#, python-brace-format
msgid "{0}: sent again after {1} attempt; run {2} resumes at step {3}"
msgid_plural "{0}: sent again after {1} attempts; run {2} resumes at step {3}"
msgstr[0] "{0}: sent again after {1} attempt; run {2} resumes at step {3}"
msgstr[1] "{0}: sent again after {1} attempts; run {2} resumes at step {3}"

#. {0}: id
#. {1}: store
#: Sources/KosCore/Directory.swift:161
#, python-brace-format
msgid "{0}: store '{1}' is not a store code (e.g. SH-IFC)"
msgstr "{0}: store '{1}' is not a store code (e.g. SH-IFC)"

#. {0}: ok
#. {1}: result.entries
#: Sources/KosCLI/AuditCommand.swift:25
#, python-brace-format
msgid "{0}: the audit chain of {1} entries is intact"
msgstr "{0}: the audit chain of {1} entries is intact"

#. {0}: path
#: Sources/KosCLI/DraftCommands.swift:428
#, python-brace-format
msgid "{0}: the media add up to more than 12 MiB; the API takes 16 MiB per request"
msgstr "{0}: the media add up to more than 12 MiB; the API takes 16 MiB per request"

#. {0}: id
#. {1}: tier
#: Sources/KosCore/Directory.swift:154
#, python-brace-format
msgid "{0}: tier '{1}' is not kol or koc"
msgstr "{0}: tier '{1}' is not kol or koc"

#. {0}: p.id
#. {1}: agency
#: Sources/KosCore/Directory.swift:312
#, python-brace-format
msgid "{0}: unknown agency {1} (no kind: Agency is defined)"
msgstr "{0}: unknown agency {1} (no kind: Agency is defined)"

#. {0}: p.id
#. {1}: agency
#. {2}: knownAgencies.sorted().joined(separator: ", ")
#: Sources/KosCore/Directory.swift:313
#, python-brace-format
msgid "{0}: unknown agency {1} (the agencies are {2})"
msgstr "{0}: unknown agency {1} (the agencies are {2})"

#. {0}: p.id
#. {1}: store
#. {2}: known.sorted().joined(separator: ", ")
#: Sources/KosCore/Directory.swift:309
#, python-brace-format
msgid "{0}: unknown store {1} (the stores are {2})"
msgstr "{0}: unknown store {1} (the stores are {2})"

#. {0}: title | id
#. {1}: $0 | e.message
#: Sources/KosCore/API.swift:438
#: Sources/KosCore/Directory.swift:173
#, python-brace-format
msgid "{0}: {1}"
msgstr "{0}: {1}"

#. {0}: ok
#. {1}: drafts
#: Sources/KosCLI/LintOutput.swift:34
#, python-brace-format
msgid "{0}: {1} checked, nothing found"
msgstr "{0}: {1} checked, nothing found"

#. {0}: s.workflows
#. {1}: environment.definitions.workflows.count
#. {2}: files.count
#: Sources/kosd/Kosd.swift:72
#, python-brace-format
msgid "{0}: {1} workflows in {2} files"
msgstr "{0}: {1} workflows in {2} files"

#. {0}: ok
#. {1}: files
#. {2}: definitions
#. {3}: kinds
#: Sources/KosCLI/ValidateCommand.swift:62
#, python-brace-format
msgid "{0}: {1}, {2}: {3}"
msgstr "{0}: {1}, {2}: {3}"

#. {0}: sentence
#. {1}: match
#: Sources/KosDefinitions/Suggestion.swift:19
#, python-brace-format
msgid "{0}; did you mean '{1}'?"
msgstr "{0}; did you mean '{1}'?"

#. {0}: late
#: Sources/KosEngine/Worker+Slots.swift:56
#, python-brace-format
msgid "{0}; goes out now (late_approval: publish-now)"
msgstr "{0}; goes out now (late_approval: publish-now)"

#. {0}: missed
#: Sources/KosEngine/Worker+Slots.swift:44
#, python-brace-format
msgid "{0}; moved to the next free slot"
msgstr "{0}; moved to the next free slot"

#. {0}: late
#: Sources/KosEngine/Worker+Slots.swift:64
#, python-brace-format
msgid "{0}; moved to the next free slot (late_approval: next-slot)"
msgstr "{0}; moved to the next free slot (late_approval: next-slot)"

#. {0}: late
#: Sources/KosEngine/Worker+Slots.swift:62
#, python-brace-format
msgid "{0}; now is inside a blackout or an embargo, so it takes the next free slot"
msgstr "{0}; now is inside a blackout or an embargo, so it takes the next free slot"

#. {0}: note
#. {1}: passed
#: Sources/KosEngine/Worker+Slots.swift:95
#, python-brace-format
msgid "{0}; passed over {1}"
msgstr "{0}; passed over {1}"

#. {0}: error.message
#: Sources/KosEngine/Daemon/WorkerService.swift:60
#, python-brace-format
msgid "{0}; steps wait until the store can write"
msgstr "{0}; steps wait until the store can write"

#. {0}: from
#. {1}: to
#. {2}: total
#: Sources/KosServer/Console.swift:138
#, python-brace-format
msgid "{0}–{1} of {2} drafts, waiting longest first."
msgstr "{0}–{1} of {2} drafts, waiting longest first."

#: Sources/KosServer/ConsolePages.swift:234
msgid "← Earlier"
msgstr "← Earlier"

#: Sources/KosRules/ClaimGrammar.swift:336
msgid "做到最好 is an aspiration, not a claim"
msgstr "做到最好 is an aspiration, not a claim"

#. {0}: s(next)
#: Sources/KosRules/ClaimGrammar.swift:315
#, python-brace-format
msgid "到最{0} turns a setting to its end, not a claim"
msgstr "到最{0} turns a setting to its end, not a claim"

#: Sources/KosRules/ClaimGrammar.swift:331
msgid "合适的才是最好的 is a saying about choosing, not a claim for the product"
msgstr "合适的才是最好的 is a saying about choosing, not a claim for the product"

#. {0}: s(t, end, i + 2 - end)
#: Sources/KosRules/ClaimGrammar.swift:478
#, python-brace-format
msgid "唯一 + {0} describes how many there are"
msgstr "唯一 + {0} describes how many there are"

#: Sources/KosRules/ClaimGrammar.swift:488
msgid "唯一 claims there is nothing else like it"
msgstr "唯一 claims there is nothing else like it"

#. {0}: s(t, j, n)
#: Sources/KosRules/ClaimGrammar.swift:484
#, python-brace-format
msgid "唯一 … {0} names the only thing worth saying, not a claim"
msgstr "唯一 … {0} names the only thing worth saying, not a claim"

#. {0}: s(t, end, i + n - end)
#: Sources/KosRules/ClaimGrammar.swift:475
#, python-brace-format
msgid "唯一{0} names the only downside, not a claim"
msgstr "唯一{0} names the only downside, not a claim"

#: Sources/KosRules/ClaimGrammar.swift:339
msgid "如果… 最好了 is a wish, not a claim"
msgstr "如果… 最好了 is a wish, not a claim"

#: Sources/KosServer/ConsolePreview.swift:38
msgid "小红书 Xiaohongshu note"
msgstr "小红书 Xiaohongshu note"

#: Sources/KosServer/ConsolePreview.swift:41
msgid "微博 Weibo post"
msgstr "微博 Weibo post"

#: Sources/KosServer/ConsolePreview.swift:39
msgid "抖音 Douyin caption"
msgstr "抖音 Douyin caption"

#: Sources/KosRules/ClaimGrammar.swift:262
msgid "最 is not followed by a quality"
msgstr "最 is not followed by a quality"

#. {0}: s(next)
#. {1}: s(after)
#: Sources/KosRules/ClaimGrammar.swift:327
#, python-brace-format
msgid "最{0} + {1} states a limit or a measure"
msgstr "最{0} + {1} states a limit or a measure"

#. {0}: s(next)
#: Sources/KosRules/ClaimGrammar.swift:347
#, python-brace-format
msgid "最{0} claims the most"
msgstr "最{0} claims the most"

#. {0}: s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:274
#, python-brace-format
msgid "最{0} claims the most advanced"
msgstr "最{0} claims the most advanced"

#. {0}: s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:321
#, python-brace-format
msgid "最{0} is a claim of quality"
msgstr "最{0} is a claim of quality"

#. {0}: s(next)
#: Sources/KosRules/ClaimGrammar.swift:283
#, python-brace-format
msgid "最{0} is a complaint or a hedge, not a claim for the product"
msgstr "最{0} is a complaint or a hedge, not a claim for the product"

#. {0}: s(next) | s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:269
#: Sources/KosRules/ClaimGrammar.swift:271
#, python-brace-format
msgid "最{0} is a time or a position, not a claim"
msgstr "最{0} is a time or a position, not a claim"

#. {0}: s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:298
#, python-brace-format
msgid "最{0} is a worry or a complaint, not a claim for the product"
msgstr "最{0} is a worry or a complaint, not a claim for the product"

#. {0}: s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:291
#, python-brace-format
msgid "最{0} is the name of a prize, not a claim"
msgstr "最{0} is the name of a prize, not a claim"

#. {0}: s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:306
#, python-brace-format
msgid "最{0} is the writer's own feeling, not a claim about the product"
msgstr "最{0} is the writer's own feeling, not a claim about the product"

#. {0}: s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:288
#, python-brace-format
msgid "最{0} names an institution, an office or a programme"
msgstr "最{0} names an institution, an office or a programme"

#. {0}: s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:285
#, python-brace-format
msgid "最{0} opens a statement about something else"
msgstr "最{0} opens a statement about something else"

#. {0}: quality
#. {1}: noun
#: Sources/KosRules/ClaimGrammar.swift:309
#, python-brace-format
msgid "最{0} … {1} ranks one aspect of an experience, not the product"
msgstr "最{0} … {1} ranks one aspect of an experience, not the product"

#. {0}: s(next)
#. {1}: s(t, end + 1, k)
#: Sources/KosRules/ClaimGrammar.swift:318
#, python-brace-format
msgid "最{0}{1} + a number is a measured quantity, not a claim"
msgstr "最{0}{1} + a number is a measured quantity, not a claim"

#. {0}: s(next)
#. {1}: s(t, end + 1, n)
#: Sources/KosRules/ClaimGrammar.swift:312
#, python-brace-format
msgid "最{0}{1} is a measured quantity, not a claim"
msgstr "最{0}{1} is a measured quantity, not a claim"

#. {0}: s(next)
#. {1}: s(after)
#: Sources/KosRules/ClaimGrammar.swift:323
#, python-brace-format
msgid "最{0}{1} names a place or position"
msgstr "最{0}{1} names a place or position"

#. {0}: s(t, end + 1, n)
#: Sources/KosRules/ClaimGrammar.swift:343
#, python-brace-format
msgid "最好 + {0} reads \"had better\""
msgstr "最好 + {0} reads \"had better\""

#: Sources/KosRules/ClaimGrammar.swift:345
msgid "最好 claims the best"
msgstr "最好 claims the best"

#. {0}: s(after)
#: Sources/KosRules/ClaimGrammar.swift:341
#, python-brace-format
msgid "最好{0} claims the best"
msgstr "最好{0} claims the best"

#: Sources/KosRules/ClaimGrammar.swift:333
msgid "最好的 claims the best"
msgstr "最好的 claims the best"

#. {0}: s(t, end + 2, n)
#: Sources/KosRules/ClaimGrammar.swift:294
#, python-brace-format
msgid "最好的{0} names a way, a friend or a record, not the product"
msgstr "最好的{0} names a way, a friend or a record, not the product"

#: Sources/KosRules/ClaimGrammar.swift:275
msgid "最新 is the latest, a date"
msgstr "最新 is the latest, a date"

#. {0}: next.map(s) ?? ""
#: Sources/KosRules/ClaimGrammar.swift:454
#, python-brace-format
msgid "第一 + {0} counts or times something"
msgstr "第一 + {0} counts or times something"

#: Sources/KosRules/ClaimGrammar.swift:459
msgid "第一 opens an enumeration"
msgstr "第一 opens an enumeration"

#: Sources/KosRules/ClaimGrammar.swift:464
msgid "第一 standing alone claims first place"
msgstr "第一 standing alone claims first place"

#. {0}: next.map(s) ?? ""
#: Sources/KosRules/ClaimGrammar.swift:465
#, python-brace-format
msgid "第一{0} claims first place"
msgstr "第一{0} claims first place"

#. {0}: s(next)
#: Sources/KosRules/ClaimGrammar.swift:450
#, python-brace-format
msgid "第一{0} is a rank"
msgstr "第一{0} is a rank"

#. {0}: s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:452
#, python-brace-format
msgid "第一{0} is a title or a name"
msgstr "第一{0} is a title or a name"

#. {0}: s(next)
#: Sources/KosRules/ClaimGrammar.swift:451
#, python-brace-format
msgid "第一{0} is part of a number"
msgstr "第一{0} is part of a number"

#. {0}: s(following)
#: Sources/KosRules/ClaimGrammar.swift:462
#, python-brace-format
msgid "第一、{0} lists positions"
msgstr "第一、{0} lists positions"

#: Sources/KosServer/ConsolePreview.swift:40
msgid "视频号 WeChat Channels post"
msgstr "视频号 WeChat Channels post"
"""#),
        ("zh_CN", #"""
# kosflow messages. Edit the translations here; scripts/extract-messages adds and removes messages,
# scripts/embed-catalogs puts the catalogs into the binary.
msgid ""
msgstr ""
"Project-Id-Version: kosflow\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Language: zh_CN\n"
"Plural-Forms: nplurals=1; plural=0;\n"


#. {0}: list(h.accountsPassed)
#. {1}: list(h.accountsRetired)
#: Sources/KosCLI/PeopleCommand.swift:75
#, python-brace-format
msgid "          company-owned accounts passed: {0}; own accounts retired: {1}"
msgstr "          公司账号已移交：{0}；个人账号已停用：{1}"

#. {0}: list(h.live)
#. {1}: list(h.recalls)
#: Sources/KosCLI/PeopleCommand.swift:76
#, python-brace-format
msgid "          still live on their own accounts: {0}; recall requested: {1}"
msgstr "          仍在其个人账号上展示：{0}；已申请撤回：{1}"

#. {0}: cancelled
#. {1}: cancelledList
#: Sources/KosCLI/PeopleCommand.swift:73
#, python-brace-format
msgid "          {0} post cancelled ({1})"
msgid_plural "          {0} posts cancelled ({1})"
msgstr[0] "          已取消 {0} 篇帖子（{1}）"

#. {0}: revoked
#: Sources/KosCLI/PeopleCommand.swift:74
#, python-brace-format
msgid "          {0} token revoked, console sessions ended"
msgid_plural "          {0} tokens revoked, console sessions ended"
msgstr[0] "          已撤销 {0} 个令牌，审核台会话已结束"

#. {0}: f
#: Sources/KosCLI/PacksCommand.swift:97
#, python-brace-format
msgid "  + flagged  {0}"
msgstr "  + 新增拦截  {0}"

#. {0}: f
#: Sources/KosCLI/PacksCommand.swift:98
#, python-brace-format
msgid "  - cleared  {0}"
msgstr "  - 解除拦截  {0}"

#. {0}: link
#: Sources/KosCLI/LintOutput.swift:26
#, python-brace-format
msgid "  = see {0}"
msgstr "  = 参见 {0}"

#. {0}: note
#: Sources/KosCLI/CalendarCommand.swift:335
#, python-brace-format
msgid "  clock: {0}"
msgstr "  时钟：{0}"

#: Sources/KosCLI/ReportCommand.swift:106
msgid "  no slots booked or fired around the period"
msgstr "  该时段前后没有已预订或已触发的档期"

#: Sources/KosCLI/ReportCommand.swift:101
msgid "  none"
msgstr "  无"

#: Sources/KosCLI/ReportCommand.swift:97
msgid "  none decided"
msgstr "  尚无已决定的审批"

#. {0}: reason
#: Sources/KosCLI/DraftCommands.swift:377
#, python-brace-format
msgid "  why: {0}"
msgstr "  原因：{0}"

#. {0}: d.workflow
#. {1}: d.revision
#. {2}: hash
#. {3}: d.creator
#. {4}: updated
#: Sources/KosCLI/DraftCommands.swift:380
#, python-brace-format
msgid "  {0} · revision {1} (content {2}) · by {3} · updated {4}"
msgstr "  {0} · 修订版 {1}（内容 {2}）· 作者 {3} · 更新于 {4}"

#. {0}: $0
#. {1}: d.workflow
#. {2}: d.revision
#. {3}: hash
#. {4}: d.creator
#. {5}: updated
#: Sources/KosCLI/DraftCommands.swift:379
#, python-brace-format
msgid "  {0} · {1} · revision {2} (content {3}) · by {4} · updated {5}"
msgstr "  {0} · {1} · 修订版 {2}（内容 {3}）· 作者 {4} · 更新于 {5}"

#. {0}: o.creator
#. {1}: time
#: Sources/KosCLI/CalendarCommand.swift:341
#, python-brace-format
msgid "  {0}: goes out at {1}"
msgstr "  {0}：{1} 发出"

#. {0}: o.creator
#. {1}: time
#. {2}: minutes
#. {3}: seconds
#: Sources/KosCLI/CalendarCommand.swift:341
#, python-brace-format
msgid "  {0}: goes out at {1} (jitter +{2}m{3}s)"
msgstr "  {0}：{1} 发出（错峰 +{2}分{3}秒）"

#. {0}: o.creator
#. {1}: skippedWord
#. {2}: o.reason ?? ""
#: Sources/KosCLI/CalendarCommand.swift:345
#, python-brace-format
msgid "  {0}: {1}: {2}"
msgstr "  {0}：{1}：{2}"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:50
#, python-brace-format
msgid " (default: {0})"
msgstr "（默认：{0}）"

#. {0}: s
#: Sources/KosCLI/LintOutput.swift:17
#, python-brace-format
msgid " (use \"{0}\")"
msgstr "（建议改为「{0}」）"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:49
#, python-brace-format
msgid " (values: {0})"
msgstr "（可选值：{0}）"

#. {0}: $0[0]
#. {1}: $0[1]
#: Sources/KosCLI/ParserText.swift:48
#, python-brace-format
msgid " (values: {0}; default: {1})"
msgstr "（可选值：{0}；默认：{1}）"

#: Sources/KosCLI/LintOutput.swift:18
msgid " [shadow: reported, not blocking]"
msgstr " [影子模式：仅报告，不拦截]"

#. {0}: reason
#: Sources/KosCLI/LintOutput.swift:19
#, python-brace-format
msgid " [suppressed: {0}]"
msgstr " [已豁免：{0}]"

#: Sources/KosServer/APIService.swift:786
msgid " or "
msgstr " 或 "

#. {0}: e.until
#. {1}: zone
#: Sources/KosCore/CheckPlan.swift:76
#, python-brace-format
msgid "\"%s\" is under embargo until {0} ({1})"
msgstr "「%s」在 {0}（{1}）之前处于禁发期"

#. {0}: e.until
#. {1}: zone
#: Sources/KosCore/CheckPlan.swift:78
#, python-brace-format
msgid "\"%s\" is under embargo until {0} ({1}) — this workflow holds the post until then (it is not blocked)"
msgstr "「%s」在 {0}（{1}）之前处于禁发期——此工作流会将帖子暂缓发布至届时（不会被拦截）"

#. {0}: e.until
#. {1}: zone
#. {2}: e.reason
#: Sources/KosCore/CheckPlan.swift:77
#, python-brace-format
msgid "\"%s\" is under embargo until {0} ({1}): {2}"
msgstr "「%s」在 {0}（{1}）之前处于禁发期：{2}"

#. {0}: e.until
#. {1}: zone
#. {2}: e.reason
#: Sources/KosCore/CheckPlan.swift:80
#, python-brace-format
msgid "\"%s\" is under embargo until {0} ({1}): {2} — this workflow holds the post until then (it is not blocked)"
msgstr "「%s」在 {0}（{1}）之前处于禁发期：{2}——此工作流会将帖子暂缓发布至届时（不会被拦截）"

#. {0}: ext
#. {1}: Set(MediaKind.byExtension.keys).sorted().joined(separator: ", ")
#: Sources/KosCore/MediaKind.swift:37
#, python-brace-format
msgid "'.{0}' is not a type the platforms take ({1})"
msgstr "'.{0}' 不是平台接受的文件类型（{1}）"

#. {0}: text.prefix(64)
#: Sources/KosServer/APIService+People.swift:78
#, python-brace-format
msgid "'at' is not an RFC 3339 time: {0}"
msgstr "'at' 不是 RFC 3339 时间：{0}"

#. {0}: lo
#. {1}: hi
#: Sources/KosDefinitions/Decoder.swift:323
#, python-brace-format
msgid "'min' ({0}) is greater than 'max' ({1})"
msgstr "'min'（{0}）大于 'max'（{1}）"

#: Sources/KosServer/APIService.swift:457
msgid "'since' is not before 'until'"
msgstr "'since' 不早于 'until'"

#: Sources/KosServer/APIService.swift:509
msgid "'to' is before 'from'"
msgstr "'to' 早于 'from'"

#. {0}: text.prefix(64)
#: Sources/KosServer/APIService+People.swift:99
#, python-brace-format
msgid "'until' is not an RFC 3339 time: {0}"
msgstr "'until' 不是 RFC 3339 时间：{0}"

#. {0}: text
#: Sources/KosServer/APIService+People.swift:100
#, python-brace-format
msgid "'until' {0} has passed; say when they are back"
msgstr "'until' {0} 已经过去；请填写返岗时间"

#. {0}: item
#. {1}: Self.fieldWord(name)
#: Sources/KosCore/CronExpression.swift:214
#, python-brace-format
msgid "'{0}' has an invalid step in the {1} field"
msgstr "{1}字段中 '{0}' 的步长无效"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:226
#, python-brace-format
msgid "'{0}' is neither a local date nor a date-time; write e.g. 2026-12-25 (the whole day) or 2026-12-25T20:00"
msgstr "'{0}' 既不是本地日期也不是日期时间；请写成如 2026-12-25（整天）或 2026-12-25T20:00"

#. {0}: part
#: Sources/KosCore/RecurrenceRule.swift:64
#, python-brace-format
msgid "'{0}' is not NAME=VALUE"
msgstr "'{0}' 不是 NAME=VALUE 格式"

#. {0}: item
#: Sources/KosCore/CronExpression.swift:138
#, python-brace-format
msgid "'{0}' is not a day of month; write L (the last day), LW (the last weekday) or 20-L"
msgstr "'{0}' 不是月中的日期；请写 L（最后一天）、LW（最后一个工作日）或 20-L"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:184
#, python-brace-format
msgid "'{0}' is not a duration; write e.g. 30s, 15m, 24h, 7d or 1h30m"
msgstr "'{0}' 不是时长；请写成如 30s、15m、24h、7d 或 1h30m"

#. {0}: text
#: Sources/KosCLI/Client/ClientOptions.swift:43
#, python-brace-format
msgid "'{0}' is not a kosd address; use unix:PATH or http://HOST:PORT"
msgstr "'{0}' 不是 kosd 地址；请使用 unix:PATH 或 http://HOST:PORT"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:221
#, python-brace-format
msgid "'{0}' is not a local date-time; write e.g. 2026-12-01T10:00 (in the calendar's zone)"
msgstr "'{0}' 不是本地日期时间；请写成如 2026-12-01T10:00（按内容日历的时区）"

#. {0}: s
#: Sources/KosCore/Condition.swift:268
#, python-brace-format
msgid "'{0}' is not a number"
msgstr "'{0}' 不是数字"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:217
#, python-brace-format
msgid "'{0}' is not a rate; write e.g. 50/s or 5000/1m"
msgstr "'{0}' 不是速率；请写成如 50/s 或 5000/1m"

#. {0}: e.rule
#: Sources/KosDefinitions/Decoder.swift:358
#, python-brace-format
msgid "'{0}' is not a rule; name it as pack/rule, e.g. prc-advertising-law/absolute-terms"
msgstr "'{0}' 不是规则；请写成 pack/rule 的形式，如 prc-advertising-law/absolute-terms"

#. {0}: text
#. {1}: what
#: Sources/KosDefinitions/ShapeValidator.swift:179
#, python-brace-format
msgid "'{0}' is not a valid id for {1}: use lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters"
msgstr "'{0}' 不是有效的 {1} id：请使用小写字母、数字和 '-'，以字母或数字开头，最多 64 个字符"

#. {0}: item
#: Sources/KosCore/CronExpression.swift:168
#, python-brace-format
msgid "'{0}' is not a valid nth weekday; write e.g. FRI#2 (the second Friday, 1-5) or MON-FRI#1"
msgstr "'{0}' 不是有效的「第 n 个星期几」；请写成如 FRI#2（第二个星期五，n 为 1-5）或 MON-FRI#1"

#. {0}: item
#: Sources/KosCore/CronExpression.swift:127
#, python-brace-format
msgid "'{0}' is not a valid range to the last day; write e.g. 20-L or 20-L/3"
msgstr "'{0}' 不是有效的“到月末”范围；请写成如 20-L 或 20-L/3"

#. {0}: item | text
#. {1}: Self.fieldWord(name) | shortTag(tag)
#: Sources/KosCore/CronExpression.swift:232
#: Sources/KosYAML/YAMLLoader.swift:368
#, python-brace-format
msgid "'{0}' is not a valid {1}"
msgstr "'{0}' 不是有效的{1}"

#. {0}: item
#. {1}: Self.fieldWord(name)
#: Sources/KosCore/CronExpression.swift:226
#, python-brace-format
msgid "'{0}' is not a valid {1} range"
msgstr "'{0}' 不是有效的{1}范围"

#. {0}: text
#. {1}: what
#. {2}: values.joined(separator: ", ")
#: Sources/KosDefinitions/ShapeValidator.swift:63
#, python-brace-format
msgid "'{0}' is not a valid {1}; use {2}"
msgstr "{1} 不能取 '{0}'；请使用 {2}"

#. {0}: text
#. {1}: tagged.name
#. {2}: tagged.discriminator
#. {3}: tags.joined(separator: ", ")
#: Sources/KosDefinitions/ShapeValidator.swift:101
#, python-brace-format
msgid "'{0}' is not a {1} {2}; use {3}"
msgstr "'{0}' 不是有效的{1} {2}；请使用 {3}"

#. {0}: name
#. {1}: text.prefix(64)
#: Sources/KosServer/HTTPServer.swift:265
#, python-brace-format
msgid "'{0}' is not an RFC 3339 time: {1}"
msgstr "'{0}' 不是 RFC 3339 时间：{1}"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:263
#, python-brace-format
msgid "'{0}' is not an absolute URL"
msgstr "'{0}' 不是绝对 URL"

#. {0}: id
#. {1}: known()
#: Sources/KosServer/APIService.swift:626
#, python-brace-format
msgid "'{0}' is not defined; known: {1}"
msgstr "工作流 '{0}' 未定义；已定义的有：{1}"

#. {0}: item
#. {1}: Self.fieldWord(name)
#. {2}: range.lowerBound
#. {3}: range.upperBound
#: Sources/KosCore/CronExpression.swift:238
#, python-brace-format
msgid "'{0}' is out of range for {1} ({2}-{3})"
msgstr "'{0}' 超出{1}的范围（{2}-{3}）"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:274
#, python-brace-format
msgid "'{0}' must be an http(s) URL"
msgstr "'{0}' 必须是 http(s) URL"

#. {0}: item
#: Sources/KosCore/CronExpression.swift:132
#, python-brace-format
msgid "'{0}' must start at a day of month 1-31; write e.g. 20-L"
msgstr "'{0}' 必须从 1-31 中的某一天开始；请写成如 20-L"

#. {0}: written
#: Sources/KosDefinitions/DefinitionLoader.swift:310
#, python-brace-format
msgid "'{0}' needs the workflow's 'calendar'"
msgstr "'{0}' 需要工作流设置 'calendar'"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:272
#, python-brace-format
msgid "'{0}' uses plain http; posts and signatures would travel unencrypted: use https"
msgstr "'{0}' 使用的是明文 http；帖子和签名会在未加密的情况下传输：请使用 https"

#. {0}: prefix
#. {1}: name
#. {2}: pair.value.kindName
#: Sources/KosDefinitions/DaemonConfig.swift:178
#, python-brace-format
msgid "'{0}{1}' is a mapping, not {2}"
msgstr "'{0}{1}' 应为映射，而不是{2}"

#. {0}: prefix
#. {1}: name
#. {2}: pair.value.kindName
#: Sources/KosDefinitions/DaemonConfig.swift:191
#, python-brace-format
msgid "'{0}{1}' is a single value, not {2}"
msgstr "'{0}{1}' 应为单个值，而不是{2}"

#. {0}: prefix
#. {1}: name
#: Sources/KosDefinitions/DaemonConfig.swift:172
#, python-brace-format
msgid "'{0}{1}' is set twice"
msgstr "'{0}{1}' 被设置了两次"

#. {0}: field("escalated")
#: Sources/KosServer/ConsolePages.swift:230
#, python-brace-format
msgid "(escalated to {0})"
msgstr "（已升级至 {0}）"

#: Sources/KosRules/Linter.swift:31
msgid "(exceptions and suppressions)"
msgstr "（例外与豁免）"

#: Sources/KosRules/Linter.swift:29
msgid "(folding)"
msgstr "（文本归一化）"

#: Sources/KosRules/Linter.swift:30
msgid "(matching every term)"
msgstr "（匹配所有词条）"

#: Sources/KosEngine/Worker+Slots.swift:22
msgid "(none)"
msgstr "（无）"

#: Sources/KosCLI/Client/ClientOptions.swift:217
msgid ", "
msgstr "、"

#: Sources/KosCLI/PeopleCommand.swift:172
msgid "--back ends an absence; it takes no --until"
msgstr "--back 用于结束外出，不能同时使用 --until"

#. {0}: budget
#: Sources/KosCLI/LintCommand.swift:80
#, python-brace-format
msgid "--budget is a duration such as 20s or 500ms, not '{0}'"
msgstr "--budget 应为时长，例如 20s 或 500ms，而不是 '{0}'"

#. {0}: delegate
#: Sources/KosServer/APIService+People.swift:107
#, python-brace-format
msgid "--delegate {0}: an agency's people cannot decide approvals; name a reviewer"
msgstr "--delegate {0}：机构人员不能决定审批；请指定一位审核人"

#. {0}: delegate
#: Sources/KosServer/APIService+People.swift:106
#, python-brace-format
msgid "--delegate {0}: an associate cannot decide approvals; name a reviewer"
msgstr "--delegate {0}：店员不能决定审批；请指定一位审核人"

#. {0}: delegate.prefix(64)
#: Sources/KosServer/APIService+People.swift:104
#, python-brace-format
msgid "--delegate {0}: no such person"
msgstr "--delegate {0}：没有这个人"

#. {0}: delegate
#. {1}: delegate
#. {2}: API.timestamp(d.awayUntil ?? now)
#: Sources/KosServer/APIService+People.swift:110
#, python-brace-format
msgid "--delegate {0}: {1} is away too, until {2}"
msgstr "--delegate {0}：{1} 也外出至 {2}"

#. {0}: delegate
#. {1}: delegate
#: Sources/KosServer/APIService+People.swift:109
#, python-brace-format
msgid "--delegate {0}: {1} is leaving the program"
msgstr "--delegate {0}：{1} 即将离开本项目"

#: Sources/kosd/Kosd.swift:250
msgid "--expires-in-days must be at least 1"
msgstr "--expires-in-days 至少为 1"

#. {0}: successor.prefix(64)
#: Sources/KosServer/APIService+People.swift:69
#, python-brace-format
msgid "--handover {0}: no such person"
msgstr "--handover {0}：没有这个人"

#. {0}: successor
#. {1}: successor
#: Sources/KosServer/APIService+People.swift:71
#, python-brace-format
msgid "--handover {0}: {1} is leaving the program too"
msgstr "--handover {0}：{1} 也即将离开本项目"

#. {0}: successor
#. {1}: successor
#. {2}: heir.agency ?? tr("the brand")
#. {3}: id
#. {4}: leaver.agency ?? tr("the brand")
#: Sources/KosServer/APIService+People.swift:73
#, python-brace-format
msgid "--handover {0}: {1} works for {2}, {3} for {4}; posts and accounts stay within one"
msgstr "--handover {0}：{1} 属于 {2}，{3} 属于 {4}；帖子和账号只能在同一方内交接"

#: Sources/KosCLI/LintCommand.swift:78
msgid "--max-size must be positive"
msgstr "--max-size 必须为正数"

#: Sources/KosCLI/LintCommand.swift:76
msgid "--now must be an ISO 8601 time with an offset, e.g. 2026-12-05T09:00:00+08:00"
msgstr "--now 必须是带时区偏移的 ISO 8601 时间，例如 2026-12-05T09:00:00+08:00"

#. {0}: p
#. {1}: Platform.allCases.map(\.rawValue).joined(separator: ", ")
#: Sources/KosCLI/CalendarCommand.swift:303
#, python-brace-format
msgid "--platform {0}: not one of {1}"
msgstr "--platform {0}：不在可选平台之列（{1}）"

#: Sources/KosCLI/CalendarCommand.swift:305
msgid "--posts is at least 1"
msgstr "--posts 至少为 1"

#. {0}: Person.Role.allCases.map(\.rawValue).joined(separator: ", ")
#: Sources/kosd/Kosd.swift:245
#, python-brace-format
msgid "--role must be one of {0}"
msgstr "--role 必须是 {0} 之一"

#: Sources/KosCLI/CalendarCommand.swift:72
msgid "--to is before --from"
msgstr "--to 早于 --from"

#: Sources/kosd/Kosd.swift:248
msgid "--user must be ASCII letters, digits and . - _ @ (at most 64)"
msgstr "--user 只能由 ASCII 字母、数字和 . - _ @ 组成（最多 64 个字符）"

#. {0}: name
#. {1}: value.prefix(40)
#: Sources/KosCLI/ReportCommand.swift:24
#, python-brace-format
msgid "--{0} '{1}' is neither a date (2026-12-01) nor an RFC 3339 time (2026-12-01T00:00:00+08:00)"
msgstr "--{0} '{1}' 既不是日期（2026-12-01），也不是 RFC 3339 时间（2026-12-01T00:00:00+08:00）"

#: Sources/KosServer/Console.swift:138
msgid "1 draft, waiting longest first."
msgstr "1 篇草稿，等待最久的排在最前。"

#. {0}: s(t, i, n)
#: Sources/KosRules/ClaimGrammar.swift:511
#, python-brace-format
msgid "100% + {0} is the writer's effort, not a promise"
msgstr "「100%」加「{0}」说的是作者自己的投入，不是承诺"

#. {0}: s(t, i, n)
#: Sources/KosRules/ClaimGrammar.swift:508
#, python-brace-format
msgid "100% + {0} states what it is made of"
msgstr "「100%」加「{0}」说明的是材质成分"

#: Sources/KosRules/ClaimGrammar.swift:509
msgid "100% here is a measured share, not a promise"
msgstr "这里的「100%」是测得的比例，不是承诺"

#: Sources/KosRules/ClaimGrammar.swift:512
msgid "100% promises a certain result"
msgstr "「100%」承诺了确定的效果"

#: Sources/KosDefinitions/Language.swift:111
msgid "A Mustache file under `Templates/` rendering the payload."
msgstr "`Templates/` 下用于渲染载荷的 Mustache 文件。"

#: Sources/KosDefinitions/Language.swift:336
msgid "A checker that runs longer is an error finding."
msgstr "运行超过此时长的检查程序会产生一个错误级问题。"

#: Sources/KosDefinitions/Language.swift:298
msgid "A claim word → a compliant rewording, shown with the finding (最好: 优质)."
msgstr "绝对化用语 → 合规的改写，随问题一起显示（最好: 优质）。"

#: Sources/KosDefinitions/Language.swift:138
msgid "A cron expression (5 fields, or 6 with seconds)."
msgstr "cron 表达式（5 个字段，含秒则为 6 个）。"

#: Sources/KosCLI/DraftCommands.swift:207
msgid "A draft with its findings, decisions and history."
msgstr "查看草稿及其问题、审批决定和历史记录。"

#: Sources/KosCLI/DraftCommands.swift:280
msgid "A file with the draft as you would have it: its author can take it as the next revision in one step."
msgstr "一个文件，写入你希望的草稿内容：作者可一步将其采纳为下一修订版。"

#: Sources/KosDefinitions/Language.swift:103
msgid "A fixed local date-time (in `timezone`)."
msgstr "一个固定的本地日期时间（按 `timezone`）。"

#: Sources/KosDefinitions/Language.swift:166
msgid "A fixed offset per creator up to this, stable across posts."
msgstr "每位创作者一个固定的偏移，最长为此时长，各帖子之间保持不变。"

#: Sources/KosDefinitions/Language.swift:262
msgid "A front-matter field that is non-empty (`price`: a price appears)."
msgstr "一个非空的头部信息字段（`price`：出现了价格）。"

#: Sources/KosCLI/LintCommand.swift:34
msgid "A guideline pack to apply (repeatable)."
msgstr "要应用的规则包（可重复）。"

#: Sources/KosDefinitions/Language.swift:137
msgid "A name for the slot, for campaign kits' `calendar_slots` (`evening`)."
msgstr "档期的名称，供活动素材包的 `calendar_slots` 使用（如 `evening`）。"

#: Sources/KosCLI/DraftCommands.swift:261
msgid "A note for the author and the audit log."
msgstr "给作者的备注，同时记入审计日志。"

#: Sources/KosDefinitions/Language.swift:165
msgid "A random delay up to this, per post (never past the next slot)."
msgstr "每个帖子随机延迟，最长为此时长（不会越过下一个档期）。"

#: Sources/KosDefinitions/Language.swift:326
msgid "A regular expression, matched in linear time (no backreferences)."
msgstr "正则表达式，以线性时间匹配（不支持反向引用）。"

#: Sources/KosDefinitions/Language.swift:261
#: Sources/KosDefinitions/Language.swift:325
msgid "A regular expression."
msgstr "正则表达式。"

#: Sources/KosServer/Console.swift:255
msgid "A rejection needs a reason"
msgstr "驳回需要填写理由"

#: Sources/KosServer/Console.swift:255
msgid "A request for changes needs a reason"
msgstr "要求修改需要填写理由"

#: Sources/kosd/Kosd.swift:234
msgid "A reviewer group (repeatable), e.g. store-managers, regional-compliance, legal."
msgstr "审核组（可重复），例如 store-managers、regional-compliance、legal。"

#: Sources/KosCLI/PeopleCommand.swift:164
msgid "A reviewer is away: their delegate sees and decides their queue until they are back."
msgstr "审核人外出：在其返回前，由代理人查看并处理其待审队列。"

#: Sources/KosDefinitions/Language.swift:56
msgid "A sales associate submits a draft with `kos submit`."
msgstr "店员用 `kos submit` 提交草稿。"

#. {0}: minutes
#: Sources/KosServer/Console.swift:78
#, python-brace-format
msgid "A sign-in link lasts {0} minute. Ask for a new one: kos review-link"
msgid_plural "A sign-in link lasts {0} minutes. Ask for a new one: kos review-link"
msgstr[0] "登录链接的有效期为 {0} 分钟。请重新获取：kos review-link"

#: Sources/KosCLI/DraftCommands.swift:188
msgid "A single-use link that signs you in to the review console."
msgstr "生成一次性链接，用于登录审核台。"

#: Sources/kosd/Kosd.swift:167
msgid "A token is shown by the first characters of its SHA-256; revoke a person's tokens with kosd token revoke --user ID."
msgstr "令牌以其 SHA-256 的前几个字符显示；用 kosd token revoke --user ID 撤销某人的令牌。"

#: Sources/KosCore/API.swift:473
msgid "A valid API token is required"
msgstr "需要有效的 API 令牌"

#: Sources/KosCLI/PeopleCommand.swift:194
msgid "ACCOUNT"
msgstr "账号"

#: Sources/KosCLI/PeopleCommand.swift:30
msgid "ACCOUNTS"
msgstr "账号"

#: Sources/KosCLI/DraftCommands.swift:247
msgid "ACTION"
msgstr "操作"

#: Sources/kosd/Kosd.swift:211
msgid "ACTIVE TOKENS"
msgstr "有效令牌数"

#: Sources/KosCLI/DraftCommands.swift:247
msgid "ACTOR"
msgstr "操作人"

#: Sources/KosCLI/DeliveriesCommand.swift:64
msgid "ANSWER"
msgstr "应答"

#. {0}: open
#. {1}: settings.maxConnections
#. {2}: closed
#: Sources/KosServer/ConnectionGuard.swift:106
#, python-brace-format
msgid "API connections over their limits: {0} open of {1}; closed so far: {2}"
msgstr "API 连接超出上限：已打开 {0} 个，上限 {1} 个；迄今已关闭：{2}"

#: Sources/KosCLI/Client/ClientOptions.swift:12
msgid "API token. Prefer KOS_TOKEN or 'kos login': a flag shows in the process list."
msgstr "API 令牌。建议使用 KOS_TOKEN 或 'kos login'：命令行参数会出现在进程列表中。"

#: Sources/KosCLI/ReportCommand.swift:97
msgid "APPROVED"
msgstr "批准"

#: Sources/KosCLI/ParserText.swift:21
msgid "ARGUMENTS:"
msgstr "参数："

#: Sources/KosCLI/DeliveriesCommand.swift:64
msgid "AT"
msgstr "时间"

#: Sources/KosCLI/DeliveriesCommand.swift:32
msgid "ATTEMPTS"
msgstr "尝试次数"

#: Sources/KosDefinitions/Language.swift:293
msgid "Absolute and superlative claims, judged in context (最好的面料 is a claim, 最好提前预约 is not)."
msgstr "绝对化用语和最高级用语，结合上下文判断（「最好的面料」属于，「最好提前预约」不属于）。"

#: Sources/KosDefinitions/Language.swift:133
msgid "After downtime, slots missed within this window still fire (once)."
msgstr "停机恢复后，在此时间窗口内错过的档期仍会触发（一次）。"

#: Sources/KosCLI/LintCommand.swift:58
msgid "After the findings, count them per rule over all the drafts: which rules fire most (shadow and suppressed ones apart)."
msgstr "列出问题后，按规则统计所有草稿中的问题：哪些规则触发最多（影子模式和已豁免的问题单独计数）。"

#: Sources/KosServer/Console.swift:184
msgid "Already approved"
msgstr "已批准"

#: Sources/kosd/Serve.swift:99
msgid "Also serve the API on TCP, e.g. 127.0.0.1:7420 (kosd.yaml 'api.listen')."
msgstr "同时在 TCP 上提供 API，例如 127.0.0.1:7420（kosd.yaml 'api.listen'）。"

#: Sources/KosDefinitions/Language.swift:13
msgid "Always `kos/v1`."
msgstr "固定为 `kos/v1`。"

#: Sources/KosDefinitions/Language.swift:139
msgid "An RFC 5545 recurrence rule, for 'the first Saturday of each month'."
msgstr "RFC 5545 重复规则，用于「每月第一个星期六」这类情形。"

#: Sources/KosDefinitions/Language.swift:132
msgid "An approval that lands after its slot: `expire` the draft, `publish-now`, or move to the `next-slot`."
msgstr "批准晚于档期时：`expire`（草稿过期）、`publish-now`（立即发布），或 `next-slot`（顺延到下一个档期）。"

#: Sources/KosCLI/CalendarCommand.swift:290
msgid "An associate as ID or ID@STORE (repeatable). Default: two associates of one store."
msgstr "店员，格式为 ID 或 ID@STORE（可重复）。默认：同一门店的两名店员。"

#: Sources/KosDefinitions/Language.swift:235
msgid "Another endpoint (a team chat bot's gateway, say) told when this one is disabled."
msgstr "此端点被停用时要通知的另一个端点（比如团队聊天机器人的网关）。"

#: Sources/KosDefinitions/Language.swift:260
msgid "Any of these terms."
msgstr "这些词语中的任意一个。"

#: Sources/KosDefinitions/Language.swift:310
msgid "Any one of these must appear."
msgstr "其中任意一个必须出现。"

#: Sources/KosServer/ConsolePages.swift:291
msgid "Approve"
msgstr "批准"

#. {0}: field("revision")
#: Sources/KosServer/ConsolePages.swift:379
#, python-brace-format
msgid "Approve revision {0}"
msgstr "批准修订版 {0}"

#: Sources/KosCLI/DraftCommands.swift:258
msgid "Approve the revision of a draft you read with kos show (never your own)."
msgstr "批准你用 kos show 阅读过的草稿修订版（不能批准自己的草稿）。"

#. {0}: summary.title ?? t.draftID
#: Sources/KosServer/Console.swift:166
#, python-brace-format
msgid "Approve {0}"
msgstr "批准：{0}"

#: Sources/KosDefinitions/Language.swift:50
msgid "Approved posts waiting for their slot or an embargo: cancelled, or handed over to the successor (never a post on the leaver's own account)."
msgstr "已批准、正在等待档期或禁发期结束的帖子：取消，或交接给接任人（离职者本人账号上的帖子从不交接）。"

#: Sources/KosServer/ConsolePreview.swift:114
msgid "As it will look"
msgstr "发布后的样子"

#: Sources/KosServer/ConsolePreview.swift:114
msgid "As the platforms will show it"
msgstr "各平台上的展示效果"

#: Sources/KosDefinitions/Language.swift:190
msgid "As the text names it in `{{…}}`."
msgstr "与文本中 `{{…}}` 里的名称一致。"

#: Sources/KosServer/Console.swift:81
msgid "Ask for a link with: kos review-link"
msgstr "请用以下命令获取链接：kos review-link"

#: Sources/KosServer/Console.swift:299
msgid "Ask for a new link to sign in again: kos review-link"
msgstr "如需再次登录，请获取新链接：kos review-link"

#: Sources/KosServer/Console.swift:560
msgid "Ask kosflow for a sign-in link on your phone or laptop: kos review-link"
msgstr "请在手机或电脑上向 kosflow 获取登录链接：kos review-link"

#: Sources/KosDefinitions/Language.swift:306
msgid "At least this many."
msgstr "不少于此数。"

#: Sources/KosDefinitions/Language.swift:191
msgid "At most this many characters; a slot without limits is a warning."
msgstr "字符数上限；不设上限的填写位会给出警告。"

#: Sources/KosDefinitions/Language.swift:229
msgid "At most this many deliveries to this endpoint in flight at once, per worker."
msgstr "每个工作进程同时向此端点进行中的投递数上限。"

#: Sources/KosDefinitions/Language.swift:228
msgid "At most this many deliveries, e.g. `50/s` or `5000/1m`."
msgstr "投递速率上限，如 `50/s` 或 `5000/1m`。"

#: Sources/KosCLI/CalendarCommand.swift:295
msgid "At most this many posts per associate in the period."
msgstr "该时段内每名店员最多发布的帖子数。"

#: Sources/KosCLI/DeliveriesCommand.swift:18
#: Sources/KosDefinitions/Language.swift:307
msgid "At most this many."
msgstr "不超过此数。"

#: Sources/KosDefinitions/Language.swift:75
msgid "Attempts in all, the first included."
msgstr "总尝试次数，包括第一次。"

#: Sources/KosCLI/ReportCommand.swift:101
msgid "BLOCKED"
msgstr "拦截次数"

#: Sources/KosCLI/CalendarCommand.swift:143
#: Sources/KosCLI/ReportCommand.swift:106
msgid "BOOKED"
msgstr "已预订"

#: Sources/KosCLI/DraftCommands.swift:385
msgid "BY"
msgstr "作者"

#. {0}: v
#: Sources/KosCore/RecurrenceRule.swift:105
#, python-brace-format
msgid "BYDAY ordinal in '{0}' must be 1-53 or -53 to -1"
msgstr "'{0}' 中的 BYDAY 序号必须在 1 到 53 或 -53 到 -1 之间"

#: Sources/KosCore/RecurrenceRule.swift:134
msgid "BYDAY ordinals such as 2TU need FREQ=MONTHLY or FREQ=YEARLY"
msgstr "2TU 这类带序号的 BYDAY 需要 FREQ=MONTHLY 或 FREQ=YEARLY"

#. {0}: v
#: Sources/KosCore/RecurrenceRule.swift:99
#, python-brace-format
msgid "BYDAY value '{0}' is not a weekday (SU, MO, TU, WE, TH, FR, SA)"
msgstr "BYDAY 的值 '{0}' 不是星期代码（SU、MO、TU、WE、TH、FR、SA）"

#: Sources/KosCore/RecurrenceRule.swift:138
msgid "BYWEEKNO needs FREQ=YEARLY (week numbers count within a year)"
msgstr "BYWEEKNO 需要 FREQ=YEARLY（周数在一年之内计算）"

#. {0}: freq.rawValue
#: Sources/KosCore/RecurrenceRule.swift:141
#, python-brace-format
msgid "BYYEARDAY cannot be used with FREQ={0}; use FREQ=YEARLY, or BYMONTH with BYMONTHDAY"
msgstr "BYYEARDAY 不能与 FREQ={0} 一起使用；请改用 FREQ=YEARLY，或用 BYMONTH 配合 BYMONTHDAY"

#: Sources/KosCLI/PeopleCommand.swift:166
msgid "Back at (RFC 3339, or a date: 2026-12-20); the delegation ends by itself then."
msgstr "返回时间（RFC 3339，或日期：2026-12-20）；届时代理自动结束。"

#: Sources/KosCLI/PeopleCommand.swift:168
msgid "Back now: end the delegation."
msgstr "现已返回：结束代理。"

#: Sources/KosServer/Console.swift:555
msgid "Back to the draft"
msgstr "返回草稿"

#: Sources/KosDefinitions/Language.swift:288
msgid "Banned terms."
msgstr "禁用词。"

#. {0}: c.id
#: Sources/KosCLI/CalendarCommand.swift:239
#, python-brace-format
msgid "Blackout · {0}"
msgstr "静默期 · {0}"

#: Sources/KosServer/ConsolePreview.swift:42
msgid "B站 Bilibili description"
msgstr "B站简介"

#: Sources/KosCLI/ReportCommand.swift:106
msgid "CALENDAR"
msgstr "内容日历"

#: Sources/KosCLI/ReportCommand.swift:106
msgid "CAP"
msgstr "上限"

#: Sources/KosCLI/EndpointsCommand.swift:30
msgid "CIRCUIT"
msgstr "熔断器"

#: Sources/KosCLI/DraftCommands.swift:385
msgid "CONTENT"
msgstr "内容"

#: Sources/KosCore/RecurrenceRule.swift:132
msgid "COUNT and UNTIL cannot both be given"
msgstr "COUNT 和 UNTIL 不能同时给出"

#: Sources/KosCore/RecurrenceRule.swift:89
msgid "COUNT must be a positive integer"
msgstr "COUNT 必须是正整数"

#: Sources/KosServer/ConsoleHealth.swift:101
msgid "Cadence against caps"
msgstr "发布节奏与上限"

#: Sources/KosServer/ConsoleHealth.swift:100
msgid "Cadence is shown against the calendar's caps, in name order; kosflow keeps no follower, like or ranking figures."
msgstr "发布节奏按名称排序，并与内容日历的上限对照；kosflow 不记录粉丝数、点赞数或排名。"

#: Sources/KosServer/ConsolePages.swift:277
msgid "Campaign kit"
msgstr "活动素材包"

#: Sources/KosCLI/LibraryCommand.swift:8
msgid "Campaign kits the brand approved: start a post from one and fill in its slots."
msgstr "品牌已批准的活动素材包：从素材包开始写帖子，只需补全其中的填写位。"

#: Sources/KosCLI/LibraryCommand.swift:31
msgid "Change only what is between 【 and 】: a post whose locked text is unchanged takes the kit's fast lane."
msgstr "只修改【 和 】之间的内容：锁定文字未改动的帖子可走素材包的快速通道。"

#: Sources/KosServer/ConsolePages.swift:282
msgid "Changes"
msgstr "改动"

#. {0}: field("base")
#: Sources/KosServer/ConsolePages.swift:284
#, python-brace-format
msgid "Changes since revision {0}"
msgstr "自修订版 {0} 以来的改动"

#. {0}: field("base")
#: Sources/KosServer/ConsolePages.swift:283
#, python-brace-format
msgid "Changes since revision {0} (the one you decided on)"
msgstr "自修订版 {0}（你做出决定的那一版）以来的改动"

#: Sources/KosCLI/DraftCommands.swift:49
msgid "Check a draft locally, then submit it to its workflow."
msgstr "先在本地检查草稿，再提交到其工作流。"

#: Sources/KosCLI/LintCommand.swift:22
msgid "Check drafts against brand guidelines and advertising law before submitting."
msgstr "提交前按品牌规范和广告法检查草稿。"

#: Sources/KosCLI/LintCommand.swift:37
msgid "Check for this platform instead of the draft's own platforms."
msgstr "按此平台检查，而不是草稿自身指定的平台。"

#: Sources/KosCLI/AuditCommand.swift:16
msgid "Check the audit log's hash chain; names the first changed, removed or reordered entry."
msgstr "校验审计日志的哈希链；指出第一条被修改、删除或调换顺序的记录。"

#: Sources/KosCLI/PacksCommand.swift:20
msgid "Check the drafts in review and the scheduled posts with changed packs: what becomes flagged, what is cleared."
msgstr "用修改后的规则包检查审核中的草稿和已排期的帖子：哪些会新增拦截，哪些会解除拦截。"

#: Sources/KosCLI/ValidateCommand.swift:15
msgid "Check workflow, calendar, endpoint and guideline definitions."
msgstr "检查工作流、内容日历、端点和规则包的定义。"

#: Sources/KosCLI/KosCommand.swift:14
msgid "Check, submit and follow KOS content through your brand's compliance workflows."
msgstr "检查、提交 KOS 内容，并跟踪其在品牌合规工作流中的进度。"

#: Sources/KosServer/Console.swift:252
msgid "Choose Approve, Reject or Request changes."
msgstr "请选择「批准」「驳回」或「要求修改」。"

#. {0}: field("reference")
#: Sources/KosServer/ConsolePages.swift:280
#, python-brace-format
msgid "Claims the campaign kit {0}, but does not match it"
msgstr "声称使用活动素材包 {0}，但与之不符"

#: Sources/KosDefinitions/Language.swift:294
msgid "Claims wherever they appear (国家级, 全网最低价)."
msgstr "无论出现在何处都算作宣称的用语（国家级、全网最低价）。"

#: Sources/KosServer/ConsoleHealth.swift:87
msgid "Cleared at the first revision"
msgstr "首个修订版即通过"

#: Sources/KosServer/ConsolePages.swift:291
msgid "Comment (optional)"
msgstr "备注（可选）"

#: Sources/KosCLI/CalendarCommand.swift:11
msgid "Content calendars: upcoming slots and bookings, iCalendar export, dry runs."
msgstr "内容日历：即将到来的档期和预订、iCalendar 导出、模拟运行。"

#: Sources/kosd/Kosd.swift:101
msgid "Copy the SQLite store to a file, consistently, while kosd runs."
msgstr "在 kosd 运行期间，将 SQLite 数据存储一致地复制到文件。"

#: Sources/KosDefinitions/Language.swift:320
msgid "Count as this platform does (see the platform table)."
msgstr "按此平台的方式计数（见平台对照表）。"

#: Sources/KosDefinitions/Language.swift:304
msgid "Counts of something."
msgstr "某种内容的数量。"

#: Sources/kosd/Kosd.swift:223
msgid "Create a person's API token and print it once (only its SHA-256 is stored)."
msgstr "为某人创建 API 令牌并只打印一次（只保存其 SHA-256）。"

#: Sources/KosCLI/DeliveriesCommand.swift:17
msgid "Created since this RFC 3339 time."
msgstr "创建于此 RFC 3339 时间之后。"

#: Sources/KosCLI/DraftCommands.swift:242
msgid "DECISION"
msgstr "决定"

#: Sources/KosCLI/EndpointsCommand.swift:30
msgid "DELIVERIES"
msgstr "投递"

#: Sources/KosCLI/EndpointsCommand.swift:30
msgid "DESTINATION"
msgstr "目标地址"

#: Sources/KosCLI/DraftCommands.swift:247
msgid "DETAILS"
msgstr "详情"

#: Sources/KosCLI/PacksCommand.swift:21
msgid "DIR holds the changed definitions (a copy of Workflows/ with the edit). Each draft is checked with the packs of its workflow in DIR and compared with the findings its run recorded. Reviewers and admins see every draft routed to them. Exit 0 when nothing changes, 1 when some draft becomes blocked, 2 when it cannot run."
msgstr "DIR 存放修改后的定义（即改过的 Workflows/ 副本）。每篇草稿都会用其工作流在 DIR 中的规则包重新检查，并与其流程记录的问题比较。审核人和管理员可看到分配给他们的所有草稿。退出码：无变化时为 0，有草稿将被拦截时为 1，无法运行时为 2。"

#: Sources/KosCLI/DeliveriesCommand.swift:32
msgid "DRAFT"
msgstr "草稿"

#: Sources/KosCLI/LintCommand.swift:220
msgid "DRAFTS"
msgstr "草稿数"

#: Sources/kosd/Kosd.swift:240
msgid "Days until the token expires; default never."
msgstr "令牌多少天后到期；默认永不过期。"

#: Sources/KosDefinitions/Language.swift:95
msgid "Decide the step without reviewers when this condition holds (recorded as kosflow's approval)."
msgstr "此条件成立时无需审核人即完成该步骤（记录为 kosflow 的批准）。"

#. {0}: field("waitingFor")
#: Sources/KosServer/ConsolePages.swift:273
#, python-brace-format
msgid "Decided by {0}."
msgstr "由 {0} 决定。"

#: Sources/KosServer/ConsolePages.swift:300
msgid "Decisions"
msgstr "决定记录"

#: Sources/KosDefinitions/Language.swift:227
msgid "Delays before each attempt; after the last the delivery is dead-lettered."
msgstr "每次尝试前的延迟；最后一次仍失败则投递转为死信。"

#: Sources/KosServer/ConsoleHealth.swift:92
msgid "Deliveries"
msgstr "投递"

#: Sources/KosCLI/DeliveriesCommand.swift:14
msgid "Deliveries, newest first."
msgstr "投递记录，最新的在前。"

#: Sources/KosDefinitions/Language.swift:233
msgid "Disable the endpoint when every delivery has failed for this long; an admin enables it again."
msgstr "所有投递持续失败达到此时长时停用该端点；由管理员重新启用。"

#: Sources/KosCLI/CalendarCommand.swift:29
msgid "Do not ask kosd (show: slots without bookings; export and simulate never ask)."
msgstr "不询问 kosd（show：只显示档期，不含预订；export 和 simulate 从不询问）。"

#: Sources/KosCLI/LintCommand.swift:28
msgid "Draft files (Markdown with YAML front matter) or folders of them (*.md); - reads standard input."
msgstr "草稿文件（带 YAML 头部信息（front matter）的 Markdown）或存放草稿的文件夹（*.md）；- 表示读取标准输入。"

#: Sources/KosCLI/DraftCommands.swift:173
msgid "Drafts waiting for your decision."
msgstr "等待你审批的草稿。"

#: Sources/KosCLI/CalendarCommand.swift:285
msgid "Dry-run a period: slots, caps, blackouts, clock changes and jitter, each explained."
msgstr "模拟运行一个时段：档期、上限、静默期、时钟调整和错峰，逐一说明。"

#: Sources/kosd/Options.swift:37
msgid "Due steps a worker claims at once; their results commit together, one fsync (kosd.yaml 'batch_size'). Default: 16."
msgstr "工作进程一次领取的到期步骤数；其结果一起提交，只需一次 fsync（kosd.yaml 'batch_size'）。默认：16。"

#: Sources/KosCLI/DeliveriesCommand.swift:32
#: Sources/KosCLI/EndpointsCommand.swift:30
msgid "ENDPOINT"
msgstr "端点"

#: Sources/KosCLI/ReportCommand.swift:97
msgid "ESCALATED"
msgstr "升级"

#: Sources/KosCLI/ReportCommand.swift:97
msgid "EXPIRED"
msgstr "过期"

#: Sources/kosd/Kosd.swift:183
msgid "EXPIRES"
msgstr "到期时间"

#: Sources/KosCLI/DeliveriesCommand.swift:73
msgid "Each goes out under its own webhook-id with the endpoint's whole retry schedule; its run resumes at that step."
msgstr "每封死信以其原有的 webhook-id 重新发送，并使用端点完整的重试计划；其流程从该步骤继续。"

#: Sources/KosServer/Console.swift:75
msgid "Each sign-in link works once. Ask for a new one: kos review-link"
msgstr "每个登录链接只能使用一次。请重新获取：kos review-link"

#. {0}: e.products.joined(separator: ", ")
#: Sources/KosCLI/CalendarCommand.swift:245
#, python-brace-format
msgid "Embargo lifts · {0}"
msgstr "禁发期解除 · {0}"

#: Sources/KosCLI/EndpointsCommand.swift:45
msgid "Enable a disabled endpoint again (admins)."
msgstr "重新启用已停用的端点（管理员）。"

#: Sources/KosCLI/ReportCommand.swift:15
msgid "End of the period (exclusive): a date or an RFC 3339 time; default: now."
msgstr "时段结束（不含）：日期或 RFC 3339 时间；默认：现在。"

#: Sources/KosDefinitions/Language.swift:153
msgid "End, local date-time."
msgstr "结束时间，本地日期时间。"

#: Sources/KosCLI/CalendarCommand.swift:21
msgid "End, written like --from. Default: two weeks after --from (90 days for export)."
msgstr "结束时间，写法同 --from。默认：--from 之后两周（export 为 90 天）。"

#: Sources/KosCLI/EndpointsCommand.swift:8
msgid "Endpoints' health: enabled or not, circuit breaker, deliveries."
msgstr "端点健康状况：是否启用、熔断器、投递情况。"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:28
#, python-brace-format
msgid "Error: Missing expected argument '{0}'"
msgstr "错误：缺少参数 '{0}'"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:31
#, python-brace-format
msgid "Error: Missing value for '{0}'"
msgstr "错误：'{0}' 缺少值"

#. {0}: $0[0]
#. {1}: $0[1]
#: Sources/KosCLI/ParserText.swift:35
#, python-brace-format
msgid "Error: The value '{0}' is invalid for '{1}'"
msgstr "错误：值 '{0}' 对 '{1}' 无效"

#. {0}: $0[0]
#. {1}: $0[1]
#. {2}: $0[2]
#: Sources/KosCLI/ParserText.swift:33
#, python-brace-format
msgid "Error: The value '{0}' is invalid for '{1}'. Please provide one of {2}."
msgstr "错误：值 '{0}' 对 '{1}' 无效。请提供以下之一：{2}。"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:30
#, python-brace-format
msgid "Error: Unexpected argument '{0}'"
msgstr "错误：多余的参数 '{0}'"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:29
#, python-brace-format
msgid "Error: Unknown option '{0}'"
msgstr "错误：未知选项 '{0}'"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:36
#, python-brace-format
msgid "Error: {0}"
msgstr "错误：{0}"

#: Sources/KosCLI/CalendarCommand.swift:286
msgid "Every associate named asks for every slot in turn; the output says when each post would go out, or why not."
msgstr "列出的每名店员依次申请每个档期；输出说明每篇帖子何时发出，或为何不发出。"

#: Sources/KosCLI/DeliveriesCommand.swift:75
msgid "Every dead letter of this endpoint."
msgstr "该端点的所有死信。"

#: Sources/KosCLI/EndpointsCommand.swift:13
msgid "Every endpoint with its health."
msgstr "所有端点及其健康状况。"

#: Sources/KosCLI/PeopleCommand.swift:15
msgid "Everyone in the directory (admins), or yourself."
msgstr "名录中的所有人（管理员），或你自己。"

#: Sources/KosDefinitions/Language.swift:322
msgid "Exact brand casing."
msgstr "品牌名称的准确大小写。"

#: Sources/kosd/Kosd.swift:42
msgid "Exit status 0 when everything is valid, 1 with every problem located otherwise. The settings in force are printed."
msgstr "全部有效时退出状态为 0；否则为 1，并指出每个问题的位置。会打印当前生效的设置。"

#: Sources/KosCLI/AuditCommand.swift:17
msgid "Exit status: 0 intact, 1 broken (or refused), 2 cannot ask."
msgstr "退出码：0 完整，1 已损坏（或被拒绝），2 无法查询。"

#: Sources/KosCLI/LintCommand.swift:220
msgid "FINDINGS"
msgstr "问题数"

#: Sources/KosCore/RecurrenceRule.swift:131
msgid "FREQ is required"
msgstr "必须给出 FREQ"

#. {0}: Frequency.allCases.map(\.rawValue).joined(separator: ", ")
#: Sources/KosCore/RecurrenceRule.swift:82
#, python-brace-format
msgid "FREQ must be one of {0}"
msgstr "FREQ 必须是 {0} 之一"

#: Sources/KosDefinitions/Language.swift:319
msgid "Fewest characters."
msgstr "最少字符数。"

#: Sources/KosCLI/CalendarCommand.swift:24
msgid "Files or folders holding the calendars."
msgstr "存放内容日历的文件或文件夹。"

#: Sources/KosCLI/ValidateCommand.swift:21
msgid "Files or folders to check."
msgstr "要检查的文件或文件夹。"

#. {0}: field("findingCount")
#: Sources/KosServer/ConsolePages.swift:285
#, python-brace-format
msgid "Findings ({0})"
msgstr "问题（{0}）"

#: Sources/KosDefinitions/Language.swift:81
msgid "Findings at or above this level stop the run."
msgstr "达到或高于此级别的问题会中止流程。"

#: Sources/KosCLI/ValidateCommand.swift:24
msgid "Folder holding the Mustache templates. Default: Templates/ beside each file's folder."
msgstr "存放 Mustache 模板的文件夹。默认：每个文件所在文件夹旁的 Templates/。"

#: Sources/kosd/Options.swift:31
msgid "Folder of payload templates (kosd.yaml 'templates'). Default: Templates."
msgstr "载荷模板所在文件夹（kosd.yaml 'templates'）。默认：Templates。"

#: Sources/kosd/Options.swift:28
msgid "Folder of workflow definitions (kosd.yaml 'workflows'). Default: Workflows."
msgstr "工作流定义所在文件夹（kosd.yaml 'workflows'）。默认：Workflows。"

#: Sources/KosCLI/LintCommand.swift:31
msgid "Folder of workflow definitions and packs."
msgstr "存放工作流定义和规则包的文件夹。"

#: Sources/KosCLI/DraftCommands.swift:62
msgid "Folder of workflow definitions for the local check."
msgstr "本地检查所用的工作流定义文件夹。"

#: Sources/KosCLI/ReportCommand.swift:9
msgid "For reviewers and admins. The period is the drafts submitted in it (default: the last 30 days). There are no follower, like or ranking figures; cadence is per associate and store against the calendar's caps, in name order."
msgstr "供审核人和管理员使用。统计的是在该时段内提交的草稿（默认：最近 30 天）。不含粉丝、点赞或排名数据；发布节奏按店员和门店对照内容日历的上限统计，按名称排序。"

#: Sources/KosServer/ConsolePages.swift:276
msgid "Found in the pictures"
msgstr "图片中发现的问题"

#: Sources/KosDefinitions/Language.swift:301
msgid "Found text → the wording to use."
msgstr "发现的文本 → 应使用的措辞。"

#: Sources/KosCLI/CalendarCommand.swift:163
msgid "Fri"
msgstr "周五"

#: Sources/KosCLI/PeopleCommand.swift:133
msgid "From the moment (now, or --at), nothing more is published for them and their tokens and console sessions stop working. Their posts in review and scheduled are handed over or cancelled as each workflow's 'offboarding:' says; company-owned accounts pass to the successor; their posts still live on their own accounts are listed and a recall is asked of each gateway that takes one. Running it again changes nothing."
msgstr "自该时刻起（现在，或 --at 指定的时间），不再为其发布任何内容，其令牌和审核台会话随即失效。其审核中和已排期的帖子按各工作流的 'offboarding:' 设置交接或取消；公司账号移交给接任人；仍在其个人账号上展示的帖子会被列出，并向每个支持撤回的网关申请撤回。重复运行不会产生任何变化。"

#. {0}: slot.source
#. {1}: c.timeZone
#. {2}: LocalTime.format(slot.local)
#: Sources/KosCLI/CalendarCommand.swift:232
#, python-brace-format
msgid "From {0} in {1}, {2} local."
msgstr "来源：{0}（{1}），当地时间 {2}。"

#: Sources/KosCLI/PeopleCommand.swift:30
#: Sources/kosd/Kosd.swift:211
msgid "GROUPS"
msgstr "分组"

#: Sources/KosDefinitions/Language.swift:38
msgid "Guideline packs (built-in or from `Workflows/`) that `check` steps apply by default."
msgstr "`check` 步骤默认使用的规则包（内置的或来自 `Workflows/` 的）。"

#: Sources/KosCLI/PacksCommand.swift:11
msgid "Guideline packs: what a change would do before it ships."
msgstr "规则包：在变更上线前查看其影响。"

#. {0}: doc.id
#: Sources/KosDefinitions/DefinitionLoader.swift:216
#, python-brace-format
msgid "Guidelines '{0}' is a built-in pack; give yours another id"
msgstr "Guidelines '{0}' 是内置规则包；请给你的规则包另取一个 id"

#: Sources/KosCLI/PeopleCommand.swift:194
msgid "HANDLE"
msgstr "账号名"

#: Sources/KosServer/ConsolePages.swift:200
msgid "Health"
msgstr "健康度"

#: Sources/KosServer/ConsoleHealth.swift:91
msgid "Held"
msgstr "暂缓发布"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:37
#, python-brace-format
msgid "Help:  {0}"
msgstr "帮助：{0}"

#: Sources/KosServer/ConsolePages.swift:300
msgid "History"
msgstr "历史"

#: Sources/KosDefinitions/Language.swift:65
msgid "How a failed step is retried."
msgstr "失败的步骤如何重试。"

#: Sources/kosd/Serve.swift:105
msgid "How long a stop waits for steps in hand, e.g. 30s (kosd.yaml 'drain_timeout')."
msgstr "停止时等待手头步骤完成的时长，例如 30s（kosd.yaml 'drain_timeout'）。"

#: Sources/kosd/Serve.swift:26
msgid "How long an idle worker waits before looking for due steps again, in milliseconds; the supervisor wakes it at once when the API writes."
msgstr "空闲的工作进程再次查找到期步骤前等待的时长（毫秒）；API 写入时，监管进程会立即唤醒它。"

#: Sources/KosCLI/LintCommand.swift:52
msgid "How long one draft's checks may take, e.g. 20s or 500ms; a draft not fully checked in time gets a blocking finding (kosflow/check-budget)."
msgstr "单篇草稿的检查时限，例如 20s 或 500ms；未能按时检查完的草稿会得到一个拦截性问题（kosflow/check-budget）。"

#: Sources/kosd/Options.swift:40
msgid "How long one draft's guideline checks may take, e.g. 20s; past it the draft is blocked as not checked in time (kosd.yaml 'checks.budget')."
msgstr "单篇草稿的规则检查时限，例如 20s；超时后草稿会因未能及时检查完而被拦截（kosd.yaml 'checks.budget'）。"

#: Sources/KosDefinitions/Language.swift:91
msgid "How long reviewers have."
msgstr "审核人的处理时限。"

#: Sources/KosDefinitions/Language.swift:64
msgid "How long the step may take before it fails."
msgstr "步骤最多可用多长时间，超时即失败。"

#: Sources/KosDefinitions/Language.swift:90
msgid "How many must approve: `any` (one), `all`, or a number N."
msgstr "需要多少人批准：`any`（一人）、`all`，或一个数字 N。"

#: Sources/KosDefinitions/Language.swift:124
msgid "IANA zone the slots, blackouts and embargoes are written in."
msgstr "档期、静默期和禁发期所用的 IANA 时区。"

#: Sources/KosCore/RecurrenceRule.swift:86
msgid "INTERVAL must be a positive integer"
msgstr "INTERVAL 必须是正整数"

#: Sources/kosd/Kosd.swift:183
msgid "ISSUED"
msgstr "发放时间"

#: Sources/KosDefinitions/Language.swift:313
msgid "If one thing is present, another must be."
msgstr "如果出现某项内容，则另一项也必须出现。"

#: Sources/KosCLI/PeopleCommand.swift:83
msgid "Import the HR export (CSV: id,name,role,store,manager,groups,accounts); admins."
msgstr "导入 HR 导出文件（CSV：id,name,role,store,manager,groups,accounts）；管理员。"

#: Sources/KosServer/Console.swift:152
#: Sources/KosServer/ConsolePages.swift:200
msgid "Inbox"
msgstr "待审列表"

#. {0}: b
#: Sources/KosCLI/CalendarCommand.swift:233
#, python-brace-format
msgid "Inside a blackout: {0}. Nothing is published."
msgstr "处于静默期：{0}。不发布任何内容。"

#: Sources/kosd/Kosd.swift:139
msgid "Issue and revoke API tokens."
msgstr "发放和撤销 API 令牌。"

#: Sources/KosDefinitions/Language.swift:174
msgid "Its name, e.g. 上海国金中心店."
msgstr "门店名称，如上海国金中心店。"

#: Sources/KosCLI/LintCommand.swift:49
msgid "Judge embargoes as of this time (ISO 8601, e.g. 2026-12-05T09:00:00+08:00). Default: now."
msgstr "按此时间判断禁发期（ISO 8601，例如 2026-12-05T09:00:00+08:00）。默认：现在。"

#: Sources/KosCLI/LibraryCommand.swift:22
msgid "KIT"
msgstr "素材包"

#. {0}: c.id
#: Sources/KosCLI/CalendarCommand.swift:227
#, python-brace-format
msgid "KOS slot · {0}"
msgstr "KOS 档期 · {0}"

#. {0}: c.id
#: Sources/KosCLI/CalendarCommand.swift:229
#, python-brace-format
msgid "KOS slot · {0} (blackout)"
msgstr "KOS 档期 · {0}（静默期）"

#. {0}: c.id
#. {1}: platforms
#: Sources/KosCLI/CalendarCommand.swift:228
#, python-brace-format
msgid "KOS slot · {0} · {1}"
msgstr "KOS 档期 · {0} · {1}"

#. {0}: c.id
#. {1}: platforms
#: Sources/KosCLI/CalendarCommand.swift:230
#, python-brace-format
msgid "KOS slot · {0} · {1} (blackout)"
msgstr "KOS 档期 · {0} · {1}（静默期）"

#. {0}: c.id
#: Sources/KosCLI/CalendarCommand.swift:211
#, python-brace-format
msgid "KOS slots: {0}"
msgstr "KOS 档期：{0}"

#: Sources/KosCLI/DeliveriesCommand.swift:32
msgid "LAST ATTEMPT"
msgstr "最近一次尝试"

#: Sources/KosCLI/DeliveriesCommand.swift:64
msgid "LATENCY"
msgstr "延迟"

#: Sources/KosCLI/LintCommand.swift:46
msgid "Largest draft accepted, in bytes."
msgstr "可接受的最大草稿大小（字节）。"

#: Sources/KosServer/ConsolePages.swift:234
msgid "Later →"
msgstr "下一页 →"

#: Sources/KosDefinitions/Language.swift:331
msgid "Launch time, local date-time."
msgstr "上市时间，本地日期时间。"

#: Sources/kosd/Options.swift:34
msgid "Lease on a claimed step, e.g. 30s (kosd.yaml 'lease', KOSD_LEASE); a dead worker's step returns after it. Default: 30s."
msgstr "已领取步骤的租期，例如 30s（kosd.yaml 'lease'，KOSD_LEASE）；工作进程失效后，其步骤在租期结束后回到队列。默认：30s。"

#: Sources/kosd/Options.swift:49
msgid "Least severe level logged: trace, debug, info, notice, warning, error, critical (kosd.yaml 'log.level'). Default: info."
msgstr "记录日志的最低级别：trace、debug、info、notice、warning、error、critical（kosd.yaml 'log.level'）。默认：info。"

#: Sources/KosDefinitions/Language.swift:317
msgid "Length limits, counted as the platform counts."
msgstr "长度限制，按平台的方式计数。"

#: Sources/KosCLI/DraftCommands.swift:157
msgid "List drafts: yours, those routed to your groups, or all for admins."
msgstr "列出草稿：你自己的、分配给你所在分组的；管理员可看到全部。"

#: Sources/kosd/Kosd.swift:198
msgid "List the people the store knows: role, store, reviewer groups, and how many tokens let them in."
msgstr "列出数据存储中已知的人员：角色、门店、审核组，以及有几个令牌可供其登录。"

#: Sources/kosd/Kosd.swift:166
msgid "List the tokens issued: whose, when, until when, and whether they still let their holder in."
msgstr "列出已发放的令牌：属于谁、何时发放、有效期到何时，以及持有人是否仍可凭它登录。"

#: Sources/kosd/Options.swift:46
msgid "Log format: auto (journal under systemd, else plain), plain, journal or json (kosd.yaml 'log.format')."
msgstr "日志格式：auto（在 systemd 下为 journal，否则为 plain）、plain、journal 或 json（kosd.yaml 'log.format'）。"

#: Sources/KosDefinitions/Language.swift:297
msgid "Longer innocent phrases that always pass."
msgstr "总能通过的无害较长短语。"

#: Sources/KosDefinitions/Language.swift:290
msgid "Longer innocent phrases that contain a term (最近 is not 最)."
msgstr "包含禁用词但本身无害的较长短语（「最近」不是「最」）。"

#: Sources/KosCLI/LintCommand.swift:40
msgid "Lowest level that fails the run: error, warning or suggestion."
msgstr "导致运行失败的最低级别：error、warning 或 suggestion。"

#: Sources/KosCLI/PeopleCommand.swift:30
msgid "MANAGER"
msgstr "上级"

#. {0}: field("reference")
#: Sources/KosServer/ConsolePages.swift:278
#, python-brace-format
msgid "Made from the campaign kit {0}"
msgstr "基于活动素材包 {0} 制作"

#: Sources/KosDefinitions/Language.swift:291
#: Sources/KosDefinitions/Language.swift:302
#: Sources/KosDefinitions/Language.swift:327
msgid "Match regardless of case."
msgstr "匹配时不区分大小写。"

#: Sources/KosCLI/CalendarCommand.swift:159
msgid "Mon"
msgstr "周一"

#: Sources/KosDefinitions/Language.swift:318
msgid "Most characters."
msgstr "最多字符数。"

#: Sources/KosDefinitions/Language.swift:147
msgid "Most posts in the window."
msgstr "时间窗口内最多可发的帖子数。"

#: Sources/KosDefinitions/Language.swift:127
msgid "Most posts per creator, store, platform or campaign in a sliding window."
msgstr "在滑动窗口内，每位创作者、每家门店、每个平台或每个活动最多可发的帖子数。"

#: Sources/KosCLI/PeopleCommand.swift:30
msgid "NAME"
msgstr "姓名"

#: Sources/KosCLI/CalendarCommand.swift:143
msgid "NOTE"
msgstr "备注"

#: Sources/KosDefinitions/Language.swift:330
msgid "Names or SKUs."
msgstr "名称或 SKU。"

#: Sources/KosServer/ConsoleHealth.swift:102
msgid "No calendar slots booked or fired around this period."
msgstr "此期间前后没有预订或已触发的档期。"

#: Sources/KosServer/Console.swift:252
msgid "No decision"
msgstr "未选择审批结果"

#: Sources/KosCore/API.swift:489
msgid "No platform takes media of this type"
msgstr "没有平台接受这种类型的媒体文件"

#: Sources/KosServer/Console.swift:355
msgid "No such link"
msgstr "没有这个链接"

#: Sources/KosCore/API.swift:476
msgid "No such resource"
msgstr "没有这个资源"

#: Sources/KosServer/Console.swift:81
msgid "No such sign-in link"
msgstr "没有这个登录链接"

#: Sources/KosCore/API.swift:479
msgid "No such workflow"
msgstr "没有这个工作流"

#: Sources/KosCore/API.swift:475
msgid "Nobody approves their own draft"
msgstr "任何人都不能审批自己的草稿"

#: Sources/KosDefinitions/Language.swift:201
msgid "Nor after this one (the end of the season)."
msgstr "在此时间之后也不得使用（如季末）。"

#. {0}: field("suppressed")
#: Sources/KosServer/ConsolePages.swift:288
#, python-brace-format
msgid "Not blocking: {0}"
msgstr "不拦截：{0}"

#: Sources/KosDefinitions/Language.swift:200
msgid "Not to be used before this local time (2026-11-01T00:00)."
msgstr "在此本地时间之前不得使用（如 2026-11-01T00:00）。"

#: Sources/KosServer/ConsoleHealth.swift:121
msgid "Nothing in this period."
msgstr "此期间没有数据。"

#: Sources/KosServer/ConsolePages.swift:235
msgid "Nothing waits for your decision."
msgstr "没有等待你决定的草稿。"

#: Sources/KosCLI/PeopleCommand.swift:194
msgid "OPERATOR"
msgstr "运营人"

#: Sources/KosCLI/ParserText.swift:22
msgid "OPTIONS:"
msgstr "选项："

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:19
#, python-brace-format
msgid "OVERVIEW: {0}"
msgstr "概述：{0}"

#: Sources/KosCLI/PeopleCommand.swift:194
msgid "OWNED BY"
msgstr "归属"

#: Sources/KosDefinitions/Language.swift:142
msgid "Occurrences added (RFC 5545 RDATE): local date-times, with the slot's platforms."
msgstr "增加的时间（RFC 5545 RDATE）：本地日期时间，使用该档期的平台。"

#: Sources/KosDefinitions/Language.swift:141
msgid "Occurrences left out (RFC 5545 EXDATE): a local date leaves out that day's, a date-time that one."
msgstr "排除的时间（RFC 5545 EXDATE）：写本地日期则排除当天的，写日期时间则只排除那一次。"

#: Sources/KosCLI/LintCommand.swift:67
msgid "On standard error: where the time went (packs, reading, checking, output) and the rules that cost the most."
msgstr "在标准错误输出上显示时间花在了哪里（规则包、读取、检查、输出），以及最耗时的规则。"

#: Sources/KosDefinitions/JSONSchema.swift:29
msgid "One YAML document: a Workflow, Calendar, Endpoint or Guidelines pack."
msgstr "一个 YAML 文档：Workflow、Calendar、Endpoint 或 Guidelines 规则包。"

#: Sources/KosCLI/DeliveriesCommand.swift:49
msgid "One delivery and every attempt: time, status, latency, answer."
msgstr "查看一次投递及其每次尝试：时间、状态、延迟、应答。"

#: Sources/KosCLI/PeopleCommand.swift:37
msgid "One person: role, store, accounts, away or leaving, and their handover."
msgstr "查看一个人：角色、门店、账号、外出或离职情况，以及其交接。"

#: Sources/KosDefinitions/Language.swift:126
msgid "One-off extra slots (local date-times)."
msgstr "一次性的额外档期（本地日期时间）。"

#: Sources/KosDefinitions/Language.swift:55
msgid "Only drafts for these platforms start a run."
msgstr "只有面向这些平台的草稿才会启动流程。"

#: Sources/KosCLI/DraftCommands.swift:159
msgid "Only drafts in this state (checking, awaiting-approval, scheduled, publishing, published, blocked, rejected, expired, failed, withdrawn)."
msgstr "只列出处于此状态的草稿（checking、awaiting-approval、scheduled、publishing、published、blocked、rejected、expired、failed、withdrawn）。"

#: Sources/KosDefinitions/Language.swift:140
msgid "Only for these platforms. Default: all."
msgstr "仅用于这些平台。默认：全部。"

#: Sources/KosDefinitions/Language.swift:88
msgid "Only reviewers of the submitter's own store may decide."
msgstr "只有提交者所在门店的审核人可以决定。"

#: Sources/kosd/Kosd.swift:171
msgid "Only the tokens that still let their holder in."
msgstr "只列出持有人仍可凭其登录的令牌。"

#: Sources/KosCLI/CalendarCommand.swift:94
msgid "Only this associate's bookings."
msgstr "只显示该店员的预订。"

#: Sources/KosCLI/DeliveriesCommand.swift:15
msgid "Only this endpoint's."
msgstr "只显示该端点的投递。"

#: Sources/KosCLI/DraftCommands.swift:189
msgid "Open it on your phone or laptop within 15 minutes: it signs you in once, for 12 hours. Sign out on the page, or ask an admin to revoke your access, to end the session."
msgstr "请在 15 分钟内在手机或电脑上打开：它只能登录一次，登录后有效 12 小时。在页面上退出登录，或请管理员撤销你的访问权限，即可结束会话。"

#: Sources/KosServer/Console.swift:245
msgid "Open the draft again and decide from the page."
msgstr "请重新打开草稿，在页面上做出决定。"

#: Sources/KosServer/Console.swift:280
msgid "Open the draft again and take the rewording from the page."
msgstr "请重新打开草稿，在页面上采用改写。"

#: Sources/KosServer/Console.swift:356
msgid "Open the draft from your inbox instead."
msgstr "请改从待审列表中打开草稿。"

#: Sources/KosServer/Console.swift:73
msgid "Open the inbox"
msgstr "打开待审列表"

#: Sources/KosServer/Console.swift:176
msgid "Open the link again and approve from the page."
msgstr "请重新打开链接，在页面上批准。"

#: Sources/KosDefinitions/Language.swift:311
msgid "Or this pattern must match."
msgstr "或者此模式必须匹配。"

#: Sources/KosCLI/CalendarCommand.swift:296
#: Sources/KosCLI/ValidateCommand.swift:27
#: Sources/KosCLI/Client/ClientOptions.swift:53
msgid "Output format: human or json."
msgstr "输出格式：human 或 json。"

#: Sources/KosCLI/LintCommand.swift:43
msgid "Output format: human, json or sarif."
msgstr "输出格式：human、json 或 sarif。"

#: Sources/KosCLI/ReportCommand.swift:106
msgid "PER"
msgstr "统计单位"

#: Sources/kosd/Kosd.swift:183
#: Sources/kosd/Kosd.swift:211
msgid "PERSON"
msgstr "人员"

#: Sources/KosCLI/PeopleCommand.swift:194
msgid "PLATFORM"
msgstr "平台"

#: Sources/KosCLI/CalendarCommand.swift:143
#: Sources/KosCLI/LibraryCommand.swift:22
msgid "PLATFORMS"
msgstr "平台"

#: Sources/KosCLI/ReportCommand.swift:106
msgid "POSTED"
msgstr "已发布"

#: Sources/KosDefinitions/Language.swift:193
msgid "Packs this slot's text is checked with, besides the workflow's."
msgstr "除工作流的规则包外，用于检查此填写位文本的规则包。"

#: Sources/KosDefinitions/Language.swift:80
msgid "Packs to run. Default: the workflow's `guidelines`."
msgstr "要运行的规则包。默认：工作流的 `guidelines`。"

#: Sources/KosCLI/LintCommand.swift:23
msgid "Packs: those given with --pack; else those of the draft's workflow; else every built-in pack. Exit status: 0 nothing at or above --fail-on, 1 blocking findings, 2 usage, configuration or unreadable input."
msgstr "规则包：使用 --pack 指定的；否则使用草稿所属工作流的；否则使用全部内置规则包。退出码：0 没有达到或超过 --fail-on 级别的问题，1 有拦截性问题，2 用法或配置有误，或输入无法读取。"

#: Sources/KosDefinitions/Language.swift:225
msgid "Per attempt."
msgstr "每次尝试的时限。"

#: Sources/KosDefinitions/Language.swift:230
msgid "Permit loopback and private addresses (for on-premises gateways)."
msgstr "允许回环地址和私有地址（用于本地部署的网关）。"

#: Sources/KosCLI/ValidateCommand.swift:100
msgid "Point your editor at it: '# yaml-language-server: $schema=kos-v1.json' at the top of a file."
msgstr "在编辑器中引用它：在文件开头写上 '# yaml-language-server: $schema=kos-v1.json'。"

#: Sources/KosDefinitions/Language.swift:97
msgid "Post a message (e.g. wecom-review.mustache, feishu-review.mustache) to a chat Endpoint when the draft reaches this step, with a signed link to it; never holds the step up."
msgstr "草稿到达此步骤时，向聊天 Endpoint 发送一条消息（如 wecom-review.mustache、feishu-review.mustache），附带指向草稿的签名链接；从不耽搁该步骤。"

#. {0}: location.host
#. {1}: location.port
#. {2}: startTimeout
#: Sources/KosStore/PostgresStore.swift:122
#, python-brace-format
msgid "PostgreSQL at {0}:{1} did not answer within {2}"
msgstr "{0}:{1} 上的 PostgreSQL 在 {2} 内没有响应"

#: Sources/KosStore/PostgresStore+Drafts.swift:185
msgid "PostgreSQL: the media link key cannot be read"
msgstr "PostgreSQL：无法读取媒体链接密钥"

#: Sources/KosDefinitions/Language.swift:48
msgid "Posts still in checks or review: cancelled, or handed over to the successor."
msgstr "仍在检查或审核中的帖子：取消，或交接给接任人。"

#: Sources/KosDefinitions/Language.swift:300
msgid "Preferred wording."
msgstr "推荐用词。"

#: Sources/KosCLI/ValidateCommand.swift:99
msgid "Print the JSON Schema of the workflow language (for the YAML language server)."
msgstr "输出工作流语言的 JSON Schema（供 YAML 语言服务器使用）。"

#: Sources/KosDefinitions/Language.swift:158
msgid "Product names or SKUs under embargo."
msgstr "处于禁发期的产品名称或 SKU。"

#: Sources/KosDefinitions/Language.swift:296
msgid "Productive claims judged by the context grammar: superlative (最X), ordinal (第一X), uniqueness (唯一X), certainty (100%)."
msgstr "按上下文语法判断的各类用语：最高级（最X）、序数（第一X）、唯一性（唯一X）、确定性（100%）。"

#: Sources/KosDefinitions/Language.swift:129
msgid "Products that must not appear before a time."
msgstr "在某个时间之前不得出现的产品。"

#: Sources/KosDefinitions/Language.swift:329
msgid "Products that must not be mentioned before a time."
msgstr "在某个时间之前不得提及的产品。"

#: Sources/KosDefinitions/Language.swift:335
msgid "Program and arguments: the draft as JSON on stdin, findings as JSON on stdout."
msgstr "程序及其参数：草稿以 JSON 形式从 stdin 传入，问题以 JSON 形式从 stdout 输出。"

#: Sources/KosDefinitions/Language.swift:116
msgid "Program and arguments; no shell is involved."
msgstr "程序及其参数；不经过 shell。"

#: Sources/KosServer/Console.swift:197
#: Sources/KosServer/ConsoleHealth.swift:99
msgid "Program health"
msgstr "项目健康度"

#: Sources/KosCLI/DraftCommands.swift:242
msgid "REASON"
msgstr "理由"

#: Sources/KosCLI/ReportCommand.swift:97
msgid "REJECTED"
msgstr "驳回"

#: Sources/KosCLI/DraftCommands.swift:385
msgid "REV"
msgstr "修订版"

#: Sources/KosCLI/DraftCommands.swift:242
msgid "REVIEWER"
msgstr "审核人"

#: Sources/KosCLI/DraftCommands.swift:242
msgid "REVISION"
msgstr "修订版"

#: Sources/KosCLI/PeopleCommand.swift:30
#: Sources/kosd/Kosd.swift:183
#: Sources/kosd/Kosd.swift:211
msgid "ROLE"
msgstr "角色"

#: Sources/KosCLI/LintCommand.swift:220
#: Sources/KosCLI/ReportCommand.swift:101
msgid "RULE"
msgstr "规则"

#: Sources/KosDefinitions/Language.swift:182
msgid "Raised with every change; a draft names the version it was made from."
msgstr "每次修改都要调高；草稿会写明它基于哪个版本。"

#: Sources/KosServer/ConsolePages.swift:380
msgid "Read the draft first"
msgstr "先阅读草稿"

#: Sources/KosCLI/LintCommand.swift:61
msgid "Read the draft's pictures: the packs over the text in them (Tesseract), their QR codes and barcodes (ZBar). Readings are kept by SHA-256 in $XDG_CACHE_HOME/kos/readings."
msgstr "读取草稿中的图片：用规则包检查图片中的文字（Tesseract），并读取其中的二维码和条形码（ZBar）。读取结果按 SHA-256 保存在 $XDG_CACHE_HOME/kos/readings。"

#: Sources/KosServer/ConsolePages.swift:292
msgid "Reason (the author reads it)"
msgstr "理由（作者会看到）"

#: Sources/KosServer/ConsolePages.swift:292
msgid "Reject"
msgstr "驳回"

#: Sources/KosCLI/DraftCommands.swift:277
msgid "Reject the revision of a draft you read, with a reason its author will see."
msgstr "驳回你阅读过的草稿修订版，并附上作者可见的理由。"

#: Sources/KosServer/Console.swift:293
msgid "Reload the page and sign out again."
msgstr "请刷新页面，然后再次退出登录。"

#: Sources/KosCLI/DraftCommands.swift:12
msgid "Remember the server and your token (in ~/.config/kos/config.yaml, mode 0600)."
msgstr "记住服务器地址和你的令牌（保存在 ~/.config/kos/config.yaml，权限 0600）。"

#: Sources/KosDefinitions/Language.swift:70
msgid "Render a template and deliver it without blocking the run."
msgstr "渲染模板并投递，不阻塞流程。"

#: Sources/KosDefinitions/Language.swift:69
msgid "Render a template and deliver it, blocking until delivered."
msgstr "渲染模板并投递，投递完成前流程不继续。"

#: Sources/KosCLI/ValidateCommand.swift:16
msgid "Reports every problem with its file, line and column. Exit status: 0 all valid, 1 something is invalid, 2 the command could not run."
msgstr "报告每个问题及其所在的文件、行和列。退出码：0 全部有效，1 有无效内容，2 命令无法运行。"

#: Sources/KosServer/ConsolePages.swift:296
msgid "Request changes"
msgstr "要求修改"

#: Sources/KosServer/ConsolePages.swift:293
msgid "Request changes with a rewording"
msgstr "附上改写，要求修改"

#: Sources/kosd/Serve.swift:102
msgid "Requests each token may make, e.g. 20/s or 600/1m; a burst of three seconds' worth is allowed (kosd.yaml 'api.rate_limit')."
msgstr "每个令牌可发出的请求数，例如 20/s 或 600/1m；允许三秒用量的突发（kosd.yaml 'api.rate_limit'）。"

#: Sources/kosd/Kosd.swift:273
msgid "Revoke every token of a person."
msgstr "撤销某人的全部令牌。"

#: Sources/KosServer/ConsoleHealth.swift:90
msgid "Rules that blocked drafts"
msgstr "拦截草稿的规则"

#: Sources/KosDefinitions/Language.swift:71
msgid "Run a local command: the draft as JSON on stdin, findings as JSON on stdout."
msgstr "运行本地命令：草稿以 JSON 形式从 stdin 传入，问题以 JSON 形式从 stdout 输出。"

#: Sources/KosDefinitions/Language.swift:66
msgid "Run guideline packs over the draft."
msgstr "用规则包检查草稿。"

#: Sources/kosd/Serve.swift:19
msgid "Run steps from the store until stopped (kosd serve starts these)."
msgstr "从数据存储中领取并运行步骤，直到被停止（由 kosd serve 启动）。"

#: Sources/KosDefinitions/Language.swift:63
msgid "Run the step only when this condition holds (see Conditions)."
msgstr "仅当此条件成立时才执行该步骤（见「条件」一节）。"

#: Sources/KosCLI/LintCommand.swift:220
msgid "SHADOW"
msgstr "影子模式"

#: Sources/KosCLI/CalendarCommand.swift:143
msgid "SLOT"
msgstr "档期"

#: Sources/KosCLI/LibraryCommand.swift:22
msgid "SLOTS"
msgstr "填写位"

#: Sources/KosCLI/DeliveriesCommand.swift:32
#: Sources/KosCLI/DraftCommands.swift:385
#: Sources/KosCLI/EndpointsCommand.swift:30
#: Sources/kosd/Kosd.swift:183
msgid "STATE"
msgstr "状态"

#: Sources/KosCLI/DeliveriesCommand.swift:64
#: Sources/KosCLI/PeopleCommand.swift:30
msgid "STATUS"
msgstr "状态"

#: Sources/KosCLI/DraftCommands.swift:242
#: Sources/KosCLI/DraftCommands.swift:385
#: Sources/KosCLI/ReportCommand.swift:97
msgid "STEP"
msgstr "步骤"

#: Sources/KosCLI/PeopleCommand.swift:30
#: Sources/kosd/Kosd.swift:183
#: Sources/kosd/Kosd.swift:211
msgid "STORE"
msgstr "门店"

#: Sources/KosCLI/ParserText.swift:23
msgid "SUBCOMMANDS:"
msgstr "子命令："

#: Sources/KosCLI/LintCommand.swift:220
msgid "SUPPRESSED"
msgstr "已豁免"

#: Sources/KosCLI/CalendarCommand.swift:164
msgid "Sat"
msgstr "周六"

#. {0}: $0[1]
#: Sources/KosCLI/ParserText.swift:24
#, python-brace-format
msgid "See '{0}' for detailed help."
msgstr "运行 '{0}' 查看详细帮助。"

#. {0}: $0[1]
#: Sources/KosCLI/ParserText.swift:25
#, python-brace-format
msgid "See '{0}' for more information."
msgstr "运行 '{0}' 了解更多信息。"

#: Sources/KosDefinitions/Language.swift:285
msgid "Self-tests run when the pack loads; a failing fixture refuses the pack."
msgstr "规则包加载时运行的自测；任一样例不通过，规则包即被拒绝。"

#: Sources/KosCLI/DeliveriesCommand.swift:72
msgid "Send dead letters again (admins): one by id, or an endpoint's since a time."
msgstr "重新发送死信（管理员）：按 id 发送一封，或发送某端点自某时间以来的全部死信。"

#: Sources/kosd/Serve.swift:120
msgid "Serve the API and run the workflows with worker processes."
msgstr "提供 API，并用工作进程运行工作流。"

#: Sources/kosd/Serve.swift:121
msgid "Settings come from /etc/kos/kosd.yaml (or --config), then KOSD_* variables, then flags. SIGHUP re-reads the configuration and the workflows: invalid ones are refused and the running definitions kept; runs already started keep the definitions they started with. SIGTERM drains: no new steps are claimed, steps in hand finish (up to drain_timeout), the rest are handed back, exit 0."
msgstr "设置依次来自 /etc/kos/kosd.yaml（或 --config）、KOSD_* 变量和命令行选项。SIGHUP 会重新读取配置和工作流：无效的会被拒绝，并保留正在运行的定义；已开始的流程继续使用开始时的定义。SIGTERM 会排空：不再领取新步骤，手头的步骤运行完毕（最长 drain_timeout），其余交还队列，退出状态为 0。"

#: Sources/KosServer/ConsolePages.swift:229
msgid "Show"
msgstr "显示"

#: Sources/KosCLI/ParserText.swift:27
msgid "Show help information."
msgstr "显示帮助信息。"

#: Sources/KosCLI/ParserText.swift:26
msgid "Show the version."
msgstr "显示版本。"

#: Sources/KosCLI/PeopleCommand.swift:89
msgid "Show what would change, change nothing."
msgstr "只显示将发生的变化，不做任何修改。"

#: Sources/KosCLI/LintCommand.swift:55
msgid "Show, for each claim found and each near-miss let pass, which rule and which step of the context grammar decided, and why."
msgstr "对每处命中的用语和每处险些命中但被放行的用语，显示是哪条规则、上下文语法的哪一步作出的判断，以及原因。"

#: Sources/KosDefinitions/Language.swift:154
msgid "Shown to the submitter whose post is moved."
msgstr "会显示给帖子被推迟的提交者。"

#: Sources/KosDefinitions/Language.swift:277
msgid "Shown with each finding; `%s` is replaced by the matched text. One text, or `{zh: …, en: …}`: each reader sees their language's (`KOS_LANG`, `LANG`; the API's `Accept-Language`), English where there is no Chinese and the other way round."
msgstr "随每个问题显示；`%s` 会替换为匹配到的文本。可以是一段文本，也可以是 `{zh: …, en: …}`：每位读者看到自己语言的版本（`KOS_LANG`、`LANG`；API 的 `Accept-Language`），没有中文时显示英文，反之亦然。"

#: Sources/KosServer/Console.swift:161
msgid "Sign in to review"
msgstr "请登录后审核"

#: Sources/KosServer/Console.swift:560
msgid "Sign in with a link"
msgstr "请用链接登录"

#: Sources/KosServer/ConsolePages.swift:200
msgid "Sign out"
msgstr "退出登录"

#: Sources/KosDefinitions/Language.swift:224
msgid "Signature scheme."
msgstr "签名方案。"

#: Sources/KosServer/Console.swift:72
msgid "Signed in"
msgstr "已登录"

#. {0}: person.id
#: Sources/KosServer/Console.swift:73
#, python-brace-format
msgid "Signed in as {0}"
msgstr "已以 {0} 身份登录"

#: Sources/KosServer/Console.swift:298
#: Sources/KosServer/Console.swift:299
msgid "Signed out"
msgstr "已退出登录"

#: Sources/KosCLI/DraftCommands.swift:68
msgid "Skip the local check."
msgstr "跳过本地检查。"

#: Sources/KosCLI/CalendarCommand.swift:90
msgid "Slots come from the definitions; bookings from kosd when it answers (--offline: slots only)."
msgstr "档期来自定义；预订在 kosd 应答时从 kosd 获取（--offline：只显示档期）。"

#: Sources/KosCLI/PeopleCommand.swift:132
msgid "Someone leaves the program: nothing more is published for them, their work is handed over (admins)."
msgstr "有人离开项目：不再为其发布任何内容，其工作交由他人接手（管理员）。"

#: Sources/KosDefinitions/Language.swift:309
msgid "Something must be present."
msgstr "必须出现某些内容。"

#: Sources/KosDefinitions/Language.swift:130
msgid "Spread posts so hundreds of associates do not hit a platform in the same second."
msgstr "把帖子错开，免得数百名店员在同一秒涌向一个平台。"

#: Sources/KosCLI/ReportCommand.swift:14
msgid "Start of the period: a date (local midnight) or an RFC 3339 time; default: 30 days before --until."
msgstr "时段开始：日期（当地零点）或 RFC 3339 时间；默认：--until 之前 30 天。"

#: Sources/KosDefinitions/Language.swift:152
msgid "Start, local date-time."
msgstr "开始时间，本地日期时间。"

#: Sources/KosCLI/CalendarCommand.swift:18
msgid "Start: a local date or date-time on the calendar's clock (2026-12-01, 2026-12-01T20:00) or RFC 3339. Default: now."
msgstr "开始：按内容日历时区的本地日期或日期时间（2026-12-01、2026-12-01T20:00），或 RFC 3339 时间。默认：现在。"

#: Sources/KosServer/ConsolePages.swift:228
msgid "State"
msgstr "状态"

#: Sources/KosServer/ConsolePages.swift:228
msgid "Store"
msgstr "门店"

#: Sources/KosCLI/DraftCommands.swift:115
msgid "Submit a new revision of a draft; its approvals start again."
msgstr "提交草稿的新修订版；审批将重新开始。"

#: Sources/KosServer/ConsolePages.swift:297
msgid "Suggested rewording"
msgstr "建议的改写"

#. {0}: field("suggestion")
#: Sources/KosServer/ConsolePages.swift:287
#, python-brace-format
msgid "Suggested: {0}"
msgstr "建议：{0}"

#: Sources/KosCLI/CalendarCommand.swift:158
msgid "Sun"
msgstr "周日"

#: Sources/KosCLI/DraftCommands.swift:247
msgid "TIME"
msgstr "时间"

#: Sources/KosCLI/DraftCommands.swift:385
msgid "TITLE"
msgstr "标题"

#: Sources/kosd/Kosd.swift:183
msgid "TOKEN"
msgstr "令牌"

#: Sources/KosCLI/DraftCommands.swift:300
msgid "Take the rewording a reviewer suggested as your draft's next revision."
msgstr "将审核人建议的改写采纳为你草稿的下一修订版。"

#: Sources/KosDefinitions/Language.swift:289
msgid "Terms that must not appear."
msgstr "不得出现的词语。"

#: Sources/KosDefinitions/Language.swift:283
msgid "Texts the rule must flag."
msgstr "规则必须标记的文本。"

#: Sources/KosDefinitions/Language.swift:284
msgid "Texts the rule must not flag."
msgstr "规则不得标记的文本。"

#: Sources/kosd/Serve.swift:96
msgid "The API's Unix socket (kosd.yaml 'api.socket'). Default: $RUNTIME_DIRECTORY/kosd.sock under systemd, else .kos/kosd.sock."
msgstr "API 的 Unix 套接字（kosd.yaml 'api.socket'）。默认：在 systemd 下为 $RUNTIME_DIRECTORY/kosd.sock，否则为 .kos/kosd.sock。"

#: Sources/KosCLI/PeopleCommand.swift:88
msgid "The CSV file (UTF-8, as Excel's or WPS's 'CSV UTF-8' saves it)."
msgstr "CSV 文件（UTF-8 编码，即 Excel 或 WPS 另存为 'CSV UTF-8' 得到的文件）。"

#: Sources/KosDefinitions/Language.swift:36
msgid "The Calendar whose slots `wait: {slot: …}` steps use."
msgstr "`wait: {slot: …}` 步骤使用其档期的 Calendar。"

#: Sources/KosDefinitions/Language.swift:110
msgid "The Endpoint to deliver to."
msgstr "投递目标 Endpoint。"

#: Sources/KosDefinitions/Language.swift:211
msgid "The agency's name, e.g. 星耀MCN."
msgstr "机构名称，如星耀MCN。"

#: Sources/KosDefinitions/Language.swift:197
msgid "The approved file's SHA-256: another file under the same name is not the kit's."
msgstr "经批准文件的 SHA-256：同名的其他文件不算素材包的文件。"

#: Sources/KosDefinitions/Language.swift:196
msgid "The approved image or video, as a draft names it."
msgstr "经批准的图片或视频，写法与草稿中一致。"

#: Sources/KosDefinitions/Language.swift:199
msgid "The approved images and cover frames."
msgstr "经批准的图片和封面帧。"

#: Sources/kosd/Kosd.swift:237
msgid "The boutique or store the person belongs to, e.g. SH-IFC."
msgstr "此人所属的精品店或门店，例如 SH-IFC。"

#: Sources/KosDefinitions/Language.swift:245
msgid "The brand's exceptions to any pack's rules: a term a rule does not flag, for a reason, until a date."
msgstr "品牌对任意规则包中规则的例外：某条规则在某个日期前出于某个理由不标记的词语。"

#: Sources/KosDefinitions/Language.swift:176
msgid "The brand's stores: a staff directory naming any other store is refused, row by row."
msgstr "品牌的门店：员工名录中出现其他门店的行会被逐行拒绝。"

#: Sources/KosCLI/CalendarCommand.swift:92
msgid "The calendar id (optional when only one is defined)."
msgstr "内容日历 id（只定义了一个时可省略）。"

#: Sources/KosCLI/CalendarCommand.swift:187
#: Sources/KosCLI/CalendarCommand.swift:288
msgid "The calendar id."
msgstr "内容日历 id。"

#: Sources/KosCLI/CalendarCommand.swift:294
msgid "The campaign the posts belong to."
msgstr "帖子所属的活动。"

#: Sources/KosServer/ConsolePages.swift:289
msgid "The checks found nothing."
msgstr "检查未发现问题。"

#: Sources/KosDefinitions/Language.swift:175
msgid "The city it is in."
msgstr "所在城市。"

#: Sources/KosDefinitions/Language.swift:202
msgid "The clock `valid_from` and `valid_until` are read on."
msgstr "`valid_from` 和 `valid_until` 所用的时区。"

#: Sources/KosDefinitions/Language.swift:213
msgid "The collaboration models its creators work under with the brand."
msgstr "其创作者与品牌合作时采用的合作模式。"

#: Sources/KosDefinitions/Language.swift:117
msgid "The command is killed after this long and the step fails."
msgstr "命令运行超过此时长即被终止，步骤失败。"

#: Sources/KosDefinitions/Language.swift:334
msgid "The compliance team's own checker."
msgstr "合规团队自己的检查程序。"

#: Sources/KosDefinitions/Language.swift:314
msgid "The condition."
msgstr "条件。"

#: Sources/kosd/Options.swift:11
msgid "The configuration file. Default: $KOSD_CONFIG, else /etc/kos/kosd.yaml when it exists."
msgstr "配置文件。默认：$KOSD_CONFIG；未设置时，若 /etc/kos/kosd.yaml 存在则用它。"

#: Sources/KosDefinitions/Language.swift:323
msgid "The correct spellings; other casings are flagged."
msgstr "正确的拼写；其他大小写写法会被标记。"

#: Sources/kosd/Options.swift:15
msgid "The database: a SQLite file, or postgres://USER@HOST[:PORT]/DATABASE for several hosts (kosd.yaml 'database', KOSD_DATABASE). Default: $STATE_DIRECTORY/kos.db under systemd, else .kos/kos.db."
msgstr "数据库：一个 SQLite 文件，或多台主机共用的 postgres://USER@HOST[:PORT]/DATABASE（kosd.yaml 'database'，KOSD_DATABASE）。默认：在 systemd 下为 $STATE_DIRECTORY/kos.db，否则为 .kos/kos.db。"

#: Sources/KosServer/ConsolePages.swift:274
msgid "The draft"
msgstr "草稿"

#: Sources/KosServer/ConsolePages.swift:294
msgid "The draft as you would have it (the checks' suggested wording is already in); the author takes it in one step"
msgstr "你希望的草稿内容（已填入检查建议的措辞）；作者可一步采用"

#: Sources/KosServer/ConsolePages.swift:295
msgid "The draft as you would have it; the author takes it in one step"
msgstr "你希望的草稿内容；作者可一步采用"

#: Sources/KosCore/API.swift:478
msgid "The draft cannot be read"
msgstr "无法读取草稿"

#: Sources/KosServer/Console.swift:359
msgid "The draft has changed"
msgstr "草稿已变更"

#: Sources/KosCore/API.swift:488
msgid "The draft has changed since you read it"
msgstr "你读取之后，草稿已有改动"

#: Sources/KosCLI/DraftCommands.swift:117
msgid "The draft id (d-…)."
msgstr "草稿 id（d-…）。"

#: Sources/KosCLI/DraftCommands.swift:139
#: Sources/KosCLI/DraftCommands.swift:208
#: Sources/KosCLI/DraftCommands.swift:259
#: Sources/KosCLI/DraftCommands.swift:278
msgid "The draft id."
msgstr "草稿 id。"

#: Sources/KosCore/API.swift:481
msgid "The draft is not waiting for an approval"
msgstr "草稿并未在等待审批"

#: Sources/KosCore/API.swift:480
msgid "The draft's state does not allow this"
msgstr "草稿当前的状态不允许此操作"

#: Sources/KosCLI/DraftCommands.swift:56
msgid "The draft: Markdown with YAML front matter."
msgstr "草稿：带 YAML 头部信息（front matter）的 Markdown 文件。"

#: Sources/KosDefinitions/Language.swift:194
msgid "The editable slots."
msgstr "可编辑的填写位。"

#: Sources/KosCLI/EndpointsCommand.swift:46
msgid "The endpoint id."
msgstr "端点 id。"

#: Sources/KosDefinitions/Language.swift:204
msgid "The endpoint told of each post held with the kit (withdrawn, out of season), for its author."
msgstr "帖子因素材包（已撤回、已过季）而暂缓发布时要通知的端点，以便告知其作者。"

#: Sources/kosd/Kosd.swift:108
msgid "The file to write; it must not exist yet."
msgstr "要写入的文件；该文件必须尚不存在。"

#: Sources/KosCLI/PacksCommand.swift:27
msgid "The folder of changed definitions."
msgstr "存放修改后定义的文件夹。"

#: Sources/KosServer/Console.swift:176
#: Sources/KosServer/Console.swift:245
#: Sources/KosServer/Console.swift:280
#: Sources/KosServer/Console.swift:293
msgid "The form has expired"
msgstr "表单已过期"

#: Sources/KosDefinitions/Language.swift:237
msgid "The gateway takes `post.recall` requests: when an associate leaves, each post of theirs still live on their own account is asked to be taken down."
msgstr "网关接受 `post.recall` 请求：店员离职时，其本人账号上仍在线的每个帖子都会被要求下架。"

#: Sources/KosDefinitions/Language.swift:93
msgid "The group that decides instead."
msgstr "改由哪个分组决定。"

#: Sources/KosDefinitions/Language.swift:279
msgid "The guideline this rule enforces."
msgstr "此规则所执行的规范。"

#: Sources/KosDefinitions/Language.swift:186
msgid "The hashtags it may carry."
msgstr "可以带的话题标签。"

#: Sources/KosCLI/LibraryCommand.swift:32
msgid "The kit's id (or id@version)."
msgstr "素材包 id（或 id@version）。"

#: Sources/KosCLI/LibraryCommand.swift:13
msgid "The kits open now."
msgstr "当前开放的素材包。"

#: Sources/kosd/Kosd.swift:14
msgid "The kosflow daemon: runs workflows durably for a brand's KOS program."
msgstr "kosflow 守护进程：为品牌的 KOS 项目可靠地运行工作流。"

#: Sources/KosCLI/PeopleCommand.swift:139
msgid "The leaver's id."
msgstr "离职人员的 id。"

#: Sources/KosDefinitions/Language.swift:82
msgid "The level of a QR code or barcode found in a picture (`error`: none may appear)."
msgstr "图片中发现二维码或条形码时的级别（`error`：一个都不允许出现）。"

#: Sources/KosCore/API.swift:490
msgid "The media file is not what its name says"
msgstr "媒体文件的实际内容与文件名不符"

#: Sources/KosDefinitions/Language.swift:267
msgid "The message in English."
msgstr "英文的消息。"

#: Sources/KosDefinitions/Language.swift:266
msgid "The message in Simplified Chinese."
msgstr "简体中文的消息。"

#. {0}: current
#: Sources/KosServer/Console.swift:359
#, python-brace-format
msgid "The message was about an earlier revision; the draft is at revision {0} now. Read it before you decide: nothing was recorded."
msgstr "这条消息说的是较早的修订版；草稿现在是修订版 {0}。请先阅读再做决定：本次未记录任何决定。"

#: Sources/KosDefinitions/Language.swift:161
msgid "The name its findings carry (velocity-9-launch). Default: made from the first product (Velocity 9 → velocity-9)."
msgstr "相关问题所带的名称（如 velocity-9-launch）。默认：由第一个产品生成（Velocity 9 → velocity-9）。"

#: Sources/KosDefinitions/Language.swift:205
msgid "The named slots (`id`) of its workflow's calendar that posts made from it may take. Default: any."
msgstr "用它制作的帖子可以使用的、其工作流内容日历中的具名档期（`id`）。默认：任意。"

#: Sources/KosDefinitions/Language.swift:98
msgid "The notification's link may approve in one tap, for a signed-in reviewer who may decide (never on their own post)."
msgstr "通知中的链接可一键批准，仅限已登录且有权决定的审核人（自己的帖子除外）。"

#: Sources/KosDefinitions/Language.swift:243
msgid "The pack's rules (a pack may hold only exceptions)."
msgstr "规则包中的规则（规则包也可以只包含例外）。"

#: Sources/KosCLI/PacksCommand.swift:30
msgid "The payload templates the definitions name. Default: Templates beside the definitions' folder."
msgstr "定义中引用的载荷模板。默认：定义文件夹旁的 Templates。"

#: Sources/kosd/Kosd.swift:228
msgid "The person's id, as they log in (e.g. li.na)."
msgstr "此人登录用的 ID（例如 li.na）。"

#: Sources/KosCLI/PeopleCommand.swift:38
#: Sources/kosd/Kosd.swift:277
msgid "The person's id."
msgstr "人员 ID。"

#: Sources/KosCLI/CalendarCommand.swift:292
msgid "The platforms each post goes to (repeatable). Default: any slot's platforms."
msgstr "每篇帖子发布到的平台（可重复）。默认：各档期自身的平台。"

#: Sources/KosDefinitions/Language.swift:184
msgid "The platforms it may be posted on."
msgstr "可以发布到的平台。"

#: Sources/KosDefinitions/Language.swift:185
msgid "The products a post made from it may name."
msgstr "用它制作的帖子可以提到的产品。"

#: Sources/KosCLI/ReportCommand.swift:8
msgid "The program's health: approval times, first-pass rate, blocking rules, held posts, deliveries, cadence against caps."
msgstr "项目健康状况：审批耗时、一次通过率、拦截规则、暂缓发布的帖子、投递，以及对照上限的发布节奏。"

#: Sources/KosCLI/PeopleCommand.swift:188
msgid "The register of platform accounts: who operates each, whose it is."
msgstr "平台账号登记表：每个账号由谁运营、归属于谁。"

#: Sources/KosCore/API.swift:477
msgid "The request is malformed"
msgstr "请求格式不正确"

#: Sources/KosCore/API.swift:482
msgid "The request is too large"
msgstr "请求过大"

#: Sources/KosServer/ConsolePages.swift:279
msgid "The rest is the kit's text, approved with it. The author wrote only this:"
msgstr "其余内容是素材包的文字，已随素材包一同批准。作者只写了以下内容："

#: Sources/KosCLI/PeopleCommand.swift:165
msgid "The reviewer's id."
msgstr "审核人 id。"

#: Sources/KosCLI/DraftCommands.swift:118
msgid "The revised draft file."
msgstr "修订后的草稿文件。"

#: Sources/KosCLI/DraftCommands.swift:303
msgid "The revision whose suggestion you read; default: the one kos show last showed you."
msgstr "你阅读过其建议的修订版；默认：kos show 最近一次向你显示的修订版。"

#: Sources/KosCLI/DraftCommands.swift:260
#: Sources/KosCLI/DraftCommands.swift:281
msgid "The revision you read; default: the one kos show last showed you."
msgstr "你阅读过的修订版；默认：kos show 最近一次向你显示的修订版。"

#: Sources/KosServer/Console.swift:262
msgid "The rewording is empty"
msgstr "改写内容为空"

#: Sources/KosDefinitions/Language.swift:249
msgid "The rule it relaxes, `pack/rule` (e.g. prc-advertising-law/absolute-terms)."
msgstr "放宽的规则，写作 `pack/rule`（如 prc-advertising-law/absolute-terms）。"

#: Sources/KosDefinitions/Language.swift:274
msgid "The rule kind."
msgstr "规则类型。"

#: Sources/KosCLI/DraftCommands.swift:50
msgid "The same file submitted twice is the same draft: the idempotency key is the SHA-256 of the workflow and the content, so a retry after a timeout never creates a second draft. Local findings are shown; the daemon's checks decide."
msgstr "同一文件提交两次仍是同一篇草稿：幂等键是工作流和内容的 SHA-256，因此超时后重试绝不会创建第二篇草稿。会显示本地检查发现的问题；以守护进程的检查结果为准。"

#: Sources/KosCore/API.swift:484
msgid "The server failed"
msgstr "服务器出错"

#: Sources/KosDefinitions/Language.swift:148
msgid "The sliding window."
msgstr "滑动窗口。"

#: Sources/KosCLI/CalendarCommand.swift:185
msgid "The slots, blackouts and embargo lifts as iCalendar (.ics)."
msgstr "以 iCalendar（.ics）格式导出档期、静默期和禁发期解除时间。"

#: Sources/KosCore/API.swift:492
msgid "The staff directory has mistakes; nothing was changed"
msgstr "员工名录有错误；未做任何更改"

#: Sources/KosCLI/PeopleCommand.swift:8
msgid "The staff directory: import the HR export, see who is who, hand over when someone is away or leaves."
msgstr "员工名录：导入 HR 导出文件，查看人员信息，在有人外出或离职时进行交接。"

#: Sources/KosDefinitions/Language.swift:39
msgid "The steps, run in order."
msgstr "各个步骤，按顺序执行。"

#: Sources/KosCore/API.swift:486
msgid "The store cannot take writes now; nothing was changed"
msgstr "数据存储暂时无法写入；未做任何更改"

#: Sources/KosDefinitions/Language.swift:173
msgid "The store's code as the staff directory names it, e.g. `SH-IFC`."
msgstr "员工名录中使用的门店代码，如 `SH-IFC`。"

#: Sources/KosServer/Console.swift:436
msgid "The suggested rewording is your new revision; it is checked and approved again."
msgstr "建议的改写已成为你的新修订版；它将重新检查和审批。"

#: Sources/KosDefinitions/Language.swift:234
msgid "The team that looks after this endpoint, e.g. `agency-ops`; named in alerts."
msgstr "负责此端点的团队，如 `agency-ops`；会在告警中注明。"

#: Sources/KosDefinitions/Language.swift:250
msgid "The text that may appear (e.g. 国家级非遗)."
msgstr "允许出现的文本（如国家级非遗）。"

#: Sources/KosDefinitions/Language.swift:188
msgid "The text: locked text with `{{slot}}` where the associate writes."
msgstr "正文：锁定的文本，`{{slot}}` 处由店员填写。"

#: Sources/KosDefinitions/Language.swift:187
msgid "The title: locked text with `{{slot}}` where the associate writes."
msgstr "标题：锁定的文本，`{{slot}}` 处由店员填写。"

#: Sources/kosd/Kosd.swift:224
msgid "The token alone goes to standard output, so it can be captured: TOKEN=$(kosd token create --user li.na --role creator --store SH-IFC)"
msgstr "标准输出只有令牌本身，便于捕获：TOKEN=$(kosd token create --user li.na --role creator --store SH-IFC)"

#: Sources/KosCLI/DeliveriesCommand.swift:50
msgid "The webhook-id (msg_…)."
msgstr "webhook-id（msg_…）。"

#: Sources/KosCLI/DeliveriesCommand.swift:74
msgid "The webhook-id (msg_…); or give --endpoint."
msgstr "webhook-id（msg_…）；或使用 --endpoint。"

#: Sources/KosDefinitions/Language.swift:183
msgid "The workflow drafts made from it go to."
msgstr "用它制作的草稿提交到的工作流。"

#: Sources/KosCLI/DraftCommands.swift:59
msgid "The workflow; default: the draft's 'workflow:'."
msgstr "工作流；默认：草稿中的 'workflow:'。"

#: Sources/KosDefinitions/Language.swift:104
#: Sources/KosDefinitions/Language.swift:254
#: Sources/KosDefinitions/Language.swift:332
msgid "The zone of `until`."
msgstr "`until` 所用的时区。"

#: Sources/KosCore/API.swift:487
msgid "This idempotency key was used for a different draft"
msgstr "此幂等键已用于另一篇草稿"

#: Sources/KosServer/Console.swift:355
msgid "This is not a link kosflow made, or it was changed."
msgstr "这不是 kosflow 生成的链接，或链接已被改动。"

#: Sources/KosCore/API.swift:491
#: Sources/KosServer/Console.swift:78
#: Sources/KosServer/Console.swift:356
msgid "This link has expired"
msgstr "此链接已过期"

#. {0}: t.draftID
#: Sources/KosServer/Console.swift:161
#, python-brace-format
msgid "This link opens {0} once you are signed in to the console on this phone or browser: ask for a sign-in link with kos review-link, open it here, then open this link again."
msgstr "在这部手机或这个浏览器上登录审核台后，此链接会打开 {0}：请用 kos review-link 获取登录链接，在这里打开，然后再次打开此链接。"

#: Sources/KosServer/Console.swift:75
msgid "This link was used"
msgstr "此链接已被使用"

#: Sources/kosd/Serve.swift:23
msgid "This worker's name in leases and the audit log."
msgstr "此工作进程在租约和审计日志中的名称。"

#: Sources/KosCLI/CalendarCommand.swift:162
msgid "Thu"
msgstr "周四"

#: Sources/KosServer/ConsoleHealth.swift:89
msgid "Time to a decision, from the step being ready"
msgstr "从步骤就绪到做出决定的用时"

#: Sources/KosCore/API.swift:483
msgid "Too many requests"
msgstr "请求过于频繁"

#: Sources/KosCLI/CalendarCommand.swift:160
msgid "Tue"
msgstr "周二"

#: Sources/KosCLI/LibraryCommand.swift:22
msgid "UNTIL"
msgstr "截止"

#: Sources/KosCore/RecurrenceRule.swift:93
msgid "UNTIL must be a date (20261231) or date-time (20261231T235959Z)"
msgstr "UNTIL 必须是日期（20261231）或日期时间（20261231T235959Z）"

#: Sources/KosCLI/DraftCommands.swift:385
msgid "UPDATED"
msgstr "更新时间"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:20
#, python-brace-format
msgid "USAGE: {0}"
msgstr "用法：{0}"

#: Sources/KosServer/Console.swift:353
msgid "Unexpected"
msgstr "意外错误"

#: Sources/KosDefinitions/Language.swift:15
msgid "Unique among definitions of the same kind; lower-case letters, digits and `-`."
msgstr "在同一 kind 的定义中唯一；由小写字母、数字和 `-` 组成。"

#: Sources/KosDefinitions/Language.swift:273
msgid "Unique in the pack; findings are named `pack/rule`."
msgstr "在规则包内唯一；问题以 `pack/rule` 命名。"

#: Sources/KosDefinitions/Language.swift:62
msgid "Unique within the workflow; shown in `kos status` and the audit log."
msgstr "在工作流内唯一；显示在 `kos status` 和审计日志中。"

#: Sources/KosCLI/CalendarCommand.swift:89
msgid "Upcoming slots and what is booked into them."
msgstr "即将到来的档期及其预订。"

#: Sources/KosCLI/DraftCommands.swift:71
#: Sources/KosCLI/DraftCommands.swift:119
msgid "Upload media named outside the draft's folder (by default refused)."
msgstr "上传草稿文件夹之外的媒体文件（默认拒绝）。"

#. {0}: $0[0]
#: Sources/KosCLI/ParserText.swift:38
#, python-brace-format
msgid "Usage: {0}"
msgstr "用法：{0}"

#: Sources/KosCLI/DraftCommands.swift:65
msgid "Use this idempotency key instead of the content's hash."
msgstr "使用此幂等键，而不是内容哈希。"

#. {0}: field("next")
#: Sources/KosServer/ConsolePages.swift:299
#, python-brace-format
msgid "Use this rewording as revision {0}"
msgstr "采用此改写作为修订版 {0}"

#: Sources/kosd/Kosd.swift:102
msgid "Uses SQLite's online backup: the copy holds every committed transition, including those still in the             write-ahead log (a plain copy of kos.db without its -wal file misses them). Restore by stopping kosd and             putting the copy in the store's place. A PostgreSQL store is backed up with pg_dump or the server's own tools."
msgstr "使用 SQLite 的在线备份：副本包含每一次已提交的状态变更，包括仍在预写日志中的变更（直接复制 kos.db 而不带其 -wal 文件会漏掉这些变更）。恢复时先停止 kosd，再用副本替换原数据存储。PostgreSQL 数据存储请用 pg_dump 或数据库服务器自带的工具备份。"

#: Sources/kosd/Kosd.swift:41
msgid "Validate kosd.yaml, KOSD_* variables, flags and the workflows the daemon would load, then exit."
msgstr "校验 kosd.yaml、KOSD_* 变量、命令行选项以及守护进程将加载的工作流，然后退出。"

#: Sources/KosDefinitions/Language.swift:118
#: Sources/KosDefinitions/Language.swift:337
msgid "Variables the program gets besides PATH, LANG, LC_ALL and TZ; kosd's own environment, secrets included, is never passed on."
msgstr "除 PATH、LANG、LC_ALL 和 TZ 外传给程序的变量；kosd 自身的环境（包括其中的密钥）从不传递。"

#: Sources/KosCLI/AuditCommand.swift:9
msgid "Verify or export the audit log (admins)."
msgstr "校验或导出审计日志（管理员）。"

#: Sources/KosCLI/DeliveriesCommand.swift:32
msgid "WEBHOOK-ID"
msgstr "WEBHOOK-ID"

#: Sources/KosCLI/LibraryCommand.swift:22
msgid "WHAT"
msgstr "说明"

#: Sources/KosCLI/ReportCommand.swift:106
msgid "WHO"
msgstr "对象"

#: Sources/KosCLI/EndpointsCommand.swift:30
msgid "WHY"
msgstr "原因"

#: Sources/KosCore/RecurrenceRule.swift:120
msgid "WKST must be a weekday code (SU, MO, TU, WE, TH, FR, SA)"
msgstr "WKST 必须是星期代码（SU、MO、TU、WE、TH、FR、SA）"

#: Sources/KosCLI/DraftCommands.swift:385
#: Sources/KosCLI/ReportCommand.swift:97
msgid "WORKFLOW"
msgstr "工作流"

#: Sources/KosDefinitions/Language.swift:76
msgid "Wait before the second attempt; doubled each time after."
msgstr "第二次尝试前的等待时间；之后每次加倍。"

#: Sources/KosDefinitions/Language.swift:67
msgid "Wait for reviewers' decisions."
msgstr "等待审核人的决定。"

#: Sources/KosDefinitions/Language.swift:68
msgid "Wait for the next calendar slot or an embargo."
msgstr "等待下一个内容日历档期或禁发期结束。"

#: Sources/KosDefinitions/Language.swift:105
msgid "Wait until the embargoes of the draft's products lift (`true`: the workflow's calendar)."
msgstr "等待草稿中产品的禁发期结束（`true`：使用工作流的内容日历）。"

#: Sources/KosCLI/DraftCommands.swift:140
msgid "Wait up to this many seconds while the draft is being checked or published."
msgstr "草稿在检查或发布中时，最多等待的秒数。"

#: Sources/KosServer/ConsolePages.swift:227
msgid "Waiting for your decision"
msgstr "等待你的决定"

#: Sources/KosCLI/DeliveriesCommand.swift:8
msgid "Webhook deliveries: list, every attempt of one, replay dead letters."
msgstr "Webhook 投递：列表、单次投递的每次尝试、重发死信。"

#: Sources/KosCLI/CalendarCommand.swift:161
msgid "Wed"
msgstr "周三"

#: Sources/KosDefinitions/Language.swift:42
msgid "What becomes of an associate's posts when they leave (`kos people offboard`). Default: every one cancelled."
msgstr "店员离职时（`kos people offboard`）其帖子如何处理。默认：全部取消。"

#: Sources/KosDefinitions/Language.swift:146
#: Sources/KosDefinitions/Language.swift:305
msgid "What is counted."
msgstr "计数对象。"

#: Sources/KosDefinitions/Language.swift:16
msgid "What it is for, in a sentence a colleague understands."
msgstr "它的用途，用一句同事看得懂的话说明。"

#: Sources/KosDefinitions/Language.swift:198
msgid "What it shows."
msgstr "画面内容。"

#: Sources/KosDefinitions/Language.swift:315
msgid "What must then be present."
msgstr "此时必须出现的内容。"

#: Sources/KosDefinitions/Language.swift:35
msgid "What starts a run. Default: a draft submitted to this workflow."
msgstr "什么会启动一个流程。默认：提交到此工作流的草稿。"

#: Sources/KosCLI/DraftCommands.swift:279
msgid "What the author must change."
msgstr "作者必须修改的内容。"

#: Sources/KosDefinitions/JSONSchema.swift:20
#: Sources/KosDefinitions/Language.swift:14
msgid "What this document defines."
msgstr "此文档定义的内容。"

#: Sources/KosDefinitions/Language.swift:192
msgid "What to write there, shown in the starter draft."
msgstr "该处应写什么，显示在初始草稿中。"

#: Sources/KosServer/ConsolePages.swift:276
msgid "What was found in the pictures"
msgstr "图片中发现的问题"

#: Sources/KosDefinitions/Language.swift:253
msgid "When it stops applying by itself; kos validate warns a month ahead."
msgstr "自动失效的时间；kos validate 会提前一个月警告。"

#: Sources/KosDefinitions/Language.swift:125
msgid "When posts may go out."
msgstr "帖子可以发出的时间。"

#: Sources/KosDefinitions/Language.swift:159
msgid "When the embargo lifts, local date-time."
msgstr "禁发期结束的时间，本地日期时间。"

#: Sources/KosDefinitions/Language.swift:94
msgid "When the timeout passes: `expire`, `reject`, or `{escalate: GROUP}`."
msgstr "超时后：`expire`、`reject`，或 `{escalate: GROUP}`。"

#: Sources/KosCLI/PeopleCommand.swift:141
msgid "When they leave (RFC 3339, e.g. 2026-12-31T18:00:00+08:00); default now."
msgstr "离职时间（RFC 3339，例如 2026-12-31T18:00:00+08:00）；默认现在。"

#: Sources/KosCLI/DraftCommands.swift:137
msgid "Where a draft is in its workflow."
msgstr "查看草稿在其工作流中的进度。"

#: Sources/KosDefinitions/Language.swift:221
msgid "Where payloads are POSTed (https; http only for loopback)."
msgstr "载荷 POST 到的地址（https；仅回环地址可用 http）。"

#: Sources/KosCLI/LintCommand.swift:64
msgid "Where readings of pictures are kept, by SHA-256. Default: $XDG_CACHE_HOME/kos/readings."
msgstr "图片读取结果的保存位置，按 SHA-256 存放。默认：$XDG_CACHE_HOME/kos/readings。"

#: Sources/KosDefinitions/Language.swift:223
msgid "Where the signing secret is: `file:/path`, `env:NAME`, or `credential:NAME` (systemd LoadCredential). Never the secret itself."
msgstr "签名密钥所在的位置：`file:/path`、`env:NAME` 或 `credential:NAME`（systemd LoadCredential）。绝不能直接写密钥本身。"

#: Sources/KosDefinitions/Language.swift:278
msgid "Where to look."
msgstr "检查的位置。"

#: Sources/kosd/Options.swift:43
msgid "Whether workflows may run programs, on or off (kosd.yaml 'checks.programs'). Default: on."
msgstr "工作流是否可以运行程序，on 或 off（kosd.yaml 'checks.programs'）。默认：on。"

#: Sources/KosDefinitions/Language.swift:41
msgid "Which platform accounts its posts may go out on: `registered` — an account of the author's in the register for every platform the draft names; `company-owned` — and each one the company's."
msgstr "帖子可以从哪些平台账号发出：`registered`——草稿所列的每个平台都须是作者在账号登记表中的账号；`company-owned`——并且每个账号都属于公司。"

#: Sources/KosDefinitions/Language.swift:232
msgid "While rotating: where the old secret is. Both sign every delivery (two signatures) until this key is removed."
msgstr "轮换期间：旧密钥所在的位置。在删除此键之前，两个密钥都会为每次投递签名（两个签名）。"

#: Sources/KosDefinitions/Language.swift:252
msgid "Who answers for it (a person or a team)."
msgstr "谁对它负责（个人或团队）。"

#: Sources/KosCLI/PeopleCommand.swift:167
msgid "Who decides on their behalf meanwhile."
msgstr "期间由谁代为审批。"

#: Sources/KosDefinitions/Language.swift:87
msgid "Who may decide, by group (any of these)."
msgstr "谁可以决定（按分组，其中任一组即可）。"

#: Sources/KosDefinitions/Language.swift:86
msgid "Who may decide, by role."
msgstr "谁可以决定（按角色）。"

#: Sources/KosCLI/PeopleCommand.swift:140
msgid "Who takes over their posts and company-owned accounts."
msgstr "由谁接手其帖子和公司账号。"

#: Sources/KosDefinitions/Language.swift:160
msgid "Why, for reviewers."
msgstr "原因，供审核人参考。"

#: Sources/KosCLI/DraftCommands.swift:341
msgid "Why, for the audit log."
msgstr "原因，记入审计日志。"

#: Sources/KosDefinitions/Language.swift:251
msgid "Why, with the evidence (a certificate's number); shown to reviewers."
msgstr "理由及证据（如证书编号）；会显示给审核人。"

#: Sources/KosDefinitions/Language.swift:128
msgid "Windows in which nothing is published."
msgstr "不发布任何内容的时间段。"

#: Sources/KosCLI/DeliveriesCommand.swift:76
msgid "With --endpoint: created since this RFC 3339 time."
msgstr "与 --endpoint 一起使用：创建于此 RFC 3339 时间之后。"

#: Sources/KosCLI/DraftCommands.swift:339
msgid "Withdraw a draft that is not published yet."
msgstr "撤回尚未发布的草稿。"

#: Sources/KosDefinitions/Language.swift:203
msgid "Withdrawn: nothing made from it takes the fast lane any more, and posts made from it are held."
msgstr "已撤回：用它制作的内容不再走快速通道，用它制作的帖子会暂缓发布。"

#: Sources/KosCLI/DraftCommands.swift:13
msgid "Without --token the token is read from standard input, so it stays out of shell history: kos login --server unix:/run/kosd/kosd.sock < token.txt"
msgstr "不使用 --token 时，令牌从标准输入读取，这样不会留在 shell 历史中：kos login --server unix:/run/kosd/kosd.sock < token.txt"

#: Sources/kosd/Serve.swift:93
msgid "Worker processes (kosd.yaml 'workers'). Default: the number of cores."
msgstr "工作进程数（kosd.yaml 'workers'）。默认：CPU 核数。"

#: Sources/KosServer/ConsolePages.swift:228
msgid "Workflow"
msgstr "工作流"

#: Sources/KosCLI/LibraryCommand.swift:30
msgid "Write a draft made from a kit, its slots marked 【…】 for you to fill in: kos library use arco-autumn > look.md"
msgstr "输出一篇由素材包生成的草稿，填写位以【…】标出，供你填写：kos library use arco-autumn > look.md"

#: Sources/KosCLI/AuditCommand.swift:37
msgid "Write the audit log as JSON lines or CSV."
msgstr "以 JSON Lines 或 CSV 格式输出审计日志。"

#: Sources/KosServer/Console.swift:262
msgid "Write the draft as you would have it, or reject it with a reason instead."
msgstr "请写出你希望的草稿内容，或改为附理由驳回。"

#: Sources/KosServer/Console.swift:256
msgid "Write what the author should change: they read it beside the draft."
msgstr "请写明作者应修改什么：作者会在草稿旁看到。"

#: Sources/KosServer/ConsolePages.swift:259
msgid "You have no drafts yet: write one and send it with kos submit."
msgstr "你还没有草稿：写好一篇，然后用 kos submit 提交。"

#: Sources/KosServer/Console.swift:433
msgid "Your approval is recorded."
msgstr "你的批准已记录。"

#. {0}: t.revision
#: Sources/KosServer/Console.swift:184
#, python-brace-format
msgid "Your approval of revision {0} is recorded once; nothing more was recorded."
msgstr "你对修订版 {0} 的批准只记录一次；本次没有再记录。"

#. {0}: field("revision")
#: Sources/KosServer/ConsolePages.swift:290
#, python-brace-format
msgid "Your decision on revision {0}"
msgstr "你对修订版 {0} 的决定"

#: Sources/KosServer/Console.swift:92
#: Sources/KosServer/ConsolePages.swift:256
msgid "Your drafts"
msgstr "你的草稿"

#: Sources/KosServer/Console.swift:73
msgid "Your inbox opens now."
msgstr "正在打开你的待审列表。"

#: Sources/KosServer/Console.swift:434
msgid "Your rejection is recorded; the author sees your reason."
msgstr "你的驳回已记录；作者会看到你的理由。"

#: Sources/KosServer/Console.swift:435
msgid "Your request for changes is recorded; the author sees your reason and can take your rewording in one step."
msgstr "你的修改要求已记录；作者会看到你的理由，并可一步采用你的改写。"

#: Sources/KosCore/API.swift:474
msgid "Your role does not allow this"
msgstr "你的角色无权执行此操作"

#: Sources/KosDefinitions/Language.swift:275
msgid "`error` blocks, `warning` needs a reviewer's acknowledgment, `suggestion` informs."
msgstr "`error` 会拦截，`warning` 需要审核人确认，`suggestion` 仅作提示。"

#: Sources/KosDefinitions/Language.swift:44
msgid "`required`: an agency creator's draft names the platform's commercial-cooperation order (蒲公英, 星图) in `cooperation.order`, or is refused."
msgstr "`required`：机构创作者的草稿须在 `cooperation.order` 中写明平台的商业合作订单（蒲公英、星图），否则被拒绝。"

#: Sources/KosDefinitions/Language.swift:281
msgid "`shadow`: findings are reported (marked shadow) and never block, so compliance sees how often a new rule fires before it enforces it."
msgstr "`shadow`：问题会被报告（标记为影子模式）但不会拦截，合规专员可在正式执行新规则之前看到它触发的频率。"

#: Sources/KosDefinitions/Language.swift:102
msgid "`true` for the workflow's calendar, or a Calendar id."
msgstr "`true` 表示工作流的内容日历，或填写一个 Calendar id。"

#: Sources/KosDelivery/NetworkGuard.swift:13
msgid "a 'this network' address (0.0.0.0/8)"
msgstr "「本网络」地址（0.0.0.0/8）"

#: Sources/KosDelivery/NetworkGuard.swift:44
msgid "a 6to4 address (2002::/16)"
msgstr "6to4 地址（2002::/16）"

#: Sources/KosDelivery/NetworkGuard.swift:22
msgid "a 6to4 relay address (192.88.99.0/24)"
msgstr "6to4 中继地址（192.88.99.0/24）"

#: Sources/KosCore/MediaKind.swift:145
msgid "a GIF cut short"
msgstr "被截断的 GIF"

#: Sources/KosCore/MediaKind.swift:148
msgid "a GIF cut short (no trailer)"
msgstr "被截断的 GIF（没有结尾标记）"

#: Sources/KosCore/MediaKind.swift:147
msgid "a GIF of zero size"
msgstr "尺寸为零的 GIF"

#: Sources/KosCore/MediaKind.swift:125
msgid "a JPEG cut short"
msgstr "被截断的 JPEG"

#: Sources/KosCore/MediaKind.swift:134
msgid "a JPEG cut short (no end-of-image marker)"
msgstr "被截断的 JPEG（没有图像结束标记）"

#: Sources/KosCore/MediaKind.swift:130
msgid "a JPEG of zero size"
msgstr "尺寸为零的 JPEG"

#: Sources/KosCore/MediaKind.swift:120
msgid "a JPEG whose segments do not follow each other"
msgstr "各段不相衔接的 JPEG"

#: Sources/KosCore/MediaKind.swift:128
msgid "a JPEG with a broken frame header"
msgstr "帧头损坏的 JPEG"

#: Sources/KosCore/MediaKind.swift:141
msgid "a JPEG without a frame header"
msgstr "没有帧头的 JPEG"

#: Sources/KosDelivery/NetworkGuard.swift:40
msgid "a NAT64 address (64:ff9b::/96)"
msgstr "NAT64 地址（64:ff9b::/96）"

#: Sources/KosCore/MediaKind.swift:101
msgid "a PNG cut short (no IEND)"
msgstr "被截断的 PNG（没有 IEND）"

#: Sources/KosCore/MediaKind.swift:100
msgid "a PNG of zero size"
msgstr "尺寸为零的 PNG"

#: Sources/KosCore/MediaKind.swift:98
msgid "a PNG whose header is damaged (CRC)"
msgstr "文件头已损坏的 PNG（CRC 不符）"

#: Sources/KosCore/MediaKind.swift:97
msgid "a PNG without its IHDR header"
msgstr "缺少 IHDR 头的 PNG"

#: Sources/KosDefinitions/DaemonConfig.swift:60
msgid "a PostgreSQL store is postgres://USER@HOST[:PORT]/DATABASE (the password in a file: ?password_file=PATH, or PGPASSFILE)"
msgstr "PostgreSQL 数据库的写法是 postgres://USER@HOST[:PORT]/DATABASE（密码放在文件中：?password_file=PATH，或使用 PGPASSFILE）"

#: Sources/KosDelivery/NetworkGuard.swift:43
msgid "a Teredo address (2001::/32)"
msgstr "Teredo 地址（2001::/32）"

#: Sources/KosDefinitions/Shape.swift:115
msgid "a URL"
msgstr "合法的 URL"

#: Sources/KosDefinitions/ShapeValidator.swift:266
msgid "a URL must not carry credentials; use the endpoint's secret"
msgstr "URL 中不得带有凭据；请使用端点的密钥"

#: Sources/KosCore/MediaKind.swift:184
msgid "a WebP cut short"
msgstr "被截断的 WebP"

#: Sources/KosCore/MediaKind.swift:201
msgid "a WebP of zero size"
msgstr "尺寸为零的 WebP"

#: Sources/KosCore/MediaKind.swift:199
msgid "a WebP whose image data is not VP8, VP8L or VP8X"
msgstr "图像数据不是 VP8、VP8L 或 VP8X 的 WebP"

#: Sources/KosDelivery/NetworkGuard.swift:23
msgid "a benchmarking address (198.18.0.0/15)"
msgstr "基准测试地址（198.18.0.0/15）"

#: Sources/KosYAML/YAMLNode.swift:56
msgid "a boolean"
msgstr "布尔值"

#: Sources/KosDefinitions/Decoder.swift:266
msgid "a cap's window must be longer than 0s"
msgstr "上限的时间窗口必须长于 0s"

#: Sources/KosDelivery/NetworkGuard.swift:16
msgid "a carrier-grade NAT address (100.64.0.0/10)"
msgstr "运营商级 NAT 地址（100.64.0.0/10）"

#: Sources/KosDefinitions/Decoder.swift:331
msgid "a claim rule needs 'terms', 'families' or both"
msgstr "claim 规则需要 'terms'、'families' 或两者都有"

#: Sources/KosDefinitions/Shape.swift:114
msgid "a condition"
msgstr "条件"

#: Sources/KosDefinitions/Shape.swift:112
msgid "a cron expression"
msgstr "合法的 cron 表达式"

#. {0}: fields.count
#: Sources/KosCore/CronExpression.swift:100
#, python-brace-format
msgid "a cron expression has 5 fields (minute hour day month weekday) or 6 with seconds first; found {0}"
msgstr "cron 表达式有 5 个字段（分 时 日 月 星期），或在最前面加上秒共 6 个；这里有 {0} 个"

#. {0}: draftID
#: Sources/KosServer/APIService.swift:274
#, python-brace-format
msgid "a decision names the revision and contentHash it was made on, as GET /v1/drafts/{0} showed them"
msgstr "决定须注明所依据的 revision 和 contentHash，即 GET /v1/drafts/{0} 显示的值"

#. {0}: root.kindName
#: Sources/KosDefinitions/DefinitionLoader.swift:149
#, python-brace-format
msgid "a definition must be a mapping with apiVersion, kind and id, not {0}"
msgstr "定义必须是包含 apiVersion、kind 和 id 的映射，而不是{0}"

#: Sources/KosStore/StoreRules.swift:41
msgid "a delivery succeeded"
msgstr "一次投递成功"

#: Sources/KosDelivery/NetworkGuard.swift:41
msgid "a discard-only address (100::/64)"
msgstr "仅丢弃地址（100::/64）"

#: Sources/KosDelivery/NetworkGuard.swift:21
msgid "a documentation address (192.0.2.0/24)"
msgstr "文档示例地址（192.0.2.0/24）"

#: Sources/KosDelivery/NetworkGuard.swift:24
msgid "a documentation address (198.51.100.0/24)"
msgstr "文档示例地址（198.51.100.0/24）"

#: Sources/KosDelivery/NetworkGuard.swift:42
msgid "a documentation address (2001:db8::/32)"
msgstr "文档示例地址（2001:db8::/32）"

#: Sources/KosDelivery/NetworkGuard.swift:25
msgid "a documentation address (203.0.113.0/24)"
msgstr "文档示例地址（203.0.113.0/24）"

#. {0}: parser.maxBytes >> 20
#: Sources/KosServer/APIService.swift:610
#, python-brace-format
msgid "a draft is at most {0} MiB"
msgstr "草稿最大为 {0} MiB"

#: Sources/KosDefinitions/Shape.swift:110
msgid "a duration such as 15s, 24h or 7d"
msgstr "时长（如 15s、24h 或 7d）"

#: Sources/KosServer/Console.swift:398
msgid "a form is at most 1 MiB"
msgstr "表单最大为 1 MiB"

#: Sources/KosDefinitions/Decoder.swift:319
msgid "a length rule needs 'min', 'max' or both"
msgstr "length 规则需要 'min'、'max' 或两者都有"

#: Sources/KosDelivery/NetworkGuard.swift:17
msgid "a link-local address (169.254.0.0/16, where cloud metadata services answer)"
msgstr "链路本地地址（169.254.0.0/16，云元数据服务在此应答）"

#: Sources/KosDelivery/NetworkGuard.swift:46
msgid "a link-local address (fe80::/10)"
msgstr "链路本地地址（fe80::/10）"

#: Sources/KosDefinitions/Shape.swift:126
#: Sources/KosYAML/YAMLNode.swift:51
msgid "a list"
msgstr "列表"

#: Sources/KosDefinitions/Shape.swift:119
msgid "a local date such as 2026-12-25, or a date-time such as 2026-12-25T20:00"
msgstr "本地日期（如 2026-12-25）或日期时间（如 2026-12-25T20:00）"

#: Sources/KosDefinitions/Shape.swift:118
msgid "a local date-time such as 2026-12-01T10:00"
msgstr "本地日期时间（如 2026-12-01T10:00）"

#: Sources/KosDelivery/NetworkGuard.swift:15
msgid "a loopback address (127.0.0.0/8)"
msgstr "回环地址（127.0.0.0/8）"

#: Sources/KosDefinitions/Shape.swift:127
#: Sources/KosYAML/YAMLNode.swift:52
msgid "a mapping"
msgstr "映射"

#: Sources/KosRules/ClaimGrammar.swift:301
msgid "a measured quantity before 最 (年龄最大, 差距最大): a fact, not a claim"
msgstr "「最」前面是可测量的量（年龄最大、差距最大）：陈述事实，不是宣称"

#: Sources/KosServer/APIService.swift:667
msgid "a media link is /v1/media/{sha256}?expires={unix seconds}&sig={signature}, as payloads carry it"
msgstr "媒体链接的格式为 /v1/media/{sha256}?expires={unix seconds}&sig={signature}，与载荷中携带的一致"

#: Sources/KosDefinitions/Decoder.swift:340
msgid "a message needs its text: give 'zh', 'en' or both"
msgstr "消息需要有文本：请给出 'zh'、'en' 或两者"

#: Sources/KosDelivery/NetworkGuard.swift:26
msgid "a multicast address (224.0.0.0/4)"
msgstr "组播地址（224.0.0.0/4）"

#: Sources/KosDelivery/NetworkGuard.swift:48
msgid "a multicast address (ff00::/8)"
msgstr "组播地址（ff00::/8）"

#: Sources/KosYAML/YAMLNode.swift:58
msgid "a number"
msgstr "数字"

#: Sources/KosCLI/CalendarCommand.swift:73
msgid "a period is at most three years"
msgstr "时段最长为三年"

#: Sources/KosDelivery/NetworkGuard.swift:14
msgid "a private address (10.0.0.0/8)"
msgstr "私有地址（10.0.0.0/8）"

#: Sources/KosDelivery/NetworkGuard.swift:18
msgid "a private address (172.16.0.0/12)"
msgstr "私有地址（172.16.0.0/12）"

#: Sources/KosDelivery/NetworkGuard.swift:19
msgid "a private address (192.168.0.0/16)"
msgstr "私有地址（192.168.0.0/16）"

#: Sources/KosEngine/Worker.swift:88
msgid "a program"
msgstr "某个程序"

#: Sources/KosCore/Directory.swift:227
msgid "a quote inside an unquoted cell (quote the whole cell and double the quote)"
msgstr "未加引号的单元格里出现了引号（请给整个单元格加上引号，并把其中的引号写两遍）"

#: Sources/KosCore/Directory.swift:240
msgid "a quoted cell is never closed"
msgstr "加了引号的单元格没有结束引号"

#: Sources/KosRules/ClaimGrammar.swift:449
msgid "a ranking word before 第一 makes it a rank"
msgstr "「第一」前面的排名用语使它成为排名"

#: Sources/KosDefinitions/Shape.swift:117
msgid "a rate such as 50/s"
msgstr "速率（如 50/s）"

#: Sources/KosDefinitions/Shape.swift:113
msgid "a recurrence rule"
msgstr "重复规则"

#: Sources/KosServer/APIService.swift:264
msgid "a rejection needs a reason the author can act on (--reason)"
msgstr "驳回需要附上作者可据以修改的理由（--reason）"

#: Sources/KosServer/APIService.swift:458
msgid "a report covers at most 366 days"
msgstr "报告最多覆盖 366 天"

#. {0}: maxBody >> 20
#: Sources/KosServer/ConnectionGuard.swift:270
#: Sources/KosServer/HTTPServer.swift:281
#, python-brace-format
msgid "a request body is at most {0} MiB"
msgstr "请求体最大为 {0} MiB"

#: Sources/KosDefinitions/Decoder.swift:327
msgid "a required rule needs 'terms' or 'pattern'"
msgstr "required 规则需要 'terms' 或 'pattern'"

#: Sources/KosDelivery/NetworkGuard.swift:27
msgid "a reserved address (240.0.0.0/4, broadcast)"
msgstr "保留地址（240.0.0.0/4，广播）"

#: Sources/KosDefinitions/Shape.swift:116
msgid "a secret reference (file:, env: or credential:)"
msgstr "密钥引用（file:、env: 或 credential:）"

#: Sources/KosTemplates/PayloadTemplate.swift:36
msgid "a section is closed with a different name than it was opened with"
msgstr "某个区块关闭时用的名称与打开时不同"

#: Sources/KosTemplates/PayloadTemplate.swift:38
msgid "a section is opened but never closed"
msgstr "某个区块打开后没有关闭"

#: Sources/KosDefinitions/DaemonConfig.swift:168
msgid "a setting's name is a plain word"
msgstr "设置项的名称必须是普通单词"

#: Sources/KosDelivery/NetworkGuard.swift:47
msgid "a site-local address (fec0::/10)"
msgstr "站点本地地址（fec0::/10）"

#: Sources/KosDefinitions/Shape.swift:121
#: Sources/KosYAML/YAMLNode.swift:59
msgid "a string"
msgstr "字符串"

#: Sources/KosDefinitions/Decoder.swift:335
msgid "a substitution rule needs at least one pair in 'swap'"
msgstr "substitution 规则的 'swap' 中至少需要一对替换"

#: Sources/KosServer/APIService.swift:269
msgid "a suggested rewording goes with a rejection that requests changes, not an approval"
msgstr "建议的改写只能随要求修改的驳回一起提交，不能随批准提交"

#. {0}: rule
#: Sources/KosRules/Linter.swift:291
#, python-brace-format
msgid "a suppression needs a reason a reviewer can read: <!-- kos-allow {0}: why this is not a claim -->"
msgstr "豁免需要写明审核人看得懂的理由：<!-- kos-allow {0}: 为什么这不是宣称 -->"

#: Sources/KosTemplates/PayloadTemplate.swift:37
msgid "a tag is not closed with }}"
msgstr "某个标签没有用 }} 关闭"

#: Sources/KosTemplates/PayloadTemplate.swift:40
msgid "a transform cannot apply to an inherited section"
msgstr "变换不能用于继承的区块"

#: Sources/KosDelivery/NetworkGuard.swift:45
msgid "a unique local address (fc00::/7)"
msgstr "唯一本地地址（fc00::/7）"

#. {0}: type
#: Sources/KosCore/MediaKind.swift:218
#: Sources/KosCore/MediaKind.swift:223
#, python-brace-format
msgid "a video cut short (box '{0}')"
msgstr "被截断的视频（box '{0}'）"

#: Sources/KosCore/MediaKind.swift:227
msgid "a video without its 'moov' box"
msgstr "缺少 'moov' box 的视频"

#: Sources/KosEngine/Daemon/Supervisor.swift:206
msgid "a worker ran it past its budget"
msgstr "某个工作进程运行它超出了时间预算"

#. {0}: tagged.name | object.name
#. {1}: node.kindName
#: Sources/KosDefinitions/ShapeValidator.swift:90
#: Sources/KosDefinitions/ShapeValidator.swift:135
#, python-brace-format
msgid "a {0} must be a mapping, not {1}"
msgstr "{0} 必须是映射，而不是{1}"

#. {0}: tagged.name
#. {1}: tagged.discriminator
#: Sources/KosDefinitions/ShapeValidator.swift:94
#, python-brace-format
msgid "a {0} needs '{1}'"
msgstr "{0} 需要 '{1}'"

#. {0}: object.name
#. {1}: object.exactlyOneOf.joined(separator: ", ")
#: Sources/KosDefinitions/ShapeValidator.swift:160
#, python-brace-format
msgid "a {0} needs one of: {1}"
msgstr "{0} 需要以下之一：{1}"

#. {0}: object.name
#. {1}: object.exactlyOneOf.joined(separator: ", ")
#. {2}: given[0]
#: Sources/KosDefinitions/ShapeValidator.swift:163
#, python-brace-format
msgid "a {0} takes only one of {1}; '{2}' is already given"
msgstr "{0} 只能有 {1} 中的一个；已经给出了 '{2}'"

#: Sources/KosTemplates/PayloadTemplate.swift:43
msgid "a {{% ... }} line is malformed"
msgstr "某个 {{% ... }} 行格式不正确"

#. {0}: trimmed | id
#: Sources/KosCore/Directory.swift:33
#: Sources/KosServer/APIService+People.swift:159
#, python-brace-format
msgid "account '{0}' is not platform:handle (e.g. xiaohongshu:lina.sh)"
msgstr "账号 '{0}' 不是 platform:handle 格式（例如 xiaohongshu:lina.sh）"

#. {0}: trimmed
#: Sources/KosCore/Directory.swift:40
#, python-brace-format
msgid "account '{0}': a handle is 1 to 64 characters without spaces, commas, semicolons, colons or brackets"
msgstr "账号 '{0}'：账号名为 1 到 64 个字符，不能含空格、逗号、分号、冒号或括号"

#. {0}: trimmed
#. {1}: platform
#. {2}: Platform.allCases.map(\.rawValue).joined(separator: ", ")
#: Sources/KosCore/Directory.swift:37
#, python-brace-format
msgid "account '{0}': unknown platform '{1}' (one of {2})"
msgstr "账号 '{0}'：未知平台 '{1}'（应为 {2} 之一）"

#. {0}: id
#: Sources/KosServer/APIService+People.swift:161
#, python-brace-format
msgid "account {0} is not in the register; an admin adds it with 'kos people import'"
msgstr "账号 {0} 不在账号登记表中；管理员可用 'kos people import' 添加"

#. {0}: id
#. {1}: platform
#: Sources/KosServer/APIService+People.swift:163
#, python-brace-format
msgid "account {0} is on {1}, which the draft's platforms do not name"
msgstr "账号 {0} 属于 {1}，但草稿的 platforms 中没有这个平台"

#. {0}: id
#. {1}: account.operatorID
#: Sources/KosServer/APIService+People.swift:162
#, python-brace-format
msgid "account {0} is operated by {1}, not by you"
msgstr "账号 {0} 由 {1} 运营，不是你"

#. {0}: a.id
#: Sources/KosCLI/PeopleCommand.swift:50
#, python-brace-format
msgid "account {0}: company-owned"
msgstr "账号 {0}：公司所有"

#. {0}: a.id
#: Sources/KosCLI/PeopleCommand.swift:51
#, python-brace-format
msgid "account {0}: employee-owned"
msgstr "账号 {0}：员工个人所有"

#. {0}: a.id
#. {1}: a.ownership
#: Sources/KosCLI/PeopleCommand.swift:52
#, python-brace-format
msgid "account {0}: {1}-owned"
msgstr "账号 {0}：归属 {1}"

#: Sources/KosCLI/PeopleCommand.swift:25
msgid "active"
msgstr "在职"

#. {0}: result.added
#. {1}: result.updated
#. {2}: result.unchanged
#: Sources/KosCLI/PeopleCommand.swift:105
#, python-brace-format
msgid "added {0}, updated {1}, unchanged {2}"
msgstr "新增 {0}，更新 {1}，未变 {2}"

#. {0}: NetworkGuard.text(ipv4: a) | NetworkGuard.text(ipv6: bytes)
#. {1}: $0
#: Sources/KosDelivery/CurlExchange.swift:185
#: Sources/KosDelivery/CurlExchange.swift:187
#, python-brace-format
msgctxt "address"
msgid "{0} is {1}"
msgstr "{0} 是{1}"

#: Sources/KosCLI/Client/ClientOptions.swift:201
#: Sources/KosServer/ConsolePages.swift:192
msgid "admin"
msgstr "管理员"

#. {0}: name
#: Sources/KosYAML/YAMLLoader.swift:254
#, python-brace-format
msgid "alias '*{0}' refers to no anchor defined before it"
msgstr "别名 '*{0}' 引用的锚点在它之前没有定义"

#: Sources/KosServer/ConsolePages.swift:229
msgid "all"
msgstr "全部"

#. {0}: who
#: Sources/KosServer/APIService.swift:799
#, python-brace-format
msgid "all of {0}"
msgstr "{0}中的所有人"

#. {0}: d.id
#. {1}: Table.stateName(d.state)
#: Sources/KosCLI/DraftCommands.swift:105
#, python-brace-format
msgid "already submitted as {0} (the same file): {1}"
msgstr "已作为 {0} 提交过（同一文件）：{1}"

#: Sources/KosDefinitions/Shape.swift:111
msgid "an IANA time zone such as Asia/Shanghai"
msgstr "合法的 IANA 时区（如 Asia/Shanghai）"

#: Sources/KosDelivery/NetworkGuard.swift:20
msgid "an IETF protocol address (192.0.0.0/24)"
msgstr "IETF 协议地址（192.0.0.0/24）"

#: Sources/KosDelivery/NetworkGuard.swift:39
msgid "an IPv4-compatible IPv6 address (::/96)"
msgstr "IPv4 兼容的 IPv6 地址（::/96）"

#. {0}: a[12]
#. {1}: a[13]
#. {2}: a[14]
#. {3}: a[15]
#: Sources/KosDelivery/NetworkGuard.swift:37
#, python-brace-format
msgid "an IPv4-mapped IPv6 address (::ffff:{0}.{1}.{2}.{3})"
msgstr "IPv4 映射的 IPv6 地址（::ffff:{0}.{1}.{2}.{3}）"

#: Sources/KosServer/APIService+People.swift:101
msgid "an absence is at most a year; offboard someone who leaves"
msgstr "外出最长一年；离开的人请办理离职交接"

#: Sources/KosServer/APIService+People.swift:139
msgid "an agency creator's post names its collaboration: cooperation: {model: product-seeding | pay-per-sale | pay-per-click | flat-rate}"
msgstr "机构创作者的帖子须注明合作方式：cooperation: {model: product-seeding | pay-per-sale | pay-per-click | flat-rate}"

#. {0}: error
#: Sources/KosCLI/Client/APIClient.swift:96
#, python-brace-format
msgid "an answer this kos does not understand ({0}); are kos and kosd the same version?"
msgstr "收到此 kos 无法理解的应答（{0}）；kos 与 kosd 的版本是否一致？"

#: Sources/KosDefinitions/DefinitionLoader.swift:372
msgid "an endpoint cannot alert itself: when it is disabled, nothing reaches it; name another endpoint"
msgstr "端点不能向自己告警：它被停用后，什么也送不到它那里；请指定另一个端点"

#: Sources/KosDefinitions/Decoder.swift:355
msgid "an exception needs a reason a reviewer can check (a certificate, a licence)"
msgstr "例外需要写明审核人可以核实的理由（证书、许可证）"

#: Sources/KosDefinitions/Shape.swift:120
msgid "an identifier"
msgstr "标识符"

#: Sources/KosRules/ClaimGrammar.swift:305
msgid "an impression of the writer's own, not a claim about the product"
msgstr "作者自己的印象，不是对产品的宣称"

#: Sources/KosTemplates/PayloadTemplate.swift:41
msgid "an inherited section holds something it may not"
msgstr "继承的区块中含有不允许的内容"

#: Sources/KosTemplates/PayloadTemplate.swift:42
msgid "an inherited section holds text"
msgstr "继承的区块中含有文本"

#: Sources/KosDefinitions/Shape.swift:123
#: Sources/KosYAML/YAMLNode.swift:57
msgid "an integer"
msgstr "整数"

#. {0}: what
#: Sources/KosDefinitions/ShapeValidator.swift:73
#, python-brace-format
msgid "an item of {0}"
msgstr "{0} 中的一项"

#: Sources/KosDefinitions/Decoder.swift:319
msgid "an occurrence rule needs 'min', 'max' or both"
msgstr "occurrence 规则需要 'min'、'max' 或两者都有"

#: Sources/KosServer/APIService+People.swift:66
msgid "another admin offboards you; nobody offboards themselves"
msgstr "你的离职交接须由另一位管理员办理；任何人都不能为自己办理"

#: Sources/KosCLI/CalendarCommand.swift:134
msgid "any"
msgstr "任意"

#. {0}: who
#: Sources/KosServer/APIService.swift:798
#, python-brace-format
msgid "any one of {0}"
msgstr "{0}中的任意一位"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:111
#, python-brace-format
msgid "api.header_timeout is a duration from 100ms to 10m, e.g. 10s, not '{0}'"
msgstr "api.header_timeout 应为 100ms 到 10m 之间的时长，如 10s，而不是 '{0}'"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:114
#, python-brace-format
msgid "api.idle_timeout is a duration from 100ms to 1h, e.g. 60s, not '{0}'"
msgstr "api.idle_timeout 应为 100ms 到 1h 之间的时长，如 60s，而不是 '{0}'"

#. {0}: listen
#: Sources/kosd/Serve.swift:205
#, python-brace-format
msgid "api.listen {0} is not a loopback address and the API speaks plain HTTP: bearer tokens cross the network readable; serve it on loopback behind a TLS-terminating proxy (deploy/MULTI-HOST.md)"
msgstr "api.listen {0} 不是回环地址，而 API 使用明文 HTTP：持有者令牌会以可读形式在网络上传输；请只在回环地址上提供 API，并置于终止 TLS 的代理之后（见 deploy/MULTI-HOST.md）"

#. {0}: listen
#: Sources/kosd/Kosd.swift:69
#, python-brace-format
msgid "api.listen {0} is not a loopback address and the API speaks plain HTTP; serve it on loopback behind a TLS-terminating proxy"
msgstr "api.listen {0} 不是回环地址，而 API 使用明文 HTTP；请只在回环地址上提供 API，并置于终止 TLS 的代理之后"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:108
#, python-brace-format
msgid "api.max_connections is a whole number from 16 to 1000000, not '{0}'"
msgstr "api.max_connections 应为 16 到 1000000 之间的整数，而不是 '{0}'"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:119
#, python-brace-format
msgid "api.public_url is where gateways and reviewers reach kosd, like https://kos.example.com (media and console links start with it), not '{0}'"
msgstr "api.public_url 是网关和审核人访问 kosd 的地址，如 https://kos.example.com（媒体链接和审核台链接都以它开头），而不是 '{0}'"

#. {0}: text
#. {1}: Language.apiVersion
#: Sources/KosDefinitions/ShapeValidator.swift:174
#, python-brace-format
msgid "apiVersion '{0}' is not supported; use {1}"
msgstr "不支持 apiVersion '{0}'；请使用 {1}"

#: Sources/KosDefinitions/Language.swift:96
msgid "approval notification"
msgstr "审批通知"

#: Sources/KosCLI/ReportCommand.swift:96
msgid "approval stages:"
msgstr "审批阶段："

#: Sources/KosDefinitions/Language.swift:85
msgid "approval step"
msgstr "审批步骤"

#: Sources/KosCLI/Client/ClientOptions.swift:178
msgid "approved"
msgstr "已批准"

#. {0}: when(askedAt)
#: Sources/KosEngine/Worker+Slots.swift:49
#, python-brace-format
msgid "approved after the slot it asked for, {0}"
msgstr "在所申请的档期 {0} 之后才获批准"

#. {0}: draftID
#: Sources/KosServer/APIService.swift:342
#, python-brace-format
msgid "approved in full: it goes on to be scheduled and published (kos status {0} shows when)"
msgstr "已全部批准：接下来将排期并发布（kos status {0} 可查看时间）"

#: Sources/KosServer/APIService.swift:346
msgid "approved in full: that was the workflow's last step"
msgstr "已全部批准：这是工作流的最后一步"

#: Sources/KosServer/APIService.swift:346
msgid "approved in full: the workflow's remaining steps run now"
msgstr "已全部批准：工作流的其余步骤现在开始运行"

#. {0}: draft.id
#. {1}: revision
#. {2}: $0
#: Sources/KosCLI/DraftCommands.swift:270
#, python-brace-format
msgid "approved {0} revision {1}. {2}"
msgstr "已批准 {0} 修订版 {1}。{2}"

#. {0}: draft.id
#. {1}: revision
#. {2}: state
#: Sources/KosCLI/DraftCommands.swift:270
#, python-brace-format
msgid "approved {0} revision {1}; now {2}"
msgstr "已批准 {0} 修订版 {1}；当前状态：{2}"

#: Sources/KosServer/APIService.swift:259
msgid "approving and rejecting need the reviewer or admin role"
msgstr "批准和驳回需要审核人或管理员角色"

#: Sources/KosServer/APIService.swift:512
msgid "associates see their own bookings only"
msgstr "店员只能查看自己的预订"

#. {0}: s.maxConnections
#. {1}: s.headerTimeout
#. {2}: s.idleTimeout
#: Sources/kosd/Kosd.swift:76
#, python-brace-format
msgid "at most {0}, header timeout {1}, idle timeout {2}"
msgstr "最多 {0} 个，请求头超时 {1}，空闲超时 {2}"

#. {0}: x
#. {1}: y
#. {2}: width
#. {3}: height
#: Sources/KosCore/Draft.swift:108
#, python-brace-format
msgid "at {0},{1} {2}×{3}"
msgstr "位于 {0},{1}，{2}×{3}"

#. {0}: seq
#. {1}: reason
#: Sources/KosStore/Store.swift:1009
#, python-brace-format
msgid "audit entry {0}: {1}"
msgstr "审计条目 {0}：{1}"

#: Sources/KosCLI/Client/ClientOptions.swift:172
#: Sources/KosServer/Console.swift:446
msgid "awaiting-approval"
msgstr "待审批"

#. {0}: Table.local($0)
#. {1}: p.delegate ?? "?"
#: Sources/KosCLI/PeopleCommand.swift:25
#, python-brace-format
msgid "away until {0} → {1}"
msgstr "外出至 {0} → {1}"

#. {0}: API.timestamp(until)
#: Sources/KosStore/StoreRules+Directory.swift:39
#, python-brace-format
msgid "away until {0}; nobody decides on their behalf"
msgstr "外出至 {0}；无人代为审批"

#. {0}: until | API.timestamp(until)
#. {1}: p.delegate ?? "?" | $0
#: Sources/KosCLI/PeopleCommand.swift:55
#: Sources/KosStore/StoreRules+Directory.swift:38
#, python-brace-format
msgid "away until {0}; {1} decides on their behalf"
msgstr "外出至 {0}；由 {1} 代为审批"

#: Sources/KosStore/StoreRules+Directory.swift:37
msgid "back: decides their own approvals again"
msgstr "已返回：重新自行审批"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:87
#, python-brace-format
msgid "batch_size is a whole number from 1 to 256, not '{0}'"
msgstr "batch_size 应为 1 到 256 之间的整数，而不是 '{0}'"

#: Sources/KosServer/ConsoleHealth.swift:59
msgid "being retried"
msgstr "重试中"

#: Sources/KosDefinitions/Language.swift:151
msgid "blackout"
msgstr "静默期"

#. {0}: to
#. {1}: from
#: Sources/KosDefinitions/Decoder.swift:256
#, python-brace-format
msgid "blackout ends ({0}) before it starts ({1})"
msgstr "静默期的结束时间（{0}）早于开始时间（{1}）"

#. {0}: $0 | blackout
#: Sources/KosCLI/CalendarCommand.swift:133
#: Sources/KosSchedule/SlotPlanner.swift:150
#, python-brace-format
msgid "blackout: {0}"
msgstr "静默期：{0}"

#: Sources/KosYAML/YAMLLoader.swift:117
msgid "block sequence entries are not allowed in this context"
msgstr "此处不允许块序列条目"

#: Sources/KosCLI/Client/ClientOptions.swift:176
#: Sources/KosServer/Console.swift:450
msgid "blocked"
msgstr "已拦截"

#: Sources/KosCLI/Client/ClientOptions.swift:187
#: Sources/KosEngine/Worker+Slots.swift:107
msgid "booked"
msgstr "已预订"

#. {0}: when(choice.slot.at)
#: Sources/KosEngine/Worker+Slots.swift:91
#, python-brace-format
msgid "booked into the slot of {0}"
msgstr "已预订 {0} 的档期"

#. {0}: when(booking.slotAt / 1000) | when(choice.slot.at)
#. {1}: LocalTime.format(schedule.clock.local(booking.fireAt / 1000)) | LocalTime.format(schedule.clock.local(choice.fireAtMillis / 1000))
#: Sources/KosEngine/Worker+Slots.swift:32
#: Sources/KosEngine/Worker+Slots.swift:90
#, python-brace-format
msgid "booked into the slot of {0}, goes out at {1}"
msgstr "已预订 {0} 的档期，将于 {1} 发出"

#. {0}: id
#: Sources/KosStore/PostgresStore+Slots.swift:105
#: Sources/KosStore/SQLiteStore+Slots.swift:80
#, python-brace-format
msgid "booking {0}"
msgstr "档期预订 {0}"

#. {0}: error.description
#: Sources/KosCLI/CalendarCommand.swift:117
#, python-brace-format
msgid "bookings not shown: {0}"
msgstr "未显示预订：{0}"

#: Sources/KosCLI/AuditCommand.swift:28
msgid "broken"
msgstr "已损坏"

#. {0}: s.checkBudget
#. {1}: s.programs ? "on" : "off"
#: Sources/kosd/Kosd.swift:75
#, python-brace-format
msgid "budget {0} per draft, programs {1}"
msgstr "每篇草稿检查时限 {0}，外部程序 {1}"

#: Sources/KosEngine/Steps/PublishRunner.swift:53
msgid "by an admin"
msgstr "由管理员操作"

#: Sources/KosCLI/ReportCommand.swift:105
msgid "cadence against caps (name order):"
msgstr "对照上限的发布节奏（按名称排序）："

#: Sources/KosDefinitions/Language.swift:136
msgctxt "calendar"
msgid "slot"
msgstr "档期"

#. {0}: calendarID
#. {1}: id
#: Sources/KosDefinitions/DefinitionLoader.swift:363
#, python-brace-format
msgid "calendar {0} has no slot '{1}'"
msgstr "内容日历 {0} 中没有档期 '{1}'"

#. {0}: calendarID
#. {1}: id
#: Sources/KosDefinitions/DefinitionLoader.swift:362
#, python-brace-format
msgid "calendar {0} has no slot '{1}' (its slots have no 'id')"
msgstr "内容日历 {0} 中没有档期 '{1}'（它的档期都没有 'id'）"

#: Sources/KosDefinitions/DefinitionLoader.swift:355
msgid "calendar_slots needs the kit's 'workflow', with a 'calendar'"
msgstr "calendar_slots 需要素材包设置 'workflow'，且该工作流设置了 'calendar'"

#. {0}: key
#: Sources/KosSchedule/SlotPlanner.swift:95
#, python-brace-format
msgid "campaign {0}"
msgstr "活动 {0}"

#. {0}: error
#: Sources/KosCLI/Client/APIClient.swift:80
#, python-brace-format
msgid "cannot encode the request: {0}"
msgstr "无法编码请求：{0}"

#. {0}: url
#. {1}: detail
#: Sources/KosCLI/Client/APIClient.swift:134
#, python-brace-format
msgid "cannot reach kosd at {0}: is `kosd serve` running there, and is the address right (--server, KOS_SERVER)? ({1})"
msgstr "无法连接 {0} 上的 kosd：那里是否在运行 `kosd serve`，地址是否正确（--server, KOS_SERVER）？（{1}）"

#: Sources/KosDefinitions/DaemonConfig.swift:136
msgid "cannot read the configuration file"
msgstr "无法读取配置文件"

#: Sources/KosDefinitions/DraftParser.swift:75
msgid "cannot read the draft (not a regular file)"
msgstr "无法读取草稿（不是普通文件）"

#. {0}: String(cString: strerror(errno))
#: Sources/KosDefinitions/DraftParser.swift:70
#, python-brace-format
msgid "cannot read the draft ({0})"
msgstr "无法读取草稿（{0}）"

#: Sources/KosDefinitions/DefinitionLoader.swift:86
msgid "cannot read the file"
msgstr "无法读取该文件"

#: Sources/KosDefinitions/DefinitionLoader.swift:73
msgid "cannot read the folder"
msgstr "无法读取该文件夹"

#. {0}: i + 1
#. {1}: String(cString: strerror(spawned))
#: Sources/KosEngine/Daemon/Supervisor.swift:135
#, python-brace-format
msgid "cannot start worker {0}: {1}"
msgstr "无法启动工作进程 {0}：{1}"

#. {0}: path
#. {1}: error.localizedDescription
#: Sources/KosCLI/DraftCommands.swift:37
#, python-brace-format
msgid "cannot write {0}: {1}"
msgstr "无法写入 {0}：{1}"

#: Sources/KosDefinitions/Language.swift:145
msgid "cap"
msgstr "上限"

#. {0}: whose
#. {1}: count
#. {2}: cap.window
#. {3}: cap.max
#. {4}: cap.per.rawValue
#: Sources/KosSchedule/SlotPlanner.swift:97
#, python-brace-format
msgid "cap reached: {0} already has {1} post within {2} (at most {3} per {4})"
msgid_plural "cap reached: {0} already has {1} posts within {2} (at most {3} per {4})"
msgstr[0] "已达上限：{0} 在 {2} 内已有 {1} 篇帖子（每个 {4} 最多 {3} 篇）"

#: Sources/KosDefinitions/Language.swift:79
msgid "check step"
msgstr "检查步骤"

#. {0}: name
#. {1}: Self.maxOutput
#: Sources/KosRules/ExternalRule.swift:49
#, python-brace-format
msgid "checker {0} answered with more than {1} bytes; the draft was not checked by it"
msgstr "检查程序 {0} 的输出超过 {1} 字节；草稿未经它检查"

#. {0}: name
#: Sources/KosRules/ExternalRule.swift:54
#, python-brace-format
msgid "checker {0} answered with something that is not {\"findings\": [...]}; the draft was not checked by it"
msgstr "检查程序 {0} 的输出不是 {\"findings\": [...]}；草稿未经它检查"

#. {0}: name
#. {1}: why
#: Sources/KosRules/ExternalRule.swift:42
#, python-brace-format
msgid "checker {0} could not start: {1}; the draft was not checked by it"
msgstr "检查程序 {0} 无法启动：{1}；草稿未经它检查"

#. {0}: name
#: Sources/KosRules/ExternalRule.swift:44
#, python-brace-format
msgid "checker {0} did not answer within the time left of the draft's check budget; the draft was not checked by it"
msgstr "检查程序 {0} 未在草稿检查时限的剩余时间内作答；草稿未经它检查"

#. {0}: name
#. {1}: timeout
#: Sources/KosRules/ExternalRule.swift:45
#, python-brace-format
msgid "checker {0} did not answer within {1}; the draft was not checked by it"
msgstr "检查程序 {0} 未在 {1} 内作答；草稿未经它检查"

#. {0}: name
#. {1}: status
#: Sources/KosRules/ExternalRule.swift:47
#, python-brace-format
msgid "checker {0} exited with status {1}; the draft was not checked by it"
msgstr "检查程序 {0} 以状态 {1} 退出；草稿未经它检查"

#. {0}: name
#. {1}: signal
#: Sources/KosRules/ExternalRule.swift:62
#, python-brace-format
msgid "checker {0} was killed by signal {1}; the draft was not checked by it"
msgstr "检查程序 {0} 被信号 {1} 终止；草稿未经它检查"

#: Sources/KosCLI/Client/ClientOptions.swift:171
#: Sources/KosServer/Console.swift:445
msgid "checking"
msgstr "检查中"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:99
#, python-brace-format
msgid "checks.budget is a duration from 100ms to 10m, e.g. 20s, not '{0}'"
msgstr "checks.budget 应为 100ms 到 10m 之间的时长，如 20s，而不是 '{0}'"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:105
#, python-brace-format
msgid "checks.programs is on or off (whether workflows may run programs: external checkers and exec steps), not '{0}'"
msgstr "checks.programs 应为 on 或 off（工作流是否可以运行程序：外部检查程序和 exec 步骤），而不是 '{0}'"

#. {0}: e.rule
#. {1}: e.match
#. {2}: e.step
#. {3}: e.why
#: Sources/KosCLI/LintCommand.swift:178
#, python-brace-format
msgid "claim [{0}] \"{1}\" — {2}: {3}"
msgstr "命中 [{0}]「{1}」— {2}：{3}"

#. {0}: kit.reference
#. {1}: kit.differences.joined(separator: "; ")
#: Sources/KosCLI/DraftCommands.swift:224
#, python-brace-format
msgid "claims the campaign kit {0}, but {1}: read it all"
msgstr "声称来自活动素材包 {0}，但{1}：请通读全文"

#. {0}: LocalTime.format(clock.local(at) - (now - before))
#. {1}: calendar.timeZone
#. {2}: LocalTime.format(clock.local(at))
#: Sources/KosSchedule/CalendarSchedule.swift:196
#, python-brace-format
msgid "clocks go forward at {0} ({1}); slots written inside the gap fire once, at {2}"
msgstr "时钟在 {0}（{1}）向前拨；落在跳过时段内的档期只触发一次，时间为 {2}"

#: Sources/KosCLI/EndpointsCommand.swift:36
msgid "closed"
msgstr "闭合"

#. {0}: key
#: Sources/KosCore/Directory.swift:106
#, python-brace-format
msgid "column '{0}' appears twice"
msgstr "列 '{0}' 出现了两次"

#: Sources/KosCLI/Client/ClientOptions.swift:209
msgid "company"
msgstr "公司"

#. {0}: a.operatorID
#. {1}: successor
#: Sources/KosStore/StoreRules+Directory.swift:90
#, python-brace-format
msgid "company-owned: from {0} to {1}"
msgstr "公司所有：从 {0} 转给 {1}"

#. {0}: Self.maxLength
#: Sources/KosCore/Condition.swift:36
#, python-brace-format
msgid "condition is longer than {0} characters"
msgstr "条件超过 {0} 个字符"

#. {0}: Condition.maxDepth
#: Sources/KosCore/Condition.swift:185
#, python-brace-format
msgid "condition nests deeper than {0} levels"
msgstr "条件嵌套超过 {0} 层"

#: Sources/KosYAML/YAMLLoader.swift:120
msgid "control characters are not allowed"
msgstr "不允许使用控制字符"

#: Sources/KosDefinitions/DraftParser.swift:46
msgid "cooperation"
msgstr "合作信息"

#: Sources/KosServer/APIService+People.swift:144
msgid "cooperation.order is at most 64 characters"
msgstr "cooperation.order 最多 64 个字符"

#: Sources/KosYAML/YAMLLoader.swift:121
msgid "could not find expected ':'"
msgstr "找不到预期的 ':'"

#. {0}: steps
#. {1}: error
#: Sources/kosd/Serve.swift:248
#, python-brace-format
msgid "could not record the strike against step(s) {0}: {1}"
msgstr "无法为步骤 {0} 记录故障次数：{1}"

#: Sources/KosCLI/Client/ClientOptions.swift:199
#: Sources/KosServer/ConsolePages.swift:190
msgid "creator"
msgstr "创作者"

#: Sources/kosd/Kosd.swift:231
msgid "creator, reviewer or admin."
msgstr "creator、reviewer 或 admin。"

#: Sources/KosRules/ImageCheck.swift:35
msgid "crop or cover the code"
msgstr "裁掉或遮住这个码"

#: Sources/KosRules/ImageCheck.swift:35
msgid "crop or cover the code, or use the brand's approved code"
msgstr "裁掉或遮住这个码，或改用品牌批准的码"

#: Sources/KosCLI/DraftCommands.swift:243
msgid "current"
msgstr "当前"

#: Sources/KosCore/CronExpression.swift:262
msgid "day of month"
msgstr "日期"

#. {0}: d
#: Sources/KosCore/CronExpression.swift:142
#, python-brace-format
msgid "day of month {0} is out of range 1-31"
msgstr "日期 {0} 超出 1-31 的范围"

#: Sources/KosCore/CronExpression.swift:263
msgid "day of week"
msgstr "星期"

#. {0}: listed.joined(separator: ",")
#. {1}: monthList
#: Sources/KosCore/CronExpression.swift:192
#, python-brace-format
msgid "day {0} never comes in {1}: this expression would never fire"
msgstr "{1} 中不会有 {0} 日：此表达式永远不会触发"

#: Sources/KosCLI/Client/ClientOptions.swift:186
msgid "dead"
msgstr "死信"

#: Sources/KosServer/ConsoleHealth.swift:60
msgid "dead letters"
msgstr "死信"

#. {0}: field("due")
#: Sources/KosServer/ConsolePages.swift:233
#, python-brace-format
msgid "deadline {0}"
msgstr "截止 {0}"

#: Sources/KosCLI/DraftCommands.swift:241
msgid "decisions:"
msgstr "审批决定："

#. {0}: version
#: Sources/KosEngine/DefinitionVersions.swift:66
#, python-brace-format
msgid "definitions {0} are not in the store"
msgstr "数据存储中没有定义版本 {0}"

#. {0}: definitions
#. {1}: settings.store
#: Sources/kosd/Serve.swift:53
#, python-brace-format
msgid "definitions {0} are not in the store {1}"
msgstr "数据存储 {1} 中没有定义版本 {0}"

#. {0}: version
#: Sources/KosServer/APIService.swift:49
#, python-brace-format
msgid "definitions {0} do not load"
msgstr "定义版本 {0} 无法加载"

#. {0}: definitions
#. {1}: failure
#: Sources/kosd/Serve.swift:59
#, python-brace-format
msgid "definitions {0} do not load: {1}"
msgstr "定义版本 {0} 无法加载：{1}"

#. {0}: reason
#: Sources/KosEngine/Daemon/Supervisor.swift:275
#, python-brace-format
msgid "degraded: {0}; new work is refused until the store can write"
msgstr "降级：{0}；在数据存储恢复写入前拒绝新工作"

#: Sources/KosCLI/Client/ClientOptions.swift:185
#: Sources/KosServer/ConsoleHealth.swift:59
msgid "delivered"
msgstr "已投递"

#: Sources/KosServer/APIService.swift:533
#: Sources/KosServer/APIService.swift:545
msgid "deliveries are for the brand's reviewers and admins"
msgstr "投递记录仅供品牌方的审核人和管理员查看"

#. {0}: d.delivered
#. {1}: d.failed
#. {2}: d.pending
#. {3}: d.dead
#: Sources/KosCLI/ReportCommand.swift:104
#, python-brace-format
msgid "deliveries: {0} delivered, {1} being retried, {2} waiting, {3} dead letters"
msgstr "投递：已投递 {0}，重试中 {1}，等待中 {2}，死信 {3}"

#: Sources/KosStore/Store.swift:455
msgid "delivery"
msgstr "投递"

#. {0}: previous + 1
#. {1}: delivery.endpoint
#: Sources/KosEngine/Steps/PublishRunner.swift:72
#, python-brace-format
msgid "delivery attempt {0} to {1} failed; retrying"
msgstr "向 {1} 的第 {0} 次投递失败；将重试"

#. {0}: webhookID
#: Sources/KosStore/PostgresStore+Deliveries.swift:95
#: Sources/KosStore/SQLiteStore+Deliveries.swift:51
#, python-brace-format
msgid "delivery {0}"
msgstr "投递 {0}"

#: Sources/KosYAML/YAMLLoader.swift:122
msgid "did not find expected ',' or ']'"
msgstr "找不到预期的 ',' 或 ']'"

#: Sources/KosYAML/YAMLLoader.swift:123
msgid "did not find expected ',' or '}'"
msgstr "找不到预期的 ',' 或 '}'"

#: Sources/KosYAML/YAMLLoader.swift:124
msgid "did not find expected '-' indicator"
msgstr "找不到预期的 '-' 标记"

#: Sources/KosYAML/YAMLLoader.swift:125
msgid "did not find expected <document start>"
msgstr "找不到预期的文档开头"

#: Sources/KosYAML/YAMLLoader.swift:126
msgid "did not find expected alphabetic or numeric character"
msgstr "找不到预期的字母或数字字符"

#: Sources/KosYAML/YAMLLoader.swift:127
msgid "did not find expected comment or line break"
msgstr "找不到预期的注释或换行"

#: Sources/KosYAML/YAMLLoader.swift:128
msgid "did not find expected hexdecimal number"
msgstr "找不到预期的十六进制数"

#: Sources/KosYAML/YAMLLoader.swift:129
msgid "did not find expected key"
msgstr "找不到预期的键"

#: Sources/KosYAML/YAMLLoader.swift:130
msgid "did not find expected node content"
msgstr "找不到预期的节点内容"

#: Sources/KosYAML/YAMLLoader.swift:131
msgid "did not find expected whitespace"
msgstr "找不到预期的空白"

#: Sources/KosYAML/YAMLLoader.swift:132
msgid "did not find expected whitespace or line break"
msgstr "找不到预期的空白或换行"

#: Sources/KosCLI/EndpointsCommand.swift:24
msgid "disabled"
msgstr "已停用"

#: Sources/KosDefinitions/DaemonConfig.swift:62
msgid "do not write the password in the URL; give ?password_file=PATH or set PGPASSFILE"
msgstr "不要把密码写在 URL 里；请使用 ?password_file=PATH 或设置 PGPASSFILE"

#: Sources/KosStore/AuditChain.swift:33
msgid "does not follow the entry before it (the chain was reordered or an entry removed)"
msgstr "与前一条目衔接不上（审计链被重新排序，或有条目被删除）"

#: Sources/KosStore/Store.swift:453
msgid "draft"
msgstr "草稿"

#: Sources/KosDefinitions/DraftParser.swift:30
msgid "draft front matter"
msgstr "草稿头部信息"

#: Sources/KosDefinitions/Language.swift:54
msgid "draft trigger"
msgstr "草稿触发条件"

#. {0}: draftID
#: Sources/KosStore/PostgresStore+Drafts.swift:70
#: Sources/KosStore/PostgresStore+Drafts.swift:120
#: Sources/KosStore/PostgresStore+Drafts.swift:139
#: Sources/KosStore/SQLiteStore+Drafts.swift:53
#, python-brace-format
msgid "draft {0}"
msgstr "草稿 {0}"

#. {0}: draftID
#: Sources/KosStore/StoreRules.swift:148
#, python-brace-format
msgid "draft {0} was withdrawn; submit a new draft"
msgstr "草稿 {0} 已撤回；请提交一篇新草稿"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:90
#, python-brace-format
msgid "drain_timeout is a duration up to 1h, e.g. 30s, not '{0}'"
msgstr "drain_timeout 应为不超过 1h 的时长，如 30s，而不是 '{0}'"

#. {0}: id
#. {1}: first
#: Sources/KosCore/Directory.swift:134
#, python-brace-format
msgid "duplicate id {0} (first on line {1})"
msgstr "id {0} 重复（首次出现在第 {1} 行）"

#. {0}: s.text
#. {1}: first
#: Sources/KosYAML/YAMLLoader.swift:321
#, python-brace-format
msgid "duplicate key '{0}' (first at {1})"
msgstr "重复的键 '{0}'（首次出现在 {1}）"

#. {0}: first.key.location
#: Sources/KosYAML/YAMLLoader.swift:326
#, python-brace-format
msgid "duplicate key (first at {0})"
msgstr "重复的键（首次出现在 {0}）"

#: Sources/KosCLI/DraftCommands.swift:243
msgid "earlier (void)"
msgstr "较早（已作废）"

#: Sources/KosDefinitions/Language.swift:157
msgid "embargo"
msgstr "禁发期"

#. {0}: zone
#: Sources/KosRules/EmbargoRule.swift:16
#, python-brace-format
msgid "embargo 'until' is not a local date-time in {0}"
msgstr "禁发期的 'until' 不是 {0} 时区的本地日期时间"

#. {0}: lift.product
#. {1}: lift.local
#: Sources/KosEngine/Worker+Slots.swift:73
#, python-brace-format
msgid "embargo on {0} until {1}"
msgstr "{0} 禁发至 {1}"

#: Sources/KosCLI/Client/ClientOptions.swift:210
msgid "employee"
msgstr "员工个人"

#: Sources/KosCore/Condition.swift:128
msgid "empty condition"
msgstr "条件为空"

#. {0}: Self.fieldWord(name)
#. {1}: text
#: Sources/KosCore/CronExpression.swift:208
#, python-brace-format
msgid "empty item in the {0} list '{1}'"
msgstr "{0}列表 '{1}' 中有空项"

#. {0}: Self.fieldWord(name)
#: Sources/KosCore/CronExpression.swift:206
#, python-brace-format
msgid "empty {0} field"
msgstr "{0}字段为空"

#: Sources/KosCLI/EndpointsCommand.swift:24
msgid "enabled"
msgstr "已启用"

#. {0}: id
#: Sources/KosCLI/EndpointsCommand.swift:51
#, python-brace-format
msgid "enabled {0}"
msgstr "已启用 {0}"

#: Sources/KosCore/Condition.swift:140
msgid "end of condition"
msgstr "条件结尾"

#. {0}: delivery.endpoint
#: Sources/KosEngine/Steps/PublishRunner.swift:83
#, python-brace-format
msgid "endpoint {0} is not defined"
msgstr "端点 {0} 没有定义"

#. {0}: endpoint.id
#. {1}: error.message
#: Sources/kosd/Kosd.swift:65
#, python-brace-format
msgid "endpoint {0}: {1}; deliveries to it will fail until it can"
msgstr "端点 {0}：{1}；在能读取其密钥之前，向它的投递都会失败"

#: Sources/KosServer/APIService.swift:571
msgid "endpoints are for the brand's reviewers and admins"
msgstr "端点仅供品牌方的审核人和管理员查看"

#. {0}: expectedSeq
#. {1}: e.seq - 1
#: Sources/KosStore/AuditChain.swift:30
#, python-brace-format
msgid "entries {0}…{1} are missing"
msgstr "缺少条目 {0}…{1}"

#: Sources/KosServer/Console.swift:464
msgid "error"
msgstr "错误"

#. {0}: file
#: Sources/KosCLI/PeopleCommand.swift:94
#, python-brace-format
msgid "error: cannot read {0}"
msgstr "错误：无法读取 {0}"

#. {0}: status
#. {1}: text.prefix(300)
#: Sources/KosCLI/Client/APIClient.swift:55
#, python-brace-format
msgid "error: kosd answered {0}: {1}"
msgstr "错误：kosd 返回 {0}：{1}"

#. {0}: kit
#: Sources/KosCLI/LibraryCommand.swift:38
#, python-brace-format
msgid "error: no kit '{0}' is open now; 'kos library' lists those that are"
msgstr "错误：素材包 '{0}' 当前未开放；'kos library' 会列出开放中的素材包"

#. {0}: id
#. {1}: available.keys.sorted().joined(separator: ", ")
#: Sources/KosCLI/LintCommand.swift:115
#, python-brace-format
msgid "error: unknown pack '{0}'; available: {1}"
msgstr "错误：未知规则包 '{0}'；可用：{1}"

#. {0}: p | what | why
#: Sources/KosCLI/Client/APIClient.swift:52
#: Sources/KosCLI/Client/APIClient.swift:53
#: Sources/KosCLI/Client/APIClient.swift:54
#, python-brace-format
msgid "error: {0}"
msgstr "错误：{0}"

#: Sources/KosServer/Console.swift:425
msgid "escalated"
msgstr "已升级"

#: Sources/KosDefinitions/Language.swift:92
msgid "escalation"
msgstr "升级设置"

#. {0}: TimeSpan(milliseconds: now - since)
#: Sources/KosCore/EndpointHealth.swift:78
#, python-brace-format
msgid "every delivery has failed for {0}"
msgstr "所有投递已连续失败 {0}"

#: Sources/KosDefinitions/Language.swift:212
msgid "every model"
msgstr "全部合作模式"

#: Sources/KosDefinitions/Language.swift:248
msgid "exception"
msgstr "例外"

#. {0}: e.until
#. {1}: e.owner
#. {2}: e.reason
#: Sources/KosRules/Linter.swift:259
#, python-brace-format
msgid "exception until {0} ({1}): {2}"
msgstr "例外，有效至 {0}（{1}）：{2}"

#: Sources/KosDefinitions/Language.swift:115
msgid "exec step"
msgstr "exec 步骤"

#. {0}: start
#: Sources/KosCore/Condition.swift:214
#, python-brace-format
msgid "expected ')' to close the '(' at offset {0}"
msgstr "缺少 ')' 来闭合位置 {0} 处的 '('"

#: Sources/KosCore/Condition.swift:227
msgid "expected ',' or ']' in the list"
msgstr "列表中此处应为 ',' 或 ']'"

#: Sources/KosCore/Condition.swift:203
msgid "expected a field name after '.'"
msgstr "'.' 之后应为字段名"

#. {0}: describe(token)
#: Sources/KosCore/Condition.swift:232
#, python-brace-format
msgid "expected a field, a value or '(' but found {0}"
msgstr "此处应为字段、值或 '('，却是 {0}"

#: Sources/KosCLI/Client/ClientOptions.swift:179
#: Sources/KosServer/Console.swift:452
msgid "expired"
msgstr "已过期"

#: Sources/KosRules/ExternalRule.swift:20
msgid "external rule has no command"
msgstr "external 规则没有 command"

#: Sources/KosCLI/Client/ClientOptions.swift:180
#: Sources/KosServer/Console.swift:453
msgid "failed"
msgstr "失败"

#. {0}: signal
#: Sources/KosRules/ImageReader.swift:66
#, python-brace-format
msgid "ffmpeg was stopped by signal {0}"
msgstr "ffmpeg 被信号 {0} 终止"

#. {0}: field("finding")
#: Sources/KosServer/ConsolePages.swift:275
#, python-brace-format
msgid "finding {0}"
msgstr "问题 {0}"

#: Sources/KosCLI/DraftCommands.swift:232
msgid "findings:"
msgstr "问题："

#: Sources/KosCLI/DraftCommands.swift:230
msgid "findings: none"
msgstr "问题：无"

#: Sources/KosCLI/Client/ClientOptions.swift:188
msgid "fired"
msgstr "已触发"

#: Sources/KosServer/ConsoleHealth.swift:87
msgid "first pass"
msgstr "一次通过"

#. {0}: rate
#. {1}: r.firstPass.passed
#. {2}: r.firstPass.decided
#: Sources/KosCLI/ReportCommand.swift:95
#, python-brace-format
msgid "first pass: {0} ({1} of {2} decided drafts cleared review at their first revision)"
msgstr "一次通过率：{0}（已决定的 {2} 篇草稿中，有 {1} 篇在首个修订版即通过审核）"

#: Sources/KosDefinitions/Language.swift:282
msgid "fixtures"
msgstr "自测样例"

#. {0}: d.id
#: Sources/KosCLI/DraftCommands.swift:107
#, python-brace-format
msgid "follow it with: kos status {0}"
msgstr "跟踪进度：kos status {0}"

#: Sources/KosYAML/YAMLLoader.swift:133
msgid "found a tab character that violates indentation"
msgstr "发现破坏缩进的制表符"

#: Sources/KosYAML/YAMLLoader.swift:134
msgid "found a tab character where an indentation space is expected"
msgstr "应为缩进空格的地方出现了制表符"

#: Sources/KosYAML/YAMLLoader.swift:135
msgid "found an indentation indicator equal to 0"
msgstr "缩进指示符为 0"

#: Sources/KosYAML/YAMLLoader.swift:136
msgid "found character that cannot start any token"
msgstr "发现不能作为任何记号开头的字符"

#: Sources/KosYAML/YAMLLoader.swift:137
msgid "found duplicate anchor; first occurrence"
msgstr "发现重复的锚点；首次出现处"

#: Sources/KosYAML/YAMLLoader.swift:138
msgid "found invalid Unicode character escape code"
msgstr "发现无效的 Unicode 字符转义码"

#: Sources/KosYAML/YAMLLoader.swift:139
msgid "found undefined alias"
msgstr "发现未定义的别名"

#: Sources/KosYAML/YAMLLoader.swift:140
msgid "found undefined tag handle"
msgstr "发现未定义的标签句柄"

#: Sources/KosYAML/YAMLLoader.swift:141
msgid "found unexpected ':'"
msgstr "出现了意外的 ':'"

#: Sources/KosYAML/YAMLLoader.swift:142
msgid "found unexpected document indicator"
msgstr "出现了意外的文档标记"

#: Sources/KosYAML/YAMLLoader.swift:143
msgid "found unexpected end of stream"
msgstr "内容意外结束"

#: Sources/KosYAML/YAMLLoader.swift:144
msgid "found unknown escape character"
msgstr "发现未知的转义字符"

#: Sources/KosCLI/CalendarCommand.swift:135
msgid "free"
msgstr "空闲"

#. {0}: handover.personID
#. {1}: successor
#. {2}: why
#: Sources/KosStore/StoreRules+Directory.swift:74
#, python-brace-format
msgid "from {0} to {1}: {2}"
msgstr "从 {0} 转给 {1}：{2}"

#: Sources/KosDefinitions/DraftParser.swift:176
msgid "front matter must be a mapping of title, platforms, hashtags, …"
msgstr "头部信息必须是 title、platforms、hashtags 等字段的映射"

#: Sources/KosDefinitions/DraftParser.swift:141
msgid "front matter opened with '---' is never closed with '---'"
msgstr "头部信息以 '---' 开始，但没有用 '---' 结束"

#: Sources/KosDefinitions/DaemonConfig.swift:69
msgid "give the folder of payload templates, e.g. /etc/kos/templates"
msgstr "请给出载荷模板所在的文件夹，如 /etc/kos/templates"

#: Sources/KosDefinitions/DaemonConfig.swift:66
msgid "give the folder of workflow definitions, e.g. /etc/kos/workflows"
msgstr "请给出工作流定义所在的文件夹，如 /etc/kos/workflows"

#: Sources/KosCLI/DraftCommands.swift:21
msgid "give the token with --token or on standard input"
msgstr "请通过 --token 或标准输入提供令牌"

#: Sources/KosStore/StoreRules.swift:174
msgid "gone"
msgstr "已不存在"

#. {0}: groups
#: Sources/KosServer/APIService.swift:791
#, python-brace-format
msgid "group {0}"
msgstr "{0} 组"

#. {0}: escalatedTo
#: Sources/KosServer/APIService.swift:784
#, python-brace-format
msgid "group {0} (escalated)"
msgstr "{0} 组（已升级）"

#. {0}: groups
#: Sources/KosServer/APIService.swift:791
#, python-brace-format
msgid "group {0}, of the author's store"
msgstr "{0} 组中作者所在门店的人"

#. {0}: groups
#. {1}: role
#: Sources/KosServer/APIService.swift:789
#, python-brace-format
msgid "group {0}, role {1}"
msgstr "{0} 组中角色为 {1} 的人"

#. {0}: groups
#. {1}: role
#: Sources/KosServer/APIService.swift:789
#, python-brace-format
msgid "group {0}, role {1}, of the author's store"
msgstr "{0} 组中作者所在门店、角色为 {1} 的人"

#: Sources/KosCLI/PeopleCommand.swift:84
msgid ""
"groups are separated by ';'; accounts are 'platform:handle (company)' or '(employee)', separated by ';'.\n"
"People and accounts the file does not name are left as they are; a file with any mistake changes nothing."
msgstr ""
"分组之间用 ';' 分隔；账号写作 'platform:handle (company)' 或 '(employee)'，之间用 ';' 分隔。\n"
"文件中未列出的人员和账号保持不变；文件中只要有一处错误，就不做任何修改。"

#. {0}: groups.joined(separator: ", ")
#: Sources/kosd/Kosd.swift:260
#, python-brace-format
msgid "groups {0}"
msgstr "审核组 {0}"

#. {0}: p.groups.joined(separator: ", ")
#: Sources/KosCLI/PeopleCommand.swift:47
#, python-brace-format
msgid "groups: {0}"
msgstr "分组：{0}"

#: Sources/KosCLI/EndpointsCommand.swift:38
msgid "half-open"
msgstr "半开"

#. {0}: name
#: Sources/KosEngine/Worker.swift:198
#, python-brace-format
msgid "handed back: {0} is stopping"
msgstr "已交还：{0} 正在停止"

#. {0}: handed
#. {1}: successor
#. {2}: handedList
#: Sources/KosCLI/PeopleCommand.swift:71
#, python-brace-format
msgid "handover: {0} post handed over to {1} ({2})"
msgid_plural "handover: {0} posts handed over to {1} ({2})"
msgstr[0] "交接：    {0} 篇帖子已交接给 {1}（{2}）"

#. {0}: extra
#: Sources/KosCore/Kit.swift:226
#, python-brace-format
msgid "hashtags not in the kit: {0}"
msgstr "素材包里没有的话题标签：{0}"

#: Sources/KosServer/ConsoleHealth.swift:64
msgid "held by an embargo"
msgstr "因禁发期暂缓发布"

#. {0}: lifts.product
#. {1}: lifts.local
#: Sources/KosEngine/Steps/WaitRunner.swift:24
#, python-brace-format
msgid "held by the embargo on {0} until {1}"
msgstr "因 {0} 的禁发期暂缓发布至 {1}"

#. {0}: r.held.embargo
#. {1}: r.held.slot
#. {2}: r.held.moved
#. {3}: r.held.missed
#: Sources/KosCLI/ReportCommand.swift:102
#, python-brace-format
msgid "held now: {0} by an embargo, {1} waiting for a calendar slot; slots moved {2}, missed {3}"
msgstr "当前暂缓发布：{0} 篇受禁发期限制，{1} 篇等待档期；档期改期 {2} 次，错过 {3} 次"

#. {0}: reference
#. {1}: API.timestamp(until)
#: Sources/KosEngine/Worker.swift:615
#, python-brace-format
msgid "held: the campaign kit {0} it was made from closed at {1} (its season is over); the author revises it as their own post (full review), or waits for the kit's next version"
msgstr "已暂缓发布：此帖所用的活动素材包 {0} 已于 {1} 结束（已过季）；作者可将其作为自己的帖子修订（走完整审核），或等待素材包的下一版本"

#. {0}: reference
#: Sources/KosEngine/Worker.swift:611
#, python-brace-format
msgid "held: the campaign kit {0} it was made from is no longer in the library; the author revises it as their own post (full review), or waits for the kit's next version"
msgstr "已暂缓发布：此帖所用的活动素材包 {0} 已不在素材库中；作者可将其作为自己的帖子修订（走完整审核），或等待素材包的下一版本"

#. {0}: reference
#: Sources/KosEngine/Worker.swift:613
#, python-brace-format
msgid "held: the campaign kit {0} it was made from was withdrawn; the author revises it as their own post (full review), or waits for the kit's next version"
msgstr "已暂缓发布：此帖所用的活动素材包 {0} 已被撤回；作者可将其作为自己的帖子修订（走完整审核），或等待素材包的下一版本"

#. {0}: current
#. {1}: named
#: Sources/KosEngine/Worker.swift:585
#, python-brace-format
msgid "held: the guideline packs changed after approval (definitions {0}) and now flag {1}; revise the draft"
msgstr "已暂缓发布：批准后规则包有变更（定义版本 {0}），现在会标出 {1}；请修订草稿"

#: Sources/KosCLI/DraftCommands.swift:246
msgid "history:"
msgstr "历史记录："

#: Sources/KosCore/CronExpression.swift:260
msgid "hour"
msgstr "小时"

#: Sources/KosCLI/ReportCommand.swift:16
msgid "human, json or csv (one figure a row: section, name, measure, value)."
msgstr "human、json 或 csv（每行一个数据：section, name, measure, value）。"

#. {0}: id
#: Sources/KosCore/Directory.swift:130
#, python-brace-format
msgid "id '{0}' is not ASCII letters, digits and . - _ @ (at most 64)"
msgstr "id '{0}' 只能由 ASCII 字母、数字和 . - _ @ 组成（最多 64 个）"

#. {0}: extra
#: Sources/KosCore/Kit.swift:228
#, python-brace-format
msgid "images not in the kit: {0}"
msgstr "素材包里没有的图片：{0}"

#: Sources/KosServer/APIService+People.swift:44
msgid "importing the staff directory needs the admin role"
msgstr "导入员工名录需要管理员角色"

#. {0}: slot.name
#. {1}: f.message
#: Sources/KosEngine/Steps/CheckRunner.swift:29
#, python-brace-format
msgid "in the slot {0}: {1}"
msgstr "在填写位 {0} 中：{1}"

#. {0}: platform
#. {1}: delivery.template
#. {2}: f.message
#: Sources/KosEngine/Worker+Payload.swift:33
#, python-brace-format
msgid "in the {0} payload from {1}: {2}"
msgstr "在由 {1} 生成的 {0} 载荷中：{2}"

#. {0}: name
#. {1}: box.x
#. {2}: box.y
#. {3}: box.width
#. {4}: box.height
#. {5}: f.message
#: Sources/KosRules/ImageCheck.swift:27
#, python-brace-format
msgid "in {0} (at {1},{2} {3}×{4}): {5}"
msgstr "{0} 中（位于 {1},{2}，{3}×{4}）：{5}"

#: Sources/KosYAML/YAMLLoader.swift:145
msgid "incomplete UTF-8 octet sequence"
msgstr "UTF-8 字节序列不完整"

#. {0}: reason
#: Sources/KosRules/Linter.swift:297
#, python-brace-format
msgid "inline: {0}"
msgstr "行内豁免：{0}"

#. {0}: bytes.count
#. {1}: options.maxBytes
#: Sources/KosYAML/YAMLLoader.swift:63
#, python-brace-format
msgid "input is {0} bytes; the limit is {1} bytes"
msgstr "输入为 {0} 字节；上限为 {1} 字节"

#: Sources/KosRules/ClaimRule.swift:88
msgid "inside the title of a work (《…》), not a claim"
msgstr "位于作品名（《…》）之中，不是宣称"

#: Sources/KosYAML/YAMLLoader.swift:146
msgid "invalid Unicode character"
msgstr "无效的 Unicode 字符"

#. {0}: error.message
#: Sources/KosDefinitions/Decoder.swift:29
#, python-brace-format
msgid "invalid condition: {0}"
msgstr "条件无效：{0}"

#. {0}: error.message
#: Sources/KosDefinitions/ShapeValidator.swift:195
#, python-brace-format
msgid "invalid cron expression: {0}"
msgstr "cron 表达式无效：{0}"

#: Sources/KosYAML/YAMLLoader.swift:147
msgid "invalid leading UTF-8 octet"
msgstr "无效的 UTF-8 首字节"

#: Sources/KosYAML/YAMLLoader.swift:148
msgid "invalid length of a UTF-8 sequence"
msgstr "UTF-8 序列长度无效"

#. {0}: error.message
#: Sources/KosDefinitions/ShapeValidator.swift:201
#, python-brace-format
msgid "invalid recurrence rule: {0}"
msgstr "重复规则无效：{0}"

#: Sources/KosYAML/YAMLLoader.swift:149
msgid "invalid trailing UTF-8 octet"
msgstr "无效的 UTF-8 后续字节"

#: Sources/KosCore/MediaKind.swift:57
msgid "it is animated: the text in its frames cannot be checked; post a still image, or a video"
msgstr "这是动图：无法检查各帧中的文字；请发布静态图片或视频"

#. {0}: claimed
#. {1}: why
#: Sources/KosCore/MediaKind.swift:61
#, python-brace-format
msgid "it is named as {0} but it is {1}"
msgstr "文件名表明是 {0}，但它是{1}"

#. {0}: claimed
#: Sources/KosCore/MediaKind.swift:50
#, python-brace-format
msgid "it is named as {0} but its bytes are not an image or video of any type the platforms take"
msgstr "文件名表明是 {0}，但其内容不是平台接受的任何一种图片或视频"

#. {0}: claimed
#. {1}: kind.type
#: Sources/KosCore/MediaKind.swift:60
#, python-brace-format
msgid "it is named as {0} but its bytes are {1}"
msgstr "文件名表明是 {0}，但其内容是 {1}"

#. {0}: size >> 20
#. {1}: maxImageBytes >> 20
#: Sources/KosCLI/LintCommand.swift:281
#, python-brace-format
msgid "it is {0} MB; a picture may be at most {1} MB"
msgstr "文件大小为 {0} MB；图片最大为 {1} MB"

#. {0}: kind.width
#. {1}: kind.height
#. {2}: kind.width * kind.height / 1_000_000
#. {3}: maxPixels / 1_000_000
#: Sources/KosCore/MediaKind.swift:54
#, python-brace-format
msgid "it is {0}×{1} pixels ({2} megapixels); an image may have at most {3} megapixels"
msgstr "它有 {0}×{1} 像素（{2} 百万像素）；图片最多只能有 {3} 百万像素"

#. {0}: draft.id
#: Sources/KosCLI/DraftCommands.swift:291
#, python-brace-format
msgid "its author can take your rewording with: kos accept-suggestion {0}"
msgstr "作者可用以下命令采纳你的改写：kos accept-suggestion {0}"

#. {0}: seconds
#: Sources/KosRules/ImageReader.swift:80
#, python-brace-format
msgid "its codes were not read within {0} s"
msgstr "未能在 {0} 秒内识别其中的码"

#: Sources/KosStore/AuditChain.swift:37
msgid "its content was changed after it was written"
msgstr "其内容在写入后被改动过"

#. {0}: status
#: Sources/KosRules/ImageReader.swift:64
#, python-brace-format
msgid "its cover frame could not be taken (ffmpeg status {0})"
msgstr "无法截取其封面帧（ffmpeg 状态 {0}）"

#. {0}: why
#: Sources/KosRules/ImageReader.swift:67
#, python-brace-format
msgid "its cover frame could not be taken: {0} (Debian's ffmpeg)"
msgstr "无法截取其封面帧：{0}（需要 Debian 的 ffmpeg 软件包）"

#. {0}: MediaKind.maxPixels / 1_000_000
#: Sources/KosRules/ImageReader.swift:61
#, python-brace-format
msgid "its cover frame is larger than {0} megapixels"
msgstr "其封面帧超过 {0} 百万像素"

#. {0}: String(format: "%g", budget)
#: Sources/KosRules/ImageReader.swift:65
#, python-brace-format
msgid "its cover frame was not taken within {0} s"
msgstr "未能在 {0} 秒内截取其封面帧"

#: Sources/KosDefinitions/DefinitionLoader+Coverage.swift:51
msgid "its endpoint"
msgstr "其端点"

#. {0}: seconds
#: Sources/KosRules/ImageReader.swift:86
#: Sources/KosRules/ImageReader.swift:93
#, python-brace-format
msgid "its text was not read within {0} s"
msgstr "未能在 {0} 秒内识别其中的文字"

#: Sources/KosDefinitions/Language.swift:164
msgid "jitter"
msgstr "错峰设置"

#: Sources/KosCLI/AuditCommand.swift:42
msgid "jsonl or csv."
msgstr "jsonl 或 csv。"

#. {0}: object.name
#: Sources/KosDefinitions/ShapeValidator.swift:142
#, python-brace-format
msgid "keys of a {0} must be strings"
msgstr "{0} 的键必须是字符串"

#. {0}: what
#: Sources/KosDefinitions/ShapeValidator.swift:81
#, python-brace-format
msgid "keys of {0} must be strings; quote them"
msgstr "{0} 的键必须是字符串；请给它们加上引号"

#: Sources/KosDefinitions/Language.swift:189
msgctxt "kit"
msgid "slot"
msgstr "填写位"

#: Sources/KosDefinitions/Language.swift:195
msgid "kit medium"
msgstr "素材包媒体"

#. {0}: kit.reference
#. {1}: f.rule
#. {2}: f.message
#: Sources/KosRules/KitLint.swift:31
#, python-brace-format
msgid "kit {0}: its locked text fails {1}: {2}"
msgstr "素材包 {0}：其锁定文本未通过 {1}：{2}"

#. {0}: kit.reference
#. {1}: f.rule
#. {2}: f.message
#. {3}: $0
#: Sources/KosRules/KitLint.swift:30
#, python-brace-format
msgid "kit {0}: its locked text fails {1}: {2} (「{3}」)"
msgstr "素材包 {0}：其锁定文本未通过 {1}：{2}（「{3}」）"

#. {0}: kit.reference
#. {1}: slot.name
#. {2}: id
#: Sources/KosRules/KitLint.swift:19
#, python-brace-format
msgid "kit {0}: slot '{1}' names no guideline pack '{2}'"
msgstr "素材包 {0}：填写位 '{1}' 引用的规则包 '{2}' 不存在"

#. {0}: run.draftID
#: Sources/KosEngine/Worker.swift:626
#, python-brace-format
msgid "kos revise {0} FILE: the post takes the full review as the author's own"
msgstr "kos revise {0} FILE：帖子将作为作者自己的内容走完整审核"

#: Sources/KosCLI/DraftCommands.swift:301
msgid "kos show ID shows the suggestion first; the new revision is checked and approved again like any other."
msgstr "kos show ID 会先显示建议；新修订版会像其他修订版一样重新检查和审批。"

#: Sources/KosCLI/Client/APIClient.swift:88
msgid "kosd does not accept your token (revoked or expired?): ask your admin for a new one, then run `kos login` with it"
msgstr "kosd 不接受你的令牌（已撤销或已过期？）：请向管理员申请新令牌，然后用它运行 `kos login`"

#: Sources/KosCLI/PeopleCommand.swift:154
msgid "kosd hands their work over at that moment; until then nothing changes"
msgstr "kosd 会在该时刻交接其工作；在此之前不会有任何变化"

#. {0}: full
#. {1}: advice
#. {2}: detail.replacingOccurrences(of: "kosd port 80", with: "the socket")
#: Sources/KosCLI/Client/APIClient.swift:132
#, python-brace-format
msgid "kosd is not answering on {0}: {1} ({2})"
msgstr "kosd 在 {0} 上没有应答：{1}（{2}）"

#: Sources/KosCore/API.swift:485
msgid "kosd is not ready"
msgstr "kosd 尚未就绪"

#: Sources/KosCLI/DraftCommands.swift:197
msgid "kosd serves no HTTP address it can name: open this path on kosd's address, or set api.listen in kosd.yaml"
msgstr "kosd 没有可告知的 HTTP 地址：请在 kosd 的地址上打开此路径，或在 kosd.yaml 中设置 api.listen"

#: Sources/KosCLI/Client/ClientOptions.swift:9
msgid "kosd's API: unix:PATH or http://HOST:PORT. Default: KOS_SERVER, the login file, else unix:.kos/kosd.sock."
msgstr "kosd 的 API：unix:PATH 或 http://HOST:PORT。默认：KOS_SERVER、登录文件，否则为 unix:.kos/kosd.sock。"

#. {0}: documents.count
#: Sources/KosDefinitions/DaemonConfig.swift:155
#, python-brace-format
msgid "kosd.yaml holds one document; found {0}"
msgstr "kosd.yaml 只能包含一个文档；实际找到 {0} 个"

#. {0}: root.kindName
#: Sources/KosDefinitions/DaemonConfig.swift:158
#, python-brace-format
msgid "kosd.yaml is a mapping of settings (database:, workflows:, api:, log:, …), not {0}"
msgstr "kosd.yaml 应为设置项的映射（database:、workflows:、api:、log: 等），而不是{0}"

#. {0}: location
#. {1}: to
#. {2}: entries
#: Sources/kosd/Kosd.swift:127
#, python-brace-format
msgid "kosd: backed up {0} to {1} ({2} audit entries)"
msgstr "kosd：已将 {0} 备份到 {1}（{2} 条审计条目）"

#. {0}: source
#. {1}: s.store
#. {2}: workflows
#. {3}: s.templates
#. {4}: api
#. {5}: workers
#. {6}: s.logFormat
#. {7}: s.logLevel
#. {8}: checks
#. {9}: connections
#. {10}: media
#. {11}: console
#: Sources/kosd/Kosd.swift:80
#, python-brace-format
msgid ""
"kosd: configuration valid ({0})\n"
"  database    {1}\n"
"  workflows   {2}\n"
"  templates   {3}\n"
"  api         {4}\n"
"  workers     {5}\n"
"  log         {6}, {7}\n"
"  checks      {8}\n"
"  connections {9}\n"
"  media links {10}\n"
"  console     {11}"
msgstr ""
"kosd：配置有效（{0}）\n"
"  数据库      {1}\n"
"  工作流      {2}\n"
"  模板        {3}\n"
"  API         {4}\n"
"  工作进程    {5}\n"
"  日志        {6}, {7}\n"
"  检查        {8}\n"
"  连接        {9}\n"
"  媒体链接    {10}\n"
"  审核台      {11}"

#. {0}: user
#: Sources/kosd/Kosd.swift:283
#, python-brace-format
msgid "kosd: every token of {0} is revoked"
msgstr "kosd：{0} 的全部令牌已撤销"

#: Sources/kosd/Kosd.swift:180
msgid "kosd: no token has been issued; create one with kosd token create --user ID --role ROLE"
msgstr "kosd：尚未发放任何令牌；请用 kosd token create --user ID --role ROLE 创建"

#: Sources/kosd/Kosd.swift:180
msgid "kosd: no token lets anyone in; create one with kosd token create --user ID --role ROLE"
msgstr "kosd：没有可用于登录的令牌；请用 kosd token create --user ID --role ROLE 创建"

#: Sources/kosd/Kosd.swift:207
msgid "kosd: nobody yet; add a person with kosd token create --user ID --role creator|reviewer|admin"
msgstr "kosd：还没有任何人员；请用 kosd token create --user ID --role creator|reviewer|admin 添加"

#: Sources/kosd/Kosd.swift:20
msgid ""
"kosd: say what to run:\n"
"  kosd serve              run the daemon (what kosd.service runs)\n"
"  kosd check-config       check kosd.yaml, KOSD_* variables and the workflows, then exit\n"
"  kosd token create       give a person an API token; kosd token list shows who holds one\n"
"  kosd people             the people the store knows, with their roles and stores\n"
"  kosd backup --to FILE   copy the SQLite store while kosd runs\n"
"kosd --help lists every command and option."
msgstr ""
"kosd：请指定要运行的命令：\n"
"  kosd serve              运行守护进程（即 kosd.service 所运行的）\n"
"  kosd check-config       检查 kosd.yaml、KOSD_* 变量和工作流，然后退出\n"
"  kosd token create       为某人发放 API 令牌；kosd token list 显示谁持有令牌\n"
"  kosd people             数据存储中已知的人员，及其角色和门店\n"
"  kosd backup --to FILE   在 kosd 运行期间复制 SQLite 数据存储\n"
"kosd --help 会列出所有命令和选项。"

#. {0}: error
#: Sources/kosd/Kosd.swift:130
#, python-brace-format
msgid "kosd: the backup failed: {0}"
msgstr "kosd：备份失败：{0}"

#: Sources/kosd/Kosd.swift:114
msgid "kosd: the store is PostgreSQL; back it up with pg_dump (see deploy/MULTI-HOST.md)"
msgstr "kosd：数据存储是 PostgreSQL；请用 pg_dump 备份（见 deploy/MULTI-HOST.md）"

#. {0}: location
#: Sources/kosd/Kosd.swift:122
#, python-brace-format
msgid "kosd: there is no store at {0}"
msgstr "kosd：{0} 处没有数据存储"

#. {0}: to
#: Sources/kosd/Kosd.swift:118
#, python-brace-format
msgid "kosd: {0} exists already; name a new file"
msgstr "kosd：{0} 已存在；请指定一个新文件"

#: Sources/KosDefinitions/JSONSchema.swift:28
msgid "kosflow definitions (kos/v1)"
msgstr "kosflow 定义（kos/v1）"

#: Sources/KosServer/ConsolePages.swift:200
msgid "kosflow review"
msgstr "kosflow 审核台"

#. {0}: person.id
#. {1}: error
#: Sources/KosEngine/Worker.swift:356
#, python-brace-format
msgid "kosflow: the handover of {0} failed and is tried again: {1}"
msgstr "kosflow：{0} 的离职交接失败，稍后重试：{1}"

#. {0}: left
#. {1}: successor
#: Sources/KosCLI/PeopleCommand.swift:58
#, python-brace-format
msgid "leaves the program at {0}; successor {1}"
msgstr "将于 {0} 离开项目；接任人：{1}"

#. {0}: API.timestamp(moment)
#. {1}: heir ?? tr("none")
#: Sources/KosStore/StoreRules+Directory.swift:53
#, python-brace-format
msgid "leaves the program at {0}; successor {1}; nothing is published for them from then on"
msgstr "将于 {0} 离开项目；接任人：{1}；此后不再为其发布任何内容"

#. {0}: Table.local(p.leftAt)
#: Sources/KosCLI/PeopleCommand.swift:24
#, python-brace-format
msgid "leaving {0}"
msgstr "即将离职 {0}"

#. {0}: left
#. {1}: successor
#: Sources/KosCLI/PeopleCommand.swift:58
#, python-brace-format
msgid "left the program at {0}; successor {1}"
msgstr "已于 {0} 离开项目；接任人：{1}"

#. {0}: Table.local(p.leftAt)
#: Sources/KosCLI/PeopleCommand.swift:23
#, python-brace-format
msgid "left {0}"
msgstr "已离职 {0}"

#: Sources/KosDelivery/CurlExchange.swift:226
#: Sources/KosDelivery/CurlMulti.swift:53
#: Sources/KosDelivery/CurlMulti.swift:104
msgid "libcurl could not start a transfer"
msgstr "libcurl 无法开始传输"

#: Sources/KosServer/HTTPServer.swift:222
msgid "limit is a number"
msgstr "limit 须为数字"

#: Sources/KosServer/APIService.swift:538
msgid "limit is between 1 and 10000"
msgstr "limit 须在 1 到 10000 之间"

#. {0}: line
#: Sources/KosServer/Console.swift:482
#, python-brace-format
msgid "line {0}"
msgstr "第 {0} 行"

#. {0}: line
#. {1}: $0
#: Sources/KosServer/Console.swift:482
#, python-brace-format
msgid "line {0}, column {1}"
msgstr "第 {0} 行第 {1} 列"

#. {0}: $0
#. {1}: message
#: Sources/KosCore/Directory.swift:56
#, python-brace-format
msgid "line {0}: {1}"
msgstr "第 {0} 行：{1}"

#: Sources/KosCore/Condition.swift:224
msgid "list items must be literals"
msgstr "列表项必须是字面值"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:78
#, python-brace-format
msgid "listen is HOST:PORT, e.g. 127.0.0.1:7420, not '{0}'"
msgstr "listen 的格式是 HOST:PORT，如 127.0.0.1:7420，而不是 '{0}'"

#. {0}: addresses
#. {1}: workflows
#. {2}: version
#: Sources/kosd/Serve.swift:274
#, python-brace-format
msgid "listening on {0} ({1} workflows, definitions {2})"
msgstr "正在监听 {0}（{1} 个工作流，定义版本 {2}）"

#. {0}: why
#: Sources/KosCLI/DraftCommands.swift:83
#, python-brace-format
msgid "local check skipped: {0}; kosd's checks still run"
msgstr "已跳过本地检查：{0}；kosd 的检查仍会进行"

#: Sources/KosCLI/DraftCommands.swift:85
msgid "local check: nothing found"
msgstr "本地检查：未发现问题"

#. {0}: Self.logFormats.joined(separator: ", ")
#. {1}: text
#: Sources/KosDefinitions/DaemonConfig.swift:93
#, python-brace-format
msgid "log.format is one of {0}, not '{1}'"
msgstr "log.format 应为 {0} 之一，而不是 '{1}'"

#. {0}: Self.logLevels.joined(separator: ", ")
#. {1}: text
#: Sources/KosDefinitions/DaemonConfig.swift:96
#, python-brace-format
msgid "log.level is one of {0}, not '{1}'"
msgstr "log.level 应为 {0} 之一，而不是 '{1}'"

#. {0}: api.server.description
#. {1}: me.id
#. {2}: role
#. {3}: path
#: Sources/KosCLI/DraftCommands.swift:40
#, python-brace-format
msgid "logged in to {0} as {1} ({2}); settings in {3}"
msgstr "已以 {1}（{2}）身份登录 {0}；设置保存在 {3}"

#. {0}: kit.reference
#: Sources/KosCLI/DraftCommands.swift:222
#, python-brace-format
msgid "made from the campaign kit {0}, unchanged but for what the author wrote:"
msgstr "由活动素材包 {0} 生成，除作者填写的内容外均未改动："

#. {0}: kit.reference
#. {1}: kit.differences.joined(separator: "; ")
#: Sources/KosEngine/Steps/CheckRunner.swift:38
#, python-brace-format
msgid "made from {0}, but {1}: it takes the full review, not the kit's fast lane"
msgstr "基于 {0} 制作，但 {1}：需走完整审核，不能走素材包快速通道"

#: Sources/KosYAML/YAMLLoader.swift:116
msgid "malformed YAML"
msgstr "YAML 格式错误"

#: Sources/KosYAML/YAMLLoader.swift:118
msgid "mapping keys are not allowed in this context"
msgstr "此处不允许映射的键"

#: Sources/KosYAML/YAMLLoader.swift:119
msgid "mapping values are not allowed in this context"
msgstr "此处不允许映射的值"

#: Sources/KosDefinitions/Language.swift:259
msgid "matcher"
msgstr "匹配条件"

#: Sources/KosServer/ConsolePreview.swift:62
msgid "media"
msgstr "媒体"

#: Sources/KosDefinitions/DraftParser.swift:36
msgid "media item"
msgstr "媒体条目"

#. {0}: m.path
#: Sources/KosServer/APIService.swift:653
#, python-brace-format
msgid "media {0} is named in the draft's 'media:' but was not uploaded (kos submit and kos revise upload what the draft names)"
msgstr "媒体 {0} 列在草稿的 'media:' 中，但没有上传（kos submit 和 kos revise 会上传草稿列出的媒体）"

#. {0}: file.path
#: Sources/KosServer/APIService.swift:641
#, python-brace-format
msgid "media {0} is not base64"
msgstr "媒体 {0} 不是 base64 编码"

#. {0}: file.path
#: Sources/KosServer/APIService.swift:639
#, python-brace-format
msgid "media {0} is not named in the draft's 'media:'"
msgstr "媒体 {0} 没有列在草稿的 'media:' 中"

#. {0}: file.path
#. {1}: error
#: Sources/KosServer/APIService.swift:646
#: Sources/KosServer/APIService.swift:647
#, python-brace-format
msgid "media {0}: {1}"
msgstr "媒体 {0}：{1}"

#: Sources/KosYAML/YAMLLoader.swift:303
msgid "merge keys ('<<') are not supported; write the keys out"
msgstr "不支持合并键（'<<'）；请把各个键完整写出"

#: Sources/KosDefinitions/Language.swift:265
msgid "message"
msgstr "消息"

#: Sources/KosCore/CronExpression.swift:259
msgid "minute"
msgstr "分钟"

#: Sources/KosCLI/Client/ClientOptions.swift:189
msgid "missed"
msgstr "已错过"

#. {0}: when(booking.slotAt / 1000)
#. {1}: calendar.catchUp
#: Sources/KosEngine/Worker+Slots.swift:41
#, python-brace-format
msgid "missed the slot of {0}: kosd was not running then, and the catch-up window ({1}) has passed"
msgstr "错过了 {0} 的档期：当时 kosd 未在运行，且补发窗口（{1}）已过"

#. {0}: Language.kinds.joined(separator: ", ")
#: Sources/KosDefinitions/DefinitionLoader.swift:154
#, python-brace-format
msgid "missing 'kind'; use one of {0}"
msgstr "缺少 'kind'；请使用 {0} 之一"

#: Sources/KosCore/CronExpression.swift:261
msgid "month"
msgstr "月份"

#. {0}: options.maxNodes
#: Sources/KosYAML/YAMLLoader.swift:286
#, python-brace-format
msgid "more than {0} nodes after expanding aliases; is this an alias bomb?"
msgstr "展开别名后节点超过 {0} 个；这是别名炸弹吗？"

#: Sources/KosCLI/Client/ClientOptions.swift:190
msgid "moved"
msgstr "已改期"

#. {0}: calendars.keys.sorted().joined(separator: ", ")
#: Sources/KosCLI/CalendarCommand.swift:47
#, python-brace-format
msgid "name a calendar: {0}"
msgstr "请指定一个内容日历：{0}"

#. {0}: known()
#: Sources/KosServer/APIService.swift:623
#, python-brace-format
msgid "name a workflow: 'workflow:' in the front matter or --workflow; known: {0}"
msgstr "请指定工作流：在头部信息中写 'workflow:'，或使用 --workflow；已定义的有：{0}"

#: Sources/KosCLI/LintCommand.swift:71
msgid "name at least one draft, or - for standard input"
msgstr "请至少指定一篇草稿，或用 - 表示标准输入"

#: Sources/KosCLI/DeliveriesCommand.swift:88
msgid "name one delivery, or --endpoint (and --since) for many"
msgstr "请指定一次投递，或用 --endpoint（及 --since）指定多次"

#: Sources/KosServer/APIService+People.swift:102
msgid "name the delegate who decides meanwhile (--delegate)"
msgstr "请指定外出期间代为审批的代理人（--delegate）"

#: Sources/KosServer/APIService.swift:239
msgid "name the revision whose suggested rewording you read ({\"revision\": N})"
msgstr "请注明你所阅读的改写建议针对的修订版（{\"revision\": N}）"

#. {0}: options.maxDepth
#: Sources/KosYAML/YAMLLoader.swift:267
#, python-brace-format
msgid "nesting deeper than {0} levels"
msgstr "嵌套超过 {0} 层"

#: Sources/kosd/Kosd.swift:188
msgid "never"
msgstr "永不"

#. {0}: id
#: Sources/KosDefinitions/DefinitionLoader.swift:290
#: Sources/KosDefinitions/DefinitionLoader.swift:305
#, python-brace-format
msgid "no Calendar '{0}'"
msgstr "没有 Calendar '{0}'"

#. {0}: id
#: Sources/KosDefinitions/DefinitionLoader.swift:315
#: Sources/KosDefinitions/DefinitionLoader.swift:346
#: Sources/KosDefinitions/DefinitionLoader.swift:376
#, python-brace-format
msgid "no Endpoint '{0}'"
msgstr "没有 Endpoint '{0}'"

#. {0}: id
#: Sources/KosDefinitions/DefinitionLoader.swift:346
#, python-brace-format
msgid "no Workflow '{0}'"
msgstr "没有 Workflow '{0}'"

#: Sources/KosCLI/Client/APIClient.swift:125
msgid "no answer"
msgstr "无应答"

#: Sources/KosCLI/Client/APIClient.swift:105
msgid "no attempt made"
msgstr "未进行任何尝试"

#. {0}: id
#. {1}: $0
#. {2}: defined
#: Sources/KosCLI/CalendarCommand.swift:54
#, python-brace-format
msgid "no calendar '{0}' (did you mean '{1}'?); defined: {2}"
msgstr "没有内容日历 '{0}'（你是否指 '{1}'？）；已定义：{2}"

#. {0}: id
#. {1}: defined
#: Sources/KosCLI/CalendarCommand.swift:55
#, python-brace-format
msgid "no calendar '{0}'; defined: {1}"
msgstr "没有内容日历 '{0}'；已定义：{1}"

#. {0}: definitions.joined(separator: ", ")
#: Sources/KosCLI/CalendarCommand.swift:46
#, python-brace-format
msgid "no calendar is defined in {0}"
msgstr "{0} 中没有定义内容日历"

#. {0}: checked
#. {1}: against
#: Sources/KosCLI/PacksCommand.swift:93
#, python-brace-format
msgid "no change: {0} drafts in review or scheduled are judged the same by the packs in {1}"
msgstr "无变化：{1} 中的规则包对 {0} 篇审核中或已排期草稿的判断不变"

#. {0}: workflow.steps[index].id
#: Sources/KosEngine/RunMachine.swift:142
#, python-brace-format
msgid "no decision in time at step {0}"
msgstr "步骤 {0} 未能及时作出决定"

#. {0}: approval.timeout?.description ?? tr("the time allowed")
#: Sources/KosEngine/RunMachine.swift:156
#, python-brace-format
msgid "no decision within {0}"
msgstr "{0} 内未作出决定"

#: Sources/KosCLI/DeliveriesCommand.swift:32
msgid "no deliveries"
msgstr "没有投递记录"

#. {0}: id.prefix(80)
#: Sources/KosServer/APIService.swift:546
#: Sources/KosServer/APIService.swift:558
#, python-brace-format
msgid "no delivery {0}"
msgstr "没有投递 {0}"

#. {0}: id.prefix(64) | id
#: Sources/KosServer/APIService.swift:710
#: Sources/KosServer/APIService.swift:713
#, python-brace-format
msgid "no draft {0}"
msgstr "没有草稿 {0}"

#: Sources/KosCLI/DraftCommands.swift:384
msgid "no drafts"
msgstr "没有草稿"

#. {0}: path[1]
#: Sources/KosDefinitions/DefinitionLoader.swift:386
#, python-brace-format
msgid "no earlier step '{0}'"
msgstr "前面没有步骤 '{0}'"

#. {0}: id
#: Sources/KosServer/APIService.swift:585
#, python-brace-format
msgid "no endpoint '{0}' is defined"
msgstr "未定义端点 '{0}'"

#. {0}: id
#: Sources/KosEngine/Worker+Slots.swift:103
#, python-brace-format
msgid "no free slot in calendar {0} in the next 92 days"
msgstr "内容日历 {0} 在未来 92 天内没有空闲档期"

#. {0}: id
#. {1}: reasons
#: Sources/KosEngine/Worker+Slots.swift:104
#, python-brace-format
msgid "no free slot in calendar {0} in the next 92 days: {1}"
msgstr "内容日历 {0} 在未来 92 天内没有空闲档期：{1}"

#. {0}: id
#: Sources/KosDefinitions/DefinitionLoader.swift:286
#, python-brace-format
msgid "no guideline pack '{0}'"
msgstr "没有规则包 '{0}'"

#: Sources/KosCore/Directory.swift:130
msgid "no id"
msgstr "缺少 id"

#. {0}: id
#: Sources/KosCore/Kit.swift:193
#, python-brace-format
msgid "no kit {0} is defined"
msgstr "没有定义素材包 {0}"

#. {0}: full
#. {1}: advice
#: Sources/KosCLI/Client/APIClient.swift:131
#, python-brace-format
msgid "no kosd is listening at {0}: {1}"
msgstr "{0} 上没有 kosd 在监听：{1}"

#: Sources/kosd/Kosd.swift:71
msgid "no kosd.yaml; defaults, KOSD_* and flags"
msgstr "无 kosd.yaml；使用默认值、KOSD_* 变量和命令行选项"

#. {0}: person
#: Sources/KosStore/StoreRules+Directory.swift:24
#, python-brace-format
msgid "no longer in {0}'s row of the staff directory"
msgstr "已不在员工名录中 {0} 的那一行"

#. {0}: sha256.prefix(64)
#: Sources/KosServer/APIService.swift:680
#, python-brace-format
msgid "no medium {0}"
msgstr "没有媒体 {0}"

#. {0}: id.prefix(64)
#: Sources/KosServer/APIService+People.swift:23
#: Sources/KosServer/APIService+People.swift:65
#: Sources/KosServer/APIService+People.swift:95
#, python-brace-format
msgid "no person {0}"
msgstr "没有人员 {0}"

#: Sources/KosEngine/ApprovalPolicy.swift:69
msgid "no reason given"
msgstr "未说明理由"

#. {0}: revision
#. {1}: draftID
#: Sources/KosServer/APIService.swift:248
#, python-brace-format
msgid "no reviewer suggested a rewording of revision {0} of {1}"
msgstr "没有审核人对 {1} 的修订版 {0} 提出改写建议"

#: Sources/KosCLI/CalendarCommand.swift:143
msgid "no slots in this period"
msgstr "此时段内没有档期"

#: Sources/KosDefinitions/DefinitionLoader.swift:69
msgid "no such file or folder"
msgstr "没有这个文件或文件夹"

#: Sources/KosCLI/LintCommand.swift:110
msgid "no such folder"
msgstr "没有这个文件夹"

#. {0}: id
#: Sources/KosServer/Console.swift:227
#, python-brace-format
msgid "no such medium in {0}"
msgstr "{0} 中没有这个媒体"

#. {0}: s.workflows
#: Sources/kosd/Kosd.swift:59
#, python-brace-format
msgid "no workflow files in {0}"
msgstr "{0} 中没有工作流文件"

#. {0}: absolute
#. {1}: now
#: Sources/kosd/Options.swift:118
#, python-brace-format
msgid ""
"no workflows at {0}\n"
"  kosd reads the workflow definitions from the folder named by 'workflows' in kosd.yaml, KOSD_WORKFLOWS or --workflows ({1}).\n"
"  Point it at your Workflows/ folder; `kosd check-config` shows every setting in force."
msgstr ""
"{0} 处没有工作流\n"
"  kosd 从 kosd.yaml 中的 'workflows'、KOSD_WORKFLOWS 或 --workflows 指定的文件夹读取工作流定义（{1}）。\n"
"  请将其指向你的 Workflows/ 文件夹；`kosd check-config` 会显示所有生效的设置。"

#. {0}: folder
#: Sources/KosCLI/DraftCommands.swift:463
#, python-brace-format
msgid "no {0} folder here to read the workflow from (--workflows names another)"
msgstr "此处没有可读取工作流的 {0} 文件夹（可用 --workflows 指定其他文件夹）"

#: Sources/KosCLI/PeopleCommand.swift:69
msgid "nobody"
msgstr "无人"

#: Sources/KosEngine/ApprovalPolicy.swift:17
msgid "nobody approves their own draft"
msgstr "任何人都不能审批自己的草稿"

#: Sources/KosCLI/CalendarCommand.swift:53
#: Sources/KosCLI/PeopleCommand.swift:57
#: Sources/KosCLI/PeopleCommand.swift:67
#: Sources/KosCLI/PeopleCommand.swift:148
msgid "none"
msgstr "无"

#: Sources/kosd/Kosd.swift:77
msgid "none (set api.public_url for gateways to fetch media)"
msgstr "无（设置 api.public_url 后网关才能获取媒体）"

#: Sources/KosStore/PostgresStore.swift:49
msgid "not a PostgreSQL URL: write postgres://USER@HOST[:PORT]/DATABASE"
msgstr "不是 PostgreSQL URL：请写成 postgres://USER@HOST[:PORT]/DATABASE"

#: Sources/KosDelivery/NetworkGuard.swift:10
msgid "not an IPv4 address"
msgstr "不是 IPv4 地址"

#: Sources/KosDelivery/NetworkGuard.swift:34
msgid "not an IPv6 address"
msgstr "不是 IPv6 地址"

#: Sources/KosDelivery/CurlExchange.swift:189
msgid "not an internet address"
msgstr "不是互联网地址"

#: Sources/KosServer/Console.swift:466
msgid "note"
msgstr "提示"

#: Sources/KosCLI/PeopleCommand.swift:109
msgid "nothing changed (--dry-run)"
msgstr "未做任何修改（--dry-run）"

#: Sources/KosCLI/DraftCommands.swift:179
msgid "nothing waits for you"
msgstr "没有等待你处理的草稿"

#. {0}: id
#: Sources/KosStore/PostgresStore+Endpoints.swift:101
#: Sources/KosStore/SQLiteStore+Endpoints.swift:100
#, python-brace-format
msgid "notice {0}"
msgstr "通知 {0}"

#: Sources/KosDefinitions/Language.swift:70
msgid "notify step"
msgstr "通知步骤"

#: Sources/KosEngine/Offboarding.swift:16
msgid "now"
msgstr "现在"

#. {0}: settings.workflows
#: Sources/kosd/Options.swift:117
#, python-brace-format
msgid "now '{0}'"
msgstr "当前为 '{0}'"

#. {0}: settings.workflows
#. {1}: cwd
#: Sources/kosd/Options.swift:117
#, python-brace-format
msgid "now '{0}', from {1}"
msgstr "当前为 '{0}'，相对于 {1}"

#: Sources/KosYAML/YAMLNode.swift:55
msgid "null"
msgstr "空值（null）"

#: Sources/KosServer/APIService.swift:795
msgid "of the author's store"
msgstr "作者所在门店的审核人"

#: Sources/KosDefinitions/Language.swift:47
msgid "offboarding"
msgstr "离职交接设置"

#: Sources/KosServer/APIService+People.swift:64
msgid "offboarding needs the admin role"
msgstr "离职交接需要管理员角色"

#: Sources/KosCLI/AuditCommand.swift:24
#: Sources/KosCLI/LintOutput.swift:33
#: Sources/KosCLI/ValidateCommand.swift:61
msgid "ok"
msgstr "通过"

#: Sources/kosd/Kosd.swift:79
msgid "on the API socket only (set api.listen or api.public_url for browsers)"
msgstr "仅在 API 套接字上（设置 api.listen 或 api.public_url 后浏览器才能访问）"

#. {0}: values.joined(separator: ", ")
#: Sources/KosDefinitions/Shape.swift:125
#, python-brace-format
msgid "one of {0}"
msgstr "以下值之一：{0}"

#: Sources/KosServer/APIService.swift:584
msgid "only admins enable endpoints"
msgstr "只有管理员可以启用端点"

#: Sources/KosServer/APIService.swift:554
msgid "only admins replay deliveries"
msgstr "只有管理员可以重发投递"

#. {0}: id.prefix(64)
#: Sources/KosServer/APIService+People.swift:94
#, python-brace-format
msgid "only an admin or {0} says when they are away"
msgstr "只有管理员或 {0} 本人可以设置外出时间"

#: Sources/KosServer/APIService.swift:139
msgid "only the author or an admin withdraws a draft"
msgstr "只有作者或管理员可以撤回草稿"

#: Sources/KosServer/APIService.swift:110
msgid "only the author revises a draft; reviewers reject it with a reason instead"
msgstr "只有作者可以修订草稿；审核人请改为附理由驳回"

#: Sources/KosServer/APIService.swift:236
msgid "only the author takes a suggested rewording of their draft"
msgstr "只有作者可以采用对自己草稿的改写建议"

#: Sources/KosCLI/EndpointsCommand.swift:37
msgid "open"
msgstr "熔断"

#: Sources/KosYAML/YAMLLoader.swift:69
msgid "out of memory starting the YAML parser"
msgstr "启动 YAML 解析器时内存不足"

#: Sources/KosStore/AuditChain.swift:30
msgid "out of order"
msgstr "顺序错乱"

#: Sources/KosCLI/CalendarCommand.swift:140
msgid "outside the calendar's slots"
msgstr "不在内容日历的档期内"

#: Sources/KosCLI/Client/ClientOptions.swift:183
#: Sources/KosServer/Console.swift:456
msgid "parked"
msgstr "已搁置"

#. {0}: stepID
#. {1}: strikes
#. {2}: reason
#: Sources/KosStore/PostgresStore+Steps.swift:133
#: Sources/KosStore/SQLiteStore+Steps.swift:189
#, python-brace-format
msgid "parked: step {0} stopped a worker {1} times ({2}); an admin looks at the draft and the checks"
msgstr "已搁置：步骤 {0} 已使工作进程中断 {1} 次（{2}）；需由管理员查看草稿和检查"

#. {0}: e.rule
#. {1}: e.match
#. {2}: e.step
#. {3}: e.why
#: Sources/KosCLI/LintCommand.swift:179
#, python-brace-format
msgid "passed [{0}] \"{1}\" — {2}: {3}"
msgstr "放行 [{0}]「{1}」— {2}：{3}"

#: Sources/KosServer/Console.swift:424
msgid "past its deadline"
msgstr "已超过截止时间"

#: Sources/KosCLI/Client/ClientOptions.swift:184
msgid "pending"
msgstr "待投递"

#: Sources/KosCLI/DeliveriesCommand.swift:16
msgid "pending, failed (being retried), delivered or dead."
msgstr "pending（待投递）、failed（重试中）、delivered（已投递）或 dead（死信）。"

#. {0}: personID | handover.personID
#: Sources/KosStore/PostgresStore+Directory.swift:69
#: Sources/KosStore/PostgresStore+Directory.swift:123
#: Sources/KosStore/PostgresStore+People.swift:98
#: Sources/KosStore/SQLiteStore+Directory.swift:57
#, python-brace-format
msgid "person {0}"
msgstr "人员 {0}"

#. {0}: key
#: Sources/KosSchedule/SlotPlanner.swift:94
#, python-brace-format
msgid "platform {0}"
msgstr "平台 {0}"

#. {0}: extra
#: Sources/KosCore/Kit.swift:223
#, python-brace-format
msgid "platforms not in the kit: {0}"
msgstr "素材包里没有的平台：{0}"

#. {0}: extra
#: Sources/KosCore/Kit.swift:224
#, python-brace-format
msgid "products not in the kit: {0}"
msgstr "素材包里没有的产品：{0}"

#: Sources/KosDefinitions/Language.swift:69
msgid "publish step"
msgstr "发布步骤"

#: Sources/KosCLI/Client/ClientOptions.swift:175
#: Sources/KosServer/Console.swift:449
msgid "published"
msgstr "已发布"

#: Sources/KosCLI/Client/ClientOptions.swift:174
#: Sources/KosServer/Console.swift:448
msgid "publishing"
msgstr "发布中"

#. {0}: count
#. {1}: version
#: Sources/KosEngine/Daemon/Reloader.swift:71
#, python-brace-format
msgid "ready: reloaded, {0} workflows, definitions {1}"
msgstr "就绪：已重新加载，{0} 个工作流，定义版本 {1}"

#. {0}: workflows
#. {1}: supervisor.count
#. {2}: version
#. {3}: addresses
#: Sources/kosd/Serve.swift:276
#, python-brace-format
msgid "ready: {0} workflows, {1} workers, definitions {2}, API on {3}"
msgstr "就绪：{0} 个工作流，{1} 个工作进程，定义版本 {2}，API 位于 {3}"

#. {0}: current.definitions.workflows.count
#. {1}: supervisor.alive
#. {2}: running
#. {3}: current.version ?? ""
#: Sources/kosd/Serve.swift:240
#, python-brace-format
msgid "ready: {0} workflows, {1} workers, {2} runs in flight, definitions {3}"
msgstr "就绪：{0} 个工作流，{1} 个工作进程，{2} 个流程进行中，定义版本 {3}"

#: Sources/KosEngine/Steps/PublishRunner.swift:115
msgid "refused before connecting"
msgstr "连接前即被拒绝"

#. {0}: blocked
#: Sources/KosDelivery/CurlDeliverer.swift:63
#, python-brace-format
msgid "refused before connecting: {0}; only public addresses are allowed unless the endpoint sets allow_private_network: true"
msgstr "连接前即被拒绝：{0}；除非端点设置了 allow_private_network: true，否则只允许公网地址"

#: Sources/KosCLI/Client/ClientOptions.swift:177
#: Sources/KosServer/Console.swift:451
msgid "rejected"
msgstr "已驳回"

#. {0}: draft.id
#. {1}: revision
#. {2}: reason
#: Sources/KosCLI/DraftCommands.swift:290
#, python-brace-format
msgid "rejected {0} revision {1}: {2}"
msgstr "已驳回 {0} 修订版 {1}：{2}"

#: Sources/KosCLI/Client/ClientOptions.swift:191
msgid "released"
msgstr "已释放"

#. {0}: kept
#: Sources/KosEngine/Daemon/Reloader.swift:62
#, python-brace-format
msgid "reload failed: the store does not answer; {0}"
msgstr "重新加载失败：数据存储没有响应；{0}"

#. {0}: refusal.summary
#. {1}: kept
#: Sources/KosEngine/Daemon/Reloader.swift:55
#, python-brace-format
msgid "reload failed: {0}; {1}"
msgstr "重新加载失败：{0}；{1}"

#. {0}: error
#: Sources/KosEngine/Daemon/Reloader.swift:61
#, python-brace-format
msgid "reload refused: the definitions cannot be recorded in the store: {0}"
msgstr "拒绝重新加载：无法将定义记录到数据存储：{0}"

#. {0}: problem | d | other
#: Sources/kosd/Serve.swift:299
#: Sources/kosd/Serve.swift:305
#: Sources/kosd/Serve.swift:306
#, python-brace-format
msgid "reload refused: {0}"
msgstr "拒绝重新加载：{0}"

#. {0}: plan.restartNeeded.joined(separator: ", ")
#: Sources/KosEngine/Daemon/Reloader.swift:65
#, python-brace-format
msgid "reload: {0} changed; that takes effect at the next restart"
msgstr "重新加载：{0} 已更改；将在下次重启时生效"

#. {0}: count
#. {1}: version
#: Sources/KosEngine/Daemon/Reloader.swift:70
#, python-brace-format
msgid "reloaded: {0} workflows, definitions {1}; runs already started keep theirs"
msgstr "已重新加载：{0} 个工作流，定义版本 {1}；已开始的流程继续使用原来的定义"

#: Sources/KosEngine/Daemon/Supervisor.swift:284
msgid "reloading configuration and workflows"
msgstr "正在重新加载配置和工作流"

#. {0}: replayed.count
#. {1}: ids.count
#: Sources/KosCLI/DeliveriesCommand.swift:107
#, python-brace-format
msgid "replayed {0} of {1} dead letter"
msgid_plural "replayed {0} of {1} dead letters"
msgstr[0] "{1} 封死信中已重发 {0} 封"

#: Sources/KosServer/HTTPServer.swift:377
msgid "request failed"
msgstr "请求失败"

#: Sources/KosDefinitions/Language.swift:74
msgid "retry"
msgstr "重试设置"

#: Sources/KosCLI/Client/ClientOptions.swift:200
#: Sources/KosServer/ConsolePages.swift:191
msgid "reviewer"
msgstr "审核人"

#. {0}: field("revision")
#: Sources/KosServer/ConsolePages.swift:231
#: Sources/KosServer/ConsolePages.swift:257
#: Sources/KosServer/ConsolePages.swift:272
#: Sources/KosServer/ConsolePages.swift:377
#, python-brace-format
msgid "revision {0}"
msgstr "修订版 {0}"

#. {0}: last + 1
#. {1}: last
#: Sources/KosStore/StoreRules.swift:152
#, python-brace-format
msgid "revision {0} replaces revision {1}"
msgstr "修订版 {0} 取代了修订版 {1}"

#. {0}: utcMinute($0)
#: Sources/kosd/Kosd.swift:186
#, python-brace-format
msgid "revoked {0}"
msgstr "已于 {0} 撤销"

#. {0}: role
#: Sources/KosServer/APIService.swift:793
#, python-brace-format
msgid "role {0}"
msgstr "角色为 {0} 的人"

#. {0}: role
#: Sources/KosServer/APIService.swift:793
#, python-brace-format
msgid "role {0}, of the author's store"
msgstr "作者所在门店中角色为 {0} 的人"

#: Sources/KosDefinitions/Language.swift:271
msgid "rule"
msgstr "规则"

#. {0}: id
#. {1}: first
#: Sources/KosDefinitions/Decoder.swift:307
#, python-brace-format
msgid "rule id '{0}' is used twice in this pack (first at {1})"
msgstr "规则 id '{0}' 在此规则包中使用了两次（第一次在 {1}）"

#. {0}: rule.info.id
#. {1}: text
#: Sources/KosRules/Linter.swift:119
#, python-brace-format
msgid "rule {0} does not flag its fixture \"{1}\"; the pack is refused"
msgstr "规则 {0} 没有标记出它的自测样例「{1}」；该规则包被拒绝"

#. {0}: rule.info.id
#. {1}: text
#: Sources/KosRules/Linter.swift:124
#, python-brace-format
msgid "rule {0} flags its pass fixture \"{1}\"; the pack is refused"
msgstr "规则 {0} 标记了本应通过的自测样例「{1}」；该规则包被拒绝"

#. {0}: pack.id
#. {1}: rule.id
#: Sources/KosEngine/Worker.swift:94
#, python-brace-format
msgid "rule {0}/{1} runs a checker program and is refused: kosd.yaml turns programs off (checks.programs: off)"
msgstr "规则 {0}/{1} 会运行检查程序，因此被拒绝：kosd.yaml 已关闭程序（checks.programs: off）"

#: Sources/KosCLI/ReportCommand.swift:100
msgid "rules that blocked drafts:"
msgstr "拦截过草稿的规则："

#: Sources/KosStore/Store.swift:452
msgid "run"
msgstr "流程"

#. {0}: status.rawValue
#: Sources/kosd/Serve.swift:81
#, python-brace-format
msgid "run {0}"
msgstr "流程 {0}"

#. {0}: runID
#: Sources/KosStore/Store.swift:1063
#, python-brace-format
msgid "run {0} has ended; nothing to decide"
msgstr "流程 {0} 已结束；无需再作决定"

#. {0}: runID
#. {1}: contentHash
#: Sources/KosStore/Store.swift:1063
#, python-brace-format
msgid "run {0} is not on the revision with content {1}"
msgstr "流程 {0} 不在内容为 {1} 的修订版上"

#. {0}: running.version ?? ""
#. {1}: running.definitions.workflows.count
#: Sources/KosEngine/Daemon/Reloader.swift:52
#, python-brace-format
msgid "running definitions kept ({0}, {1} workflows)"
msgstr "保留正在运行的定义（{0}，{1} 个工作流）"

#: Sources/KosCLI/PeopleCommand.swift:172
msgid "say --until DATE --delegate ID, or --back"
msgstr "请使用 --until DATE --delegate ID，或 --back"

#: Sources/KosCLI/Client/ClientOptions.swift:173
#: Sources/KosServer/Console.swift:447
msgid "scheduled"
msgstr "已排期"

#: Sources/KosCore/CronExpression.swift:258
msgid "second"
msgstr "秒"

#. {0}: ref
#: Sources/KosDelivery/WebhookSecret.swift:39
#, python-brace-format
msgid "secret {0} cannot be read"
msgstr "无法读取密钥 {0}"

#. {0}: ref
#: Sources/KosDelivery/WebhookSecret.swift:35
#, python-brace-format
msgid "secret {0} needs $CREDENTIALS_DIRECTORY (systemd LoadCredential=)"
msgstr "密钥 {0} 需要 $CREDENTIALS_DIRECTORY（systemd LoadCredential=）"

#. {0}: ref
#. {1}: error.message
#: Sources/KosDelivery/WebhookSecret.swift:43
#, python-brace-format
msgid "secret {0}: {1}"
msgstr "密钥 {0}：{1}"

#: Sources/KosServer/APIService.swift:58
msgid "send 'Authorization: Bearer <token>'; an admin issues tokens with 'kosd token create'"
msgstr "请发送 'Authorization: Bearer <token>'；管理员可用 'kosd token create' 发放令牌"

#. {0}: m.path
#: Sources/KosDefinitions/Decoder.swift:193
#, python-brace-format
msgid "sha256 of {0} is not 64 hex digits"
msgstr "{0} 的 sha256 不是 64 位十六进制数字"

#. {0}: Table.local(link.expiresAt)
#: Sources/KosCLI/DraftCommands.swift:199
#, python-brace-format
msgid "signs in once, until {0}; do not forward it"
msgstr "只能登录一次，有效期至 {0}；请勿转发"

#. {0}: field("since")
#: Sources/KosServer/ConsolePages.swift:258
#, python-brace-format
msgid "since {0}"
msgstr "自 {0} 起"

#: Sources/KosCLI/CalendarCommand.swift:344
msgid "skipped"
msgstr "已跳过"

#. {0}: slot.name
#: Sources/KosDefinitions/Decoder.swift:185
#, python-brace-format
msgid "slot '{0}' has no max_chars: an associate could write a whole post there"
msgstr "填写位 '{0}' 没有 max_chars：店员可能在那里写下整篇帖子"

#. {0}: slot.name
#: Sources/KosDefinitions/Decoder.swift:183
#, python-brace-format
msgid "slot '{0}' is declared twice"
msgstr "填写位 '{0}' 声明了两次"

#. {0}: id
#: Sources/KosDefinitions/Decoder.swift:249
#, python-brace-format
msgid "slot '{0}' is named twice"
msgstr "档期名 '{0}' 用了两次"

#. {0}: slot.name
#. {1}: placeholder
#: Sources/KosDefinitions/Decoder.swift:184
#, python-brace-format
msgid "slot '{0}' is not in the title or body ({1})"
msgstr "填写位 '{0}' 未出现在标题或正文中（{1}）"

#: Sources/KosStore/Store.swift:456
msgid "slot booking"
msgstr "档期预订"

#. {0}: slot.platforms.joined(separator: ", ")
#: Sources/KosSchedule/SlotPlanner.swift:145
#, python-brace-format
msgid "slot is for {0} only"
msgstr "此档期仅供 {0} 使用"

#. {0}: asked
#: Sources/KosEngine/Worker+Slots.swift:46
#, python-brace-format
msgid "slot {0} is not a local date-time such as 2026-12-01T20:00"
msgstr "档期 {0} 不是 2026-12-01T20:00 这样的本地日期时间"

#: Sources/KosServer/ConsoleHealth.swift:64
msgid "slots missed"
msgstr "错过的档期"

#: Sources/KosServer/ConsoleHealth.swift:64
msgid "slots moved"
msgstr "改期的档期"

#. {0}: limited.retryAfter
#: Sources/KosServer/HTTPServer.swift:364
#, python-brace-format
msgid "slow down; try again in {0} s"
msgstr "请求过于频繁；请在 {0} 秒后重试"

#. {0}: modes.joined(separator: ", ")
#. {1}: mode
#: Sources/KosStore/PostgresStore.swift:56
#, python-brace-format
msgid "sslmode is one of {0}, not '{1}'"
msgstr "sslmode 必须是 {0} 之一，而不是 '{1}'"

#: Sources/KosCLI/Client/APIClient.swift:129
msgid "start it with `kosd serve`, or point kos at the right one with --server, KOS_SERVER or `kos login --server`"
msgstr "请用 `kosd serve` 启动它，或用 --server、KOS_SERVER 或 `kos login --server` 让 kos 指向正确的 kosd"

#. {0}: filter.prefix(40) | state.prefix(40)
#. {1}: DraftProgress.allCases.map(\.rawValue).joined(separator: ", ") | states.joined(separator: ", ")
#: Sources/KosServer/APIService.swift:152
#: Sources/KosServer/APIService.swift:536
#, python-brace-format
msgid "state '{0}' is not one of {1}"
msgstr "状态 '{0}' 不在以下范围内：{1}"

#. {0}: result.status.map(String.init) ?? "-"
#: Sources/KosEngine/Worker.swift:418
#, python-brace-format
msgid "status {0}"
msgstr "状态码 {0}"

#: Sources/KosDefinitions/Language.swift:61
#: Sources/KosStore/Store.swift:454
msgid "step"
msgstr "步骤"

#. {0}: s.id
#. {1}: first
#: Sources/KosDefinitions/Decoder.swift:77
#, python-brace-format
msgid "step id '{0}' is used twice in this workflow (first at {1})"
msgstr "步骤 id '{0}' 在此工作流中使用了两次（第一次在 {1}）"

#. {0}: step
#. {1}: epoch
#: Sources/KosStore/Store.swift:1044
#, python-brace-format
msgid "step {0} is no longer held at epoch {1}; another worker claimed it"
msgstr "步骤 {0} 已不再以租约轮次 {1} 持有；另一个工作进程领取了它"

#. {0}: fence.stepID
#. {1}: fence.epoch
#: Sources/KosStore/PostgresStore+Slots.swift:117
#: Sources/KosStore/SQLiteStore+Slots.swift:90
#, python-brace-format
msgid "step {0} is no longer held under epoch {1}: another worker took it over"
msgstr "步骤 {0} 已不再以租约轮次 {1} 持有：另一个工作进程接手了它"

#. {0}: step.id
#. {1}: exec.command.first ?? tr("a program")
#: Sources/KosEngine/Worker.swift:88
#, python-brace-format
msgid "step {0} runs {1} and is refused: kosd.yaml turns programs off (checks.programs: off)"
msgstr "步骤 {0} 会运行 {1}，因此被拒绝：kosd.yaml 已关闭程序（checks.programs: off）"

#. {0}: step
#: Sources/kosd/Serve.swift:246
#, python-brace-format
msgid "step {0} stopped a worker three times; its run is parked for an admin to look at (kos drafts --state parked)"
msgstr "步骤 {0} 已三次使工作进程中断；其流程已搁置，等待管理员查看（kos drafts --state parked）"

#. {0}: input.step.id
#: Sources/KosEngine/Steps/ApprovalRunner.swift:14
#, python-brace-format
msgid "step {0}: the workflow's auto_approve condition holds"
msgstr "步骤 {0}：满足工作流的 auto_approve 条件"

#. {0}: workflow.steps[open.index].id
#. {1}: refusal
#: Sources/KosServer/APIService.swift:290
#, python-brace-format
msgid "step {0}: {1}"
msgstr "步骤 {0}：{1}"

#: Sources/kosd/Serve.swift:285
msgid "stopped"
msgstr "已停止"

#: Sources/KosEngine/Daemon/WorkerService.swift:84
msgid "stopped: steps in hand finished, the rest handed back"
msgstr "已停止：手头的步骤已完成，其余已交还"

#: Sources/KosEngine/Daemon/Supervisor.swift:313
msgid "stopping: no new steps are claimed, steps in hand finish, requests in flight are answered"
msgstr "正在停止：不再领取新步骤，手头的步骤运行完毕，进行中的请求会得到应答"

#: Sources/KosDefinitions/Language.swift:172
msgid "store"
msgstr "门店"

#. {0}: id | store.id
#. {1}: first | first.source
#: Sources/KosDefinitions/Decoder.swift:222
#: Sources/KosDefinitions/DefinitionLoader.swift:223
#, python-brace-format
msgid "store '{0}' is listed twice (first at {1})"
msgstr "门店 '{0}' 列出了两次（第一次在 {1}）"

#. {0}: id
#: Sources/KosDefinitions/Decoder.swift:218
#, python-brace-format
msgid "store '{0}' is not a store code (letters, digits and -, e.g. SH-IFC)"
msgstr "门店 '{0}' 不是门店代码（由字母、数字和 - 组成，如 SH-IFC）"

#. {0}: key | $0
#: Sources/KosSchedule/SlotPlanner.swift:93
#: Sources/kosd/Kosd.swift:260
#, python-brace-format
msgid "store {0}"
msgstr "门店 {0}"

#: Sources/KosCLI/Client/ClientOptions.swift:170
#: Sources/KosServer/Console.swift:444
msgid "submitted"
msgstr "已提交"

#. {0}: d.id
#. {1}: d.workflow
#. {2}: state
#: Sources/KosCLI/DraftCommands.swift:103
#, python-brace-format
msgid "submitted {0} to {1}: {2}"
msgstr "已将 {0} 提交到 {1}：{2}"

#. {0}: d.id
#. {1}: d.workflow
#. {2}: state
#. {3}: $0
#: Sources/KosCLI/DraftCommands.swift:103
#, python-brace-format
msgid "submitted {0} to {1}: {2} ({3})"
msgstr "已将 {0} 提交到 {1}：{2}（{3}）"

#. {0}: r.successor ?? tr("none")
#. {1}: r.handedOver.count
#. {2}: r.cancelled.count
#. {3}: r.tokensRevoked
#. {4}: r.accountsPassed.isEmpty ? "-" : r.accountsPassed.joined(separator: ", ")
#. {5}: r.accountsRetired.isEmpty ? "-" : r.accountsRetired.joined(separator: ", ")
#. {6}: r.live.count
#. {7}: r.recalls.count
#: Sources/KosStore/StoreRules+Directory.swift:101
#, python-brace-format
msgid "successor {0}; {1} posts handed over, {2} cancelled; {3} tokens revoked; accounts passed {4}, retired {5}; {6} posts live on their own accounts, {7} recall requests"
msgstr "接任人 {0}；交接 {1} 篇帖子，取消 {2} 篇；撤销 {3} 个令牌；移交账号 {4}，停用账号 {5}；个人账号上仍在线的帖子 {6} 篇，撤回请求 {7} 个"

#: Sources/KosCLI/Client/ClientOptions.swift:181
#: Sources/KosServer/Console.swift:454
msgid "superseded"
msgstr "已被取代"

#. {0}: count
#: Sources/KosEngine/Daemon/Supervisor.swift:259
#, python-brace-format
msgid "supervising {0} workers"
msgstr "正在监管 {0} 个工作进程"

#. {0}: shortTag(tag)
#: Sources/KosYAML/YAMLLoader.swift:337
#, python-brace-format
msgid "tag '{0}' cannot be given to a list"
msgstr "标签 '{0}' 不能用于列表"

#. {0}: shortTag(tag)
#: Sources/KosYAML/YAMLLoader.swift:337
#, python-brace-format
msgid "tag '{0}' cannot be given to a mapping"
msgstr "标签 '{0}' 不能用于映射"

#. {0}: shortTag(tag)
#: Sources/KosYAML/YAMLLoader.swift:360
#, python-brace-format
msgid "tag '{0}' cannot be given to a scalar"
msgstr "标签 '{0}' 不能用于标量"

#. {0}: detail.draft.revision + 1
#. {1}: detail.draft.id
#: Sources/KosCLI/DraftCommands.swift:238
#, python-brace-format
msgid "take it as revision {0} with: kos accept-suggestion {1}"
msgstr "用以下命令将其采纳为修订版 {0}：kos accept-suggestion {1}"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:230
#, python-brace-format
msgid "template '{0}' must be a path inside Templates/"
msgstr "模板 '{0}' 必须是 Templates/ 内的路径"

#. {0}: Self.explain(error.error) | error
#: Sources/KosTemplates/PayloadTemplate.swift:23
#: Sources/KosTemplates/PayloadTemplate.swift:26
#, python-brace-format
msgid "template does not compile: {0}"
msgstr "模板无法编译：{0}"

#. {0}: path
#: Sources/KosDefinitions/DefinitionLoader.swift:409
#, python-brace-format
msgid "template file {0} does not exist"
msgstr "模板文件 {0} 不存在"

#. {0}: template.path
#. {1}: fieldNames
#. {2}: named
#. {3}: rules.count - 2
#. {4}: endpoint
#. {5}: render
#: Sources/KosDefinitions/DefinitionLoader+Coverage.swift:54
#, python-brace-format
msgid "template {0} does not carry the draft's {1}: what {2} and {3} more look for there would not reach {4}, and kosd refuses such a delivery. Render {5} in the template"
msgstr "模板 {0} 没有包含草稿的 {1}：{2} 及另外 {3} 条规则要在那里查找的内容到不了 {4}，kosd 会拒绝这样的投递。请在模板中渲染 {5}"

#. {0}: template.path
#. {1}: fieldNames
#. {2}: named
#. {3}: endpoint
#. {4}: render
#: Sources/KosDefinitions/DefinitionLoader+Coverage.swift:55
#, python-brace-format
msgid "template {0} does not carry the draft's {1}: what {2} look for there would not reach {3}, and kosd refuses such a delivery. Render {4} in the template"
msgstr "模板 {0} 没有包含草稿的 {1}：{2} 要在那里查找的内容到不了 {3}，kosd 会拒绝这样的投递。请在模板中渲染 {4}"

#. {0}: delivery.template
#. {1}: error
#: Sources/KosEngine/Steps/PublishRunner.swift:88
#, python-brace-format
msgid "template {0}: {1}"
msgstr "模板 {0}：{1}"

#: Sources/KosServer/ConsolePreview.swift:60
msgid "text"
msgstr "正文"

#: Sources/KosServer/ConsolePreview.swift:60
msgid "text (half-characters)"
msgstr "正文（按半角字符计）"

#. {0}: (added ?? "").prefix(40)
#: Sources/KosCore/Kit.swift:290
#, python-brace-format
msgid "text added after the kit's end: 「{0}」"
msgstr "在素材包文本结尾之后添加了文字：「{0}」"

#: Sources/KosDefinitions/DaemonConfig.swift:75
msgid "the API socket is a path shorter than 108 bytes"
msgstr "API 套接字应为短于 108 字节的路径"

#: Sources/KosDelivery/NetworkGuard.swift:35
msgid "the IPv6 loopback address (::1)"
msgstr "IPv6 回环地址（::1）"

#. {0}: key
#. {1}: id
#. {2}: summary.workflow
#. {3}: id
#: Sources/KosServer/APIService.swift:99
#, python-brace-format
msgid "the Idempotency-Key '{0}' was used for {1} with other content and workflow {2}; nothing was submitted. Use a new key for a new draft, or 'kos revise {3}' to change that one"
msgstr "Idempotency-Key '{0}' 已用于 {1}，但内容不同、工作流为 {2}；本次未提交任何内容。新草稿请使用新的键，或用 'kos revise {3}' 修改那篇草稿"

#. {0}: key
#. {1}: id
#. {2}: id
#: Sources/KosServer/APIService.swift:100
#, python-brace-format
msgid "the Idempotency-Key '{0}' was used for {1} with other content; nothing was submitted. Use a new key for a new draft, or 'kos revise {2}' to change that one"
msgstr "Idempotency-Key '{0}' 已用于 {1}，但内容不同；本次未提交任何内容。新草稿请使用新的键，或用 'kos revise {2}' 修改那篇草稿"

#: Sources/KosServer/APIService.swift:75
msgid "the Idempotency-Key header must be 1 to 200 characters"
msgstr "Idempotency-Key 请求头须为 1 到 200 个字符"

#: Sources/KosEngine/Offboarding.swift:68
msgid "the associate left the program; the post is on their own account"
msgstr "该店员已离开项目；帖子发布在其个人账号上"

#: Sources/KosServer/APIService.swift:593
#: Sources/KosServer/APIService.swift:598
msgid "the audit log is for admins"
msgstr "审计日志仅供管理员查看"

#. {0}: status
#: Sources/KosRules/ImageReader.swift:79
#, python-brace-format
msgid "the barcode reader (zbarimg) failed with status {0}"
msgstr "条码识别程序（zbarimg）失败，状态 {0}"

#. {0}: signal
#: Sources/KosRules/ImageReader.swift:81
#, python-brace-format
msgid "the barcode reader (zbarimg) was stopped by signal {0}"
msgstr "条码识别程序（zbarimg）被信号 {0} 终止"

#. {0}: why
#: Sources/KosRules/ImageReader.swift:82
#, python-brace-format
msgid "the barcode reader could not start: {0} (Debian's zbar-tools)"
msgstr "条码识别程序无法启动：{0}（需要 Debian 的 zbar-tools 软件包）"

#: Sources/KosServer/HTTPServer.swift:318
msgid "the body is not the JSON expected"
msgstr "请求体不是预期的 JSON"

#: Sources/KosServer/HTTPServer.swift:317
msgid "the body is not valid JSON (UTF-8)"
msgstr "请求体不是有效的 JSON（UTF-8）"

#. {0}: why
#: Sources/KosCore/Kit.swift:208
#, python-brace-format
msgid "the body: {0}"
msgstr "正文：{0}"

#: Sources/KosServer/APIService+People.swift:73
#: Sources/KosServer/APIService+People.swift:73
msgid "the brand"
msgstr "品牌方"

#: Sources/KosEngine/ApprovalPolicy.swift:21
#: Sources/KosServer/APIService.swift:260
msgid "the brand's reviewers decide its approvals; an agency's people do not"
msgstr "品牌的审批由品牌的审核人决定，机构人员不能决定"

#: Sources/KosCLI/DraftCommands.swift:460
msgid "the built-in guideline packs cannot be loaded"
msgstr "无法加载内置规则包"

#. {0}: error
#: Sources/KosEngine/Worker.swift:56
#, python-brace-format
msgid "the built-in guideline packs cannot be loaded: {0}"
msgstr "无法加载内置规则包：{0}"

#. {0}: reference
#. {1}: API.timestamp(from)
#: Sources/KosEngine/Worker.swift:617
#, python-brace-format
msgid "the campaign kit {0} it was made from may be posted from {1}"
msgstr "此帖所用的活动素材包 {0} 从 {1} 起才可发布"

#. {0}: names.joined(separator: ", ")
#: Sources/KosSchedule/SlotPlanner.swift:148
#, python-brace-format
msgid "the campaign kit's posts take only the slots {0}"
msgstr "活动素材包的帖子只能使用档期 {0}"

#. {0}: Int(checkBudget.inSeconds)
#: Sources/KosEngine/Worker+Images.swift:24
#, python-brace-format
msgid "the check's budget ({0} s) ran out before it was read"
msgstr "在读取它之前，检查的时间预算（{0} 秒）已用完"

#. {0}: endpoint.id
#. {1}: API.timestamp(until)
#: Sources/KosEngine/Steps/PublishRunner.swift:51
#, python-brace-format
msgid "the circuit of {0} is open until {1}; nothing is sent to it before"
msgstr "{0} 的熔断器在 {1} 前处于断开状态；此前不向它发送任何内容"

#. {0}: path
#: Sources/KosRules/ImageCheck.swift:18
#, python-brace-format
msgid "the cover frame of {0}"
msgstr "{0} 的封面帧"

#: Sources/KosCLI/DraftCommands.swift:92
msgid "the daemon's checks will block this draft; submitting so the record is complete"
msgstr "守护进程的检查将拦截此草稿；仍会提交，以保留完整记录"

#: Sources/KosDefinitions/DaemonConfig.swift:56
msgid "the database is a SQLite file path (e.g. /var/lib/kosd/kos.db) or a PostgreSQL URL (postgres://kosd@db.internal/kosflow)"
msgstr "数据库应为 SQLite 文件路径（如 /var/lib/kosd/kos.db）或 PostgreSQL URL（postgres://kosd@db.internal/kosflow）"

#. {0}: found
#. {1}: known
#: Sources/KosStore/Store.swift:1048
#, python-brace-format
msgid "the database schema is version {0}; this kosd knows up to {1}: upgrade kosd, never downgrade a database"
msgstr "数据库结构版本为 {0}；此 kosd 最高只认识 {1}：请升级 kosd，切勿降级数据库"

#. {0}: workflows
#: Sources/KosCLI/LintCommand.swift:104
#, python-brace-format
msgid "the definitions in {0} are invalid; fix them (kos validate) before linting"
msgstr "{0} 中的定义无效；请先修正（kos validate）再检查"

#. {0}: run.definitionsVersion ?? ""
#. {1}: failure.description.prefix(500)
#: Sources/KosEngine/Worker.swift:467
#, python-brace-format
msgid "the definitions {0} this run started with do not load: {1}"
msgstr "此流程开始时使用的定义版本 {0} 无法加载：{1}"

#. {0}: error.message ?? "full"
#: Sources/KosStore/SQLiteStore.swift:261
#, python-brace-format
msgid "the disk holding the store is full (SQLite: {0})"
msgstr "存放数据存储的磁盘已满（SQLite：{0}）"

#. {0}: error
#: Sources/KosEngine/Worker.swift:480
#, python-brace-format
msgid "the draft cannot be read: {0}"
msgstr "无法读取草稿：{0}"

#: Sources/KosDefinitions/DraftParser.swift:96
msgid "the draft is not UTF-8"
msgstr "草稿不是 UTF-8 编码"

#. {0}: stage
#: Sources/KosServer/APIService.swift:318
#, python-brace-format
msgid "the draft is rejected at {0}; its author sees your reason and may revise it"
msgstr "草稿在 {0} 被驳回；作者会看到你的理由，并可以修订"

#. {0}: bytes.count | size
#. {1}: maxBytes | limit
#: Sources/KosDefinitions/DraftParser.swift:61
#: Sources/KosDefinitions/DraftParser.swift:79
#, python-brace-format
msgid "the draft is {0} bytes; the limit is {1} bytes"
msgstr "草稿大小为 {0} 字节；上限是 {1} 字节"

#: Sources/KosCLI/DraftCommands.swift:467
msgid "the draft names no workflow (workflow: in its front matter, or --workflow)"
msgstr "草稿未指定工作流（在头部信息中写 workflow:，或使用 --workflow）"

#. {0}: name
#. {1}: workflows
#: Sources/KosCLI/LintCommand.swift:142
#, python-brace-format
msgid "the draft names workflow '{0}', which is not in {1}"
msgstr "草稿指定的工作流 '{0}' 不在 {1} 中"

#: Sources/KosServer/APIService.swift:92
msgid "the draft was stored but cannot be read back"
msgstr "草稿已保存，但无法读回"

#: Sources/KosServer/APIService+People.swift:175
msgid "the draft's accounts"
msgstr "草稿的账号"

#: Sources/KosEngine/Worker.swift:472
msgid "the draft's author is missing"
msgstr "找不到草稿的作者"

#: Sources/KosServer/APIService+People.swift:145
msgid "the draft's collaboration"
msgstr "草稿的合作方式"

#: Sources/KosServer/HTTPServer.swift:378
msgid "the error is in kosd's log"
msgstr "错误详情见 kosd 的日志"

#. {0}: e.term
#. {1}: e.rule
#: Sources/KosRules/Linter.swift:101
#, python-brace-format
msgid "the exception for '{0}' matches nothing {1} flags; fix the term or remove the exception"
msgstr "'{0}' 的例外匹配不到 {1} 标记的任何内容；请修正词条，或删除这条例外"

#. {0}: context.codingPath.map(\.stringValue).joined(separator: ".")
#: Sources/KosServer/HTTPServer.swift:316
#, python-brace-format
msgid "the field '{0}' has the wrong type"
msgstr "字段 '{0}' 的类型不对"

#. {0}: key.stringValue
#: Sources/KosServer/HTTPServer.swift:314
#, python-brace-format
msgid "the field '{0}' is missing"
msgstr "缺少字段 '{0}'"

#. {0}: columns.joined(separator: ",")
#: Sources/KosCore/Directory.swift:97
#, python-brace-format
msgid "the file is empty; the first row names the columns: {0}"
msgstr "文件为空；第一行应列出各列名称：{0}"

#: Sources/KosCore/Directory.swift:89
msgid "the file is not UTF-8 (save it as 'CSV UTF-8' from Excel or WPS)"
msgstr "文件不是 UTF-8 编码（请在 Excel 或 WPS 中另存为 'CSV UTF-8'）"

#. {0}: data.count >> 20
#. {1}: maxBytes >> 20
#: Sources/KosCore/Directory.swift:86
#, python-brace-format
msgid "the file is {0} MiB; a staff directory is at most {1} MiB"
msgstr "文件大小为 {0} MiB；员工名录最大 {1} MiB"

#: Sources/KosServer/ConsolePages.swift:286
msgid "the guideline"
msgstr "相关规范"

#. {0}: names
#: Sources/KosRules/Linter.swift:233
#, python-brace-format
msgid "the guideline checks did not finish (not finished: {0}); a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"
msgstr "规则检查未能完成（未完成：{0}）；未经完整检查的草稿不能发布：请缩短草稿，或请管理员查看检查情况"

#. {0}: limit
#. {1}: names
#: Sources/KosRules/Linter.swift:229
#, python-brace-format
msgid "the guideline checks did not finish within {0} (not finished: {1}); a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"
msgstr "规则检查未能在 {0} 内完成（未完成：{1}）；未经完整检查的草稿不能发布：请缩短草稿，或请管理员查看检查情况"

#. {0}: limit
#: Sources/KosRules/Linter.swift:227
#, python-brace-format
msgid "the guideline checks did not finish within {0}; a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"
msgstr "规则检查未能在 {0} 内完成；未经完整检查的草稿不能发布：请缩短草稿，或请管理员查看检查情况"

#: Sources/KosRules/Linter.swift:231
msgid "the guideline checks did not finish; a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"
msgstr "规则检查未能完成；未经完整检查的草稿不能发布：请缩短草稿，或请管理员查看检查情况"

#. {0}: required
#: Sources/KosCore/Directory.swift:112
#, python-brace-format
msgid "the header has no '{0}' column"
msgstr "表头缺少 '{0}' 列"

#. {0}: m.path
#: Sources/KosCore/Kit.swift:231
#, python-brace-format
msgid "the image {0} is not the kit's file"
msgstr "图片 {0} 不是素材包里的那个文件"

#: Sources/KosServer/APIService.swift:376
msgid "the inbox is for the brand's reviewers and admins"
msgstr "待审列表仅供品牌方的审核人和管理员使用"

#. {0}: error
#: Sources/KosServer/InheritedSocketServer.swift:54
#, python-brace-format
msgid "the inherited API socket failed: {0}"
msgstr "继承的 API 套接字出错：{0}"

#. {0}: workflow
#. {1}: named
#: Sources/KosCore/Kit.swift:234
#, python-brace-format
msgid "the kit is for {0}, not {1}"
msgstr "该素材包用于 {0}，不是 {1}"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:84
#, python-brace-format
msgid "the lease is a duration from 100ms to 24h, e.g. 30s, not '{0}'"
msgstr "lease 应为 100ms 到 24h 之间的时长，如 30s，而不是 '{0}'"

#. {0}: locked.prefix(40)
#. {1}: locked.count > 40 ? "…" : ""
#: Sources/KosCore/Kit.swift:289
#, python-brace-format
msgid "the locked text 「{0}{1}」 is changed or missing"
msgstr "锁定文本「{0}{1}」被改动或缺失"

#. {0}: file
#: Sources/KosStore/PostgresStore.swift:68
#, python-brace-format
msgid "the password file {0} cannot be read"
msgstr "无法读取密码文件 {0}"

#. {0}: path
#: Sources/KosRules/ImageCheck.swift:18
#, python-brace-format
msgid "the picture {0}"
msgstr "图片 {0}"

#. {0}: medium.path
#. {1}: why
#: Sources/KosCLI/LintCommand.swift:275
#, python-brace-format
msgid "the picture {0} cannot be checked: {1}"
msgstr "无法检查图片 {0}：{1}"

#: Sources/KosCore/EndpointHealth.swift:86
msgid "the probe after the cool-down failed"
msgstr "冷却期后的试探请求失败了"

#: Sources/KosServer/APIService.swift:453
msgid "the program's health is for the brand's reviewers and admins"
msgstr "项目健康度仅供品牌方的审核人和管理员查看"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:81
#, python-brace-format
msgid "the rate limit is like 20/s or 600/1m, not '{0}'"
msgstr "速率限制的写法如 20/s 或 600/1m，而不是 '{0}'"

#: Sources/KosServer/APIService.swift:266
msgid "the reason or comment is longer than 4000 bytes"
msgstr "理由或备注超过 4000 字节"

#. {0}: notice.reason
#: Sources/KosEngine/Worker.swift:389
#, python-brace-format
msgid "the recall of {0}"
msgstr "对 {0} 的撤回请求"

#: Sources/KosCore/EndpointHealth.swift:74
msgid "the receiver answered 410 Gone"
msgstr "接收方返回了 410 Gone"

#: Sources/KosDelivery/CurlDeliverer.swift:79
msgid "the receiver asked not to retry this message (Webhook-Abort-Retries)"
msgstr "接收方要求不要重试此消息（Webhook-Abort-Retries）"

#. {0}: text.prefix(120) | pattern.prefix(200)
#. {1}: error
#: Sources/KosDefinitions/ShapeValidator.swift:237
#: Sources/KosRules/CompiledPattern.swift:26
#, python-brace-format
msgid "the regular expression '{0}' is refused: {1}"
msgstr "正则表达式 '{0}' 被拒绝：{1}"

#: Sources/KosServer/APIService.swift:795
msgid "the reviewers"
msgstr "审核人"

#: Sources/KosEngine/Worker.swift:459
msgid "the run no longer exists, or the store holds a state for it this kosd does not know"
msgstr "该流程已不存在，或数据存储中它的状态是此 kosd 不认识的"

#: Sources/KosTemplates/PayloadTemplate.swift:39
msgid "the set-delimiter tag is malformed"
msgstr "设置分隔符的标签格式不正确"

#: Sources/KosDelivery/WebhookSecret.swift:15
msgid "the signing secret is not whsec_ followed by 16 to 64 bytes of base64"
msgstr "签名密钥不是 whsec_ 加上 16 到 64 字节的 base64"

#. {0}: slot.name
#. {1}: trimmed.count
#. {2}: max
#: Sources/KosCore/Kit.swift:217
#, python-brace-format
msgid "the slot {0} holds {1} characters; at most {2}"
msgstr "填写位 {0} 有 {1} 个字符；最多 {2} 个"

#. {0}: slot.name
#: Sources/KosCore/Kit.swift:216
#, python-brace-format
msgid "the slot {0} is not filled in"
msgstr "填写位 {0} 没有填写"

#. {0}: String(describing: error).prefix(300)
#: Sources/KosEngine/Worker.swift:445
#, python-brace-format
msgid "the step failed ({0}); it is tried again"
msgstr "步骤失败（{0}）；将再次尝试"

#. {0}: reason
#: Sources/KosEngine/Daemon/Supervisor.swift:274
#, python-brace-format
msgid "the store cannot write: {0}; new work is refused with 503 until it can"
msgstr "数据存储无法写入：{0}；恢复写入前，新工作会以 503 拒绝"

#: Sources/kosd/Serve.swift:216
msgid "the store does not answer"
msgstr "数据存储没有响应"

#. {0}: error
#: Sources/kosd/Serve.swift:268
#, python-brace-format
msgid "the store fails: {0}"
msgstr "数据存储出错：{0}"

#. {0}: what
#. {1}: text.prefix(40)
#: Sources/KosStore/Store.swift:1055
#, python-brace-format
msgid "the store holds a {0} state this kosd does not know: '{1}'"
msgstr "数据存储中有此 kosd 不认识的{0}状态：'{1}'"

#. {0}: error.message ?? "corrupt"
#: Sources/KosStore/SQLiteStore.swift:265
#, python-brace-format
msgid "the store is damaged (SQLite: {0}); stop kosd and restore the latest backup (kosd backup)"
msgstr "数据存储已损坏（SQLite：{0}）；请停止 kosd 并恢复最近的备份（kosd backup）"

#. {0}: problems.joined(separator: "; ").prefix(300)
#: Sources/KosStore/SQLiteStore+Operations.swift:30
#, python-brace-format
msgid "the store is damaged ({0}); stop kosd and restore the latest backup (kosd backup)"
msgstr "数据存储已损坏（{0}）；请停止 kosd 并恢复最近的备份（kosd backup）"

#. {0}: error.message ?? "read-only"
#: Sources/KosStore/SQLiteStore.swift:262
#, python-brace-format
msgid "the store is read-only (SQLite: {0})"
msgstr "数据存储为只读（SQLite：{0}）"

#: Sources/KosEngine/Daemon/WorkerService.swift:46
msgid "the store writes again"
msgstr "数据存储已恢复写入"

#: Sources/KosEngine/Daemon/Supervisor.swift:277
msgid "the store writes again; work resumes"
msgstr "数据存储已恢复写入；工作继续"

#. {0}: error.message ?? "I/O error"
#: Sources/KosStore/SQLiteStore.swift:263
#, python-brace-format
msgid "the store's disk fails to write (SQLite: {0})"
msgstr "数据存储所在磁盘写入失败（SQLite：{0}）"

#: Sources/KosRules/ClaimGrammar.swift:268
msgid "the superlative is denied, not claimed"
msgstr "这个最高级被否定了，并非宣称"

#. {0}: placeholder
#. {1}: name
#: Sources/KosDefinitions/Decoder.swift:189
#, python-brace-format
msgid "the text names {0} but no slot '{1}' is declared"
msgstr "文本中用到了 {0}，但没有声明填写位 '{1}'"

#. {0}: status
#: Sources/KosRules/ImageReader.swift:92
#, python-brace-format
msgid "the text reader (tesseract) failed with status {0}"
msgstr "文字识别程序（tesseract）失败，状态 {0}"

#. {0}: signal
#: Sources/KosRules/ImageReader.swift:94
#, python-brace-format
msgid "the text reader (tesseract) was stopped by signal {0}"
msgstr "文字识别程序（tesseract）被信号 {0} 终止"

#. {0}: why
#: Sources/KosRules/ImageReader.swift:95
#, python-brace-format
msgid "the text reader could not start: {0} (Debian's tesseract-ocr, tesseract-ocr-chi-sim)"
msgstr "文字识别程序无法启动：{0}（需要 Debian 的 tesseract-ocr、tesseract-ocr-chi-sim 软件包）"

#: Sources/KosEngine/RunMachine.swift:156
msgid "the time allowed"
msgstr "允许的时间"

#. {0}: why
#: Sources/KosCore/Kit.swift:208
#, python-brace-format
msgid "the title: {0}"
msgstr "标题：{0}"

#: Sources/KosServer/APIService.swift:61
msgid "the token is unknown, expired or revoked"
msgstr "令牌无法识别、已过期或已撤销"

#: Sources/KosDelivery/NetworkGuard.swift:35
msgid "the unspecified address (::)"
msgstr "未指定地址（::）"

#. {0}: k.text
#: Sources/KosDefinitions/ShapeValidator.swift:84
#, python-brace-format
msgid "the value of '{0}'"
msgstr "'{0}' 的值"

#. {0}: signal
#: Sources/KosEngine/Daemon/Supervisor.swift:180
#, python-brace-format
msgid "the worker crashed with signal {0}"
msgstr "工作进程因信号 {0} 崩溃"

#: Sources/KosServer/APIService+People.swift:142
#: Sources/KosServer/APIService+People.swift:165
#: Sources/KosServer/APIService+People.swift:171
#: Sources/KosServer/APIService+People.swift:172
msgid "the workflow"
msgstr "该工作流"

#: Sources/KosEngine/Worker.swift:470
msgid "the workflow of this run is no longer defined"
msgstr "此流程的工作流已不再定义"

#. {0}: id ?? tr("(none)")
#: Sources/KosEngine/Worker+Slots.swift:22
#, python-brace-format
msgid "the workflow waits for a slot but its calendar {0} is not defined"
msgstr "工作流在等待档期，但其内容日历 {0} 没有定义"

#. {0}: folder
#: Sources/KosCLI/DraftCommands.swift:471
#, python-brace-format
msgid "the workflow's guideline packs do not compile (kos validate {0})"
msgstr "该工作流的规则包无法编译（kos validate {0}）"

#. {0}: notice.kind
#. {1}: notice.reason
#: Sources/KosEngine/Worker.swift:389
#, python-brace-format
msgid "the {0} notice about {1}"
msgstr "关于 {1} 的 {0} 通知"

#. {0}: platform
#. {1}: delivery.template
#. {2}: failing
#. {3}: delivery.endpoint
#: Sources/KosEngine/Worker+Payload.swift:39
#, python-brace-format
msgid "the {0} payload from {1} fails {2}, which the draft passes: the template drops what the rule needs, so nothing was sent to {3}; fix the template"
msgstr "由 {1} 生成的 {0} 载荷未通过 {2}，而草稿本身能通过：模板丢掉了规则所需的内容，因此没有向 {3} 发送任何内容；请修正模板"

#: Sources/KosRules/ClaimGrammar.swift:265
msgid "the 最 before this one is judged with it"
msgstr "前一个「最」已连同这个一起判断"

#. {0}: full
#: Sources/KosCLI/LintCommand.swift:280
#, python-brace-format
msgid "there is no file {0}"
msgstr "文件 {0} 不存在"

#: Sources/KosDefinitions/DefinitionLoader.swift:299
msgid "this check step has no packs: list them under 'packs' or the workflow's 'guidelines'"
msgstr "此检查步骤没有规则包：请在 'packs' 或工作流的 'guidelines' 中列出"

#. {0}: e.until
#: Sources/KosDefinitions/Decoder.swift:363
#, python-brace-format
msgid "this exception expired on {0}; it no longer applies (renew it or remove it)"
msgstr "此例外已于 {0} 到期，不再生效（请续期或删除）"

#. {0}: e.until
#. {1}: e.owner
#: Sources/KosDefinitions/Decoder.swift:365
#, python-brace-format
msgid "this exception expires on {0}, within a month; {1} renews it or lets it lapse"
msgstr "此例外将于 {0} 到期（不足一个月）；由 {1} 续期或任其失效"

#. {0}: API.timestamp(expires * 1000)
#: Sources/KosServer/APIService.swift:672
#, python-brace-format
msgid "this media link expired at {0}; the gateway gets a fresh one with the next delivery"
msgstr "此媒体链接已于 {0} 过期；网关会在下次投递时获得新链接"

#: Sources/KosServer/APIService.swift:671
msgid "this media link was not signed by kosd, or was changed"
msgstr "此媒体链接不是 kosd 签发的，或已被改动"

#. {0}: store ?? tr("none")
#: Sources/KosEngine/ApprovalPolicy.swift:20
#, python-brace-format
msgid "this step is for reviewers of the associate's own store ({0})"
msgstr "此步骤只能由店员所在门店（{0}）的审核人决定"

#. {0}: groups.joined(separator: ", ")
#: Sources/KosEngine/ApprovalPolicy.swift:19
#, python-brace-format
msgid "this step is for the groups {0}"
msgstr "此步骤只能由审核组 {0} 决定"

#. {0}: role
#: Sources/KosEngine/ApprovalPolicy.swift:18
#, python-brace-format
msgid "this step needs the {0} role"
msgstr "此步骤需要 {0} 角色"

#. {0}: rule
#: Sources/KosRules/Linter.swift:287
#, python-brace-format
msgid "this suppresses '{0}', which is not among the checks applied to this draft; name a rule as pack/rule"
msgstr "此处豁免的 '{0}' 不在本草稿所用的检查之中；请以 pack/rule 的形式写出规则"

#. {0}: rule
#: Sources/KosRules/Linter.swift:302
#, python-brace-format
msgid "this suppression of {0} suppresses nothing on its line or the next; remove it"
msgstr "对 {0} 的豁免在本行和下一行都没有豁免任何问题；请删除它"

#: Sources/KosServer/ConsolePreview.swift:56
msgid "title"
msgstr "标题"

#: Sources/kosd/Kosd.swift:186
msgctxt "token"
msgid "active"
msgstr "有效"

#: Sources/kosd/Kosd.swift:186
msgctxt "token"
msgid "expired"
msgstr "已过期"

#. {0}: user
#. {1}: about
#: Sources/kosd/Kosd.swift:262
#, python-brace-format
msgid ""
"token for {0} ({1}):\n"
"it is shown once and stored only as its SHA-256; hand it over privately.\n"
msgstr ""
"{0} 的令牌（{1}）：\n"
"令牌只显示这一次，且只保存其 SHA-256；请私下交给本人。\n"

#: Sources/KosDefinitions/Language.swift:53
msgid "trigger"
msgstr "触发条件"

#: Sources/KosDefinitions/Shape.swift:124
msgid "true or false"
msgstr "布尔值 true 或 false"

#. {0}: platform
#: Sources/KosServer/APIService+People.swift:160
#, python-brace-format
msgid "two accounts on {0}; a post goes out on one account per platform"
msgstr "{0} 上有两个账号；每个平台只能用一个账号发布"

#. {0}: c
#: Sources/KosCore/Condition.swift:303
#, python-brace-format
msgid "unexpected character '{0}'"
msgstr "意外的字符 '{0}'"

#. {0}: describe(token)
#: Sources/KosCore/Condition.swift:130
#, python-brace-format
msgid "unexpected {0}"
msgstr "意外的 {0}"

#. {0}: s.socket
#. {1}: $0
#. {2}: s.rateLimit
#: Sources/kosd/Kosd.swift:73
#, python-brace-format
msgid "unix:{0} and http://{1}, {2} per token"
msgstr "unix:{0} 和 http://{1}，每个令牌 {2}"

#. {0}: s.socket
#. {1}: s.rateLimit
#: Sources/kosd/Kosd.swift:73
#, python-brace-format
msgid "unix:{0}, {1} per token"
msgstr "unix:{0}，每个令牌 {1}"

#. {0}: name
#. {1}: ClaimGrammar.Family.allCases.map(\.rawValue).joined(separator: ", ")
#: Sources/KosRules/ClaimRule.swift:24
#, python-brace-format
msgid "unknown claim family '{0}'; use {1}"
msgstr "未知的宣称类别 '{0}'；请使用 {1}"

#. {0}: name
#. {1}: columns.joined(separator: ", ")
#: Sources/KosCore/Directory.swift:104
#, python-brace-format
msgid "unknown column '{0}' (the columns are {1})"
msgstr "未知的列 '{0}'（可用的列为 {1}）"

#. {0}: path.joined(separator: ".")
#. {1}: root
#. {2}: fields.sorted().joined(separator: ", ")
#: Sources/KosDefinitions/DefinitionLoader.swift:394
#, python-brace-format
msgid "unknown field '{0}'; {1} has {2}"
msgstr "未知字段 '{0}'；{1} 的字段有 {2}"

#. {0}: key
#. {1}: object.name
#: Sources/KosDefinitions/ShapeValidator.swift:148
#, python-brace-format
msgid "unknown key '{0}' in {1}"
msgstr "{1} 中有未知的键 '{0}'"

#. {0}: text
#. {1}: Language.kinds.joined(separator: ", ")
#: Sources/KosDefinitions/DefinitionLoader.swift:160
#, python-brace-format
msgid "unknown kind '{0}'; use one of {1}"
msgstr "未知的 kind '{0}'；请使用 {1} 之一"

#. {0}: root
#: Sources/KosDefinitions/DefinitionLoader.swift:390
#, python-brace-format
msgid "unknown name '{0}'; conditions read draft.*, creator.*, findings.* and steps.*"
msgstr "未知名称 '{0}'；条件只能读取 draft.*、creator.*、findings.* 和 steps.*"

#. {0}: platform
#. {1}: Platform.allCases.map(\.rawValue).joined(separator: ", ")
#: Sources/KosCLI/LintCommand.swift:73
#, python-brace-format
msgid "unknown platform '{0}'; use {1}"
msgstr "未知平台 '{0}'；可用：{1}"

#. {0}: rule.kind
#: Sources/KosRules/Linter.swift:145
#, python-brace-format
msgid "unknown rule kind '{0}'"
msgstr "未知的规则类型 '{0}'"

#. {0}: prefix
#. {1}: name
#: Sources/KosDefinitions/DaemonConfig.swift:187
#, python-brace-format
msgid "unknown setting '{0}{1}'"
msgstr "未知设置项 '{0}{1}'"

#. {0}: trimmed
#: Sources/KosCore/CronExpression.swift:77
#, python-brace-format
msgid "unknown shorthand '{0}'; use @yearly, @monthly, @weekly, @daily or @hourly"
msgstr "未知的简写 '{0}'；请使用 @yearly、@monthly、@weekly、@daily 或 @hourly"

#. {0}: text
#: Sources/KosDefinitions/ShapeValidator.swift:188
#, python-brace-format
msgid "unknown time zone '{0}'; use an IANA name such as Asia/Shanghai"
msgstr "未知时区 '{0}'；请使用 IANA 名称，如 Asia/Shanghai"

#: Sources/KosRules/OccurrenceRule.swift:17
msgid "unknown token"
msgstr "未知的记号"

#: Sources/KosTemplates/PayloadTemplate.swift:44
msgid "unknown {{% ... }} setting; use {{% CONTENT_TYPE: JSON }}"
msgstr "未知的 {{% ... }} 设置；请使用 {{% CONTENT_TYPE: JSON }}"

#. {0}: shortTag(tag)
#: Sources/KosYAML/YAMLLoader.swift:341
#: Sources/KosYAML/YAMLLoader.swift:363
#, python-brace-format
msgid "unsupported tag '{0}'; only the YAML 1.2 core tags are allowed"
msgstr "不支持的标签 '{0}'；只允许 YAML 1.2 核心标签"

#: Sources/KosCore/Condition.swift:259
msgid "unterminated string"
msgstr "字符串缺少结束引号"

#: Sources/KosCore/Condition.swift:302
msgid "use '==' to compare"
msgstr "比较请用 '=='"

#: Sources/KosDefinitions/Decoder.swift:197
msgid "valid_until is not after valid_from"
msgstr "valid_until 不晚于 valid_from"

#: Sources/KosServer/ConsolePreview.swift:115
msgid "video"
msgstr "视频"

#: Sources/KosDefinitions/Language.swift:101
msgid "wait step"
msgstr "等待步骤"

#. {0}: local
#: Sources/KosEngine/Steps/WaitRunner.swift:16
#, python-brace-format
msgid "wait until {0}: not a time"
msgstr "等待至 {0}：不是有效的时间"

#: Sources/KosServer/ConsoleHealth.swift:59
#: Sources/KosServer/ConsolePages.swift:229
msgid "waiting"
msgstr "等待中"

#. {0}: field("step")
#: Sources/KosServer/ConsolePages.swift:378
#, python-brace-format
msgid "waiting at {0}"
msgstr "正在 {0} 等待"

#: Sources/KosServer/ConsoleHealth.swift:64
msgid "waiting for a calendar slot"
msgstr "等待档期"

#: Sources/KosEngine/Steps/ApprovalRunner.swift:38
msgid "waiting for reviewers"
msgstr "等待审核人决定"

#. {0}: field("since")
#: Sources/KosServer/ConsolePages.swift:232
#, python-brace-format
msgid "waiting since {0}"
msgstr "自 {0} 起等待"

#. {0}: local
#: Sources/KosEngine/Steps/WaitRunner.swift:19
#, python-brace-format
msgid "waiting until {0}"
msgstr "等待至 {0}"

#: Sources/KosServer/Console.swift:465
msgid "warning"
msgstr "警告"

#. {0}: late / 1000
#. {1}: calendar.catchUp
#: Sources/KosEngine/Worker+Slots.swift:38
#, python-brace-format
msgid "went out {0} s late, within the catch-up window ({1})"
msgstr "晚了 {0} 秒发出，仍在补发窗口（{1}）内"

#. {0}: notice.endpoint
#: Sources/KosEngine/Worker.swift:375
#, python-brace-format
msgid "when the receiver is fixed, an admin runs 'kos endpoints enable {0}'"
msgstr "接收方修好后，由管理员运行 'kos endpoints enable {0}'"

#: Sources/KosYAML/YAMLLoader.swift:150
msgid "while parsing a block collection"
msgstr "（解析块集合时）"

#: Sources/KosYAML/YAMLLoader.swift:151
msgid "while parsing a block mapping"
msgstr "（解析块映射时）"

#: Sources/KosYAML/YAMLLoader.swift:152
msgid "while parsing a block node"
msgstr "（解析块节点时）"

#: Sources/KosYAML/YAMLLoader.swift:153
msgid "while parsing a flow mapping"
msgstr "（解析流式映射时）"

#: Sources/KosYAML/YAMLLoader.swift:154
msgid "while parsing a flow node"
msgstr "（解析流式节点时）"

#: Sources/KosYAML/YAMLLoader.swift:155
msgid "while parsing a flow sequence"
msgstr "（解析流式序列时）"

#: Sources/KosYAML/YAMLLoader.swift:156
msgid "while parsing a node"
msgstr "（解析节点时）"

#: Sources/KosYAML/YAMLLoader.swift:157
msgid "while parsing a tag"
msgstr "（解析标签时）"

#: Sources/KosYAML/YAMLLoader.swift:158
msgid "while scanning a block scalar"
msgstr "（扫描块标量时）"

#: Sources/KosYAML/YAMLLoader.swift:159
msgid "while scanning a directive"
msgstr "（扫描指令时）"

#: Sources/KosYAML/YAMLLoader.swift:160
msgid "while scanning a plain scalar"
msgstr "（扫描普通标量时）"

#: Sources/KosYAML/YAMLLoader.swift:161
msgid "while scanning a quoted scalar"
msgstr "（扫描带引号的标量时）"

#: Sources/KosYAML/YAMLLoader.swift:162
msgid "while scanning a simple key"
msgstr "（扫描简单键时）"

#: Sources/KosYAML/YAMLLoader.swift:163
msgid "while scanning a tag"
msgstr "（扫描标签时）"

#: Sources/KosYAML/YAMLLoader.swift:164
msgid "while scanning an alias"
msgstr "（扫描别名时）"

#: Sources/KosYAML/YAMLLoader.swift:165
msgid "while scanning an anchor"
msgstr "（扫描锚点时）"

#: Sources/KosYAML/YAMLLoader.swift:166
msgid "while scanning for the next token"
msgstr "（扫描下一个记号时）"

#: Sources/KosCLI/Client/ClientOptions.swift:182
#: Sources/KosServer/Console.swift:455
msgid "withdrawn"
msgstr "已撤回"

#. {0}: i + 1
#. {1}: child.pid
#. {2}: signal
#. {3}: steps.map(String.init).joined(separator: ", ")
#: Sources/KosEngine/Daemon/Supervisor.swift:179
#, python-brace-format
msgid "worker {0} (pid {1}) crashed with signal {2} while running step(s) {3}"
msgstr "工作进程 {0}（pid {1}）在运行步骤 {3} 时因信号 {2} 崩溃"

#. {0}: i + 1
#. {1}: child.pid
#. {2}: (status >> 8) & 0xFF
#: Sources/KosEngine/Daemon/Supervisor.swift:184
#, python-brace-format
msgid "worker {0} (pid {1}) exited with status {2}"
msgstr "工作进程 {0}（pid {1}）以状态 {2} 退出"

#. {0}: i + 1
#. {1}: child.pid
#. {2}: signal
#: Sources/KosEngine/Daemon/Supervisor.swift:182
#, python-brace-format
msgid "worker {0} (pid {1}) was killed by signal {2}"
msgstr "工作进程 {0}（pid {1}）被信号 {2} 终止"

#. {0}: child.pid
#. {1}: drainTimeout
#: Sources/KosEngine/Daemon/Supervisor.swift:331
#, python-brace-format
msgid "worker {0} did not finish within {1}; killed"
msgstr "工作进程 {0} 未在 {1} 内完成；已强制终止"

#. {0}: i + 1
#. {1}: listed
#. {2}: late
#: Sources/KosEngine/Daemon/Supervisor.swift:201
#, python-brace-format
msgid "worker {0} ran step {1} {2}s past its budget; killed and replaced (the step returns to the queue when its lease ends; three strikes park it)"
msgstr "工作进程 {0} 运行步骤 {1} 超出时间预算 {2} 秒；已终止并替换（该步骤在租期结束后回到队列；累计三次将被搁置）"

#. {0}: text
#: Sources/KosDefinitions/DaemonConfig.swift:72
#, python-brace-format
msgid "workers is a whole number from 1 to 256, not '{0}'"
msgstr "workers 应为 1 到 256 之间的整数，而不是 '{0}'"

#. {0}: result.added
#. {1}: result.updated
#. {2}: result.unchanged
#: Sources/KosCLI/PeopleCommand.swift:104
#, python-brace-format
msgid "would add {0}, would update {1}, unchanged {2}"
msgstr "将新增 {0}，将更新 {1}，未变 {2}"

#: Sources/KosDefinitions/DefinitionLoader.swift:385
msgid "write steps.<step-id>.outcome"
msgstr "请写成 steps.<step-id>.outcome"

#: Sources/KosCLI/Client/APIClient.swift:87
msgid "you are not logged in: run `kos login` with the token your admin gave you (they issue one with `kosd token create`), or set KOS_TOKEN"
msgstr "你尚未登录：请用管理员给你的令牌运行 `kos login`（管理员用 `kosd token create` 发放令牌），或设置 KOS_TOKEN"

#. {0}: id
#. {1}: id
#: Sources/KosCLI/DraftCommands.swift:325
#, python-brace-format
msgid "you have not read {0} with kos show here: a decision is bound to the revision you read. Run kos show {1} first, or name the revision with --revision N"
msgstr "你尚未在此处用 kos show 阅读 {0}：审批决定与你阅读过的修订版绑定。请先运行 kos show {1}，或用 --revision N 指定修订版"

#. {0}: id
#. {1}: state
#. {2}: step
#: Sources/KosCLI/DraftCommands.swift:362
#, python-brace-format
msgid "{0}  {1} at {2}"
msgstr "{0}  {1}，位于步骤 {2}"

#. {0}: id
#. {1}: state
#. {2}: step
#. {3}: due
#: Sources/KosCLI/DraftCommands.swift:370
#, python-brace-format
msgid "{0}  {1} at {2} until {3}"
msgstr "{0}  {1}，位于步骤 {2}，直至 {3}"

#. {0}: id
#. {1}: state
#. {2}: step
#. {3}: due
#: Sources/KosCLI/DraftCommands.swift:370
#, python-brace-format
msgid "{0}  {1} at {2}, deadline {3}"
msgstr "{0}  {1}，位于步骤 {2}，截止 {3}"

#. {0}: id
#. {1}: state
#. {2}: step
#. {3}: waiting
#: Sources/KosCLI/DraftCommands.swift:366
#, python-brace-format
msgid "{0}  {1} at {2}, waiting for {3}"
msgstr "{0}  {1}，位于步骤 {2}，等待 {3}"

#. {0}: id
#. {1}: state
#. {2}: step
#. {3}: waiting
#. {4}: due
#: Sources/KosCLI/DraftCommands.swift:374
#, python-brace-format
msgid "{0}  {1} at {2}, waiting for {3} until {4}"
msgstr "{0}  {1}，位于步骤 {2}，等待 {3}，直至 {4}"

#. {0}: id
#. {1}: state
#. {2}: step
#. {3}: waiting
#. {4}: due
#: Sources/KosCLI/DraftCommands.swift:375
#, python-brace-format
msgid "{0}  {1} at {2}, waiting for {3}, deadline {4}"
msgstr "{0}  {1}，位于步骤 {2}，等待 {3}，截止 {4}"

#. {0}: d.id
#. {1}: state
#. {2}: d.endpoint
#. {3}: d.draft
#. {4}: d.run
#. {5}: d.attempts
#: Sources/KosCLI/DeliveriesCommand.swift:58
#, python-brace-format
msgid "{0}  {1} to {2} · draft {3} · run {4} · {5} attempt"
msgid_plural "{0}  {1} to {2} · draft {3} · run {4} · {5} attempts"
msgstr[0] "{0}  {1} → {2} · 草稿 {3} · 流程 {4} · 尝试 {5} 次"

#. {0}: id
#. {1}: state
#. {2}: due
#: Sources/KosCLI/DraftCommands.swift:368
#, python-brace-format
msgid "{0}  {1} until {2}"
msgstr "{0}  {1}，直至 {2}"

#. {0}: id
#. {1}: state
#. {2}: due
#: Sources/KosCLI/DraftCommands.swift:368
#, python-brace-format
msgid "{0}  {1}, deadline {2}"
msgstr "{0}  {1}，截止 {2}"

#. {0}: id
#. {1}: state
#. {2}: waiting
#: Sources/KosCLI/DraftCommands.swift:364
#, python-brace-format
msgid "{0}  {1}, waiting for {2}"
msgstr "{0}  {1}，等待 {2}"

#. {0}: id
#. {1}: state
#. {2}: waiting
#. {3}: due
#: Sources/KosCLI/DraftCommands.swift:372
#, python-brace-format
msgid "{0}  {1}, waiting for {2} until {3}"
msgstr "{0}  {1}，等待 {2}，直至 {3}"

#. {0}: id
#. {1}: state
#. {2}: waiting
#. {3}: due
#: Sources/KosCLI/DraftCommands.swift:372
#, python-brace-format
msgid "{0}  {1}, waiting for {2}, deadline {3}"
msgstr "{0}  {1}，等待 {2}，截止 {3}"

#. {0}: kind
#. {1}: id
#. {2}: first
#: Sources/KosDefinitions/DefinitionLoader.swift:187
#, python-brace-format
msgid "{0} '{1}' is defined twice (first at {2})"
msgstr "{0} '{1}' 定义了两次（第一次在 {2}）"

#. {0}: key
#. {1}: text
#. {2}: zone
#: Sources/KosDefinitions/Decoder.swift:157
#, python-brace-format
msgid "{0} '{1}' is not a local time on {2} (2026-11-01T00:00)"
msgstr "{0} '{1}' 不是 {2} 时区的本地时间（应如 2026-11-01T00:00）"

#. {0}: missed | late
#: Sources/KosEngine/Worker+Slots.swift:43
#: Sources/KosEngine/Worker+Slots.swift:52
#, python-brace-format
msgid "{0} (late_approval: expire)"
msgstr "{0}（late_approval: expire）"

#. {0}: name
#. {1}: fd
#: Sources/KosServer/HTTPServer.swift:26
#, python-brace-format
msgid "{0} (socket-activated, fd {1})"
msgstr "{0}（套接字激活，fd {1}）"

#. {0}: said
#. {1}: count
#. {2}: min
#: Sources/KosRules/OccurrenceRule.swift:43
#, python-brace-format
msgid "{0} ({1} found, at least {2})"
msgstr "{0}（发现 {1} 个，至少 {2} 个）"

#. {0}: said
#. {1}: count
#. {2}: max
#: Sources/KosRules/OccurrenceRule.swift:39
#, python-brace-format
msgid "{0} ({1} found, at most {2})"
msgstr "{0}（发现 {1} 个，最多 {2} 个）"

#. {0}: rate
#. {1}: report.firstPass.passed
#. {2}: report.firstPass.decided
#: Sources/KosServer/ConsoleHealth.swift:88
#, python-brace-format
msgid "{0} ({1} of {2})"
msgstr "{0}（{1}/{2}）"

#. {0}: c.id
#. {1}: c.timeZone
#. {2}: local(from)
#. {3}: local(through)
#. {4}: demand.map(\.creator).joined(separator: ", ")
#: Sources/KosCLI/CalendarCommand.swift:329
#, python-brace-format
msgid "{0} ({1}) from {2} to {3}, for {4}"
msgstr "{0}（{1}）{2} 至 {3}，店员：{4}"

#. {0}: calendar.id
#. {1}: calendar.timeZone
#. {2}: LocalTime.format(schedule.clock.local(from))
#. {3}: LocalTime.format(schedule.clock.local(through))
#: Sources/KosCLI/CalendarCommand.swift:125
#, python-brace-format
msgid "{0} ({1}): {2} to {3}"
msgstr "{0}（{1}）：{2} 至 {3}"

#. {0}: said
#. {1}: scope.rawValue
#. {2}: length
#. {3}: min
#: Sources/KosRules/LengthRule.swift:39
#, python-brace-format
msgid "{0} ({1}: {2} characters (weighted), at least {3})"
msgstr "{0}（{1}：{2} 个字符（加权计），至少 {3} 个）"

#. {0}: said
#. {1}: scope.rawValue
#. {2}: length
#. {3}: max
#: Sources/KosRules/LengthRule.swift:33
#, python-brace-format
msgid "{0} ({1}: {2} characters (weighted), at most {3})"
msgstr "{0}（{1}：{2} 个字符（加权计），最多 {3} 个）"

#. {0}: said
#. {1}: scope.rawValue
#. {2}: length
#. {3}: min
#: Sources/KosRules/LengthRule.swift:40
#, python-brace-format
msgid "{0} ({1}: {2} characters, at least {3})"
msgstr "{0}（{1}：{2} 个字符，至少 {3} 个）"

#. {0}: said
#. {1}: scope.rawValue
#. {2}: length
#. {3}: max
#: Sources/KosRules/LengthRule.swift:34
#, python-brace-format
msgid "{0} ({1}: {2} characters, at most {3})"
msgstr "{0}（{1}：{2} 个字符，最多 {3} 个）"

#. {0}: doc
#. {1}: d
#: Sources/KosDefinitions/JSONSchema.swift:69
#, python-brace-format
msgid "{0} Default: {1}."
msgstr "{0}默认值：{1}。"

#. {0}: d.agencies.count
#: Sources/KosCLI/ValidateCommand.swift:57
#, python-brace-format
msgid "{0} agency"
msgid_plural "{0} agencies"
msgstr[0] "{0} 家机构"

#. {0}: $0
#. {1}: $1
#: Sources/kosd/Serve.swift:233
#, python-brace-format
msgid "{0} and {1}"
msgstr "{0} 和 {1}"

#. {0}: passed | first
#. {1}: plan.skipped.count - 3 | unfinished.count - 3
#: Sources/KosEngine/Worker+Slots.swift:94
#: Sources/KosRules/Linter.swift:223
#, python-brace-format
msgid "{0} and {1} more"
msgstr "{0} 等，另有 {1} 项"

#. {0}: endpoint.id
#. {1}: result.status ?? 0
#: Sources/KosEngine/Steps/PublishRunner.swift:112
#, python-brace-format
msgid "{0} answered with a redirect ({1}); redirects are not followed"
msgstr "{0} 返回了重定向（{1}）；不会跟随重定向"

#. {0}: who
#. {1}: step
#: Sources/KosServer/Console.swift:499
#, python-brace-format
msgid "{0} approved ({1})"
msgstr "{0} 已批准（{1}）"

#. {0}: who
#. {1}: step
#. {2}: $0
#: Sources/KosServer/Console.swift:499
#, python-brace-format
msgid "{0} approved ({1}): {2}"
msgstr "{0} 已批准（{1}）：{2}"

#. {0}: said
#. {1}: parser.problem_offset
#: Sources/KosYAML/YAMLLoader.swift:99
#, python-brace-format
msgid "{0} at byte {1}: the file must be UTF-8"
msgstr "{0}，位于第 {1} 字节：文件必须是 UTF-8 编码"

#. {0}: stateText(d.state)
#. {1}: $0
#: Sources/KosServer/Console.swift:492
#, python-brace-format
msgid "{0} at {1}"
msgstr "{0}（{1}）"

#. {0}: d.calendars.count
#: Sources/KosCLI/ValidateCommand.swift:52
#, python-brace-format
msgid "{0} calendar"
msgid_plural "{0} calendars"
msgstr[0] "{0} 个内容日历"

#. {0}: full
#: Sources/KosCLI/LintCommand.swift:282
#, python-brace-format
msgid "{0} cannot be read"
msgstr "无法读取 {0}"

#. {0}: path
#. {1}: error
#: Sources/KosCLI/Client/ClientOptions.swift:35
#, python-brace-format
msgid "{0} cannot be read: {1}"
msgstr "无法读取 {0}：{1}"

#. {0}: p.id
#: Sources/KosCore/Directory.swift:316
#, python-brace-format
msgid "{0} cannot be their own manager"
msgstr "{0} 不能是自己的上级"

#. {0}: id
#: Sources/KosServer/APIService+People.swift:103
#, python-brace-format
msgid "{0} cannot delegate to themselves"
msgstr "{0} 不能指定自己为代理人"

#. {0}: id
#: Sources/KosServer/APIService+People.swift:68
#, python-brace-format
msgid "{0} cannot succeed themselves"
msgstr "{0} 不能指定自己为接任人"

#. {0}: name
#. {1}: code.data.prefix(200)
#: Sources/KosRules/ImageCheck.swift:32
#, python-brace-format
msgid "{0} carries a QR code leading to 「{1}」: a personal WeChat or shop QR code may not appear in a note"
msgstr "{0} 中有一个指向「{1}」的二维码：笔记中不得出现个人微信或店铺的二维码"

#. {0}: name
#. {1}: code.type
#. {2}: code.data.prefix(200)
#: Sources/KosRules/ImageCheck.swift:33
#, python-brace-format
msgid "{0} carries a barcode ({1}) reading 「{2}」: a receipt's or an order's code identifies a client's purchase"
msgstr "{0} 中有一个条形码（{1}），内容为「{2}」：小票或订单上的码能识别出客人的购买记录"

#. {0}: row.cells.count
#. {1}: header.cells.count
#: Sources/KosCore/Directory.swift:125
#, python-brace-format
msgid "{0} cells where the header names {1} (a comma inside a cell needs quotes)"
msgstr "这一行有 {0} 个单元格，而表头只有 {1} 列（单元格里的逗号需要加引号）"

#. {0}: error.problems.count
#: Sources/kosd/Serve.swift:300
#, python-brace-format
msgid "{0} configuration error(s)"
msgstr "{0} 个配置错误"

#. {0}: alert.id
#. {1}: attempts
#. {2}: why
#: Sources/KosEngine/Worker.swift:381
#, python-brace-format
msgid "{0} could not be told after {1} attempts: {2}"
msgstr "尝试 {1} 次后仍未能通知 {0}：{2}"

#. {0}: name
#. {1}: why
#: Sources/KosEngine/Steps/ExecRunner.swift:21
#, python-brace-format
msgid "{0} could not start: {1}"
msgstr "{0} 无法启动：{1}"

#. {0}: n
#: Sources/KosServer/ConsoleHealth.swift:83
#, python-brace-format
msgid "{0} day"
msgid_plural "{0} days"
msgstr[0] "{0} 天"

#. {0}: id
#: Sources/KosServer/APIService+People.swift:113
#, python-brace-format
msgid "{0} decides no approvals; nothing to delegate"
msgstr "{0} 不决定任何审批；无需指定代理人"

#. {0}: report.documentCount
#: Sources/KosCLI/ValidateCommand.swift:49
#, python-brace-format
msgid "{0} definition"
msgid_plural "{0} definitions"
msgstr[0] "{0} 项定义"

#. {0}: endpoint.id
#. {1}: number
#: Sources/KosEngine/Steps/PublishRunner.swift:111
#, python-brace-format
msgid "{0} did not accept the delivery after {1} attempts"
msgstr "尝试 {1} 次后，{0} 仍未接受投递"

#. {0}: name
#. {1}: exec.timeout
#: Sources/KosEngine/Steps/ExecRunner.swift:20
#, python-brace-format
msgid "{0} did not finish within {1}"
msgstr "{0} 未在 {1} 内完成"

#. {0}: endpoint.id
#. {1}: what
#. {2}: attempts
#. {3}: why
#: Sources/KosEngine/Worker.swift:397
#, python-brace-format
msgid "{0} did not take {1} (attempt {2}): {3}"
msgstr "{0} 未接受{1}（第 {2} 次尝试）：{3}"

#. {0}: folder
#. {1}: name
#: Sources/KosCLI/DraftCommands.swift:468
#, python-brace-format
msgid "{0} does not define the workflow '{1}'"
msgstr "{0} 中没有定义工作流 '{1}'"

#. {0}: what
#: Sources/KosStore/Store.swift:1051
#, python-brace-format
msgid "{0} does not exist"
msgstr "{0} 不存在"

#. {0}: results.count
#: Sources/KosCLI/LintOutput.swift:31
#, python-brace-format
msgid "{0} draft"
msgid_plural "{0} drafts"
msgstr[0] "{0} 篇草稿"

#. {0}: report.drafts
#. {1}: since
#. {2}: until
#: Sources/KosServer/ConsoleHealth.swift:82
#, python-brace-format
msgid "{0} draft submitted from {1} to {2}"
msgid_plural "{0} drafts submitted from {1} to {2}"
msgstr[0] "{1} 至 {2} 共提交 {0} 篇草稿"

#. {0}: results.count
#: Sources/KosCLI/LintCommand.swift:230
#, python-brace-format
msgid "{0} drafts"
msgstr "共 {0} 篇草稿"

#. {0}: checked
#. {1}: blocked
#. {2}: cleared
#: Sources/KosCLI/PacksCommand.swift:101
#, python-brace-format
msgid "{0} drafts checked: {1} would become blocked, {2} would be cleared"
msgstr "已检查 {0} 篇草稿：{1} 篇将被拦截，{2} 篇将解除拦截"

#. {0}: r.drafts
#. {1}: Table.local(r.since)
#. {2}: Table.local(r.until)
#: Sources/KosCLI/ReportCommand.swift:93
#, python-brace-format
msgid "{0} drafts submitted from {1} to {2}"
msgstr "{1} 至 {2} 期间共提交 {0} 篇草稿"

#. {0}: d.endpoints.count
#: Sources/KosCLI/ValidateCommand.swift:53
#, python-brace-format
msgid "{0} endpoint"
msgid_plural "{0} endpoints"
msgstr[0] "{0} 个端点"

#. {0}: e | n
#: Sources/KosCLI/LintOutput.swift:36
#: Sources/KosCLI/ValidateCommand.swift:65
#, python-brace-format
msgid "{0} error"
msgid_plural "{0} errors"
msgstr[0] "{0} 个错误"

#. {0}: failure.errorCount
#. {1}: next.settings.workflows
#: Sources/kosd/Serve.swift:307
#, python-brace-format
msgid "{0} error(s) in {1}"
msgstr "{1} 中有 {0} 个错误"

#. {0}: name
#. {1}: status
#: Sources/KosEngine/Steps/ExecRunner.swift:18
#, python-brace-format
msgid "{0} exited with status {1}"
msgstr "{0} 以状态 {1} 退出"

#. {0}: kit.reference
#. {1}: API.timestamp(until)
#: Sources/KosCore/Kit.swift:205
#, python-brace-format
msgid "{0} expired at {1}"
msgstr "{0} 已于 {1} 过期"

#. {0}: n
#: Sources/KosCLI/ValidateCommand.swift:110
#, python-brace-format
msgid "{0} file"
msgid_plural "{0} files"
msgstr[0] "{0} 个文件"

#. {0}: standing.findings | findings.count
#: Sources/KosServer/Console.swift:130
#: Sources/KosServer/Console.swift:332
#, python-brace-format
msgid "{0} finding"
msgid_plural "{0} findings"
msgstr[0] "{0} 个问题"

#. {0}: blocking == 0 ? findings.count : blocking
#: Sources/KosEngine/RunMachine.swift:138
#, python-brace-format
msgid "{0} finding(s) must be fixed; revise the draft"
msgstr "有 {0} 个问题必须修正；请修订草稿"

#. {0}: d.guidelines.count
#: Sources/KosCLI/ValidateCommand.swift:54
#, python-brace-format
msgid "{0} guideline pack"
msgid_plural "{0} guideline packs"
msgstr[0] "{0} 个规则包"

#. {0}: String(format: "%.1f", minutes / 60)
#: Sources/KosCore/API.swift:299
#, python-brace-format
msgid "{0} h"
msgstr "{0} 小时"

#. {0}: post.workflow
#. {1}: successor
#: Sources/KosEngine/Offboarding.swift:31
#, python-brace-format
msgid "{0} hands over approved posts waiting to go out to {1}"
msgstr "{0} 将已批准、等待发出的帖子交接给 {1}"

#. {0}: post.workflow
#. {1}: successor
#: Sources/KosEngine/Offboarding.swift:32
#, python-brace-format
msgid "{0} hands over posts in checks or review to {1}"
msgstr "{0} 将处于检查或审核中的帖子交接给 {1}"

#. {0}: LocalTime.format(clock.local(at))
#. {1}: calendar.timeZone
#: Sources/KosSchedule/CalendarSchedule.swift:200
#, python-brace-format
msgid "{0} happens twice (clocks go back, {1}); the slot fires once, at the first"
msgstr "{0} 会出现两次（时钟回拨，{1}）；档期只触发一次，在第一次时"

#. {0}: folder
#. {1}: folder
#: Sources/KosCLI/DraftCommands.swift:466
#, python-brace-format
msgid "{0} has errors (kos validate {1} shows them)"
msgstr "{0} 有错误（kos validate {1} 会列出）"

#. {0}: p.id
#: Sources/KosCore/Directory.swift:321
#, python-brace-format
msgid "{0} has left the program; a returning associate comes back under a new id"
msgstr "{0} 已离开本项目；重新加入的店员须使用新的 id"

#. {0}: notice.endpoint
#: Sources/KosEngine/Worker.swift:370
#, python-brace-format
msgid "{0} has no 'alert' endpoint; its owners see it in 'kos endpoints'"
msgstr "{0} 没有 'alert' 端点；其负责人可在 'kos endpoints' 中看到"

#. {0}: by
#. {1}: stage
#: Sources/KosServer/APIService.swift:324
#, python-brace-format
msgid "{0} has rejected this revision at {1}: it does not go on until it is revised"
msgstr "{0} 已在 {1} 驳回此修订版：修订之前不会继续"

#. {0}: $0.max
#. {1}: $0.window
#: Sources/KosCLI/ReportCommand.swift:107
#, python-brace-format
msgid "{0} in {1}"
msgstr "{1} 内 {0} 篇"

#. {0}: errors
#. {1}: errorFiles
#. {2}: files
#. {3}: definitions
#. {4}: kinds
#: Sources/KosCLI/ValidateCommand.swift:67
#, python-brace-format
msgid "{0} in {1} ({2}, {3}: {4})"
msgstr "{1}中有 {0}（{2}，{3}：{4}）"

#. {0}: m.entry.term
#: Sources/KosRules/ClaimRule.swift:93
#, python-brace-format
msgid "{0} is a claim wherever it appears"
msgstr "「{0}」无论出现在哪里都是宣称"

#. {0}: draftID
#: Sources/KosServer/APIService.swift:114
#, python-brace-format
msgid "{0} is already published; submit a new draft for a correction"
msgstr "{0} 已发布；如需更正，请提交新草稿"

#. {0}: draftID
#: Sources/KosServer/APIService.swift:143
#, python-brace-format
msgid "{0} is already published; take it down on the platform"
msgstr "{0} 已发布；请在平台上将其下架"

#. {0}: stage
#. {1}: step.id
#. {2}: Self.describe(following, escalatedTo: nil)
#: Sources/KosServer/APIService.swift:340
#, python-brace-format
msgid "{0} is approved; next: {1}, decided by {2}"
msgstr "{0} 已批准；下一步：{1}，由 {2} 决定"

#. {0}: summary.id
#. {1}: summary.revision
#. {2}: summary.contentHash.prefix(12)
#. {3}: revision
#. {4}: summary.id
#: Sources/KosServer/APIService.swift:352
#, python-brace-format
msgid "{0} is at revision {1} (content {2}…) now, not the revision {3} you decided on; nothing was recorded. Read it again (kos show {4}) and decide on what you read"
msgstr "{0} 现在是修订版 {1}（内容 {2}…），不是你做出决定的修订版 {3}；本次未记录任何决定。请重新阅读（kos show {4}），并就你读到的内容做出决定"

#. {0}: draftID
#. {1}: detail.draft.revision
#. {2}: revision
#: Sources/KosServer/APIService.swift:242
#, python-brace-format
msgid "{0} is at revision {1} now, not revision {2}; nothing was changed"
msgstr "{0} 现在是修订版 {1}，不是修订版 {2}；没有做任何更改"

#. {0}: id
#. {1}: detail.draft.revision
#. {2}: revision
#. {3}: id
#: Sources/KosCLI/DraftCommands.swift:329
#, python-brace-format
msgid "{0} is at revision {1} now, not revision {2}; nothing was sent. Read it with kos show {3}"
msgstr "{0} 当前是修订版 {1}，而不是修订版 {2}；未发送任何内容。请用 kos show {3} 阅读"

#. {0}: id
#. {1}: Table.local($0)
#. {2}: p.delegate ?? "?"
#: Sources/KosCLI/PeopleCommand.swift:181
#, python-brace-format
msgid "{0} is away until {1}; {2} decides on their behalf"
msgstr "{0} 外出至 {1}；由 {2} 代为审批"

#. {0}: id
#: Sources/KosCLI/PeopleCommand.swift:181
#, python-brace-format
msgid "{0} is back and decides their own queue"
msgstr "{0} 已返回，自行处理其待审队列"

#. {0}: endpoint.id
#. {1}: health.reason ?? tr("by an admin")
#. {2}: endpoint.id
#: Sources/KosEngine/Steps/PublishRunner.swift:53
#, python-brace-format
msgid "{0} is disabled ({1}); an admin enables it with 'kos endpoints enable {2}'"
msgstr "{0} 已停用（{1}）；管理员可用 'kos endpoints enable {2}' 启用"

#. {0}: name
#: Sources/KosCore/RecurrenceRule.swift:68
#, python-brace-format
msgid "{0} is given twice"
msgstr "{0} 出现了两次"

#. {0}: object.name
#. {1}: field.name
#: Sources/KosDefinitions/ShapeValidator.swift:155
#, python-brace-format
msgid "{0} is missing required key '{1}'"
msgstr "{0} 缺少必需的键 '{1}'"

#. {0}: notice.endpoint
#. {1}: what
#: Sources/KosEngine/Worker.swift:391
#, python-brace-format
msgid "{0} is no longer defined; {1} was not sent"
msgstr "{0} 已不再定义；{1}未发送"

#. {0}: reference
#. {1}: current.reference
#: Sources/KosCore/Kit.swift:197
#, python-brace-format
msgid "{0} is not a version of the kit in the library (its version now is {1})"
msgstr "{0} 不是素材库中该素材包的版本（当前版本为 {1}）"

#. {0}: name
#: Sources/KosCore/RecurrenceRule.swift:124
#, python-brace-format
msgid "{0} is not supported: slots are to the minute; use BYHOUR and BYMINUTE"
msgstr "不支持 {0}：档期精确到分钟；请使用 BYHOUR 和 BYMINUTE"

#. {0}: name
#: Sources/KosCore/RecurrenceRule.swift:126
#, python-brace-format
msgid "{0} is not supported; use FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, BYYEARDAY, BYWEEKNO, BYHOUR, BYMINUTE, BYSETPOS, COUNT, UNTIL, WKST"
msgstr "不支持 {0}；请使用 FREQ、INTERVAL、BYDAY、BYMONTHDAY、BYMONTH、BYYEARDAY、BYWEEKNO、BYHOUR、BYMINUTE、BYSETPOS、COUNT、UNTIL、WKST"

#. {0}: draftID
#: Sources/KosServer/APIService.swift:287
#, python-brace-format
msgid "{0} is yours; segregation of duties needs another reviewer"
msgstr "{0} 是你自己的草稿；按职责分离要求，须由另一位审核人决定"

#. {0}: draft.id | draftID
#. {1}: Table.stateName(draft.state) | state(of: summary).progress.rawValue | state(of: now).progress.rawValue
#: Sources/KosCLI/DraftCommands.swift:346
#: Sources/KosServer/APIService.swift:280
#: Sources/KosServer/APIService.swift:302
#, python-brace-format
msgid "{0} is {1}"
msgstr "{0} 当前状态：{1}"

#. {0}: webhookID
#. {1}: state.rawValue
#: Sources/KosStore/StoreRules.swift:172
#, python-brace-format
msgid "{0} is {1}; only dead letters are replayed"
msgstr "{0} 的状态为 {1}；只有死信才能重发"

#. {0}: d.kits.count
#: Sources/KosCLI/ValidateCommand.swift:58
#, python-brace-format
msgid "{0} kit"
msgid_plural "{0} kits"
msgstr[0] "{0} 个素材包"

#. {0}: id
#. {1}: Table.local(result.leftAt)
#. {2}: successor
#: Sources/KosCLI/PeopleCommand.swift:149
#, python-brace-format
msgid "{0} leaves the program at {1}; successor {2}"
msgstr "{0} 将于 {1} 离开项目；接任人：{2}"

#. {0}: id
#. {1}: Table.local(result.leftAt)
#. {2}: successor
#: Sources/KosCLI/PeopleCommand.swift:150
#, python-brace-format
msgid "{0} left the program at {1}; successor {2}"
msgstr "{0} 已于 {1} 离开项目；接任人：{2}"

#. {0}: handover.personID
#. {1}: API.timestamp(leftAt)
#: Sources/KosStore/StoreRules+Directory.swift:76
#, python-brace-format
msgid "{0} left the program on {1}"
msgstr "{0} 已于 {1} 离开项目"

#. {0}: person.id
#. {1}: leftAt
#: Sources/KosEngine/Offboarding.swift:34
#, python-brace-format
msgid "{0} left the program on {1} with no successor to take it over"
msgstr "{0} 已于 {1} 离开项目，且没有接任人接手"

#. {0}: person.id
#. {1}: leftAt
#. {2}: account
#: Sources/KosEngine/Offboarding.swift:29
#, python-brace-format
msgid "{0} left the program on {1}; it goes out on their own account {2}, which leaves with them"
msgstr "{0} 已于 {1} 离开项目；此帖要发布在其个人账号 {2} 上，而该账号随本人一起离开"

#. {0}: creator.id
#. {1}: API.timestamp(leftAt)
#: Sources/KosEngine/Steps/PublishRunner.swift:138
#, python-brace-format
msgid "{0} left the program on {1}; nothing is published for them from then on"
msgstr "{0} 已于 {1} 离开项目；此后不再为其发布任何内容"

#. {0}: person.id
#. {1}: leftAt
#. {2}: post.workflow
#: Sources/KosEngine/Offboarding.swift:36
#, python-brace-format
msgid "{0} left the program on {1}; {2} cancels their approved posts waiting to go out"
msgstr "{0} 已于 {1} 离开项目；{2} 会取消其已批准、等待发出的帖子"

#. {0}: person.id
#. {1}: leftAt
#. {2}: post.workflow
#: Sources/KosEngine/Offboarding.swift:37
#, python-brace-format
msgid "{0} left the program on {1}; {2} cancels their posts in checks or review"
msgstr "{0} 已于 {1} 离开项目；{2} 会取消其处于检查或审核中的帖子"

#. {0}: what
#: Sources/KosDefinitions/ShapeValidator.swift:211
#, python-brace-format
msgid "{0} looks like a secret written inline; store it in a file or credential and write file:/path, env:NAME or credential:NAME (rotate this secret: it is in the file)"
msgstr "{0} 看起来是直接写在文件里的密钥；请把它存到文件或凭据中，并写成 file:/path、env:NAME 或 credential:NAME（请轮换这个密钥：它已经出现在文件里）"

#. {0}: kit.reference
#. {1}: API.timestamp(from)
#: Sources/KosCore/Kit.swift:204
#, python-brace-format
msgid "{0} may be used from {1}"
msgstr "{0} 从 {1} 起才能使用"

#. {0}: String(format: "%.1f", minutes)
#: Sources/KosCore/API.swift:299
#, python-brace-format
msgid "{0} min"
msgstr "{0} 分钟"

#. {0}: errors.count
#: Sources/KosServer/APIService+People.swift:57
#, python-brace-format
msgid "{0} mistake in the staff directory"
msgid_plural "{0} mistakes in the staff directory"
msgstr[0] "员工名录中有 {0} 处错误"

#. {0}: errors.count
#: Sources/KosCLI/PeopleCommand.swift:125
#, python-brace-format
msgid "{0} mistake; nothing was imported"
msgid_plural "{0} mistakes; nothing was imported"
msgstr[0] "有 {0} 处错误；未导入任何内容"

#. {0}: what
#. {1}: node.kindName
#: Sources/KosDefinitions/ShapeValidator.swift:67
#, python-brace-format
msgid "{0} must be a list, not {1}"
msgstr "{0} 必须是列表，而不是{1}"

#. {0}: what
#. {1}: node.kindName
#: Sources/KosDefinitions/ShapeValidator.swift:76
#, python-brace-format
msgid "{0} must be a mapping, not {1}"
msgstr "{0} 必须是映射，而不是{1}"

#. {0}: what
#. {1}: node.kindName
#: Sources/KosDefinitions/ShapeValidator.swift:41
#, python-brace-format
msgid "{0} must be an integer, not {1}"
msgstr "{0} 必须是整数，而不是{1}"

#. {0}: what
#. {1}: min
#. {2}: v
#: Sources/KosDefinitions/ShapeValidator.swift:44
#, python-brace-format
msgid "{0} must be at least {1}, not {2}"
msgstr "{0} 至少应为 {1}，而不是 {2}"

#. {0}: what
#. {1}: max
#. {2}: v
#: Sources/KosDefinitions/ShapeValidator.swift:45
#, python-brace-format
msgid "{0} must be at most {1}, not {2}"
msgstr "{0} 至多应为 {1}，而不是 {2}"

#. {0}: what
#: Sources/KosDefinitions/ShapeValidator.swift:212
#, python-brace-format
msgid "{0} must be file:/path, env:NAME or credential:NAME"
msgstr "{0} 必须是 file:/path、env:NAME 或 credential:NAME"

#. {0}: what
#. {1}: node.kindName
#: Sources/KosDefinitions/ShapeValidator.swift:51
#, python-brace-format
msgid "{0} must be true or false, not {1}"
msgstr "{0} 必须是 true 或 false，而不是{1}"

#. {0}: what
#. {1}: node.kindName
#. {2}: s.text
#: Sources/KosDefinitions/ShapeValidator.swift:49
#, python-brace-format
msgid "{0} must be true or false, not {1} ('{2}' is a string in YAML 1.2: write true or false)"
msgstr "{0} 必须是 true 或 false，而不是{1}（在 YAML 1.2 中 '{2}' 是字符串：请写 true 或 false）"

#. {0}: what
#. {1}: shape.expectation
#. {2}: node.kindName
#: Sources/KosDefinitions/ShapeValidator.swift:33
#: Sources/KosDefinitions/ShapeValidator.swift:58
#: Sources/KosDefinitions/ShapeValidator.swift:111
#, python-brace-format
msgid "{0} must be {1}, not {2}"
msgstr "{0} 必须是{1}，而不是{2}"

#. {0}: what
#. {1}: shape.expectation
#. {2}: node.kindName
#. {3}: s.text
#: Sources/KosDefinitions/ShapeValidator.swift:31
#, python-brace-format
msgid "{0} must be {1}, not {2}; write \"{3}\" in quotes to make it a string"
msgstr "{0} 必须是{1}，而不是{2}；如要写成字符串，请加上引号：\"{3}\""

#. {0}: what
#. {1}: minItems
#: Sources/KosDefinitions/ShapeValidator.swift:71
#, python-brace-format
msgid "{0} needs at least {1} item"
msgid_plural "{0} needs at least {1} items"
msgstr[0] "{0} 至少需要 {1} 项"

#. {0}: workflow?.id ?? tr("the workflow")
#. {1}: platform
#. {2}: platform
#: Sources/KosServer/APIService+People.swift:172
#, python-brace-format
msgid "{0} needs the account this goes out on for {1} (accounts: [{2}:…])"
msgstr "{0} 需要注明在 {1} 上发布所用的账号（accounts: [{2}:…]）"

#. {0}: workflow?.id ?? tr("the workflow")
#. {1}: platform
#. {2}: platform
#: Sources/KosServer/APIService+People.swift:171
#, python-brace-format
msgid "{0} needs the company-owned account this goes out on for {1} (accounts: [{2}:…])"
msgstr "{0} 需要注明在 {1} 上发布所用的公司自有账号（accounts: [{2}:…]）"

#. {0}: workflow?.id ?? tr("the workflow")
#: Sources/KosServer/APIService+People.swift:142
#, python-brace-format
msgid "{0} needs the platform's commercial-cooperation order (蒲公英 for Xiaohongshu, 星图 for Douyin) in cooperation.order"
msgstr "{0} 需要在 cooperation.order 中填写平台的商业合作订单（小红书为蒲公英，抖音为星图）"

#. {0}: windowFailures
#. {1}: windowAttempts
#: Sources/KosCore/EndpointHealth.swift:87
#, python-brace-format
msgid "{0} of the last {1} attempts failed"
msgstr "最近 {1} 次尝试中有 {0} 次失败"

#. {0}: n
#. {1}: who
#: Sources/KosServer/APIService.swift:800
#, python-brace-format
msgid "{0} of {1}"
msgstr "{1}中的 {0} 位"

#. {0}: run.draftID
#. {1}: creator.id
#. {2}: reference
#: Sources/KosEngine/Worker.swift:629
#, python-brace-format
msgid "{0} of {1} ({2})"
msgstr "{0}（{1}，{2}）"

#. {0}: standing.approvals
#. {1}: standing.needed
#: Sources/KosServer/Console.swift:129
#, python-brace-format
msgid "{0} of {1} approval"
msgid_plural "{0} of {1} approvals"
msgstr[0] "已获 {0}/{1} 个批准"

#. {0}: approvals
#. {1}: needed
#. {2}: stage
#. {3}: needed - approvals
#. {4}: Self.describe(approval, escalatedTo: escalated)
#: Sources/KosServer/APIService.swift:322
#, python-brace-format
msgid "{0} of {1} approvals at {2}: waiting for {3} more from {4}"
msgstr "{2} 已获 {0}/{1} 个批准：还需等待 {4} 再批准 {3} 个"

#. {0}: alive
#. {1}: supervisor.count
#: Sources/kosd/Serve.swift:219
#, python-brace-format
msgid "{0} of {1} workers are running"
msgstr "{1} 个工作进程中有 {0} 个在运行"

#. {0}: $0
#. {1}: reviewerID
#. {2}: said
#: Sources/KosStore/StoreRules+Directory.swift:120
#, python-brace-format
msgid "{0} on behalf of {1} (away): {2}"
msgstr "{0} 代 {1}（外出）决定：{2}"

#. {0}: $0
#. {1}: $1
#: Sources/KosDefinitions/Shape.swift:134
#, python-brace-format
msgid "{0} or {1}"
msgstr "{0} 或 {1}"

#. {0}: c.posted
#. {1}: c.booked
#. {2}: c.max
#: Sources/KosServer/ConsoleHealth.swift:73
#, python-brace-format
msgid "{0} posted, {1} booked of {2}"
msgstr "已发布 {0}，已预订 {1}，上限 {2}"

#. {0}: workflow?.id ?? tr("the workflow")
#. {1}: id
#: Sources/KosServer/APIService+People.swift:165
#, python-brace-format
msgid "{0} publishes only on company-owned accounts; {1} is your own"
msgstr "{0} 只在公司自有账号上发布；{1} 是你的个人账号"

#. {0}: endpoint.id
#. {1}: result.status ?? 0
#: Sources/KosEngine/Steps/PublishRunner.swift:114
#, python-brace-format
msgid "{0} refused the delivery ({1})"
msgstr "{0} 拒绝了投递（{1}）"

#. {0}: endpoint.id
#. {1}: result.status ?? 0
#. {2}: $0
#: Sources/KosEngine/Steps/PublishRunner.swift:114
#, python-brace-format
msgid "{0} refused the delivery ({1}): {2}"
msgstr "{0} 拒绝了投递（{1}）：{2}"

#. {0}: who
#. {1}: step
#: Sources/KosServer/Console.swift:501
#, python-brace-format
msgid "{0} rejected ({1})"
msgstr "{0} 已驳回（{1}）"

#. {0}: who
#. {1}: step
#. {2}: $0
#: Sources/KosServer/Console.swift:501
#, python-brace-format
msgid "{0} rejected ({1}): {2}"
msgstr "{0} 已驳回（{1}）：{2}"

#. {0}: submitted.draft.id
#. {1}: submitted.draft.revision
#. {2}: state
#: Sources/KosCLI/DraftCommands.swift:312
#, python-brace-format
msgid "{0} revision {1} is the suggested rewording: {2}"
msgstr "{0} 修订版 {1} 即为建议的改写：{2}"

#. {0}: submitted.draft.id
#. {1}: submitted.draft.revision
#. {2}: state
#: Sources/KosCLI/DraftCommands.swift:129
#, python-brace-format
msgid "{0} revision {1}: {2}; earlier approvals no longer count"
msgstr "{0} 修订版 {1}：{2}；之前的批准不再有效"

#. {0}: rows.count - 1
#. {1}: maxRows
#: Sources/KosCore/Directory.swift:98
#, python-brace-format
msgid "{0} rows; a staff directory is at most {1} rows"
msgstr "共 {0} 行；员工名录最多 {1} 行"

#. {0}: endpoint.id
#: Sources/KosEngine/Steps/PublishRunner.swift:113
#, python-brace-format
msgid "{0} says it is gone (410)"
msgstr "{0} 表示该端点已不存在（410）"

#. {0}: rows.count
#: Sources/KosCLI/CalendarCommand.swift:349
#, python-brace-format
msgid "{0} slot"
msgid_plural "{0} slots"
msgstr[0] "{0} 个档期"

#. {0}: worker.staleCommits - stale
#: Sources/KosEngine/Daemon/WorkerService.swift:51
#, python-brace-format
msgid "{0} step(s) were taken over by another worker; their results were discarded"
msgstr "{0} 个步骤已被另一个工作进程接手；其结果已丢弃"

#. {0}: d.stores.count
#: Sources/KosCLI/ValidateCommand.swift:56
#, python-brace-format
msgid "{0} store"
msgid_plural "{0} stores"
msgstr[0] "{0} 家门店"

#. {0}: s
#: Sources/KosCLI/LintOutput.swift:37
#, python-brace-format
msgid "{0} suggestion"
msgid_plural "{0} suggestions"
msgstr[0] "{0} 条建议"

#. {0}: field("reviewer")
#: Sources/KosServer/ConsolePages.swift:298
#, python-brace-format
msgid "{0} suggests a rewording"
msgstr "{0} 建议了一种改写"

#. {0}: suggestion.reviewer
#. {1}: suggestion.reason
#: Sources/KosCLI/DraftCommands.swift:236
#, python-brace-format
msgid "{0} suggests this rewording ({1}):"
msgstr "{0} 建议这样改写（{1}）："

#. {0}: endpoint.id
#. {1}: rate
#: Sources/KosEngine/Steps/PublishRunner.swift:60
#, python-brace-format
msgid "{0} takes at most {1}; waiting for a free send"
msgstr "{0} 最多接受 {1}；正在等待空闲的发送配额"

#. {0}: endpoint.id
#. {1}: what
#: Sources/KosEngine/Worker.swift:396
#, python-brace-format
msgid "{0} took {1}"
msgstr "{0} 已接受{1}"

#. {0}: circuitName
#. {1}: Table.local($0)
#: Sources/KosCLI/EndpointsCommand.swift:26
#, python-brace-format
msgid "{0} until {1}"
msgstr "{0}，直至 {1}"

#. {0}: name
#. {1}: v
#: Sources/KosCore/RecurrenceRule.swift:73
#, python-brace-format
msgid "{0} value '{1}' is out of range"
msgstr "{0} 的值 '{1}' 超出范围"

#. {0}: w
#: Sources/KosCLI/LintOutput.swift:36
#, python-brace-format
msgid "{0} warning"
msgid_plural "{0} warnings"
msgstr[0] "{0} 个警告"

#. {0}: name
#. {1}: signal
#: Sources/KosEngine/Steps/ExecRunner.swift:19
#, python-brace-format
msgid "{0} was killed by signal {1}"
msgstr "{0} 被信号 {1} 终止"

#. {0}: name
#. {1}: problem
#: Sources/KosRules/ImageCheck.swift:41
#, python-brace-format
msgid "{0} was not wholly checked: {1}; a reviewer looks at it themselves"
msgstr "{0} 未能完整检查：{1}；需由审核人亲自查看"

#. {0}: alert.id
#. {1}: notice.endpoint
#. {2}: $0
#: Sources/KosEngine/Worker.swift:379
#, python-brace-format
msgid "{0} was told that {1} (owner {2}) is disabled"
msgstr "已通知 {0}：{1}（负责人 {2}）已停用"

#. {0}: alert.id
#. {1}: notice.endpoint
#: Sources/KosEngine/Worker.swift:380
#, python-brace-format
msgid "{0} was told that {1} is disabled"
msgstr "已通知 {0}：{1} 已停用"

#. {0}: kit.reference
#: Sources/KosCore/Kit.swift:203
#, python-brace-format
msgid "{0} was withdrawn"
msgstr "{0} 已被撤回"

#. {0}: draftID
#: Sources/KosServer/APIService.swift:113
#, python-brace-format
msgid "{0} was withdrawn; submit a new draft"
msgstr "{0} 已撤回；请提交新草稿"

#. {0}: d.workflows.count
#: Sources/KosCLI/ValidateCommand.swift:51
#, python-brace-format
msgid "{0} workflow"
msgid_plural "{0} workflows"
msgstr[0] "{0} 个工作流"

#. {0}: agency.name
#. {1}: agency.models.joined(separator: ", ")
#. {2}: model
#: Sources/KosServer/APIService+People.swift:136
#, python-brace-format
msgid "{0} works with the brand under {1}, not {2}"
msgstr "{0} 与品牌方的合作方式为 {1}，不是 {2}"

#. {0}: b.creator
#. {1}: b.draft
#. {2}: fire
#: Sources/KosCLI/CalendarCommand.swift:131
#, python-brace-format
msgid "{0} {1} at {2}"
msgstr "{0} {1}，{2} 发出"

#. {0}: request.method
#. {1}: request.uri.path
#: Sources/KosServer/HTTPServer.swift:373
#, python-brace-format
msgid "{0} {1} is not part of the API"
msgstr "{0} {1} 不属于本 API"

#. {0}: said
#. {1}: ctx
#. {2}: parser.context_mark.line + 1
#. {3}: parser.context_mark.column + 1
#: Sources/KosYAML/YAMLLoader.swift:105
#, python-brace-format
msgid "{0} {1} started at {2}:{3}"
msgstr "{0}{1}，该结构始于 {2}:{3}"

#. {0}: flag
#. {1}: text
#: Sources/KosCLI/CalendarCommand.swift:80
#, python-brace-format
msgid "{0} {1}: not a date such as 2026-12-01, a local date-time such as 2026-12-01T20:00, or RFC 3339"
msgstr "{0} {1}：不是日期（如 2026-12-01）、本地日期时间（如 2026-12-01T20:00）或 RFC 3339 时间"

#. {0}: a.operatorID
#: Sources/KosStore/StoreRules+Directory.swift:92
#, python-brace-format
msgid "{0}'s own account leaves with them"
msgstr "{0} 的个人账号随本人一起离开"

#. {0}: person
#. {1}: r.account
#. {2}: r.endpoint
#: Sources/KosStore/StoreRules+Directory.swift:97
#, python-brace-format
msgid "{0}'s post on their own account {1}: take-down asked of {2}"
msgstr "{0} 在其个人账号 {1} 上的帖子：已请 {2} 下架"

#. {0}: s.workers
#. {1}: s.batchSize
#. {2}: s.lease
#. {3}: s.drainTimeout
#: Sources/kosd/Kosd.swift:74
#, python-brace-format
msgid "{0}, batch {1}, lease {2}, drain {3}"
msgstr "{0} 个，批量 {1}，租期 {2}，排空 {3}"

#. {0}: who
#. {1}: $0
#: Sources/KosCLI/PeopleCommand.swift:46
#, python-brace-format
msgid "{0}, reports to {1}"
msgstr "{0}，上级：{1}"

#. {0}: slots
#. {1}: published
#. {2}: skipped
#: Sources/KosCLI/CalendarCommand.swift:350
#, python-brace-format
msgid "{0}, {1} post would go out, {2} skipped"
msgid_plural "{0}, {1} posts would go out, {2} skipped"
msgstr[0] "{0}，将发出 {1} 篇帖子，跳过 {2} 篇"

#. {0}: errors
#. {1}: warnings
#. {2}: suggestions
#. {3}: drafts
#: Sources/KosCLI/LintOutput.swift:38
#, python-brace-format
msgid "{0}, {1}, {2} in {3}"
msgstr "{3}中共有 {0}、{1}、{2}"

#. {0}: id
#: Sources/KosCore/Directory.swift:155
#, python-brace-format
msgid "{0}: a tier is for an agency's creators"
msgstr "{0}：只有机构的创作者才有 tier"

#. {0}: id
#. {1}: text
#: Sources/KosCore/Directory.swift:169
#, python-brace-format
msgid "{0}: account '{1}' must say whose it is: 'platform:handle (company)' or '(employee)'"
msgstr "{0}：账号 '{1}' 必须注明归属：'platform:handle (company)' 或 '(employee)'"

#. {0}: id
#. {1}: account.id
#. {2}: holder
#. {3}: line
#: Sources/KosCore/Directory.swift:177
#, python-brace-format
msgid "{0}: account {1} is already {2}'s (line {3}); an account has one operator"
msgstr "{0}：账号 {1} 已属于 {2}（第 {3} 行）；一个账号只能有一个运营人"

#. {0}: p.id
#. {1}: account.id
#. {2}: holder
#. {3}: holder
#. {4}: holder
#: Sources/KosCore/Directory.swift:325
#, python-brace-format
msgid "{0}: account {1} is operated by {2}; hand it over by naming it on {3}'s row too, or offboard {4}"
msgstr "{0}：账号 {1} 由 {2} 运营；如要交接，请同时在 {3} 那一行写上它，或为 {4} 办理离职交接"

#. {0}: id
#. {1}: agency
#: Sources/KosCore/Directory.swift:149
#, python-brace-format
msgid "{0}: agency '{1}' is not an agency id"
msgstr "{0}：'{1}' 不是机构 id"

#. {0}: id
#: Sources/KosCore/Directory.swift:151
#, python-brace-format
msgid "{0}: an agency's creator has a tier: kol or koc"
msgstr "{0}：机构的创作者须有 tier：kol 或 koc"

#. {0}: id
#: Sources/KosCore/Directory.swift:150
#, python-brace-format
msgid "{0}: an agency's people are creators or reviewers (its account managers), never admins"
msgstr "{0}：机构的人员只能是创作者或审核人（机构的客户经理），不能是管理员"

#. {0}: broken
#. {1}: entry
#: Sources/KosCLI/AuditCommand.swift:29
#, python-brace-format
msgid "{0}: audit entry {1} does not fit the chain"
msgstr "{0}：审计条目 {1} 与审计链不符"

#. {0}: broken
#. {1}: entry
#. {2}: $0
#: Sources/KosCLI/AuditCommand.swift:29
#, python-brace-format
msgid "{0}: audit entry {1} {2}"
msgstr "{0}：审计条目 {1}：{2}"

#. {0}: webhookID
#. {1}: runID
#. {2}: runState ?? tr("gone")
#: Sources/KosStore/StoreRules.swift:174
#, python-brace-format
msgid "{0}: its run {1} is {2} and went past this step; only a delivery its run failed at is replayed"
msgstr "{0}：其流程 {1} 的状态为 {2}，且已越过此步骤；只有流程恰好失败在该处的投递才能重发"

#. {0}: id
#. {1}: manager
#: Sources/KosCore/Directory.swift:158
#, python-brace-format
msgid "{0}: manager '{1}' is not an id"
msgstr "{0}：上级 '{1}' 不是有效的 id"

#. {0}: p.id
#. {1}: manager
#: Sources/KosCore/Directory.swift:318
#, python-brace-format
msgid "{0}: manager {1} is neither in this file nor in the directory"
msgstr "{0}：上级 {1} 既不在此文件中，也不在员工名录中"

#. {0}: path
#. {1}: item.path
#: Sources/KosCLI/DraftCommands.swift:430
#, python-brace-format
msgid "{0}: media '{1}' cannot be read"
msgstr "{0}：无法读取媒体文件 '{1}'"

#. {0}: path
#. {1}: item.path
#: Sources/KosCLI/DraftCommands.swift:425
#, python-brace-format
msgid "{0}: media '{1}' is not a regular file"
msgstr "{0}：媒体文件 '{1}' 不是普通文件"

#. {0}: path
#. {1}: item.path
#. {2}: file
#: Sources/KosCLI/DraftCommands.swift:418
#, python-brace-format
msgid "{0}: media '{1}' is not found (looked for {2}); fix the path in 'media:' or add the file"
msgstr "{0}：找不到媒体文件 '{1}'（查找位置：{2}）；请修正 'media:' 中的路径，或添加该文件"

#. {0}: path
#. {1}: item.path
#. {2}: resolved
#: Sources/KosCLI/DraftCommands.swift:421
#, python-brace-format
msgid "{0}: media '{1}' is outside the draft's folder (it leads to {2}); keep a post's pictures beside it, or pass --allow-media-outside"
msgstr "{0}：媒体文件 '{1}' 位于草稿文件夹之外（指向 {2}）；请把帖子的图片放在草稿旁边，或使用 --allow-media-outside"

#. {0}: path
#: Sources/KosCLI/DraftCommands.swift:402
#, python-brace-format
msgid "{0}: not UTF-8 text"
msgstr "{0}：不是 UTF-8 文本"

#. {0}: first.calendar
#. {1}: first.max
#. {2}: first.window
#: Sources/KosServer/ConsoleHealth.swift:76
#, python-brace-format
msgid "{0}: per associate, at most {1} in {2}"
msgstr "{0}：每位店员 {2} 内最多 {1} 篇"

#. {0}: first.calendar
#. {1}: first.max
#. {2}: first.window
#: Sources/KosServer/ConsoleHealth.swift:77
#, python-brace-format
msgid "{0}: per store, at most {1} in {2}"
msgstr "{0}：每家门店 {2} 内最多 {1} 篇"

#. {0}: field("differences")
#: Sources/KosServer/ConsolePages.swift:281
#, python-brace-format
msgid "{0}: read all of it."
msgstr "{0}：请通读全文。"

#. {0}: id
#. {1}: cell("role") ?? ""
#. {2}: Person.Role.allCases.map(\.rawValue).joined(separator: ", ")
#: Sources/KosCore/Directory.swift:139
#, python-brace-format
msgid "{0}: role '{1}' is not one of {2}"
msgstr "{0}：角色 '{1}' 不是 {2} 之一"

#. {0}: webhookID
#. {1}: attempts
#. {2}: runID
#. {3}: stepIndex
#: Sources/KosStore/StoreRules.swift:177
#, python-brace-format
msgid "{0}: sent again after {1} attempt; run {2} resumes at step {3}"
msgid_plural "{0}: sent again after {1} attempts; run {2} resumes at step {3}"
msgstr[0] "{0}：在 {1} 次尝试后重新发送；流程 {2} 从步骤 {3} 继续"

#. {0}: id
#. {1}: store
#: Sources/KosCore/Directory.swift:161
#, python-brace-format
msgid "{0}: store '{1}' is not a store code (e.g. SH-IFC)"
msgstr "{0}：'{1}' 不是门店代码（例如 SH-IFC）"

#. {0}: ok
#. {1}: result.entries
#: Sources/KosCLI/AuditCommand.swift:25
#, python-brace-format
msgid "{0}: the audit chain of {1} entries is intact"
msgstr "{0}：审计链完整，共 {1} 条记录"

#. {0}: path
#: Sources/KosCLI/DraftCommands.swift:428
#, python-brace-format
msgid "{0}: the media add up to more than 12 MiB; the API takes 16 MiB per request"
msgstr "{0}：媒体文件合计超过 12 MiB；API 每个请求最多接受 16 MiB"

#. {0}: id
#. {1}: tier
#: Sources/KosCore/Directory.swift:154
#, python-brace-format
msgid "{0}: tier '{1}' is not kol or koc"
msgstr "{0}：tier '{1}' 不是 kol 或 koc"

#. {0}: p.id
#. {1}: agency
#: Sources/KosCore/Directory.swift:312
#, python-brace-format
msgid "{0}: unknown agency {1} (no kind: Agency is defined)"
msgstr "{0}：未知机构 {1}（尚未定义任何 kind: Agency）"

#. {0}: p.id
#. {1}: agency
#. {2}: knownAgencies.sorted().joined(separator: ", ")
#: Sources/KosCore/Directory.swift:313
#, python-brace-format
msgid "{0}: unknown agency {1} (the agencies are {2})"
msgstr "{0}：未知机构 {1}（现有机构为 {2}）"

#. {0}: p.id
#. {1}: store
#. {2}: known.sorted().joined(separator: ", ")
#: Sources/KosCore/Directory.swift:309
#, python-brace-format
msgid "{0}: unknown store {1} (the stores are {2})"
msgstr "{0}：未知门店 {1}（现有门店为 {2}）"

#. {0}: title | id
#. {1}: $0 | e.message
#: Sources/KosCore/API.swift:438
#: Sources/KosCore/Directory.swift:173
#, python-brace-format
msgid "{0}: {1}"
msgstr "{0}：{1}"

#. {0}: ok
#. {1}: drafts
#: Sources/KosCLI/LintOutput.swift:34
#, python-brace-format
msgid "{0}: {1} checked, nothing found"
msgstr "{0}：已检查 {1}，未发现问题"

#. {0}: s.workflows
#. {1}: environment.definitions.workflows.count
#. {2}: files.count
#: Sources/kosd/Kosd.swift:72
#, python-brace-format
msgid "{0}: {1} workflows in {2} files"
msgstr "{0}：{2} 个文件中共 {1} 个工作流"

#. {0}: ok
#. {1}: files
#. {2}: definitions
#. {3}: kinds
#: Sources/KosCLI/ValidateCommand.swift:62
#, python-brace-format
msgid "{0}: {1}, {2}: {3}"
msgstr "{0}：{1}，{2}：{3}"

#. {0}: sentence
#. {1}: match
#: Sources/KosDefinitions/Suggestion.swift:19
#, python-brace-format
msgid "{0}; did you mean '{1}'?"
msgstr "{0}；是不是想写 '{1}'？"

#. {0}: late
#: Sources/KosEngine/Worker+Slots.swift:56
#, python-brace-format
msgid "{0}; goes out now (late_approval: publish-now)"
msgstr "{0}；现在发出（late_approval: publish-now）"

#. {0}: missed
#: Sources/KosEngine/Worker+Slots.swift:44
#, python-brace-format
msgid "{0}; moved to the next free slot"
msgstr "{0}；已改到下一个空闲档期"

#. {0}: late
#: Sources/KosEngine/Worker+Slots.swift:64
#, python-brace-format
msgid "{0}; moved to the next free slot (late_approval: next-slot)"
msgstr "{0}；已改到下一个空闲档期（late_approval: next-slot）"

#. {0}: late
#: Sources/KosEngine/Worker+Slots.swift:62
#, python-brace-format
msgid "{0}; now is inside a blackout or an embargo, so it takes the next free slot"
msgstr "{0}；现在处于静默期或禁发期，因此改用下一个空闲档期"

#. {0}: note
#. {1}: passed
#: Sources/KosEngine/Worker+Slots.swift:95
#, python-brace-format
msgid "{0}; passed over {1}"
msgstr "{0}；跳过了 {1}"

#. {0}: error.message
#: Sources/KosEngine/Daemon/WorkerService.swift:60
#, python-brace-format
msgid "{0}; steps wait until the store can write"
msgstr "{0}；步骤将等待数据存储恢复写入"

#. {0}: from
#. {1}: to
#. {2}: total
#: Sources/KosServer/Console.swift:138
#, python-brace-format
msgid "{0}–{1} of {2} drafts, waiting longest first."
msgstr "第 {0}–{1} 篇，共 {2} 篇草稿，等待最久的排在最前。"

#: Sources/KosServer/ConsolePages.swift:234
msgid "← Earlier"
msgstr "← 上一页"

#: Sources/KosRules/ClaimGrammar.swift:336
msgid "做到最好 is an aspiration, not a claim"
msgstr "「做到最好」是一种追求，不是宣称"

#. {0}: s(next)
#: Sources/KosRules/ClaimGrammar.swift:315
#, python-brace-format
msgid "到最{0} turns a setting to its end, not a claim"
msgstr "「到最{0}」是把设置调到头，不是宣称"

#: Sources/KosRules/ClaimGrammar.swift:331
msgid "合适的才是最好的 is a saying about choosing, not a claim for the product"
msgstr "「合适的才是最好的」是关于怎么选择的俗话，不是对产品的宣称"

#. {0}: s(t, end, i + 2 - end)
#: Sources/KosRules/ClaimGrammar.swift:478
#, python-brace-format
msgid "唯一 + {0} describes how many there are"
msgstr "「唯一」加「{0}」描述的是数量"

#: Sources/KosRules/ClaimGrammar.swift:488
msgid "唯一 claims there is nothing else like it"
msgstr "「唯一」宣称别无其他"

#. {0}: s(t, j, n)
#: Sources/KosRules/ClaimGrammar.swift:484
#, python-brace-format
msgid "唯一 … {0} names the only thing worth saying, not a claim"
msgstr "「唯一……{0}」说的是唯一值得一提之处，不是宣称"

#. {0}: s(t, end, i + n - end)
#: Sources/KosRules/ClaimGrammar.swift:475
#, python-brace-format
msgid "唯一{0} names the only downside, not a claim"
msgstr "「唯一{0}」说的是唯一的不足，不是宣称"

#: Sources/KosRules/ClaimGrammar.swift:339
msgid "如果… 最好了 is a wish, not a claim"
msgstr "「如果……最好了」是愿望，不是宣称"

#: Sources/KosServer/ConsolePreview.swift:38
msgid "小红书 Xiaohongshu note"
msgstr "小红书笔记"

#: Sources/KosServer/ConsolePreview.swift:41
msgid "微博 Weibo post"
msgstr "微博博文"

#: Sources/KosServer/ConsolePreview.swift:39
msgid "抖音 Douyin caption"
msgstr "抖音文案"

#: Sources/KosRules/ClaimGrammar.swift:262
msgid "最 is not followed by a quality"
msgstr "「最」后面没有表示性质的词"

#. {0}: s(next)
#. {1}: s(after)
#: Sources/KosRules/ClaimGrammar.swift:327
#, python-brace-format
msgid "最{0} + {1} states a limit or a measure"
msgstr "「最{0}」加「{1}」表示限量或度量"

#. {0}: s(next)
#: Sources/KosRules/ClaimGrammar.swift:347
#, python-brace-format
msgid "最{0} claims the most"
msgstr "「最{0}」宣称程度最高"

#. {0}: s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:274
#, python-brace-format
msgid "最{0} claims the most advanced"
msgstr "「最{0}」宣称最先进"

#. {0}: s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:321
#, python-brace-format
msgid "最{0} is a claim of quality"
msgstr "「最{0}」是对品质的宣称"

#. {0}: s(next)
#: Sources/KosRules/ClaimGrammar.swift:283
#, python-brace-format
msgid "最{0} is a complaint or a hedge, not a claim for the product"
msgstr "「最{0}」是抱怨或保留的说法，不是对产品的宣称"

#. {0}: s(next) | s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:269
#: Sources/KosRules/ClaimGrammar.swift:271
#, python-brace-format
msgid "最{0} is a time or a position, not a claim"
msgstr "「最{0}」表示时间或位置，不是宣称"

#. {0}: s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:298
#, python-brace-format
msgid "最{0} is a worry or a complaint, not a claim for the product"
msgstr "「最{0}」是担忧或抱怨，不是对产品的宣称"

#. {0}: s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:291
#, python-brace-format
msgid "最{0} is the name of a prize, not a claim"
msgstr "「最{0}」是奖项的名称，不是宣称"

#. {0}: s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:306
#, python-brace-format
msgid "最{0} is the writer's own feeling, not a claim about the product"
msgstr "「最{0}」是作者自己的感受，不是对产品的宣称"

#. {0}: s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:288
#, python-brace-format
msgid "最{0} names an institution, an office or a programme"
msgstr "「最{0}」是机构、职务或项目的名称"

#. {0}: s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:285
#, python-brace-format
msgid "最{0} opens a statement about something else"
msgstr "「最{0}」引出的是关于别的事情的陈述"

#. {0}: quality
#. {1}: noun
#: Sources/KosRules/ClaimGrammar.swift:309
#, python-brace-format
msgid "最{0} … {1} ranks one aspect of an experience, not the product"
msgstr "「最{0}……{1}」评的是体验的某一方面，不是产品"

#. {0}: s(next)
#. {1}: s(t, end + 1, k)
#: Sources/KosRules/ClaimGrammar.swift:318
#, python-brace-format
msgid "最{0}{1} + a number is a measured quantity, not a claim"
msgstr "「最{0}{1}」加数字是可测量的量，不是宣称"

#. {0}: s(next)
#. {1}: s(t, end + 1, n)
#: Sources/KosRules/ClaimGrammar.swift:312
#, python-brace-format
msgid "最{0}{1} is a measured quantity, not a claim"
msgstr "「最{0}{1}」是可测量的量，不是宣称"

#. {0}: s(next)
#. {1}: s(after)
#: Sources/KosRules/ClaimGrammar.swift:323
#, python-brace-format
msgid "最{0}{1} names a place or position"
msgstr "「最{0}{1}」指的是地点或位置"

#. {0}: s(t, end + 1, n)
#: Sources/KosRules/ClaimGrammar.swift:343
#, python-brace-format
msgid "最好 + {0} reads \"had better\""
msgstr "「最好」加「{0}」是建议用法，意为「应当」"

#: Sources/KosRules/ClaimGrammar.swift:345
msgid "最好 claims the best"
msgstr "「最好」宣称最好"

#. {0}: s(after)
#: Sources/KosRules/ClaimGrammar.swift:341
#, python-brace-format
msgid "最好{0} claims the best"
msgstr "「最好{0}」宣称最好"

#: Sources/KosRules/ClaimGrammar.swift:333
msgid "最好的 claims the best"
msgstr "「最好的」宣称最好"

#. {0}: s(t, end + 2, n)
#: Sources/KosRules/ClaimGrammar.swift:294
#, python-brace-format
msgid "最好的{0} names a way, a friend or a record, not the product"
msgstr "「最好的{0}」指的是办法、朋友或成绩，不是产品"

#: Sources/KosRules/ClaimGrammar.swift:275
msgid "最新 is the latest, a date"
msgstr "「最新」指最近的时间，是日期"

#. {0}: next.map(s) ?? ""
#: Sources/KosRules/ClaimGrammar.swift:454
#, python-brace-format
msgid "第一 + {0} counts or times something"
msgstr "「第一」加「{0}」是计数或表示时间"

#: Sources/KosRules/ClaimGrammar.swift:459
msgid "第一 opens an enumeration"
msgstr "「第一」开启了一个列举"

#: Sources/KosRules/ClaimGrammar.swift:464
msgid "第一 standing alone claims first place"
msgstr "单独出现的「第一」宣称排名第一"

#. {0}: next.map(s) ?? ""
#: Sources/KosRules/ClaimGrammar.swift:465
#, python-brace-format
msgid "第一{0} claims first place"
msgstr "「第一{0}」宣称排名第一"

#. {0}: s(next)
#: Sources/KosRules/ClaimGrammar.swift:450
#, python-brace-format
msgid "第一{0} is a rank"
msgstr "「第一{0}」是排名"

#. {0}: s(t, end, n)
#: Sources/KosRules/ClaimGrammar.swift:452
#, python-brace-format
msgid "第一{0} is a title or a name"
msgstr "「第一{0}」是称谓或名称"

#. {0}: s(next)
#: Sources/KosRules/ClaimGrammar.swift:451
#, python-brace-format
msgid "第一{0} is part of a number"
msgstr "「第一{0}」是数字的一部分"

#. {0}: s(following)
#: Sources/KosRules/ClaimGrammar.swift:462
#, python-brace-format
msgid "第一、{0} lists positions"
msgstr "「第一、{0}」是在列举序号"

#: Sources/KosServer/ConsolePreview.swift:40
msgid "视频号 WeChat Channels post"
msgstr "视频号动态"
"""#),
    ]
}
