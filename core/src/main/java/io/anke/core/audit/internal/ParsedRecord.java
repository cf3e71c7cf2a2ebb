package io.anke.core.audit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.anke.core.internal.CoreMessage;
import io.anke.core.rule.Text;
import io.anke.crypto.Bilingual;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of one record line that verification and recovery need. Other fields are checked for
 * JSON syntax only: their bytes are covered by the hash and the MAC.
 *
 * @param seq the sequence number
 * @param time the time as written
 * @param log the log id
 * @param type the event type
 * @param prev the chain hash of the previous record, hex
 * @param signer the checkpoint key's fingerprint, hex, or null
 * @param attrs the attributes of the log's own records ({@code audit.*}, when the type comes before
 *     them as the writer puts it); empty for other records
 */
public record ParsedRecord(
    long seq,
    String time,
    String log,
    String type,
    String prev,
    String signer,
    Map<String, String> attrs) {

  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** A line that is not a well-formed record; the message says what is wrong. */
  public static final class MalformedException extends Exception implements Bilingual {
    private static final long serialVersionUID = 1L;

    private final transient Text text;

    /** What is wrong, in both languages; {@link #getMessage()} is the English one. */
    public MalformedException(Text message) {
      super(message.en());
      this.text = message;
    }

    @Override
    public String messageIn(Locale locale) {
      return text == null ? getMessage() : text.in(locale);
    }
  }

  /**
   * Parses {@code line[0, length)}.
   *
   * @throws MalformedException if it is not one JSON object of schema version 1 with a sequence
   *     number, log id, type and prev
   */
  public static ParsedRecord parse(byte[] line, int length) throws MalformedException {
    long seq = -1;
    String time = null;
    String log = null;
    String type = null;
    String prev = null;
    String signer = null;
    Map<String, String> attrs = Map.of();
    boolean version = false;
    try (JsonParser p = JSON.createParser(line, 0, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedException(CoreMessage.AUDIT_RECORD_NOT_OBJECT.text());
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        switch (name) {
          case "v" -> {
            if (value != JsonToken.VALUE_NUMBER_INT || p.getLongValue() != RecordFormat.VERSION) {
              throw new MalformedException(
                  CoreMessage.AUDIT_RECORD_VERSION.text(RecordFormat.VERSION));
            }
            version = true;
          }
          case "seq" -> {
            if (value != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < 1) {
              throw new MalformedException(CoreMessage.AUDIT_RECORD_SEQ.text());
            }
            seq = p.getLongValue();
          }
          case "time" -> time = text(p, value, name);
          case "log" -> log = text(p, value, name);
          case "type" -> type = text(p, value, name);
          case "prev" -> prev = text(p, value, name);
          case "signer" -> signer = text(p, value, name);
          case "attrs" -> {
            // Only the log's own records carry attributes the verifier reads.
            if (type != null && type.startsWith("audit.")) {
              attrs = attrs(p, value);
            } else {
              p.skipChildren();
            }
          }
          default -> p.skipChildren();
        }
      }
      if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw new MalformedException(CoreMessage.AUDIT_RECORD_NOT_ONE_OBJECT.text());
      }
    } catch (StreamReadException e) {
      throw new MalformedException(CoreMessage.AUDIT_RECORD_NOT_JSON.text(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new MalformedException(CoreMessage.AUDIT_RECORD_NOT_JSON.text(e.getMessage()));
    }
    if (!version || seq < 0 || log == null || type == null || time == null || prev == null) {
      throw new MalformedException(CoreMessage.AUDIT_RECORD_INCOMPLETE.text());
    }
    if (!RecordFormat.isHex(prev, 64)) {
      throw new MalformedException(CoreMessage.AUDIT_RECORD_PREV.text());
    }
    return new ParsedRecord(seq, time, log, type, prev, signer, attrs);
  }

  /**
   * Whether {@code bytes} could be the beginning of a record cut short by a crash: valid JSON so
   * far, ending before the object does (or ending just before the line feed).
   */
  public static boolean isTruncatedRecord(byte[] bytes) {
    String start = RecordFormat.PREFIX;
    int n = Math.min(bytes.length, start.length());
    for (int i = 0; i < n; i++) {
      if (bytes[i] != start.charAt(i)) {
        return false;
      }
    }
    int length = bytes.length - incompleteUtf8(bytes);
    try (JsonParser p = JSON.createParser(bytes, 0, length)) {
      int depth = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd() && --depth == 0) {
          // A whole object: torn only if nothing follows it (the line feed was not written).
          return p.nextToken() == null && RecordFormat.bodyEnd(bytes, bytes.length) >= 0;
        }
      }
      return true;
    } catch (JsonEOFException e) {
      return true;
    } catch (JsonProcessingException e) {
      // The input ending where more was due is what a torn write looks like (Jackson reports an
      // end right after a comma as a plain parse error, not as JsonEOFException); any other
      // error, an illegal last byte included, is not.
      String m = e.getOriginalMessage();
      return m != null && m.contains("end-of-input");
    } catch (IOException e) {
      return false;
    }
  }

  /** Bytes at the end that start a UTF-8 sequence the cut left unfinished. */
  private static int incompleteUtf8(byte[] b) {
    for (int back = 1; back <= Math.min(3, b.length); back++) {
      int c = b[b.length - back] & 0xff;
      if ((c & 0xc0) == 0x80) {
        continue;
      }
      if (c < 0xc2 || c > 0xf4) {
        // ASCII, or a byte no UTF-8 sequence begins with: nothing a cut could have left.
        return 0;
      }
      int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return need > back ? back : 0;
    }
    return 0;
  }

  private static String text(JsonParser p, JsonToken value, String name)
      throws IOException, MalformedException {
    if (value != JsonToken.VALUE_STRING) {
      throw new MalformedException(CoreMessage.AUDIT_RECORD_NOT_STRING.text(name));
    }
    return p.getText();
  }

  private static Map<String, String> attrs(JsonParser p, JsonToken value)
      throws IOException, MalformedException {
    if (value != JsonToken.START_OBJECT) {
      throw new MalformedException(CoreMessage.AUDIT_RECORD_ATTRS.text());
    }
    Map<String, String> out = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.VALUE_STRING) {
        out.put(name, p.getText());
      } else {
        p.skipChildren();
      }
    }
    return out;
  }
}
