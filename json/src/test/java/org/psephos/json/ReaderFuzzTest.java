package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.psephos.tally.Tally;

/**
 * Fuzzing of the election, declaration and ward result readers: any input either reads or fails
 * with {@link PsephosJsonException} locating the fault, never another exception and never a hang;
 * what reads is written and read back equal. In a normal build the seed corpus under {@code
 * ReaderFuzzTestInputs/} runs as a regression test; {@code JAZZER_FUZZ=1} fuzzes.
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

  @FuzzTest(maxDuration = "60s")
  void wardResultReadersReadOrFailWithTheModulesException(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Tally empty = Tally.of(GoldenWards.ELECTION);
    try {
      java.util.List<PublishedWardResult> read = JSON.readWardResults(GoldenWards.ELECTION, text);
      assertThat(JSON.readWardResults(GoldenWards.ELECTION,
              JSON.writeWardResults(GoldenWards.ELECTION, read, PsephosJson.Style.COMPACT)))
          .isEqualTo(read);
    } catch (PsephosJsonException e) {
      assertLocated(e);
    }
    try {
      PublishedWardResult one = JSON.readWardResult(empty, text);
      assertThat(JSON.readWardResult(empty, JSON.writeWardResultLine(one))).isEqualTo(one);
    } catch (PsephosJsonException e) {
      assertLocated(e);
    }
    ResultStream.Summary summary =
        JSON.resultStream(GoldenWards.ELECTION, new ByteArrayInputStream(input))
            .applyTo(
                empty,
                e -> {
                  assertLocated(e);
                  return true;
                });
    assertThat(summary.stopped()).isFalse();
    try {
      Results results = JSON.readResults(GoldenWards.ELECTION, text);
      assertThat(JSON.readResults(GoldenWards.ELECTION,
              JSON.writeResults(results, PsephosJson.Style.COMPACT)).tally())
          .isEqualTo(results.tally());
    } catch (PsephosJsonException e) {
      assertLocated(e);
    }
  }
}
