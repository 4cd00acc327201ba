package org.psephos.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.psephos.Declaration;
import org.psephos.tally.Tally;

/**
 * A quick probe of the apply path outside JMH, for comparing engine changes on a busy machine: the
 * same replacements as {@link ApplyBenchmark} (shuffled order), timed by the thread's CPU time,
 * which a loaded machine disturbs less than wall time, and its bytes allocated per declaration.
 * Six rounds of two million declarations per size; the last three are printed.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.psephos.benchmarks.ApplyProbe [read] [150 15000]
 * }</pre>
 *
 * With {@code read}, each declaration is followed by a read of the standings, as in {@link
 * ApplyBenchmark#applyAndRead()}. Not a replacement for the JMH benchmarks, whose numbers the
 * README reports; run two builds alternately and compare medians.
 */
public final class ApplyProbe {
  private static final int ROUNDS = 6;
  private static final int PER_ROUND = 2_000_000;

  private ApplyProbe() {}

  /**
   * Runs the probe.
   *
   * @param args {@code read} to read the standings after each declaration, then council counts
   */
  public static void main(String[] args) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    boolean read = args.length > 0 && args[0].equals("read");
    int first = read ? 1 : 0;
    int[] sizes = {150, 15000};
    if (args.length > first) {
      sizes = new int[args.length - first];
      for (int i = first; i < args.length; i++) {
        sizes[i - first] = Integer.parseInt(args[i]);
      }
    }
    long thread = Thread.currentThread().getId();
    long sink = 0;
    for (int councils : sizes) {
      SyntheticElection data = SyntheticElection.generate(councils, 2018L);
      Tally tally = Tally.of(data.election).applyAll(data.firstVersions());
      int[] order = data.shuffledOrder(6L);
      int next = 0;
      int version = 1;
      for (int round = 0; round < ROUNDS; round++) {
        long allocated = threads.getThreadAllocatedBytes(thread);
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < PER_ROUND; i++) {
          Declaration declaration = data.declarations[version][order[next]];
          if (++next == councils) {
            next = 0;
            version ^= 1;
          }
          tally = tally.apply(declaration);
          if (read) {
            sink += tally.standings().councilsDeclared();
          }
        }
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        allocated = threads.getThreadAllocatedBytes(thread) - allocated;
        if (round >= ROUNDS - 3) {
          System.out.printf(
              Locale.ROOT,
              "%6d councils%s: %7.1f ns/op cpu %7.1f B/op%n",
              councils,
              read ? " (apply and read)" : "",
              cpu / (double) PER_ROUND,
              allocated / (double) PER_ROUND);
        }
      }
      sink += tally.councilsDeclared();
    }
    if (sink == 42) {
      System.out.println();
    }
  }
}
