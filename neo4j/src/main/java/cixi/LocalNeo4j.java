package cixi;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.NullLogProvider;

/**
 * Embedded Neo4j Community for local development, run as a child of the Node app
 * (src/neo4j/localServer.ts). Usage: {@code LocalNeo4j <homeDir> <boltPort>}, with optional
 * {@code -Dcixi.pagecache=256m} and {@code -Dcixi.txmem=256m}.
 *
 * <p>The protocol is single lines so the parent can parse it trivially: stdout {@code NEO4J_READY
 * bolt://127.0.0.1:<port>} once Bolt accepts connections; otherwise stderr {@code
 * NEO4J_PORT_IN_USE <port>} and exit 3, or {@code NEO4J_FAILED <message>} and exit 1.
 */
public final class LocalNeo4j {
    private static final String HOST = "127.0.0.1";
    private static DatabaseManagementService service;

    public static void main(String[] args) {
        // Keep stdout for the protocol only: anything a library prints there goes to stderr.
        PrintStream protocol = System.out;
        System.setOut(System.err);
        if (args.length != 2) fail("usage: LocalNeo4j <homeDir> <boltPort>");
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);

        // Checked first so the parent gets a precise error instead of a stack trace in debug.log.
        // Another process can still grab the port before Neo4j binds; that BindException is
        // mapped to the same result below.
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(HOST, port));
        } catch (IOException e) {
            portInUse(port);
        }

        // Registered before startup so SIGTERM/SIGINT during a slow start still shuts down cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(LocalNeo4j::shutdown, "neo4j-shutdown"));
        watchStdin();

        try {
            DatabaseManagementService started = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    // Loopback only: with auth off, nothing beyond this machine may reach it.
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, bytes("cixi.pagecache", "256m"))
                    // All running transactions together may use this much; a runaway query then fails
                    // with a memory-limit error instead of exhausting the heap.
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, bytes("cixi.txmem", "256m"))
                    .setConfig(GraphDatabaseSettings.udc_enabled, false) // no usage reports from dev machines
                    // Netty waits for 5 s of quiet, twice, making every stop take ~10 s; by then the
                    // databases are stopped and all connections closed, so there is nothing to wait for.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    // Only silences the console copy; Neo4j still writes <home>/logs/debug.log.
                    .setUserLogProvider(NullLogProvider.getInstance())
                    .build();
            synchronized (LocalNeo4j.class) {
                service = started;
            }
            awaitBolt(port);
        } catch (Throwable e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof BindException) portInUse(port);
            }
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            String detail = root == e ? "" : " (" + root.getMessage() + ")";
            fail((e.getMessage() + detail).replace('\n', ' '));
        }
        protocol.println("NEO4J_READY bolt://" + HOST + ":" + port);
        protocol.flush();
    }

    /** "Started" can precede the Bolt socket accepting, so readiness means a real TCP connect. */
    private static void awaitBolt(int port) throws IOException, InterruptedException {
        for (long deadline = System.nanoTime() + 60_000_000_000L; ; Thread.sleep(100)) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) throw new IOException("Bolt never accepted connections", e);
            }
        }
    }

    /** The parent holds our stdin open and never writes; EOF means it is gone, so we must go too. */
    private static void watchStdin() {
        Thread t = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // Input is ignored; only EOF matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as EOF.
            }
            System.exit(0); // runs the shutdown hook
        }, "stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void shutdown() {
        DatabaseManagementService s;
        synchronized (LocalNeo4j.class) { // the hook and a failed start may race here
            s = service;
            service = null;
        }
        if (s != null) s.shutdown();
    }

    private static long bytes(String property, String fallback) {
        return SettingValueParsers.BYTES.parse(System.getProperty(property, fallback));
    }

    private static void portInUse(int port) {
        System.err.println("NEO4J_PORT_IN_USE " + port);
        System.err.flush();
        Runtime.getRuntime().halt(3); // halt, not exit: nothing is running yet, and no hook may change the code
    }

    private static void fail(String message) {
        System.err.println("NEO4J_FAILED " + message);
        System.err.flush();
        shutdown();
        Runtime.getRuntime().halt(1);
    }
}
