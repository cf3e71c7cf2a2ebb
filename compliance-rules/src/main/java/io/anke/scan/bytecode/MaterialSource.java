package io.anke.scan.bytecode;

/**
 * Where the bytes of a key or IV came from: the typed form of the detail of a {@link
 * UsageKind#CONSTANT_KEY}, {@link UsageKind#CONSTANT_IV} or {@link UsageKind#INSECURE_RANDOM}
 * usage. The scanner says it with these values and the rules read them; {@link #detail()} is the
 * detail as usages and reports show it, never the bytes themselves.
 */
public sealed interface MaterialSource
    permits MaterialSource.Constant, MaterialSource.StaticField, MaterialSource.InsecureRandom {

  /** The usage's detail: {@code constant bytes}, {@code static field a.b.C.NAME}, {@code iv}, … */
  String detail();

  /** Constants in the method: an array literal or a string's bytes. */
  enum Constant implements MaterialSource {
    /** An array of constants ({@code new byte[] {1, 2, 3}}, a fresh zero-filled array). */
    BYTES("constant bytes"),
    /** A constant string encoded or decoded ({@code "k".getBytes()}, Base64 of a literal). */
    STRING("constant string");

    private final String detail;

    Constant(String detail) {
      this.detail = detail;
    }

    @Override
    public String detail() {
      return detail;
    }
  }

  /**
   * A constant static field.
   *
   * @param owner the class that declares it, e.g. {@code a.b.C}; empty when unknown
   * @param name the field's name, e.g. {@code NAME}
   */
  record StaticField(String owner, String name) implements MaterialSource {
    /** Validates. */
    public StaticField {
      java.util.Objects.requireNonNull(owner, "owner");
      java.util.Objects.requireNonNull(name, "name");
    }

    /** {@code a.b.C.NAME}, or the name alone when the owner is unknown. */
    public String qualifiedName() {
      return owner.isEmpty() ? name : owner + "." + name;
    }

    @Override
    public String detail() {
      return "static field " + qualifiedName();
    }
  }

  /** Bytes filled by {@code java.util.Random} (not a cryptographic generator). */
  enum InsecureRandom implements MaterialSource {
    /** They became a key. */
    KEY("key"),
    /** They became an IV or nonce. */
    IV("iv");

    private final String detail;

    InsecureRandom(String detail) {
      this.detail = detail;
    }

    @Override
    public String detail() {
      return detail;
    }
  }

  /**
   * The source a usage's detail names, for usages made with their detail alone; null for the other
   * kinds of usage. The inverse of {@link #detail()}: a detail no source writes reads as {@link
   * Constant#BYTES} for constant material and as {@link InsecureRandom#KEY} for random material.
   *
   * @param kind the usage's kind
   * @param detail the usage's detail, or null
   * @return the source, or null when {@code kind} has none
   */
  static MaterialSource ofDetail(UsageKind kind, String detail) {
    String d = detail == null ? "" : detail;
    switch (kind) {
      case CONSTANT_KEY, CONSTANT_IV -> {
        String field = "static field ";
        if (d.startsWith(field)) {
          String qualified = d.substring(field.length());
          int dot = qualified.lastIndexOf('.');
          return new StaticField(
              dot < 0 ? "" : qualified.substring(0, dot), qualified.substring(dot + 1));
        }
        return Constant.STRING.detail().equals(d) ? Constant.STRING : Constant.BYTES;
      }
      case INSECURE_RANDOM -> {
        return InsecureRandom.IV.detail().equals(d) ? InsecureRandom.IV : InsecureRandom.KEY;
      }
      default -> {
        return null;
      }
    }
  }
}
