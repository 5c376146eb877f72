internal import CKosSys
#if canImport(Glibc)
public import Glibc
#endif

/// The system calls kosflow needs that Swift's Glibc module does not expose (they need `_GNU_SOURCE`), behind
/// Swift names: this target is the one that imports `CKosSys`.
public enum Signals {
    /// SIGTERM and SIGINT are recorded, not acted on (async-signal-safe); a main loop asks `stopRequested`.
    @discardableResult
    public static func installStopHandler() -> Bool { kos_install_stop_handler() == 0 }

    /// Whether SIGTERM or SIGINT has come.
    public static var stopRequested: Bool { kos_stop_requested() != 0 }

    /// SIGHUP is recorded, not acted on; a main loop takes it with `takeReload()`.
    @discardableResult
    public static func installReloadHandler() -> Bool { kos_install_reload_handler() == 0 }

    /// Whether a SIGHUP came since the last call (and forgets it).
    public static func takeReload() -> Bool { kos_take_reload() == 1 }
}

/// `pipe2(fds, O_CLOEXEC)`: both ends close on exec, so no process spawned meanwhile inherits them. 0, or -1.
public func closeOnExecPipe(_ fds: inout [Int32]) -> Int32 {
    precondition(fds.count == 2, "a pipe has two ends")
    return fds.withUnsafeMutableBufferPointer { kos_pipe_cloexec($0.baseAddress!) }
}

/// `posix_spawn_file_actions_addchdir_np`: the child starts in `path`.
@discardableResult
public func spawnAddChdir(_ actions: inout Glibc.posix_spawn_file_actions_t, _ path: String) -> Int32 {
    kos_spawn_add_chdir(&actions, path)
}
