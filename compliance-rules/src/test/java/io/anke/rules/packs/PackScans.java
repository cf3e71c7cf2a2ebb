package io.anke.rules.packs;

import io.anke.core.bom.BillOfMaterials;
import io.anke.core.engine.Engine;
import io.anke.core.engine.RuleRegistry;
import io.anke.core.engine.ScanResult;
import io.anke.core.profile.ProfileRegistry;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Rule;
import io.anke.core.rule.ScanContext;
import io.anke.rules.catalog.BundledCatalog;
import io.anke.scan.ScanSettings;
import io.anke.scan.bom.BomReaders;
import io.anke.scan.data.ApplicationFacts;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Test helpers shared by the rule-pack tests: real jars from the test class path, Spring Boot-style
 * fat jars assembled in a temporary directory, generated class files, and a scan that goes through
 * the real readers, the bundled catalog, the bundled profiles and the engine.
 */
public final class PackScans {
  private PackScans() {}

  /** The jar on the test class path whose file name starts with {@code prefix}. */
  public static Path classpathJar(String prefix) {
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(e);
      String name = p.getFileName().toString();
      if (name.startsWith(prefix) && name.endsWith(".jar")) {
        return p;
      }
    }
    throw new IllegalStateException("no " + prefix + "*.jar on the test class path");
  }

  /** A fat jar builder: the application's coordinates, nested libraries and own files. */
  public static final class FatJar {
    private final String artifact;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    public FatJar(String artifact) {
      this.artifact = artifact;
    }

    /** Adds a library under {@code BOOT-INF/lib/}. */
    public FatJar lib(Path jar) throws IOException {
      files.put("BOOT-INF/lib/" + jar.getFileName(), Files.readAllBytes(jar));
      return this;
    }

    /** Adds a file of the application (e.g. {@code BOOT-INF/classes/application.yml}). */
    public FatJar file(String name, String text) {
      files.put(name, text.getBytes(StandardCharsets.UTF_8));
      return this;
    }

    /** Adds a file of the application. */
    public FatJar file(String name, byte[] bytes) {
      files.put(name, bytes);
      return this;
    }

    /** Writes it into {@code dir} as {@code <artifact>.jar}. */
    public Path write(Path dir) throws IOException {
      Path out = dir.resolve(artifact + ".jar");
      Manifest mf = new Manifest();
      mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      mf.getMainAttributes().putValue("Main-Class", "org.springframework.boot.loader.JarLauncher");
      try (OutputStream os = Files.newOutputStream(out);
          ZipOutputStream zip = new ZipOutputStream(os)) {
        zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
        mf.write(zip);
        zip.closeEntry();
        zip.putNextEntry(
            new ZipEntry("META-INF/maven/com.example/" + artifact + "/pom.properties"));
        zip.write(
            ("groupId=com.example\nartifactId=" + artifact + "\nversion=1.0.0\n")
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
          zip.putNextEntry(new ZipEntry(e.getKey()));
          zip.write(e.getValue());
          zip.closeEntry();
        }
      }
      return out;
    }
  }

  /**
   * A class file with the given class annotation (a descriptor, or null) and String fields; each
   * field name may be followed by {@code @Descriptor} annotations, and {@code #attr} to give the
   * last annotation a class-valued attribute, e.g. {@code
   * "idCard@Ljakarta/persistence/Convert;#converter"}.
   */
  public static byte[] classFile(String internalName, String classAnnotation, String... fields) {
    ClassWriter cw = new ClassWriter(0);
    cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, internalName, null, "java/lang/Object", null);
    if (classAnnotation != null) {
      cw.visitAnnotation(classAnnotation, true).visitEnd();
    }
    for (String spec : fields) {
      String[] parts = spec.split("@");
      FieldVisitor fv =
          cw.visitField(Opcodes.ACC_PRIVATE, parts[0], "Ljava/lang/String;", null, null);
      for (int i = 1; i < parts.length; i++) {
        String[] a = parts[i].split("#");
        AnnotationVisitor av = fv.visitAnnotation(a[0], true);
        if (a.length > 1) {
          av.visit(a[1], Type.getType("Lcom/example/Sm4Converter;"));
        }
        av.visitEnd();
      }
      fv.visitEnd();
    }
    cw.visitEnd();
    return cw.toByteArray();
  }

  /**
   * A class file annotated {@code @DataResource} (with {@code owner} when not null: a class file
   * without it is what a compiler against another version may leave) and one String field {@code
   * field} annotated {@code @Classified} with the {@code DataClass} constants named, which may be
   * constants this version does not know.
   */
  public static byte[] classifiedClassFile(
      String internalName, String owner, String field, String... dataClasses) {
    ClassWriter cw = new ClassWriter(0);
    cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, internalName, null, "java/lang/Object", null);
    AnnotationVisitor resource =
        cw.visitAnnotation("Lio/anke/core/classification/DataResource;", true);
    if (owner != null) {
      resource.visit("owner", owner);
    }
    resource.visitEnd();
    FieldVisitor fv = cw.visitField(Opcodes.ACC_PRIVATE, field, "Ljava/lang/String;", null, null);
    AnnotationVisitor classified =
        fv.visitAnnotation("Lio/anke/core/classification/Classified;", true);
    AnnotationVisitor values = classified.visitArray("value");
    for (String constant : dataClasses) {
      values.visitEnum(null, "Lio/anke/core/classification/DataClass;", constant);
    }
    values.visitEnd();
    classified.visitEnd();
    fv.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }

  /** The finding of {@code ruleId} on the subject {@code subjectId} (there must be one). */
  public static Finding on(ScanResult result, String ruleId, String subjectId) {
    return of(result, ruleId).stream()
        .filter(f -> f.subject().id().equals(subjectId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + ruleId + " on " + subjectId));
  }

  /**
   * Every kind of fact the bundled rules need, for a context that attaches only a document (or only
   * the facts a test shows): accounted for as not gathered, as {@code anke scan} does for an input
   * it was not given.
   */
  public static final FactKey<?>[] NOT_GATHERED = ScanSettings.notInABillOfMaterials();

  /** The context of scanning {@code target} as {@code anke scan} would: BOM, facts, catalog. */
  public static ScanContext context(Path target, Path workingDirectory) throws IOException {
    String name = workingDirectory.relativize(target).toString();
    BillOfMaterials bom = BomReaders.read(target, name);
    return ScanContext.builder()
        .workingDirectory(workingDirectory)
        .catalog(BundledCatalog.get())
        .bom(bom)
        .facts(ApplicationFacts.collect(target, name))
        .build();
  }

  /**
   * Reads one document (an SBOM or an inventory in {@code workingDirectory}) with the real readers
   * and runs every bundled rule the profile selects over it.
   */
  public static ScanResult runDocument(Path file, Path workingDirectory, String profile) {
    ScanContext context =
        ScanContext.builder()
            .workingDirectory(workingDirectory)
            .catalog(BundledCatalog.get())
            .bom(BomReaders.read(file, workingDirectory.relativize(file).toString()))
            .notGathered(NOT_GATHERED)
            .build();
    return run(context, profile);
  }

  /**
   * Runs {@code rules} over what an application archive in {@code workingDirectory} holds itself
   * (configuration files, classes), without a bill of materials.
   */
  public static ScanResult runApplication(Path app, Path workingDirectory, List<Rule> rules)
      throws IOException {
    ScanContext context =
        ScanContext.builder()
            .workingDirectory(workingDirectory)
            .catalog(BundledCatalog.get())
            .facts(ApplicationFacts.collect(app, workingDirectory.relativize(app).toString()))
            .build();
    return Engine.builder().addRules(rules).build().run(context);
  }

  /** Runs every bundled rule the profile selects over the context. */
  public static ScanResult run(ScanContext context, String profile) {
    return Engine.builder()
        .rules(RuleRegistry.discover())
        .profile(ProfileRegistry.bundled().get(profile))
        .build()
        .run(context);
  }

  /** The findings of one rule. */
  public static List<Finding> of(ScanResult result, String ruleId) {
    return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
