package io.anke.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.KeyDestroyedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The crypto module's messages come from its bundles: every {@link CryptoMessage} has an English
 * and a Chinese text using the same arguments, every bundle key is a constant, every constant is
 * used, and no throw site in {@code src/main/java} writes its message as a string literal.
 */
class ErrorMessagesTest {

  private static final Path MAIN = Path.of("src/main/java");
  private static final String OWNER = "io/anke/crypto/internal/CryptoMessage.java";

  @Test
  void everyMessageHasBothLanguagesWithTheSameArguments() throws IOException {
    Properties en = bundle("ErrorMessages.properties");
    Properties zh = bundle("ErrorMessages_zh_CN.properties");
    for (CryptoMessage m : CryptoMessage.values()) {
      String e = en.getProperty(m.name());
      String z = zh.getProperty(m.name());
      assertThat(e).as("English text of %s", m).isNotBlank();
      assertThat(z).as("Chinese text of %s", m).isNotBlank();
      assertThat(argumentIndexes(z)).as("arguments of %s", m).isEqualTo(argumentIndexes(e));
      // Not an untranslated copy, unless the text is nothing but arguments and punctuation.
      if (z.equals(e)) {
        assertThat(z.replaceAll("\\{\\d+}|[\\s\\p{Punct}]", ""))
            .as("Chinese text of %s is the English one", m)
            .isEmpty();
      }
    }
  }

  @Test
  void everyBundleKeyIsAMessage() throws IOException {
    Set<String> ids =
        Arrays.stream(CryptoMessage.values()).map(Enum::name).collect(Collectors.toSet());
    for (String file : List.of("ErrorMessages.properties", "ErrorMessages_zh_CN.properties")) {
      assertThat(bundle(file).stringPropertyNames()).as(file).isSubsetOf(ids);
    }
  }

  @Test
  void everyMessageIsUsed() throws IOException {
    String sources;
    try (Stream<Path> files = javaFiles()) {
      sources =
          files
              .filter(p -> !rel(p).equals(OWNER))
              .map(ErrorMessagesTest::read)
              .collect(Collectors.joining("\n"));
    }
    Set<CryptoMessage> unused = EnumSet.noneOf(CryptoMessage.class);
    for (CryptoMessage m : CryptoMessage.values()) {
      if (!Pattern.compile("\\b" + m.name() + "\\b").matcher(sources).find()) {
        unused.add(m);
      }
    }
    assertThat(unused).as("messages no source uses").isEmpty();
  }

  @Test
  void noThrowSiteWritesItsMessageAsALiteral() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = javaFiles()) {
      for (Path p : (Iterable<Path>) files::iterator) {
        for (String line : literalMessages(read(p))) {
          found.add(rel(p) + ":" + line);
        }
      }
    }
    assertThat(found).as("exception messages written as literals").isEmpty();
  }

  @Test
  void theDetectorSeesLiteralsAndLeavesMessagesFromTheBundleAlone() {
    assertThat(literalMessages("x;\n throw new IllegalStateException(\"broken\");"))
        .containsExactly("2");
    assertThat(literalMessages("throw new CryptoFormatException(\n  what + \": bad\", e);"))
        .containsExactly("1");
    assertThat(literalMessages("throw new BadError(String.format(\"%d\", 1));")).hasSize(1);
    assertThat(literalMessages("throw new AssertionError(\"x\");")).hasSize(1);
    assertThat(literalMessages("throw new X(\"a\" + b);")).isEmpty(); // not an exception type
    assertThat(literalMessages("throw new FooException(M.X.text(\"SM4\", a), e);")).isEmpty();
    assertThat(literalMessages("// new FooException(\"in a comment\")")).isEmpty();
    assertThat(literalMessages("/** {@code new FooException(\"doc\")} */")).isEmpty();
    assertThat(literalMessages("String s = \"new FooException(\\\"text\\\")\";")).isEmpty();
  }

  @Test
  void messagesRenderInEitherLanguageAndEnglishIsTheStableMessage() {
    CryptoFormatException e =
        new CryptoFormatException(CryptoMessage.KEY_DESTROYED.text("SM4 key"));
    assertThat(e.getMessage()).isEqualTo("SM4 key has been destroyed; its key material is gone");
    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("已销毁").contains("SM4 key");
    assertThat(e.messageIn(Locale.TRADITIONAL_CHINESE)).contains("已销毁");
    assertThat(e.messageIn(Locale.GERMAN)).isEqualTo(e.getMessage());

    Bilingual nested = CryptoMessage.DECRYPTION_FAILED_CONTEXT.text(e);
    assertThat(nested.messageIn(Locale.CHINA)).startsWith("解密失败：").contains("已销毁");
    assertThat(new DecryptionFailedException().getMessage()).isEqualTo("decryption failed");
    assertThat(new DecryptionFailedException("x").messageIn(Locale.CHINA)).isEqualTo("解密失败：x");
    assertThat(new KeyDestroyedException("SM4 key").getMessage())
        .isEqualTo("SM4 key has been destroyed; its key material is gone");

    // Numbers are not grouped, in either language (MessageFormat would write 1,048,576).
    assertThat(CryptoMessage.DECRYPTION_FAILED_CONTEXT.text(1048576).messageIn(Locale.ENGLISH))
        .isEqualTo("decryption failed: 1048576");
  }

  /** Line numbers (1-based) of exception constructions whose own arguments hold a literal. */
  static List<String> literalMessages(String source) {
    String code = blankCommentsAndStrings(source);
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("new\\s+[\\w.]*(Exception|Error)\\s*\\(").matcher(code);
    while (m.find()) {
      // One entry per open parenthesis: true when a literal inside it is still the message, as
      // in the constructor's own arguments and in String.format(...) / .formatted(...) there.
      Deque<Boolean> open = new ArrayDeque<>();
      open.push(true);
      int i = m.end();
      boolean literal = false;
      while (i < code.length() && !open.isEmpty()) {
        char c = code.charAt(i);
        if (c == '(') {
          boolean format = code.startsWith("format", Math.max(0, i - 6));
          open.push(format && open.peek());
        } else if (c == ')') {
          open.pop();
        } else if (c == '"' && open.peek()) {
          literal = true;
        }
        i++;
      }
      if (literal) {
        out.add(String.valueOf(lineOf(source, m.start())));
      }
    }
    return out;
  }

  /**
   * Comments become spaces, and a string literal keeps only its quotes (its contents become
   * spaces), so that the detector sees the structure of the code and nothing inside text.
   */
  private static String blankCommentsAndStrings(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (s.startsWith("//", i)) {
        while (i < s.length() && s.charAt(i) != '\n') {
          b.append(' ');
          i++;
        }
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
        for (; i < end; i++) {
          b.append(s.charAt(i) == '\n' ? '\n' : ' ');
        }
      } else if (c == '"' || c == '\'') {
        b.append(c);
        i++;
        while (i < s.length() && s.charAt(i) != c) {
          if (s.charAt(i) == '\\') {
            b.append(' ');
            i++;
          }
          b.append(s.charAt(i) == '\n' ? '\n' : ' ');
          i++;
        }
        if (i < s.length()) {
          b.append(c);
          i++;
        }
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  private static int lineOf(String s, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (s.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static Set<Integer> argumentIndexes(String pattern) {
    Set<Integer> out = new TreeSet<>();
    Object[] probe = new Object[10];
    Arrays.fill(probe, "");
    for (int k = 0; k < probe.length; k++) {
      Object[] args = probe.clone();
      args[k] = "\u0001";
      if (new MessageFormat(pattern).format(args).contains("\u0001")) {
        out.add(k);
      }
    }
    return out;
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CryptoMessage.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Stream<Path> javaFiles() throws IOException {
    return Files.walk(MAIN).filter(p -> p.toString().endsWith(".java")).sorted();
  }

  private static String rel(Path p) {
    return MAIN.relativize(p).toString().replace('\\', '/');
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
