package io.anke.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.core.internal.Glob;
import java.util.regex.Pattern;

/**
 * The globs of waivers and profiles: {@link Glob} answers as the regular expression it replaced
 * ({@code *} as {@code .*}, {@code ?} as {@code .}, the rest quoted; ASCII case ignored for rule
 * ids), on globs of at most three stars and short ids, so that the reference itself stays fast.
 */
class GlobFuzzTest {

  @FuzzTest
  void sameAnswerAsTheRegularExpression(FuzzedDataProvider data) {
    boolean ignoreCase = data.consumeBoolean();
    String glob = data.consumeString(24);
    String value = data.consumeString(64);
    if (glob.chars().filter(c -> c == '*').count() > 3) {
      return;
    }
    Glob g = ignoreCase ? Glob.ignoringCase(glob) : Glob.of(glob);
    assertThat(g.matches(value)).isEqualTo(reference(glob, ignoreCase).matcher(value).matches());
  }

  private static Pattern reference(String glob, boolean ignoreCase) {
    StringBuilder re = new StringBuilder();
    glob.codePoints()
        .forEach(
            c ->
                re.append(
                    c == '*'
                        ? ".*"
                        : c == '?' ? "." : Pattern.quote(new String(Character.toChars(c)))));
    return Pattern.compile(
        re.toString(), Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0));
  }
}
