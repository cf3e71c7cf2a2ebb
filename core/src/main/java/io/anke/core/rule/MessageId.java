package io.anke.core.rule;

import java.util.Locale;

/**
 * The id of one message in a module's bundle of messages, implemented by the enum that owns the
 * module's messages: its constant's {@link #name()} is the stable id and the bundle key, and {@link
 * #bundle()} the bundle read with {@link TextBundle#format}, so every pattern is a {@link
 * java.text.MessageFormat} pattern.
 */
public interface MessageId {

  /** The id, also the key in both languages' bundles. */
  String name();

  /** The bundle that holds the message in both languages. */
  TextBundle bundle();

  /** The message with {@code args}, in both languages. */
  default Text text(Object... args) {
    return bundle().format(name(), args);
  }

  /** The English message, for JDK exceptions whose message is English by Java convention. */
  default String english(Object... args) {
    return text(args).messageIn(Locale.ENGLISH);
  }
}
