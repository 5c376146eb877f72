import KosCore

/// Which addresses a webhook may be sent to: public (globally routable) ones only, unless the endpoint says
/// `allow_private_network: true`. The check runs on the address libcurl is about to connect to (its open-socket
/// callback), so what is checked is what is connected to: a name that resolves to 10.0.0.5, a rebinding DNS
/// answer, `http://2130706433/`, `http://0x7f.1/` or `http://[::ffff:127.0.0.1]/` are all refused alike.
public enum NetworkGuard {
    /// Why an IPv4 address (4 bytes, network order) is not a public destination, or nil when it is.
    public static func refusal(ipv4 a: [UInt8]) -> String? {
        guard a.count == 4 else { return tr("not an IPv4 address") }
        let (x, y, z) = (a[0], a[1], a[2])
        switch x {
        case 0: return tr("a 'this network' address (0.0.0.0/8)")
        case 10: return tr("a private address (10.0.0.0/8)")
        case 127: return tr("a loopback address (127.0.0.0/8)")
        case 100 where (64...127).contains(y): return tr("a carrier-grade NAT address (100.64.0.0/10)")
        case 169 where y == 254: return tr("a link-local address (169.254.0.0/16, where cloud metadata services answer)")
        case 172 where (16...31).contains(y): return tr("a private address (172.16.0.0/12)")
        case 192 where y == 168: return tr("a private address (192.168.0.0/16)")
        case 192 where y == 0 && z == 0: return tr("an IETF protocol address (192.0.0.0/24)")
        case 192 where y == 0 && z == 2: return tr("a documentation address (192.0.2.0/24)")
        case 192 where y == 88 && z == 99: return tr("a 6to4 relay address (192.88.99.0/24)")
        case 198 where y == 18 || y == 19: return tr("a benchmarking address (198.18.0.0/15)")
        case 198 where y == 51 && z == 100: return tr("a documentation address (198.51.100.0/24)")
        case 203 where y == 0 && z == 113: return tr("a documentation address (203.0.113.0/24)")
        case 224...239: return tr("a multicast address (224.0.0.0/4)")
        case 240...255: return tr("a reserved address (240.0.0.0/4, broadcast)")
        default: return nil
        }
    }

    /// Why an IPv6 address (16 bytes, network order) is not a public destination, or nil when it is.
    public static func refusal(ipv6 a: [UInt8]) -> String? {
        guard a.count == 16 else { return tr("not an IPv6 address") }
        if a[0..<15].allSatisfy({ $0 == 0 }) { return a[15] == 1 ? tr("the IPv6 loopback address (::1)") : tr("the unspecified address (::)") }
        if a[0..<10].allSatisfy({ $0 == 0 }) && a[10] == 0xff && a[11] == 0xff {
            return tr("an IPv4-mapped IPv6 address (::ffff:\(a[12]).\(a[13]).\(a[14]).\(a[15]))")
        }
        if a[0..<12].allSatisfy({ $0 == 0 }) { return tr("an IPv4-compatible IPv6 address (::/96)") }
        if a[0] == 0x00 && a[1] == 0x64 && a[2] == 0xff && a[3] == 0x9b { return tr("a NAT64 address (64:ff9b::/96)") }
        if a[0] == 0x01 && a[1] == 0x00 && a[2..<8].allSatisfy({ $0 == 0 }) { return tr("a discard-only address (100::/64)") }
        if a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0d && a[3] == 0xb8 { return tr("a documentation address (2001:db8::/32)") }
        if a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x00 && a[3] == 0x00 { return tr("a Teredo address (2001::/32)") }
        if a[0] == 0x20 && a[1] == 0x02 { return tr("a 6to4 address (2002::/16)") }
        if a[0] & 0xfe == 0xfc { return tr("a unique local address (fc00::/7)") }
        if a[0] == 0xfe && a[1] & 0xc0 == 0x80 { return tr("a link-local address (fe80::/10)") }
        if a[0] == 0xfe && a[1] & 0xc0 == 0xc0 { return tr("a site-local address (fec0::/10)") }
        if a[0] == 0xff { return tr("a multicast address (ff00::/8)") }
        return nil
    }

    /// The address as text, for messages.
    public static func text(ipv4 a: [UInt8]) -> String { a.map(String.init).joined(separator: ".") }

    public static func text(ipv6 a: [UInt8]) -> String {
        stride(from: 0, to: 16, by: 2).map { String(UInt16(a[$0]) << 8 | UInt16(a[$0 + 1]), radix: 16) }.joined(separator: ":")
    }
}
