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
