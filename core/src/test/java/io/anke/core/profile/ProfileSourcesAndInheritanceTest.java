package io.anke.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import io.anke.core.FailOn;
import io.anke.core.Severity;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles from a {@link ProfileSource} (their names, their bundled flag), {@link
 * ProfileRegistry#resolve} by id and by file, the order of a reported cycle, and what a profile
 * inherits from each of several parents.
 */
class ProfileSourcesAndInheritanceTest {

  /** The profile documents handed to {@link ProfileSource}s found by the test's class loader. */
  static final ThreadLocal<List<URL>> OFFERED = ThreadLocal.withInitial(List::of);

  /** A {@link ProfileSource} that offers {@link #OFFERED}. */
  public static final class OfferedProfiles implements ProfileSource {
    public OfferedProfiles() {}

    @Override
    public List<URL> profiles() {
      return OFFERED.get();
    }
  }

  private static ClassLoader loaderFindingOfferedProfiles(Path dir) throws Exception {
    Path services = dir.resolve("services/META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve(ProfileSource.class.getName()), OfferedProfiles.class.getName() + "\n");
    return new URLClassLoader(
        new URL[] {dir.resolve("services").toUri().toURL()},
        ProfileSourcesAndInheritanceTest.class.getClassLoader());
  }

  @Test
  void bundledProfilesAreNamedByTheirFileOrPathInsideTheJar(@TempDir Path dir) throws Exception {
    Path plain = dir.resolve("plain/ship-a.yaml");
    Files.createDirectories(plain.getParent());
    Files.writeString(
        plain,
        """
        id: ship-a
        title: {zh: 甲, en: Ship A}
        description: {zh: 随附, en: Shipped}
        """);
    Path jar = dir.resolve("profiles.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out)) {
      j.putNextEntry(new JarEntry("profiles/ship-b.yaml"));
      j.write(
          "id: ship-b\ntitle: {zh: 乙, en: Ship B}\nextends: ship-a\n"
              .getBytes(StandardCharsets.UTF_8));
      j.closeEntry();
    }
    URL inJar = new URL("jar:" + jar.toUri() + "!/profiles/ship-b.yaml");
    OFFERED.set(List.of(plain.toUri().toURL(), inJar));
    try {
      ProfileRegistry reg = ProfileRegistry.bundled(loaderFindingOfferedProfiles(dir));

      assertThat(reg.all()).extracting(Profile::id).containsExactly("ship-a", "ship-b");
      Profile a = reg.get("ship-a");
      Profile b = reg.get("ship-b");
      assertThat(a.source()).isEqualTo("ship-a.yaml");
      assertThat(b.source()).isEqualTo("profiles/ship-b.yaml");
      assertThat(a.bundled()).isTrue();
      assertThat(b.bundled()).isTrue();
      assertThat(a.description()).map(d -> d.en()).contains("Shipped");
      assertThat(b.description()).isEmpty();
      assertThat(b.toString()).isEqualTo("ship-b");
    } finally {
      OFFERED.remove();
    }
  }

  @Test
  void theRegistryOfThisClassLoaderHasNoBundledProfilesInCore() {
    ProfileRegistry reg = ProfileRegistry.bundled();
    assertThat(reg.all()).isEmpty();
    assertThatThrownBy(reg::defaultProfile)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(ProfileRegistry.DEFAULT_ID);
  }

  @Test
  void resolveTakesAnIdOrAYmlFile(@TempDir Path dir) throws Exception {
    ProfileRegistry reg =
        ProfileRegistry.empty()
            .withDocument("base.yaml", "id: gov-cloud-baseline\ntitle: {zh: 基线, en: Base}\n");
    assertThat(reg.resolve("  gov-cloud-baseline ").id()).isEqualTo("gov-cloud-baseline");
    assertThat(reg.defaultProfile().id()).isEqualTo("gov-cloud-baseline");

    Path file = dir.resolve("team.yml");
    Files.writeString(file, "id: team\ntitle: {zh: 团队, en: Team}\nextends: gov-cloud-baseline\n");
    Profile team = reg.resolve(file.toString());
    assertThat(team.id()).isEqualTo("team");
    assertThat(team.source()).isEqualTo(file.toString());
    assertThat(team.bundled()).isFalse();
    assertThat(team.parents()).extracting(Profile::id).containsExactly("gov-cloud-baseline");
  }

  @Test
  void aCycleIsReportedFromWhereItStarts() {
    ProfileRegistry reg =
        ProfileRegistry.empty()
            .withDocument("entry.yaml", "id: entry\ntitle: {zh: 入口, en: Entry}\nextends: loop1\n")
            .withDocument("loop1.yaml", "id: loop1\ntitle: {zh: 一, en: One}\nextends: loop2\n")
            .withDocument("loop2.yaml", "id: loop2\ntitle: {zh: 二, en: Two}\nextends: loop1\n");
    assertThatThrownBy(reg::all)
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("loop2.yaml:3: profiles extend each other in a cycle: loop1 -> loop2 -> loop1");
  }

  @Test
  void aProfileInheritsFromEachParentTheLastOneWinning() {
    ProfileRegistry reg =
        ProfileRegistry.empty()
            // ids sort before their parents, so each parent is resolved on the way
            .withDocument(
                "child.yaml", "id: child\ntitle: {zh: 子, en: Child}\nextends: [first, second]\n")
            .withDocument(
                "first.yaml",
                "id: first\ntitle: {zh: 一, en: First}\nfailOn: low\nseverity:\n"
                    + "  CRYPTO-WEAK-HASH: critical\n  CRYPTO-ECB: low\n")
            .withDocument(
                "second.yaml",
                "id: second\ntitle: {zh: 二, en: Second}\nseverity:\n  CRYPTO-ECB: info\n");
    Profile child = reg.get("child");

    assertThat(child.parents()).extracting(Profile::id).containsExactly("first", "second");
    assertThat(child.failOn()).contains(FailOn.atOrAbove(Severity.LOW));
    // only the first parent sets it
    assertThat(child.severityOverride(ProfileRegistryTest.BY_ID.get("CRYPTO-WEAK-HASH")))
        .contains(Severity.CRITICAL);
    // both set it: the last parent wins
    assertThat(child.severityOverride(ProfileRegistryTest.BY_ID.get("CRYPTO-ECB")))
        .contains(Severity.INFO);
    assertThat(child.severityOverride(ProfileRegistryTest.BY_ID.get("HOST-OS"))).isEmpty();
  }

  @Test
  void unknownRuleIdsAreFoundInExcludeAndInParents() {
    List<String> known = List.copyOf(ProfileRegistryTest.BY_ID.keySet());
    ProfileRegistry reg =
        ProfileRegistry.empty()
            .withDocument(
                "ex.yaml", "id: ex\ntitle: {zh: 排除, en: Ex}\nexclude:\n  rules: [NO-SUCH-RULE]\n")
            .withDocument("kid.yaml", "id: kid\ntitle: {zh: 子, en: Kid}\nextends: ex\n");
    assertThatThrownBy(() -> reg.get("ex").checkRuleIds(known))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("ex.yaml:4: unknown rule 'NO-SUCH-RULE'");
    assertThatThrownBy(() -> reg.get("kid").checkRuleIds(known))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("ex.yaml:4: unknown rule 'NO-SUCH-RULE'");
  }
}
