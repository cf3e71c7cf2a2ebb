package io.anke.core.policy;

import io.anke.core.rule.Text;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of an access request: allow, allow with masking, or deny, with the fields released in
 * the clear, released masked and withheld, the reasons and the agreements that decided.
 *
 * @param effect the outcome
 * @param resource the resource name
 * @param action what was asked for
 * @param clear fields released in the clear
 * @param masked fields released masked
 * @param withheld fields not released at all (all requested fields when denied)
 * @param reasons why, in the order the checks ran
 * @param agreements ids of the agreements that allowed the access; empty for the owner's own duty
 *     and for a denial
 */
public record Decision(
    Effect effect,
    String resource,
    AccessAction action,
    Set<String> clear,
    Set<String> masked,
    Set<String> withheld,
    List<Reason> reasons,
    List<String> agreements) {

  /** The three outcomes. */
  public enum Effect {
    /** Every requested field is released in the clear. */
    ALLOW("allow"),
    /** Some fields are masked or withheld; at least one is released. */
    ALLOW_MASKED("allow-masked"),
    /** Nothing is released. */
    DENY("deny");

    private final String id;

    Effect(String id) {
      this.id = id;
    }

    /** The id used in audit records and reports. */
    public String id() {
      return id;
    }
  }

  /** Copies the collections. */
  public Decision {
    clear = Set.copyOf(clear);
    masked = Set.copyOf(masked);
    withheld = Set.copyOf(withheld);
    reasons = List.copyOf(reasons);
    agreements = List.copyOf(agreements);
  }

  /** True unless denied. */
  public boolean allowed() {
    return effect != Effect.DENY;
  }

  /** The reasons, one per line, in both languages (Chinese first on each line). */
  public Text explanation() {
    return Text.of(
        reasons.stream().map(r -> r.text().zh()).collect(Collectors.joining("\n")),
        reasons.stream().map(r -> r.text().en()).collect(Collectors.joining("\n")));
  }
}
