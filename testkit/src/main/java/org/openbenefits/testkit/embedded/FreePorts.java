package org.openbenefits.testkit.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/** Hands out TCP ports that are free on 127.0.0.1, never the same one twice in a JVM. */
public final class FreePorts {

    // A port released by the probe socket may be handed out again by the OS a moment later; remembering
    // what this JVM already gave away keeps a broker and its controller from being offered the same port.
    private static final Set<Integer> GIVEN = new HashSet<>();

    private static final InetAddress LOOPBACK = loopback();

    private FreePorts() {
    }

    /** A port nobody listens on right now on 127.0.0.1. */
    public static synchronized int next() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = probe();
            if (GIVEN.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free TCP port found on 127.0.0.1 after 50 attempts");
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static int probe() {
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open a probe socket on 127.0.0.1", e);
        }
    }
}
