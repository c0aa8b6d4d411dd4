package org.openbenefits.contract.api;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a request's client address is read from its TCP peer and {@code X-Forwarded-For}, the same way in platform-api
 * (behind the portals) and in the portals (behind a load balancer). Only the proxies listed as trusted (addresses or
 * CIDR ranges) are believed: the header is read from the right, skipping trusted hops, and the first other address is
 * the client's. Anything left of it was written by the client and is ignored, so a forged header changes nothing.
 * A proxy that forwards a request sends one address, the one it determined this way, replacing what it received.
 */
public final class ForwardedFor {

    /** The header's name. */
    public static final String HEADER = "X-Forwarded-For";

    private final List<Range> trustedProxies;

    private ForwardedFor(List<Range> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /**
     * @param trustedProxies comma-separated IP addresses or CIDR ranges, e.g. {@code 10.0.0.0/8, 127.0.0.1}; empty
     *                       when nobody is trusted and the TCP peer is always the client
     * @throws IllegalArgumentException naming an entry that is not an IP literal or range (never looked up in DNS)
     */
    public static ForwardedFor trusting(String trustedProxies) {
        return new ForwardedFor(Arrays.stream(trustedProxies == null ? new String[0] : trustedProxies.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(Range::parse)
                .toList());
    }

    /**
     * The client's address, in canonical form (e.g. {@code 2001:db8:0:0:0:0:0:7}).
     *
     * @param peer         the TCP peer's address
     * @param forwardedFor the X-Forwarded-For headers received, in their order
     */
    public String clientOf(String peer, List<String> forwardedFor) {
        if (trustedProxies.isEmpty() || !isTrusted(peer)) {
            return canonical(peer);
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!isTrusted(hops.get(i))) {
                return canonical(hops.get(i));
            }
        }
        // Every hop is one of ours: the left-most is the closest to the client.
        return canonical(hops.isEmpty() ? peer : hops.getFirst());
    }

    /**
     * The key a per-address limit counts a client under: the address itself for IPv4, its /64 network for IPv6,
     * since one IPv6 subscriber holds a whole /64 and could otherwise take a new address for every request.
     */
    public static String limitKey(String clientAddress) {
        byte[] bytes = literal(clientAddress);
        if (bytes == null || bytes.length != 16) {
            return clientAddress;
        }
        byte[] network = Arrays.copyOf(bytes, 16);
        Arrays.fill(network, 8, 16, (byte) 0);
        return format(network) + "/64";
    }

    /** The canonical text of an IP literal (brackets and leading zeros gone); anything else as it came, stripped. */
    public static String canonical(String address) {
        byte[] bytes = literal(address);
        return bytes == null ? address.strip() : format(bytes);
    }

    private boolean isTrusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && trustedProxies.stream().anyMatch(range -> range.contains(bytes));
    }

    private static String format(byte[] bytes) {
        try {
            InetAddress address = InetAddress.getByAddress(bytes);
            String text = address.getHostAddress();
            return address instanceof Inet6Address && text.contains("%") ? text.substring(0, text.indexOf('%')) : text;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Four or sixteen bytes always make an address", e);
        }
    }

    /** The bytes of an IP literal; null for anything else (never a DNS lookup). */
    private static byte[] literal(String address) {
        String text = address.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        if (!text.matches("[0-9a-fA-F:.]+") || !(text.contains(".") || text.contains(":"))) {
            return null;
        }
        if (!text.contains(":") && !text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return null; // "1.2" would be read as 1.0.0.2: only the dotted quad is an IPv4 address here
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
            }
            int bits = network.length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry, e);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
            }
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = network.length * 8;
            BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
            BigInteger mask = all.shiftRight(prefix).xor(all);
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }
}
