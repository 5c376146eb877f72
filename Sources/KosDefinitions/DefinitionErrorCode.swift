/// Stable codes of definition diagnostics (the YAML loader's are KOS10xx).
public enum DefinitionErrorCode {
    /// A key the language does not have.
    public static let unknownKey = "KOS2001"
    /// A value of the wrong type.
    public static let wrongType = "KOS2002"
    /// A required key is missing.
    public static let missingKey = "KOS2003"
    /// A duration that does not parse.
    public static let badDuration = "KOS2004"
    /// A time zone that is not in the IANA database.
    public static let unknownTimeZone = "KOS2005"
    /// A cron expression or recurrence rule that does not parse.
    public static let badSchedule = "KOS2006"
    /// A reference to a workflow, calendar, endpoint, pack or template that does not exist.
    public static let unresolved = "KOS2007"
    /// Two definitions of one kind with the same id, or two steps with the same id.
    public static let duplicateID = "KOS2008"
    /// `apiVersion` or `kind` is missing or unknown.
    public static let badHeader = "KOS2009"
    /// A value outside the allowed set or range.
    public static let badValue = "KOS2010"
    /// A URL that is not an absolute http(s) URL.
    public static let badURL = "KOS2011"
    /// A secret written inline instead of referenced.
    public static let inlineSecret = "KOS2012"
    /// An `if:` condition that does not parse or reads an unknown field.
    public static let badCondition = "KOS2013"
    /// A template that does not compile.
    public static let badTemplate = "KOS2014"
    /// Keys that exclude each other, or none of a required set.
    public static let badCombination = "KOS2015"
    /// A file or folder that cannot be read.
    public static let unreadable = "KOS2016"
    /// A regular expression that does not compile.
    public static let badRegex = "KOS2017"
    /// A publish template that drops a draft field a pack needs (a warning).
    public static let templateDropsField = "KOS2018"
    /// A campaign kit's locked text fails its own packs (checked where packs are compiled: `KitLint`).
    public static let kitFailsPacks = "KOS2019"
}
