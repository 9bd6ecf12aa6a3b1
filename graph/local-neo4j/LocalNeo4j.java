import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * A local Neo4j Community server without Docker: embedded Neo4j with the Bolt connector, auth and APOC.
 *
 * Usage (graph/local-neo4j/start-local-neo4j.ts builds this command line):
 *   NEO4J_LOCAL_PASSWORD=secret java -cp classes:<maven classpath> LocalNeo4j \
 *     --home .data/neo4j --port 7687 --plugins .data/local-neo4j/plugins [--pagecache 512m] [--exit-on-stdin-eof]
 * Prints `LOCAL_NEO4J_READY bolt://127.0.0.1:<port>` once Bolt accepts the configured password, and shuts the
 * database down cleanly (store lock released) on SIGTERM, SIGINT or, with --exit-on-stdin-eof, when stdin closes
 * (so a crashed parent process never leaves an orphan holding the port and the store).
 */
public final class LocalNeo4j {
    private LocalNeo4j() {}

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = parseArgs(argv);
        Path home = Path.of(require(args, "home")).toAbsolutePath();
        int port = Integer.parseInt(require(args, "port"));
        Path plugins = Path.of(require(args, "plugins")).toAbsolutePath();
        String password = System.getenv("NEO4J_LOCAL_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("NEO4J_LOCAL_PASSWORD must be set and at least 8 characters long");
        }
        Files.createDirectories(home);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                // Keep transaction logs small: this is a local working copy, not a production store.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                // No usage reports from a developer's machine (and no network to send them on anyway).
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt's graceful shutdown waits 5 s + 5 s for connections by default; clients here close their
                // drivers before stopping the engine, so a short wait keeps `stop()` and test teardown quick.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        if (args.containsKey("pagecache")) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(args.get("pagecache")));
        }

        DatabaseManagementService service = builder.build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("LOCAL_NEO4J_STOPPING");
            service.shutdown();
            System.out.println("LOCAL_NEO4J_STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "local-neo4j-shutdown"));

        setPassword(service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
        System.out.println("LOCAL_NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();

        if (args.containsKey("exit-on-stdin-eof")) {
            Thread watchdog = new Thread(() -> {
                waitForEof(System.in);
                System.exit(0);
            }, "local-neo4j-stdin-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
        stopped.await();
    }

    /** Sets the neo4j user's password without a forced change; a no-op when it already has that password. */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.contains("cannot be the same")) throw e;
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    private static void waitForEof(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone: same as end of input.
        }
    }

    private static long parseBytes(String text) {
        String t = text.trim().toLowerCase();
        long unit = 1;
        char last = t.charAt(t.length() - 1);
        if (last == 'k') unit = 1L << 10;
        if (last == 'm') unit = 1L << 20;
        if (last == 'g') unit = 1L << 30;
        if (unit != 1) t = t.substring(0, t.length() - 1);
        return Long.parseLong(t) * unit;
    }

    private static Map<String, String> parseArgs(String[] argv) {
        Map<String, String> args = new java.util.HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--")) fail("unexpected argument " + argv[i]);
            String key = argv[i].substring(2);
            boolean flag = i + 1 >= argv.length || argv[i + 1].startsWith("--");
            args.put(key, flag ? "true" : argv[++i]);
        }
        return args;
    }

    private static String require(Map<String, String> args, String key) {
        String value = args.get(key);
        if (value == null) fail("missing --" + key);
        return value;
    }

    private static void fail(String message) {
        System.err.println("LOCAL_NEO4J_ERROR " + message);
        System.exit(2);
    }
}
