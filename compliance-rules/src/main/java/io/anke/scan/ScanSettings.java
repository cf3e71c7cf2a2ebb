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
import io.anke.core.rule.FactKey;
import io.anke.core.rule.InputGap;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
import io.anke.core.runtime.RuntimeSecurityFacts;
import io.anke.scan.ScanInputs.BytecodeTarget;
import io.anke.scan.archive.ArchiveVisitor;
import io.anke.scan.archive.ArchiveWalker;
import io.anke.scan.bom.ArchiveComponentCollector;
import io.anke.scan.bom.BomFormat;
import io.anke.scan.bom.BomReaders;
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
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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
 * directory. Immutable; {@link #run(ScanInputs)} may be called more than once.
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

  private final ScanConfiguration configuration;
  private final int bytecodeThreads;

  private ScanSettings(Builder b) {
    this.configuration = b.configuration.build();
    this.bytecodeThreads = b.bytecodeThreads;
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
   * builds the scan context and runs the rules.
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
        BytecodeScanResult r = scanner(t).scan(t.path(), t.displayName());
        context.fact(r).facts(r.usages());
        continue;
      }
      // The application's configuration files, personal-information fields and declared
      // classifications (CONFIG-/DATA-),
      // read in the bytecode scan's walk (the same facts as ApplicationFacts.collect); a
      // dependency jar's bundled defaults are not the deployment's configuration.
      ConfigFileCollector config = new ConfigFileCollector(false);
      DataFieldCollector data = new DataFieldCollector(false);
      ScanInputs.BomInWalk bomInWalk = bomsInWalk.get(i);
      BytecodeScanResult r;
      if (bomInWalk == null) {
        r = scanner(t).scan(t.path(), t.displayName(), ArchiveVisitor.all(config, data));
      } else {
        // The bill of materials in the same walk (what BomReaders.read gives), so that no nested
        // archive is inflated twice; the walker computes the archives' digests for it.
        BomFormat format = BomReaders.detect(t.path(), t.displayName());
        ArchiveComponentCollector components =
            new ArchiveComponentCollector(format == BomFormat.DIRECTORY);
        try {
          r =
              scanner(t, ArchiveWalker.builder().digests(true).build())
                  .scan(t.path(), t.displayName(), ArchiveVisitor.all(components, config, data));
        } catch (IOException e) {
          throw new InputException(
              t.displayName(),
              0,
              ScanMessage.BOM_CANNOT_READ_FORMAT.text(format.displayName(), Text.messageOf(e)),
              e);
        }
        walkedBoms.put(i, bomInWalk.enrich().apply(components.toBom(t.displayName())));
      }
      context
          .fact(r)
          .facts(r.usages())
          .facts(config.files())
          .facts(data.classes())
          .facts(data.declarations());
      if (r.classes() == 0 && t.codeExpected() && !declaredGaps.contains(t.displayName())) {
        // An application without a single class file: the code rules would judge nothing.
        context.fact(
            InputGap.missing(t.displayName(), CODE_CATEGORIES, TEXT.text("gap.noClasses")));
      }
    }
    // Say which code facts this scan looked for. Without an application (or any code) to scan,
    // the code rules have nothing to judge by the user's choice of inputs: an expected but empty
    // target is an InputGap above. A delivery scan reads no running JVM and verifies no manifest.
    FactKey<?>[] applicationKeys = APPLICATION_FACTS.toArray(FactKey<?>[]::new);
    FactKey<?>[] codeKeys = CODE_FACTS.toArray(FactKey<?>[]::new);
    if (application) {
      context.gathered(applicationKeys);
    } else {
      context.notGathered(applicationKeys);
    }
    if (code) {
      context.gathered(codeKeys);
    } else {
      context.notGathered(codeKeys);
    }
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
