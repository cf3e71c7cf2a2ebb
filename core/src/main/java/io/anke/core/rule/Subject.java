package io.anke.core.rule;

import io.anke.core.bom.Component;
import io.anke.core.bom.DependencyPath;
import io.anke.core.internal.CoreMessage;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a finding is about: a component, a class, a host fact, a file.
 *
 * @param kind what sort of thing: {@code component}, {@code device}, {@code class}, {@code host},
 *     {@code file}, {@code config}, {@code crypto-asset} (lower-case)
 * @param id a stable id: a purl or {@code group:name:version} for components, {@code vendor model}
 *     for hardware, a binary class name for classes, a fact name such as {@code os} for hosts
 * @param path for dependencies, the coordinates from the root to this component, e.g. {@code
 *     [com.example:app:1.0, org.foo:bar:1.0]}; empty when not known or not a dependency. Bounded: a
 *     path longer than {@link DependencyPath#SHOWN_WHOLE} is elided in the middle ({@link
 *     DependencyPath#bounded}), so that a finding's size does not grow with the depth of a graph
 * @param depth the length of the whole path, which is larger than {@code path.size()} when the path
 *     was elided
 */
public record Subject(String kind, String id, List<String> path, int depth) {

  /** A component of a bill of materials (software). */
  public static final String COMPONENT = "component";

  /** A hardware item (device or firmware) of an inventory. */
  public static final String DEVICE = "device";

  /** A Java class (bytecode findings). */
  public static final String CLASS = "class";

  /** A fact of the probed host. */
  public static final String HOST = "host";

  /** A file. */
  public static final String FILE = "file";

  /** A configuration entry. */
  public static final String CONFIG = "config";

  /** A cryptographic asset a CBOM declares (an algorithm, protocol, certificate or key). */
  public static final String CRYPTO_ASSET = "crypto-asset";

  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");

  /** Validates the fields and keeps a bounded copy of the path. */
  public Subject {
    Objects.requireNonNull(kind, "kind");
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException(CoreMessage.SUBJECT_KIND.english(kind));
    }
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException(CoreMessage.SUBJECT_ID_BLANK.english());
    }
    depth = Math.max(depth, path == null ? 0 : path.size());
    path = DependencyPath.bounded(path);
  }

  /** A subject whose depth is the length of {@code path}. */
  public Subject(String kind, String id, List<String> path) {
    this(kind, id, path, 0);
  }

  /** True when {@link #path()} shows only the ends of a longer path. */
  public boolean pathElided() {
    return depth > path.size();
  }

  /**
   * The subject for a component of a bill of materials: kind {@code device} for hardware, else
   * {@code component}; its {@link Component#id()}; its dependency path.
   */
  public static Subject of(Component component) {
    return new Subject(
        component.kind().isHardware() ? DEVICE : COMPONENT,
        component.id(),
        component.dependencyPath());
  }

  /** A subject without a dependency path. */
  public static Subject of(String kind, String id) {
    return new Subject(kind, id, List.of());
  }

  /**
   * The id without the version of a package URL ({@code pkg:maven/g/a@1.0?type=jar} becomes {@code
   * pkg:maven/g/a?type=jar}); other ids unchanged. Baselines use it so that upgrading a flagged
   * library does not make its finding "new".
   */
  public String versionlessId() {
    if (!id.startsWith("pkg:")) {
      return id;
    }
    int at = id.indexOf('@');
    if (at < 0) {
      return id;
    }
    int end = id.length();
    int q = id.indexOf('?', at);
    int h = id.indexOf('#', at);
    if (q >= 0) {
      end = q;
    }
    if (h >= 0 && h < end) {
      end = h;
    }
    return id.substring(0, at) + id.substring(end);
  }
}
