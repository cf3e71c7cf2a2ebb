package io.anke.rules.packs;

import io.anke.core.profile.ProfileRegistry;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The bundled profiles, by id: the one list that the bundled profile files ({@code
 * io/anke/rules/profiles/<id>.yaml}), the rules' profile sets and their descriptors use. A rule
 * names the profiles it belongs to with these constants, so a profile that does not exist cannot be
 * named.
 */
public enum ProfileId {
  /** GB/T 39786-2021 level 2 (密评 二级). */
  CRYPTO_L2("crypto-l2"),
  /** GB/T 39786-2021 level 3 (密评 三级). */
  CRYPTO_L3("crypto-l3"),
  /** GB/T 22239-2019 level 2 (等保 二级). */
  MLPS_L2("mlps-l2"),
  /** GB/T 22239-2019 level 3 (等保 三级). */
  MLPS_L3("mlps-l3"),
  /** Everything domestic (信创). */
  XINCHUANG_STRICT("xinchuang-strict"),
  /** The default profile ({@link ProfileRegistry#DEFAULT_ID}). */
  GOV_CLOUD_BASELINE(ProfileRegistry.DEFAULT_ID);

  private final String id;

  ProfileId(String id) {
    this.id = id;
  }

  /** The id profiles, descriptors and the command line use ({@code crypto-l3}). */
  public String id() {
    return id;
  }

  /** The bundled profile with this id, or empty. */
  public static Optional<ProfileId> byId(String id) {
    return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
  }

  /** Every bundled profile id, in declaration order. */
  public static List<String> ids() {
    return ids(List.of(values()));
  }

  /** The ids of {@code profiles}, in their order. */
  public static List<String> ids(Collection<ProfileId> profiles) {
    return profiles.stream().map(ProfileId::id).toList();
  }

  /** Every bundled profile id in file-name (alphabetical) order. */
  public static List<String> idsByName() {
    return ids().stream().sorted(Comparator.naturalOrder()).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
