package io.anke.samples.secrets;

import io.anke.testing.Canaries.Canary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Looks for canaries in files, in every form a secret takes when a program prints it: the text
 * itself, hex (lower and upper case, bare or with {@code :} between bytes), Base64 and Base64url at
 * any byte offset (so a key inside an encoded structure, such as the PKCS#8 body of a PEM file, is
 * found too, also when the encoding is broken into indented lines or its line breaks are written as
 * {@code \n} escapes, as in a JSON string), and Java's {@code Arrays.toString} of the bytes (or of
 * the characters, for a password). Files are read byte for byte (ISO-8859-1), so binary files and
 * any text encoding of these ASCII forms are covered.
 */
public final class LeakScanner {
  /** One canary found: where, which, in what form. Never the value itself. */
  public record Leak(Path file, int line, String canary, String form) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + canary + " (" + form + ")";
    }
  }

  /**
   * A form a canary is searched in; {@code acrossLines} for the encodings that programs wrap into
   * indented lines (PEM bodies, hex dumps), also searched with every break and blank removed.
   */
  private record Form(String canary, String form, String needle, boolean acrossLines) {}

  private final List<Form> forms = new ArrayList<>();

  /** A scanner for {@code canaries}. */
  public LeakScanner(List<Canary> canaries) {
    for (Canary c : canaries) {
      String hex = HexFormat.of().formatHex(c.bytes());
      add(c, "hex, lowercase", hex, true);
      add(c, "hex, uppercase", hex.toUpperCase(Locale.ROOT), true);
      String colons = HexFormat.ofDelimiter(":").formatHex(c.bytes());
      add(c, "hex with colons", colons, true);
      add(c, "hex with colons, uppercase", colons.toUpperCase(Locale.ROOT), true);
      add(c, "Arrays.toString of the bytes", Arrays.toString(c.bytes()), false);
      if (c.text()) {
        String raw = new String(c.bytes(), StandardCharsets.UTF_8);
        add(c, "text", raw, false);
        add(c, "Arrays.toString of the characters", Arrays.toString(raw.toCharArray()), false);
      }
      for (int offset = 0; offset < 3; offset++) {
        String b64 = base64Core(c.bytes(), offset);
        add(c, "Base64 at byte offset " + offset, b64, true);
        add(c, "Base64url at byte offset " + offset, b64.replace('+', '-').replace('/', '_'), true);
      }
    }
  }

  private void add(Canary c, String form, String needle, boolean acrossLines) {
    for (Form f : forms) {
      if (f.needle().equals(needle)) {
        return; // e.g. hex of a key without letters in its upper and lower case forms
      }
    }
    forms.add(new Form(c.name(), form, needle, acrossLines));
  }

  /**
   * The characters of the Base64 encoding of {@code bytes} that depend on them alone when they
   * stand {@code offset} bytes into a longer encoded input: without the first quantum when it
   * shares bits with what comes before, and without the last when it shares bits with what comes
   * after.
   */
  static String base64Core(byte[] bytes, int offset) {
    byte[] shifted = new byte[offset + bytes.length];
    System.arraycopy(bytes, 0, shifted, offset, bytes.length);
    String encoded = Base64.getEncoder().encodeToString(shifted);
    int whole = (offset + bytes.length) / 3;
    return encoded.substring(offset == 0 ? 0 : 4, 4 * whole);
  }

  /** The canaries in {@code file}, in the order of the forms, each form at its first place. */
  public List<Leak> scan(Path file) throws IOException {
    String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    String joined = null;
    Map<String, Leak> found = new LinkedHashMap<>();
    for (Form f : forms) {
      int at = content.indexOf(f.needle());
      if (at >= 0) {
        found.putIfAbsent(
            f.canary() + f.form(), new Leak(file, lineOf(content, at), f.canary(), f.form()));
      } else if (f.acrossLines()) {
        if (joined == null) {
          joined = withoutBreaks(content);
        }
        int inJoined = joined.indexOf(f.needle());
        if (inJoined >= 0) {
          int line = lineOf(content, original(content, inJoined));
          found.putIfAbsent(
              f.canary() + f.form(), new Leak(file, line, f.canary(), f.form() + ", wrapped"));
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  /** The canaries in every file of {@code files}. */
  public List<Leak> scan(List<Path> files) throws IOException {
    List<Leak> all = new ArrayList<>();
    for (Path f : files) {
      all.addAll(scan(f));
    }
    return all;
  }

  private static int lineOf(String content, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (content.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The length of the break at {@code i}: a blank, or a {@code \n} or similar escape; else 0. */
  private static int breakAt(String content, int i) {
    char c = content.charAt(i);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      return 1;
    }
    if (c == '\\' && i + 1 < content.length()) {
      char e = content.charAt(i + 1);
      return e == 'n' || e == 'r' || e == 't' ? 2 : 0;
    }
    return 0;
  }

  private static String withoutBreaks(String content) {
    StringBuilder out = new StringBuilder(content.length());
    for (int i = 0; i < content.length(); ) {
      int skip = breakAt(content, i);
      if (skip == 0) {
        out.append(content.charAt(i++));
      } else {
        i += skip;
      }
    }
    return out.toString();
  }

  /** The index in {@code content} of the character at {@code joinedIndex} once breaks are gone. */
  private static int original(String content, int joinedIndex) {
    int kept = 0;
    for (int i = 0; i < content.length(); ) {
      int skip = breakAt(content, i);
      if (skip == 0) {
        if (kept == joinedIndex) {
          return i;
        }
        kept++;
        i++;
      } else {
        i += skip;
      }
    }
    return content.length();
  }
}
