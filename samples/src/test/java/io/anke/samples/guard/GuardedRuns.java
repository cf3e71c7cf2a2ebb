package io.anke.samples.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The child-JVM starts of the sample application that the tests and the doc excerpts look at, each
 * run once per test JVM: under the strict domestic-stack profile (the one that judges JDBC
 * drivers), with the test machine's own host findings waived, so that the class path alone decides.
 */
final class GuardedRuns {
  static final String STARTED = "GuardedApplication started";

  private static Path dir;
  private static List<Path> compliant;
  private static List<Path> withDriver;
  private static GuardedJvm.Run started;
  private static GuardedJvm.Run refused;
  private static GuardedJvm.Run warned;
  private static GuardedJvm.Run off;

  private GuardedRuns() {}

  private static synchronized void prepare() throws IOException {
    if (dir != null) {
      return;
    }
    Path d = Path.of("target/guarded-runs").toAbsolutePath();
    Files.createDirectories(d);
    try (InputStream in = GuardedRuns.class.getResourceAsStream("host-waivers.yaml")) {
      Files.copy(in, d.resolve("anke-waivers.yaml"), StandardCopyOption.REPLACE_EXISTING);
    }
    compliant = GuardedJvm.applicationClasspath();
    withDriver = new ArrayList<>(compliant);
    withDriver.add(GuardedJvm.testJar("mssql-jdbc"));
    dir = d;
  }

  private static String[] strict(String mode) {
    return new String[] {
      "-Danke.guard.mode=" + mode,
      "-Danke.guard.profile=xinchuang-strict",
      "-Danke.guard.waivers=anke-waivers.yaml"
    };
  }

  /** {@code enforce} on the compliant class path. */
  static synchronized GuardedJvm.Run started() throws Exception {
    prepare();
    if (started == null) {
      started = GuardedJvm.run(dir, compliant, strict("enforce"));
    }
    return started;
  }

  /** {@code enforce} with a foreign JDBC driver (Microsoft SQL Server's) on the class path. */
  static synchronized GuardedJvm.Run refused() throws Exception {
    prepare();
    if (refused == null) {
      refused = GuardedJvm.run(dir, withDriver, strict("enforce"));
    }
    return refused;
  }

  /** {@code warn} with the same driver. */
  static synchronized GuardedJvm.Run warned() throws Exception {
    prepare();
    if (warned == null) {
      warned = GuardedJvm.run(dir, withDriver, strict("warn"));
    }
    return warned;
  }

  /** {@code off} with the same driver. */
  static synchronized GuardedJvm.Run off() throws Exception {
    prepare();
    if (off == null) {
      off = GuardedJvm.run(dir, withDriver, strict("off"));
    }
    return off;
  }
}
