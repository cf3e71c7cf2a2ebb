package io.anke.core.masking;

import io.anke.core.masking.internal.FieldPaths;
import io.anke.core.masking.internal.GraphCopy;
import io.anke.core.masking.internal.Problems;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Masks personal information in a copy of an object for display. The caller's object is never
 * changed: the result is a deep copy in which the selected fields are masked.
 *
 * <pre>{@code
 * Citizen shown = Masker.defaults().mask(citizen);                        // every @Masked field
 * Citizen forClerk = Masker.defaults().mask(citizen, Set.of("name", "address.street"));
 * Masker strict = Masker.builder().field(Citizen.class, "idNumber", MaskStrategy.ID_NUMBER_STRICT).build();
 * }</pre>
 *
 * <h2>Which fields</h2>
 *
 * <ul>
 *   <li>{@link #mask(Object)} masks every field and record component that carries {@link Masked} or
 *       has a strategy set with {@link Builder#field}, anywhere in the graph: in nested objects, in
 *       the elements of collections, arrays and maps (values and keys), in {@code Optional}s.
 *   <li>{@link #mask(Object, Set)} masks exactly the named fields, whatever their annotations. A
 *       name is a path of field names from the root object, joined by dots ({@code name}, {@code
 *       address.street}, {@code contacts.mobile}); collections, arrays, maps (their values) and
 *       {@code Optional}s on the way are passed through, so {@code contacts.mobile} reaches the
 *       {@code mobile} of every element of {@code contacts}. A named field takes the strategy set
 *       in the builder, else its {@link Masked} strategy, else {@link MaskStrategy#FULL}: a field
 *       named without an annotation is hidden entirely. A name that a reached object's class does
 *       not have is an error, not a silent pass. A name applies to the object it reaches, not to
 *       the route: an object reached by several routes (shared, or on a cycle) is copied once and
 *       masked in every field any route names, so naming a field never leaves the same data visible
 *       through another route.
 * </ul>
 *
 * <h2>What a masked field becomes</h2>
 *
 * A {@code String} is masked with its strategy; a collection, array, map or {@code Optional} of
 * strings keeps its shape with each string masked (map keys are kept; equal masked strings in a set
 * become one). Any other value — a number, a date, a nested object, a {@code char[]} — cannot be
 * partly shown and is withheld: {@code null}, or zero / {@code false} for a primitive; a withheld
 * element is {@code null} in a list or array and left out of a collection or map that holds no
 * null. {@link MaskStrategy#NONE} shows a field as it is (deeply copied).
 *
 * <h2>How objects are copied</h2>
 *
 * <ul>
 *   <li>Immutable JDK types ({@code String}, boxed primitives, {@code BigDecimal}, {@code
 *       java.time}, {@code UUID}, enums, …), lambdas and objects without instance fields are
 *       shared, not copied. {@code Date}, {@code Calendar}, {@code StringBuilder} and {@code
 *       StringBuffer} are copied through their public API.
 *   <li>A record is read through its accessors and rebuilt through its canonical constructor. If
 *       the constructor rejects a masked or withheld value (a record that validates its
 *       components), that is a {@link MaskingException}: mask into a record meant for display.
 *   <li>Any other class is created through its no-argument constructor (private is fine) and filled
 *       field by field, its superclasses' fields included, final and transient fields too. A class
 *       without a no-argument constructor cannot be copied: {@link MaskingException}.
 *   <li>Lists, sets, queues and maps are copied into a new instance of the same class when it has a
 *       public (or, for an application class, any) no-argument constructor, with the comparator of
 *       a sorted or priority collection; the JDK's immutable and view collections become read-only
 *       copies. Arrays are copied; {@code Optional}s are rebuilt.
 *   <li>Shared objects stay shared and cycles stay cycles in the copy. A cycle through a record is
 *       copied when the reference back to the record sits in a field of an ordinary class, an array
 *       or a list; anywhere else it is a {@link MaskingException}. A graph nested deeper than
 *       {@link Builder#maxDepth} (default {@value #DEFAULT_MAX_DEPTH}) is a {@link
 *       MaskingException}, never a stack overflow.
 *   <li>Reflection needs access: a class in a named module must open its package to Anke ({@code
 *       opens}, or {@code --add-opens}); the exception says which. Reflection data is found once
 *       per class and cached ({@link ClassValue}).
 * </ul>
 *
 * <p>A {@code Masker} is immutable and thread-safe.
 */
public final class Masker {
  /** The default of {@link Builder#maxDepth}. */
  public static final int DEFAULT_MAX_DEPTH = 256;

  private static final Masker DEFAULTS = builder().build();

  private final Map<Class<?>, Map<String, MaskStrategy>> overrides;
  private final int maxDepth;

  private Masker(Builder b) {
    Map<Class<?>, Map<String, MaskStrategy>> copy = new HashMap<>();
    b.overrides.forEach((type, fields) -> copy.put(type, Map.copyOf(fields)));
    this.overrides = Map.copyOf(copy);
    this.maxDepth = b.maxDepth;
  }

  /** A masker with no settings in code: {@link Masked} annotations decide. */
  public static Masker defaults() {
    return DEFAULTS;
  }

  /** A builder for strategies set in code and the depth limit. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A deep copy of {@code value} in which every field carrying {@link Masked}, or configured in the
   * builder, is masked.
   *
   * @param value any object, a record, a collection, an array; null gives null
   * @return the masked copy (the same instance for immutable values such as strings)
   * @throws MaskingException when the graph cannot be copied
   */
  public <T> T mask(T value) {
    return GraphCopy.copy(value, null, overrides, maxDepth);
  }

  /**
   * A deep copy of {@code value} in which exactly the fields named by {@code fieldPaths} are
   * masked.
   *
   * @param value any object, a record, a collection, an array; null gives null
   * @param fieldPaths field names from the root, nested ones joined by dots ({@code
   *     address.street}); empty for a plain deep copy
   * @return the masked copy
   * @throws MaskingException when a path is malformed or names a field the object reached does not
   *     have, or when the graph cannot be copied
   */
  public <T> T mask(T value, Set<String> fieldPaths) {
    Objects.requireNonNull(fieldPaths, "fieldPaths");
    return GraphCopy.copy(value, FieldPaths.of(fieldPaths), overrides, maxDepth);
  }

  /**
   * This masker with the named fields of {@code type} hidden entirely ({@link MaskStrategy#FULL})
   * whatever their annotations: for fields that may not be shown at all, such as the fields an
   * access decision withholds.
   *
   * @throws MaskingException when {@code type} has no such field
   */
  public Masker hiding(Class<?> type, Collection<String> fields) {
    Builder b = new Builder();
    overrides.forEach((t, f) -> b.overrides.put(t, new HashMap<>(f)));
    b.maxDepth = maxDepth;
    for (String f : fields) {
      b.field(type, f, MaskStrategy.FULL);
    }
    return b.build();
  }

  /** Settings of a {@link Masker}. */
  public static final class Builder {
    private final Map<Class<?>, Map<String, MaskStrategy>> overrides = new HashMap<>();
    private int maxDepth = DEFAULT_MAX_DEPTH;

    private Builder() {}

    /**
     * Sets the strategy of field {@code field} of {@code type} (a field it declares or inherits, or
     * a record component), overriding its {@link Masked} annotation. With {@link #mask(Object)} the
     * field is masked even without the annotation; {@link MaskStrategy#NONE} shows it. The setting
     * applies wherever the field occurs, in subclasses of its declaring class too.
     *
     * @throws MaskingException when {@code type} has no such field
     */
    public Builder field(Class<?> type, String field, MaskStrategy strategy) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(strategy, "strategy");
      Class<?> declaring = GraphCopy.declaringClass(type, field);
      overrides.computeIfAbsent(declaring, k -> new HashMap<>()).put(field, strategy);
      return this;
    }

    /**
     * The deepest nesting of objects and containers copied; deeper graphs are a {@link
     * MaskingException}. Each level costs a few stack frames: the default fits a thread stack of
     * 512 KiB with room to spare, and a limit far above it needs a thread with a larger stack.
     *
     * @throws MaskingException when {@code depth} is below 1
     */
    public Builder maxDepth(int depth) {
      if (depth < 1) {
        throw Problems.badDepth(depth);
      }
      this.maxDepth = depth;
      return this;
    }

    /** The masker. */
    public Masker build() {
      return new Masker(this);
    }
  }
}
