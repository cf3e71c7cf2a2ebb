package io.anke.rules.data;

import io.anke.rules.archive.ArchiveEntry;
import io.anke.rules.archive.ArchiveVisitor;
import io.anke.rules.archive.ArchiveWalker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;

/**
 * An {@link ArchiveVisitor} that reads the application's own class files (not bundled libraries)
 * for fields that hold personal information, with the annotations of the class and of each such
 * field. Only declarations are read (no method bodies), so the pass is cheap. A class file that
 * cannot be parsed is skipped here: the bytecode scanner reports unreadable classes.
 */
public final class DataClassCollector implements ArchiveVisitor {
  /** Class files are small; a larger one is not an application data class. */
  private static final int MAX_CLASS_BYTES = 4 * 1024 * 1024;

  private final boolean skipLibraries;
  private final List<DataClass> classes = new ArrayList<>();

  /**
   * @param skipLibraries true to tell the walker not to open bundled libraries (when walking alone)
   */
  public DataClassCollector(boolean skipLibraries) {
    this.skipLibraries = skipLibraries;
  }

  /** Reads the data classes of one target (jar, war, ear, zip or class directory). */
  public static List<DataClass> collect(Path target, String displayName) throws IOException {
    DataClassCollector c = new DataClassCollector(true);
    ArchiveWalker.withDefaults().walk(target, displayName, c);
    return c.classes();
  }

  @Override
  public boolean enterArchive(ArchiveEntry archive) {
    return !archive.isBundledLibrary() || !skipLibraries;
  }

  @Override
  public void visitEntry(ArchiveEntry entry, InputStream content) throws IOException {
    if (!entry.isClass()
        || entry.inBundledLibrary()
        || entry.name().endsWith("module-info.class")) {
      return;
    }
    byte[] data = content.readNBytes(MAX_CLASS_BYTES + 1);
    if (data.length > MAX_CLASS_BYTES) {
      return;
    }
    DataClass c;
    try {
      c = read(entry.path(), data);
    } catch (RuntimeException e) {
      return; // not a readable class file; the bytecode scanner reports those
    }
    if (c != null) {
      classes.add(c);
    }
  }

  /** The classes found, sorted by path. */
  public List<DataClass> classes() {
    List<DataClass> out = new ArrayList<>(classes);
    out.sort(Comparator.comparing(DataClass::path));
    return out;
  }

  /** The data class in {@code bytes}, or null when it has no personal-information field. */
  static DataClass read(String path, byte[] bytes) {
    ClassReader reader = new ClassReader(bytes);
    Set<String> classAnnotations = new HashSet<>();
    List<DataField> fields = new ArrayList<>();
    String[] name = new String[1];
    reader.accept(
        new ClassVisitor(Opcodes.ASM9) {
          @Override
          public void visit(
              int version,
              int access,
              String n,
              String signature,
              String superName,
              String[] interfaces) {
            name[0] = n.replace('/', '.');
          }

          @Override
          public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            classAnnotations.add(descriptor);
            return null;
          }

          @Override
          public FieldVisitor visitField(
              int access, String n, String descriptor, String signature, Object value) {
            if ((access & Opcodes.ACC_STATIC) != 0) {
              return null;
            }
            var kind = PersonalInfo.of(n);
            if (kind.isEmpty()) {
              return null;
            }
            Set<String> annotations = new HashSet<>();
            return new FieldVisitor(Opcodes.ASM9) {
              @Override
              public AnnotationVisitor visitAnnotation(String d, boolean visible) {
                annotations.add(d);
                return new AnnotationVisitor(Opcodes.ASM9) {
                  @Override
                  public void visit(String attribute, Object v) {
                    annotations.add(d + "#" + attribute);
                    if (v instanceof String || v instanceof Boolean || v instanceof Number) {
                      annotations.add(d + "#" + attribute + "=" + v);
                    } else if (v instanceof org.objectweb.asm.Type t) {
                      annotations.add(d + "#" + attribute + "=" + t.getDescriptor());
                    }
                  }

                  @Override
                  public void visitEnum(String attribute, String enumDescriptor, String value) {
                    annotations.add(d + "#" + attribute);
                    annotations.add(d + "#" + attribute + "=" + value);
                  }
                };
              }

              @Override
              public void visitEnd() {
                fields.add(new DataField(n, descriptor, kind.get(), annotations));
              }
            };
          }
        },
        ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    if (fields.isEmpty()) {
      return null;
    }
    return new DataClass(path, name[0], classAnnotations, fields);
  }
}
