package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.psephos.tally.Tally;

/**
 * Fuzzing of the election and declaration readers: any input either reads or fails with {@link
 * PsephosJsonException} locating the fault, never another exception and never a hang. In a normal
 * build the seed corpus under {@code ReaderFuzzTestInputs/} runs as a regression test; {@code
 * JAZZER_FUZZ=1} fuzzes.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReaderFuzzTest {
  private static final PsephosJson JSON = PsephosJson.standard();

  private static void assertLocated(PsephosJsonException e) {
    assertThat(e.reason()).isNotBlank();
    assertThat(e.getMessage()).contains(e.reason()).contains("line");
  }

  @FuzzTest(maxDuration = "60s")
  void electionReaderReadsOrFailsWithTheModulesException(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      ElectionDefinition read = JSON.readElection(text);
      assertThat(JSON.readElection(JSON.writeElection(read, PsephosJson.Style.COMPACT)))
          .isEqualTo(read);
    } catch (PsephosJsonException e) {
      assertLocated(e);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void declarationReadersReadOrFailWithTheModulesException(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      assertThat(JSON.readDeclarations(Golden.ELECTION, text)).isNotNull();
    } catch (PsephosJsonException e) {
      assertLocated(e);
    }
    DeclarationStream.Summary summary =
        JSON.declarationStream(Golden.ELECTION, new ByteArrayInputStream(input))
            .applyTo(
                Tally.of(Golden.ELECTION),
                e -> {
                  assertLocated(e);
                  return true;
                });
    assertThat(summary.stopped()).isFalse();
    try {
      assertThat(JSON.readResults(Golden.ELECTION, text)).isNotNull();
    } catch (PsephosJsonException e) {
      assertLocated(e);
    }
  }
}
