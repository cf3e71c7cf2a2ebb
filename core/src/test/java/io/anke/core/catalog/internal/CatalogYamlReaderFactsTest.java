package io.anke.core.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import io.anke.core.catalog.CatalogEntry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Vendor names, manifest facts and unconfirmed facts as the catalog reader accepts or refuses. */
class CatalogYamlReaderFactsTest {

  private static CatalogYamlReader.Result read(String entryBody) {
    String yaml =
        """
        entries:
          - id: e1
            category: database
            standing: domestic
            status: partial
        """
            + entryBody;
    return CatalogYamlReader.read(
        "c.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aVendorNeedsAChineseOrAnEnglishName() {
    assertThat(read("    vendor: {zh: 甲方}\n").entries().get(0).vendorZh()).isEqualTo("甲方");
    CatalogEntry en = read("    vendor: {en: Party}\n").entries().get(0);
    assertThat(en.vendorEn()).isEqualTo("Party");
    assertThat(en.vendorZh()).isNull();
    assertThatThrownBy(() -> read("    vendor: {aliases: [P]}\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("c.yaml:6: entry e1: vendor needs a zh or en name");
  }

  @Test
  void manifestFactsAreAttributeEqualsValueWithSpacesTrimmed() {
    CatalogEntry e =
        read("""
                    vendor: {en: P}
                    detect:
                      manifest: ["Bundle-Name =  Party Lib ", "Implementation-Version=1.0"]
                """)
            .entries()
            .get(0);
    assertThat(e.detection().manifest())
        .containsExactly("Bundle-Name=Party Lib", "Implementation-Version=1.0");
    for (String bad : new String[] {"Bundle-Name=", "Bundle-Name", "Unknown-Attr=x"}) {
      assertThatThrownBy(
              () ->
                  read(
                      """
                          vendor: {en: P}
                          detect:
                            manifest: ["%s"]
                      """
                          .formatted(bad)))
          .as(bad)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("entry e1: manifest fact '" + bad + "' must be Attribute=value");
    }
  }

  @Test
  void anUnconfirmedFactMustBeADetectValueWrittenFieldEqualsValue() {
    CatalogEntry e =
        read("""
                    vendor: {en: P}
                    detect:
                      cpuImplementer: "0x48"
                      cpuVendorId: ["  Padded  "]
                    unconfirmed: [cpuImplementer=0x48, cpuVendorId=Padded]
                """)
            .entries()
            .get(0);
    assertThat(e.unconfirmedFacts()).containsExactly("cpuImplementer=0x48", "cpuVendorId=Padded");
    for (String bad : new String[] {"cpuImplementer", "cpuImplementer=0x41", "cpuVendorId=Other"}) {
      assertThatThrownBy(
              () ->
                  read(
                      """
                          vendor: {en: P}
                          detect:
                            cpuImplementer: "0x48"
                            cpuVendorId: [Padded]
                          unconfirmed: [%s]
                      """
                          .formatted(bad)))
          .as(bad)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining(
              "entry e1: unconfirmed fact '" + bad + "' is not one of its detect values");
    }
    assertThatThrownBy(
            () ->
                read(
                    """
                        vendor: {en: P}
                        detect:
                          cpuVendorId: [Padded]
                        unconfirmed: [cpuImplementer=0x48]
                    """))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("unconfirmed fact 'cpuImplementer=0x48'");
  }
}
