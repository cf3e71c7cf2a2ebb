package io.anke.scan;

import io.anke.core.FailOn;
import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.catalog.Catalog;
import io.anke.core.engine.Engine;
import io.anke.core.engine.ScanConfiguration;
import io.anke.core.engine.ScanResult;
import io.anke.core.manifest.ProgramIntegrity;
import io.anke.core.profile.Profile;
import io.anke.core.report.ReportFormat;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.InputGap;
import io.anke.core.rule.Rule;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
import io.anke.core.runtime.RuntimeSecurityFacts;
import io.anke.scan.ScanInputs.BytecodeTarget;
import io.anke.scan.archive.ArchiveEntry;
import io.anke.scan.archive.ArchiveVisitor;
import io.anke.scan.archive.ArchiveWalker;
import io.anke.scan.bom.ArchiveComponentCollector;
import io.anke.scan.bom.BomFormat;
import io.anke.scan.bom.BomReaders;
import io.anke.scan.bom.CycloneDxReport;
import io.anke.scan.bytecode.BytecodeScanResult;
import io.anke.scan.bytecode.BytecodeScanner;
import io.anke.scan.bytecode.CryptoUsage;
import io.anke.scan.config.ConfigFile;
import io.anke.scan.config.ConfigFileCollector;
import io.anke.scan.data.ClassWithPersonalData;
import io.anke.scan.data.ClassificationDeclaration;
import io.anke.scan.data.DataFieldCollector;
import io.anke.scan.internal.ScanMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The resolved configuration of a scan ({@link ScanConfiguration}: catalog, rules, profile,
 * waivers, baseline file and fail-on threshold, shared with the start-up guard) plus the bytecode
 * scanner's settings. Building it reads and validates every configuration file, so that a mistake
 * is reported before anything is scanned. Relative paths are resolved against the working
 * directory. Building it also decides what a scan reads: only the kinds of fact the selected rules
 * require and the report formats show (see {@link #run(ScanInputs)}). Immutable; {@link
 * #run(ScanInputs)} may be called more than once.
 *
 * <pre>{@code
 * ScanSettings settings = ScanSettings.builder()
 *     .workingDirectory(projectDir)
 *     .profile("crypto-l3")
 *     .waiversFile(Path.of("anke-waivers.yaml"))
 *     .build();
 * ScanResult result = settings.run(ScanInputs.builder().bom(bom).bytecode(classes, "target/classes", true).build());
 * }</pre>
 */
public final class ScanSettings {
  /** Kinds of facts an application's own files give: configuration files, data classes. */
  public static final List<FactKey<?>> APPLICATION_FACTS =
      List.of(ConfigFile.KEY, ClassWithPersonalData.KEY, ClassificationDeclaration.KEY);

  /** Kinds of facts only the scan of code gives. */
  public static final List<FactKey<?>> CODE_FACTS =
      List.of(BytecodeScanResult.KEY, CryptoUsage.KEY);

  /** Kinds of facts a delivery scan never gives: the running JVM, a verified delivery manifest. */
  public static final List<FactKey<?>> RUNTIME_FACTS =
      List.of(RuntimeSecurityFacts.KEY, ProgramIntegrity.KEY);

  /**
   * Every kind of fact a bundled rule needs that a bill of materials alone does not hold: what a
   * context built from a document only accounts for as not gathered, as an SBOM-only scan does.
   */
  public static FactKey<?>[] notInABillOfMaterials() {
    return java.util.stream.Stream.of(APPLICATION_FACTS, CODE_FACTS, RUNTIME_FACTS)
        .flatMap(List::stream)
        .toArray(FactKey<?>[]::new);
  }

  /** The rule categories that judge an application's classes. */
  private static final Set<String> CODE_CATEGORIES = Set.of("crypto", "data");

  private static final TextBundle TEXT =
      TextBundle.of("io.anke.scan.Messages", ScanSettings.class.getClassLoader());

  /** What the bundled report formats show beyond findings: the {@code cyclonedx} report's CBOM. */
  private static final Set<FactKey<?>> SHOWN_BY_BUNDLED_REPORTS = Set.of(CryptoUsage.KEY);

  /** The core's report formats (JSON, SARIF, HTML, text) show findings only. */
  private static final String CORE_REPORTS = ReportFormat.class.getPackageName();

  private final ScanConfiguration configuration;
  private final int bytecodeThreads;
  // What the selected rules require and the reports show decides what run() reads.
  private final boolean analyseCode;
  private final boolean readConfig;
  private final boolean readData;
  private final boolean judgesCode;

  private ScanSettings(Builder b) {
    this.configuration = b.configuration.build();
    this.bytecodeThreads = b.bytecodeThreads;
    Set<FactKey<?>> needed =
        new HashSet<>(
            b.reportFormats == null ? SHOWN_BY_BUNDLED_REPORTS : shownBy(b.reportFormats));
    boolean code = false;
    for (Rule rule : configuration.engine().selectedRules()) {
      needed.addAll(rule.requires());
      code |= CODE_CATEGORIES.contains(rule.descriptor().category());
    }
    this.analyseCode = CODE_FACTS.stream().anyMatch(needed::contains);
    this.readConfig = needed.contains(ConfigFile.KEY);
    this.readData =
        needed.contains(ClassWithPersonalData.KEY)
            || needed.contains(ClassificationDeclaration.KEY);
    this.judgesCode = code;
  }

  /**
   * The kinds of fact {@code formats} show beyond the findings: the {@code cyclonedx} report lists
   * the code's cryptography; the core formats show findings only; a format Anke does not know may
   * show any fact of the scan.
   */
  private static Set<FactKey<?>> shownBy(Collection<? extends ReportFormat> formats) {
    Set<FactKey<?>> shown = new HashSet<>();
    for (ReportFormat f : formats) {
      if (f instanceof CycloneDxReport) {
        shown.add(CryptoUsage.KEY);
      } else if (!f.getClass().getPackageName().startsWith(CORE_REPORTS)) {
        shown.addAll(CODE_FACTS);
        shown.addAll(APPLICATION_FACTS);
      }
    }
    return shown;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The directory report paths are relative to (absolute). */
  public Path workingDirectory() {
    return configuration.workingDirectory();
  }

  /** The vendor catalog: bundled entries extended and overridden by the users' files. */
  public Catalog catalog() {
    return configuration.catalog();
  }

  /** The profile that selects the rules. */
  public Profile profile() {
    return configuration.profile();
  }

  /** The threshold applied: the one given, else the profile's, else {@code high}. */
  public FailOn failOn() {
    return configuration.failOn();
  }

  /** The engine, with the rules this profile selects. */
  public Engine engine() {
    return configuration.engine();
  }

  /**
   * Scans the bytecode targets, reads the configuration files and data classes of the application
   * targets (the facts of {@link io.anke.scan.data.ApplicationFacts}, read in the same walk),
   * builds the scan context and runs the rules. Only what the selected rules {@linkplain
   * io.anke.core.rule.Rule#requires() require} and the {@linkplain Builder#reportFormats report
   * formats} show is read: without a rule that needs code facts no class is analysed (an
   * application target is then walked once for its bill of materials and the application facts that
   * are needed, or not at all), and the kinds nobody needs are accounted for as not gathered.
   *
   * @throws io.anke.core.InputException when an archive or class directory is corrupt or over a
   *     limit
   * @throws io.anke.core.ConfigurationException when the baseline file is malformed
   * @throws IOException when a target cannot be read
   */
  public ScanResult run(ScanInputs inputs) throws IOException {
    Objects.requireNonNull(inputs, "inputs");
    ScanContext.Builder context =
        ScanContext.builder()
            .workingDirectory(configuration.workingDirectory())
            .catalog(configuration.catalog());
    // The bills of materials read in a bytecode walk, by target index.
    Map<Integer, ScanInputs.BomInWalk> bomsInWalk = new HashMap<>();
    for (ScanInputs.BomInWalk b : inputs.bomsInWalk()) {
      bomsInWalk.put(b.target(), b);
    }
    Map<Integer, BillOfMaterials> walkedBoms = new HashMap<>();
    if (inputs.host() != null) {
      context.host(inputs.host());
    }
    Set<String> declaredGaps = new HashSet<>();
    for (Object f : inputs.facts()) {
      if (f instanceof InputGap g) {
        declaredGaps.add(g.input());
      }
    }
    boolean code = false;
    boolean application = false;
    for (int i = 0; i < inputs.bytecode().size(); i++) {
      BytecodeTarget t = inputs.bytecode().get(i);
      code = true;
      application |= t.application();
      if (!t.application()) {
        // A library gives code facts only.
        if (analyseCode) {
          BytecodeScanResult r = scanner(t).scan(t.path(), t.displayName());
          context.fact(r).facts(r.usages());
        }
        continue;
      }
      ScanInputs.BomInWalk bomInWalk = bomsInWalk.get(i);
      // The application's configuration files, personal-information fields and declared
      // classifications (CONFIG-/DATA-), read in the bytecode scan's walk (the same facts as
      // ApplicationFacts.collect); a dependency jar's bundled defaults are not the deployment's
      // configuration. The collectors skip bundled libraries, which are opened only when the
      // bytecode scanner or the bill of materials needs them.
      boolean librariesOpened = analyseCode || bomInWalk != null;
      ConfigFileCollector config = readConfig ? new ConfigFileCollector(!librariesOpened) : null;
      DataFieldCollector data = readData ? new DataFieldCollector(!librariesOpened) : null;
      // The bill of materials in the same walk (what BomReaders.read gives), so that no nested
      // archive is inflated twice; the walker computes the archives' digests for it.
      BomFormat format = bomInWalk == null ? null : BomReaders.detect(t.path(), t.displayName());
      ArchiveComponentCollector components =
          format == null ? null : new ArchiveComponentCollector(format == BomFormat.DIRECTORY);
      boolean gapPossible = t.codeExpected() && !declaredGaps.contains(t.displayName());
      // Without the bytecode scanner, whether the target holds a class at all is still known
      // when a rule of code would be told that it judged nothing.
      ClassFilesSeen classFiles =
          !analyseCode && gapPossible && judgesCode ? new ClassFilesSeen() : null;
      List<ArchiveVisitor> alongside = new ArrayList<>();
      for (ArchiveVisitor v : new ArchiveVisitor[] {components, config, data, classFiles}) {
        if (v != null) {
          alongside.add(v);
        }
      }
      ArchiveWalker walker =
          components == null
              ? ArchiveWalker.withDefaults()
              : ArchiveWalker.builder().digests(true).build();
      ArchiveVisitor shared =
          alongside.size() == 1
              ? alongside.get(0)
              : ArchiveVisitor.all(alongside.toArray(ArchiveVisitor[]::new));
      BytecodeScanResult r = null;
      try {
        if (analyseCode) {
          r =
              scanner(t, walker)
                  .scan(t.path(), t.displayName(), alongside.isEmpty() ? null : shared);
        } else if (!alongside.isEmpty()) {
          walker.walk(t.path(), t.displayName(), shared);
        }
      } catch (IOException e) {
        if (format == null) {
          throw e;
        }
        throw new InputException(
            t.displayName(),
            0,
            ScanMessage.BOM_CANNOT_READ_FORMAT.text(format.displayName(), Text.messageOf(e)),
            e);
      }
      if (components != null) {
        walkedBoms.put(i, bomInWalk.enrich().apply(components.toBom(t.displayName())));
      }
      if (r != null) {
        context.fact(r).facts(r.usages());
      }
      if (config != null) {
        context.facts(config.files());
      }
      if (data != null) {
        context.facts(data.classes()).facts(data.declarations());
      }
      boolean noClass = r != null ? r.classes() == 0 : classFiles != null && !classFiles.any();
      if (gapPossible && noClass) {
        // An application without a single class file: the code rules would judge nothing.
        context.fact(
            InputGap.missing(t.displayName(), CODE_CATEGORIES, TEXT.text("gap.noClasses")));
      }
    }
    // Say which facts this scan looked for. Without an application (or any code) to scan, the
    // rules that need them have nothing to judge by the user's choice of inputs: an expected but
    // empty target is an InputGap above. The kinds no selected rule needs were not looked for, by
    // the profile's design. A delivery scan reads no running JVM and verifies no manifest.
    account(context, code && analyseCode, CODE_FACTS);
    account(context, application && readConfig, List.of(ConfigFile.KEY));
    account(
        context,
        application && readData,
        List.of(ClassWithPersonalData.KEY, ClassificationDeclaration.KEY));
    context.notGathered(RUNTIME_FACTS.toArray(FactKey<?>[]::new));
    // The bills of materials in the order they were added, the walked ones in their places.
    List<BillOfMaterials> boms = new ArrayList<>(inputs.boms());
    int inserted = 0;
    for (ScanInputs.BomInWalk b : inputs.bomsInWalk()) {
      boms.add(b.position() + inserted, walkedBoms.get(b.target()));
      inserted++;
    }
    context.boms(boms);
    context.facts(inputs.facts());
    return configuration.engine().run(context.build());
  }

  private static void account(
      ScanContext.Builder context, boolean gathered, List<FactKey<?>> keys) {
    FactKey<?>[] array = keys.toArray(FactKey<?>[]::new);
    if (gathered) {
      context.gathered(array);
    } else {
      context.notGathered(array);
    }
  }

  /**
   * Whether a walk meets a class file (those the bytecode scanner counts); once one is met, no
   * further nested archive is opened for it.
   */
  private static final class ClassFilesSeen implements ArchiveVisitor {
    private boolean seen;

    @Override
    public boolean enterArchive(ArchiveEntry archive) {
      return !seen;
    }

    @Override
    public void visitEntry(ArchiveEntry entry, InputStream content) {
      // as the bytecode scanner counts them: module and package descriptors hold no code
      seen |=
          entry.isClass()
              && !entry.name().endsWith("module-info.class")
              && !entry.name().endsWith("package-info.class");
    }

    boolean any() {
      return seen;
    }
  }

  private BytecodeScanner scanner(BytecodeTarget t) {
    return scanner(t, ArchiveWalker.withDefaults());
  }

  private BytecodeScanner scanner(BytecodeTarget t, ArchiveWalker walker) {
    BytecodeScanner.Builder b =
        BytecodeScanner.builder()
            .walker(walker)
            .applicationOnly(t.applicationOnly())
            .library(!t.application());
    if (!t.application() && t.purl() != null) {
      b.libraryPurl(t.purl());
    }
    if (bytecodeThreads > 0) {
      b.threads(bytecodeThreads);
    }
    return b.build();
  }

  /** Builds {@link ScanSettings}. */
  public static final class Builder {
    private final ScanConfiguration.Builder configuration = ScanConfiguration.builder();
    private int bytecodeThreads;
    private List<ReportFormat> reportFormats;

    private Builder() {
      configuration.classLoader(ScanSettings.class.getClassLoader());
    }

    /** The directory relative paths and report paths refer to (default: the current one). */
    public Builder workingDirectory(Path dir) {
      configuration.workingDirectory(dir);
      return this;
    }

    /** A bundled profile id or the path of a profile file ({@code .yaml}); null for the default. */
    public Builder profile(String idOrFile) {
      configuration.profile(idOrFile);
      return this;
    }

    /** Adds users' catalog files, applied in order over the bundled catalog. */
    public Builder catalogFiles(List<Path> files) {
      configuration.catalogFiles(files);
      return this;
    }

    /** The waiver file, or null for none. */
    public Builder waiversFile(Path file) {
      configuration.waiversFile(file);
      return this;
    }

    /**
     * The baseline file, or null: applied when it exists, written from this run's findings when it
     * does not.
     */
    public Builder baselineFile(Path file) {
      configuration.baselineFile(file);
      return this;
    }

    /** The fail-on threshold; null for the profile's (else {@code high}). */
    public Builder failOn(FailOn threshold) {
      configuration.failOn(threshold);
      return this;
    }

    /** The clock that decides which waivers have expired. */
    public Builder clock(Clock value) {
      configuration.clock(value);
      return this;
    }

    /** The class loader whose rules, profiles and catalogs are found (default: this module's). */
    public Builder classLoader(ClassLoader value) {
      configuration.classLoader(value);
      return this;
    }

    /** Worker threads of the bytecode scanner; 0 (the default) for one per processor. */
    public Builder bytecodeThreads(int value) {
      if (value < 0) {
        throw new IllegalArgumentException(ScanMessage.SCAN_THREADS.english());
      }
      this.bytecodeThreads = value;
      return this;
    }

    /**
     * The report formats the result will be written in, so that a scan also gathers the facts they
     * show beyond the findings, which no rule may need: the {@code cyclonedx} report's
     * cryptographic assets come from the bytecode scan. A format that is neither Anke's nor one of
     * the core's may show any fact, and makes the scan gather them all. Without this call the scan
     * gathers what every bundled format shows.
     */
    public Builder reportFormats(Collection<? extends ReportFormat> formats) {
      this.reportFormats = List.copyOf(formats);
      return this;
    }

    /**
     * Reads and validates the configuration.
     *
     * @throws io.anke.core.ConfigurationException naming the file and line of a broken catalog,
     *     profile or waiver file, or an unknown profile id
     */
    public ScanSettings build() {
      return new ScanSettings(this);
    }
  }
}
