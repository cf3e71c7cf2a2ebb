package io.anke.rules.profiles;

import io.anke.core.profile.ProfileSource;
import io.anke.rules.internal.RulesMessage;
import io.anke.rules.packs.ProfileId;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * The profiles shipped with Anke: {@code crypto-l2}, {@code crypto-l3}, {@code mlps-l2}, {@code
 * mlps-l3}, {@code xinchuang-strict} and the default {@code gov-cloud-baseline}. Registered for
 * {@link java.util.ServiceLoader} in {@code META-INF/services}.
 */
public final class BundledProfiles implements ProfileSource {
  /** The ids of the bundled profiles ({@link ProfileId}), in file-name order. */
  public static final List<String> IDS = ProfileId.idsByName();

  @Override
  public List<URL> profiles() {
    List<URL> urls = new ArrayList<>();
    for (String id : IDS) {
      URL url = BundledProfiles.class.getResource(id + ".yaml");
      if (url == null) {
        throw new IllegalStateException(RulesMessage.PROFILE_MISSING.english(id));
      }
      urls.add(url);
    }
    return urls;
  }
}
