package io.anke.core.bom;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The identity parts of a package URL ({@code pkg:type/namespace/name@version?qualifiers#subpath}):
 * what readers, the catalog matcher and reports need, not the whole specification. Namespace is
 * {@code ""} when absent, version null.
 */
public record Purl(String type, String namespace, String name, String version) {

  /** Parses a package URL; null when it is malformed (callers treat that as "no identity"). */
  public static Purl parse(String text) {
    if (text == null || !text.startsWith("pkg:")) {
      return null;
    }
    String rest = text.substring(4);
    while (rest.startsWith("/")) {
      rest = rest.substring(1);
    }
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      rest = rest.substring(0, hash);
    }
    int q = rest.indexOf('?');
    if (q >= 0) {
      rest = rest.substring(0, q);
    }
    String version = null;
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      version = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    int slash = rest.indexOf('/');
    if (slash <= 0) {
      return null;
    }
    String type = rest.substring(0, slash).toLowerCase(Locale.ROOT);
    String path = rest.substring(slash + 1);
    int last = path.lastIndexOf('/');
    String ns = last < 0 ? "" : path.substring(0, last);
    String name = last < 0 ? path : path.substring(last + 1);
    if (name.isEmpty()) {
      return null;
    }
    try {
      return new Purl(type, decode(ns), decode(name), version == null ? null : decode(version));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * {@code pkg:maven/group/artifact@version}, percent-encoded where needed; version may be null.
   */
  public static String maven(String group, String artifact, String version) {
    StringBuilder s = new StringBuilder("pkg:maven/");
    s.append(encode(group)).append('/').append(encode(artifact));
    if (version != null) {
      s.append('@').append(encode(version));
    }
    return s.toString();
  }

  private static String decode(String s) {
    // A literal '+' in a purl is a plus sign, not an encoded space.
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
