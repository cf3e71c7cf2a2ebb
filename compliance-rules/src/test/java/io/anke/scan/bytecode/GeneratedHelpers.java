package io.anke.scan.bytecode;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A class calling Hutool, Spring, Guava and Commons Codec helpers, written with ASM: the scanner
 * reads bytecode only, so the libraries need not be on the test classpath.
 */
final class GeneratedHelpers implements Opcodes {
  private GeneratedHelpers() {}

  static final String NAME = "com/example/generated/Helpers";

  static byte[] classFile() {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(V17, ACC_PUBLIC, NAME, null, "java/lang/Object", null);
    cw.visitSource("Helpers.java", null);
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "use", "()V", null, null);
    mv.visitCode();
    line(mv, 10);
    mv.visitLdcInsn("x");
    call(mv, "cn/hutool/crypto/SecureUtil", "md5", "(Ljava/lang/String;)Ljava/lang/String;");
    line(mv, 11);
    mv.visitLdcInsn("x");
    call(
        mv,
        "cn/hutool/crypto/digest/DigestUtil",
        "sha1Hex",
        "(Ljava/lang/String;)Ljava/lang/String;");
    line(mv, 12);
    mv.visitInsn(ACONST_NULL);
    call(mv, "cn/hutool/crypto/SecureUtil", "des", "([B)Lcn/hutool/crypto/symmetric/DES;");
    line(mv, 13);
    call(mv, "cn/hutool/crypto/SmUtil", "sm3", "()Lcn/hutool/crypto/digest/SM3;");
    line(mv, 14);
    mv.visitInsn(ACONST_NULL);
    call(mv, "org/springframework/util/DigestUtils", "md5DigestAsHex", "([B)Ljava/lang/String;");
    line(mv, 15);
    call(mv, "com/google/common/hash/Hashing", "sha256", "()Lcom/google/common/hash/HashFunction;");
    line(mv, 16);
    call(
        mv,
        "com/google/common/hash/Hashing",
        "murmur3_128",
        "()Lcom/google/common/hash/HashFunction;");
    line(mv, 17);
    mv.visitTypeInsn(NEW, "cn/hutool/crypto/symmetric/AES");
    mv.visitInsn(DUP);
    mv.visitMethodInsn(INVOKESPECIAL, "cn/hutool/crypto/symmetric/AES", "<init>", "()V", false);
    mv.visitInsn(POP);
    line(mv, 18);
    mv.visitTypeInsn(NEW, "cn/hutool/crypto/digest/Digester");
    mv.visitInsn(DUP);
    mv.visitLdcInsn("SHA-1");
    mv.visitMethodInsn(
        INVOKESPECIAL,
        "cn/hutool/crypto/digest/Digester",
        "<init>",
        "(Ljava/lang/String;)V",
        false);
    mv.visitInsn(POP);
    line(mv, 19);
    mv.visitInsn(ACONST_NULL);
    call(
        mv,
        "org/apache/commons/codec/digest/Md5Crypt",
        "apr1Crypt",
        "(Ljava/lang/String;)Ljava/lang/String;");
    line(mv, 20);
    call(mv, "com/google/common/hash/Hashing", "crc32", "()Lcom/google/common/hash/HashFunction;");
    line(mv, 21);
    mv.visitInsn(ACONST_NULL);
    call(mv, "io/anke/crypto/sm3/Sm3", "hash", "([B)[B");
    line(mv, 22);
    mv.visitTypeInsn(NEW, "io/anke/crypto/sm4/Sm4Key");
    mv.visitInsn(POP);
    mv.visitInsn(RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }

  static final String HOLDER = "com/example/generated/Names";
  static final String USER = "com/example/generated/UsesNames";

  /**
   * A class with a ConstantValue attribute, {@code static final String DIGEST = "SHA1"}: javac
   * inlines such constants, other compilers and obfuscators read them with GETSTATIC.
   */
  static byte[] constantHolder() {
    ClassWriter cw = new ClassWriter(0);
    cw.visit(V17, ACC_PUBLIC, HOLDER, null, "java/lang/Object", null);
    cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "DIGEST", "Ljava/lang/String;", null, "SHA1")
        .visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }

  /** Reads {@code Names.DIGEST} with GETSTATIC and passes it to MessageDigest (line 7). */
  static byte[] constantUser() {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(V17, ACC_PUBLIC, USER, null, "java/lang/Object", null);
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "digest", "()V", null, null);
    mv.visitCode();
    line(mv, 7);
    mv.visitFieldInsn(GETSTATIC, HOLDER, "DIGEST", "Ljava/lang/String;");
    call(
        mv,
        "java/security/MessageDigest",
        "getInstance",
        "(Ljava/lang/String;)Ljava/security/MessageDigest;");
    mv.visitInsn(RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }

  private static void line(MethodVisitor mv, int line) {
    Label label = new Label();
    mv.visitLabel(label);
    mv.visitLineNumber(line, label);
  }

  private static void call(MethodVisitor mv, String owner, String name, String desc) {
    mv.visitMethodInsn(INVOKESTATIC, owner, name, desc, false);
    if (!desc.endsWith(")V")) {
      mv.visitInsn(POP);
    }
  }
}
