package io.anke.core.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;

/**
 * JSON output that is byte-identical on every platform: two-space indentation, {@code \n} line ends
 * whatever the OS, UTF-8, keys written in the order the writer chooses.
 */
public final class Json {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(200).maxStringLength(1 << 24).build())
          .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private Json() {}

  /** A pretty-printing generator; the caller closes it (which does not close {@code out}). */
  public static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    g.setPrettyPrinter(printer);
    return g;
  }

  /** A shared mapper for reading JSON trees (thread-safe once configured). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
