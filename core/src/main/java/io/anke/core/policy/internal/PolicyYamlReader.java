package io.anke.core.policy.internal;

import io.anke.core.ConfigurationException;
import io.anke.core.classification.DataClass;
import io.anke.core.files.ConfigNode;
import io.anke.core.internal.CoreMessage;
import io.anke.core.policy.AccessAction;
import io.anke.core.policy.AccessPolicy;
import io.anke.core.policy.Department;
import io.anke.core.policy.SharingAgreement;
import io.anke.core.rule.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a policy file into an {@link AccessPolicy.Builder}; the first error stops the reading with
 * the file and line, so a policy is used whole or not at all.
 */
public final class PolicyYamlReader {
  private static final Set<String> TOP = Set.of("version", "zone", "departments", "agreements");
  private static final Set<String> DEPARTMENT = Set.of("id", "zh", "en");
  private static final Set<String> AGREEMENT =
      Set.of(
          "id",
          "provider",
          "consumer",
          "resource",
          "purposes",
          "actions",
          "fields",
          "masked",
          "dataClasses",
          "roles",
          "validFrom",
          "validUntil",
          "approvedBy");

  private PolicyYamlReader() {}

  /**
   * Reads {@code text} into {@code policy} (which already knows its resources) and builds it.
   *
   * @throws ConfigurationException naming {@code source} and the line of the first error
   */
  public static AccessPolicy read(String source, String text, AccessPolicy.Builder policy) {
    ConfigNode root = ConfigNode.parse(source, text);
    if (root == null) {
      throw new ConfigurationException(source, 0, CoreMessage.POLICY_EMPTY.text());
    }
    Map<String, ConfigNode> top = root.map(CoreMessage.YAML_WHAT_POLICY.text(), TOP);
    ConfigNode version = top.get("version");
    if (version != null && !version.text("version").equals("1")) {
      throw version.error(CoreMessage.POLICY_VERSION.text());
    }
    ConfigNode zone = top.get("zone");
    if (zone != null) {
      try {
        policy.zone(ZoneId.of(zone.text("zone")));
      } catch (DateTimeException e) {
        throw zone.error(CoreMessage.POLICY_BAD_ZONE.text(Text.messageOf(e)));
      }
    }
    ConfigNode departments = required(root, top, "departments");
    for (ConfigNode d : departments.list("departments")) {
      Map<String, ConfigNode> m = d.map(CoreMessage.YAML_WHAT_DEPARTMENT.text(), DEPARTMENT);
      String id = required(d, m, "id").text("id");
      try {
        policy.department(new Department(id, optionalText(m, "zh"), optionalText(m, "en")));
      } catch (IllegalArgumentException e) {
        throw m.get("id").error(CoreMessage.YAML_VALUE_REJECTED.text(Text.messageOf(e)));
      }
    }
    ConfigNode agreements = top.get("agreements");
    if (agreements != null && !agreements.isNull()) {
      for (ConfigNode a : agreements.list("agreements")) {
        agreement(a, policy);
      }
    }
    return policy.build();
  }

  private static void agreement(ConfigNode node, AccessPolicy.Builder policy) {
    Map<String, ConfigNode> m = node.map(CoreMessage.YAML_WHAT_AGREEMENT.text(), AGREEMENT);
    String id = required(node, m, "id").text("id");
    SharingAgreement.Builder b =
        SharingAgreement.builder(id)
            .between(
                required(node, m, "provider").text("provider"),
                required(node, m, "consumer").text("consumer"))
            .resource(required(node, m, "resource").text("resource"))
            .purposes(texts(required(node, m, "purposes"), "purposes").toArray(String[]::new))
            .fields(texts(m.get("fields"), "fields").toArray(String[]::new))
            .masked(texts(m.get("masked"), "masked").toArray(String[]::new))
            .roles(texts(m.get("roles"), "roles"))
            .valid(
                date(required(node, m, "validFrom"), "validFrom"),
                date(required(node, m, "validUntil"), "validUntil"))
            .approvedBy(required(node, m, "approvedBy").text("approvedBy"));
    ConfigNode actions = m.get("actions");
    if (actions != null) {
      for (ConfigNode n : actions.listOrSingle("actions")) {
        String v = n.text(CoreMessage.YAML_WHAT_ACTION.text());
        b.actions(
            AccessAction.of(v)
                .orElseThrow(
                    () ->
                        n.error(
                            CoreMessage.POLICY_UNKNOWN_ACTION.text(
                                v,
                                alternatives(
                                    Arrays.stream(AccessAction.values())
                                        .map(AccessAction::id)
                                        .toList())))));
      }
    }
    ConfigNode classes = m.get("dataClasses");
    if (classes != null) {
      for (ConfigNode n : classes.listOrSingle("dataClasses")) {
        String v = n.text(CoreMessage.YAML_WHAT_DATA_CLASS.text());
        b.dataClasses(
            DataClass.of(v)
                .orElseThrow(
                    () ->
                        n.error(
                            CoreMessage.POLICY_UNKNOWN_DATA_CLASS.text(
                                v,
                                CoreMessage.choices(
                                    Arrays.stream(DataClass.values())
                                        .map(DataClass::id)
                                        .toList())))));
      }
    }
    try {
      policy.agreement(b.build());
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      int colon = message.indexOf(": ");
      ConfigNode at = colon > 0 ? m.get(message.substring(0, colon)) : null;
      throw (at != null ? at : node).error(CoreMessage.YAML_VALUE_REJECTED.text(Text.messageOf(e)));
    }
  }

  /** Values to choose from, in each language's way: {@code a or b}, {@code a 或 b}. */
  private static Text alternatives(List<String> ids) {
    return Text.of(String.join(" 或 ", ids), String.join(" or ", ids));
  }

  private static ConfigNode required(ConfigNode owner, Map<String, ConfigNode> m, String key) {
    ConfigNode n = m.get(key);
    if (n == null || n.isNull()) {
      throw owner.error(CoreMessage.YAML_MISSING_KEY.text(key));
    }
    return n;
  }

  private static String optionalText(Map<String, ConfigNode> m, String key) {
    ConfigNode n = m.get(key);
    return n == null || n.isNull() ? null : n.text(key);
  }

  private static List<String> texts(ConfigNode n, String what) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    for (ConfigNode item : n.listOrSingle(what)) {
      out.add(item.text(what));
    }
    return out;
  }

  private static LocalDate date(ConfigNode n, String what) {
    String v = n.text(what);
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw n.error(CoreMessage.POLICY_NOT_A_DATE.text(what, v));
    }
  }
}
