import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// HTTP as bytes on a socket, for tests that must send what no client library would (a body announced and never
/// sent, a header never finished) or read what comes back as it is (every header field, a `Set-Cookie`).
public enum RawHTTP {
    /// Calls `body` (bind, connect) with the address of the Unix socket at `path` (cut to what the address holds).
    public static func withUnixAddress(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Int32) -> Int32 {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in path.utf8.enumerated() where i < raw.count - 1 { raw[i] = byte }
        }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
    }

    /// A stream socket connected to the Unix socket at `path`, for the caller to close; nil when nothing listens.
    public static func connectUnix(_ path: String) -> Int32? {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        guard withUnixAddress(path, { connect(fd, $0, $1) }) == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    /// Writes `request` whole to `fd`, then reads until the server closes the connection (or, with `seconds`, until
    /// that long passes without a byte); nil when the request could not be written.
    public static func exchange(_ fd: Int32, _ request: [UInt8], seconds: Int? = nil) -> [UInt8]? {
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { return nil }
            sent += n
        }
        if let seconds {
            var timeout = timeval(tv_sec: seconds, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }
        var answer = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n <= 0 { break }
            answer += buffer[0..<n]
        }
        return answer
    }
}
