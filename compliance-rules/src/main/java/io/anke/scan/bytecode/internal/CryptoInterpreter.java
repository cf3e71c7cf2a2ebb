package io.anke.scan.bytecode.internal;

import io.anke.scan.bytecode.internal.AbstractValue.ByteArray;
import io.anke.scan.bytecode.internal.AbstractValue.Int;
import io.anke.scan.bytecode.internal.AbstractValue.Obj;
import io.anke.scan.bytecode.internal.AbstractValue.Str;
import io.anke.scan.bytecode.internal.AbstractValue.StringArray;
import io.anke.scan.bytecode.internal.AbstractValue.Unknown;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Interpreter;

/**
 * A constant-propagation interpreter for ASM's analysis framework: it follows strings (literals,
 * static fields, concatenations, simple locals), ints, byte arrays and the JCA objects they
 * configure, and records in a {@link MethodContext} every value that reaches a crypto API.
 */
final class CryptoInterpreter extends Interpreter<AbstractValue> implements Opcodes {
  private static final int MAX_ARRAY = 64;

  private final MethodContext ctx;
  // Allocation-site abstraction: one abstract object per instruction keeps the fixed point finite.
  private final Map<AbstractInsnNode, AbstractValue> allocations = new HashMap<>();

  CryptoInterpreter(MethodContext ctx) {
    super(ASM9);
    this.ctx = ctx;
  }

  private AbstractValue allocate(AbstractInsnNode insn, Supplier<AbstractValue> create) {
    return allocations.computeIfAbsent(insn, i -> create.get());
  }

  private static AbstractValue unknown(Type type) {
    if (type == null) {
      return Unknown.ONE;
    }
    if (type.getSort() == Type.VOID) {
      return null;
    }
    return Unknown.ofSize(type.getSize());
  }

  @Override
  public AbstractValue newValue(Type type) {
    return unknown(type);
  }

  @Override
  public AbstractValue newParameterValue(boolean isInstanceMethod, int local, Type type) {
    int argument = ctx.argumentOfSlot(local);
    if (argument >= 0 && "Ljava/lang/String;".equals(type.getDescriptor())) {
      return new Str(new Sym.Param(argument));
    }
    return unknown(type);
  }

  @Override
  public AbstractValue newOperation(AbstractInsnNode insn) {
    switch (insn.getOpcode()) {
      case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5:
        return new Int(insn.getOpcode() - ICONST_0);
      case BIPUSH, SIPUSH:
        return new Int(((IntInsnNode) insn).operand);
      case LCONST_0, LCONST_1, DCONST_0, DCONST_1:
        return Unknown.TWO;
      case LDC:
        return ldc(((LdcInsnNode) insn).cst);
      case GETSTATIC:
        {
          FieldInsnNode f = (FieldInsnNode) insn;
          Sym.Field field = new Sym.Field(f.owner, f.name);
          switch (f.desc) {
            case "Ljava/lang/String;":
              return new Str(field);
            case "[B":
              return allocate(insn, () -> new ByteArray(Bytes.field(field)));
            default:
              if (f.desc.equals("L" + f.owner + ";")) {
                return new Str(new Sym.Enum(f.owner, f.name));
              }
              return unknown(Type.getType(f.desc));
          }
        }
      case NEW:
        {
          String type = ((TypeInsnNode) insn).desc;
          String algorithm = Sinks.ALGORITHM_CLASSES.get(type);
          if (algorithm == null && !insideCryptoModule()) {
            algorithm = Sinks.nationalPackage(type);
          }
          if (algorithm != null) {
            ctx.record(
                ctx.indexOf(insn),
                MethodContext.Slot.API,
                new Raw.Fixed(ctx.indexOf(insn), dotted(type), algorithm));
          }
          return allocate(insn, () -> new Obj(type));
        }
      default:
        return Unknown.ONE;
    }
  }

  private static AbstractValue ldc(Object cst) {
    if (cst instanceof String s) {
      return new Str(new Sym.Lit(s));
    }
    if (cst instanceof Integer i) {
      return new Int(i);
    }
    if (cst instanceof Long || cst instanceof Double) {
      return Unknown.TWO;
    }
    if (cst instanceof ConstantDynamic d) {
      return Unknown.ofSize(d.getSize());
    }
    return Unknown.ONE;
  }

  @Override
  public AbstractValue copyOperation(AbstractInsnNode insn, AbstractValue value) {
    return value;
  }

  @Override
  public AbstractValue unaryOperation(AbstractInsnNode insn, AbstractValue value) {
    switch (insn.getOpcode()) {
      case INEG:
        return value instanceof Int i ? new Int(-i.value) : Unknown.ONE;
      case I2B:
        return value instanceof Int i ? new Int((byte) i.value) : Unknown.ONE;
      case I2C:
        return value instanceof Int i ? new Int((char) i.value) : Unknown.ONE;
      case I2S:
        return value instanceof Int i ? new Int((short) i.value) : Unknown.ONE;
      case IINC, L2I, F2I, D2I, I2F, L2F, D2F, FNEG, ARRAYLENGTH, INSTANCEOF:
        return Unknown.ONE;
      case I2L, I2D, L2D, F2L, F2D, D2L, LNEG, DNEG:
        return Unknown.TWO;
      case IFEQ,
      IFNE,
      IFLT,
      IFGE,
      IFGT,
      IFLE,
      TABLESWITCH,
      LOOKUPSWITCH,
      IRETURN,
      LRETURN,
      FRETURN,
      DRETURN,
      ARETURN,
      IFNULL,
      IFNONNULL,
      MONITORENTER,
      MONITOREXIT,
      ATHROW:
        return null;
      case PUTSTATIC:
        putStatic((FieldInsnNode) insn, value);
        return null;
      case GETFIELD:
        {
          FieldInsnNode f = (FieldInsnNode) insn;
          if ("Ljava/lang/String;".equals(f.desc) && f.owner.equals(ctx.owner)) {
            return new Str(new Sym.Member(f.owner, f.name));
          }
          return unknown(Type.getType(f.desc));
        }
      case NEWARRAY:
        if (((IntInsnNode) insn).operand == T_BYTE && value instanceof Int) {
          // A fresh array is all zeros: constant until something else is stored into it.
          return allocate(insn, () -> new ByteArray(Bytes.CONSTANT));
        }
        return Unknown.ONE;
      case ANEWARRAY:
        if ("java/lang/String".equals(((TypeInsnNode) insn).desc)
            && value instanceof Int i
            && i.value >= 0
            && i.value <= MAX_ARRAY) {
          return allocate(insn, () -> new StringArray(i.value));
        }
        return Unknown.ONE;
      case CHECKCAST:
        return value;
      default:
        return Unknown.ONE;
    }
  }

  private void putStatic(FieldInsnNode f, AbstractValue value) {
    escapes(value);
    if (!"<clinit>".equals(ctx.method.name) || !f.owner.equals(ctx.owner)) {
      return;
    }
    Object stored;
    if ("Ljava/lang/String;".equals(f.desc)) {
      stored = value.sym();
    } else if ("[B".equals(f.desc)) {
      stored = value instanceof ByteArray b ? b.content : Bytes.UNKNOWN;
    } else if (f.desc.equals("L" + ctx.owner + ";") && value instanceof Obj constant) {
      stored = constant.text; // an enum constant: the string its constructor was given
    } else {
      return;
    }
    ctx.staticStores.computeIfAbsent(f.name, k -> new HashMap<>()).put(ctx.indexOf(f), stored);
  }

  @Override
  public AbstractValue binaryOperation(
      AbstractInsnNode insn, AbstractValue value1, AbstractValue value2) {
    switch (insn.getOpcode()) {
      case IADD, ISUB, IMUL, IDIV, ISHL, IOR, IAND:
        if (value1 instanceof Int a && value2 instanceof Int b) {
          return fold(insn.getOpcode(), a.value, b.value);
        }
        return Unknown.ONE;
      case AALOAD:
        if (value1 instanceof StringArray array
            && value2 instanceof Int i
            && i.value >= 0
            && i.value < array.elements.length) {
          return new Str(array.elements[i.value]);
        }
        return Unknown.ONE;
      case LALOAD,
      DALOAD,
      LADD,
      DADD,
      LSUB,
      DSUB,
      LMUL,
      DMUL,
      LDIV,
      DDIV,
      LREM,
      DREM,
      LSHL,
      LSHR,
      LUSHR,
      LAND,
      LOR,
      LXOR:
        return Unknown.TWO;
      case IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE, IF_ACMPEQ, IF_ACMPNE:
        return null;
      case PUTFIELD:
        {
          escapes(value2);
          FieldInsnNode f = (FieldInsnNode) insn;
          if ("Ljava/lang/String;".equals(f.desc) && f.owner.equals(ctx.owner)) {
            ctx.fieldStores
                .computeIfAbsent(f.name, k -> new HashMap<>())
                .put(ctx.indexOf(insn), value2.sym());
          }
          return null;
        }
      default:
        return Unknown.ONE;
    }
  }

  private static AbstractValue fold(int opcode, int a, int b) {
    switch (opcode) {
      case IADD:
        return new Int(a + b);
      case ISUB:
        return new Int(a - b);
      case IMUL:
        return new Int(a * b);
      case IDIV:
        return b == 0 ? Unknown.ONE : new Int(a / b);
      case ISHL:
        return new Int(a << (b & 31));
      case IOR:
        return new Int(a | b);
      default:
        return new Int(a & b);
    }
  }

  @Override
  public AbstractValue ternaryOperation(
      AbstractInsnNode insn, AbstractValue value1, AbstractValue value2, AbstractValue value3) {
    if (insn.getOpcode() == BASTORE && value1 instanceof ByteArray array) {
      if (!(value3 instanceof Int) && array.content.origin() == Bytes.Origin.CONSTANT) {
        array.content = Bytes.UNKNOWN;
      }
    } else if (insn.getOpcode() == AASTORE) {
      escapes(value3);
    }
    if (insn.getOpcode() == AASTORE && value1 instanceof StringArray array) {
      if (value2 instanceof Int i && i.value >= 0 && i.value < array.elements.length) {
        array.elements[i.value] = value3.sym();
      } else {
        java.util.Arrays.fill(array.elements, Sym.UNKNOWN);
      }
    }
    return null;
  }

  @Override
  public AbstractValue naryOperation(AbstractInsnNode insn, List<? extends AbstractValue> values) {
    if (insn instanceof InvokeDynamicInsnNode indy) {
      return invokeDynamic(indy, values);
    }
    if (insn instanceof MethodInsnNode call) {
      return invoke(call, values);
    }
    return Unknown.ONE; // MULTIANEWARRAY
  }

  @Override
  public void returnOperation(AbstractInsnNode insn, AbstractValue value, AbstractValue expected) {}

  @Override
  public AbstractValue merge(AbstractValue value1, AbstractValue value2) {
    if (value1.equals(value2)) {
      return value1;
    }
    return Unknown.ofSize(Math.min(value1.getSize(), value2.getSize()));
  }

  // ---------------------------------------------------------------------------------------------

  private AbstractValue invokeDynamic(
      InvokeDynamicInsnNode indy, List<? extends AbstractValue> values) {
    Type returnType = Type.getReturnType(indy.desc);
    if (!"java/lang/invoke/StringConcatFactory".equals(indy.bsm.getOwner())) {
      return unknown(returnType);
    }
    List<Sym> parts = new ArrayList<>();
    if ("makeConcatWithConstants".equals(indy.name) && indy.bsmArgs.length > 0) {
      String recipe = String.valueOf(indy.bsmArgs[0]);
      int argument = 0;
      int constant = 1;
      StringBuilder literal = new StringBuilder();
      for (int i = 0; i < recipe.length(); i++) {
        char c = recipe.charAt(i);
        if (c == '\u0001' || c == '\u0002') {
          parts.add(new Sym.Lit(literal.toString()));
          literal.setLength(0);
          if (c == '\u0001') {
            parts.add(argument < values.size() ? stringOf(values.get(argument)) : Sym.UNKNOWN);
            argument++;
          } else {
            Object cst = constant < indy.bsmArgs.length ? indy.bsmArgs[constant] : null;
            parts.add(cst == null ? Sym.UNKNOWN : new Sym.Lit(String.valueOf(cst)));
            constant++;
          }
        } else {
          literal.append(c);
        }
      }
      parts.add(new Sym.Lit(literal.toString()));
    } else {
      for (AbstractValue v : values) {
        parts.add(stringOf(v));
      }
    }
    return new Str(Sym.concat(parts));
  }

  /** The string form of a value in a concatenation (ints print as digits). */
  private static Sym stringOf(AbstractValue value) {
    if (value instanceof Int i) {
      return new Sym.Lit(Integer.toString(i.value));
    }
    return value.sym();
  }

  // ---------------------------------------------------------------------------------------------
  // Method calls: one handler per API family, asked in the order of FAMILIES.

  /** A method call as the handlers see it. */
  private record Call(
      MethodInsnNode insn,
      int index,
      AbstractValue receiver,
      List<? extends AbstractValue> args,
      List<? extends AbstractValue> values,
      boolean selfCall) {

    String owner() {
      return insn.owner;
    }

    String name() {
      return insn.name;
    }

    String desc() {
      return insn.desc;
    }

    /** The API as usages name it: {@code javax.crypto.Cipher.getInstance}. */
    String api() {
      return dotted(insn.owner) + "." + insn.name;
    }
  }

  /** A handler's answer for a call it handled: the call's value, null for a void call. */
  private record Handled(AbstractValue value) {
    static final Handled VOID = new Handled(null);
  }

  /** The handler of one API family. */
  @FunctionalInterface
  private interface CallFamily {
    /**
     * Records what the call tells about crypto usage; returns the call's value when the family
     * handled the call, or null to let the next family look at it (a family may record and pass).
     */
    Handled handle(Call call);
  }

  /**
   * The API families, in the order they look at a call; the first that handles it gives the call's
   * value. A call no family handles is an {@link #otherCall other call}.
   */
  private final List<CallFamily> families =
      List.of(
          this::strings,
          this::enumConstantStrings,
          this::helperObjects,
          this::randomBytes,
          this::jcaFactories,
          this::keyPairSizes,
          this::specConstructors,
          this::protocols,
          this::fixedAlgorithms,
          this::helperAlgorithmArguments,
          this::sameClassCalls);

  private AbstractValue invoke(MethodInsnNode insn, List<? extends AbstractValue> values) {
    int first = insn.getOpcode() == INVOKESTATIC ? 0 : 1;
    Call call =
        new Call(
            insn,
            ctx.indexOf(insn),
            first == 1 ? values.get(0) : null,
            values.subList(first, values.size()),
            values,
            insn.owner.equals(ctx.owner));
    for (CallFamily family : families) {
      Handled handled = family.handle(call);
      if (handled != null) {
        return handled.value();
      }
    }
    return otherCall(call);
  }

  /** String, StringBuilder and StringBuffer operations that give a value. */
  private Handled strings(Call call) {
    AbstractValue value = stringOperation(call.insn(), call.receiver(), call.args());
    return value == null ? null : new Handled(value);
  }

  /**
   * A string getter of an enum constant: name() and toString() give the constant's name; a getter
   * such as Hutool's getValue() gives the string the constant was constructed with.
   */
  private Handled enumConstantStrings(Call call) {
    if (call.receiver() != null
        && call.receiver().sym() instanceof Sym.Enum constant
        && "()Ljava/lang/String;".equals(call.desc())) {
      boolean byName = "name".equals(call.name()) || "toString".equals(call.name());
      return new Handled(new Str(byName ? new Sym.Lit(constant.name()) : constant));
    }
    return null;
  }

  /** Helper objects with a default algorithm; every call passes on. */
  private Handled helperObjects(Call call) {
    helperObject(call.insn(), call.index(), call.receiver(), call.args());
    return null;
  }

  /** Randomness filling an array that may become a key or an IV ({@code nextBytes}). */
  private Handled randomBytes(Call call) {
    if (!"nextBytes".equals(call.name())
        || call.args().size() != 1
        || !(call.args().get(0) instanceof ByteArray array)) {
      return null;
    }
    boolean insecure =
        Sinks.INSECURE_RANDOMS.contains(call.owner())
            && !(call.receiver() instanceof Obj o && !Sinks.INSECURE_RANDOMS.contains(o.type));
    array.content = insecure ? Bytes.INSECURE_RANDOM : Bytes.UNKNOWN;
    return Handled.VOID;
  }

  /** JCA factories: {@code Cipher.getInstance("SM4/CBC/PKCS5Padding")} and the like. */
  private Handled jcaFactories(Call call) {
    String factory = Sinks.FACTORIES.get(call.owner());
    if (factory == null
        || !"getInstance".equals(call.name())
        || !call.desc().startsWith("(Ljava/lang/String;")) {
      return null;
    }
    int index = call.index();
    String owner = call.owner();
    Sym algorithm = call.args().get(0).sym();
    ctx.record(
        index,
        MethodContext.Slot.API,
        new Raw.Algorithm(index, call.api(), factory, algorithm, Sym.UNKNOWN));
    return new Handled(
        allocate(
            call.insn(),
            () -> {
              Obj o = new Obj(owner);
              o.factory = factory;
              o.algorithm = algorithm;
              o.factoryInsn = index;
              return o;
            }));
  }

  /** Key sizes and curves given to {@code KeyPairGenerator.initialize}. */
  private Handled keyPairSizes(Call call) {
    if (!"java/security/KeyPairGenerator".equals(call.owner())
        || !"initialize".equals(call.name())) {
      return null;
    }
    keyPairInitialize(call.index(), call.receiver(), call.args());
    return Handled.VOID;
  }

  /**
   * Constructors of key and IV specs (also when a subclass constructor calls super(key, …)), of the
   * class's own enum constants and of key-generation parameter specs.
   */
  private Handled specConstructors(Call call) {
    boolean spec = Sinks.KEY_SPECS.contains(call.owner()) || Sinks.IV_SPECS.contains(call.owner());
    if (!"<init>".equals(call.name()) || !(call.receiver() instanceof Obj || spec)) {
      return null;
    }
    Obj created = call.receiver() instanceof Obj o ? o : new Obj(call.owner());
    return construct(call.insn(), call.index(), created, call.args()) ? Handled.VOID : null;
  }

  /** Protocol names enabled on a socket, an engine or SSL parameters. */
  private Handled protocols(Call call) {
    if (!Sinks.PROTOCOL_HOLDERS.contains(call.owner())
        || !("setEnabledProtocols".equals(call.name()) || "setProtocols".equals(call.name()))
        || call.args().size() != 1) {
      return null;
    }
    List<Sym> protocols =
        call.args().get(0) instanceof StringArray array ? array.values() : List.of(Sym.UNKNOWN);
    ctx.record(
        call.index(),
        MethodContext.Slot.API,
        new Raw.Protocols(call.index(), call.api(), protocols));
    return Handled.VOID;
  }

  /**
   * Static methods that imply a fixed algorithm: helpers ({@code DigestUtils.md5Hex}), algorithm
   * classes' {@code newInstance}, modelled methods and the national-algorithm packages (Bouncy
   * Castle's lightweight API and others). Inside a helper class its own calls are plumbing
   * (DigestUtils.md5Hex calling md5): the algorithm is reported where the helper reaches the JCA,
   * and where others call the helper. Records and passes on.
   */
  private Handled fixedAlgorithms(Call call) {
    if (call.insn().getOpcode() != INVOKESTATIC || call.selfCall()) {
      return null;
    }
    String owner = call.owner();
    String name = call.name();
    String fixed = Sinks.FIXED_HELPERS.get(owner);
    if (fixed == null && Sinks.HELPERS.contains(owner)) {
      fixed = Sinks.helperAlgorithm(name);
    }
    if (fixed == null && "newInstance".equals(name)) {
      fixed = Sinks.ALGORITHM_CLASSES.get(owner);
    }
    if (fixed == null) {
      fixed = Sinks.FIXED_METHODS.get(owner + "." + name);
    }
    if (fixed == null && !insideCryptoModule()) {
      fixed = Sinks.nationalPackage(owner);
    }
    if (fixed != null) {
      ctx.record(
          call.index(),
          MethodContext.Slot.IMPLIED_ALGORITHM,
          new Raw.Fixed(call.index(), call.api(), fixed));
    }
    return null;
  }

  /** Helper methods that take an algorithm name (Hutool, Shiro, Spring…). Records and passes on. */
  private Handled helperAlgorithmArguments(Call call) {
    if (call.selfCall() || !Sinks.takesAlgorithm(call.owner(), call.name())) {
      return null;
    }
    Sym algorithm = algorithmArgument(call.insn(), call.args());
    if (algorithm != null) {
      ctx.record(
          call.index(),
          MethodContext.Slot.ALGORITHM_ARGUMENT,
          new Raw.Algorithm(
              call.index(), call.api(), Sinks.helperFactory(call.owner()), algorithm, Sym.UNKNOWN));
    }
    return null;
  }

  /** Calls to methods of the same class, for summaries. Records and passes on. */
  private Handled sameClassCalls(Call call) {
    if (call.selfCall()) {
      List<Sym> syms = new ArrayList<>();
      for (AbstractValue v : call.args()) {
        syms.add(v.sym());
      }
      ctx.callSites.put(call.index(), new MethodContext.CallSite(call.name() + call.desc(), syms));
    }
    return null;
  }

  /**
   * A call no family handled. It may write into an array it receives (read(buf), arraycopy, …):
   * forget what was known about it, so that a filled buffer is never mistaken for a constant one.
   */
  private AbstractValue otherCall(Call call) {
    if (!readsOnly(call.owner(), call.name())) {
      for (AbstractValue v : call.values()) {
        if (v instanceof ByteArray array && array.content.origin() != Bytes.Origin.FIELD) {
          array.content = Bytes.UNKNOWN;
        }
      }
    }
    Type returnType = Type.getReturnType(call.desc());
    if (returnType.getSort() == Type.ARRAY && "[B".equals(returnType.getDescriptor())) {
      return bytesResult(call.insn(), call.receiver(), call.args());
    }
    return unknown(returnType);
  }

  /** Calls known not to write into byte arrays they receive. */
  private static boolean readsOnly(String owner, String name) {
    return owner.equals("java/lang/String")
        || owner.equals("java/util/Arrays") && !name.equals("fill")
        || owner.startsWith("java/util/Base64")
        || owner.equals("java/io/PrintStream")
        || owner.startsWith("org/slf4j/")
        || Sinks.KEY_SPECS.contains(owner)
        || Sinks.IV_SPECS.contains(owner)
        || (owner.equals("java/security/MessageDigest")
                || owner.equals("javax/crypto/Mac")
                || owner.equals("javax/crypto/Cipher"))
            && (name.equals("update") || name.equals("doFinal") || name.equals("digest"));
  }

  /** A byte[] result: copies keep the origin, decoders of constant strings are constant. */
  private AbstractValue bytesResult(
      MethodInsnNode call, AbstractValue receiver, List<? extends AbstractValue> args) {
    String name = call.name;
    if ("java/util/Arrays".equals(call.owner)
        && (name.equals("copyOf") || name.equals("copyOfRange"))
        && !args.isEmpty()
        && args.get(0) instanceof ByteArray source) {
      Bytes content = source.content;
      return allocate(call, () -> new ByteArray(content));
    }
    if (call.desc.startsWith("(Ljava/lang/String;") && args.size() == 1) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.contains("decode") || lower.contains("parse")) {
        Sym source = args.get(0).sym();
        return allocate(call, () -> new ByteArray(Bytes.fromString(source)));
      }
    }
    if ("clone".equals(name) && receiver instanceof ByteArray source) {
      Bytes content = source.content;
      return allocate(call, () -> new ByteArray(content));
    }
    return Unknown.ONE;
  }

  /** String, StringBuilder and StringBuffer operations; null when the call is none of them. */
  private AbstractValue stringOperation(
      MethodInsnNode call, AbstractValue receiver, List<? extends AbstractValue> args) {
    String owner = call.owner;
    String name = call.name;
    if ("java/lang/StringBuilder".equals(owner) || "java/lang/StringBuffer".equals(owner)) {
      if (!(receiver instanceof Obj builder)) {
        return unknownOrNull(call);
      }
      switch (name) {
        case "<init>":
          if (call.desc.equals("(Ljava/lang/String;)V")
              || call.desc.equals("(Ljava/lang/CharSequence;)V")) {
            builder.parts.put(call, args.get(0).sym());
          }
          return Unknown.ONE; // handled; the analyzer ignores values of void calls
        case "append":
          if (args.size() == 1) {
            AbstractValue arg = args.get(0);
            Sym part;
            if (call.desc.startsWith("(C)") && arg instanceof Int c) {
              part = new Sym.Lit(String.valueOf((char) c.value));
            } else {
              part = stringOf(arg);
            }
            builder.parts.put(call, part);
          } else {
            builder.partsBroken = true;
          }
          return receiver;
        case "toString":
          return new Str(builder.builderContent());
        case "length", "charAt", "indexOf", "lastIndexOf", "capacity":
          return unknownOrNull(call);
        default:
          builder.partsBroken = true;
          return unknownOrNull(call);
      }
    }
    if (!"java/lang/String".equals(owner)) {
      return null;
    }
    switch (name) {
      case "<init>":
        if (receiver instanceof Obj s
            && (call.desc.equals("(Ljava/lang/String;)V")
                || call.desc.equals("(Ljava/lang/StringBuilder;)V"))) {
          s.text =
              args.get(0) instanceof Obj b && !b.parts.isEmpty()
                  ? b.builderContent()
                  : args.get(0).sym();
        }
        return Unknown.ONE; // handled; the analyzer ignores values of void calls
      case "toUpperCase", "toLowerCase", "trim", "strip":
        {
          Sym s = receiver == null ? Sym.UNKNOWN : receiver.sym();
          if (s instanceof Sym.Lit lit) {
            String v = lit.value();
            String r =
                switch (name) {
                  case "toUpperCase" -> v.toUpperCase(Locale.ROOT);
                  case "toLowerCase" -> v.toLowerCase(Locale.ROOT);
                  case "trim" -> v.trim();
                  default -> v.strip();
                };
            return new Str(new Sym.Lit(r));
          }
          return new Str(Sym.UNKNOWN);
        }
      case "intern", "toString":
        return new Str(receiver == null ? Sym.UNKNOWN : receiver.sym());
      case "valueOf":
        if (args.size() == 1 && call.desc.startsWith("(Ljava/lang/Object;)")) {
          return new Str(args.get(0).sym());
        }
        if (args.size() == 1 && args.get(0) instanceof Int i && call.desc.startsWith("(I)")) {
          return new Str(new Sym.Lit(Integer.toString(i.value)));
        }
        return new Str(Sym.UNKNOWN);
      case "concat":
        return new Str(
            Sym.concat(
                List.of(receiver == null ? Sym.UNKNOWN : receiver.sym(), args.get(0).sym())));
      case "getBytes":
        {
          Sym source = receiver == null ? Sym.UNKNOWN : receiver.sym();
          if (call.desc.endsWith(")[B")) {
            return allocate(call, () -> new ByteArray(Bytes.fromString(source)));
          }
          return unknownOrNull(call);
        }
      default:
        return null;
    }
  }

  private static AbstractValue unknownOrNull(MethodInsnNode call) {
    return unknown(Type.getReturnType(call.desc));
  }

  /**
   * The algorithm argument of a modelled helper call: the first argument that is a {@code String}
   * or an enum constant; null when there is none.
   */
  private static Sym algorithmArgument(MethodInsnNode call, List<? extends AbstractValue> args) {
    Type[] types = Type.getArgumentTypes(call.desc);
    for (int i = 0; i < types.length && i < args.size(); i++) {
      Sym sym = args.get(i).sym();
      if ("Ljava/lang/String;".equals(types[i].getDescriptor()) || sym instanceof Sym.Enum) {
        return sym;
      }
    }
    return null;
  }

  /**
   * Helper objects with a default algorithm (jasypt's encryptors and digesters, Spring's
   * Pbkdf2PasswordEncoder): the constructor notes the default; a call that may set the algorithm
   * cancels it, and so does handing the object to code this method cannot see (a field, an array,
   * another method). What is left when the method ends is reported at the constructor.
   */
  private void helperObject(
      MethodInsnNode call, int index, AbstractValue receiver, List<? extends AbstractValue> args) {
    for (AbstractValue a : args) {
      escapes(a);
    }
    if (receiver instanceof Obj o && o.helperDefault != null) {
      if (o.helperDefault.configuring().contains(call.name)) {
        o.configured = true;
      }
      return;
    }
    if ("<init>".equals(call.name) && receiver instanceof Obj created && !insideCryptoModule()) {
      Sinks.Default d = Sinks.defaultOf(call.owner, call.desc);
      if (d != null && !call.owner.equals(ctx.owner)) {
        created.helperDefault = d;
        ctx.defaults.put(index, created);
      }
      return;
    }
    if (!(receiver instanceof Obj) && receiver != null && Sinks.configures(call.owner, call.name)) {
      ctx.defaultsUnknown = true; // some helper object of the method may be configured here
    }
  }

  /** A helper object stored or passed where this method cannot follow it may be configured. */
  private static void escapes(AbstractValue value) {
    if (value instanceof Obj o && o.helperDefault != null) {
      o.configured = true;
    }
  }

  /** Constructors of the specs and helpers; false when {@code created} is none of them. */
  private boolean construct(
      MethodInsnNode call, int index, Obj created, List<? extends AbstractValue> args) {
    String owner = call.owner;
    String api = dotted(owner);
    if (Sinks.KEY_SPECS.contains(owner) || Sinks.IV_SPECS.contains(owner)) {
      boolean iv = Sinks.IV_SPECS.contains(owner);
      Type[] types = Type.getArgumentTypes(call.desc);
      ByteArray bytes = null;
      Sym algorithm = Sym.UNKNOWN;
      for (int i = 0; i < types.length; i++) {
        if (bytes == null && "[B".equals(types[i].getDescriptor())) {
          bytes = args.get(i) instanceof ByteArray b ? b : null;
          if (bytes == null) {
            return true;
          }
        } else if ("Ljava/lang/String;".equals(types[i].getDescriptor())) {
          algorithm = args.get(i).sym();
        }
      }
      if (owner.endsWith("/DESKeySpec")) {
        algorithm = new Sym.Lit("DES");
        ctx.record(index, MethodContext.Slot.IMPLIED_ALGORITHM, new Raw.Fixed(index, api, "DES"));
      } else if (owner.endsWith("/DESedeKeySpec")) {
        algorithm = new Sym.Lit("DESede");
        ctx.record(index, MethodContext.Slot.IMPLIED_ALGORITHM, new Raw.Fixed(index, api, "3DES"));
      }
      if (bytes != null) {
        ctx.record(
            index,
            MethodContext.Slot.API,
            new Raw.Material(index, api, bytes.content, algorithm, iv));
      }
      return true;
    }
    if (owner.equals(ctx.owner)
        && "<clinit>".equals(ctx.method.name)
        && call.desc.startsWith("(Ljava/lang/String;I")) {
      // An enum constant: javac passes (name, ordinal, own arguments...). Its string is its first
      // own String argument (Hutool's DigestAlgorithm.SHA1 is "SHA-1"), else its name.
      Type[] types = Type.getArgumentTypes(call.desc);
      created.text = args.get(0).sym();
      for (int i = 2; i < types.length; i++) {
        if ("Ljava/lang/String;".equals(types[i].getDescriptor())) {
          created.text = args.get(i).sym();
          break;
        }
      }
      return true;
    }
    if ("java/security/spec/ECGenParameterSpec".equals(owner) && args.size() == 1) {
      created.text = args.get(0).sym();
      return true;
    }
    if ("java/security/spec/RSAKeyGenParameterSpec".equals(owner)
        && !args.isEmpty()
        && args.get(0) instanceof Int size) {
      created.keySize = size.value;
      return true;
    }
    return false;
  }

  private void keyPairInitialize(
      int index, AbstractValue receiver, List<? extends AbstractValue> args) {
    if (!(receiver instanceof Obj generator) || generator.factory == null || args.isEmpty()) {
      return;
    }
    String api = "java.security.KeyPairGenerator.initialize";
    AbstractValue first = args.get(0);
    if (first instanceof Int size) {
      ctx.record(
          index,
          MethodContext.Slot.API,
          new Raw.KeySize(index, api, generator.algorithm, size.value));
    } else if (first instanceof Obj spec) {
      if ("java/security/spec/RSAKeyGenParameterSpec".equals(spec.type) && spec.keySize > 0) {
        ctx.record(
            index,
            MethodContext.Slot.API,
            new Raw.KeySize(index, api, generator.algorithm, spec.keySize));
      } else if ("java/security/spec/ECGenParameterSpec".equals(spec.type)) {
        ctx.curves.put(generator.factoryInsn, spec.text);
      }
    }
  }

  /** Anke's crypto module calling itself is not evidence of anything. */
  private boolean insideCryptoModule() {
    return ctx.owner.startsWith("io/anke/crypto/");
  }

  static String dotted(String internalName) {
    return internalName.replace('/', '.');
  }
}
