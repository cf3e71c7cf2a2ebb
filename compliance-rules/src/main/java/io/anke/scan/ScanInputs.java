package io.anke.scan;

import io.anke.core.bom.BillOfMaterials;
import io.anke.core.rule.InputGap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What one scan looks at: bills of materials (from SBOMs, inventories, archives or a build's
 * dependency graph), the probed host, class directories and archives for the bytecode scanner, and
 * extra typed facts for rules. Immutable.
 */
public final class ScanInputs {
  private final List<BillOfMaterials> boms;
  private final BillOfMaterials host;
  private final List<BytecodeTarget> bytecode;
  private final List<Object> facts;
  private final List<BomInWalk> bomsInWalk;

  private ScanInputs(Builder b) {
    this.boms = List.copyOf(b.boms);
    this.host = b.host;
    this.bytecode = List.copyOf(b.bytecode);
    this.facts = List.copyOf(b.facts);
    this.bomsInWalk = List.copyOf(b.bomsInWalk);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The bills of materials, in the order added; those of the targets added with {@link
   * Builder#applicationWithBom} are read during the scan and are not among them.
   */
  public List<BillOfMaterials> boms() {
    return boms;
  }

  /** The bills of materials to read in the walk of a bytecode target, in the order added. */
  List<BomInWalk> bomsInWalk() {
    return bomsInWalk;
  }

  /**
   * A bill of materials read in the bytecode scan's walk of a target.
   *
   * @param target the index of the target in {@link #bytecode()}
   * @param position how many of {@link #boms()} come before it
   * @param enrich applied to the bill of materials once read
   */
  record BomInWalk(int target, int position, UnaryOperator<BillOfMaterials> enrich) {}

  /** The probed host, or null. */
  public BillOfMaterials host() {
    return host;
  }

  /** The targets for the bytecode scanner, in the order added. */
  public List<BytecodeTarget> bytecode() {
    return bytecode;
  }

  /** Extra facts for rules. */
  public List<Object> facts() {
    return facts;
  }

  /**
   * A class directory, class file or archive to scan for cryptographic API usage.
   *
   * @param path the file or directory
   * @param displayName how reports name it, usually relative to the working directory
   * @param applicationOnly true to analyse only the application's own classes (not the libraries
   *     nested in {@code BOOT-INF/lib} and the like)
   * @param application true when the target is the application itself, whose configuration files
   *     and data classes the {@code CONFIG-} and {@code DATA-} rules judge; false for a library (a
   *     dependency jar), whose bytecode is scanned as third-party code (never "application code",
   *     never asked for national algorithms) and whose bundled configuration is not the
   *     deployment's
   * @param purl for a library, its package URL when the caller knows it (a build tool's resolved
   *     artifact), so that findings name it even when the jar carries no {@code pom.properties};
   *     null otherwise
   * @param codeExpected true when an application target without any class file means that the code
   *     was not there to judge (reported as {@code ANKE-INPUT-MISSING}); false when the caller
   *     knows the target may hold no code (a module with resources only) or reports the gap itself
   */
  public record BytecodeTarget(
      Path path,
      String displayName,
      boolean applicationOnly,
      boolean application,
      String purl,
      boolean codeExpected) {
    /** Validates. */
    public BytecodeTarget {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(displayName, "displayName");
    }
  }

  /** Builds {@link ScanInputs}. */
  public static final class Builder {
    private final List<BillOfMaterials> boms = new ArrayList<>();
    private BillOfMaterials host;
    private final List<BytecodeTarget> bytecode = new ArrayList<>();
    private final List<Object> facts = new ArrayList<>();
    private final List<BomInWalk> bomsInWalk = new ArrayList<>();

    private Builder() {}

    /** Adds a bill of materials. */
    public Builder bom(BillOfMaterials bom) {
      boms.add(Objects.requireNonNull(bom, "bom"));
      return this;
    }

    /** The probed host as a bill of materials. */
    public Builder host(BillOfMaterials hostBom) {
      this.host = Objects.requireNonNull(hostBom, "host");
      return this;
    }

    /**
     * Adds the application (a class directory, class file or archive): its bytecode is scanned for
     * cryptographic API usage and its configuration files and data classes become facts, as far as
     * the profile's rules need them (see {@link io.anke.scan.ScanSettings#run}). A target without
     * any class file is reported as not examined.
     */
    public Builder bytecode(Path path, String displayName, boolean applicationOnly) {
      return bytecode(path, displayName, applicationOnly, true);
    }

    /**
     * Adds the application like {@link #bytecode(Path, String, boolean)}.
     *
     * @param codeExpected false when the target may legitimately hold no class file, or when the
     *     caller reports a gap for it itself
     */
    public Builder bytecode(
        Path path, String displayName, boolean applicationOnly, boolean codeExpected) {
      bytecode.add(
          new BytecodeTarget(path, displayName, applicationOnly, true, null, codeExpected));
      return this;
    }

    /**
     * Adds the application (an archive, class file or directory) like {@link #bytecode(Path,
     * String, boolean)}, and its bill of materials (what {@link
     * io.anke.scan.bom.BomReaders#read(Path, String)} gives for it, passed through {@code enrich})
     * read in the same walk as its bytecode, so that every nested archive is inflated once. The
     * bill of materials takes its place among the others as if {@link #bom} had been called here.
     */
    public Builder applicationWithBom(
        Path path,
        String displayName,
        boolean applicationOnly,
        UnaryOperator<BillOfMaterials> enrich) {
      Objects.requireNonNull(enrich, "enrich");
      bytecode(path, displayName, applicationOnly);
      bomsInWalk.add(new BomInWalk(bytecode.size() - 1, boms.size(), enrich));
      return this;
    }

    /** Adds a library (a dependency jar) whose bytecode is scanned as third-party code. */
    public Builder library(Path path, String displayName) {
      return library(path, displayName, null);
    }

    /**
     * Adds a library whose package URL the caller knows.
     *
     * @param purl the library's package URL, or null
     */
    public Builder library(Path path, String displayName, String purl) {
      bytecode.add(new BytecodeTarget(path, displayName, false, false, purl, false));
      return this;
    }

    /** Records an input the scan should have examined but cannot (see {@link InputGap}). */
    public Builder gap(InputGap gap) {
      return fact(gap);
    }

    /** Adds a fact that rules read through {@code ScanContext.facts(Class)}. */
    public Builder fact(Object fact) {
      facts.add(Objects.requireNonNull(fact, "fact"));
      return this;
    }

    /** Adds facts. */
    public Builder facts(Collection<?> list) {
      list.forEach(this::fact);
      return this;
    }

    /** The inputs. */
    public ScanInputs build() {
      return new ScanInputs(this);
    }
  }
}
