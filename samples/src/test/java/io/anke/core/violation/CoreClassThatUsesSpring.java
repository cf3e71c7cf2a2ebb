package io.anke.core.violation;

import org.springframework.util.StringUtils;

/** A deliberate violation (a core-layer class using Spring) that the architecture rules catch. */
public final class CoreClassThatUsesSpring {
  private CoreClassThatUsesSpring() {}

  /** Uses a Spring type from the core layer. */
  public static boolean blank(String s) {
    return !StringUtils.hasText(s);
  }
}
