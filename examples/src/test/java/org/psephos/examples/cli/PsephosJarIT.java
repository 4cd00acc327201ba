package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar, as a newcomer runs it ({@code java -jar examples/target/psephos.jar replay}):
 * run by the build in the package phase, after the jar is made, in a process of its own, so that
 * the bundled resources, the JSON module's service entry and the exit statuses are those of the
 * real jar.
 */
class PsephosJarIT {
  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    Path jar = Path.of("target", "psephos.jar");
    assertThat(jar).as("the shaded jar, made in the package phase").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectInput(new File("/dev/null")).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"),
        new String(err, StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }

  @Test
  void replayOfTheBundledElectionEndsWithThePublishedScoreboard() throws Exception {
    Run run = java("replay");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("Barking and Dagenham: Labour hold\n")
        .contains("Kingston upon Thames: Liberal Democrat gain from Conservative\n");
    List<String> lines = run.out().lines().toList();
    assertThat(lines.subList(lines.lastIndexOf(Cli.PUBLISHED_FINAL_LINES.get(0)), lines.size()))
        .containsSubsequence(Cli.PUBLISHED_FINAL_LINES);
  }

  @Test
  void exitStatusesReachTheShell() throws Exception {
    Run usage = java("replay", "--bogus");
    Run missing = java("tally", "missing.json", "missing.ndjson");

    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.err()).startsWith("psephos replay: Unknown option: '--bogus'\n");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo("psephos tally: missing.json: no such file\n");
  }

  @Test
  void chartAndJsonWorkFromTheJar() throws Exception {
    Path svg = dir.resolve("london.svg");
    Run chart = java("chart", "-o", svg.toString());
    Run json = java("tally", "--format", "json");

    assertThat(chart.exitCode()).isZero();
    assertThat(Files.readString(svg, StandardCharsets.UTF_8)).startsWith("<?xml").contains("<svg ");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).startsWith("{\n  \"format\": \"psephos.results/1\",");
  }
}
