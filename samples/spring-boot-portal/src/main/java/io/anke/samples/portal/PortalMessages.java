package io.anke.samples.portal;

import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;

/** The portal's texts in Chinese and English ({@code Messages*.properties} of this package). */
final class PortalMessages {
  private static final TextBundle BUNDLE =
      TextBundle.of("io.anke.samples.portal.Messages", PortalMessages.class.getClassLoader());

  private PortalMessages() {}

  static Text text(String key, Object... args) {
    return BUNDLE.text(key, args);
  }
}
