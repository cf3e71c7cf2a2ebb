package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.cli.HeadlessChromium.Page;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of the README's main job, looked at in a real browser (Debian's Chromium,
 * headless, without network): no sideways scrolling at 1,280, 1,024 and 390 px, in print at A4
 * width either; the filters, the grouping switch, the summary's tiles and the language switch
 * change what is shown; the page opens in the report's language; it requests nothing but its own
 * file and logs no error. It also takes the screenshots of {@code docs/reports.md} and checks that
 * the committed ones exist with the same dimensions; {@code -Ddocs.screenshots=true} writes them
 * instead.
 *
 * <p>Without Chromium the test fails, saying how to install it ({@code .ci/run} does); {@code
 * -Dbrowser.skip=true} skips it in a local run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTest {
  /** The viewports of the checks and screenshots: two desktop windows and a phone. */
  static final int[][] VIEWPORTS = {{1280, 900}, {1024, 900}, {390, 844}};

  static final List<String> LANGUAGES = List.of("zh", "en");
  static final String RECORD_PROPERTY = "docs.screenshots";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private HeadlessChromium browser;
  private final Map<String, Path> reports = new LinkedHashMap<>();
  private JsonNode facts;

  @BeforeAll
  void scanAndStartTheBrowser() throws Exception {
    Assumptions.assumeFalse(
        Boolean.getBoolean(HeadlessChromium.SKIP_PROPERTY),
        "-D" + HeadlessChromium.SKIP_PROPERTY + "=true: the browser tests are skipped");
    Path binary = HeadlessChromium.binary();
    if (binary == null) {
      fail(
          "Chromium is not installed ("
              + HeadlessChromium.DEBIAN_BINARY
              + " or chromium on PATH): install Debian's package with 'apt-get install chromium'"
              + " (.ci/run does), or skip these tests locally with -D"
              + HeadlessChromium.SKIP_PROPERTY
              + "=true");
    }
    for (String lang : LANGUAGES) {
      reports.put(lang, mainJob(lang));
    }
    facts = JSON.readTree(reports.get("en").resolveSibling("anke-report.json").toFile());
    browser = HeadlessChromium.start(binary, dir.resolve("browser"));
  }

  @AfterAll
  void stopTheBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  /**
   * The README's main job as a reader runs it: in a JVM of its own started in the checkout, with
   * the inputs as relative paths (so the report shows them as the README's run does) and the JVM's
   * locale in {@code lang}; the HTML report it wrote.
   */
  private Path mainJob(String lang) throws IOException, InterruptedException {
    Path out = dir.resolve("out-" + lang);
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1",
            "-Duser.language=" + lang,
            "-Duser.country=" + (lang.equals("zh") ? "CN" : "US"),
            "-cp",
            classPath,
            ReadmeMainJob.class.getName(),
            "scan",
            "--sbom",
            "samples/data/permit-service.cdx.json",
            "--inventory",
            "samples/data/hardware-inventory.csv",
            "--host",
            "--profile",
            "xinchuang-strict",
            "--format",
            "html",
            "--format",
            "json",
            "--output",
            out.toString());
    Path log = dir.resolve("main-job-" + lang + ".log");
    Process p =
        new ProcessBuilder(command)
            .directory(repository(".").toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("the main job did not end: " + Files.readString(log, StandardCharsets.UTF_8));
    }
    assertThat(p.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isEqualTo(1);
    Path html = out.resolve("anke-report.html");
    String expected = lang.equals("zh") ? "<html lang=\"zh-CN\">" : "<html lang=\"en\">";
    assertThat(Files.readString(html, StandardCharsets.UTF_8))
        .as("the report of a run in language %s (is ANKE_LANG set?)", lang)
        .contains(expected)
        .contains("samples/data/permit-service.cdx.json:");
    return html;
  }

  /**
   * {@code anke} on the test class path as the runnable jar runs, for {@link #mainJob}: the JDBC
   * drivers of this module's tests are hidden from the host probe.
   */
  static final class ReadmeMainJob {
    private ReadmeMainJob() {}

    public static void main(String[] args) {
      Thread.currentThread()
          .setContextClassLoader(new WithoutTestDrivers(ReadmeMainJob.class.getClassLoader()));
      PrintWriter out =
          new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
      PrintWriter err =
          new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
      System.exit(Main.execute(out, err, args));
    }
  }

  /**
   * The test class path as the runnable jar's: the host probe finds JDBC drivers through their
   * service registrations on the context class loader, and this module's tests have a foreign
   * driver (ojdbc11) that the {@code anke} command does not ship. Everything else is delegated.
   */
  private static final class WithoutTestDrivers extends ClassLoader {
    WithoutTestDrivers(ClassLoader parent) {
      super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return name.equals("META-INF/services/java.sql.Driver")
          ? Collections.emptyEnumeration()
          : super.getResources(name);
    }
  }

  /** A file of this checkout, found from the module directory Surefire runs in. */
  static Path repository(String relative) {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("mvnw")) && Files.isDirectory(d.resolve("docs"))) {
        return d.resolve(relative);
      }
    }
    throw new AssertionError("no checkout above " + Path.of("").toAbsolutePath());
  }

  private String url(String lang) {
    return reports.get(lang).toUri().toString();
  }

  /** A tab of the viewport with the report in {@code lang} loaded. */
  private Page load(String lang, int width, int height) throws IOException {
    Page page = browser.open(width, height);
    page.navigate(url(lang));
    return page;
  }

  /** The page requested only its own file and reported no problem; then the tab is closed. */
  private void assertCleanAndClose(Page page, String lang) throws IOException {
    assertThat(page.requests()).as("requests of the page").containsOnly(url(lang));
    assertThat(page.problems()).as("console, exceptions and log of the page").isEmpty();
    page.close();
  }

  // --- layout ---------------------------------------------------------------------------------

  /**
   * What sticks out to the right of the viewport: the page's scroll width when wider, and each
   * visible element whose box ends beyond the right edge (content clipped by a box that hides its
   * overflow sticks out too, without making the page scroll).
   */
  private static List<String> overflow(Page page) throws IOException {
    JsonNode r =
        page.eval(
            """
            (() => {
              const width = window.innerWidth;
              const out = [];
              const scroll = document.documentElement.scrollWidth;
              if (scroll > width) { out.push('page scrollWidth ' + scroll + ' > ' + width); }
              for (const el of document.body.querySelectorAll('*')) {
                const box = el.getBoundingClientRect();
                if (box.width === 0 || box.height === 0) { continue; }
                if (box.right > width + 0.5) {
                  out.push(el.tagName.toLowerCase() + '.' + el.className + ' ends at '
                      + Math.round(box.right) + ' > ' + width + ': '
                      + (el.textContent || '').trim().slice(0, 60));
                }
              }
              return out.slice(0, 10);
            })()
            """);
    List<String> out = new ArrayList<>();
    r.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static void click(Page page, String selector) throws IOException {
    page.eval("document.querySelector(" + JSON.writeValueAsString(selector) + ").click()");
  }

  private static void group(Page page, String by) throws IOException {
    click(page, "input[name=group][value=" + by + "]");
  }

  @Test
  void nothingScrollsSidewaysAtAnyWidthAndEveryControlWorksThere() throws IOException {
    int total = facts.get("findings").size();
    int high = facts.at("/summary/high").asInt();
    for (int[] v : VIEWPORTS) {
      for (String lang : LANGUAGES) {
        Page page = load(lang, v[0], v[1]);
        String where = lang + " at " + v[0] + " px";
        assertThat(page.eval("window.innerWidth").asInt()).as(where).isEqualTo(v[0]);
        assertThat(overflow(page)).as(where).isEmpty();
        // A filter.
        assertThat(shown(page)).as(where).isEqualTo(total);
        set(page, "sev", "high");
        assertThat(shown(page)).as(where).isEqualTo(high);
        assertThat(overflow(page)).as(where + ", filtered").isEmpty();
        set(page, "sev", "");
        // Every finding opened, in each grouping.
        click(page, "#expand");
        assertThat(overflow(page)).as(where + ", expanded").isEmpty();
        for (String by : List.of("rule", "clause", "subject")) {
          group(page, by);
          assertThat(
                  page.eval(
                          "Array.from(document.querySelectorAll('.view'))"
                              + ".filter(v => v.checkVisibility()).map(v => v.dataset.view)")
                      .toString())
              .as(where)
              .isEqualTo("[\"" + by + "\"]");
          assertThat(overflow(page)).as(where + ", grouped by " + by + ", expanded").isEmpty();
        }
        // The other language.
        String h1 = page.eval("document.querySelector('h1').innerText").asText();
        click(page, "#lang");
        assertThat(page.eval("document.documentElement.lang").asText())
            .as(where)
            .isEqualTo(lang.equals("zh") ? "en" : "zh-CN");
        assertThat(page.eval("document.querySelector('h1').innerText").asText())
            .as(where)
            .isNotEqualTo(h1);
        assertThat(overflow(page)).as(where + ", other language").isEmpty();
        assertCleanAndClose(page, lang);
      }
    }
  }

  @Test
  void printsOnA4WithoutControlsOrSidewaysOverflow() throws IOException {
    // A4 (210 mm) less the page's 12 mm side margins is 186 mm, about 703 CSS pixels.
    Page page = load("zh", 703, 1000);
    page.emulateMedia("print");
    assertThat(overflow(page)).as("print media at A4 width").isEmpty();
    for (String control : List.of(".toolbar", "#lang")) {
      assertThat(page.eval("getComputedStyle(document.querySelector('" + control + "')).display"))
          .as(control)
          .hasToString("\"none\"");
    }
    // Printing opens every finding of the current view, and closes them again afterwards.
    int cards = visible(page, ".finding");
    page.eval("window.dispatchEvent(new Event('beforeprint'))");
    assertThat(page.eval("document.querySelectorAll('.finding > details[open]').length").asInt())
        .isEqualTo(cards);
    page.eval("window.dispatchEvent(new Event('afterprint'))");
    assertThat(page.eval("document.querySelectorAll('.finding > details[open]').length").asInt())
        .isZero();
    byte[] pdf = page.printToPdf();
    String head = new String(pdf, 0, 5, StandardCharsets.ISO_8859_1);
    assertThat(head).isEqualTo("%PDF-");
    assertThat(overflow(page)).as("after printing").isEmpty();
    assertCleanAndClose(page, "zh");
  }

  // --- behaviour ------------------------------------------------------------------------------

  private static int shown(Page page) throws IOException {
    return Integer.parseInt(page.eval("document.getElementById('count').textContent").asText());
  }

  private static int visible(Page page, String selector) throws IOException {
    return page.eval(
            "Array.from(document.querySelectorAll("
                + JSON.writeValueAsString(selector)
                + ")).filter(e => e.checkVisibility()).length")
        .asInt();
  }

  private static void set(Page page, String id, String value) throws IOException {
    page.eval(
        "(() => { const e = document.getElementById('"
            + id
            + "'); e.value = "
            + JSON.writeValueAsString(value)
            + "; e.dispatchEvent(new Event(e.tagName === 'INPUT' ? 'input' : 'change')); })()");
  }

  @Test
  void filtersGroupingAndTilesChangeWhatIsShown() throws IOException {
    JsonNode findings = facts.get("findings");
    int total = findings.size();
    Set<String> rules = new TreeSet<>();
    Set<String> clauses = new TreeSet<>();
    boolean someWithoutClause = false;
    int high = 0;
    for (JsonNode f : findings) {
      rules.add(f.get("ruleId").asText());
      f.get("standards").forEach(s -> clauses.add(s.asText()));
      someWithoutClause |= f.get("standards").isEmpty();
      high += f.get("severity").asText().equals("high") ? 1 : 0;
    }
    assertThat(total).isGreaterThan(10);
    assertThat(high).isPositive().isLessThan(total);

    Page page = load("en", 1280, 900);
    assertThat(shown(page)).isEqualTo(total);
    assertThat(visible(page, ".finding")).isEqualTo(total);

    set(page, "sev", "high");
    assertThat(shown(page)).isEqualTo(high);
    assertThat(visible(page, ".finding")).isEqualTo(high);
    assertThat(visible(page, ".finding:not([data-severity=high])")).isZero();
    set(page, "sev", "");
    set(page, "q", "ojdbc11@23.5.0.24.07");
    assertThat(shown(page)).isEqualTo(1);
    assertThat(visible(page, ".group")).isEqualTo(1);
    set(page, "q", "no finding says this");
    assertThat(shown(page)).isZero();
    assertThat(visible(page, "#empty")).isEqualTo(1);
    set(page, "q", "");
    assertThat(shown(page)).isEqualTo(total);

    group(page, "rule");
    assertThat(visible(page, ".view[data-view=subject] .finding")).isZero();
    assertThat(visible(page, ".group")).isEqualTo(rules.size());
    assertThat(visible(page, ".finding")).isEqualTo(total);
    // Outside the subject view, a card names its subject and, opened, its dependency path.
    String copy = ".view[data-view=rule] .finding[data-rule=BOM-FOREIGN-DB-DRIVER]";
    click(page, copy + " summary");
    assertThat(page.eval("document.querySelector('" + copy + "').innerText").asText())
        .contains("pkg:maven/com.oracle.database.jdbc/ojdbc11@23.5.0.24.07")
        .contains("gov.example.shared:legacy-report:1.8.2");
    click(page, copy + " summary");
    group(page, "clause");
    assertThat(visible(page, ".group")).isEqualTo(clauses.size() + (someWithoutClause ? 1 : 0));
    int clauseMemberships = 0;
    for (JsonNode f : findings) {
      clauseMemberships += Math.max(1, f.get("standards").size());
    }
    assertThat(visible(page, ".finding")).isEqualTo(clauseMemberships);
    group(page, "subject");

    // A tile of the summary filters by its severity, counting findings only.
    click(page, ".tile[data-sev=high]");
    assertThat(page.eval("document.getElementById('sev').value").asText()).isEqualTo("high");
    assertThat(shown(page)).isEqualTo(facts.at("/summary/high").asInt());
    set(page, "sev", "");
    set(page, "state", "");

    // The headline shows the message; the remediation opens behind it.
    String fix = ".finding[data-rule=BOM-FOREIGN-DB-DRIVER] .fix";
    assertThat(visible(page, fix)).isZero();
    click(page, ".view[data-view=subject] .finding[data-rule=BOM-FOREIGN-DB-DRIVER] summary");
    assertThat(visible(page, fix)).isEqualTo(1);
    assertThat(
            page.eval("document.querySelector('" + fix + " ul.alternatives').innerText").asText())
        .contains("DM8", "KingbaseES");
    // The dependency path once: in the group's head, not again in the message.
    String message =
        page.eval(
                "document.querySelector('.finding[data-rule=BOM-FOREIGN-DB-DRIVER] .f-msg').innerText")
            .asText();
    assertThat(message).contains("foreign database").doesNotContain("legacy-report");
    assertThat(visible(page, ".g-path")).isPositive();
    assertCleanAndClose(page, "en");
  }

  @Test
  void theSummaryChartsTheDomesticShareOfEachCategory() throws IOException {
    Map<String, JsonNode> shares = new LinkedHashMap<>();
    for (JsonNode f : facts.get("findings")) {
      if (f.get("ruleId").asText().equals("HW-DOMESTIC-SHARE")) {
        shares.put(f.at("/properties/category").asText(), f.get("properties"));
      }
    }
    assertThat(shares).containsKeys("server", "network", "virtualization");
    Page page = load("en", 1280, 900);
    assertThat(visible(page, "#share .row")).isEqualTo(shares.size());
    for (Map.Entry<String, JsonNode> e : shares.entrySet()) {
      JsonNode p = e.getValue();
      String row = "#share .row[data-category=" + e.getKey() + "]";
      String text = page.eval("document.querySelector('" + row + "').innerText").asText();
      assertThat(text)
          .as(e.getKey())
          .contains(
              p.get("domestic").asText() + " domestic (" + p.get("domesticPercent").asText() + "%)",
              p.get("foreign").asText() + " foreign",
              p.get("total").asText() + " in all");
      // The bar's domestic part is as long as its share of the row's bar.
      double ratio =
          page.eval(
                  "(() => { const bar = document.querySelector('"
                      + row
                      + " svg.bar'); const d = bar.querySelector('rect.domestic');"
                      + " return d ? d.getBoundingClientRect().width"
                      + " / bar.getBoundingClientRect().width : 0; })()")
              .asDouble();
      assertThat(ratio * 100)
          .as(e.getKey())
          .isCloseTo(p.get("domesticPercent").asDouble(), org.assertj.core.data.Offset.offset(1.0));
    }
    assertThat(
            page.eval("document.querySelector('#share .row[data-category=server]').innerText")
                .asText())
        .containsIgnoringCase("server");
    assertThat(visible(page, "#clauses .row")).isPositive();
    assertCleanAndClose(page, "en");
  }

  // --- language -------------------------------------------------------------------------------

  /**
   * The English and Chinese labels of the HTML report's bundle that differ and have no argument.
   */
  private static Map<String, String[]> labels() throws IOException {
    Properties en = properties("io/anke/core/report/Html.properties");
    Properties zh = properties("io/anke/core/report/Html_zh_CN.properties");
    Map<String, String[]> out = new LinkedHashMap<>();
    for (String key : en.stringPropertyNames()) {
      String e = en.getProperty(key);
      String z = zh.getProperty(key);
      assertThat(z).as("Chinese label " + key).isNotNull();
      if (!e.equals(z) && !e.contains("{") && !key.equals("switchTo") && e.length() > 3) {
        out.put(key, new String[] {z, e});
      }
    }
    return out;
  }

  private static Properties properties(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        HtmlReportBrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /**
   * The labels of {@code labels} whose {@code index} (0 Chinese, 1 English) half shows in {@code
   * text}; English ones as whole words ("High" is not in "HighGo").
   */
  private static Set<String> shownLabels(String text, Map<String, String[]> labels, int index) {
    Set<String> out = new LinkedHashSet<>();
    labels.forEach(
        (key, both) -> {
          String label = both[index];
          Pattern word =
              Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(label) + "(?![\\p{L}\\p{N}])");
          if (index == 0 ? text.contains(label) : word.matcher(text).find()) {
            out.add(key + "=" + label);
          }
        });
    return out;
  }

  @Test
  void opensInTheReportsLanguageAndSwitchesCompletely() throws IOException {
    Map<String, String[]> labels = labels();
    assertThat(labels).hasSizeGreaterThan(40);
    String[] title = {"Anke 合规检查报告", "Anke compliance report"};
    for (String lang : LANGUAGES) {
      Page page = load(lang, 1280, 900);
      click(page, "#expand");
      for (int step = 0; step < 2; step++) {
        boolean zh = lang.equals("zh") == (step == 0);
        String where = lang + " report" + (step == 0 ? "" : " switched");
        assertThat(page.eval("document.documentElement.lang").asText())
            .as(where)
            .isEqualTo(zh ? "zh-CN" : "en");
        assertThat(page.eval("document.querySelector('h1').innerText").asText())
            .as(where)
            .isEqualTo(title[zh ? 0 : 1]);
        assertThat(page.eval("document.title").asText()).as(where).isEqualTo(title[zh ? 0 : 1]);
        assertThat(page.eval("document.querySelector('#sev option[value=high]').text").asText())
            .as(where)
            .isEqualTo(zh ? "高危" : "High");
        assertThat(page.eval("document.getElementById('q').placeholder").asText())
            .as(where)
            .isEqualTo(zh ? "筛选发现项" : "Filter findings");
        String text = page.eval("document.body.innerText").asText();
        // No label of the other language shows, in any grouping.
        for (String by : List.of("subject", "rule", "clause")) {
          group(page, by);
          text += page.eval("document.body.innerText").asText();
        }
        group(page, "subject");
        assertThat(shownLabels(text, labels, zh ? 1 : 0)).as(where).isEmpty();
        assertThat(shownLabels(text, labels, zh ? 0 : 1)).as(where).isNotEmpty();
        if (zh) {
          assertThat(text).as(where).contains("高危", "信创国产化要求", "各类别国产化比例");
          assertThat(text).as(where).doesNotContain("HIGH", "Domestic share", "Xinchuang");
        } else {
          assertThat(text).as(where).contains("High", "Xinchuang domestic stack");
          assertThat(text).as(where).doesNotContain("高危", "信创", "国产");
        }
        click(page, "#lang");
      }
      assertCleanAndClose(page, lang);
    }
  }

  // --- the harness itself -----------------------------------------------------------------------

  /** A page that reaches for the network and logs an error is caught by the checks above. */
  @Test
  void theChecksCatchAPageThatLoadsSomethingOrLogsAnError() throws IOException {
    Path bad = dir.resolve("bad.html");
    Files.writeString(
        bad,
        "<!DOCTYPE html><html><body><div style=\"width:2000px\">wide</div>"
            + "<img src=\"http://example.invalid/x.png\"><script>console.error('x')</script>"
            + "</body></html>",
        StandardCharsets.UTF_8);
    Page page = browser.open(1024, 900);
    page.navigate(bad.toUri().toString());
    assertThat(page.requests()).contains(bad.toUri().toString(), "http://example.invalid/x.png");
    assertThat(page.problems()).anyMatch(p -> p.startsWith("console.error"));
    assertThat(overflow(page)).isNotEmpty();
    page.close();
  }

  // --- screenshots ----------------------------------------------------------------------------

  /**
   * A screenshot of {@code docs/reports.md}: the report in {@code lang} in a viewport of {@code
   * width} × {@code height}, after {@code setup} (JavaScript, may be empty) ran.
   */
  record Shot(String file, String lang, int width, int height, String setup) {}

  /** The top of the page at each width in both languages, and the findings at 1,280 px. */
  static List<Shot> shots() {
    List<Shot> shots = new ArrayList<>();
    for (int[] v : VIEWPORTS) {
      for (String lang : LANGUAGES) {
        shots.add(
            new Shot("docs/images/report-" + lang + "-" + v[0] + ".png", lang, v[0], v[1], ""));
      }
    }
    for (String lang : LANGUAGES) {
      shots.add(
          new Shot(
              "docs/images/report-" + lang + "-1280-findings.png",
              lang,
              1280,
              900,
              "document.querySelector('.view[data-view=subject] .finding summary').click();"
                  + " document.getElementById('findings').scrollIntoView();"));
    }
    return shots;
  }

  @Test
  void screenshotsOfTheDocsAreTheReportAtEachWidthInBothLanguages() throws IOException {
    boolean record = Boolean.getBoolean(RECORD_PROPERTY);
    List<String> problems = new ArrayList<>();
    for (Shot shot : shots()) {
      Page page = load(shot.lang(), shot.width(), shot.height());
      if (!shot.setup().isEmpty()) {
        page.eval(shot.setup());
      }
      byte[] png = Screenshots.compact(page.screenshot());
      assertCleanAndClose(page, shot.lang());
      BufferedImage taken = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(taken.getWidth()).as(shot.file()).isEqualTo(shot.width());
      assertThat(taken.getHeight()).as(shot.file()).isEqualTo(shot.height());
      Path committed = repository(shot.file());
      if (record) {
        Files.createDirectories(committed.getParent());
        Files.write(committed, png);
        continue;
      }
      BufferedImage image =
          Files.isRegularFile(committed) ? ImageIO.read(committed.toFile()) : null;
      if (image == null
          || image.getWidth() != taken.getWidth()
          || image.getHeight() != taken.getHeight()) {
        problems.add(
            shot.file() + " is missing or not a " + shot.width() + "x" + shot.height() + " PNG");
      }
    }
    // The page that shows them names each one.
    String page = Files.readString(repository("docs/reports.md"), StandardCharsets.UTF_8);
    for (Shot shot : shots()) {
      if (!page.contains("](" + shot.file().substring("docs/".length()) + ")")) {
        problems.add("docs/reports.md does not show " + shot.file());
      }
    }
    assertThat(problems)
        .as("regenerate with -D" + RECORD_PROPERTY + "=true (see docs/reports.md)")
        .isEmpty();
  }
}
