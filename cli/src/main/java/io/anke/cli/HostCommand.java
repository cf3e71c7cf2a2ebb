package io.anke.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogMatch;
import io.anke.core.host.HostFacts;
import io.anke.core.host.HostInventory;
import io.anke.core.host.HostProbe;
import io.anke.core.report.ReportOptions;
import io.anke.scan.bom.CycloneDxWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code anke host [--format text|json|cyclonedx] [--root DIR] [--catalog FILE]...}: probes the
 * machine (OS, CPU, server vendor, JVM, registered JDBC drivers) and identifies each part against
 * the vendor catalog, with supplier and country.
 */
@Command(
    name = "host",
    resourceBundle = "io.anke.cli.HostMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class HostCommand implements Callable<Integer> {

  /** Output formats of the command. */
  enum Format {
    text,
    json,
    cyclonedx
  }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "format")
  Format format = Format.text;

  @Option(names = "--root", paramLabel = "DIR", descriptionKey = "root")
  Path root;

  @Option(names = "--catalog", paramLabel = "FILE", descriptionKey = "catalog")
  List<Path> catalogs = new ArrayList<>();

  @Override
  public Integer call() {
    if (root != null && !Files.isDirectory(root)) {
      throw new UsageException(text("error.rootNotDirectory", root));
    }
    Catalog catalog = Catalog.load(catalogs);
    HostProbe probe =
        root == null
            ? HostProbe.live()
            : new HostProbe(
                root,
                // with --root only the files come from the image
                HostProbe.liveSystemProperties(),
                Thread.currentThread().getContextClassLoader());
    HostFacts facts = probe.probe();
    BillOfMaterials bom = HostInventory.toBom(facts, catalog);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case text -> printText(out, bom, facts, catalog);
      case json -> out.print(json(bom, facts, catalog));
      case cyclonedx ->
          out.print(
              CycloneDxWriter.builder()
                  .toolVersion(ReportOptions.defaults().toolVersion())
                  .build()
                  .write(List.of(bom), catalog));
    }
    out.flush();
    return 0;
  }

  private String text(String key, Object... args) {
    return CommandGroup.text(spec, key, args);
  }

  private boolean chinese() {
    return Lang.isChinese(Lang.of(spec));
  }

  private void printText(PrintWriter out, BillOfMaterials bom, HostFacts facts, Catalog catalog) {
    out.print(text("text.title", catalog.version().isEmpty() ? "-" : catalog.version()) + "\n");
    for (Component c : bom.components()) {
      String label = text("label." + (c.category() == null ? "other" : c.category()));
      String version = c.version() == null ? "" : " " + c.version();
      String quantity =
          c.property("anke:host:cpu:logical_processors") == null
              ? ""
              : " " + text("text.logical", c.property("anke:host:cpu:logical_processors"));
      out.print("\n" + label + ": " + c.name() + version + quantity + "\n");
      String entry = c.property(CatalogMatch.ENTRY);
      if (entry == null) {
        out.print("  " + text("text.unknown") + "\n");
        String raw = raw(c);
        if (!raw.isEmpty()) {
          out.print("  " + text("text.facts", raw) + "\n");
        }
      } else {
        String vendor =
            chinese() && c.property(CatalogMatch.VENDOR_ZH) != null
                ? c.property(CatalogMatch.VENDOR_ZH)
                : c.supplier();
        out.print(
            "  "
                + text(
                    "text.vendor",
                    vendor,
                    c.country() == null ? "-" : c.country(),
                    text("standing." + c.property(CatalogMatch.STANDING)),
                    text("status." + c.property(CatalogMatch.STATUS)),
                    entry)
                + "\n");
        out.print("  " + text("text.evidence", c.property(CatalogMatch.EVIDENCE)) + "\n");
      }
      out.print("  " + text("text.source", c.origin().display()) + "\n");
    }
    if (!facts.unavailable().isEmpty()) {
      out.print("\n" + text("text.unavailable") + "\n");
      for (String u : facts.unavailable()) {
        out.print("  " + u + "\n");
      }
    }
  }

  /** The raw host facts of a component the catalog does not know, for the reader to judge. */
  private static String raw(Component c) {
    List<String> parts = new ArrayList<>();
    c.properties()
        .forEach(
            (k, v) -> {
              if (k.startsWith("anke:host:") && !k.endsWith("logical_processors")) {
                parts.add(k.substring("anke:host:".length()) + "=" + v);
              }
            });
    return String.join(", ", parts);
  }

  private static String json(BillOfMaterials bom, HostFacts facts, Catalog catalog) {
    return JsonOutput.render(g -> json(g, bom, facts, catalog));
  }

  private static void json(JsonGenerator g, BillOfMaterials bom, HostFacts facts, Catalog catalog)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("catalogVersion", catalog.version());
    g.writeArrayFieldStart("components");
    for (Component c : bom.components()) {
      g.writeStartObject();
      g.writeStringField("kind", c.kind().id());
      field(g, "category", c.category());
      g.writeStringField("id", c.id());
      g.writeStringField("name", c.name());
      field(g, "version", c.version());
      field(g, "group", c.group());
      field(g, "purl", c.purl());
      field(g, "cpe", c.cpe());
      field(g, "supplier", c.supplier());
      field(g, "manufacturer", c.manufacturer());
      field(g, "country", c.country());
      if (c.property(CatalogMatch.ENTRY) != null) {
        g.writeObjectFieldStart("catalog");
        g.writeStringField("entry", c.property(CatalogMatch.ENTRY));
        g.writeStringField("standing", c.property(CatalogMatch.STANDING));
        g.writeStringField("status", c.property(CatalogMatch.STATUS));
        g.writeStringField("evidence", c.property(CatalogMatch.EVIDENCE));
        field(g, "vendorZh", c.property(CatalogMatch.VENDOR_ZH));
        g.writeEndObject();
      }
      g.writeObjectFieldStart("facts");
      for (Map.Entry<String, String> p : c.properties().entrySet()) {
        if (p.getKey().startsWith("anke:host:") || p.getKey().startsWith("anke:jdbc:")) {
          g.writeStringField(p.getKey().substring(p.getKey().indexOf(':', 5) + 1), p.getValue());
        }
      }
      g.writeEndObject();
      g.writeObjectFieldStart("source");
      g.writeStringField("file", c.origin().file());
      if (c.origin().line() > 0) {
        g.writeNumberField("line", c.origin().line());
      }
      field(g, "pointer", c.origin().pointer());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unavailable");
    for (String u : facts.unavailable()) {
      g.writeString(u);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void field(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }
}
