package io.anke.rules.runtime;

import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.core.runtime.RuntimeSecurityFacts;
import io.anke.rules.packs.ProfileId;
import java.nio.file.Path;

/** Child-JVM entry of {@link RuntimeRulesTest}: probes this JVM and prints the RUNTIME findings. */
public final class RuntimeProbeMain {
  private RuntimeProbeMain() {}

  public static void main(String[] args) {
    RuntimeSecurityFacts facts =
        RuntimeSecurityFacts.probe(RuntimeProbeMain.class.getClassLoader());
    ScanResult r = RuntimeRulesTest.scan(Path.of(args[0]), ProfileId.MLPS_L3.id(), facts);
    for (Finding f : r.findings()) {
      if (f.ruleId().startsWith("RUNTIME-")) {
        System.out.println(f.ruleId() + "|" + f.message().en());
      }
    }
  }
}
