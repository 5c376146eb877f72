import KosCore

/// The stable codes of the YAML loader's diagnostics.
public enum YAMLErrorCode {
    /// The YAML is malformed (as libyaml reports it).
    public static let syntax = "KOS1001"
    /// The input is larger than the configured limit.
    public static let tooLarge = "KOS1002"
    /// A mapping has the same key twice.
    public static let duplicateKey = "KOS1003"
    /// A merge key `<<` was used; definitions spell every key out.
    public static let mergeKey = "KOS1004"
    /// A tag outside the YAML 1.2 core schema.
    public static let unsupportedTag = "KOS1005"
    /// Collections nested deeper than the configured limit.
    public static let tooDeep = "KOS1006"
    /// More nodes than the configured limit, counting every alias expansion.
    public static let tooManyNodes = "KOS1007"
    /// The bytes are not valid UTF-8 (or UTF-16 with a BOM).
    public static let encoding = "KOS1008"
    /// An alias names an anchor that is not defined before it.
    public static let undefinedAlias = "KOS1009"
    /// A core tag whose value does not fit it, such as `!!int abc`.
    public static let tagMismatch = "KOS1010"
}
