package io.anke.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.rule.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Build output mapped to the sources it was built from, lines kept only where they belong. */
class SourceLocationsTest {
  @TempDir Path dir;

  private MavenProject module(String name) {
    Path base = dir.resolve(name);
    Model model = new Model();
    model.setGroupId("com.example");
    model.setArtifactId(name);
    model.setVersion("1.0");
    Build build = new Build();
    build.setDirectory(base.resolve("target").toString());
    build.setOutputDirectory(base.resolve("target/classes").toString());
    Resource resources = new Resource();
    resources.setDirectory("src/main/resources");
    build.addResource(resources);
    Resource config = new Resource();
    config.setDirectory("src/main/config");
    config.setTargetPath("config");
    build.addResource(config);
    model.setBuild(build);
    MavenProject p = new MavenProject(model);
    p.setFile(base.resolve("pom.xml").toFile());
    p.addCompileSourceRoot(base.resolve("src/main/java").toString());
    return p;
  }

  private Path write(String path, String text) throws Exception {
    Path f = dir.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return f;
  }

  private static String lines(int n) {
    return "x\n".repeat(n);
  }

  private Location.Source map(Location l) {
    return SourceLocations.of(List.of(module("app")), dir).sourceOf(l);
  }

  @Test
  void aClassIsMappedToItsSourceWithItsLineWhenTheSourceHasIt() throws Exception {
    write("app/src/main/java/com/acme/Hasher.java", lines(20));
    Location code =
        Location.inCode(
            "app/target/classes/com/acme/Hasher.class", 14, "com.acme.Hasher", "hash", null);
    assertThat(map(code))
        .isEqualTo(new Location.Source("app/src/main/java/com/acme/Hasher.java", 14));
    // Inner classes belong to the outer class's file.
    assertThat(
            map(
                Location.inCode(
                    "app/target/classes/com/acme/Hasher$Inner.class",
                    3,
                    "com.acme.Hasher$Inner",
                    "run",
                    null)))
        .isEqualTo(new Location.Source("app/src/main/java/com/acme/Hasher.java", 3));
    // A line the file does not have is not a line of it.
    assertThat(
            map(
                Location.inCode(
                    "app/target/classes/com/acme/Hasher.class", 99, "com.acme.Hasher", "x", null)))
        .isEqualTo(new Location.Source("app/src/main/java/com/acme/Hasher.java", 0));
    // A class-level finding (no line) maps to the file.
    assertThat(
            map(
                Location.inClass(
                    "app/target/classes/com/acme/Hasher.class", "com.acme.Hasher", null)))
        .isEqualTo(new Location.Source("app/src/main/java/com/acme/Hasher.java", 0));
  }

  @Test
  void aLastLineWithoutLineFeedCountsWhateverItsLastByte() throws Exception {
    // Line 3 ends in a Chinese comment without a line feed: its last byte is above 0x7f.
    write("app/src/main/java/com/acme/Sm.java", "class Sm {\n}\n// 国密");
    assertThat(
            map(
                Location.inCode(
                    "app/target/classes/com/acme/Sm.class", 3, "com.acme.Sm", "x", null)))
        .isEqualTo(new Location.Source("app/src/main/java/com/acme/Sm.java", 3));
  }

  @Test
  void theSourceFileAttributeNamesTheFileWhenTheClassNameDoesNot() throws Exception {
    write("app/src/main/java/com/acme/Util.java", lines(10));
    write("app/src/main/kotlin/com/acme/Crypto.kt", lines(10));
    // A second top-level class of Util.java, and a Kotlin file facade.
    assertThat(
            map(
                Location.inCode(
                    "app/target/classes/com/acme/Helper.class",
                    4,
                    "com.acme.Helper",
                    "run",
                    "Util.java")))
        .isEqualTo(new Location.Source("app/src/main/java/com/acme/Util.java", 4));
    assertThat(
            map(
                Location.inCode(
                    "app/target/classes/com/acme/CryptoKt.class",
                    6,
                    "com.acme.CryptoKt",
                    "md5",
                    "Crypto.kt")))
        .isEqualTo(new Location.Source("app/src/main/kotlin/com/acme/Crypto.kt", 6));
    // Named by the attribute but absent: nothing is invented.
    assertThat(
            map(
                Location.inCode(
                    "app/target/classes/com/acme/Gone.class",
                    4,
                    "com.acme.Gone",
                    "x",
                    "Gone.java")))
        .isNull();
  }

  @Test
  void resourcesMapToTheirRootAndKeepLinesWhenTheCopyHasTheSameLines() throws Exception {
    write("app/src/main/resources/application.properties", "a=1\nb=${pw}\n");
    write("app/target/classes/application.properties", "a=1\nb=secret\n");
    assertThat(map(Location.of("app/target/classes/application.properties", 2)))
        .isEqualTo(new Location.Source("app/src/main/resources/application.properties", 2));
    // A copy whose lines moved: the file, not the line.
    write("app/src/main/resources/db.yml", "url: ${url}\n");
    write("app/target/classes/db.yml", "url: |\n  jdbc:x\n");
    assertThat(map(Location.of("app/target/classes/db.yml", 2)))
        .isEqualTo(new Location.Source("app/src/main/resources/db.yml", 0));
    // A resource root with a target path.
    write("app/src/main/config/app.yml", "k: v\n");
    write("app/target/classes/config/app.yml", "k: v\n");
    assertThat(map(Location.of("app/target/classes/config/app.yml", 1)))
        .isEqualTo(new Location.Source("app/src/main/config/app.yml", 1));
  }

  @Test
  void theOutputDirectoryMapsToTheFirstSourceRootThatExists() throws Exception {
    write("app/src/main/resources/application.properties", "a=1\n");
    assertThat(map(Location.of("app/target/classes")))
        .isEqualTo(new Location.Source("app/src/main/resources", 0));
    write("app/src/main/java/com/acme/A.java", "class A {}\n");
    assertThat(map(Location.of("app/target/classes")))
        .isEqualTo(new Location.Source("app/src/main/java", 0));
  }

  @Test
  void whatIsNotBuildOutputIsLeftAlone() throws Exception {
    write("app/src/main/java/com/acme/A.java", "class A {}\n");
    assertThat(map(Location.of("app/pom.xml", 12))).isNull();
    assertThat(map(Location.fact("JVM system properties"))).isNull();
    assertThat(map(Location.of("lib.jar!/com/acme/A.class"))).isNull();
    assertThat(map(Location.of("app/target/classes-other/x.properties", 1))).isNull();
    assertThat(map(Location.NONE)).isNull();
  }
}
