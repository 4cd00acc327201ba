package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** {@code --delay} reads durations as people write them; seconds when no unit is given. */
class DurationsTest {
  private final Durations durations = new Durations();

  @Test
  void readsSecondsMillisecondsMinutesAndIso() {
    Object[][] table = {
      {"0", Duration.ZERO},
      {"2", Duration.ofSeconds(2)},
      {"2s", Duration.ofSeconds(2)},
      {"1.5", Duration.ofMillis(1500)},
      {"0.001", Duration.ofMillis(1)},
      {"500ms", Duration.ofMillis(500)},
      {"1m", Duration.ofMinutes(1)},
      {"PT2S", Duration.ofSeconds(2)},
    };
    for (Object[] row : table) {
      assertThat(durations.convert((String) row[0])).as((String) row[0]).isEqualTo(row[1]);
    }
  }

  @Test
  void refusesNegativeOrUnknownDurations() {
    for (String bad : new String[] {"-1", "x", "2h", "1.5.2", "PT-1S", "", "s"}) {
      assertThatThrownBy(() -> durations.convert(bad))
          .as(bad)
          .isInstanceOf(TypeConversionException.class)
          .hasMessageContaining("is not a duration such as 2s, 500ms, 1.5 (seconds) or 1m");
    }
  }
}
