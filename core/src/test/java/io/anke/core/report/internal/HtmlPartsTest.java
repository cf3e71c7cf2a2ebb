package io.anke.core.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts of the HTML report that turn rule texts into layout: standards, paths, remediations.
 */
class HtmlPartsTest {

  @Test
  void standardReferencesReadInEitherLanguage() {
    assertThat(Standards.label("GB/T 39786-2021 5(a)"))
        .isEqualTo(Text.same("GB/T 39786-2021 5(a)"));
    assertThat(Standards.label("GB/T 39786-2021 Annex B"))
        .isEqualTo(Text.of("GB/T 39786-2021 附录 B", "GB/T 39786-2021 Annex B"));
    assertThat(Standards.label("Cybersecurity Law (网络安全法) Art. 21(3)"))
        .isEqualTo(Text.of("《网络安全法》 第 21 条第（3）项", "Cybersecurity Law Art. 21(3)"));
    assertThat(Standards.label("Xinchuang (信创) domestic stack"))
        .isEqualTo(Text.of("信创国产化要求", "Xinchuang domestic stack"));
    assertThat(Standards.name("GB/T 22239-2019 8.1.4.8").zh()).contains("网络安全等级保护基本要求");
    // Unknown standards, and prefixes of known ones that are not the whole designation, as written.
    assertThat(Standards.label("ISO/IEC 27001 A.8.24"))
        .isEqualTo(Text.same("ISO/IEC 27001 A.8.24"));
    assertThat(Standards.name("ISO/IEC 27001 A.8.24")).isNull();
    assertThat(Standards.name("GB/T 39786-20219 5(a)")).isNull();
    // The clause chart: a heading per standard, rows with the clause alone.
    assertThat(Standards.standard("GB/T 39786-2021 Annex B")).isEqualTo("gbt39786");
    assertThat(Standards.standard("ISO/IEC 27001 A.8.24")).isEmpty();
    assertThat(Standards.clause("GB/T 39786-2021 Annex B")).isEqualTo(Text.of("附录 B", "Annex B"));
    assertThat(Standards.clause("GB/T 17964-2021")).isEqualTo(Text.same("GB/T 17964-2021"));
    assertThat(Standards.clause("ISO/IEC 27001 A.8.24"))
        .isEqualTo(Text.same("ISO/IEC 27001 A.8.24"));
    assertThat(Standards.standardLabel("Cybersecurity Law (网络安全法) Art. 21(3)"))
        .isEqualTo(Text.of("《网络安全法》", "Cybersecurity Law"));
  }

  @Test
  void clausesSortInNaturalOrderAnnexesLastUnknownStandardsAfterKnownOnes() {
    List<String> refs =
        new ArrayList<>(
            List.of(
                "ISO/IEC 27001 A.8.24",
                "GB/T 39786-2021 Annex B",
                "GB/T 22239-2019 8.1.4.11",
                "GB/T 39786-2021 8.10(a)",
                "GB/T 22239-2019 8.1.4.2",
                "GB/T 39786-2021 8.2(c)",
                "Xinchuang (信创) domestic stack",
                "GB/T 39786-2021 5(a)"));
    refs.sort(Standards.ORDER);
    assertThat(refs)
        .containsExactly(
            "GB/T 39786-2021 5(a)",
            "GB/T 39786-2021 8.2(c)",
            "GB/T 39786-2021 8.10(a)",
            "GB/T 39786-2021 Annex B",
            "GB/T 22239-2019 8.1.4.2",
            "GB/T 22239-2019 8.1.4.11",
            "Xinchuang (信创) domestic stack",
            "ISO/IEC 27001 A.8.24");
  }

  static final Subject DRIVER =
      new Subject(
          Subject.COMPONENT,
          "pkg:maven/com.oracle.database.jdbc/ojdbc11@23.5",
          List.of("gov:app:1", "gov:shared:2", "com.oracle.database.jdbc:ojdbc11:23.5"));

  @Test
  void aMessageDoesNotRepeatTheDependencyPathTheCardShows() {
    Text message =
        Text.of(
            "ojdbc11 属于境外数据库（引入路径：gov:app:1 → gov:shared:2）",
            "ojdbc11 is a foreign database (pulled in by gov:app:1 → gov:shared:2)");
    assertThat(HtmlFindings.withoutPath(message, DRIVER))
        .isEqualTo(Text.of("ojdbc11 属于境外数据库", "ojdbc11 is a foreign database"));
    // A parenthesis that says more than the path stays; so does a message without it.
    Text more =
        Text.same("uses MD5 (in library shared-2.jar, pulled in by gov:app:1 → gov:shared:2)");
    assertThat(HtmlFindings.withoutPath(more, DRIVER)).isEqualTo(more);
    Text plain = Text.same("ojdbc11 is foreign; confirm the server");
    assertThat(HtmlFindings.withoutPath(plain, DRIVER)).isEqualTo(plain);
    Text trailing = Text.same("see gov:app:1 → gov:shared:2 for details");
    assertThat(HtmlFindings.withoutPath(trailing, DRIVER)).isEqualTo(trailing);
  }

  @Test
  void aRemediationThatListsAlternativesShowsThemAsAList() {
    String en =
        "Migrate to a domestic database; remove the foreign driver. Domestic alternatives from the"
            + " catalog: DM8 (Dameng): com.dameng:DmJdbcDriver18:8.1.3.140; KingbaseES V8 (Kingbase):"
            + " cn.com.kingbase:kingbase8; TiDB (PingCAP): through its mysql-protocol driver.";
    assertThat(Remediation.html(en, false))
        .isEqualTo(
            "<p>Migrate to a domestic database; remove the foreign driver.</p>"
                + "<p>Domestic alternatives from the catalog:</p><ul class=\"alternatives\">"
                + "<li>DM8 (Dameng): com.dameng:DmJdbcDriver18:8.1.3.140</li>"
                + "<li>KingbaseES V8 (Kingbase): cn.com.kingbase:kingbase8</li>"
                + "<li>TiDB (PingCAP): through its mysql-protocol driver</li></ul>");
    String zh = "迁移到国产数据库。目录中的国产替代：DM8（达梦）：com.dameng:x；KingbaseES（金仓）：y；TiDB（平凯）：通过 mysql 协议驱动。";
    assertThat(Remediation.html(zh, true))
        .isEqualTo(
            "<p>迁移到国产数据库。</p><p>目录中的国产替代：</p><ul class=\"alternatives\">"
                + "<li>DM8（达梦）：com.dameng:x</li><li>KingbaseES（金仓）：y</li>"
                + "<li>TiDB（平凯）：通过 mysql 协议驱动</li></ul>");
    // Two parts are a sentence, not a list; text is escaped.
    assertThat(Remediation.html("Do this: a; b <c>.", false))
        .isEqualTo("<p>Do this: a; b &lt;c&gt;.</p>");
  }
}
