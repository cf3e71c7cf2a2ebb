package io.anke.scan.bytecode.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/** What the interpreter collects while analysing one method. */
final class MethodContext {
  final String owner;
  final MethodNode method;
  private final int[] argumentOfSlot;

  /**
   * Which of an instruction's own usages a record is. An instruction may make more than one usage
   * (a static helper call implies a fixed algorithm and takes an algorithm argument; a {@code
   * DESKeySpec} is key material and implies DES); recording the same slot again — the analysis
   * evaluates an instruction once per pass over the method — replaces the usage.
   */
  enum Slot implements UsageKey {
    /** What the call or allocation itself does: an algorithm, a key size, material, protocols. */
    API,
    /** The fixed algorithm its class or method implies ({@code md5Hex}, {@code DESKeySpec}). */
    IMPLIED_ALGORITHM,
    /** The algorithm argument of a modelled helper method. */
    ALGORITHM_ARGUMENT
  }

  /** What tells an instruction's usages apart: its own {@link Slot}, or a derived usage. */
  private sealed interface UsageKey permits Slot, Derived {}

  /** A usage of another place re-recorded at this instruction, keyed by the usage it comes from. */
  private record Derived(Raw template) implements UsageKey {}

  private record Key(int insn, UsageKey usage) {}

  /** Usages by instruction and {@link UsageKey}, so that re-evaluation replaces them. */
  private final Map<Key, Raw> raws = new LinkedHashMap<>();

  /** Calls to methods of the same class, for summaries: instruction index to call. */
  final Map<Integer, CallSite> callSites = new LinkedHashMap<>();

  /** In {@code <clinit>}: field name to the values stored by each PUTSTATIC instruction. */
  final Map<String, Map<Integer, Object>> staticStores = new HashMap<>();

  /** Curve names given to a key-pair generator, by the generator's getInstance instruction. */
  final Map<Integer, Sym> curves = new HashMap<>();

  /** Strings stored into the class's own instance fields: field name to value by instruction. */
  final Map<String, Map<Integer, Sym>> fieldStores = new HashMap<>();

  /** Helper objects with a default algorithm, by their constructor call's instruction. */
  final Map<Integer, AbstractValue.Obj> defaults = new LinkedHashMap<>();

  /** True when a call may have configured a helper object the analysis lost track of. */
  boolean defaultsUnknown;

  /** A same-class call with the strings passed. */
  record CallSite(String callee, List<Sym> arguments) {}

  MethodContext(String owner, MethodNode method) {
    this.owner = owner;
    this.method = method;
    boolean isStatic = (method.access & org.objectweb.asm.Opcodes.ACC_STATIC) != 0;
    Type[] args = Type.getArgumentTypes(method.desc);
    int slots = isStatic ? 0 : 1;
    for (Type t : args) {
      slots += t.getSize();
    }
    argumentOfSlot = new int[Math.max(slots, 1)];
    java.util.Arrays.fill(argumentOfSlot, -1);
    int slot = isStatic ? 0 : 1;
    for (int i = 0; i < args.length; i++) {
      argumentOfSlot[slot] = i;
      slot += args[i].getSize();
    }
  }

  /** The argument index held by local {@code slot} at method entry, or -1 ({@code this}). */
  int argumentOfSlot(int slot) {
    return slot < argumentOfSlot.length ? argumentOfSlot[slot] : -1;
  }

  int indexOf(org.objectweb.asm.tree.AbstractInsnNode insn) {
    return method.instructions.indexOf(insn);
  }

  /** Records {@code raw} as the usage {@code slot} of instruction {@code insn}. */
  void record(int insn, Slot slot, Raw raw) {
    raws.put(new Key(insn, slot), raw);
  }

  /**
   * Records {@code raw}, made from {@code template} (a summary seen at a call, a usage reading an
   * instance field seen where the field is stored), at instruction {@code insn}.
   */
  void recordDerived(int insn, Raw template, Raw raw) {
    raws.put(new Key(insn, new Derived(template)), raw);
  }

  /**
   * The usages, with curves attached to the key-pair generators they configure, and the defaults of
   * helper objects that were given no algorithm of their own.
   */
  List<Raw> usages() {
    List<Raw> out = new ArrayList<>();
    for (Raw raw : raws.values()) {
      if (raw instanceof Raw.Algorithm a && curves.containsKey(a.insn())) {
        out.add(new Raw.Algorithm(a.insn(), a.api(), a.factory(), a.name(), curves.get(a.insn())));
      } else {
        out.add(raw);
      }
    }
    if (!defaultsUnknown) {
      for (Map.Entry<Integer, AbstractValue.Obj> e : defaults.entrySet()) {
        AbstractValue.Obj helper = e.getValue();
        if (!helper.configured) {
          out.add(
              new Raw.Algorithm(
                  e.getKey(),
                  helper.type.replace('/', '.') + ".<init>",
                  Raw.DEFAULT,
                  new Sym.Lit(helper.helperDefault.algorithm()),
                  Sym.UNKNOWN));
        }
      }
    }
    return out;
  }
}
