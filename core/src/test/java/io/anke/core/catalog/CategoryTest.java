package io.anke.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.bom.ComponentKind;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one category vocabulary: names as inventories really write them, in both languages. */
class CategoryTest {

  @Test
  void namesPeopleWriteInEitherLanguage() {
    Map<String, Category> written =
        Map.ofEntries(
            Map.entry("switch", Category.NETWORK),
            Map.entry("Switches", Category.NETWORK),
            Map.entry("router", Category.NETWORK),
            Map.entry("Load Balancer", Category.NETWORK),
            Map.entry("LOAD_BALANCERS", Category.NETWORK),
            Map.entry("load-balancer", Category.NETWORK),
            Map.entry("Top of rack switches", Category.NETWORK),
            Map.entry("核心交换机", Category.NETWORK),
            Map.entry("负载均衡", Category.NETWORK),
            Map.entry("firewall", Category.SECURITY),
            Map.entry("Ｆｉｒｅｗａｌｌ", Category.SECURITY),
            Map.entry("WAF", Category.SECURITY),
            Map.entry("IDS/IPS", Category.SECURITY),
            Map.entry("下一代防火墙", Category.SECURITY),
            Map.entry("入侵检测", Category.SECURITY),
            Map.entry("堡垒机", Category.SECURITY),
            Map.entry("Bastion host", Category.SECURITY),
            Map.entry("存储阵列", Category.STORAGE),
            Map.entry("磁盘阵列", Category.STORAGE),
            Map.entry("Disk Arrays", Category.STORAGE),
            Map.entry("SAN", Category.STORAGE),
            Map.entry("NAS", Category.STORAGE),
            Map.entry("HSM", Category.CRYPTO_DEVICE),
            Map.entry("HSMs", Category.CRYPTO_DEVICE),
            Map.entry("密码机", Category.CRYPTO_DEVICE),
            Map.entry("服务器密码机", Category.CRYPTO_DEVICE),
            Map.entry("签名验签服务器", Category.CRYPTO_DEVICE),
            Map.entry("国密签名验签服务器", Category.CRYPTO_DEVICE),
            Map.entry("crypto-device", Category.CRYPTO_DEVICE),
            Map.entry("SSL VPN", Category.CRYPTO_DEVICE),
            Map.entry("hypervisor", Category.VIRTUALIZATION),
            Map.entry("Virtualisation", Category.VIRTUALIZATION),
            Map.entry("虚拟化", Category.VIRTUALIZATION),
            Map.entry("云平台", Category.VIRTUALIZATION),
            Map.entry("超融合", Category.VIRTUALIZATION),
            Map.entry("Servers", Category.SERVER),
            Map.entry("机架式服务器", Category.SERVER),
            Map.entry("X86服务器", Category.SERVER),
            Map.entry("CPUs", Category.CPU),
            Map.entry("处理器", Category.CPU),
            Map.entry("Operating System", Category.OS),
            Map.entry("operating-system", Category.OS),
            Map.entry("RDBMS", Category.DATABASE),
            Map.entry("Databases", Category.DATABASE),
            Map.entry("application server", Category.MIDDLEWARE),
            Map.entry("消息中间件", Category.MIDDLEWARE),
            Map.entry("JRE", Category.JDK),
            Map.entry("crypto_library", Category.CRYPTO_LIBRARY));
    written.forEach(
        (name, category) -> assertThat(Category.parse(name)).as(name).contains(category));
  }

  @Test
  void whatIsNotUnderstoodIsNotGuessed() {
    for (String name : new String[] {"telephony", "其他设备", "other", "", "  ", "s", "ips x"}) {
      assertThat(Category.parse(name)).as(name).isEmpty();
    }
    assertThat(Category.parse(null)).isEmpty();
  }

  @Test
  void everyListedNameReadsBackAsItsCategoryAndIdsAreExact() {
    for (Category c : Category.values()) {
      assertThat(Category.byId(c.id())).contains(c);
      for (String name : c.names()) {
        assertThat(Category.parse(name)).as(name).contains(c);
      }
      assertThat(c.displayName("zh")).isNotBlank();
      assertThat(c.displayName("en")).isNotBlank();
      assertThat(c.countNoun("en", 2)).isNotBlank();
      assertThat(c.countNoun("zh", 2)).isNotBlank();
    }
    assertThat(Category.byId("Network")).isEmpty();
    assertThat(Category.NETWORK.countNoun("en", 1)).isEqualTo("network device");
    assertThat(Category.NETWORK.countNoun("en", 3)).isEqualTo("network devices");
    assertThat(Category.NETWORK.countNoun("zh", 3)).isEqualTo("台网络设备");
  }

  @Test
  void inventoryCategoriesAreTheHardwareAndPlatformOnes() {
    assertThat(Category.inventoryCategories())
        .contains(Category.VIRTUALIZATION, Category.NETWORK, Category.CRYPTO_DEVICE)
        .doesNotContain(Category.CRYPTO_LIBRARY);
    assertThat(Category.VIRTUALIZATION.kind()).isEqualTo(ComponentKind.RUNTIME);
    assertThat(Category.OS.kind()).isEqualTo(ComponentKind.OPERATING_SYSTEM);
    assertThat(Category.impliedBy(ComponentKind.DATABASE)).contains(Category.DATABASE);
    assertThat(Category.impliedBy(ComponentKind.LIBRARY)).isEqualTo(Optional.empty());
    assertThat(Category.listing(Category.inventoryCategories()))
        .startsWith("server (服务器), cpu (处理器), os (操作系统)")
        .contains("virtualization (虚拟化)");
  }
}
