package org.onevisit.platform;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The address a request came from, as attempt limits count it. It is the servlet request's remote address: the
 * peer's, or the one a trusted proxy forwarded when the server is set to believe it
 * ({@code server.forward-headers-strategy}, with {@code server.tomcat.remoteip.internal-proxies} naming the proxies).
 * An IPv6 address counts by its /64 network, which one subscriber usually holds whole, so that walking through it does
 * not make new addresses.
 */
public record ClientAddress(String value) {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.%]*");
    private static final int KEPT_BYTES = 8;

    public ClientAddress {
        if (value.isBlank()) {
            throw new IllegalArgumentException("A client address is not blank");
        }
    }

    /** The address as limits count it, from the remote address a request reports (unknown if it reports none). */
    public static ClientAddress of(String remoteAddress) {
        String address = remoteAddress.strip();
        if (address.isEmpty()) {
            return new ClientAddress("unknown");
        }
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        // Only an IPv6 literal is parsed: it never leads to a name lookup, as a host name would.
        if (IPV6_LITERAL.matcher(address).matches()) {
            try {
                InetAddress parsed = InetAddress.getByName(address);
                if (parsed instanceof Inet6Address v6) {
                    byte[] bytes = v6.getAddress();
                    Arrays.fill(bytes, KEPT_BYTES, bytes.length, (byte) 0);
                    return new ClientAddress(InetAddress.getByAddress(bytes).getHostAddress() + "/64");
                }
                // an IPv4 address written as IPv6 (::ffff:192.0.2.1) counts as the IPv4 address
                return new ClientAddress(parsed.getHostAddress());
            } catch (UnknownHostException e) {
                return new ClientAddress(address);
            }
        }
        return new ClientAddress(address);
    }

    @Override
    public String toString() {
        return value;
    }
}
