package io.anke.scan.bytecode.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.analysis.Value;

/**
 * The values of the small constant-propagation interpreter. Immutable values (strings, ints) are
 * compared by content; values that model mutable objects (arrays, string builders, crypto objects)
 * are compared by identity and are allocated once per instruction by the interpreter, so that the
 * analysis reaches a fixed point.
 */
public abstract class AbstractValue implements Value {
  private final int size;

  AbstractValue(int size) {
    this.size = size;
  }

  @Override
  public int getSize() {
    return size;
  }

  /** The string this value holds when it is a string, else {@link Sym#UNKNOWN}. */
  Sym sym() {
    return Sym.UNKNOWN;
  }

  /** Anything the analysis does not track. */
  static final class Unknown extends AbstractValue {
    static final Unknown ONE = new Unknown(1);
    static final Unknown TWO = new Unknown(2);

    private Unknown(int size) {
      super(size);
    }

    static Unknown ofSize(int size) {
      return size == 2 ? TWO : ONE;
    }

    @Override
    public String toString() {
      return "?";
    }
  }

  /** A string. */
  static final class Str extends AbstractValue {
    final Sym value;

    Str(Sym value) {
      super(1);
      this.value = value;
    }

    @Override
    Sym sym() {
      return value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Str s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return "str " + value;
    }
  }

  /** An int constant. */
  static final class Int extends AbstractValue {
    final int value;

    Int(int value) {
      super(1);
      this.value = value;
    }

    @Override
    Sym sym() {
      return new Sym.Lit(Integer.toString(value));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Int i && i.value == value;
    }

    @Override
    public int hashCode() {
      return value;
    }

    @Override
    public String toString() {
      return "int " + value;
    }
  }

  /** A byte array whose content origin is tracked; mutable, compared by identity. */
  static final class ByteArray extends AbstractValue {
    Bytes content;

    ByteArray(Bytes content) {
      super(1);
      this.content = content;
    }

    @Override
    public String toString() {
      return "bytes " + content.origin();
    }
  }

  /** A {@code String[]} of known length with tracked elements; mutable. */
  static final class StringArray extends AbstractValue {
    final Sym[] elements;

    StringArray(int length) {
      super(1);
      this.elements = new Sym[length];
      Arrays.fill(elements, Sym.UNKNOWN);
    }

    List<Sym> values() {
      return List.of(elements);
    }
  }

  /**
   * An object created or returned at a known instruction: a {@code StringBuilder} with its parts, a
   * JCA object with its algorithm, a key or parameter spec with its size or curve. Mutable.
   */
  static final class Obj extends AbstractValue {
    final String type;

    // StringBuilder / StringBuffer: parts keyed by the appending instruction, so that evaluating
    // an instruction again replaces its part instead of appending twice.
    final Map<AbstractInsnNode, Sym> parts = new LinkedHashMap<>();
    boolean partsBroken;

    // new String(...) and spec objects that wrap one string (ECGenParameterSpec).
    Sym text = Sym.UNKNOWN;

    // JCA objects from getInstance.
    String factory;
    Sym algorithm = Sym.UNKNOWN;
    int factoryInsn = -1;

    // RSAKeyGenParameterSpec key size, 0 when unknown.
    int keySize;

    // A helper object with a default algorithm, and whether it may have been given another.
    Sinks.Default helperDefault;
    boolean configured;

    Obj(String type) {
      super(1);
      this.type = type;
    }

    @Override
    Sym sym() {
      if ("java/lang/String".equals(type)) {
        return text;
      }
      return Sym.UNKNOWN;
    }

    /** The builder's content so far. */
    Sym builderContent() {
      if (partsBroken) {
        return Sym.UNKNOWN;
      }
      return Sym.concat(new ArrayList<>(parts.values()));
    }

    @Override
    public String toString() {
      return "obj " + type;
    }
  }
}
