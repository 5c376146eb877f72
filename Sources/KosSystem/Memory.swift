internal import CKosSys

/// The process's heap, as the operating system sees it.
public enum Memory {
    /// Hands the heap's free pages back to the system (glibc's `malloc_trim`). Loading the definitions parses
    /// every workflow file into trees on every core and lets them go; the allocator keeps the pages they used,
    /// so a kosd process at rest would hold the load's high-water mark (1.5 MiB of a worker's 34 with 100
    /// workflows). Called when a load is done: at start, at a reload, for a run of an earlier version.
    public static func returnFreePages() {
        _ = kos_malloc_trim()
    }
}
