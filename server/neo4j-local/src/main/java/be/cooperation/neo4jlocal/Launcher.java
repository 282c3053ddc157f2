package be.cooperation.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with Bolt on a loopback port, for the dashboard's local mode.
 *
 * <p>The parent process talks to it through plain lines on stdout: {@code NEO4J_READY port=N}
 * once Bolt accepts connections, {@code NEO4J_ERROR code=C message=M} when it cannot start. The
 * database stops when stdin closes (the parent went away) or on SIGTERM. The password of the
 * {@code neo4j} user comes from the environment so that it never shows in a process listing.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      fail("USAGE", "arguments: <home directory> <bolt port> <page cache in MiB>");
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = Long.parseLong(args[2]);
    String password = System.getenv("NEO4J_LOCAL_PASSWORD");
    if (password == null || password.length() < 8) {
      fail("USAGE", "NEO4J_LOCAL_PASSWORD must hold at least 8 characters");
    }

    DatabaseManagementService dbms;
    try {
      dbms =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
              .setConfig(GraphDatabaseSettings.keep_logical_logs, "100M size")
              .build();
    } catch (RuntimeException e) {
      fail(classify(e), describe(e));
      return;
    }

    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    try {
      setPassword(dbms, password);
      dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
          .executeTransactionally("RETURN 1");
    } catch (RuntimeException e) {
      fail("START_FAILED", describe(e));
    }

    System.out.println("NEO4J_READY port=" + port);
    System.out.flush();
    waitForParentToGo();
    System.exit(0);
  }

  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    } catch (RuntimeException e) {
      // A restart with the same password is the common case, and Neo4j refuses a no-op change.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }

  private static void waitForParentToGo() {
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // The parent never writes; a read returning -1 means it closed the pipe or died.
      }
    } catch (IOException ignored) {
      // A broken pipe means the same thing as end of input.
    }
  }

  private static String classify(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      String message = String.valueOf(t.getMessage());
      if (name.equals("FileLockException") || message.contains("locked by another process")) {
        return "DATA_LOCKED";
      }
      if (name.equals("BindException")
          || name.equals("PortBindException")
          || message.contains("Address already in use")) {
        return "PORT_IN_USE";
      }
    }
    return "START_FAILED";
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return (e.getMessage() + " / " + root.getMessage()).replace('\n', ' ');
  }

  private static void fail(String code, String message) {
    System.out.println("NEO4J_ERROR code=" + code + " message=" + message);
    System.out.flush();
    System.exit(2);
  }
}
