/// Inputs that made backtracking matchers run for ever: shared by the tests that show they no longer do.
public enum Hostile {
    /// A brand pack whose one rule, `(a+)+$`, backtracks exponentially on a run of a's that ends otherwise.
    public static let backtrackingPack = """
        apiVersion: kos/v1
        kind: Guidelines
        id: brand-patterns
        rules:
          - id: repeated-a
            kind: pattern
            level: error
            message: a run of a's at the end
            pattern: '(a+)+$'
        """

    /// `vx` and a long run of spaces: cubic for the old WeChat-id pattern.
    public static let wechatBody = "vx" + String(repeating: " ", count: 20_000)
    /// 20,000 a's and a b: exponential for `(a+)+$`.
    public static let backtrackingBody = String(repeating: "a", count: 20_000) + "b"
}
