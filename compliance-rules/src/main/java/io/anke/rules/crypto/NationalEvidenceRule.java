package io.anke.rules.crypto;

import io.anke.core.Severity;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.rules.bytecode.BytecodeScanResult;
import io.anke.rules.bytecode.Classification;
import io.anke.rules.bytecode.CryptoEvidence;
import io.anke.rules.bytecode.CryptoUsage;
import io.anke.rules.cbom.CryptoAssetUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code CRYPTO-NO-NATIONAL-ALGORITHM}: the application's own code shows no use of SM2, SM3 or SM4
 * at all. Reported once per scanned target, and only when its own classes were analysed; and once
 * per CBOM whose cryptographic assets name none of them.
 */
final class NationalEvidenceRule extends CryptoRule {
  static final String ID = "CRYPTO-NO-NATIONAL-ALGORITHM";

  NationalEvidenceRule() {
    super(
        ID,
        Severity.MEDIUM,
        NATIONAL_PROFILES,
        "GB/T 39786-2021 5(a)",
        "GB/T 39786-2021 8.4(a)",
        "GB/T 39786-2021 8.4(d)",
        "GB/T 39786-2021 8.4(e)");
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    for (BytecodeScanResult scan : context.facts(BytecodeScanResult.class)) {
      List<CryptoUsage> own =
          scan.usages().stream().filter(u -> u.location().applicationCode()).toList();
      boolean ownClassesAnalysed = scan.applicationClasses() > 0;
      if (!ownClassesAnalysed
          || own.stream().anyMatch(u -> u.classification() == Classification.NATIONAL)) {
        continue;
      }
      TreeSet<String> others = others(own);
      String found = others.isEmpty() ? "-" : String.join(", ", others);
      sink.report(
          sink.finding()
              .subject(Subject.of(Subject.FILE, scan.target()))
              .location(Location.of(scan.target()))
              .message(
                  CryptoRules.TEXT.text(
                      others.isEmpty() ? ID + ".message.none" : ID + ".message.other",
                      scan.target(),
                      Long.toString(scan.applicationClasses()),
                      found))
              .property("algorithms", others.isEmpty() ? null : found)
              .property("applicationClasses", Long.toString(scan.applicationClasses()))
              .build());
    }
    cboms(context, sink);
  }

  /** A CBOM is the system's own statement of its cryptography: judged as one whole. */
  private void cboms(ScanContext context, FindingSink sink) {
    Map<String, List<CryptoAssetUsage>> byDocument = new LinkedHashMap<>();
    for (CryptoAssetUsage a : context.facts(CryptoAssetUsage.class)) {
      byDocument.computeIfAbsent(a.asset().file(), f -> new ArrayList<>()).add(a);
    }
    byDocument.forEach(
        (file, evidence) -> {
          if (evidence.stream().anyMatch(e -> e.classification() == Classification.NATIONAL)) {
            return;
          }
          TreeSet<String> others = others(evidence);
          long assets = evidence.stream().map(e -> e.asset().pointer()).distinct().count();
          String found = others.isEmpty() ? "-" : String.join(", ", others);
          sink.report(
              sink.finding()
                  .subject(Subject.of(Subject.FILE, file))
                  .location(Location.of(file))
                  .message(
                      CryptoRules.TEXT.text(
                          others.isEmpty() ? ID + ".message.cbom.none" : ID + ".message.cbom",
                          file,
                          Long.toString(assets),
                          found))
                  .property("algorithms", others.isEmpty() ? null : found)
                  .property("assets", Long.toString(assets))
                  .build());
        });
  }

  /** The high-risk and non-national algorithms among the evidence, sorted. */
  private static TreeSet<String> others(List<? extends CryptoEvidence> evidence) {
    TreeSet<String> others = new TreeSet<>();
    for (CryptoEvidence u : evidence) {
      if (u.algorithm() != null
          && (u.classification() == Classification.HIGH_RISK
              || u.classification() == Classification.NON_NATIONAL)) {
        others.add(u.algorithm());
      }
    }
    return others;
  }
}
