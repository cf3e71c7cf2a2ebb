package io.anke.samples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison that {@link DocsTest} relies on must notice what differs. */
class TranscriptTest {
  private static Transcript empty() {
    return Transcript.parse(List.of(), 1);
  }

  @Test
  void readsCommandsOutputExitCodesAndComments() {
    Transcript t =
        Transcript.parse(
            List.of(
                "# make a key",
                "$ anke keyset create \\",
                "    --keyset k --kek kek.hex",
                "Created an sm4-gcm keyset with primary key 0x8179bd17 in k",
                "",
                "$ anke keyset list --keyset k --kek other.hex",
                "anke: k: cannot open the keyset",
                "(exit 3)"),
            10);
    assertThat(t.steps())
        .containsExactly(
            new Transcript.Step(
                11,
                "anke keyset create  --keyset k --kek kek.hex",
                List.of("Created an sm4-gcm keyset with primary key 0x8179bd17 in k"),
                0),
            new Transcript.Step(
                15,
                "anke keyset list --keyset k --kek other.hex",
                List.of("anke: k: cannot open the keyset"),
                3));
    assertThatThrownBy(() -> Transcript.parse(List.of("output first"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void keyIdsAndHexAreVariablesBoundOnce() {
    Transcript t = empty();
    assertThat(t.matches("primary key 0x8179bd17", "primary key 0x0f1af6f5")).isTrue();
    // bound: the same doc token must stand for the same printed value from now on
    assertThat(t.matches("Key 0x8179bd17 disabled", "Key 0x0f1af6f5 disabled")).isTrue();
    assertThat(t.matches("Key 0x8179bd17 disabled", "Key 0x11111111 disabled")).isFalse();
    assertThat(t.matches("log 5509551c7a90395b: 7 record(s)", "log 1e167344d7e811f1: 7 record(s)"))
        .isTrue();
    assertThat(t.matches("log 5509551c7a90395b: 7 record(s)", "log 1e167344d7e811f1: 6 record(s)"))
        .as("text around variables is compared exactly")
        .isFalse();
    assertThat(t.matches("a 0x8179bd17 b 0x8179bd17", "a 0x0f1af6f5 b 0x0f1af6f6")).isFalse();
    assertThat(t.matches("created 2026-11-27T18:18:29Z", "created 2027-01-02T03:04:05.123Z"))
        .isTrue();
    assertThat(t.matches("file audit-2026-12-02.jsonl", "file audit-2026-06-01.jsonl")).isTrue();
    assertThat(t.matches("file audit-2026-12-02.jsonl", "file audit-000001.jsonl")).isFalse();
  }

  @Test
  void aLaterCommandNamesWhatAnEarlierOnePrinted() {
    Transcript t = empty();
    assertThat(
            t.matches("Added key 0x0f1af6f5 (not primary)", "Added key 0x3c2d1e0f (not primary)"))
        .isTrue();
    assertThat(t.substitute("anke keyset promote --id 0x0f1af6f5 --aad 6f72646572732f3432"))
        .as("bound ids are replaced; hex that no output bound stays")
        .isEqualTo("anke keyset promote --id 0x3c2d1e0f --aad 6f72646572732f3432");
    assertThat(t.substitute("anke keyset destroy --id 0x8179bd17 --at 2026-11-27T18:18:29Z"))
        .isEqualTo("anke keyset destroy --id 0x8179bd17 --at 2026-11-27T18:18:29Z");
    assertThat(t.substitute("echo 0x0f1af6f5a")).isEqualTo("echo 0x0f1af6f5a");
  }

  @Test
  void everyLineMustBeShownUnlessAnElisionStandsForIt() {
    Transcript t = empty();
    List<String> printed = List.of("one", "two", "three");
    assertThat(t.mismatch(List.of("one", "two", "three"), printed)).isNull();
    assertThat(t.mismatch(List.of("one", "three"), printed)).contains("shown: three");
    assertThat(t.mismatch(List.of("one", "two"), printed)).contains("printed but not shown: three");
    assertThat(t.mismatch(List.of("one", "two", "three", "four"), printed))
        .contains("shown but not printed: four");
    assertThat(t.mismatch(List.of("one", "...", "three"), printed)).isNull();
    assertThat(t.mismatch(List.of("one", "…"), printed)).isNull();
    assertThat(t.mismatch(List.of("one", "...", "four"), printed)).contains("four");
  }
}
