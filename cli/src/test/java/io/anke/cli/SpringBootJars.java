package io.anke.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.springframework.boot.loader.tools.DefaultLaunchScript;
import org.springframework.boot.loader.tools.Library;
import org.springframework.boot.loader.tools.LibraryScope;
import org.springframework.boot.loader.tools.Repackager;

/**
 * Builds Spring Boot applications as spring-boot-maven-plugin does, with Spring Boot's own
 * repackager: a small application jar (its pom.properties and one class whose {@code main} asks for
 * MD5) repackaged with real library jars into {@code BOOT-INF/lib}, optionally "fully executable"
 * ({@code <executable>true</executable>}: Spring Boot's launch script before the zip data).
 */
final class SpringBootJars {
  static final String GROUP = "gov.example";
  static final String ARTIFACT = "permit-service";
  static final String VERSION = "2.3.0";
  static final String MAIN = "gov.example.permit.PermitApplication";

  private SpringBootJars() {}

  /** The repackaged application {@code dir/<name>}. */
  static Path build(Path dir, String name, boolean executable, List<Path> libraries)
      throws IOException {
    Path source = dir.resolve(ARTIFACT + "-" + VERSION + ".original.jar");
    writeApplicationJar(source);
    Path target = dir.resolve(name);
    Repackager repackager = new Repackager(source.toFile());
    repackager.setMainClass(MAIN);
    repackager.setBackupSource(false);
    repackager.setIncludeRelevantJarModeJars(false); // the delivery is the application and its libs
    repackager.repackage(
        target.toFile(),
        callback -> {
          for (Path lib : libraries) {
            callback.library(new Library(lib.toFile(), LibraryScope.COMPILE));
          }
        },
        executable ? new DefaultLaunchScript(null, null) : null);
    Files.delete(source);
    return target;
  }

  /** The jar on the test class path that holds {@code type}. */
  static Path jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writeApplicationJar(Path jar) throws IOException {
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    try (OutputStream os = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(os, mf)) {
      String pom = "META-INF/maven/" + GROUP + "/" + ARTIFACT + "/pom.properties";
      out.putNextEntry(new ZipEntry(pom));
      out.write(
          ("artifactId=" + ARTIFACT + "\ngroupId=" + GROUP + "\nversion=" + VERSION + "\n")
              .getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new ZipEntry(MAIN.replace('.', '/') + ".class"));
      out.write(mainClass());
      out.closeEntry();
    }
  }

  /** {@code public static void main(String[] a) { MessageDigest.getInstance("MD5"); }} */
  private static byte[] mainClass() {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    String internal = MAIN.replace('.', '/');
    cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, internal, null, "java/lang/Object", null);
    cw.visitSource("PermitApplication.java", null);
    MethodVisitor mv =
        cw.visitMethod(
            Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC,
            "main",
            "([Ljava/lang/String;)V",
            null,
            new String[] {"java/security/NoSuchAlgorithmException"});
    mv.visitCode();
    org.objectweb.asm.Label line = new org.objectweb.asm.Label();
    mv.visitLabel(line);
    mv.visitLineNumber(12, line);
    mv.visitLdcInsn("MD5");
    mv.visitMethodInsn(
        Opcodes.INVOKESTATIC,
        "java/security/MessageDigest",
        "getInstance",
        "(Ljava/lang/String;)Ljava/security/MessageDigest;",
        false);
    mv.visitInsn(Opcodes.POP);
    mv.visitInsn(Opcodes.RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }
}
