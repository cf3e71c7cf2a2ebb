package io.anke.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How catalogs are built, overlaid and found on the class path: exact versions, dates, sources. */
class CatalogAssemblyTest {

  static CatalogEntry entry(String id, String vendorEn, Detection detection) {
    return new CatalogEntry(
        id,
        "database",
        null,
        vendorEn,
        null,
        null,
        Standing.DOMESTIC,
        "CN",
        Status.CONFIRMED,
        null,
        detection,
        null,
        null,
        null);
  }

  /** A catalog source found by {@link java.util.ServiceLoader}: listed second, sorted first. */
  public static final class SourceA implements CatalogSource {
    @Override
    public String id() {
      return "a-source";
    }

    @Override
    public Catalog catalog() {
      return Catalog.of(
          "a-1",
          "2026-01-01",
          "a.yaml",
          List.of(entry("shared", "From A", null), entry("only-a", "A", null)));
    }
  }

  /** A catalog source listed first in the service file; its id sorts after {@link SourceA}. */
  public static final class SourceB implements CatalogSource {
    @Override
    public String id() {
      return "b-source";
    }

    @Override
    public Catalog catalog() {
      return Catalog.of("b-1", "2026-02-02", "b.yaml", List.of(entry("shared", "From B", null)));
    }
  }

  @Test
  void bundledSourcesAreMergedInIdOrder(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve(CatalogSource.class.getName()),
        SourceB.class.getName() + "\n" + SourceA.class.getName() + "\n",
        StandardCharsets.UTF_8);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Catalog bundled = Catalog.bundled(loader);
      assertThat(bundled.sources()).containsExactly("a.yaml", "b.yaml");
      assertThat(bundled.version()).isEqualTo("a-1");
      assertThat(bundled.date()).isEqualTo("2026-01-01");
      assertThat(bundled.entries())
          .extracting(CatalogEntry::id)
          .containsExactly("shared", "only-a");
      // the later source (by id) replaces the entry in place
      assertThat(bundled.entry("shared").orElseThrow().vendorEn()).isEqualTo("From B");
    }
  }

  @Test
  void withoutSourcesTheBundledCatalogIsTheEmptyOne(@TempDir Path dir) throws IOException {
    assertThat(Catalog.bundled()).isSameAs(Catalog.empty());
    Path user = dir.resolve("user.yaml");
    Files.writeString(
        user,
        """
        catalogVersion: "u-7"
        date: "2026-03-04"
        entries:
          - id: user-db
            category: database
            standing: domestic
            status: confirmed
            vendor: {en: User DB}
        """,
        StandardCharsets.UTF_8);
    Catalog loaded = Catalog.load(List.of(user));
    assertThat(loaded.version()).isEqualTo("u-7");
    assertThat(loaded.date()).isEqualTo("2026-03-04");
    assertThat(loaded.sources()).containsExactly(user.toString());
    assertThat(loaded.entries()).extracting(CatalogEntry::id).containsExactly("user-db");
    assertThat(loaded.isEmpty()).isFalse();
    assertThat(Catalog.empty().isEmpty()).isTrue();
  }

  @Test
  void overlayKeepsThisVersionAndDateUnlessItHasNone() {
    Catalog first = Catalog.of("v1", "2026-01-01", "first.yaml", List.of(entry("x", "X", null)));
    Catalog second = Catalog.of("v2", "2026-05-05", "second.yaml", List.of(entry("y", "Y", null)));
    Catalog merged = first.overlay(second);
    assertThat(merged.version()).isEqualTo("v1");
    assertThat(merged.date()).isEqualTo("2026-01-01");
    assertThat(merged.toString())
        .isEqualTo("Catalog[version=v1, entries=2, sources=[first.yaml, second.yaml]]");
    Catalog undated = Catalog.of("", "", "undated.yaml", List.of(entry("z", "Z", null)));
    Catalog fromOther = undated.overlay(second);
    assertThat(fromOther.version()).isEqualTo("v2");
    assertThat(fromOther.date()).isEqualTo("2026-05-05");
    assertThat(fromOther.entries()).extracting(CatalogEntry::id).containsExactly("z", "y");
  }

  @Test
  void overlayingNothingIsTheSameCatalogButAnEmptySourceIsStillRecorded() {
    Catalog base = Catalog.of("v1", "2026-01-01", "base.yaml", List.of(entry("x", "X", null)));
    assertThat(base.overlay(Catalog.empty())).isSameAs(base);
    Catalog withEmptySource = base.overlay(Catalog.of("", "", "empty.yaml", List.of()));
    assertThat(withEmptySource).isNotSameAs(base);
    assertThat(withEmptySource.sources()).containsExactly("base.yaml", "empty.yaml");
    assertThat(withEmptySource.entries()).extracting(CatalogEntry::id).containsExactly("x");
  }

  @Test
  void onlyAListedDigestMakesFileDigestsNecessary() {
    Detection digest =
        new Detection(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of("ab".repeat(32)));
    Detection driver =
        new Detection(
            null,
            null,
            null,
            List.of("x.Driver"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    Catalog without =
        Catalog.of("", "", "s", List.of(entry("plain", "P", null), entry("drv", "D", driver)));
    assertThat(without.identifiesByDigest()).isFalse();
    Catalog with =
        Catalog.of("", "", "s", List.of(entry("plain", "P", null), entry("dig", "G", digest)));
    assertThat(with.identifiesByDigest()).isTrue();
    assertThat(Catalog.empty().identifiesByDigest()).isFalse();
  }
}
