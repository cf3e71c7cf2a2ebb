package io.anke.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The excerpt comparison catches a doc that no longer matches the output. */
class DocBlocksTest {
  private static final JsonNode REAL =
      Json.parse(
          "{\"status\":\"DOWN\",\"details\":{\"total\":51,\"counts\":{\"high\":1,\"info\":50},"
              + "\"failing\":[{\"rule\":\"A\",\"subject\":\"x\"},{\"rule\":\"B\",\"subject\":\"y\"}]}}");

  @Test
  void anExcerptWithTheRealValuesPasses() {
    JsonNode shown =
        Json.parse(
            "{\"status\":\"DOWN\",\"details\":{\"total\":7,\"counts\":{\"high\":1,\"info\":3},"
                + "\"failing\":[{\"rule\":\"B\",\"subject\":\"y\"}]}}");
    assertThat(DocBlocks.differences(shown, REAL)).isEmpty();
  }

  @Test
  void aChangedValueAMissingMemberAndAnUnknownElementAreCaught() {
    assertThat(DocBlocks.differences(Json.parse("{\"status\":\"UP\"}"), REAL))
        .containsExactly("$.status: the doc shows \"UP\", the real output has \"DOWN\"");
    assertThat(DocBlocks.differences(Json.parse("{\"details\":{\"counts\":{\"high\":2}}}"), REAL))
        .hasSize(1);
    assertThat(DocBlocks.differences(Json.parse("{\"details\":{\"waived\":0}}"), REAL))
        .containsExactly("$.details.waived: not in the real output");
    assertThat(
            DocBlocks.differences(
                Json.parse("{\"details\":{\"failing\":[{\"rule\":\"A\",\"subject\":\"y\"}]}}"),
                REAL))
        .containsExactly("$.details.failing[0]: no such element in the real output");
  }
}
