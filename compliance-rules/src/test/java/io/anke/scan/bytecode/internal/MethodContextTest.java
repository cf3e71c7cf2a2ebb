package io.anke.scan.bytecode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

class MethodContextTest {

  private static MethodContext context() {
    return new MethodContext(
        "demo/Owner", new MethodNode(Opcodes.ACC_STATIC, "run", "()V", null, null));
  }

  private static Raw fixed(int insn, String algorithm) {
    return new Raw.Fixed(insn, "demo.Api.call", algorithm);
  }

  @Test
  void theSlotsOfOneInstructionAreKeptApart() {
    MethodContext ctx = context();
    Raw api =
        new Raw.Material(3, "javax.crypto.spec.DESKeySpec", Bytes.CONSTANT, Sym.UNKNOWN, false);
    ctx.record(3, MethodContext.Slot.API, api);
    ctx.record(3, MethodContext.Slot.IMPLIED_ALGORITHM, fixed(3, "DES"));
    ctx.record(3, MethodContext.Slot.ALGORITHM_ARGUMENT, fixed(3, "SM3"));

    assertThat(ctx.usages()).containsExactly(api, fixed(3, "DES"), fixed(3, "SM3"));
  }

  @Test
  void recordingASlotAgainReplacesItsUsageInPlace() {
    MethodContext ctx = context();
    ctx.record(3, MethodContext.Slot.API, fixed(3, "MD5"));
    ctx.record(4, MethodContext.Slot.API, fixed(4, "SHA-1"));
    ctx.record(3, MethodContext.Slot.API, fixed(3, "SM3"));

    assertThat(ctx.usages()).containsExactly(fixed(3, "SM3"), fixed(4, "SHA-1"));
  }

  @Test
  void derivedUsagesAreKeyedByTheirTemplateAndNeverReplaceASlot() {
    MethodContext ctx = context();
    Raw first = fixed(9, "MD5");
    Raw second = fixed(10, "SHA-1");
    ctx.record(5, MethodContext.Slot.API, fixed(5, "SM4"));
    ctx.recordDerived(5, first, fixed(5, "MD5"));
    ctx.recordDerived(5, second, fixed(5, "SHA-1"));
    ctx.recordDerived(5, first, fixed(5, "SM3"));

    assertThat(ctx.usages()).containsExactly(fixed(5, "SM4"), fixed(5, "SM3"), fixed(5, "SHA-1"));
  }
}
