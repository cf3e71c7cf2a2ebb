package io.anke.core.masking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link AddressMask} at the edges of its rule for where the cut falls. */
class AddressMaskBoundaryTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // reading stops after the third name, even when a fourth division follows
        "内蒙古自治区呼伦贝尔市满洲里市扎赉诺尔区第一街 | 内蒙古自治区呼伦贝尔市满洲里市****",
        // only division names: returned as it is
        "广东省广州市 | 广东省广州市",
        "上海市 | 上海市",
        // reading stops after a county-level name (区)
        "海淀区北京市中关村 | 海淀区****",
        // 省 ends a name
        "湖南省长沙路1号 | 湖南省****",
        // 市场 is a market, not a city
        "农贸市场东路8号 | ****",
        // a name holding a street word (路) is no division
        "北京市二环路东区8号 | 北京市****",
        // a name ending in a street-level area (社区) is no division
        "北京市和平社区3号楼 | 北京市****",
      })
  void theCutFallsAfterTheLastDivisionName(String address, String shown) {
    assertThat(AddressMask.mask(address)).isEqualTo(shown);
  }
}
