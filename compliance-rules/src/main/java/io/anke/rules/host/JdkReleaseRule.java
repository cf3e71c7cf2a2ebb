package io.anke.rules.host;

import io.anke.core.Severity;
import io.anke.core.bom.Component;
import io.anke.core.catalog.Category;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileId;
import io.anke.rules.packs.ScanParts;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HOST-JDK-OUTDATED: the host runs a Java release that receives no more updates: anything before
 * Java 8 (high), or a non-LTS feature release older than the newest LTS known to this rule (medium;
 * non-LTS releases get updates for six months only). Newer non-LTS releases are not judged: whether
 * they are still in their six months depends on the date.
 */
final class JdkReleaseRule extends PackRule {
  static final Set<Integer> LTS = Set.of(8, 11, 17, 21, 25);
  static final int NEWEST_LTS = 25;
  private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?");

  JdkReleaseRule() {
    super(
        HostRules.TEXT,
        "HOST-JDK-OUTDATED",
        "host",
        Severity.MEDIUM,
        List.of("GB/T 22239-2019 8.1.4.4"),
        List.of(ProfileId.MLPS_L2, ProfileId.MLPS_L3, ProfileId.XINCHUANG_STRICT));
  }

  /** The feature release of a Java version string ({@code 1.8.0_412} is 8), or -1. */
  static int feature(String version) {
    if (version == null) {
      return -1;
    }
    Matcher m = VERSION.matcher(version.strip());
    if (!m.lookingAt()) {
      return -1;
    }
    try {
      int first = Integer.parseInt(m.group(1));
      if (first == 1 && m.group(2) != null) {
        return Integer.parseInt(m.group(2));
      }
      return first;
    } catch (NumberFormatException e) {
      return -1; // a part beyond an int (the string comes from an inventory): no release
    }
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    for (Component c : ScanParts.host(context)) {
      if (!Category.JDK.id().equals(c.category())) {
        continue;
      }
      int feature = feature(c.version());
      if (feature < 0) {
        // not judged, and said so: an unreadable version must not read as an up-to-date one
        sink.report(
            sink.finding()
                .severity(Severity.INFO)
                .subject(Subject.of(Subject.HOST, "jdk"))
                .location(Location.of(c.origin()))
                .message(
                    HostRules.TEXT.text(
                        id() + ".message.unreadable",
                        c.name(),
                        c.version() == null ? "" : c.version()))
                .build());
        continue;
      }
      if (feature >= 8 && (LTS.contains(feature) || feature > NEWEST_LTS)) {
        continue;
      }
      boolean ancient = feature < 8;
      sink.report(
          sink.finding()
              .severity(ancient ? Severity.HIGH : Severity.MEDIUM)
              .subject(Subject.of(Subject.HOST, "jdk"))
              .location(Location.of(c.origin()))
              .message(
                  HostRules.TEXT.text(
                      id() + (ancient ? ".message.ancient" : ".message.nonlts"),
                      c.name() + " " + c.version(),
                      feature))
              .property("feature", Integer.toString(feature))
              .build());
    }
  }
}
