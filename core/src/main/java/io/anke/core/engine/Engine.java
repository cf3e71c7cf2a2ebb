package io.anke.core.engine;

import io.anke.core.FailOn;
import io.anke.core.Severity;
import io.anke.core.baseline.Baseline;
import io.anke.core.engine.ScanResult.BaselineStatus;
import io.anke.core.internal.CoreMessage;
import io.anke.core.profile.Profile;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.Finding;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.InputGap;
import io.anke.core.rule.Location;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.core.waiver.Waiver;
import io.anke.core.waiver.WaiverSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs rules over a {@link ScanContext}: selects them by profile, applies the profile's severity
 * overrides, waivers and the baseline, reports expired and unused waivers, and decides pass or
 * fail. A rule that throws does not stop the others; it becomes an {@code ANKE-RULE-ERROR} finding
 * and the run's exit code is 4. A rule whose {@linkplain Rule#requires() required facts} the
 * context does not account for does not run; an {@code ANKE-INPUT-MISSING} finding names it.
 * Reusable and thread-safe once built.
 *
 * <pre>{@code
 * ScanResult result = Engine.builder()
 *     .rules(RuleRegistry.discover())
 *     .profile(ProfileRegistry.bundled().defaultProfile())
 *     .waivers(WaiverSet.read(Path.of("waivers.yaml")))
 *     .build()
 *     .run(context);
 * }</pre>
 */
public final class Engine {
  /** The order of findings in every report. */
  public static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::ruleId)
          .thenComparing(f -> f.subject().kind())
          .thenComparing(f -> f.subject().id())
          .thenComparing(f -> f.location().file())
          .thenComparingInt(f -> f.location().line())
          .thenComparing(f -> Objects.toString(f.location().className(), ""))
          .thenComparing(f -> Objects.toString(f.location().method(), ""))
          .thenComparing(f -> Objects.toString(f.key(), ""))
          .thenComparing(f -> f.message().en())
          .thenComparing(Finding::fingerprint);

  private final RuleRegistry registry;
  private final Profile profile;
  private final WaiverSet waivers;
  private final Baseline baseline;
  private final Path baselineFile;
  private final FailOn failOn;
  private final Clock clock;

  private Engine(Builder b) {
    this.registry = b.registry;
    this.profile = b.profile;
    this.waivers = b.waivers;
    this.baseline = b.baseline;
    this.baselineFile = b.baselineFile;
    this.failOn =
        b.failOn != null
            ? b.failOn
            : profile != null ? profile.failOn().orElse(FailOn.DEFAULT) : FailOn.DEFAULT;
    this.clock = b.clock;
    if (profile != null) {
      profile.checkRuleIds(registry.knownIds());
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The threshold this engine applies. */
  public FailOn failOn() {
    return failOn;
  }

  /** The rules the profile selects (all rules without a profile), sorted by id. */
  public List<Rule> selectedRules() {
    return profile == null ? registry.rules() : profile.select(registry.rules());
  }

  /**
   * Evaluates the selected rules over {@code context}.
   *
   * @throws io.anke.core.ConfigurationException when the baseline file is malformed or cannot be
   *     written
   */
  public ScanResult run(ScanContext context) {
    LocalDate today = LocalDate.now(clock);
    List<RuleDescriptor> ran = new ArrayList<>();
    List<Finding> raw = new ArrayList<>();
    Set<String> failed = new TreeSet<>();
    List<Rule> selected = selectedRules();
    // A fact kind the context does not account for -> the rules that needed it, which did not run.
    Map<String, List<RuleDescriptor>> unaccounted = new TreeMap<>();
    for (Rule rule : selected) {
      RuleDescriptor d = rule.descriptor();
      ran.add(effective(d));
      List<FactKey<?>> absent = absentFacts(rule, context);
      if (!absent.isEmpty()) {
        for (FactKey<?> key : absent) {
          unaccounted.computeIfAbsent(key.name(), k -> new ArrayList<>()).add(d);
        }
        continue;
      }
      List<Finding> found = new ArrayList<>();
      Sink sink = new Sink(d, found);
      try {
        rule.evaluate(context, sink);
        raw.addAll(found);
      } catch (RuntimeException | LinkageError | StackOverflowError e) {
        // A half-run rule's findings would look like a complete check: drop them, report the
        // failure, and let the run exit 4.
        failed.add(d.id());
        raw.add(ruleError(rule, e));
      }
    }

    boolean missing = !unaccounted.isEmpty();
    boolean excluded = false;
    unaccounted.forEach((fact, rules) -> raw.add(factsMissing(fact, rules)));
    for (InputGap gap : context.facts(InputGap.class)) {
      Finding f = inputGap(gap, selected);
      if (f != null) {
        raw.add(f);
        missing |= !gap.excluded();
        excluded |= gap.excluded();
      }
    }

    WaiverSet.Matching matching = waivers.start(today);
    List<Finding> findings = new ArrayList<>(raw.size());
    Map<String, Optional<Severity>> overrides = new HashMap<>();
    for (Finding f : raw) {
      Finding g = f;
      Optional<Severity> override = overrides.computeIfAbsent(f.ruleId(), this::override);
      if (override.isPresent()) {
        g = g.withSeverity(override.get());
      }
      if (!EngineRules.isEngineRule(g.ruleId())) {
        Optional<Waiver> w = matching.match(g.ruleId(), g.subject().id());
        if (w.isPresent()) {
          g = g.withWaiver(w.get());
        }
      }
      findings.add(g);
    }

    Map<Waiver, Integer> expired = matching.expired();
    List<Waiver> unused = matching.unused();
    expired.forEach((w, hits) -> findings.add(waiverFinding(EngineRules.WAIVER_EXPIRED, w, hits)));
    unused.forEach(w -> findings.add(waiverFinding(EngineRules.WAIVER_UNUSED, w, 0)));

    BaselineStatus status = applyBaseline(findings);

    findings.sort(FINDING_ORDER);
    if (missing) {
      ran.add(effective(EngineRules.INPUT_MISSING));
    }
    if (excluded) {
      ran.add(effective(EngineRules.INPUT_EXCLUDED));
    }
    if (!expired.isEmpty() || !unused.isEmpty() || !failed.isEmpty()) {
      addEngineDescriptors(ran, !failed.isEmpty(), !expired.isEmpty(), !unused.isEmpty());
    }
    ran.sort(Comparator.comparing(RuleDescriptor::id));
    return new ScanResult(
        context,
        profile,
        ran,
        findings,
        summarize(findings, expired.size(), unused.size(), failed.size()),
        expired,
        unused,
        List.copyOf(failed),
        status);
  }

  private BaselineStatus applyBaseline(List<Finding> findings) {
    Baseline known = baseline;
    boolean create = false;
    if (baselineFile != null) {
      if (Files.exists(baselineFile)) {
        known = Baseline.read(baselineFile);
      } else {
        create = true;
      }
    }
    if (create) {
      List<Finding> record = new ArrayList<>();
      for (Finding f : findings) {
        if (baselineable(f)) {
          record.add(f);
        }
      }
      Baseline created = Baseline.of(record);
      created.write(baselineFile);
      known = created;
    }
    if (known == null) {
      return BaselineStatus.NONE;
    }
    int matched = 0;
    Set<String> seen = new HashSet<>();
    Set<String> recorded = known.fingerprints();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (!baselineable(f)) {
        continue;
      }
      String fingerprint = f.fingerprint(); // a SHA-256: compute it once per finding
      if (recorded.contains(fingerprint)) {
        findings.set(i, f.withBaselined(true));
        matched++;
        seen.add(fingerprint);
      }
    }
    int stale = known.size() - seen.size();
    String file = baselineFile == null ? null : baselineFile.toString();
    return create
        ? new BaselineStatus(BaselineStatus.Mode.CREATED, file, known.size(), matched, 0)
        : new BaselineStatus(BaselineStatus.Mode.APPLIED, file, known.size(), matched, stale);
  }

  // Waived findings stay out of the baseline: when the waiver expires they must count again.
  // The engine's own findings are about this run's configuration and are never baselined.
  private static boolean baselineable(Finding f) {
    return !f.waived() && !EngineRules.isEngineRule(f.ruleId());
  }

  private Optional<Severity> override(String ruleId) {
    if (profile == null) {
      return Optional.empty();
    }
    RuleDescriptor d =
        registry
            .get(ruleId)
            .map(Rule::descriptor)
            .orElseGet(
                () ->
                    EngineRules.all().stream()
                        .filter(e -> e.id().equals(ruleId))
                        .findFirst()
                        .orElse(null));
    return d == null ? Optional.empty() : profile.severityOverride(d);
  }

  private RuleDescriptor effective(RuleDescriptor d) {
    if (profile == null) {
      return d;
    }
    Optional<Severity> s = profile.severityOverride(d);
    return s.isEmpty() || s.get() == d.severity()
        ? d
        : new RuleDescriptor(
            d.id(),
            d.title(),
            d.description(),
            d.remediation(),
            s.get(),
            d.standards(),
            d.profiles(),
            d.category());
  }

  private void addEngineDescriptors(
      List<RuleDescriptor> ran, boolean error, boolean expired, boolean unused) {
    if (error) {
      ran.add(effective(EngineRules.RULE_ERROR));
    }
    if (expired) {
      ran.add(effective(EngineRules.WAIVER_EXPIRED));
    }
    if (unused) {
      ran.add(effective(EngineRules.WAIVER_UNUSED));
    }
  }

  /**
   * The finding for a rule that threw. It names the exception's type, its causes' types and the
   * place in the rule's code where it was thrown, never the exception's message: a rule reading a
   * configuration file or a key may fail with the password or key in that message, and the finding
   * goes into every report. The engine's own refusal of a finding of another rule is the exception.
   */
  private Finding ruleError(Rule failedRule, Throwable e) {
    RuleDescriptor d = failedRule.descriptor();
    // No severity override here: run() applies the profile's to every raw finding, this one too.
    Finding.Builder f =
        Finding.builder(EngineRules.RULE_ERROR)
            .subject(Subject.of("rule", d.id()))
            .property("rule", d.id())
            .property("exception", e.getClass().getName());
    if (e instanceof ForeignFindingException foreign) {
      return f.message(EngineRules.text().text("ruleError.foreign", d.id(), foreign.foreignRule))
          .build();
    }
    StringBuilder types = new StringBuilder(e.getClass().getName());
    Set<Throwable> seen = new HashSet<>(List.of(e));
    for (Throwable c = e.getCause(); c != null && seen.add(c); c = c.getCause()) {
      types.append(" <- ").append(c.getClass().getName());
    }
    String frame = throwingFrame(failedRule.getClass(), e);
    if (frame == null) {
      return f.message(
              EngineRules.text().text("ruleError.messageNoFrame", d.id(), types.toString()))
          .build();
    }
    return f.message(EngineRules.text().text("ruleError.message", d.id(), types.toString(), frame))
        .property("frame", frame)
        .build();
  }

  /**
   * Where the rule's code threw: the innermost frame in the rule class's package, else in Anke's
   * code, else the innermost frame; the engine's own frames never count. Null without a stack.
   */
  static String throwingFrame(Class<?> ruleClass, Throwable e) {
    StackTraceElement[] stack = e.getStackTrace();
    if (stack.length == 0) {
      return null;
    }
    String own = ruleClass.getPackageName() + ".";
    StackTraceElement inAnke = null;
    for (StackTraceElement s : stack) {
      String c = s.getClassName();
      if (c.equals(Engine.class.getName()) || c.startsWith(Engine.class.getName() + "$")) {
        continue;
      }
      if (c.startsWith(own)) {
        return frame(s);
      }
      if (inAnke == null && c.startsWith("io.anke.")) {
        inAnke = s;
      }
    }
    return frame(inAnke != null ? inAnke : stack[0]);
  }

  /** {@code class.method(File.java:line)}, without the module and class loader prefixes. */
  private static String frame(StackTraceElement s) {
    String where =
        s.getFileName() == null
            ? "?"
            : s.getLineNumber() >= 0 ? s.getFileName() + ":" + s.getLineNumber() : s.getFileName();
    return s.getClassName() + "." + s.getMethodName() + "(" + where + ")";
  }

  private static List<FactKey<?>> absentFacts(Rule rule, ScanContext context) {
    List<FactKey<?>> absent = new ArrayList<>();
    for (FactKey<?> key : rule.requires()) {
      if (!context.accountsFor(key)) {
        absent.add(key);
      }
    }
    return absent;
  }

  /**
   * The finding for a kind of fact that selected rules {@linkplain Rule#requires() require} and the
   * context does not account for: those rules did not run, and say so instead of passing.
   */
  private static Finding factsMissing(String fact, List<RuleDescriptor> rules) {
    List<String> ids = rules.stream().map(RuleDescriptor::id).sorted().toList();
    String which = String.join(", ", ids);
    return Finding.builder(EngineRules.INPUT_MISSING)
        .subject(Subject.of(Subject.CONFIG, "facts " + fact))
        .message(EngineRules.text().text("factsMissing.message", fact, ids.size(), which))
        // not the input gap's "compile the module first": the program that built the scan forgot
        .remediation(EngineRules.text().text("factsMissing.remediation", fact))
        .key(fact)
        .property("fact", fact)
        .property("rules", which)
        .build();
  }

  /**
   * The finding for an input the scan did not examine, or null when no selected rule judges that
   * kind of input (a profile without code rules does not care whether the code was compiled).
   */
  private static Finding inputGap(InputGap gap, List<Rule> selected) {
    TreeSet<String> prefixes = new TreeSet<>();
    int rules = 0;
    for (Rule r : selected) {
      RuleDescriptor d = r.descriptor();
      if (gap.categories().contains(d.category())) {
        rules++;
        int dash = d.id().indexOf('-');
        prefixes.add(dash > 0 ? d.id().substring(0, dash + 1) + "*" : d.id());
      }
    }
    if (rules == 0) {
      return null;
    }
    RuleDescriptor d = gap.excluded() ? EngineRules.INPUT_EXCLUDED : EngineRules.INPUT_MISSING;
    String key = gap.excluded() ? "inputExcluded.message" : "inputMissing.message";
    String which = String.join(", ", prefixes);
    Text zh = EngineRules.text().text(key, gap.input(), gap.reason().zh(), rules, which);
    Text en = EngineRules.text().text(key, gap.input(), gap.reason().en(), rules, which);
    return Finding.builder(d)
        .subject(Subject.of(Subject.FILE, gap.input()))
        .location(Location.of(gap.input()))
        .message(new Text(zh.zh(), en.en()))
        .key(gap.reason().en())
        .property("rules", Integer.toString(rules))
        .property("categories", String.join(",", new TreeSet<>(gap.categories())))
        .build();
  }

  private Finding waiverFinding(RuleDescriptor d, Waiver w, int hits) {
    String key = d == EngineRules.WAIVER_EXPIRED ? "waiverExpired.message" : "waiverUnused.message";
    Text message =
        EngineRules.text().text(key, w.rule(), w.subject(), w.expires().toString(), hits);
    Finding f =
        Finding.builder(d)
            .subject(Subject.of(Subject.CONFIG, "waiver " + w.rule() + " " + w.subject()))
            .location(Location.of(w.source(), w.line()))
            .message(message)
            .property("reason", w.reason().id())
            .property("approvedBy", w.approvedBy())
            .property("expires", w.expires().toString())
            .build();
    return override(f.ruleId()).map(f::withSeverity).orElse(f);
  }

  private Summary summarize(List<Finding> findings, int expired, int unused, int errors) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    int waived = 0;
    int baselined = 0;
    boolean fails = errors > 0;
    for (Finding f : findings) {
      if (f.waived()) {
        waived++;
      } else if (f.baselined()) {
        baselined++;
      } else {
        counts.merge(f.severity(), 1, Integer::sum);
        fails |= failOn.failsOn(f.severity());
      }
    }
    return new Summary(
        findings.size(), counts, waived, baselined, expired, unused, errors, failOn, !fails);
  }

  /**
   * A rule reported a finding of another rule. Its message holds only rule ids, so the rule-error
   * finding may say what happened.
   */
  private static final class ForeignFindingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String foreignRule;

    ForeignFindingException(String rule, String foreignRule) {
      super(CoreMessage.ENGINE_FOREIGN_FINDING.english(rule, foreignRule));
      this.foreignRule = foreignRule;
    }
  }

  /** Collects one rule's findings and checks that they are its own. */
  private static final class Sink implements FindingSink {
    private final RuleDescriptor rule;
    private final List<Finding> out;

    Sink(RuleDescriptor rule, List<Finding> out) {
      this.rule = rule;
      this.out = out;
    }

    @Override
    public RuleDescriptor rule() {
      return rule;
    }

    @Override
    public void report(Finding finding) {
      Objects.requireNonNull(finding, "finding");
      if (!finding.ruleId().equals(rule.id())) {
        throw new ForeignFindingException(rule.id(), finding.ruleId());
      }
      out.add(finding);
    }
  }

  /** Builds an {@link Engine}. */
  public static final class Builder {
    private RuleRegistry registry = RuleRegistry.empty();
    private Profile profile;
    private WaiverSet waivers = WaiverSet.empty();
    private Baseline baseline;
    private Path baselineFile;
    private FailOn failOn;
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /** The rules to choose from (replaces earlier ones). */
    public Builder rules(RuleRegistry rules) {
      this.registry = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /** Adds rules given programmatically. */
    public Builder addRules(List<? extends Rule> rules) {
      this.registry = registry.plus(rules);
      return this;
    }

    /** The profile that selects rules and overrides severities; without one, all rules run. */
    public Builder profile(Profile profile) {
      this.profile = profile;
      return this;
    }

    /** The waivers. */
    public Builder waivers(WaiverSet waivers) {
      this.waivers = Objects.requireNonNull(waivers, "waivers");
      return this;
    }

    /** A baseline to apply (findings in it do not count). */
    public Builder baseline(Baseline baseline) {
      this.baseline = baseline;
      this.baselineFile = null;
      return this;
    }

    /**
     * A baseline file ({@code --baseline FILE}): applied when it exists; when it does not, it is
     * written from this run's findings (waived ones excepted), which are then marked as baseline.
     */
    public Builder baselineFile(Path file) {
      this.baselineFile = file;
      this.baseline = null;
      return this;
    }

    /** The threshold; defaults to the profile's, else {@code high}. */
    public Builder failOn(FailOn failOn) {
      this.failOn = failOn;
      return this;
    }

    /** The clock that decides which waivers have expired (tests inject a fixed one). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The engine.
     *
     * @throws io.anke.core.ConfigurationException when the profile names unknown rules
     */
    public Engine build() {
      return new Engine(this);
    }
  }
}
