package io.anke.core.profile;

import io.anke.core.ConfigurationException;
import io.anke.core.FailOn;
import io.anke.core.Severity;
import io.anke.core.files.ConfigNode;
import io.anke.core.internal.CoreMessage;
import io.anke.core.internal.Glob;
import io.anke.core.profile.internal.RuleSelector;
import io.anke.core.profile.internal.RuleSelector.IdRef;
import io.anke.core.rule.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** One parsed profile file, before its {@code extends} are resolved. */
record ProfileDefinition(
    String id,
    Text title,
    Text description,
    List<IdRef> parents,
    RuleSelector include,
    RuleSelector exclude,
    List<SeverityOverride> severities,
    FailOn failOn,
    String source,
    int line,
    boolean bundled) {

  /** A {@code severity:} entry. */
  record SeverityOverride(IdRef rule, Severity severity) {}

  static final Set<String> KEYS =
      Set.of("id", "title", "description", "extends", "include", "exclude", "severity", "failOn");
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  static ProfileDefinition parse(String source, String text, boolean bundled) {
    ConfigNode root = ConfigNode.parse(source, text);
    if (root == null) {
      throw new ConfigurationException(source, 0, CoreMessage.PROFILE_EMPTY.text());
    }
    Map<String, ConfigNode> m = root.map(CoreMessage.YAML_WHAT_PROFILE.text(), KEYS);
    ConfigNode idNode = required(root, m, "id");
    String id = idNode.text("id");
    if (!ID.matcher(id).matches()) {
      throw idNode.error(CoreMessage.PROFILE_ID_MALFORMED.text(id));
    }
    Text title = text(required(root, m, "title"), "title");
    Text description =
        m.containsKey("description") ? text(m.get("description"), "description") : null;
    List<IdRef> parents = new ArrayList<>();
    if (m.containsKey("extends")) {
      for (ConfigNode n : m.get("extends").listOrSingle("extends")) {
        String p = n.text(CoreMessage.YAML_WHAT_ENTRY.text("extends"));
        parents.add(new IdRef(p, Glob.of(p), source, n.line()));
      }
    }
    RuleSelector include =
        m.containsKey("include")
            ? RuleSelector.parse(m.get("include"), "include")
            : RuleSelector.none();
    RuleSelector exclude =
        m.containsKey("exclude")
            ? RuleSelector.parse(m.get("exclude"), "exclude")
            : RuleSelector.none();
    List<SeverityOverride> severities = new ArrayList<>();
    if (m.containsKey("severity")) {
      for (Map.Entry<String, ConfigNode> e : m.get("severity").map("severity").entrySet()) {
        ConfigNode v = e.getValue();
        Severity s;
        try {
          s = Severity.parse(v.text(CoreMessage.YAML_WHAT_SEVERITY_OF.text(e.getKey())));
        } catch (IllegalArgumentException ex) {
          throw v.error(CoreMessage.PROFILE_BAD_SEVERITY.text(e.getKey(), Text.messageOf(ex)));
        }
        severities.add(
            new SeverityOverride(
                new IdRef(e.getKey(), Glob.ignoringCase(e.getKey()), source, v.line()), s));
      }
    }
    FailOn failOn = null;
    if (m.containsKey("failOn")) {
      ConfigNode v = m.get("failOn");
      try {
        failOn = FailOn.parse(v.text("failOn"));
      } catch (IllegalArgumentException ex) {
        throw v.error(CoreMessage.PROFILE_BAD_FAIL_ON.text(Text.messageOf(ex)));
      }
    }
    return new ProfileDefinition(
        id,
        title,
        description,
        parents,
        include,
        exclude,
        severities,
        failOn,
        source,
        root.line(),
        bundled);
  }

  private static ConfigNode required(ConfigNode root, Map<String, ConfigNode> m, String key) {
    ConfigNode n = m.get(key);
    if (n == null) {
      throw root.error(CoreMessage.PROFILE_MISSING_KEY.text(key));
    }
    return n;
  }

  private static Text text(ConfigNode node, String what) {
    Map<String, ConfigNode> m =
        node.map(CoreMessage.YAML_WHAT_BILINGUAL.text(what), Set.of("zh", "en"));
    if (!m.containsKey("zh") || !m.containsKey("en")) {
      throw node.error(CoreMessage.PROFILE_NEEDS_BOTH_LANGUAGES.text(what));
    }
    return Text.of(m.get("zh").text(what + ".zh"), m.get("en").text(what + ".en"));
  }
}
