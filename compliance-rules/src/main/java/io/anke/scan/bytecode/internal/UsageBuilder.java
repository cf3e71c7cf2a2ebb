package io.anke.scan.bytecode.internal;

import io.anke.scan.bytecode.Algorithms;
import io.anke.scan.bytecode.Classification;
import io.anke.scan.bytecode.CodeLocation;
import io.anke.scan.bytecode.CryptoUsage;
import io.anke.scan.bytecode.MaterialSource;
import io.anke.scan.bytecode.UsageKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Turns a {@link Raw} usage into classified {@link CryptoUsage}s once static fields are known. */
public final class UsageBuilder {
  private final Function<Sym.Field, Object> fields;

  /**
   * @param fields the value of a static field: a {@link Sym} for String fields, {@link Bytes} for
   *     byte[] fields, null when unknown
   */
  public UsageBuilder(Function<Sym.Field, Object> fields) {
    this.fields = fields;
  }

  private String resolve(Sym sym) {
    return sym.resolve(f -> fields.apply(f) instanceof Sym s ? s : null);
  }

  private Bytes.Origin resolve(Bytes bytes, int depth) {
    if (depth > 16) {
      return Bytes.Origin.UNKNOWN;
    }
    return switch (bytes.origin()) {
      case FROM_STRING ->
          resolve(bytes.source()) != null ? Bytes.Origin.CONSTANT : Bytes.Origin.UNKNOWN;
      case FIELD ->
          fields.apply(bytes.field()) instanceof Bytes b
              ? resolve(b, depth + 1)
              : Bytes.Origin.UNKNOWN;
      default -> bytes.origin();
    };
  }

  /** The usages {@code raw} stands for at {@code location}; empty when nothing is resolved. */
  public List<CryptoUsage> build(Raw raw, CodeLocation location) {
    List<CryptoUsage> out = new ArrayList<>();
    if (raw instanceof Raw.Algorithm a) {
      algorithm(a, location, out);
    } else if (raw instanceof Raw.Fixed f) {
      // A canonical name, or a JCA name such as jasypt's PBEWithMD5AndDES (then kept as detail).
      List<String> primitives = Algorithms.primitives(f.algorithm());
      String detail = primitives.equals(List.of(f.algorithm())) ? null : f.algorithm();
      for (String p : primitives.isEmpty() ? List.of(f.algorithm()) : primitives) {
        out.add(usage(UsageKind.ALGORITHM, p, f.api(), detail, 0, location));
      }
    } else if (raw instanceof Raw.Material m) {
      material(m, location, out);
    } else if (raw instanceof Raw.KeySize k) {
      keySize(k, location, out);
    } else if (raw instanceof Raw.Protocols p) {
      for (Sym sym : p.protocols()) {
        protocol(resolve(sym), p.api(), location, out);
      }
    }
    return out;
  }

  private void algorithm(Raw.Algorithm a, CodeLocation location, List<CryptoUsage> out) {
    String name = resolve(a.name());
    if (name == null) {
      return;
    }
    if ("SSLContext".equals(a.factory())) {
      protocol(name, a.api(), location, out);
      return;
    }
    List<String> primitives = Algorithms.onCurve(Algorithms.primitives(name), resolve(a.curve()));
    if (primitives.isEmpty()) {
      out.add(
          new CryptoUsage(
              UsageKind.ALGORITHM, name, Classification.UNKNOWN, a.api(), name, 0, location));
      return;
    }
    // A helper's default is named as such: the application set no algorithm.
    String detail = Raw.DEFAULT.equals(a.factory()) ? name + " (default)" : name;
    for (String p : primitives) {
      out.add(usage(UsageKind.ALGORITHM, p, a.api(), detail, 0, location));
    }
    if ("Cipher".equals(a.factory())
        && primitives.size() == 1
        && Algorithms.isBlockCipher(primitives.get(0))
        && "ECB".equals(Algorithms.cipherMode(name))) {
      out.add(
          new CryptoUsage(
              UsageKind.ECB_MODE,
              primitives.get(0),
              Classification.HIGH_RISK,
              a.api(),
              name,
              0,
              location));
    }
  }

  private void material(Raw.Material m, CodeLocation location, List<CryptoUsage> out) {
    Bytes.Origin origin = resolve(m.bytes(), 0);
    String algorithmName = resolve(m.algorithm());
    String algorithm = null;
    if (algorithmName != null) {
      List<String> p = Algorithms.primitives(algorithmName);
      algorithm = p.isEmpty() ? algorithmName : p.get(p.size() - 1);
    }
    // The detail says where the bytes came from, never what they are: they are key material.
    if (origin == Bytes.Origin.CONSTANT) {
      out.add(
          new CryptoUsage(
              m.iv() ? UsageKind.CONSTANT_IV : UsageKind.CONSTANT_KEY,
              algorithm,
              Classification.HIGH_RISK,
              m.api(),
              null,
              0,
              location,
              source(m.bytes())));
    } else if (origin == Bytes.Origin.INSECURE_RANDOM) {
      out.add(
          new CryptoUsage(
              UsageKind.INSECURE_RANDOM,
              algorithm,
              Classification.HIGH_RISK,
              m.api(),
              null,
              0,
              location,
              m.iv() ? MaterialSource.InsecureRandom.IV : MaterialSource.InsecureRandom.KEY));
    }
  }

  private static MaterialSource source(Bytes bytes) {
    return switch (bytes.origin()) {
      case FROM_STRING -> MaterialSource.Constant.STRING;
      case FIELD ->
          new MaterialSource.StaticField(
              bytes.field().owner().replace('/', '.'), bytes.field().name());
      default -> MaterialSource.Constant.BYTES;
    };
  }

  private void keySize(Raw.KeySize k, CodeLocation location, List<CryptoUsage> out) {
    String name = resolve(k.algorithm());
    if (name == null) {
      return;
    }
    for (String p : Algorithms.primitives(name)) {
      Classification c = Algorithms.keySize(p, k.bits());
      if (c == null) {
        continue;
      }
      out.add(
          new CryptoUsage(
              UsageKind.KEY_SIZE, p, c, k.api(), Integer.toString(k.bits()), k.bits(), location));
    }
  }

  private static void protocol(
      String name, String api, CodeLocation location, List<CryptoUsage> out) {
    if (name == null) {
      return;
    }
    String p = Algorithms.protocol(name);
    if (p == null) {
      out.add(
          new CryptoUsage(
              UsageKind.PROTOCOL, name, Classification.UNKNOWN, api, name, 0, location));
    } else {
      out.add(
          new CryptoUsage(UsageKind.PROTOCOL, p, Algorithms.classify(p), api, name, 0, location));
    }
  }

  private static CryptoUsage usage(
      UsageKind kind, String algorithm, String api, String detail, int keySize, CodeLocation at) {
    return new CryptoUsage(
        kind, algorithm, Algorithms.classify(algorithm), api, detail, keySize, at);
  }
}
