package io.anke.rules.internal;

import io.anke.core.rule.MessageId;
import io.anke.core.rule.TextBundle;

/**
 * Every error message of the bundled rules, catalog and profiles ({@code io.anke.rules}; the
 * readers' are {@code io.anke.scan.internal.ScanMessage}), one constant per message. The constant's
 * name is its stable id and its key in {@code io/anke/rules/internal/ErrorMessages.properties}
 * (English) and {@code ErrorMessages_zh_CN.properties} (Chinese); the patterns are {@link
 * java.text.MessageFormat} patterns. Anke's exceptions carry the {@link #text(Object...)}; JDK
 * exceptions thrown for misuse of an API carry {@link #english(Object...)}.
 */
public enum RulesMessage implements MessageId {

  // Bundled content and the runtime (io.anke.rules.catalog, io.anke.rules.runtime)
  CATALOG_MISSING,
  BUILD_PROPERTIES_MISSING,
  BUILD_PROPERTIES_NO_BC_VERSION,

  // Bundled profiles (io.anke.rules.profiles)
  PROFILE_MISSING;

  @Override
  public TextBundle bundle() {
    return Bundle.ERRORS;
  }

  /** Loaded on first use, after the constants exist. */
  private static final class Bundle {
    static final TextBundle ERRORS =
        TextBundle.of("io.anke.rules.internal.ErrorMessages", RulesMessage.class.getClassLoader());
  }
}
