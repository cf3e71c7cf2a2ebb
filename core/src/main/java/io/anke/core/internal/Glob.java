package io.anke.core.internal;

import java.util.regex.Pattern;

/**
 * Glob patterns over ids: {@code *} matches any run of characters (including none), {@code ?}
 * exactly one; everything else is literal. Used for rule ids in profiles and waivers and for
 * subject ids in waivers.
 */
public final class Glob {
  private final String text;
  private final Pattern pattern;

  private Glob(String text, boolean ignoreCase) {
    this.text = text;
    StringBuilder re = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '*' || c == '?') {
        if (literal.length() > 0) {
          re.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        re.append(c == '*' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) {
      re.append(Pattern.quote(literal.toString()));
    }
    int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    this.pattern = Pattern.compile(re.toString(), flags);
  }

  /** A case-sensitive glob. */
  public static Glob of(String text) {
    return new Glob(text, false);
  }

  /** A glob that ignores case (for rule ids, which are upper-case by convention). */
  public static Glob ignoringCase(String text) {
    return new Glob(text, true);
  }

  /** True when the glob has wildcards. */
  public boolean isPattern() {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
  }

  /** True when the whole of {@code value} matches. */
  public boolean matches(String value) {
    return value != null && pattern.matcher(value).matches();
  }

  @Override
  public String toString() {
    return text;
  }
}
