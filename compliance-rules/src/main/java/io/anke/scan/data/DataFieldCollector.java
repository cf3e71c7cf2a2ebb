package io.anke.scan.data;

import io.anke.core.classification.Classification;
import io.anke.core.classification.ClassificationCheck;
import io.anke.core.classification.Classified;
import io.anke.core.classification.DataClass;
import io.anke.core.classification.DataResource;
import io.anke.core.classification.FieldClassification;
import io.anke.scan.archive.ArchiveEntry;
import io.anke.scan.archive.ArchiveVisitor;
import io.anke.scan.archive.ArchiveWalker;
import io.anke.scan.internal.ScanMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * An {@link ArchiveVisitor} that reads the declarations (no method bodies, so the pass is cheap) of
 * the application's own class files (not bundled libraries) for the {@code DATA-} rules:
 *
 * <ul>
 *   <li>{@link ClassWithPersonalData}: classes with fields that hold personal information, as their
 *       {@code @Classified} annotation declares or, when they declare nothing, as their names say
 *       ({@link PersonalInfo}), with the annotations of the class and of each such field;
 *   <li>{@link ClassificationDeclaration}: what classes declare with {@code @DataResource} and
 *       {@code @Classified}, with the annotations' defaults where a value is absent, and the
 *       classified fields a resource inherits from the application's other classes.
 * </ul>
 *
 * A class file that cannot be parsed, or is larger than {@value #MAX_CLASS_BYTES} bytes, is left
 * out of the facts and listed by {@link #unreadable()} (in a scan the bytecode scanner reports it
 * as well).
 */
public final class DataFieldCollector implements ArchiveVisitor {
  /**
   * The largest class file read, the bytecode scanner's bound too: what this collector leaves
   * unread, the scanner reports as not analysed.
   */
  public static final int MAX_CLASS_BYTES = 16 << 20;

  private static final String DATA_RESOURCE = Type.getDescriptor(DataResource.class);
  private static final String CLASSIFIED = Type.getDescriptor(Classified.class);
  private static final String DATA_CLASS = Type.getDescriptor(DataClass.class);

  /** The annotations' own defaults, so that an absent value means what it means at run time. */
  private static final String DEFAULT_NAME = (String) defaultOf(DataResource.class, "name");

  private static final int DEFAULT_LEVEL = (Integer) defaultOf(DataResource.class, "level");
  private static final boolean DEFAULT_ENCRYPTED =
      (Boolean) defaultOf(Classified.class, "encrypted");

  /**
   * The bytes every class file that uses {@code @DataResource} or {@code @Classified} holds (in the
   * annotations' type descriptors); a class without them declares no classification.
   */
  private static final byte[] CLASSIFICATION_PACKAGE =
      "io/anke/core/classification/".getBytes(StandardCharsets.US_ASCII);

  private final boolean skipLibraries;
  private final Predicate<ArchiveEntry> ownClass;
  private final boolean declarationsOnly;
  private final List<ClassRead> classesRead = new ArrayList<>();
  private final List<String> unreadable = new ArrayList<>();

  /**
   * Reads every class file of the target that is not in a bundled library, for both kinds of facts.
   *
   * @param skipLibraries true to tell the walker not to open bundled libraries (when walking alone)
   */
  public DataFieldCollector(boolean skipLibraries) {
    this(skipLibraries, entry -> true, false);
  }

  private DataFieldCollector(
      boolean skipLibraries, Predicate<ArchiveEntry> ownClass, boolean declarationsOnly) {
    this.skipLibraries = skipLibraries;
    this.ownClass = ownClass;
    this.declarationsOnly = declarationsOnly;
  }

  /**
   * A collector of {@link #declarations()} only (the start-up guard's), cheaper than a full one: of
   * a class that does not mention the classification annotations only its name and superclass are
   * read. Class files outside bundled libraries that {@code ownClass} rejects are not read at all
   * (not even inflated when the walker reads a central directory); bundled libraries are not
   * opened.
   *
   * @param ownClass which class entries are the application's own
   */
  public static DataFieldCollector declarationsOnly(Predicate<ArchiveEntry> ownClass) {
    return new DataFieldCollector(true, ownClass, true);
  }

  /** Reads the classes with personal data of one target (jar, war, ear, zip or class directory). */
  public static List<ClassWithPersonalData> collect(Path target, String displayName)
      throws IOException {
    DataFieldCollector c = new DataFieldCollector(true);
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
        || entry.name().endsWith("module-info.class")
        || !ownClass.test(entry)) {
      return;
    }
    byte[] data = content.readNBytes(MAX_CLASS_BYTES + 1);
    if (data.length > MAX_CLASS_BYTES) {
      // Not judged, and said so: a silent skip would pass whatever the class declares.
      unreadable.add(entry.path());
      return;
    }
    try {
      classesRead.add(
          declarationsOnly && indexOf(data, CLASSIFICATION_PACKAGE) < 0
              ? header(entry.path(), data)
              : read(entry.path(), data));
    } catch (RuntimeException e) {
      unreadable.add(entry.path()); // a scan's bytecode scanner reports it too
    }
  }

  /**
   * The display paths of the class files read that could not be parsed: what they declare was not
   * judged.
   */
  public List<String> unreadable() {
    return List.copyOf(unreadable);
  }

  /**
   * The classes with personal-information fields, sorted by path.
   *
   * @throws IllegalStateException for a collector of {@link #declarationsOnly declarations only}
   */
  public List<ClassWithPersonalData> classes() {
    if (declarationsOnly) {
      throw new IllegalStateException(ScanMessage.DATA_DECLARATIONS_ONLY.english());
    }
    List<ClassWithPersonalData> out = new ArrayList<>();
    for (ClassRead c : classesRead) {
      List<DataField> personal = c.fields.stream().filter(DataField::isPersonal).toList();
      if (!personal.isEmpty()) {
        out.add(new ClassWithPersonalData(c.path, c.name, c.annotations, personal));
      }
    }
    out.sort(Comparator.comparing(ClassWithPersonalData::path));
    return out;
  }

  /**
   * The classification declarations, sorted by path: each class with {@code @DataResource} with the
   * classified fields it inherits from the classes read (as {@link Classification#of} reads them,
   * superclass first), and each class with classified fields of its own that is neither a resource
   * nor a superclass of one (its fields have no owner).
   */
  public List<ClassificationDeclaration> declarations() {
    Map<String, ClassRead> byName = new LinkedHashMap<>();
    for (ClassRead c : classesRead) {
      byName.putIfAbsent(c.name, c); // a multi-release copy does not replace the class
    }
    Set<String> extendedByResource = new HashSet<>();
    List<ClassificationDeclaration> out = new ArrayList<>();
    for (ClassRead c : byName.values()) {
      if (c.resource == null) {
        continue;
      }
      Deque<ClassRead> ancestors = new ArrayDeque<>();
      Set<String> seen = new HashSet<>(Set.of(c.name));
      String s = c.superName;
      // seen ends a malformed, circular hierarchy (the JVM would refuse to load it)
      while (s != null && byName.containsKey(s) && seen.add(s)) {
        ClassRead parent = byName.get(s);
        ancestors.push(parent);
        extendedByResource.add(s);
        s = parent.superName;
      }
      List<ClassificationDeclaration.DeclaredField> fields = new ArrayList<>();
      for (ClassRead a : ancestors) { // the farthest superclass first
        fields.addAll(a.classified);
      }
      fields.addAll(c.classified);
      String unread = s == null || byName.containsKey(s) || isJdk(s) ? null : s;
      out.add(new ClassificationDeclaration(c.path, c.name, c.resource, fields, unread));
    }
    for (ClassRead c : byName.values()) {
      if (c.resource == null && !c.classified.isEmpty() && !extendedByResource.contains(c.name)) {
        out.add(new ClassificationDeclaration(c.path, c.name, null, c.classified, null));
      }
    }
    out.sort(Comparator.comparing(ClassificationDeclaration::path));
    return out;
  }

  private static boolean isJdk(String binaryName) {
    return binaryName.startsWith("java.")
        || binaryName.startsWith("javax.")
        || binaryName.startsWith("jdk.");
  }

  /** What one class file declares. */
  private static final class ClassRead {
    final String path;
    String name;
    String superName;
    final Set<String> annotations = new HashSet<>();
    ClassificationCheck.Resource resource;
    final List<DataField> fields = new ArrayList<>();
    final List<ClassificationDeclaration.DeclaredField> classified = new ArrayList<>();

    ClassRead(String path) {
      this.path = path;
    }
  }

  /** The values of a {@code @Classified} as read. */
  private static final class ClassifiedValues {
    final List<DataClass> classes = new ArrayList<>();
    final List<String> unknown = new ArrayList<>();
    boolean encrypted = DEFAULT_ENCRYPTED;
  }

  /** The name and superclass of the class in {@code bytes}, which declares nothing else here. */
  private static ClassRead header(String path, byte[] bytes) {
    ClassReader reader = new ClassReader(bytes);
    ClassRead c = new ClassRead(path);
    c.name = reader.getClassName().replace('/', '.');
    String superName = reader.getSuperName();
    c.superName = superName == null ? null : superName.replace('/', '.');
    return c;
  }

  /** Where {@code part} first occurs in {@code data}, or -1. */
  static int indexOf(byte[] data, byte[] part) {
    outer:
    for (int i = 0; i <= data.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (data[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Reads the declarations of the class in {@code bytes}. */
  static ClassRead read(String path, byte[] bytes) {
    ClassRead c = new ClassRead(path);
    new ClassReader(bytes)
        .accept(
            new ClassVisitor(Opcodes.ASM9) {
              @Override
              public void visit(
                  int version,
                  int access,
                  String n,
                  String signature,
                  String superName,
                  String[] interfaces) {
                c.name = n.replace('/', '.');
                c.superName = superName == null ? null : superName.replace('/', '.');
              }

              @Override
              public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                c.annotations.add(descriptor);
                if (!descriptor.equals(DATA_RESOURCE)) {
                  return null;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                return new AnnotationVisitor(Opcodes.ASM9) {
                  @Override
                  public void visit(String attribute, Object value) {
                    values.put(attribute, value);
                  }

                  @Override
                  public void visitEnd() {
                    // owner has no default: a class file without it reads as a blank owner
                    c.resource =
                        new ClassificationCheck.Resource(
                            values.get("name") instanceof String s ? s : DEFAULT_NAME,
                            values.get("owner") instanceof String s ? s : "",
                            values.get("level") instanceof Integer i ? i : DEFAULT_LEVEL);
                  }
                };
              }

              @Override
              public FieldVisitor visitField(
                  int access, String n, String descriptor, String signature, Object value) {
                if ((access & (Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC)) != 0) {
                  return null;
                }
                return fieldReader(c, n, descriptor);
              }
            },
            ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return c;
  }

  /** Reads one instance field's annotations into {@code c}. */
  private static FieldVisitor fieldReader(ClassRead c, String name, String descriptor) {
    Set<String> annotations = new HashSet<>();
    ClassifiedValues[] classified = new ClassifiedValues[1];
    return new FieldVisitor(Opcodes.ASM9) {
      @Override
      public AnnotationVisitor visitAnnotation(String d, boolean visible) {
        annotations.add(d);
        if (d.equals(CLASSIFIED)) {
          classified[0] = new ClassifiedValues();
          return classifiedReader(classified[0]);
        }
        return new AnnotationVisitor(Opcodes.ASM9) {
          @Override
          public void visit(String attribute, Object v) {
            annotations.add(d + "#" + attribute);
            if (v instanceof String || v instanceof Boolean || v instanceof Number) {
              annotations.add(d + "#" + attribute + "=" + v);
            } else if (v instanceof Type t) {
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
        ClassifiedValues v = classified[0];
        FieldClassification declared = null;
        if (v != null) {
          ClassificationCheck.ClassifiedField f =
              new ClassificationCheck.ClassifiedField(name, v.classes, v.encrypted);
          c.classified.add(new ClassificationDeclaration.DeclaredField(c.name, f, v.unknown));
          declared =
              new FieldClassification(name, ClassificationCheck.classes(v.classes), v.encrypted);
        }
        Optional<PersonalInfo.Kind> kind = PersonalInfo.of(name);
        if (declared != null || kind.isPresent()) {
          c.fields.add(new DataField(name, descriptor, kind.orElse(null), declared, annotations));
        }
      }
    };
  }

  /** Reads {@code @Classified(value = {...}, encrypted = ...)}. */
  private static AnnotationVisitor classifiedReader(ClassifiedValues into) {
    return new AnnotationVisitor(Opcodes.ASM9) {
      @Override
      public void visit(String attribute, Object value) {
        if (attribute.equals("encrypted") && value instanceof Boolean b) {
          into.encrypted = b;
        }
      }

      @Override
      public AnnotationVisitor visitArray(String attribute) {
        if (!attribute.equals("value")) {
          return null;
        }
        return new AnnotationVisitor(Opcodes.ASM9) {
          @Override
          public void visitEnum(String unnamed, String enumDescriptor, String constant) {
            Optional<DataClass> known =
                enumDescriptor.equals(DATA_CLASS) ? constantOf(constant) : Optional.empty();
            if (known.isPresent()) {
              into.classes.add(known.get());
            } else {
              into.unknown.add(constant);
            }
          }
        };
      }
    };
  }

  private static Optional<DataClass> constantOf(String constant) {
    for (DataClass d : DataClass.values()) {
      if (d.name().equals(constant)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static Object defaultOf(Class<?> annotation, String element) {
    try {
      return annotation.getMethod(element).getDefaultValue();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(
          ScanMessage.DATA_NO_ELEMENT.english(annotation.getName(), element), e);
    }
  }
}
