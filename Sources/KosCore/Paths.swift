import Foundation

public enum Paths {
    /// Creates the folder that will hold `path` (and its parents), with `permissions` when given; nothing to do
    /// for a bare file name, which lives in the working directory.
    public static func createParent(of path: String, permissions: Int? = nil) throws {
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true,
                                                attributes: permissions.map { [.posixPermissions: $0] })
    }
}

extension Paths {
    /// The files below folder `root` whose names end in one of `suffixes`, at any depth, as `root/…` paths sorted;
    /// hidden entries are included and links to folders are not followed (a link loop cannot trap a walk). Nil
    /// when `root` is not a folder that can be read. One `readdir` per folder: Foundation's enumerator cost a
    /// tenth of a whole `kos lint` of 20,000 drafts.
    public static func files(under root: String, suffixes: [String]) -> [String]? {
        guard let top = opendir(root) else { return nil }
        let base = root.hasSuffix("/") ? String(root.dropLast()) : root
        var out: [String] = []
        func walk(_ dir: OpaquePointer, _ prefix: String) {
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
                }
                if name == "." || name == ".." { continue }
                let path = prefix + "/" + name
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) {
                    var st = stat()
                    guard lstat(path, &st) == 0 else { continue }
                    type = (st.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
                }
                if type == UInt8(DT_DIR) {
                    if let sub = opendir(path) { walk(sub, path) }
                } else if suffixes.contains(where: { name.hasSuffix($0) }) {
                    out.append(path)
                }
            }
        }
        walk(top, base)
        return out.sorted()
    }
}
