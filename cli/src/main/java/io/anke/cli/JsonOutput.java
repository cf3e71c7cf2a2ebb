package io.anke.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.anke.core.rule.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON documents of {@code --format json}: one way of pretty printing (two spaces, LF whatever
 * the platform, UTF-8) and one form of a bilingual text, for every command.
 */
final class JsonOutput {
  /** Writes a document's content with the generator it is given. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private JsonOutput() {}

  /** The document {@code body} writes, pretty-printed, ending with a newline. */
  static String render(Body body) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(buf, JsonEncoding.UTF8)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(
          new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
      body.write(g);
    } catch (IOException e) {
      // Only a bug can fail here: the output is memory.
      throw new UncheckedIOException(e);
    }
    return buf.toString(StandardCharsets.UTF_8) + "\n";
  }

  /** {@code "field": {"zh": ..., "en": ...}}. */
  static void text(JsonGenerator g, String field, Text t) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("zh", t.zh());
    g.writeStringField("en", t.en());
    g.writeEndObject();
  }
}
