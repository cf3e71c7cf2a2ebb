package io.anke.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.catalog.Catalog;
import io.anke.rules.catalog.BundledCatalog;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenBomTest {
  @TempDir Path dir;

  private static Artifact artifact(String g, String a, String v, String scope, String type) {
    DefaultArtifact art =
        new DefaultArtifact(g, a, v, scope, type, null, new DefaultArtifactHandler(type));
    return art;
  }

  private MavenProject project(String artifactId) {
    Model model = new Model();
    model.setGroupId("com.example");
    model.setArtifactId(artifactId);
    model.setVersion("1.0");
    MavenProject p = new MavenProject(model);
    p.setFile(dir.resolve(artifactId).resolve("pom.xml").toFile());
    return p;
  }

  private static Dependency declared(String g, String a, int line, File pom) {
    Dependency d = new Dependency();
    d.setGroupId(g);
    d.setArtifactId(a);
    InputSource src = new InputSource();
    src.setLocation(pom.getPath());
    d.setLocation("", new InputLocation(line, 5, src));
    return d;
  }

  @Test
  void purlLeavesOutTheDefaultJarTypeButKeepsClassifierAndOtherTypes() {
    assertThat(MavenBom.purl(artifact("com.mysql", "mysql-connector-j", "8.4.0", "compile", "jar")))
        .isEqualTo("pkg:maven/com.mysql/mysql-connector-j@8.4.0");
    assertThat(MavenBom.purl(artifact("g", "web", "2.0", "compile", "war")))
        .isEqualTo("pkg:maven/g/web@2.0?type=war");
    DefaultArtifact classified =
        new DefaultArtifact(
            "io.netty",
            "netty",
            "4.1",
            "runtime",
            "jar",
            "linux x86",
            new DefaultArtifactHandler());
    assertThat(MavenBom.purl(classified))
        .isEqualTo("pkg:maven/io.netty/netty@4.1?classifier=linux%20x86");
  }

  @Test
  void dependencyTrailBecomesAPathOfGroupArtifactVersion() {
    assertThat(MavenBom.shortId("com.example:app:jar:1.0")).isEqualTo("com.example:app:1.0");
    assertThat(MavenBom.shortId("io.netty:netty:jar:linux:4.1")).isEqualTo("io.netty:netty:4.1");
  }

  @Test
  void theGraphMavenResolvedIsKeptAsEdgesBetweenPurls() {
    MavenProject p = project("app");
    p.setArtifact(artifact("com.example", "app", "1.0", null, "jar"));
    Artifact dao = artifact("org.example", "dao", "1.0", "compile", "jar");
    dao.setDependencyTrail(List.of("com.example:app:jar:1.0", "org.example:dao:jar:1.0"));
    Artifact driver = artifact("com.mysql", "mysql-connector-j", "8.4.0", "runtime", "jar");
    driver.setDependencyTrail(
        List.of(
            "com.example:app:jar:1.0",
            "org.example:dao:jar:1.0",
            "com.mysql:mysql-connector-j:jar:8.4.0"));
    p.setArtifacts(new LinkedHashSet<>(List.of(driver, dao)));

    BillOfMaterials bom =
        MavenBom.of(p, Set.of("compile", "runtime"), dir, BundledCatalog.get(), false);

    assertThat(bom.components())
        .extracting(Component::ref)
        .containsExactly(
            "pkg:maven/com.mysql/mysql-connector-j@8.4.0", "pkg:maven/org.example/dao@1.0");
    assertThat(bom.edges())
        .containsExactlyInAnyOrder(
            java.util.Map.entry("pkg:maven/com.example/app@1.0", "pkg:maven/org.example/dao@1.0"),
            java.util.Map.entry(
                "pkg:maven/org.example/dao@1.0", "pkg:maven/com.mysql/mysql-connector-j@8.4.0"));
    assertThat(MavenBom.projectComponent(p, dir).ref()).isEqualTo("pkg:maven/com.example/app@1.0");
  }

  @Test
  void buildsComponentsWithPathOriginScopeAndCatalogIdentity() {
    MavenProject p = project("app");
    Dependency dao = declared("org.example", "dao", 23, p.getFile());
    p.getModel().setDependencies(List.of(dao));
    Artifact daoArt = artifact("org.example", "dao", "1.0", "compile", "jar");
    daoArt.setDependencyTrail(List.of("com.example:app:jar:1.0", "org.example:dao:jar:1.0"));
    Artifact driver =
        artifact("com.microsoft.sqlserver", "mssql-jdbc", "13.6.2.jre11", "runtime", "jar");
    driver.setDependencyTrail(
        List.of(
            "com.example:app:jar:1.0",
            "org.example:dao:jar:1.0",
            "com.microsoft.sqlserver:mssql-jdbc:jar:13.6.2.jre11"));
    Artifact junit = artifact("org.junit", "junit", "5", "test", "jar");
    junit.setDependencyTrail(List.of("com.example:app:jar:1.0", "org.junit:junit:jar:5"));
    p.setArtifacts(new LinkedHashSet<>(List.of(junit, driver, daoArt)));

    BillOfMaterials bom =
        MavenBom.of(p, Set.of("compile", "runtime"), dir, BundledCatalog.get(), false);

    assertThat(bom.source()).isEqualTo("app/pom.xml");
    assertThat(bom.components()).extracting(Component::name).containsExactly("mssql-jdbc", "dao");
    Component c = bom.components().get(0);
    assertThat(c.dependencyPath())
        .containsExactly(
            "com.example:app:1.0",
            "org.example:dao:1.0",
            "com.microsoft.sqlserver:mssql-jdbc:13.6.2.jre11");
    // The transitive driver points at the line of the direct dependency that pulled it in.
    assertThat(c.origin().file()).isEqualTo("app/pom.xml");
    assertThat(c.origin().line()).isEqualTo(23);
    assertThat(c.property(MavenBom.SCOPE)).isEqualTo("runtime");
    // Supplier and country come from the catalog, which Maven metadata does not carry.
    assertThat(c.supplier()).contains("Microsoft");
    assertThat(c.country()).isEqualTo("US");
    assertThat(bom.components().get(1).country()).isNull();
  }

  @Test
  void reactorBomLeavesOutModulesAndKeepsTheShortestPathOnce() {
    MavenProject lib = project("lib");
    MavenProject web = project("web");
    Artifact viaLib = artifact("com.oracle.database.jdbc", "ojdbc11", "23.5", "compile", "jar");
    viaLib.setDependencyTrail(
        List.of("com.example:lib:jar:1.0", "com.oracle.database.jdbc:ojdbc11:jar:23.5"));
    lib.setArtifacts(new LinkedHashSet<>(List.of(viaLib)));
    Artifact libAsDep = artifact("com.example", "lib", "1.0", "compile", "jar");
    libAsDep.setDependencyTrail(List.of("com.example:web:jar:1.0", "com.example:lib:jar:1.0"));
    Artifact viaWeb = artifact("com.oracle.database.jdbc", "ojdbc11", "23.5", "compile", "jar");
    viaWeb.setDependencyTrail(
        List.of(
            "com.example:web:jar:1.0",
            "com.example:lib:jar:1.0",
            "com.oracle.database.jdbc:ojdbc11:jar:23.5"));
    web.setArtifacts(new LinkedHashSet<>(List.of(libAsDep, viaWeb)));

    Catalog catalog = BundledCatalog.get();
    BillOfMaterials bom =
        MavenBom.ofReactor(List.of(lib, web), Set.of("compile"), dir, catalog, false, "pom.xml");

    assertThat(bom.components()).hasSize(1);
    Component c = bom.components().get(0);
    assertThat(c.dependencyPath())
        .containsExactly("com.example:lib:1.0", "com.oracle.database.jdbc:ojdbc11:23.5");
    assertThat(c.property(MavenBom.MODULES)).isEqualTo("lib,web");
    assertThat(c.origin().file()).isEqualTo("lib/pom.xml");
  }

  @Test
  void hashesTheResolvedFileForSboms() throws Exception {
    MavenProject p = project("app");
    Artifact a = artifact("org.example", "tiny", "1", "compile", "jar");
    File jar = dir.resolve("tiny.jar").toFile();
    java.nio.file.Files.writeString(jar.toPath(), "abc");
    a.setFile(jar);
    a.setDependencyTrail(List.of("com.example:app:jar:1.0", "org.example:tiny:jar:1"));
    p.setArtifacts(new LinkedHashSet<>(List.of(a)));
    Component c = MavenBom.of(p, Set.of("compile"), dir, Catalog.empty(), true).components().get(0);
    assertThat(c.hashes())
        .containsEntry(
            "SHA-256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void theProjectIsTheSubjectOfItsCycloneDxDocument() {
    MavenProject p = project("portal");
    p.getModel().setPackaging("war");
    p.setArtifact(artifact("com.example", "portal", "1.0", null, "war"));
    Artifact driver = artifact("com.mysql", "mysql-connector-j", "8.4.0", "runtime", "jar");
    driver.setDependencyTrail(
        List.of("com.example:portal:war:1.0", "com.mysql:mysql-connector-j:jar:8.4.0"));
    p.setArtifacts(new LinkedHashSet<>(List.of(driver)));
    Component root = MavenBom.projectComponent(p, dir);
    assertThat(root.kind()).isEqualTo(io.anke.core.bom.ComponentKind.APPLICATION);
    assertThat(root.purl()).isEqualTo("pkg:maven/com.example/portal@1.0?type=war");

    String json =
        io.anke.scan.bom.CycloneDxWriter.builder()
            .subject(root)
            .build()
            .write(
                List.of(MavenBom.of(p, Set.of("runtime"), dir, BundledCatalog.get(), false)),
                BundledCatalog.get());
    assertThat(json)
        .contains("\"component\" : {")
        .containsPattern(
            "\"ref\" : \"pkg:maven/com.example/portal@1.0\\?type=war\",\\s*\"dependsOn\" : \\[\\s*"
                + "\"pkg:maven/com.mysql/mysql-connector-j@8.4.0\"");
  }
}
