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
  private static GuardedJvm.Run classified;
  private static GuardedJvm.Run classifiedLibrary;
  private static Path classifiedClasses;

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

  /**
   * {@code enforce} with a class directory on the class path holding a data class whose identity
   * number must be stored encrypted and is not declared so.
   */
  static synchronized GuardedJvm.Run classified() throws Exception {
    prepare();
    if (classified == null) {
      List<Path> cp = new ArrayList<>(compliant);
      cp.add(classifiedClasses());
      classified = GuardedJvm.run(dir, cp, strict("enforce"));
    }
    return classified;
  }

  /** {@code enforce} with the same class in a library jar, which the guard does not inflate. */
  static synchronized GuardedJvm.Run classifiedInLibrary() throws Exception {
    prepare();
    if (classifiedLibrary == null) {
      Path jar = dir.resolve("classified-library.jar");
      GuardedJvm.jar(classifiedClasses(), jar, false);
      List<Path> cp = new ArrayList<>(compliant);
      cp.add(jar);
      classifiedLibrary = GuardedJvm.run(dir, cp, strict("enforce"));
    }
    return classifiedLibrary;
  }

  /**
   * A class directory with {@code gov.example.Resident}, compiled against the real annotations: a
   * data class whose identity number must be stored encrypted at level 3 and is not declared so.
   */
  static synchronized Path classifiedClasses() throws IOException {
    prepare();
    if (classifiedClasses == null) {
      Path src = dir.resolve("classified/src/gov/example/Resident.java");
      Files.createDirectories(src.getParent());
      Files.writeString(
          src,
          """
          package gov.example;
          import io.anke.core.classification.*;
          @DataResource(owner = "public-security")
          public record Resident(
              @Classified(DataClass.SENSITIVE_PERSONAL) String idNumber,
              @Classified(DataClass.PERSONAL) String name) {}
          """);
      Path out = dir.resolve("classified/classes");
      Files.createDirectories(out);
      int rc =
          javax.tools.ToolProvider.getSystemJavaCompiler()
              .run(
                  null,
                  null,
                  null,
                  "-proc:none",
                  "-d",
                  out.toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  src.toString());
      if (rc != 0) {
        throw new IllegalStateException("javac failed on " + src);
      }
      classifiedClasses = out;
    }
    return classifiedClasses;
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
