import ArgumentParser
import Foundation
import KosCore
import Logging
import Synchronization

/// How kosd writes its log to standard error.
enum LogFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// `journal` when started by systemd with its journal on stderr (`JOURNAL_STREAM`), else `plain`.
    case auto
    /// Readable lines: time, level, source, message, key=value metadata.
    case plain
    /// `<N>` syslog priority prefixes the journal turns into levels; no time (the journal adds it).
    case journal
    /// One JSON object per line.
    case json

    func resolved(_ environment: [String: String]) -> LogFormat {
        guard self == .auto else { return self }
        return environment["JOURNAL_STREAM"].map { $0.isEmpty ? .plain : .journal } ?? .plain
    }

    /// Sets up swift-log for this process in this format.
    func bootstrap(level: Logger.Level = .info) {
        let format = resolved(ProcessInfo.processInfo.environment)
        KosdLogHandler.level.withLock { $0 = level }
        LoggingSystem.bootstrap { label in KosdLogHandler(label: label, format: format) }
    }
}

struct KosdLogHandler: LogHandler {
    let label: String
    let format: LogFormat
    /// The process's level (`log.level`); a reload may change it. A logger that sets its own keeps that.
    static let level = Mutex(Logger.Level.info)
    private var ownLevel: Logger.Level?
    var logLevel: Logger.Level {
        get { ownLevel ?? Self.level.withLock { $0 } }
        set { ownLevel = newValue }
    }
    var metadata: Logger.Metadata = [:]

    init(label: String, format: LogFormat, logLevel: Logger.Level? = nil) {
        self.label = label
        self.format = format
        self.ownLevel = logLevel
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    func log(event: LogEvent) {
        var all = metadata
        if let extra = event.metadata { all.merge(extra) { _, new in new } }
        let pairs = all.sorted { $0.key < $1.key }
        let message = event.message.description
        var line: String
        switch format {
        case .json:
            var fields: [(String, String)] = [("time", API.timestamp(Int64(Date().timeIntervalSince1970 * 1000))), ("level", event.level.rawValue),
                                              ("source", label), ("message", message)]
            fields += pairs.map { ($0.key, "\($0.value)") }
            line = "{" + fields.map { "\"\(JSON.escaped($0.0))\":\"\(JSON.escaped($0.1))\"" }.joined(separator: ",") + "}"
        case .journal, .plain, .auto:
            let kv = pairs.map { " \($0.key)=\($0.value)" }.joined()
            line = format == .journal
                ? "<\(Self.priority(event.level))>\(label): \(message)\(kv)"
                : "\(API.timestamp(Int64(Date().timeIntervalSince1970 * 1000))) \(event.level.rawValue) \(label): \(message)\(kv)"
        }
        // One write per line, so lines from threads and from the worker processes sharing stderr do not interleave.
        line.append("\n")
        line.withUTF8 { bytes in _ = write(STDERR_FILENO, bytes.baseAddress, bytes.count) }
    }
}
