package io.anke.samples.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.samples.guard.servlet.GuardedWebApplication;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard in a servlet container: a real embedded Tomcat in a child JVM deploys a web application
 * whose {@code WEB-INF/lib} holds the guard and the application's libraries (real jars), and whose
 * listener ({@link GuardedWebApplication}) runs the guard with the web application's class loader.
 * The container's own class path holds neither the guard nor the driver, so a finding about the
 * driver proves that the guard read {@code WEB-INF/lib}.
 */
class GuardedWebApplicationTest {
  static final String DRIVER = "pkg:maven/com.microsoft.sqlserver/mssql-jdbc@13.6.2";

  @TempDir Path dir;

  @Test
  void aCompliantWebApplicationStartsInEnforceMode() throws Exception {
    GuardedJvm.Run r = deploy(webapp(false), "enforce");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).as(r.stderr()).contains(ServletContainer.STATE + "STARTED");
    assertThat(r.stderr())
        .contains("GuardedWebApplication started")
        .contains("profile xinchuang-strict")
        .contains(": passed")
        .doesNotContain("ANKE-INPUT-MISSING");
  }

  @Test
  void aForeignDriverInWebInfLibFailsTheContextInEnforceMode() throws Exception {
    GuardedJvm.Run r = deploy(webapp(true), "enforce");
    assertThat(r.exitCode()).as(r.stderr()).isNotZero();
    assertThat(r.stdout()).as(r.stderr()).doesNotContain(ServletContainer.STATE + "STARTED");
    assertThat(r.stderr()).contains("Context [/app] startup failed due to previous errors");
    assertThat(r.stderr())
        .doesNotContain("GuardedWebApplication started")
        .contains("io.anke.core.guard.StartupGuardException: 安可启动检查阻止了应用启动")
        .contains("[BOM-FOREIGN-DB-DRIVER] component " + DRIVER);
  }

  @Test
  void warnModeLogsTheDriverAndTheApplicationStarts() throws Exception {
    GuardedJvm.Run r = deploy(webapp(true), "warn");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).as(r.stderr()).contains(ServletContainer.STATE + "STARTED");
    assertThat(r.stderr())
        .contains(
            "ERROR io.anke.core.guard.StartupGuard - [BOM-FOREIGN-DB-DRIVER] high component "
                + DRIVER)
        .contains("GuardedWebApplication started");
  }

  @Test
  void aWarServedFromTheArchiveHasItsWebInfLibJudged() throws Exception {
    Path exploded = webapp(true);
    Path war = dir.resolve("app.war");
    GuardedJvm.jar(exploded, war, true);
    GuardedJvm.Run r = deploy(war, "enforce");
    assertThat(r.stdout()).as(r.stderr()).doesNotContain(ServletContainer.STATE + "STARTED");
    assertThat(r.stderr()).contains("Context [/app] startup failed due to previous errors");
    assertThat(r.stderr())
        .contains("[BOM-FOREIGN-DB-DRIVER] component " + DRIVER)
        .doesNotContain("ANKE-INPUT-MISSING");
  }

  /**
   * The web application as a directory: the sample's classes in {@code WEB-INF/classes}, its
   * run-time libraries (and the driver) as jars in {@code WEB-INF/lib}.
   */
  private Path webapp(boolean withDriver) throws IOException {
    Path app = dir.resolve(withDriver ? "with-driver" : "compliant");
    Path lib = Files.createDirectories(app.resolve("WEB-INF/lib"));
    copyTree(Path.of("target/classes").toAbsolutePath(), app.resolve("WEB-INF/classes"));
    List<Path> libraries = new ArrayList<>();
    for (Path p : GuardedJvm.applicationClasspath()) {
      if (!p.equals(Path.of("target/classes").toAbsolutePath())) {
        libraries.add(p);
      }
    }
    if (withDriver) {
      libraries.add(GuardedJvm.testJar("mssql-jdbc"));
    }
    for (Path p : libraries) {
      if (Files.isDirectory(p)) {
        // a module of the reactor not yet packaged
        GuardedJvm.jar(p, lib.resolve(p.getParent().getParent().getFileName() + ".jar"), false);
      } else {
        Files.copy(p, lib.resolve(p.getFileName()));
      }
    }
    return app;
  }

  private GuardedJvm.Run deploy(Path webapp, String mode) throws Exception {
    Path work = Files.createDirectories(dir.resolve("run-" + webapp.getFileName() + "-" + mode));
    try (InputStream in = GuardedJvm.class.getResourceAsStream("host-waivers.yaml")) {
      Files.copy(in, work.resolve("anke-waivers.yaml"));
    }
    // only Tomcat and the launcher: the application's jars are in the web application alone
    Path launcher = work.resolve("launcher");
    String cls = ServletContainer.class.getName().replace('.', '/') + ".class";
    Path target = launcher.resolve(cls);
    Files.createDirectories(target.getParent());
    Files.copy(Path.of("target/test-classes").resolve(cls), target);
    List<Path> classpath =
        List.of(
            launcher,
            GuardedJvm.testJar("tomcat-embed-core"),
            GuardedJvm.testJar("tomcat-annotations-api"));
    return GuardedJvm.runMain(
        work,
        classpath,
        ServletContainer.class.getName(),
        List.of(work.resolve("tomcat").toString(), webapp.toString()),
        "-Danke.guard.mode=" + mode,
        "-Danke.guard.profile=xinchuang-strict",
        "-Danke.guard.waivers=anke-waivers.yaml");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path t = to.resolve(from.relativize(f).toString());
        Files.createDirectories(t.getParent());
        Files.copy(f, t);
      }
    }
  }
}
