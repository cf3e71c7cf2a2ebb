package io.anke.core.report.internal;

import static io.anke.core.report.internal.Html.both;
import static io.anke.core.report.internal.Html.esc;
import static io.anke.core.report.internal.Html.text;

import io.anke.core.engine.ScanResult;
import io.anke.core.internal.CoreMessage;
import io.anke.core.report.ReportFormat;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One self-contained HTML file for people: a summary to look at (the verdict against the profile,
 * counting findings by severity, and inline-SVG charts of the domestic share per inventory category
 * and of the findings per standard clause), then the findings grouped by subject, rule or clause
 * with filters. Both languages are in the page; it opens in the options' language and switches in
 * place. Inline CSS and JavaScript only: a Content Security Policy forbids loading anything, and
 * every text from the scan is HTML-escaped. The layout fits 1,280 px and 1,024 px windows without
 * sideways scrolling, works on a 390 px phone, and prints on A4.
 */
public final class HtmlReport implements ReportFormat {
  /**
   * The page's stylesheet and script, read when a page is first written: the start-up guard builds
   * every format to render JSON alone, and must not read these on each application start.
   */
  private static final class Assets {
    static final String CSS = resource("report.css");
    static final String SCRIPT = resource("report.js");
  }

  @Override
  public String id() {
    return "html";
  }

  @Override
  public String fileName() {
    return "anke-report.html";
  }

  @Override
  public void write(ScanResult result, ReportOptions options, OutputStream out) throws IOException {
    boolean zh = Text.isChinese(options.locale());
    Text title = ReportText.both("report.title");
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n");
    h.append("<head>\n<meta charset=\"utf-8\">\n");
    h.append(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none';"
            + " form-action 'none'\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<meta name=\"color-scheme\" content=\"light\">\n");
    h.append("<title data-attr=\"text\" data-zh=\"").append(esc(title.zh()));
    h.append("\" data-en=\"").append(esc(title.en())).append("\">");
    h.append(esc(zh ? title.zh() : title.en())).append("</title>\n");
    h.append("<style>\n").append(Assets.CSS).append("</style>\n</head>\n");
    h.append("<body class=\"").append(zh ? "show-zh" : "show-en").append("\">\n");

    h.append("<header class=\"masthead\">\n<div class=\"wrap\">\n<div>\n<h1>");
    h.append(both(title)).append("</h1>\n<p class=\"meta\">");
    h.append(both(labelled(ReportText.both("report.profile"))));
    if (result.profile() == null) {
      h.append(both(ReportText.both("report.noProfile")));
    } else {
      h.append("<code>").append(esc(result.profile().id())).append("</code> ");
      h.append(both(result.profile().title()));
    }
    h.append(" · ").append(both(labelled(ReportText.both("report.tool")))).append("anke ");
    h.append(esc(options.toolVersion())).append("</p>\n</div>\n");
    h.append("<button type=\"button\" id=\"lang\">")
        .append(both(text("switchTo")))
        .append("</button>\n</div>\n</header>\n<main class=\"wrap\">\n");

    HtmlSummary.write(h, result);
    HtmlFindings.write(h, result, zh);

    h.append("</main>\n<footer class=\"wrap\"><p>");
    h.append(both(text("footer", options.toolVersion()))).append("</p></footer>\n");
    h.append("<script>\n").append(Assets.SCRIPT).append("</script>\n</body>\n</html>\n");
    out.write(h.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** "Profile: " / "检查方案：" — a label before its value, with each language's colon. */
  private static Text labelled(Text label) {
    return Text.of(label.zh() + "：", label.en() + ": ");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(CoreMessage.REPORT_HTML_RESOURCE_MISSING.english(name));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
