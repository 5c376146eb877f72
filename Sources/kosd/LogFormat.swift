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
        var out: [UInt8] = []
        out.reserveCapacity(128 + message.utf8.count)
        switch format {
        case .json:
            var fields: [(String, String)] = [("time", API.timestamp(Int64(Date().timeIntervalSince1970 * 1000))), ("level", event.level.rawValue),
                                              ("source", label), ("message", message)]
            fields += pairs.map { ($0.key, "\($0.value)") }
            out.append(contentsOf: ("{" + fields.map { "\"\(JSON.escaped($0.0))\":\"\(JSON.escaped($0.1))\"" }.joined(separator: ",") + "}").utf8)
        case .journal, .plain, .auto:
            // Written as bytes: a worker logs each run it ends, and interpolating the line cost ~20 string appends.
            if format == .journal {
                out.append(contentsOf: "<\(Self.priority(event.level))>".utf8)
            } else {
                out.append(contentsOf: API.timestamp(Int64(Date().timeIntervalSince1970 * 1000)).utf8)
                out.append(UInt8(ascii: " "))
                out.append(contentsOf: event.level.rawValue.utf8)
                out.append(UInt8(ascii: " "))
            }
            out.append(contentsOf: label.utf8)
            out.append(contentsOf: ": ".utf8)
            out.append(contentsOf: message.utf8)
            for (key, value) in pairs {
                out.append(UInt8(ascii: " "))
                out.append(contentsOf: key.utf8)
                out.append(UInt8(ascii: "="))
                out.append(contentsOf: value.description.utf8)
            }
        }
        // One write per line, so lines from threads and from the worker processes sharing stderr do not interleave.
        out.append(UInt8(ascii: "\n"))
        out.withUnsafeBytes { bytes in _ = write(STDERR_FILENO, bytes.baseAddress, bytes.count) }
    }
}
