package io.anke.scan.bytecode.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A string as far as constant propagation knows it: a literal, a static field of some class (to be
 * looked up once every class of the scan was read), a parameter of the method being analysed (for
 * same-class summaries), a concatenation of those, or unknown.
 */
public sealed interface Sym {

  /** The unknown string. */
  Sym UNKNOWN = new Unknown();

  /** A literal. */
  record Lit(String value) implements Sym {}

  /** The value of static field {@code owner.name} (internal class name). */
  record Field(String owner, String name) implements Sym {}

  /**
   * An enum constant ({@code DigestAlgorithm.SHA1}; any static field of its own class's type): the
   * string its constructor was given in the enum's static initializer ({@code "SHA-1"}) when that
   * class is in the scan, else the constant's name.
   */
  record Enum(String owner, String name) implements Sym {}

  /**
   * The value of instance field {@code owner.name} of the class being analysed: filled in with the
   * values the class stores into the field (a helper object's algorithm, set by its constructor or
   * a setter).
   */
  record Member(String owner, String name) implements Sym {}

  /** The value of the method's argument number {@code index} (0-based, without {@code this}). */
  record Param(int index) implements Sym {}

  /** Parts joined in order; never contains {@link Unknown}, never only literals. */
  record Concat(List<Sym> parts) implements Sym {
    /** Copies the parts. */
    public Concat {
      parts = List.copyOf(parts);
    }
  }

  /** Nothing is known. */
  record Unknown() implements Sym {}

  /** A literal symbol, or {@link #UNKNOWN} for null. */
  static Sym of(String literal) {
    return literal == null ? UNKNOWN : new Lit(literal);
  }

  /** Joins parts, folding adjacent literals; unknown when any part is. */
  static Sym concat(List<Sym> parts) {
    List<Sym> out = new ArrayList<>();
    StringBuilder pending = null;
    for (Sym part : flatten(parts)) {
      if (part instanceof Unknown) {
        return UNKNOWN;
      }
      if (part instanceof Lit lit) {
        if (pending == null) {
          pending = new StringBuilder();
        }
        pending.append(lit.value());
      } else {
        if (pending != null) {
          out.add(new Lit(pending.toString()));
          pending = null;
        }
        out.add(part);
      }
    }
    if (pending != null) {
      out.add(new Lit(pending.toString()));
    }
    if (out.isEmpty()) {
      return new Lit("");
    }
    return out.size() == 1 ? out.get(0) : new Concat(out);
  }

  private static List<Sym> flatten(List<Sym> parts) {
    List<Sym> flat = new ArrayList<>();
    for (Sym p : parts) {
      if (p instanceof Concat c) {
        flat.addAll(c.parts());
      } else {
        flat.add(p);
      }
    }
    return flat;
  }

  /** True when the symbol mentions a method parameter. */
  default boolean hasParam() {
    if (this instanceof Param) {
      return true;
    }
    if (this instanceof Concat c) {
      return c.parts().stream().anyMatch(Sym::hasParam);
    }
    return false;
  }

  /** True when the symbol is, or contains, {@code part}. */
  default boolean mentions(Sym part) {
    if (equals(part)) {
      return true;
    }
    return this instanceof Concat c && c.parts().stream().anyMatch(p -> p.mentions(part));
  }

  /** True when the symbol mentions an instance field ({@link Member}). */
  default boolean hasMember() {
    if (this instanceof Member) {
      return true;
    }
    return this instanceof Concat c && c.parts().stream().anyMatch(Sym::hasMember);
  }

  /** This symbol with {@code part} replaced by {@code value}. */
  default Sym replace(Sym part, Sym value) {
    if (equals(part)) {
      return value;
    }
    if (this instanceof Concat c) {
      return concat(c.parts().stream().map(s -> s.replace(part, value)).toList());
    }
    return this;
  }

  /** This symbol with each parameter replaced by the caller's argument. */
  default Sym substitute(List<Sym> arguments) {
    if (this instanceof Param p) {
      return p.index() < arguments.size() ? arguments.get(p.index()) : UNKNOWN;
    }
    if (this instanceof Concat c) {
      return concat(c.parts().stream().map(s -> s.substitute(arguments)).toList());
    }
    return this;
  }

  /** The string, looking static fields up through {@code fields}; null when any part is unknown. */
  default String resolve(Function<Field, Sym> fields) {
    return resolve(fields, 0);
  }

  private String resolve(Function<Field, Sym> fields, int depth) {
    if (depth > 16) {
      return null; // a cycle between static fields
    }
    if (this instanceof Lit lit) {
      return lit.value();
    }
    if (this instanceof Field f) {
      Sym value = fields.apply(f);
      return value == null ? null : value.resolve(fields, depth + 1);
    }
    if (this instanceof Enum e) {
      Sym value = fields.apply(new Field(e.owner(), e.name()));
      String resolved = value == null ? null : value.resolve(fields, depth + 1);
      return resolved == null ? e.name() : resolved;
    }
    if (this instanceof Concat c) {
      StringBuilder s = new StringBuilder();
      for (Sym part : c.parts()) {
        String r = part.resolve(fields, depth + 1);
        if (r == null) {
          return null;
        }
        s.append(r);
      }
      return s.toString();
    }
    return null;
  }
}
