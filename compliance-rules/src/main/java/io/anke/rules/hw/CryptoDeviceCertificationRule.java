package io.anke.rules.hw;

import io.anke.core.Severity;
import io.anke.core.bom.Component;
import io.anke.core.catalog.Category;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HW-CRYPTO-DEVICE-UNCERTIFIED: crypto devices in the inventory whose row does not record a
 * commercial-crypto product certificate, or records that there is none. The certificate is read
 * from an extra inventory column such as {@code certification} or {@code 商用密码产品认证证书}.
 */
final class CryptoDeviceCertificationRule extends PackRule {
  /** Extra inventory columns (after the reader's {@code anke:inventory:} prefix) that hold it. */
  static final Set<String> COLUMNS =
      Set.of(
          "certification",
          "certificate",
          "cert",
          "certno",
          "certificateno",
          "crypto-certification",
          "商用密码产品认证证书",
          "商用密码认证",
          "商密认证",
          "认证证书",
          "证书编号",
          "认证");

  private static final Set<String> NEGATIVE =
      Set.of("none", "no", "false", "n/a", "na", "-", "无", "否", "未认证", "没有");

  CryptoDeviceCertificationRule() {
    super(
        HardwareRules.TEXT,
        "HW-CRYPTO-DEVICE-UNCERTIFIED",
        "hw",
        Severity.HIGH,
        List.of("GB/T 39786-2021 5(c)"),
        List.of(ProfileId.CRYPTO_L2, ProfileId.CRYPTO_L3, ProfileId.XINCHUANG_STRICT));
  }

  /** The certificate the row records, "" when it says there is none, null when it is silent. */
  static String certificate(Component c) {
    for (Map.Entry<String, String> p : c.properties().entrySet()) {
      String k = p.getKey();
      int colon = k.lastIndexOf(':');
      String column = (colon < 0 ? k : k.substring(colon + 1)).strip().toLowerCase(Locale.ROOT);
      if (COLUMNS.contains(column)) {
        String v = p.getValue().strip();
        return NEGATIVE.contains(v.toLowerCase(Locale.ROOT)) ? "" : v;
      }
    }
    return null;
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    for (Inventory.Item i : Inventory.items(context, List.of(Category.CRYPTO_DEVICE))) {
      Component c = i.component();
      String cert = certificate(c);
      if (cert != null && !cert.isEmpty()) {
        continue;
      }
      boolean declaredNone = cert != null;
      sink.report(
          sink.finding()
              .severity(declaredNone ? Severity.HIGH : Severity.MEDIUM)
              .subject(Subject.of(c))
              .location(Location.of(c.origin()))
              .message(
                  HardwareRules.TEXT.text(
                      id() + (declaredNone ? ".message.none" : ".message.missing"),
                      i.vendorZh() + " " + c.name(),
                      i.vendor() + " " + c.name(),
                      c.quantity()))
              .property("quantity", Integer.toString(c.quantity()))
              .build());
    }
  }
}
