package io.anke.scan.bytecode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.rule.Text;
import io.anke.scan.bytecode.BytecodeScanResult;
import io.anke.scan.bytecode.BytecodeScanner;
import io.anke.testing.SparseFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The bytecode scanner's limits at their boundaries: the frames one method may cost the analysis,
 * and the size of one class file. Neither stops a scan; each is a problem that {@code
 * CRYPTO-SCAN-INCOMPLETE} reports.
 */
class BytecodeLimitsTest {
  @TempDir Path dir;

  /** A static method of {@code instructions} instructions (NOPs, then RETURN). */
  private static MethodNode method(int instructions, int maxLocals) {
    MethodNode m = new MethodNode(Opcodes.ASM9, Opcodes.ACC_STATIC, "m", "()V", null, null);
    for (int i = 1; i < instructions; i++) {
      m.instructions.add(new InsnNode(Opcodes.NOP));
    }
    m.instructions.add(new InsnNode(Opcodes.RETURN));
    m.maxLocals = maxLocals;
    m.maxStack = 0;
    return m;
  }

  @Test
  void aMethodOfExactlyTheMostFrameCellsIsAnalysedAndOneInstructionMoreIsNot() {
    assertThat(ClassAnalyzer.MAX_FRAME_CELLS).isEqualTo(4_000_000L);
    // cells = instructions x (locals + stack + 1) = 2000 x 2000
    List<Text> problems = new ArrayList<>();
    assertThat(ClassAnalyzer.analyzeMethod("a/B", method(2000, 1999), problems)).isNotNull();
    assertThat(problems).isEmpty();

    assertThat(ClassAnalyzer.analyzeMethod("a/B", method(2001, 1999), problems)).isNull();
    assertThat(problems)
        .containsExactly(
            Text.of(
                "方法 m()V 过大，无法分析（2001 条指令）",
                "method m()V is too large to analyse (2001 instructions)"));
  }

  private Path classFile(String name, long size) throws IOException {
    byte[] magic = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE};
    Path file = Files.write(dir.resolve(name), magic);
    return SparseFiles.sized(file, size);
  }

  @Test
  void aClassFileOfExactly16MiBIsReadAndOneByteMoreIsReportedUnread() throws IOException {
    long max = 16L << 20;
    BytecodeScanResult atLimit =
        BytecodeScanner.withDefaults().scan(classFile("A.class", max), "A.class");
    // Read whole and handed to ASM, which finds no class in the zeros.
    assertThat(atLimit.classesAnalysed()).isEqualTo(1);
    assertThat(atLimit.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message().en()).doesNotContain("larger than 16 MiB"));

    BytecodeScanResult over =
        BytecodeScanner.withDefaults().scan(classFile("B.class", max + 1), "B.class");
    assertThat(over.classesAnalysed()).isZero();
    assertThat(over.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("B.class");
              assertThat(p.message())
                  .isEqualTo(
                      Text.of("类文件大于 16 MiB，未分析", "class file larger than 16 MiB, not analysed"));
            });
  }
}
