package io.anke.scan.bom.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.Origin;
import io.anke.core.catalog.Category;
import io.anke.core.files.ConfigNode;
import io.anke.core.files.Utf8Text;
import io.anke.core.rule.Text;
import io.anke.scan.internal.ScanMessage;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads hardware inventories in CSV and YAML. Columns (or keys) are {@code category, vendor, model,
 * quantity, serial, location, firmware}, also accepted in Chinese ({@code 类别, 厂商, 型号, 数量, 序列号, 位置,
 * 固件}); further columns become properties. Categories are understood through {@link Category}
 * (synonyms in both languages, plurals, case and separators). Every bad row is an error with its
 * line: a wrong column count, a missing category, vendor or model, a category that is not
 * understood, a quantity that is not a positive integer.
 */
public final class InventoryReader {
  /** Canonical column names in order, with their Chinese headers. */
  public static final Map<String, String> COLUMNS = columns();

  /**
   * Property names written for the optional columns (CycloneDX device taxonomy where it has one).
   */
  public static final String SERIAL = "cdx:device:serialNumber";

  /** Where the item is installed. */
  public static final String LOCATION = "cdx:device:location";

  /** Quantity, repeated as a property so that CycloneDX output carries it. */
  public static final String QUANTITY = "cdx:device:quantity";

  /** Firmware version as listed. */
  public static final String FIRMWARE = "anke:inventory:firmware";

  /** Prefix of properties made from extra columns. */
  public static final String EXTRA_PREFIX = "anke:inventory:";

  /**
   * The longest line of a CSV inventory, in characters without its line break. An inventory row is
   * a few short values; a longer line is not an inventory, and the CSV parser would otherwise build
   * one value as large as the document.
   */
  public static final int MAX_CSV_LINE = 64 * 1024;

  private static Map<String, String> columns() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("category", "类别");
    m.put("vendor", "厂商");
    m.put("model", "型号");
    m.put("quantity", "数量");
    m.put("serial", "序列号");
    m.put("location", "位置");
    m.put("firmware", "固件");
    return m;
  }

  private final String source;
  private final Text format;

  private InventoryReader(String source, Text format) {
    this.source = source;
    this.format = format;
  }

  /** Reads a CSV inventory (UTF-8, comma-separated, header row first, {@code #} comments). */
  public static BillOfMaterials readCsv(String source, byte[] data) {
    return new InventoryReader(source, ScanMessage.INVENTORY_CSV.text()).csv(data);
  }

  /** Reads a YAML inventory: a list of items, or a mapping with an {@code items} list. */
  public static BillOfMaterials readYaml(String source, byte[] data) {
    return new InventoryReader(source, ScanMessage.INVENTORY_YAML.text()).yaml(data);
  }

  private String text(byte[] data) {
    try {
      return Utf8Text.decode(data);
    } catch (CharacterCodingException e) {
      throw new InputException(source, 0, ScanMessage.INVENTORY_NOT_UTF8.text(format));
    }
  }

  // ---- CSV ----------------------------------------------------------------------------------

  private BillOfMaterials csv(byte[] data) {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    mapper.enable(CsvParser.Feature.ALLOW_COMMENTS);
    mapper.enable(CsvParser.Feature.TRIM_SPACES);
    List<Component> out = new ArrayList<>();
    String text = text(data);
    checkLineLengths(text);
    try (JsonParser p = mapper.getFactory().createParser(text)) {
      List<String> header = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.START_ARRAY) {
          continue;
        }
        // The row's line is where its first value starts (the array token has no location).
        int line = 0;
        List<String> row = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            throw new InputException(source, line, ScanMessage.INVENTORY_ROW_ENDS.text(format));
          }
          if (line == 0) {
            line = p.currentTokenLocation().getLineNr();
          }
          row.add(p.getText() == null ? "" : p.getText());
        }
        if (header == null) {
          header = header(row, line);
          continue;
        }
        if (row.size() != header.size()) {
          throw new InputException(
              source,
              line,
              ScanMessage.INVENTORY_ROW_WIDTH.text(format, row.size(), header.size()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          values.put(header.get(i), row.get(i));
        }
        out.add(item(values, line));
      }
      if (header == null) {
        throw new InputException(source, 1, ScanMessage.INVENTORY_NO_HEADER.text(format));
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputException(
          source,
          Math.max(line, 0),
          ScanMessage.INVENTORY_NOT_CSV.text(format, e.getOriginalMessage()),
          e);
    } catch (IOException e) {
      throw new InputException(
          source, 0, ScanMessage.INVENTORY_CANNOT_READ.text(format, e.getMessage()), e);
    }
    return new BillOfMaterials(source, out);
  }

  /** Canonical names of a header row; unknown columns keep their (trimmed) names. */
  /** Refuses the first line longer than {@link #MAX_CSV_LINE}, naming it. */
  private void checkLineLengths(String text) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && text.charAt(i) != '\n') {
        continue;
      }
      int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
      if (end - start > MAX_CSV_LINE) {
        throw new InputException(
            source, line, ScanMessage.INVENTORY_LINE_TOO_LONG.text(format, MAX_CSV_LINE));
      }
      line++;
      start = i + 1;
    }
  }

  private List<String> header(List<String> row, int line) {
    List<String> names = new ArrayList<>();
    for (String h : row) {
      String name = canonical(h);
      if (name.isEmpty()) {
        throw new InputException(source, line, ScanMessage.INVENTORY_EMPTY_COLUMN.text(format));
      }
      if (names.contains(name)) {
        throw new InputException(source, line, ScanMessage.INVENTORY_COLUMN_TWICE.text(format, h));
      }
      names.add(name);
    }
    for (String required : List.of("category", "vendor", "model")) {
      if (!names.contains(required)) {
        throw new InputException(
            source,
            line,
            ScanMessage.INVENTORY_COLUMN_MISSING.text(
                format, required, COLUMNS.get(required), String.join(", ", COLUMNS.keySet())));
      }
    }
    return names;
  }

  private static String canonical(String header) {
    String h = header.strip();
    for (Map.Entry<String, String> c : COLUMNS.entrySet()) {
      if (c.getKey().equalsIgnoreCase(h) || c.getValue().equals(h)) {
        return c.getKey();
      }
    }
    return h;
  }

  // ---- YAML ---------------------------------------------------------------------------------

  private BillOfMaterials yaml(byte[] data) {
    List<ConfigNode> documents;
    try {
      documents = ConfigNode.composeAll(source, text(data));
    } catch (ConfigNode.MalformedYamlException e) {
      throw new InputException(
          source, e.line(), ScanMessage.INVENTORY_NOT_YAML.text(format, e.problem()), e);
    }
    // As before, an inventory is its first document.
    ConfigNode root = documents.isEmpty() ? null : documents.get(0);
    List<Component> out = new ArrayList<>();
    if (root != null && root.isMap()) {
      // a mapping: find its "items" list
      boolean found = false;
      Set<String> keys = new HashSet<>();
      for (ConfigNode.Entry e : root.entries()) {
        String key = key(e.key());
        if (!keys.add(key)) {
          throw new InputException(
              source, e.key().line(), ScanMessage.INVENTORY_KEY_TWICE.text(format, key));
        }
        if (key.equals("items")) {
          found = true;
          if (!e.value().isList()) {
            throw new InputException(
                source, e.value().line(), ScanMessage.INVENTORY_ITEMS_NOT_LIST.text(format));
          }
          readItems(e.value(), out);
        }
      }
      if (!found) {
        throw new InputException(source, 1, ScanMessage.INVENTORY_NO_ITEMS.text(format));
      }
    } else if (root != null && root.isList()) {
      readItems(root, out);
    } else {
      throw new InputException(source, 1, ScanMessage.INVENTORY_NO_ITEMS.text(format));
    }
    return new BillOfMaterials(source, out);
  }

  private String key(ConfigNode key) {
    if (!key.isScalar()) {
      throw new InputException(source, key.line(), ScanMessage.INVENTORY_KEY_NOT_TEXT.text(format));
    }
    return key.scalar();
  }

  private void readItems(ConfigNode list, List<Component> out) {
    for (ConfigNode item : list.items()) {
      int line = item.line();
      if (!item.isMap()) {
        throw new InputException(source, line, ScanMessage.INVENTORY_ITEM_NOT_MAP.text(format));
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (ConfigNode.Entry e : item.entries()) {
        String written = key(e.key());
        ConfigNode v = e.value();
        if (!v.isScalar()) {
          throw new InputException(
              source, line, ScanMessage.INVENTORY_VALUE_NOT_SCALAR.text(format, written));
        }
        String key = canonical(written);
        if (values.containsKey(key)) {
          throw new InputException(
              source, line, ScanMessage.INVENTORY_KEY_TWICE.text(format, written));
        }
        values.put(key, v.isNull() ? "" : v.scalar());
      }
      out.add(item(values, line));
    }
  }

  // ---- one item -----------------------------------------------------------------------------

  private Component item(Map<String, String> v, int line) {
    String category = require(v, "category", line);
    String vendor = require(v, "vendor", line);
    String model = require(v, "model", line);
    Category categoryOf = category(category, line);
    String categoryId = categoryOf.id();
    int quantity = 1;
    String q = v.getOrDefault("quantity", "").strip();
    if (!q.isEmpty()) {
      quantity = positive(q, line);
    }
    String firmware = blank(v.get("firmware"));
    Component.Builder b =
        Component.builder()
            .kind(categoryOf.kind())
            .category(categoryId)
            .manufacturer(vendor)
            .name(model)
            .version(firmware)
            .quantity(quantity)
            .property(QUANTITY, Integer.toString(quantity))
            .property(SERIAL, blank(v.get("serial")))
            .property(LOCATION, blank(v.get("location")))
            .property(FIRMWARE, firmware)
            .origin(Origin.of(source, line));
    if (!categoryId.equals(category)) {
      b.property(EXTRA_PREFIX + "category", category);
    }
    for (Map.Entry<String, String> e : v.entrySet()) {
      if (!COLUMNS.containsKey(e.getKey()) && blank(e.getValue()) != null) {
        b.property(EXTRA_PREFIX + e.getKey(), e.getValue().strip());
      }
    }
    return b.build();
  }

  /**
   * The category a row names, understood through the one category vocabulary; a name it does not
   * understand, or a software category, is refused with the names it accepts.
   */
  private Category category(String written, int line) {
    Category c =
        Category.parse(written)
            .orElseThrow(
                () ->
                    new InputException(
                        source,
                        line,
                        ScanMessage.INVENTORY_CATEGORY_UNKNOWN.text(
                            format, written, Category.listing(Category.inventoryCategories()))));
    if (!c.inventoried()) {
      throw new InputException(
          source,
          line,
          ScanMessage.INVENTORY_CATEGORY_SOFTWARE.text(
              format,
              written,
              c.id(),
              c.displayName("zh"),
              Category.listing(Category.inventoryCategories())));
    }
    return c;
  }

  private String require(Map<String, String> v, String column, int line) {
    String value = blank(v.get(column));
    if (value == null) {
      throw new InputException(
          source,
          line,
          ScanMessage.INVENTORY_VALUE_EMPTY.text(format, column, COLUMNS.get(column)));
    }
    return value;
  }

  private int positive(String q, int line) {
    try {
      int n = Integer.parseInt(q);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException(source, line, ScanMessage.INVENTORY_QUANTITY.text(format, q));
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
