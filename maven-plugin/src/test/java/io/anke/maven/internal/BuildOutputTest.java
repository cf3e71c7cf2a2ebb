package io.anke.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.rule.InputGap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The states of a module's output that the check goals must not take for "nothing to judge". */
class BuildOutputTest {
  @TempDir Path dir;

  private static final FileTime EARLIER = FileTime.from(Instant.parse("2026-11-20T10:00:00Z"));
  private static final FileTime LATER = FileTime.from(Instant.parse("2026-11-20T10:05:00Z"));

  /** A jar module laid out as Maven lays it out, before anything ran. */
  private MavenProject module() {
    Model model = new Model();
    model.setGroupId("com.example");
    model.setArtifactId("login");
    model.setVersion("1.0");
    Build build = new Build();
    build.setDirectory(dir.resolve("target").toString());
    build.setOutputDirectory(dir.resolve("target/classes").toString());
    Resource resources = new Resource();
    resources.setDirectory(dir.resolve("src/main/resources").toString());
    build.addResource(resources);
    model.setBuild(build);
    MavenProject p = new MavenProject(model);
    p.setFile(dir.resolve("pom.xml").toFile());
    p.addCompileSourceRoot(dir.resolve("src/main/java").toString());
    return p;
  }

  private Path write(String path, String text, FileTime time) throws Exception {
    Path f = dir.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    Files.setLastModifiedTime(f, time);
    return f;
  }

  private InputGap gap() {
    return BuildOutput.of(module()).gap(dir);
  }

  @Test
  void sourcesWithoutAnOutputDirectoryWereNotCompiled() throws Exception {
    write("src/main/java/com/example/Hasher.java", "class Hasher {}", EARLIER);
    write("src/main/java/com/example/Main.java", "class Main {}", EARLIER);
    InputGap g = gap();
    assertThat(g.input()).isEqualTo("target/classes");
    assertThat(g.excluded()).isFalse();
    assertThat(g.categories()).containsExactlyInAnyOrder("crypto", "config", "data");
    assertThat(g.reason().en())
        .isEqualTo(
            "src/main/java holds 2 source file(s) but the output directory does not exist: the"
                + " module was not compiled (run the goal within mvn verify, or mvn compile before"
                + " it)");
    assertThat(g.reason().zh()).contains("src/main/java").contains("没有编译");
  }

  @Test
  void anOutputDirectoryWithResourcesOnlyIsNotCompiledCode() throws Exception {
    write("src/main/java/com/example/Hasher.java", "class Hasher {}", EARLIER);
    write("target/classes/application.properties", "a=b", LATER);
    assertThat(gap().reason().en()).contains("the output directory holds no class file");
    assertThat(gap().categories()).containsExactlyInAnyOrder("crypto", "data");
  }

  @Test
  void aSourceEditedAfterTheLastCompilationMakesTheClassesStale() throws Exception {
    write("target/classes/com/example/Hasher.class", "cafebabe", EARLIER);
    write("src/main/java/com/example/Hasher.java", "class Hasher {}", LATER);
    InputGap g = gap();
    assertThat(g.reason().en())
        .startsWith(
            "src/main/java/com/example/Hasher.java changed after the last compilation: the class"
                + " files are older than the sources");
  }

  @Test
  void compiledOutputNewerThanItsSourcesIsComplete() throws Exception {
    write("src/main/java/com/example/Hasher.java", "class Hasher {}", EARLIER);
    // javac may write no class for a package-info.java edited later: not a stale module.
    write("src/main/java/com/example/package-info.java", "package com.example;", LATER);
    write("target/classes/com/example/Hasher.class", "cafebabe", LATER);
    assertThat(gap()).isNull();
  }

  @Test
  void modulesWithoutSourcesHaveNothingToCompile() throws Exception {
    assertThat(gap()).isNull(); // nothing at all
    write("target/classes/static/index.html", "<html/>", LATER);
    assertThat(gap()).isNull(); // resources only, processed
  }

  @Test
  void resourcesThatWereNeverCopiedLeaveTheConfigurationUnjudged() throws Exception {
    write("src/main/resources/application.properties", "spring.datasource.password=x", EARLIER);
    InputGap g = gap();
    assertThat(g.categories()).containsExactly("config");
    assertThat(g.reason().en())
        .startsWith("src/main/resources holds 1 resource file(s) but the output directory");
  }

  @Test
  void kotlinSourcesAreFoundBeforeTheirPluginAddsTheRoot() throws Exception {
    write("src/main/kotlin/com/example/Hasher.kt", "class Hasher", EARLIER);
    assertThat(gap().reason().en()).startsWith("src/main/kotlin holds 1 source file(s)");
  }
}
