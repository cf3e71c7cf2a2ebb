package io.anke.rules.data;

import io.anke.core.Severity;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileId;
import io.anke.scan.config.ConfigEntry;
import io.anke.scan.config.ConfigFile;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DATA-CROSS-BORDER-STORAGE: configuration that sends data to cloud storage or services outside
 * mainland China: global endpoints of AWS, Azure and Google Cloud (their China regions excepted)
 * and the overseas or Hong Kong regions of Alibaba Cloud OSS, Tencent Cloud COS and Huawei Cloud
 * OBS, or an AWS region setting outside China. State organs must store personal information inside
 * the PRC.
 */
final class CrossBorderStorageRule extends PackRule {
  private static final Pattern HOST =
      Pattern.compile(
          "(?i)(?:[a-z][a-z0-9+.-]*://)?([a-z0-9.-]+\\.[a-z]{2,})(?::\\d+)?(?:[/?#].*)?");
  private static final Pattern ALIYUN = Pattern.compile("oss-([a-z0-9-]+)\\.aliyuncs\\.com$");
  private static final Pattern TENCENT = Pattern.compile("cos\\.([a-z0-9-]+)\\.myqcloud\\.com$");
  private static final Pattern HUAWEI =
      Pattern.compile("obs\\.([a-z0-9-]+)\\.myhuaweicloud\\.com$");
  private static final Set<String> AWS_CHINA_REGIONS = Set.of("cn-north-1", "cn-northwest-1");

  CrossBorderStorageRule() {
    super(
        DataRules.TEXT,
        "DATA-CROSS-BORDER-STORAGE",
        "data",
        Severity.HIGH,
        List.of("PIPL (个人信息保护法) Art. 36", "PIPL (个人信息保护法) Art. 38"),
        List.of(ProfileId.MLPS_L3, ProfileId.GOV_CLOUD_BASELINE, ProfileId.XINCHUANG_STRICT));
  }

  /** Why a host is outside mainland China, or null when it is not known to be. */
  static String outsideMainland(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".amazonaws.com")) {
      return "AWS global";
    }
    if (h.endsWith(".windows.net") || h.endsWith(".azure.com")) {
      return "Azure global";
    }
    if (h.endsWith(".googleapis.com") || h.endsWith(".appspot.com")) {
      return "Google Cloud";
    }
    if (h.endsWith(".r2.cloudflarestorage.com")
        || h.endsWith(".digitaloceanspaces.com")
        || h.endsWith(".backblazeb2.com")) {
      return "foreign object storage";
    }
    Matcher m = ALIYUN.matcher(h);
    if (m.find() && !mainland(m.group(1), "cn-")) {
      return "Alibaba Cloud OSS " + m.group(1);
    }
    m = TENCENT.matcher(h);
    if (m.find() && !tencentMainland(m.group(1))) {
      return "Tencent Cloud COS " + m.group(1);
    }
    m = HUAWEI.matcher(h);
    if (m.find() && !mainland(m.group(1), "cn-")) {
      return "Huawei Cloud OBS " + m.group(1);
    }
    return null;
  }

  private static boolean mainland(String region, String prefix) {
    String r = region.replace("-internal", "");
    return r.startsWith(prefix) && !r.contains("hongkong");
  }

  private static final Set<String> TENCENT_MAINLAND =
      Set.of(
          "ap-beijing",
          "ap-shanghai",
          "ap-guangzhou",
          "ap-chengdu",
          "ap-chongqing",
          "ap-nanjing",
          "ap-shenzhen-fsi",
          "ap-shanghai-fsi",
          "ap-beijing-fsi");

  private static boolean tencentMainland(String region) {
    return TENCENT_MAINLAND.contains(region);
  }

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(ConfigFile.KEY);
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    for (ConfigFile f : context.facts(ConfigFile.KEY)) {
      if (!f.parsed()) {
        continue;
      }
      for (ConfigEntry e : f.entries()) {
        String why = check(e);
        if (why != null) {
          sink.report(
              sink.finding()
                  .subject(Subject.of(Subject.CONFIG, f.path() + "#" + e.key()))
                  .location(Location.of(f.path(), e.line()))
                  .message(DataRules.TEXT.text(id() + ".message", e.key(), why))
                  .property("destination", why)
                  .build());
        }
      }
    }
  }

  static String check(ConfigEntry e) {
    String v = e.value().strip();
    String k = e.canonicalKey();
    if ((k.endsWith("aws.region") || k.endsWith("aws.region.static") || k.equals("aws.region"))
        && v.matches("[a-z]{2}(-gov)?-[a-z]+-\\d")
        && !AWS_CHINA_REGIONS.contains(v)) {
      return "AWS region " + v;
    }
    if (v.isEmpty() || v.length() > 2048) {
      return null;
    }
    Matcher m = HOST.matcher(v);
    if (!m.matches()) {
      return null;
    }
    String host = m.group(1);
    if (host.toLowerCase(Locale.ROOT).endsWith(".amazonaws.com.cn")) {
      return null;
    }
    String why = outsideMainland(host);
    return why == null ? null : why + " (" + host + ")";
  }
}
