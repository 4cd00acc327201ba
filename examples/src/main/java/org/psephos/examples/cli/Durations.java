package org.psephos.examples.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a duration as people write it: {@code 2s}, {@code 500ms}, {@code 1.5} (seconds), {@code
 * 1m}, or ISO 8601 ({@code PT2S}). Never negative.
 */
final class Durations implements ITypeConverter<Duration> {
  private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,9})?)(ms|s|m)?");

  @Override
  public Duration convert(String value) {
    Matcher matcher = SIMPLE.matcher(value.trim());
    if (matcher.matches()) {
      BigDecimal amount = new BigDecimal(matcher.group(1));
      String unit = matcher.group(2);
      BigDecimal millis;
      if ("ms".equals(unit)) {
        millis = amount;
      } else if ("m".equals(unit)) {
        millis = amount.multiply(BigDecimal.valueOf(60_000));
      } else {
        millis = amount.multiply(BigDecimal.valueOf(1_000));
      }
      return Duration.ofNanos(millis.multiply(BigDecimal.valueOf(1_000_000)).longValue());
    }
    if (value.startsWith("P") || value.startsWith("p")) {
      try {
        Duration duration = Duration.parse(value);
        if (!duration.isNegative()) {
          return duration;
        }
      } catch (java.time.format.DateTimeParseException e) {
        // reported below
      }
    }
    throw new TypeConversionException(
        "'" + value + "' is not a duration such as 2s, 500ms, 1.5 (seconds) or 1m");
  }
}
