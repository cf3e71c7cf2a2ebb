package io.anke.scan.classpath;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.catalog.Catalog;
import io.anke.core.guard.RuntimeClasspath;
import io.anke.core.rule.InputGap;
import io.anke.rules.packs.PackScans;
import io.anke.scan.data.ClassificationDeclaration;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmClasspathTest {
  private static final java.net.URLStreamHandler NO_HANDLER =
      new java.net.URLStreamHandler() {
        @Override
        protected java.net.URLConnection openConnection(URL u) throws java.io.IOException {
          throw new java.io.IOException("not opened in this test");
        }
      };

  @TempDir Path dir;

  private static Path jar(Path file, String group, String artifact) throws Exception {
    try (OutputStream os = Files.newOutputStream(file);
        JarOutputStream out = new JarOutputStream(os)) {
      out.putNextEntry(
          new ZipEntry("META-INF/maven/" + group + "/" + artifact + "/pom.properties"));
      out.write(
          ("groupId=" + group + "\nartifactId=" + artifact + "\nversion=1.0\n")
              .getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return file;
  }

  private RuntimeClasspath.Contents read(URL... urls) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(urls, null)) {
      return new JvmClasspath(property -> null)
          .read(loader, Catalog.bundled(), p -> dir.relativize(p).toString());
    }
  }

  @Test
  void theDigestIsTakenOnlyWhenTheCatalogIdentifiesByIt() throws Exception {
    Path jar = jar(dir.resolve("lib.jar"), "com.example", "lib");
    String sha256 =
        java.util.HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
    String yaml =
        """
        catalogVersion: "t"
        date: "2026-12-02"
        entries:
          - id: by-digest
            category: middleware
            standing: domestic
            country: CN
            status: confirmed
            vendor: {en: Example}
            detect:
              sha256: [%s]
        """
            .formatted(sha256);
    Catalog byDigest =
        Catalog.read("digest.yaml", new java.io.ByteArrayInputStream(yaml.getBytes(UTF_8)));
    assertThat(byDigest.identifiesByDigest()).isTrue();
    assertThat(Catalog.bundled().identifiesByDigest()).isFalse();
    URL url = jar.toUri().toURL();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {url}, null)) {
      JvmClasspath reader = new JvmClasspath(property -> null);
      var identified = reader.read(loader, byDigest, p -> p.getFileName().toString()).boms().get(0);
      assertThat(identified.components().get(0).hashes()).containsEntry("SHA-256", sha256);
      assertThat(identified.components().get(0).property("anke:catalog:entry"))
          .isEqualTo("by-digest");
      var plain = reader.read(loader, Catalog.bundled(), p -> "lib.jar").boms().get(0);
      assertThat(plain.components().get(0).hashes()).isEmpty();
    }
  }

  @Test
  void isTheServiceTheGuardFinds() {
    assertThat(ServiceLoader.load(RuntimeClasspath.class).findFirst())
        .get()
        .isInstanceOf(JvmClasspath.class);
  }

  @Test
  void aCorruptJarIsAnInputGapAndTheRestIsStillRead() throws Exception {
    Path good = jar(dir.resolve("good.jar"), "com.example", "good");
    Path corrupt = dir.resolve("corrupt.jar");
    byte[] zip = Files.readAllBytes(good);
    Files.write(corrupt, java.util.Arrays.copyOf(zip, zip.length / 2)); // truncated: no directory
    RuntimeClasspath.Contents c = read(corrupt.toUri().toURL(), good.toUri().toURL());
    assertThat(c.gaps()).extracting(InputGap::input).containsExactly("corrupt.jar");
    assertThat(c.gaps().get(0).categories()).containsExactly("bom");
    assertThat(c.gaps().get(0).reason().en()).startsWith("the class-path entry could not be read");
    assertThat(c.boms())
        .flatExtracting(b -> b.components())
        .extracting(x -> x.purl())
        .contains("pkg:maven/com.example/good@1.0");
    assertThat(c.archives()).contains(good.toAbsolutePath().normalize());
  }

  @Test
  void urlsIntoAnArchiveStandForItAndItIsReadOnce() throws Exception {
    Path app = jar(dir.resolve("app.jar"), "com.example", "app");
    String file = app.toUri().toString();
    // Spring Boot 3.2+ registers a handler for nested:; this JVM does not know it
    URL nested =
        new URL(null, "jar:nested:" + app.toAbsolutePath() + "/!BOOT-INF/lib/x.jar!/", NO_HANDLER);
    URL classic = new URL("jar:" + file + "!/BOOT-INF/lib/x.jar!/");
    assertThat(JvmClasspath.archiveOf(nested)).isEqualTo(app.toAbsolutePath());
    assertThat(JvmClasspath.archiveOf(classic)).isEqualTo(app.toAbsolutePath());
    RuntimeClasspath.Contents c = read(app.toUri().toURL(), nested, classic);
    assertThat(c.archives()).containsOnlyOnce(app.toAbsolutePath().normalize());
    assertThat(c.gaps()).isEmpty();
  }

  @Test
  void tomcatsUrlsIntoAWarItServesUnexplodedStandForTheWar() throws Exception {
    Path war = jar(dir.resolve("my app.war"), "com.example", "web");
    String file = war.toUri().toString();
    // the shapes Tomcat's web-application loader gives (war: has no handler outside Tomcat)
    URL lib = new URL(null, "war:" + file + "*/WEB-INF/lib/x.jar", NO_HANDLER);
    URL classes = new URL(null, "war:" + file + "*/WEB-INF/classes/", NO_HANDLER);
    URL tomcat80 = new URL(null, "jar:war:" + file + "^/WEB-INF/lib/x.jar!/", NO_HANDLER);
    assertThat(JvmClasspath.archiveOf(lib)).isEqualTo(war.toAbsolutePath());
    assertThat(JvmClasspath.archiveOf(tomcat80)).isEqualTo(war.toAbsolutePath());
    RuntimeClasspath.Contents c = read(lib, classes, tomcat80);
    assertThat(c.gaps()).isEmpty();
    assertThat(c.archives()).containsExactly(war.toAbsolutePath().normalize());
  }

  @Test
  void jarsNamedByTheManifestClassPathOfAClassPathJarAreJudgedToo() throws Exception {
    // java -jar app.jar with lib/: the JVM runs what Class-Path names, relative to app.jar
    Path lib = Files.createDirectories(dir.resolve("dist/lib dir"));
    Path driver = Files.copy(PackScans.classpathJar("mssql-jdbc-"), lib.resolve("mssql-jdbc.jar"));
    Path util = withClassPath(lib.resolve("util.jar"), "../app.jar mssql-jdbc.jar");
    Path app =
        withClassPath(dir.resolve("dist/app.jar"), "lib%20dir/util.jar lib%20dir/gone.jar :::");
    RuntimeClasspath.Contents c = readClassPath(app);
    // gone.jar is skipped as the JVM skips it, ":::" is no URL, app.jar is not read twice
    assertThat(c.archives())
        .containsExactly(app.toAbsolutePath(), util.toAbsolutePath(), driver.toAbsolutePath());
    assertThat(c.gaps()).isEmpty();
    assertThat(c.boms())
        .flatExtracting(b -> b.components())
        .extracting(comp -> comp.purl() == null ? null : comp.purl().toString())
        .contains("pkg:maven/com.microsoft.sqlserver/mssql-jdbc@13.6.2");
  }

  @Test
  void aClassPathAttributeCycleEndsAndAMissingJarIsSkipped() throws Exception {
    Path a = dir.resolve("a.jar");
    Path b = withClassPath(dir.resolve("b.jar"), "a.jar missing.jar");
    withClassPath(a, "b.jar");
    RuntimeClasspath.Contents c = readClassPath(a);
    assertThat(c.archives()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
    assertThat(c.gaps()).isEmpty();
  }

  /** What the reader finds when {@code java.class.path} is {@code jar} alone. */
  private RuntimeClasspath.Contents readClassPath(Path jar) throws Exception {
    return readClassPath(jar, null);
  }

  /** Same, with {@code sun.java.command} as given. */
  private RuntimeClasspath.Contents readClassPath(Path jar, String command) throws Exception {
    try (URLClassLoader none = new URLClassLoader(new URL[0], null)) {
      return new JvmClasspath(
              p ->
                  switch (p) {
                    case "java.class.path" -> jar.toString();
                    case "sun.java.command" -> command;
                    default -> null;
                  })
          .read(none, Catalog.bundled(), p -> dir.relativize(p).toString());
    }
  }

  /** A jar whose manifest's Class-Path is {@code classPath}. */
  private static Path withClassPath(Path file, String classPath) throws Exception {
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    mf.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
    try (OutputStream os = Files.newOutputStream(file);
        JarOutputStream out = new JarOutputStream(os, mf)) {
      out.putNextEntry(new ZipEntry("com/example/app.properties"));
      out.write("name=app\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return file;
  }

  @Test
  void aMissingEntryIsSkippedAsTheJvmSkipsItAndAnUnknownProtocolIsAGap() throws Exception {
    RuntimeClasspath.Contents c =
        read(dir.resolve("gone.jar").toUri().toURL(), new URL("http://example.com/lib.jar"));
    // read(...) saw no java.class.path: only the loader's URLs count here
    assertThat(c.boms()).isEmpty();
    assertThat(c.gaps()).extracting(InputGap::input).containsExactly("http://example.com/lib.jar");
  }

  @Test
  void archivesInsideADirectoryAlreadyReadAreNotReadAgain() throws Exception {
    Path exploded = dir.resolve("exploded");
    Files.createDirectories(exploded.resolve("BOOT-INF/lib"));
    Path lib = jar(exploded.resolve("BOOT-INF/lib/lib.jar"), "com.example", "lib");
    RuntimeClasspath.Contents c = read(exploded.toUri().toURL(), lib.toUri().toURL());
    assertThat(c.archives()).containsExactly(exploded.toAbsolutePath().normalize());
    assertThat(c.boms().get(0).components())
        .extracting(x -> x.purl())
        .containsExactly("pkg:maven/com.example/lib@1.0");
  }

  /** A class whose identity number must be stored encrypted and is not. */
  private static byte[] classifiedClass(String internalName) {
    return PackScans.classifiedClassFile(
        internalName, "public-security", "idNumber", "SENSITIVE_PERSONAL");
  }

  /** A zip of {@code files} (name to bytes), deflated. */
  private static Path zip(Path file, Map<String, byte[]> files) throws Exception {
    try (OutputStream os = Files.newOutputStream(file);
        ZipOutputStream out = new ZipOutputStream(os)) {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return file;
  }

  /**
   * Makes the deflated data of entry {@code name} unreadable (a reserved block type in its first
   * byte) while the central directory stays intact: whoever inflates it fails, whoever only lists
   * the archive does not notice.
   */
  private static void corrupt(Path zip, String name) throws Exception {
    byte[] bytes = Files.readAllBytes(zip);
    byte[] header = {0x50, 0x4b, 0x03, 0x04};
    for (int i = 0; i + 30 < bytes.length; i++) {
      if (bytes[i] == header[0]
          && bytes[i + 1] == header[1]
          && bytes[i + 2] == header[2]
          && bytes[i + 3] == header[3]) {
        int nameLength = (bytes[i + 26] & 0xff) | (bytes[i + 27] & 0xff) << 8;
        int extraLength = (bytes[i + 28] & 0xff) | (bytes[i + 29] & 0xff) << 8;
        String entry = new String(bytes, i + 30, nameLength, StandardCharsets.UTF_8);
        if (entry.equals(name)) {
          bytes[i + 30 + nameLength + extraLength] = (byte) 0xff;
          Files.write(zip, bytes);
          return;
        }
      }
    }
    throw new IllegalStateException(name + " not in " + zip);
  }

  private static List<String> declared(RuntimeClasspath.Contents c) {
    return c.facts().stream()
        .filter(ClassificationDeclaration.class::isInstance)
        .map(f -> ((ClassificationDeclaration) f).path())
        .sorted()
        .toList();
  }

  @Test
  void theApplicationsOwnClassesAreReadFromDirectoriesAndClassesFolders() throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes/gov/example"));
    Files.write(classes.resolve("Resident.class"), classifiedClass("gov/example/Resident"));
    Files.write(classes.resolve("Truncated.class"), new byte[] {(byte) 0xca, (byte) 0xfe});
    Path boot =
        zip(
            dir.resolve("boot.jar"),
            Map.of(
                "BOOT-INF/classes/gov/example/Citizen.class",
                classifiedClass("gov/example/Citizen"),
                "BOOT-INF/lib/lib.jar",
                Files.readAllBytes(
                    zip(
                        dir.resolve("nested.jar"),
                        Map.of("com/vendor/Person.class", classifiedClass("com/vendor/Person"))))));
    Path war =
        zip(
            dir.resolve("web.war"),
            Map.of(
                "WEB-INF/classes/gov/example/Applicant.class",
                classifiedClass("gov/example/Applicant")));
    Path library =
        zip(
            dir.resolve("library.jar"),
            Map.of("com/vendor/Customer.class", classifiedClass("com/vendor/Customer")));
    RuntimeClasspath.Contents c =
        read(
            dir.resolve("classes").toUri().toURL(),
            boot.toUri().toURL(),
            war.toUri().toURL(),
            library.toUri().toURL());
    // an application class the guard cannot parse is said, not passed
    assertThat(c.gaps())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.input()).isEqualTo("classes/gov/example/Truncated.class");
              assertThat(g.categories()).containsExactly("data");
              assertThat(g.reason().en()).contains("could not be parsed");
            });
    assertThat(declared(c))
        .containsExactly(
            "boot.jar!/BOOT-INF/classes/gov/example/Citizen.class",
            "classes/gov/example/Resident.class",
            "web.war!/WEB-INF/classes/gov/example/Applicant.class");
    ClassificationDeclaration resident =
        c.facts().stream()
            .map(ClassificationDeclaration.class::cast)
            .filter(d -> d.className().equals("gov.example.Resident"))
            .findFirst()
            .orElseThrow();
    assertThat(resident.resource().level()).isEqualTo(3);
    assertThat(resident.classified()).extracting(f -> f.name()).containsExactly("idNumber");
  }

  @Test
  void aLibrarysClassesAreNotInflatedOnlyTheJarJavaJarRunsIsReadWhole() throws Exception {
    Path app =
        zip(
            dir.resolve("app.jar"),
            Map.of(
                "gov/example/Resident.class", classifiedClass("gov/example/Resident"),
                "gov/example/Broken.class", classifiedClass("gov/example/Broken")));
    corrupt(app, "gov/example/Broken.class");
    // As a library (started with a main class): listed, never inflated, so nothing to notice.
    RuntimeClasspath.Contents asLibrary = readClassPath(app, "gov.example.Main --port 8080");
    assertThat(asLibrary.gaps()).isEmpty();
    assertThat(declared(asLibrary)).isEmpty();
    // As the jar java -jar runs (its path holding a space, arguments after it): every class of it
    // is the application's, so the corrupt one is inflated and reported.
    Path spaced = Files.createDirectories(dir.resolve("my dist"));
    Path launched = Files.copy(app, spaced.resolve("app.jar"));
    RuntimeClasspath.Contents asApplication = readClassPath(launched, launched + " --port 8080");
    assertThat(asApplication.gaps()).extracting(InputGap::input).containsExactly("my dist/app.jar");
    Path sound =
        zip(
            spaced.resolve("sound.jar"),
            Map.of("gov/example/Resident.class", classifiedClass("gov/example/Resident")));
    assertThat(declared(readClassPath(sound, sound.toString())))
        .containsExactly("my dist/sound.jar!/gov/example/Resident.class");
  }
}
