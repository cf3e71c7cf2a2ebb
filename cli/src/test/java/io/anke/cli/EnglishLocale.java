package io.anke.cli;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/** Runs each test with the English default locale and restores the previous one afterwards. */
final class EnglishLocale implements BeforeEachCallback, AfterEachCallback {
  private static final Namespace NS = Namespace.create(EnglishLocale.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(NS).put(Locale.class, Locale.getDefault());
    Locale.setDefault(Locale.ENGLISH);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Locale.setDefault(context.getStore(NS).get(Locale.class, Locale.class));
  }
}
