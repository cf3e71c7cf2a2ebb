package io.anke.rules.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.scan.config.ConfigEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of destination DATA-CROSS-BORDER-STORAGE knows, on both sides of the border, and the
 * values it does not read as a destination at all.
 */
class CrossBorderHostsTest {
  private static String check(String key, String value) {
    return CrossBorderStorageRule.check(new ConfigEntry(key, value, 1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://gov.blob.core.windows.net/c | Azure global (gov.blob.core.windows.net)",
        "GOV.DOCUMENTS.AZURE.COM | Azure global (GOV.DOCUMENTS.AZURE.COM)",
        "https://storage.googleapis.com/b?x=1 | Google Cloud (storage.googleapis.com)",
        "app.appspot.com:443 | Google Cloud (app.appspot.com)",
        "acct.r2.cloudflarestorage.com | foreign object storage (acct.r2.cloudflarestorage.com)",
        "nyc3.digitaloceanspaces.com | foreign object storage (nyc3.digitaloceanspaces.com)",
        "s3.us-west-004.backblazeb2.com | foreign object storage (s3.us-west-004.backblazeb2.com)",
        "obs.ap-southeast-1.myhuaweicloud.com | Huawei Cloud OBS ap-southeast-1"
            + " (obs.ap-southeast-1.myhuaweicloud.com)",
        "oss-cn-hongkong-internal.aliyuncs.com | Alibaba Cloud OSS cn-hongkong-internal"
            + " (oss-cn-hongkong-internal.aliyuncs.com)",
        "oss-us-west-1.aliyuncs.com | Alibaba Cloud OSS us-west-1 (oss-us-west-1.aliyuncs.com)",
        "b-1.cos.ap-hongkong.myqcloud.com | Tencent Cloud COS ap-hongkong"
            + " (b-1.cos.ap-hongkong.myqcloud.com)",
      })
  void foreignDestinationsAreNamed(String value, String expected) {
    assertThat(check("storage.endpoint", value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "https://obs.cn-north-4.myhuaweicloud.com",
    "oss-cn-beijing-internal.aliyuncs.com",
    "b-1.cos.ap-shanghai-fsi.myqcloud.com",
    "https://bucket.s3.cn-northwest-1.amazonaws.com.cn/x",
    "oss.example.gov.cn",
    "not a host",
    "windows.net",
  })
  void mainlandAndUnknownDestinationsAreNotFindings(String value) {
    assertThat(check("storage.endpoint", value)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "cloud.aws.region.static, us-gov-west-1, AWS region us-gov-west-1",
    "aws.region, eu-central-1, AWS region eu-central-1",
    "spring.cloud.aws.region, ap-east-1, AWS region ap-east-1",
  })
  void awsRegionsOutsideChinaAreNamed(String key, String value, String expected) {
    assertThat(check(key, value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"aws.region, cn-north-1", "aws.region, cn-northwest-1", "other.region, us-east-1"})
  void chinaRegionsAndOtherKeysAreNotFindings(String key, String value) {
    assertThat(check(key, value)).isNull();
  }

  @Test
  void aValueIsReadUpTo2048Characters() {
    String prefix = "https://gov.blob.core.windows.net/";
    String atLimit = prefix + "a".repeat(2048 - prefix.length());
    assertThat(check("storage.endpoint", atLimit)).startsWith("Azure global");
    assertThat(check("storage.endpoint", atLimit + "a")).isNull();
    assertThat(check("storage.endpoint", "   ")).isNull();
  }
}
