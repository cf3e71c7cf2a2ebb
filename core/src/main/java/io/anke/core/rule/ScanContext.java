package io.anke.core.rule;

import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.catalog.Catalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Everything a scan collected, as rules see it: the bills of materials (including the probed host,
 * when there is one), the vendor catalog, and typed extension facts that content modules attach
 * without {@code core} knowing their types (for example the crypto usages the bytecode scanner
 * found, or the cryptographic assets a CBOM declares, which arrive with their document's {@link
 * BillOfMaterials#facts()}). Immutable and safe to share between rules.
 */
public final class ScanContext {
  private final List<BillOfMaterials> boms;
  private final BillOfMaterials host;
  private final Catalog catalog;
  private final List<Object> facts;
  private final Path workingDirectory;
  private final Set<FactKey<?>> accounted;
  private final Map<Class<?>, List<?>> factsByType = new ConcurrentHashMap<>();
  private final Map<String, Map<Object, Object>> memos = new ConcurrentHashMap<>();
  private static final Object NULL = new Object();

  private ScanContext(Builder b) {
    List<BillOfMaterials> all = new ArrayList<>(b.boms);
    if (b.host != null && !all.contains(b.host)) {
      all.add(b.host);
    }
    this.boms = List.copyOf(all);
    this.host = b.host;
    this.catalog = b.catalog;
    // A document's own facts travel with it, so that no entry point can add the document and
    // forget what it stated besides its components.
    List<Object> allFacts = new ArrayList<>(b.facts);
    for (BillOfMaterials bom : all) {
      allFacts.addAll(bom.facts());
    }
    this.facts = List.copyOf(allFacts);
    Set<FactKey<?>> known = new HashSet<>();
    for (Object f : allFacts) {
      if (f instanceof FactCoverage g) {
        known.addAll(g.keys());
      }
    }
    this.accounted = Set.copyOf(known);
    this.workingDirectory = b.workingDirectory.toAbsolutePath().normalize();
  }

  /** A new builder; the working directory defaults to the current directory. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An empty context (no inputs): rules of bills of materials report nothing, and a rule that
   * {@linkplain Rule#requires() requires} facts does not run and is reported as such.
   */
  public static ScanContext empty() {
    return builder().build();
  }

  /** All bills of materials, in the order they were added; the host's last when present. */
  public List<BillOfMaterials> boms() {
    return boms;
  }

  /** The probed host as a bill of materials (OS, CPU, server, JVM, drivers), when probed. */
  public Optional<BillOfMaterials> host() {
    return Optional.ofNullable(host);
  }

  /** The vendor catalog (bundled plus users' files); empty when none was given. */
  public Catalog catalog() {
    return catalog;
  }

  /** Every component of every bill of materials, host included. */
  public Stream<Component> components() {
    return boms.stream().flatMap(b -> b.components().stream());
  }

  /**
   * The facts that are instances of {@code type}: those attached to the context, in the order they
   * were added, then those of each bill of materials ({@link BillOfMaterials#facts()}) in the order
   * of {@link #boms()}.
   */
  @SuppressWarnings("unchecked")
  public <T> List<T> facts(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return (List<T>)
        factsByType.computeIfAbsent(
            type, t -> facts.stream().filter(t::isInstance).map(t::cast).toList());
  }

  /** The facts of kind {@code key}, as {@link #facts(Class)} returns them. */
  public <T> List<T> facts(FactKey<T> key) {
    return facts(Objects.requireNonNull(key, "key").type());
  }

  /**
   * True when the scan accounts for facts of kind {@code key}: at least one is attached, or a
   * {@link FactCoverage} says they were looked for (and none found) or that this scan does not
   * gather them by design. False means the caller never said: a rule that {@linkplain
   * Rule#requires() requires} them would judge nothing.
   */
  public boolean accountsFor(FactKey<?> key) {
    Objects.requireNonNull(key, "key");
    return accounted.contains(key) || !facts(key.type()).isEmpty();
  }

  /**
   * A per-scan cache shared by all rules, for facts derived from the context that several rules
   * need, such as a component's catalog identity: {@code compute} runs once per {@code name} and
   * {@code key} (null results included), later calls return the stored value. Thread-safe.
   *
   * @param name what is cached, e.g. {@code "identity"}; rules that share a cache use one name
   * @param key the input, e.g. a component (compared with {@code equals})
   * @param compute derives the value; it must not call {@code memo} with the same name
   */
  @SuppressWarnings("unchecked")
  public <K, V> V memo(String name, K key, Function<? super K, ? extends V> compute) {
    Map<Object, Object> cache = memos.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
    Object v = cache.get(key);
    if (v == null) {
      V computed = compute.apply(key);
      v = computed == null ? NULL : computed;
      Object raced = cache.putIfAbsent(key, v);
      if (raced != null) {
        v = raced;
      }
    }
    return v == NULL ? null : (V) v;
  }

  /** The directory report paths are relative to (absolute, normalised). */
  public Path workingDirectory() {
    return workingDirectory;
  }

  /**
   * A path as reports show it: relative to the working directory with {@code /} separators when it
   * lies inside it, else absolute.
   */
  public String relativize(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    Path shown = abs.startsWith(workingDirectory) ? workingDirectory.relativize(abs) : abs;
    String s = shown.toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }

  /** Builds a {@link ScanContext}. */
  public static final class Builder {
    private final List<BillOfMaterials> boms = new ArrayList<>();
    private BillOfMaterials host;
    private Catalog catalog = Catalog.empty();
    private final List<Object> facts = new ArrayList<>();
    private Path workingDirectory = Path.of("");

    private Builder() {}

    /** Adds a bill of materials. */
    public Builder bom(BillOfMaterials bom) {
      boms.add(Objects.requireNonNull(bom, "bom"));
      return this;
    }

    /** Adds bills of materials. */
    public Builder boms(Collection<BillOfMaterials> list) {
      list.forEach(this::bom);
      return this;
    }

    /** Sets the probed host; it also appears in {@link ScanContext#boms()}. */
    public Builder host(BillOfMaterials hostBom) {
      this.host = Objects.requireNonNull(hostBom, "host");
      return this;
    }

    /** The vendor catalog rules match components against. */
    public Builder catalog(Catalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /** Attaches an extension fact (any object a rule knows how to read). */
    public Builder fact(Object fact) {
      facts.add(Objects.requireNonNull(fact, "fact"));
      return this;
    }

    /** Attaches extension facts. */
    public Builder facts(Collection<?> list) {
      list.forEach(this::fact);
      return this;
    }

    /**
     * Says that facts of these kinds were looked for: none being attached means there were none
     * (attaches a {@link FactCoverage}).
     */
    public Builder gathered(FactKey<?>... keys) {
      return fact(FactCoverage.gathered(keys));
    }

    /**
     * Says that this scan does not gather facts of these kinds by design (a build scan reads no
     * running JVM): rules that {@linkplain Rule#requires() require} them run and find nothing, as
     * for an input the user did not give (attaches a {@link FactCoverage}).
     */
    public Builder notGathered(FactKey<?>... keys) {
      return fact(FactCoverage.notGathered(keys));
    }

    /** The directory report paths are relative to. */
    public Builder workingDirectory(Path dir) {
      this.workingDirectory = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** The context. */
    public ScanContext build() {
      return new ScanContext(this);
    }
  }
}
