package org.dyad.core;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a hostile XML file would reach for through its entities: a local file and a loopback web
 * server, both holding {@link #SECRET}. A reader that resolves entities leaks the secret into what
 * it reads or shows up in {@link #requests()}.
 */
public final class EntityBait implements AutoCloseable {

    public static final String SECRET = "SECRET-4f1c-do-not-leak";

    private final Path file;
    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    public EntityBait(Path dir) throws IOException {
        file = Files.writeString(dir.resolve("secret.txt"), SECRET);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = SECRET.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The local file, as a {@code file:} URI an external entity can name. */
    public String fileUri() {
        return file.toUri().toString();
    }

    /** A URL on the loopback server. */
    public String url(String path) {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/" + path;
    }

    /** How many requests reached the server. */
    public int requests() {
        return requests.get();
    }

    /**
     * A DOCTYPE that declares "billion laughs": ten levels of entities, each ten of the one below,
     * so that {@code &lol9;} expands to 10^9 copies of "lol" (3 GB) from under a kilobyte.
     */
    public static String billionLaughs(String root) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        return dtd.append("]>\n").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
