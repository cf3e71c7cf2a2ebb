package io.anke.rules.crypto;

import io.anke.core.Severity;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.scan.bytecode.BytecodeScanResult;
import io.anke.scan.bytecode.Classification;
import io.anke.scan.bytecode.CryptoEvidence;
import io.anke.scan.bytecode.CryptoUsage;
import io.anke.scan.cbom.CryptoAssetUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code CRYPTO-NO-NATIONAL-ALGORITHM}: the application's own code uses cryptography, but never
 * SM2, SM3 or SM4. The application is judged as a whole, once per scan: every application target
 * together (the modules of a reactor, the archives of one delivery), never a library, never each
 * jar. Code without any cryptography gives no finding: there is nothing to replace, and whether the
 * system protects its data by other means is a question for the BOM rules and the assessor, not
 * something its bytecode can show. A CBOM is the system's own statement of its cryptography, so
 * each CBOM whose cryptographic assets name none of SM2, SM3 or SM4 is reported once too; a CBOM
 * that says which code uses its assets (Anke's CycloneDX output of a scan) is judged as that code
 * was, on the application's own assets.
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
  public Set<FactKey<?>> requires() {
    return Set.of(BytecodeScanResult.KEY);
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    application(context, sink);
    cboms(context, sink);
  }

  /** The application's own code, every application target of the scan together. */
  private void application(ScanContext context, FindingSink sink) {
    long applicationClasses = 0;
    List<CryptoUsage> own = new ArrayList<>();
    // Targets where the application's own code uses other cryptography, in scan order.
    Set<String> where = new LinkedHashSet<>();
    for (BytecodeScanResult scan : context.facts(BytecodeScanResult.KEY)) {
      applicationClasses += scan.applicationClasses();
      for (CryptoUsage u : scan.usages()) {
        if (u.location().applicationCode()) {
          own.add(u);
          if (isOther(u)) {
            where.add(scan.target());
          }
        }
      }
    }
    TreeSet<String> others = others(own);
    if (others.isEmpty()
        || own.stream().anyMatch(u -> u.classification() == Classification.NATIONAL)) {
      return;
    }
    String first = where.iterator().next();
    String found = String.join(", ", others);
    sink.report(
        sink.finding()
            .subject(Subject.of(Subject.FILE, first))
            .location(Location.of(first))
            .message(
                CryptoRules.TEXT.text(
                    ID + ".message",
                    String.join(", ", where),
                    Long.toString(applicationClasses),
                    found))
            .property("algorithms", found)
            .property("targets", String.join(", ", where))
            .property("applicationClasses", Long.toString(applicationClasses))
            .build());
  }

  /**
   * A CBOM is the system's own statement of its cryptography: judged as one whole. Where it says in
   * which code its assets are used, it is judged like that code: a library's code is left out, and
   * code that names no algorithm the rules classify gives no finding.
   */
  private void cboms(ScanContext context, FindingSink sink) {
    Map<String, List<CryptoAssetUsage>> byDocument = new LinkedHashMap<>();
    Set<String> inCode = new HashSet<>();
    for (CryptoAssetUsage a : context.facts(CryptoAssetUsage.class)) {
      List<CryptoAssetUsage> evidence =
          byDocument.computeIfAbsent(a.asset().file(), f -> new ArrayList<>());
      if (a.occurrence() != null) {
        inCode.add(a.asset().file());
        if (!a.occurrence().applicationCode()) {
          continue;
        }
      }
      evidence.add(a);
    }
    byDocument.forEach(
        (file, evidence) -> {
          if (evidence.stream().anyMatch(e -> e.classification() == Classification.NATIONAL)) {
            return;
          }
          TreeSet<String> others = others(evidence);
          if (others.isEmpty() && inCode.contains(file)) {
            return;
          }
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
      if (isOther(u)) {
        others.add(u.algorithm());
      }
    }
    return others;
  }

  /** Evidence of a named algorithm that is high-risk or not national. */
  private static boolean isOther(CryptoEvidence u) {
    return u.algorithm() != null
        && (u.classification() == Classification.HIGH_RISK
            || u.classification() == Classification.NON_NATIONAL);
  }
}
