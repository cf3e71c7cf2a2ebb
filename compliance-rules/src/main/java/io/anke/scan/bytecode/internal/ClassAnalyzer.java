package io.anke.scan.bytecode.internal;

import io.anke.core.rule.Text;
import io.anke.scan.internal.ScanMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;

/**
 * Analyses one class file: a cheap look at the constant pool decides whether any crypto API is
 * referenced; only then is the class read into a tree and are the methods that call such APIs run
 * through the {@link CryptoInterpreter}. Every class also contributes its static final String and
 * byte[] fields, so that other classes' references to them can be resolved at the end of a scan.
 */
public final class ClassAnalyzer {
  private ClassAnalyzer() {}

  /** Frames the analyzer may allocate for one method (instructions x slots) before giving up. */
  static final long MAX_FRAME_CELLS = 4_000_000L;

  private static final int CONSTANT_CLASS = 7;

  /**
   * Analyses a class file.
   *
   * @throws IllegalArgumentException or another runtime exception from ASM when the bytes are not a
   *     readable class file
   */
  public static ClassResult analyze(byte[] bytes) {
    ClassReader reader = new ClassReader(bytes);
    int pool = scanPool(reader, bytes);
    if ((pool & CRYPTO) == 0) {
      if ((pool & STATIC_FIELDS) == 0) {
        // Most classes: no crypto API and no field whose value another class could need.
        return new ClassResult(reader.getClassName(), List.of(), Map.of(), List.of());
      }
      return fieldsOnly(reader, (pool & ENUM_STRINGS) != 0);
    }
    ClassNode node = new ClassNode();
    reader.accept(node, ClassReader.SKIP_FRAMES);
    return new ClassAnalyzer.Run(node, (pool & ENUM_STRINGS) != 0).run();
  }

  private static final int CRYPTO = 1;
  private static final int STATIC_FIELDS = 2;
  private static final int ENUM_STRINGS = 4;
  private static final int CONSTANT_UTF8 = 1;

  // Raw constant-pool checks, so that the tens of thousands of classes in a fat jar that have
  // nothing to do with cryptography cost one pass over their constant pool and no decoding.
  private static final byte[][] CRYPTO_PREFIXES =
      utf8(
          "java/security/",
          "javax/crypto/",
          "javax/net/ssl/",
          "org/bouncycastle/crypto/",
          "org/apache/commons/codec/digest/",
          "org/springframework/util/DigestUtils",
          "com/google/common/hash/Hashing",
          "cn/hutool/crypto/",
          "org/jasypt/",
          "org/apache/shiro/crypto/",
          "org/apache/shiro/authc/credential/",
          "org/springframework/security/crypto/",
          "io/anke/crypto/");
  private static final byte[] STRING_DESCRIPTOR = utf8("Ljava/lang/String;")[0];
  private static final byte[] BYTES_DESCRIPTOR = utf8("[B")[0];
  // An enum constructor that takes a string of its own: (String name, int ordinal, ..., String
  // ...).
  private static final byte[] ENUM_CONSTRUCTOR = utf8("(Ljava/lang/String;I")[0];
  private static final byte[] CLINIT = utf8("<clinit>")[0];
  private static final byte[] CONSTANT_VALUE = utf8("ConstantValue")[0];

  /** The class-name prefixes the constant-pool check decodes (for tests). */
  static byte[][] cryptoPrefixes() {
    return CRYPTO_PREFIXES.clone();
  }

  private static byte[][] utf8(String... values) {
    byte[][] out = new byte[values.length][];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i].getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    return out;
  }

  /**
   * One pass over the constant pool: {@link #CRYPTO} when it names a class the scanner has a rule
   * for; {@link #STATIC_FIELDS} when the class may hold a static final String or byte[] field with
   * a value (a String or byte[] field descriptor, and a static initializer or a ConstantValue);
   * {@link #ENUM_STRINGS} when it has an enum constructor that takes a string of its own.
   */
  static int scanPool(ClassReader reader, byte[] bytes) {
    boolean crypto = false;
    boolean fieldType = false;
    boolean enumStrings = false;
    boolean initializer = false;
    char[] buffer = null;
    int count = reader.getItemCount();
    for (int i = 1; i < count; i++) {
      int offset = reader.getItem(i);
      if (offset <= 0) {
        continue;
      }
      int tag = bytes[offset - 1];
      if (tag == CONSTANT_UTF8) {
        fieldType |=
            utf8Equals(reader, bytes, offset, STRING_DESCRIPTOR)
                || utf8Equals(reader, bytes, offset, BYTES_DESCRIPTOR);
        enumStrings |= isEnumConstructorWithString(reader, bytes, offset);
        initializer |=
            utf8Equals(reader, bytes, offset, CLINIT)
                || utf8Equals(reader, bytes, offset, CONSTANT_VALUE);
      } else if (tag == CONSTANT_CLASS && !crypto) {
        int name = reader.getItem(reader.readUnsignedShort(offset));
        if (name > 0 && startsWithAny(reader, bytes, name)) {
          if (buffer == null) {
            buffer = new char[reader.getMaxStringLength()];
          }
          crypto = Sinks.isInteresting(reader.readUTF8(offset, buffer));
        }
      }
    }
    return (crypto ? CRYPTO : 0)
        | ((fieldType || enumStrings) && initializer ? STATIC_FIELDS : 0)
        | (enumStrings ? ENUM_STRINGS : 0);
  }

  /** A descriptor {@code (Ljava/lang/String;I...Ljava/lang/String;...)V}: an enum's own string. */
  private static boolean isEnumConstructorWithString(ClassReader reader, byte[] bytes, int offset) {
    int length = reader.readUnsignedShort(offset);
    if (length <= ENUM_CONSTRUCTOR.length + STRING_DESCRIPTOR.length) {
      return false;
    }
    for (int i = 0; i < ENUM_CONSTRUCTOR.length; i++) {
      if (bytes[offset + 2 + i] != ENUM_CONSTRUCTOR[i]) {
        return false;
      }
    }
    String rest =
        new String(
            bytes,
            offset + 2 + ENUM_CONSTRUCTOR.length,
            length - ENUM_CONSTRUCTOR.length,
            java.nio.charset.StandardCharsets.ISO_8859_1);
    int close = rest.indexOf(')');
    return close > 0 && rest.substring(0, close).contains("Ljava/lang/String;");
  }

  private static boolean utf8Equals(ClassReader reader, byte[] bytes, int offset, byte[] value) {
    if (reader.readUnsignedShort(offset) != value.length) {
      return false;
    }
    for (int i = 0; i < value.length; i++) {
      if (bytes[offset + 2 + i] != value[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithAny(ClassReader reader, byte[] bytes, int utf8Offset) {
    int length = reader.readUnsignedShort(utf8Offset);
    outer:
    for (byte[] prefix : CRYPTO_PREFIXES) {
      if (length < prefix.length) {
        continue;
      }
      for (int i = 0; i < prefix.length; i++) {
        if (bytes[utf8Offset + 2 + i] != prefix[i]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** Static final String and byte[] fields only: ConstantValue attributes and {@code <clinit>}. */
  private static ClassResult fieldsOnly(ClassReader reader, boolean enumStrings) {
    Map<String, Object> constants = new HashMap<>();
    Set<String> assigned = new HashSet<>();
    MethodNode[] clinit = new MethodNode[1];
    String[] className = new String[1];
    reader.accept(
        new ClassVisitor(Opcodes.ASM9) {
          @Override
          public void visit(
              int version, int access, String name, String sig, String sup, String[] itf) {
            className[0] = name;
          }

          @Override
          public FieldVisitor visitField(
              int access, String name, String desc, String sig, Object value) {
            trackField(className[0], enumStrings, access, name, desc, value, constants, assigned);
            return null;
          }

          @Override
          public MethodVisitor visitMethod(
              int access, String name, String desc, String sig, String[] exceptions) {
            if ("<clinit>".equals(name) && !assigned.isEmpty()) {
              clinit[0] = new MethodNode(Opcodes.ASM9, access, name, desc, sig, exceptions);
              return clinit[0];
            }
            return null;
          }
        },
        ClassReader.SKIP_FRAMES | ClassReader.SKIP_DEBUG);
    List<Text> problems = new ArrayList<>();
    if (clinit[0] != null) {
      MethodContext ctx = analyzeMethod(className[0], clinit[0], problems);
      if (ctx != null) {
        collectStores(ctx, assigned, constants);
      }
    }
    return new ClassResult(className[0], List.of(), constants, problems);
  }

  private static void trackField(
      String className,
      boolean enumStrings,
      int access,
      String name,
      String desc,
      Object value,
      Map<String, Object> constants,
      Set<String> assigned) {
    int staticFinal = Opcodes.ACC_STATIC | Opcodes.ACC_FINAL;
    if ((access & staticFinal) != staticFinal) {
      return;
    }
    if ("Ljava/lang/String;".equals(desc) && value instanceof String s) {
      constants.put(name, new Sym.Lit(s));
    } else if ("Ljava/lang/String;".equals(desc)
        || "[B".equals(desc)
        || (enumStrings && desc.equals("L" + className + ";"))) {
      // the last: an enum constant, whose string is its constructor's argument
      assigned.add(name);
    }
  }

  /** A field assigned exactly one value in {@code <clinit>} gets that value. */
  private static void collectStores(
      MethodContext ctx, Set<String> assigned, Map<String, Object> constants) {
    for (Map.Entry<String, Map<Integer, Object>> e : ctx.staticStores.entrySet()) {
      if (!assigned.contains(e.getKey())) {
        continue;
      }
      Set<Object> distinct = new HashSet<>(e.getValue().values());
      if (distinct.size() == 1) {
        Object value = distinct.iterator().next();
        if (!(value instanceof Sym.Unknown)
            && !(value instanceof Bytes b && b.origin() == Bytes.Origin.UNKNOWN)) {
          constants.put(e.getKey(), value);
        }
      }
    }
  }

  /** Runs the interpreter over one method; null (with a problem noted) when it cannot. */
  static MethodContext analyzeMethod(String owner, MethodNode method, List<Text> problems) {
    MethodContext ctx = new MethodContext(owner, method);
    long cells = (long) method.instructions.size() * (method.maxLocals + method.maxStack + 1);
    if (cells > MAX_FRAME_CELLS) {
      problems.add(
          ScanMessage.BYTECODE_METHOD_TOO_LARGE.text(
              method.name + method.desc, method.instructions.size()));
      return null;
    }
    try {
      new Analyzer<>(new CryptoInterpreter(ctx)).analyze(owner, method);
    } catch (AnalyzerException e) {
      problems.add(
          ScanMessage.BYTECODE_METHOD_UNANALYSABLE.text(method.name + method.desc, e.getMessage()));
      return null;
    }
    return ctx;
  }

  /** The analysis of a class read into a tree. */
  private static final class Run {
    private final ClassNode node;
    private final boolean enumStrings;
    private final List<Text> problems = new ArrayList<>();
    private final Map<String, MethodContext> analyzed = new LinkedHashMap<>();
    private final Set<String> attempted = new HashSet<>();

    Run(ClassNode node, boolean enumStrings) {
      this.node = node;
      this.enumStrings = enumStrings;
    }

    ClassResult run() {
      Map<String, Object> constants = new HashMap<>();
      Set<String> assigned = new HashSet<>();
      for (FieldNode f : node.fields) {
        trackField(node.name, enumStrings, f.access, f.name, f.desc, f.value, constants, assigned);
      }
      for (MethodNode m : node.methods) {
        boolean clinitNeeded = "<clinit>".equals(m.name) && !assigned.isEmpty();
        if (clinitNeeded || callsCrypto(m)) {
          analyze(m);
        }
      }
      MethodContext clinit = analyzed.get("<clinit>()V");
      if (clinit != null) {
        collectStores(clinit, assigned, constants);
      }
      propagateFields();
      propagateSummaries();

      List<ClassResult.MethodUsages> usages = new ArrayList<>();
      for (MethodContext ctx : analyzed.values()) {
        List<Raw> kept = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int[] lineOf = lines(ctx.method);
        for (Raw raw : ctx.usages()) {
          if (!raw.hasParam() && !raw.hasMember()) {
            kept.add(raw);
            lines.add(raw.insn() < lineOf.length ? lineOf[raw.insn()] : 0);
          }
        }
        if (!kept.isEmpty()) {
          usages.add(new ClassResult.MethodUsages(ctx.method.name, ctx.method.desc, kept, lines));
        }
      }
      return new ClassResult(node.name, usages, constants, problems, node.sourceFile);
    }

    private void analyze(MethodNode m) {
      String key = m.name + m.desc;
      if (!attempted.add(key)) {
        return;
      }
      MethodContext ctx = analyzeMethod(node.name, m, problems);
      if (ctx != null) {
        analyzed.put(key, ctx);
      }
    }

    /**
     * Instance fields of helper objects: a usage whose algorithm is an instance field of this class
     * ({@code Cipher.getInstance(this.transformation)}) is re-recorded where the class stores a
     * value into the field — a constant in a constructor or field initializer is reported there; a
     * constructor's or setter's parameter makes that method a summary, which {@link
     * #propagateSummaries} follows to the calls in this class.
     */
    private void propagateFields() {
      Map<String, List<Raw>> readers = new HashMap<>();
      for (MethodContext ctx : analyzed.values()) {
        for (Raw raw : ctx.usages()) {
          for (Sym sym : raw.syms()) {
            collectMembers(sym, raw, readers);
          }
        }
      }
      if (readers.isEmpty()) {
        return;
      }
      for (MethodNode m : node.methods) {
        if (storesAny(m, readers.keySet())) {
          analyze(m);
        }
      }
      for (MethodContext ctx : new ArrayList<>(analyzed.values())) {
        for (Map.Entry<String, Map<Integer, Sym>> field : ctx.fieldStores.entrySet()) {
          List<Raw> templates = readers.get(field.getKey());
          if (templates == null) {
            continue;
          }
          Sym member = new Sym.Member(node.name, field.getKey());
          for (Map.Entry<Integer, Sym> store : field.getValue().entrySet()) {
            Sym value = store.getValue();
            if (value instanceof Sym.Unknown || value.hasMember()) {
              continue;
            }
            for (Raw template : templates) {
              ctx.recordDerived(
                  store.getKey(), template, template.fill(store.getKey(), member, value));
            }
          }
        }
      }
    }

    private void collectMembers(Sym sym, Raw raw, Map<String, List<Raw>> readers) {
      if (sym instanceof Sym.Member m && m.owner().equals(node.name)) {
        List<Raw> list = readers.computeIfAbsent(m.name(), k -> new ArrayList<>());
        if (!list.contains(raw)) {
          list.add(raw);
        }
      } else if (sym instanceof Sym.Concat c) {
        for (Sym part : c.parts()) {
          collectMembers(part, raw, readers);
        }
      }
    }

    private boolean storesAny(MethodNode m, Set<String> fields) {
      for (AbstractInsnNode insn : m.instructions) {
        if (insn instanceof FieldInsnNode f
            && insn.getOpcode() == Opcodes.PUTFIELD
            && f.owner.equals(node.name)
            && fields.contains(f.name)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Same-class summaries: a usage whose algorithm is a parameter of method M is re-recorded at
     * every call of M in this class with the caller's argument, e.g. {@code getMd5Digest()} calling
     * {@code getDigest("MD5")} which calls {@code MessageDigest.getInstance(name)}.
     */
    private void propagateSummaries() {
      Map<String, Set<Raw>> summaries = new HashMap<>();
      for (Map.Entry<String, MethodContext> e : analyzed.entrySet()) {
        for (Raw raw : e.getValue().usages()) {
          if (raw.hasParam()) {
            summaries.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(raw);
          }
        }
      }
      for (int round = 0; round < 4 && !summaries.isEmpty(); round++) {
        for (MethodNode m : node.methods) {
          if (callsAny(m, summaries.keySet())) {
            analyze(m);
          }
        }
        boolean changed = false;
        for (Map.Entry<String, MethodContext> e : analyzed.entrySet()) {
          MethodContext ctx = e.getValue();
          for (Map.Entry<Integer, MethodContext.CallSite> call :
              new ArrayList<>(ctx.callSites.entrySet())) {
            Set<Raw> templates = summaries.get(call.getValue().callee());
            if (templates == null) {
              continue;
            }
            for (Raw template : new ArrayList<>(templates)) {
              Raw raw = template.at(call.getKey(), call.getValue().arguments());
              ctx.recordDerived(call.getKey(), template, raw);
              if (raw.hasParam()
                  && summaries.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(raw)) {
                changed = true;
              }
            }
          }
        }
        if (!changed) {
          break;
        }
      }
    }

    private boolean callsAny(MethodNode m, Set<String> callees) {
      for (AbstractInsnNode insn : m.instructions) {
        if (insn instanceof MethodInsnNode call
            && call.owner.equals(node.name)
            && callees.contains(call.name + call.desc)) {
          return true;
        }
      }
      return false;
    }

    private static boolean callsCrypto(MethodNode m) {
      for (AbstractInsnNode insn : m.instructions) {
        if (insn instanceof MethodInsnNode call && Sinks.isInteresting(call.owner)) {
          return true;
        }
        if (insn instanceof TypeInsnNode type
            && insn.getOpcode() == Opcodes.NEW
            && Sinks.isInteresting(type.desc)) {
          return true;
        }
      }
      return false;
    }

    private static int[] lines(MethodNode m) {
      int[] lines = new int[m.instructions.size()];
      int current = 0;
      int i = 0;
      for (AbstractInsnNode insn : m.instructions) {
        if (insn instanceof LineNumberNode ln) {
          current = ln.line;
        }
        lines[i++] = current;
      }
      return lines;
    }
  }
}
