package io.anke.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.guard.GuardMode;
import io.anke.core.internal.CoreMessage;
import io.anke.core.waiver.WaiverReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The messages that list a vocabulary's values take the list from the enum that owns it. */
class VocabularyMessagesTest {

  @Test
  void unknownValuesAreAnsweredWithTheOwnersValues() {
    assertThatThrownBy(() -> Severity.parse("urgent"))
        .hasMessage("unknown severity 'urgent'; expected one of critical, high, medium, low, info");
    assertThatThrownBy(() -> FailOn.parse("always"))
        .hasMessage(
            "unknown fail-on threshold 'always'; expected one of critical, high, medium, low,"
                + " info, never");
    assertThatThrownBy(() -> GuardMode.parse("loud"))
        .hasMessage("unknown guard mode 'loud'; expected one of enforce, warn, off");
    assertThatThrownBy(() -> WaiverReason.parse("because"))
        .hasMessage(
            "unknown reason 'because'; expected one of false-positive, migration-planned,"
                + " compensating-control, not-applicable, accepted-risk");
  }

  @Test
  void eachLanguageListsTheValuesItsOwnWay() {
    assertThat(
            CoreMessage.SEVERITY_UNKNOWN
                .text("x", CoreMessage.choices(List.of("critical", "high")))
                .zh())
        .isEqualTo("未知的严重级别“x”；应为 critical、high 之一");
  }
}
