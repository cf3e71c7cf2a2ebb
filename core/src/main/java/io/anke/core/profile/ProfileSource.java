package io.anke.core.profile;

import java.net.URL;
import java.util.List;

/**
 * A source of bundled profile files, found through {@link java.util.ServiceLoader} ({@code
 * META-INF/services/io.anke.core.profile.ProfileSource}). {@code anke-compliance-rules} ships the
 * profiles this way.
 */
public interface ProfileSource {

  /** The YAML profile documents, one profile per document. */
  List<URL> profiles();
}
