package io.anke.scan.bytecode.internal;

/**
 * What is known about the content of a byte array, as a snapshot.
 *
 * @param origin where the bytes come from
 * @param source the string they were decoded from ({@link Origin#FROM_STRING})
 * @param field the static field they were read from ({@link Origin#FIELD})
 */
public record Bytes(Origin origin, Sym source, Sym.Field field) {

  /** Where the content of an array comes from. */
  public enum Origin {
    /** Only constants were stored (an array literal, or a fresh zero-filled array). */
    CONSTANT,
    /** Encoded or decoded from a string ({@code "k".getBytes()}, {@code Base64 decode("…")}). */
    FROM_STRING,
    /** Read from a static field, known once every class was read. */
    FIELD,
    /** Filled by {@code java.util.Random} or {@code ThreadLocalRandom}. */
    INSECURE_RANDOM,
    /** Anything else: a secure generator, input, a computation. */
    UNKNOWN
  }

  /** Unknown content. */
  public static final Bytes UNKNOWN = new Bytes(Origin.UNKNOWN, null, null);

  /** Constant content. */
  public static final Bytes CONSTANT = new Bytes(Origin.CONSTANT, null, null);

  /** Filled by an insecure generator. */
  public static final Bytes INSECURE_RANDOM = new Bytes(Origin.INSECURE_RANDOM, null, null);

  /** Content decoded from {@code source}. */
  public static Bytes fromString(Sym source) {
    return source instanceof Sym.Unknown ? UNKNOWN : new Bytes(Origin.FROM_STRING, source, null);
  }

  /** Content of a static field. */
  public static Bytes field(Sym.Field field) {
    return new Bytes(Origin.FIELD, null, field);
  }

  /** A copy of these bytes with parameters replaced (for same-class summaries). */
  public Bytes substitute(java.util.List<Sym> arguments) {
    return origin == Origin.FROM_STRING ? fromString(source.substitute(arguments)) : this;
  }

  /** True when the content depends on a method parameter. */
  public boolean hasParam() {
    return origin == Origin.FROM_STRING && source.hasParam();
  }
}
