package io.anke.core.waiver;

import io.anke.core.files.ConfigNode;
import io.anke.core.internal.ConfigFiles;
import io.anke.core.internal.CoreMessage;
import io.anke.core.internal.Glob;
import io.anke.core.rule.Text;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The waivers of one waiver file (or none). The file format is YAML:
 *
 * <pre>
 * waivers:
 *   - rule: CRYPTO-WEAK-HASH            # rule id or glob (CRYPTO-*)
 *     subject: "pkg:maven/com.acme/legacy-*"   # glob over the subject id
 *     reason: migration-planned         # false-positive | migration-planned |
 *                                       # compensating-control | not-applicable | accepted-risk
 *     justification: MD5 only names cache files; replaced in release 2.4
 *     approvedBy: Li Wei (security officer)
 *     expires: 2026-12-31               # last day the waiver applies
 * </pre>
 *
 * Every field is required; unknown fields, bad reasons and bad dates are configuration errors
 * naming the file and line.
 */
public final class WaiverSet {
  private static final List<String> FIELD_ORDER =
      List.of("rule", "subject", "reason", "justification", "approvedBy", "expires");
  private static final Set<String> FIELDS = Set.copyOf(FIELD_ORDER);

  private final List<Waiver> waivers;

  private WaiverSet(List<Waiver> waivers) {
    this.waivers = List.copyOf(waivers);
  }

  /** No waivers. */
  public static WaiverSet empty() {
    return new WaiverSet(List.of());
  }

  /** The given waivers. */
  public static WaiverSet of(List<Waiver> waivers) {
    return new WaiverSet(waivers);
  }

  /**
   * Reads a waiver file.
   *
   * @throws io.anke.core.ConfigurationException naming the file and line of the first problem
   */
  public static WaiverSet read(Path file) {
    return read(file, file.toString());
  }

  /**
   * Reads a waiver file that reports and errors call {@code name} (for example its path relative to
   * the working directory, so that reports do not depend on where a project is checked out).
   *
   * @throws io.anke.core.ConfigurationException naming the file and line of the first problem
   */
  public static WaiverSet read(Path file, String name) {
    return parse(name, ConfigFiles.read(file, name));
  }

  /**
   * Parses waiver YAML read from {@code source}.
   *
   * @throws io.anke.core.ConfigurationException naming the source and line of the first problem
   */
  public static WaiverSet parse(String source, String yaml) {
    ConfigNode root = ConfigNode.parse(source, yaml);
    if (root == null) {
      return empty();
    }
    ConfigNode list = root;
    if (root.isMap()) {
      Map<String, ConfigNode> top =
          root.map(CoreMessage.YAML_WHAT_WAIVER_FILE.text(), Set.of("waivers"));
      list = top.get("waivers");
      if (list == null || list.isNull()) {
        return empty();
      }
    }
    List<Waiver> out = new ArrayList<>();
    for (ConfigNode entry : list.list("'waivers'")) {
      out.add(parseEntry(entry));
    }
    return new WaiverSet(out);
  }

  private static Waiver parseEntry(ConfigNode entry) {
    Map<String, ConfigNode> m = entry.map(CoreMessage.YAML_WHAT_WAIVER_ENTRY.text(), FIELDS);
    for (String f : FIELD_ORDER) {
      if (!m.containsKey(f)) {
        throw entry.error(
            CoreMessage.WAIVER_MISSING_FIELD.text(f, CoreMessage.choices(FIELD_ORDER)));
      }
    }
    ConfigNode reasonNode = m.get("reason");
    WaiverReason reason;
    try {
      reason = WaiverReason.parse(reasonNode.text("reason"));
    } catch (IllegalArgumentException e) {
      throw reasonNode.error(CoreMessage.YAML_VALUE_REJECTED.text(Text.messageOf(e)));
    }
    ConfigNode expiresNode = m.get("expires");
    String expiresText = expiresNode.text("expires");
    LocalDate expires;
    try {
      expires = LocalDate.parse(expiresText);
    } catch (DateTimeParseException e) {
      throw expiresNode.error(CoreMessage.WAIVER_BAD_EXPIRES.text(expiresText));
    }
    return new Waiver(
        m.get("rule").text("rule"),
        m.get("subject").text("subject"),
        reason,
        m.get("justification").text("justification"),
        m.get("approvedBy").text("approvedBy"),
        expires,
        entry.source(),
        entry.line());
  }

  /** The waivers in file order. */
  public List<Waiver> waivers() {
    return waivers;
  }

  /** True when there are none. */
  public boolean isEmpty() {
    return waivers.isEmpty();
  }

  /** Starts matching findings of one scan on {@code today}. */
  public Matching start(LocalDate today) {
    return new Matching(waivers, today);
  }

  /**
   * Matches the findings of one scan and remembers which waivers were used. Not thread-safe; one
   * per scan.
   */
  public static final class Matching {
    private final List<Waiver> waivers;
    private final List<Glob> rules = new ArrayList<>();
    private final List<Glob> subjects = new ArrayList<>();
    private final boolean[] expired;
    private final int[] hits;

    private Matching(List<Waiver> waivers, LocalDate today) {
      this.waivers = waivers;
      this.expired = new boolean[waivers.size()];
      this.hits = new int[waivers.size()];
      for (int i = 0; i < waivers.size(); i++) {
        Waiver w = waivers.get(i);
        rules.add(Glob.ignoringCase(w.rule()));
        subjects.add(Glob.of(w.subject()));
        expired[i] = w.isExpired(today);
      }
    }

    /**
     * The first unexpired waiver (in file order) that covers a finding of {@code ruleId} on {@code
     * subjectId}. Expired waivers never apply, but their matches are counted.
     */
    public Optional<Waiver> match(String ruleId, String subjectId) {
      Waiver found = null;
      for (int i = 0; i < waivers.size(); i++) {
        if (rules.get(i).matches(ruleId) && subjects.get(i).matches(subjectId)) {
          hits[i]++;
          if (!expired[i] && found == null) {
            found = waivers.get(i);
          }
        }
      }
      return Optional.ofNullable(found);
    }

    /** Expired waivers, each with the number of findings it would still have covered. */
    public Map<Waiver, Integer> expired() {
      Map<Waiver, Integer> out = new LinkedHashMap<>();
      for (int i = 0; i < waivers.size(); i++) {
        if (expired[i]) {
          out.put(waivers.get(i), hits[i]);
        }
      }
      return out;
    }

    /** Unexpired waivers that matched no finding. */
    public List<Waiver> unused() {
      List<Waiver> out = new ArrayList<>();
      for (int i = 0; i < waivers.size(); i++) {
        if (!expired[i] && hits[i] == 0) {
          out.add(waivers.get(i));
        }
      }
      return out;
    }
  }
}
