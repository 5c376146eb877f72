import Foundation
public import KosCore

/// The guideline packs kosflow ships, compiled into the binary from `Packs/*.yaml`.
public enum BuiltinPacks {
    public static let ids: Set<String> = Set(sources.map(\.id))

    /// The packs, loaded and validated like any other definition (`builtin:<id>.yaml` in diagnostics).
    public static func load() throws(DiagnosticList) -> [String: GuidelinePack] {
        try loaded.get()
    }

    /// Loaded once per process: they are part of the binary and cannot change while it runs.
    private static let loaded: Result<[String: GuidelinePack], DiagnosticList> = {
        let report = DefinitionLoader(builtins: []).load(texts: sources.map { ("builtin:\($0.id).yaml", $0.yaml) })
        guard report.isValid else { return .failure(DiagnosticList(report.diagnostics)) }
        return .success(report.definitions.guidelines)
    }()
}
