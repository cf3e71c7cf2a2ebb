package io.anke.core.guard;

import io.anke.core.ConfigurationException;
import io.anke.core.FailOn;
import io.anke.core.Severity;
import io.anke.core.audit.AuditEvent;
import io.anke.core.audit.AuditException;
import io.anke.core.audit.AuditLog;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.engine.ScanConfiguration;
import io.anke.core.engine.ScanResult;
import io.anke.core.engine.Summary;
import io.anke.core.host.HostInventory;
import io.anke.core.host.HostProbe;
import io.anke.core.internal.CoreMessage;
import io.anke.core.manifest.DeliveryManifest;
import io.anke.core.manifest.ProgramIntegrity;
import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.Finding;
import io.anke.core.rule.InputGap;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
import io.anke.core.runtime.RuntimeSecurityFacts;
import io.anke.crypto.selftest.SelfTest;
import io.anke.crypto.selftest.SelfTestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proves at start-up that the running process stands on a compliant stack: the host (OS, CPU,
 * server, JDK and JDBC drivers, through {@link HostProbe}), every archive of the class path
 * (through {@link RuntimeClasspath}, identified as {@code anke scan} identifies archives) and the
 * data classifications the application's own classes declare, judged by the profile's rules with
 * the waivers, the same files as {@code anke scan} and the Maven plugin read.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   StartupGuard.check();   // settings from anke.guard.* system properties or ANKE_GUARD_* variables
 *   ...
 * }
 * }</pre>
 *
 * <p>In {@link GuardMode#ENFORCE} mode (the default) findings at or above the threshold, a broken
 * configuration file, or a failure of the guard itself throw one {@link StartupGuardException}
 * whose message says why in Chinese and English; in {@link GuardMode#WARN} mode the same is logged
 * and the application goes on; {@link GuardMode#OFF} checks nothing. Logging goes through SLF4J
 * (logger {@code io.anke.core.guard.StartupGuard}): one summary line at INFO, each finding at ERROR
 * when it fails the threshold, else at WARN.
 */
public final class StartupGuard {
  /** Failing findings named in the exception message before "and N more". */
  static final int LISTED = 10;

  private static final Logger LOG = LoggerFactory.getLogger(StartupGuard.class);
  private static final TextBundle TEXT =
      TextBundle.of("io.anke.core.guard.Messages", StartupGuard.class.getClassLoader());
  private static final AtomicReference<ScanResult> LAST = new AtomicReference<>();

  private final Builder settings;

  private StartupGuard(Builder b) {
    // A copy: a guard shared between threads keeps the settings it was built with, whatever is
    // done with the builder afterwards.
    this.settings = b.copy();
  }

  /**
   * Runs the guard with the settings of the system properties ({@code anke.guard.mode}, …) and
   * environment variables ({@code ANKE_GUARD_MODE}, …).
   *
   * @return the result, empty when the mode is {@code off}
   * @throws StartupGuardException in {@code enforce} mode when the process must not start
   */
  public static Optional<ScanResult> check() {
    return builder().build().run();
  }

  /** A builder whose unset values come from system properties, then the environment. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The result of the most recent run in this JVM; empty before the first, after a run in {@code
   * off} mode, and after a run that could not complete.
   */
  public static Optional<ScanResult> lastResult() {
    return Optional.ofNullable(LAST.get());
  }

  /**
   * Runs the checks.
   *
   * @return the result, empty when the mode is {@code off} or when the guard failed in {@code warn}
   *     mode
   * @throws StartupGuardException in {@code enforce} mode when the process must not start
   */
  public Optional<ScanResult> run() {
    if (settings.auditLog == null) {
      return runChecks();
    }
    Optional<ScanResult> result;
    try {
      result = runChecks();
    } catch (StartupGuardException e) {
      try {
        audit("refused", GuardMode.ENFORCE, e.result().orElse(null), e.getMessage());
      } catch (AuditException failed) {
        e.addSuppressed(failed);
      }
      throw e;
    }
    GuardMode mode = GuardSettings.modeOrEnforce(settings);
    String decision =
        mode == GuardMode.OFF
            ? "off"
            : result.isEmpty() ? "unchecked" : result.get().summary().passed() ? "pass" : "fail";
    try {
      audit(decision, mode, result.orElse(null), null);
    } catch (AuditException e) {
      if (mode == GuardMode.ENFORCE) {
        throw new StartupGuardException(
            TEXT.text("refused.audit", e.getMessage()), result.orElse(null), e);
      }
      LOG.error(both(TEXT.text("warn.audit", e.getMessage())));
    }
    return result;
  }

  /** The guard's decision as one record of the audit trail, acknowledged before returning. */
  private void audit(String decision, GuardMode mode, ScanResult result, String why) {
    AuditEvent.Builder e =
        AuditEvent.builder(AuditEvent.STARTUP_GUARD)
            .action("start")
            .resource("process:" + ProcessHandle.current().pid())
            .decision(decision)
            .attribute("mode", mode.id());
    if (why != null) {
      e.reason(why);
    }
    if (result != null) {
      Summary sum = result.summary();
      result.profileUsed().ifPresent(p -> e.attribute("profile", p.id()));
      e.attribute("failOn", sum.failOn().id());
      for (Severity sev : Severity.values()) {
        e.attribute(sev.id(), Integer.toString(sum.count(sev)));
      }
      e.attribute("waived", Integer.toString(sum.waived()));
      e.attribute("ruleErrors", Integer.toString(sum.ruleErrors()));
    }
    settings.auditLog.append(e.build()).awaitAcknowledged();
  }

  private Optional<ScanResult> runChecks() {
    GuardSettings s;
    try {
      s = GuardSettings.resolve(settings);
    } catch (ConfigurationException e) {
      LAST.set(null);
      return refuseOrWarn(GuardSettings.modeOrEnforce(settings), e, null);
    }
    if (s.mode() == GuardMode.OFF) {
      LAST.set(null);
      LOG.info(both(TEXT.text("off", s.modeSource())));
      return Optional.empty();
    }
    try {
      return Optional.of(guard(s));
    } catch (StartupGuardException e) {
      throw e;
    } catch (ConfigurationException e) {
      LAST.set(null);
      return refuseOrWarn(s.mode(), e, null);
    } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
      // Whatever went wrong, enforce mode must not let an unchecked application start.
      LAST.set(null);
      if (s.mode() == GuardMode.ENFORCE) {
        throw new StartupGuardException(TEXT.text("refused.crash", crash(e)), null, e);
      }
      LOG.error(both(TEXT.text("warn.crash", crash(e))));
      return Optional.empty();
    }
  }

  private static Optional<ScanResult> refuseOrWarn(
      GuardMode mode, ConfigurationException e, ScanResult result) {
    if (mode == GuardMode.ENFORCE) {
      throw new StartupGuardException(TEXT.text("refused.config", e.getMessage()), result, e);
    }
    LOG.error(both(TEXT.text("warn.config", e.getMessage())));
    return Optional.empty();
  }

  private ScanResult guard(GuardSettings s) {
    ClassLoader loader = loader();
    // The known-answer tests, then the probe of the JVM's security settings (which reports their
    // result), run on a second thread while this one reads the configuration, the class path and
    // the host, none of which uses the SM algorithms. Nothing is judged, and the guard does not
    // return or throw, before the tests have ended; a failure is fatal in enforce mode whatever
    // the profile, threshold or waivers say.
    FutureTask<SelfTestResult> selfTest = new FutureTask<>(settings.selfTest::get);
    FutureTask<RuntimeSecurityFacts> security =
        new FutureTask<>(() -> RuntimeSecurityFacts.probe(loader));
    Thread beside =
        new Thread(
            () -> {
              selfTest.run();
              security.run();
            },
            "anke-guard-self-test");
    beside.setDaemon(true);
    beside.start();
    ScanConfiguration config;
    RuntimeClasspath.Contents classpath;
    BillOfMaterials host;
    try {
      config = configuration(s, loader);
      classpath = readClasspath(loader, config);
      host =
          HostInventory.toBom(HostProbe.live(loader).withDriverManager().probe(), config.catalog());
    } catch (RuntimeException | Error e) {
      try {
        judgeSelfTest(s, await(selfTest));
        await(security);
      } catch (RuntimeException | Error later) {
        if (later instanceof StartupGuardException) {
          throw later;
        }
        e.addSuppressed(later);
      }
      throw e;
    }
    judgeSelfTest(s, await(selfTest));
    ScanContext.Builder context =
        ScanContext.builder().workingDirectory(config.workingDirectory()).catalog(config.catalog());
    context.boms(classpath.boms()).facts(classpath.gaps()).facts(classpath.facts());
    context.host(host);
    context.fact(await(security));
    if (s.manifest() == null) {
      context.notGathered(ProgramIntegrity.KEY); // no manifest configured: nothing to verify
    } else {
      Path manifest = config.resolve(s.manifest());
      try {
        context.fact(
            DeliveryManifest.verify(
                manifest, config.resolve(s.manifestKey()), classpath.archives()));
      } catch (ConfigurationException e) {
        if (s.mode() == GuardMode.ENFORCE) {
          throw e;
        }
        // In warn mode the rest is still judged; the unchecked manifest is a finding, not silence.
        LOG.error(both(TEXT.text("warn.config", e.getMessage())));
        context.fact(
            InputGap.missing(
                config.displayName(manifest),
                Set.of("runtime"),
                TEXT.text("gap.manifest", e.getMessage())));
      }
    }
    ScanResult result = config.engine().run(context.build());
    String report = s.report() == null ? null : writeReport(s, config, result, loader);
    log(s.mode(), result);
    LAST.set(result);
    if (s.mode() == GuardMode.ENFORCE && !result.summary().passed()) {
      throw new StartupGuardException(refusal(result, report), result, null);
    }
    return result;
  }

  /** Refuses the start (enforce) or logs (warn) when a known-answer test failed. */
  private static void judgeSelfTest(GuardSettings s, SelfTestResult selfTest) {
    if (selfTest.passed()) {
      return;
    }
    String failed = String.join(", ", selfTest.failures());
    if (s.mode() == GuardMode.ENFORCE) {
      LAST.set(null);
      throw new StartupGuardException(TEXT.text("refused.selfTest", failed), null, null);
    }
    LOG.error(both(TEXT.text("warn.selfTest", failed)));
  }

  /** The outcome of work on the second thread; its failure is rethrown here as it was thrown. */
  private static <T> T await(FutureTask<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(CoreMessage.GUARD_SELF_TEST_INTERRUPTED.english(), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    }
  }

  private ClassLoader loader() {
    if (settings.classLoader != null) {
      return settings.classLoader;
    }
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : StartupGuard.class.getClassLoader();
  }

  /**
   * The configuration; in {@code warn} mode a broken waiver or profile file is logged and left out
   * (the waivers first, then the profile), in {@code enforce} mode it stops the start.
   */
  private static ScanConfiguration configuration(GuardSettings s, ClassLoader loader) {
    List<String[]> attempts = new ArrayList<>();
    attempts.add(new String[] {"profile", "waivers"});
    if (s.mode() == GuardMode.WARN) {
      if (s.waivers() != null) {
        attempts.add(new String[] {"profile"});
      }
      if (s.profile() != null) {
        attempts.add(new String[] {"waivers"});
        attempts.add(new String[0]);
      }
    }
    Set<String> logged = new LinkedHashSet<>();
    ConfigurationException first = null;
    for (String[] keep : attempts) {
      List<String> kept = List.of(keep);
      try {
        ScanConfiguration c =
            ScanConfiguration.builder()
                .classLoader(loader)
                .profile(kept.contains("profile") ? s.profile() : null)
                .waiversFile(kept.contains("waivers") ? s.waivers() : null)
                .failOn(s.failOn())
                .build();
        if (first != null) {
          for (String m : logged) {
            LOG.error(both(TEXT.text("warn.config", m)));
          }
        }
        return c;
      } catch (ConfigurationException e) {
        if (first == null) {
          first = e;
        }
        logged.add(e.getMessage());
      }
    }
    throw first;
  }

  private static RuntimeClasspath.Contents readClasspath(
      ClassLoader loader, ScanConfiguration config) {
    Iterator<RuntimeClasspath> found =
        ServiceLoader.load(RuntimeClasspath.class, loader).iterator();
    if (!found.hasNext()) {
      InputGap gap = InputGap.missing("java.class.path", Set.of("bom"), TEXT.text("gap.noReader"));
      return new RuntimeClasspath.Contents(List.of(), List.of(), List.of(gap));
    }
    return found.next().read(loader, config.catalog(), config::displayName);
  }

  private static String writeReport(
      GuardSettings s, ScanConfiguration config, ScanResult result, ClassLoader loader) {
    Path file = config.resolve(s.report());
    String name = config.displayName(file);
    byte[] json =
        ReportFormats.render(
            ReportFormats.discover(loader).get("json"), result, ReportOptions.defaults());
    try {
      Path parent = file.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      // Written beside and moved into place: guards running at once (or a reader) never meet a
      // half-written report.
      Path tmp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try {
        Files.write(tmp, json);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return name;
    } catch (IOException e) {
      if (s.mode() == GuardMode.ENFORCE) {
        throw new ConfigurationException(
            name, 0, CoreMessage.GUARD_CANNOT_WRITE_REPORT.text(describe(e)), e);
      }
      LOG.error(both(TEXT.text("warn.report", name, describe(e))));
      return null;
    }
  }

  /**
   * The one-line summary the guard logs at INFO for a result: mode, profile, the findings that
   * count per severity, the waived ones, the threshold and whether the run passed, in Chinese and
   * English. Applications that show the guard's outcome themselves print this line.
   */
  public static Text summary(GuardMode mode, ScanResult result) {
    Summary sum = result.summary();
    return TEXT.text(
        sum.passed() ? "summary.passed" : "summary.failed",
        mode.id(),
        result.profileUsed().map(p -> p.id()).orElse("-"),
        sum.count(Severity.CRITICAL),
        sum.count(Severity.HIGH),
        sum.count(Severity.MEDIUM),
        sum.count(Severity.LOW),
        sum.count(Severity.INFO),
        sum.waived(),
        sum.failOn().id());
  }

  private static void log(GuardMode mode, ScanResult result) {
    Summary sum = result.summary();
    LOG.info(both(summary(mode, result)));
    for (Finding f : result.findings()) {
      Text t =
          TEXT.text(
              "finding",
              f.ruleId(),
              f.severity().id(),
              f.subject().kind(),
              f.subject().id(),
              f.message().bothLanguages());
      if (fails(f, sum.failOn())) {
        LOG.error(t.en());
      } else {
        LOG.warn(t.en());
      }
    }
  }

  private static boolean fails(Finding f, FailOn failOn) {
    return f.counts() && failOn.failsOn(f.severity());
  }

  /** The exception message: the failing findings, one line each, in both languages. */
  static String refusal(ScanResult result, String report) {
    Summary sum = result.summary();
    List<Finding> failing = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (fails(f, sum.failOn())) {
        failing.add(f);
      }
    }
    String profile = result.profileUsed().map(p -> p.id()).orElse("-");
    Text head = TEXT.text("refused", failing.size(), sum.failOn().id(), profile);
    StringBuilder out = new StringBuilder();
    out.append(head.zh()).append('\n').append(head.en());
    for (int i = 0; i < failing.size() && i < LISTED; i++) {
      Finding f = failing.get(i);
      Text t =
          TEXT.text(
              "refused.finding",
              f.ruleId(),
              f.subject().kind(),
              f.subject().id(),
              f.title().zh() + " / " + f.title().en());
      out.append("\n  ").append(t.en());
    }
    if (failing.size() > LISTED) {
      out.append("\n  ").append(both(TEXT.text("refused.more", failing.size() - LISTED)));
    }
    if (report != null) {
      out.append('\n').append(both(TEXT.text("refused.report", report)));
    }
    return out.toString();
  }

  /** Both languages on one line, Chinese first. */
  private static String both(Text t) {
    return t.bothLanguages();
  }

  /**
   * What failed inside the guard: the exception's type and where it was thrown, never its message,
   * which may carry whatever the failing code held (a rule's or provider's data, a key); the
   * exception itself stays the cause of the guard's own.
   */
  static String crash(Throwable e) {
    StackTraceElement[] stack = e.getStackTrace();
    return stack.length == 0 ? e.getClass().getName() : e.getClass().getName() + " at " + stack[0];
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank()
        ? e.getClass().getName()
        : e.getClass().getSimpleName() + ": " + m;
  }

  /** Settings of one guard; each unset one is taken from the system properties or environment. */
  public static final class Builder {
    GuardMode mode;
    String profile;
    Path waivers;
    Path report;
    Path manifest;
    Path manifestKey;
    FailOn failOn;
    ClassLoader classLoader;
    Map<String, String> systemProperties;
    Map<String, String> environment;

    AuditLog auditLog;

    /** The power-on self-test; replaced only by this package's tests, to make it fail. */
    Supplier<SelfTestResult> selfTest = SelfTest::run;

    private Builder() {}

    private Builder copy() {
      Builder c = new Builder();
      c.mode = mode;
      c.profile = profile;
      c.waivers = waivers;
      c.report = report;
      c.manifest = manifest;
      c.manifestKey = manifestKey;
      c.failOn = failOn;
      c.classLoader = classLoader;
      c.systemProperties = systemProperties;
      c.environment = environment;
      c.auditLog = auditLog;
      c.selfTest = selfTest;
      return c;
    }

    public Builder mode(GuardMode value) {
      this.mode = value;
      return this;
    }

    /** A bundled profile id or a profile file. */
    public Builder profile(String value) {
      this.profile = value;
      return this;
    }

    /** The waiver file, the same format as {@code anke scan --waivers}. */
    public Builder waivers(Path value) {
      this.waivers = value;
      return this;
    }

    /** Where to write the JSON report. */
    public Builder report(Path value) {
      this.report = value;
      return this;
    }

    /**
     * The signed delivery manifest ({@code anke sign}) the running archives are checked against.
     */
    public Builder manifest(Path value) {
      this.manifest = value;
      return this;
    }

    /** The SM2 public key (PEM) or certificate trusted to have signed the manifest. */
    public Builder manifestKey(Path value) {
      this.manifestKey = value;
      return this;
    }

    public Builder failOn(FailOn value) {
      this.failOn = value;
      return this;
    }

    /** The class loader whose class path is judged; the context class loader by default. */
    public Builder classLoader(ClassLoader value) {
      this.classLoader = value;
      return this;
    }

    /**
     * System properties to read settings from (tests); {@link System#getProperties()} by default.
     */
    public Builder systemProperties(Map<String, String> value) {
      this.systemProperties = Map.copyOf(value);
      return this;
    }

    /** Environment to read settings from (tests); {@link System#getenv()} by default. */
    public Builder environment(Map<String, String> value) {
      this.environment = Map.copyOf(value);
      return this;
    }

    /**
     * The audit trail that receives the guard's decision (pass, fail, refused, off, unchecked) with
     * the finding counts, acknowledged before the application goes on. In {@code enforce} mode a
     * decision that cannot be recorded stops the start.
     */
    public Builder auditLog(AuditLog value) {
      this.auditLog = value;
      return this;
    }

    public StartupGuard build() {
      return new StartupGuard(this);
    }
  }
}
