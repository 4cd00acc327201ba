package org.psephos.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * A naive Scottish STV count, the baseline of {@link StvBenchmark}: every paper on its own, and
 * at every stage every paper examined to find those of the candidate being transferred. Same
 * rules and same exact arithmetic as the library (10^-5 units); ties broken by position.
 */
final class NaiveCount {
  private NaiveCount() {}

  static List<Integer> count(int[][] papers, int candidates, int seats) {
    final long unit = 100_000;
    int n = papers.length;
    int[] holder = new int[n];
    int[] position = new int[n];
    long[] value = new long[n];
    long[] total = new long[candidates];
    byte[] state = new byte[candidates]; // 0 continuing, 1 elected, 2 excluded
    boolean[] done = new boolean[candidates];
    for (int p = 0; p < n; p++) {
      holder[p] = papers[p][0];
      value[p] = unit;
      total[holder[p]] += unit;
    }
    long quota = (n / (seats + 1) + 1) * unit;
    List<Integer> elected = new ArrayList<>();
    elect(total, state, quota, seats, elected);
    while (elected.size() < seats) {
      int from = -1;
      for (int c : elected) {
        if (!done[c] && total[c] > quota && (from < 0 || total[c] > total[from])) {
          from = c;
        }
      }
      if (from >= 0) {
        long surplus = total[from] - quota;
        long votes = total[from];
        for (int p = 0; p < n; p++) {
          if (holder[p] == from) {
            move(papers, p, holder, position, value, total, state, surplus * value[p] / votes);
          }
        }
        total[from] = quota;
        done[from] = true;
      } else {
        int lowest = -1;
        for (int c = 0; c < candidates; c++) {
          if (state[c] == 0 && (lowest < 0 || total[c] < total[lowest])) {
            lowest = c;
          }
        }
        state[lowest] = 2;
        for (int p = 0; p < n; p++) {
          if (holder[p] == lowest) {
            move(papers, p, holder, position, value, total, state, value[p]);
          }
        }
        total[lowest] = 0;
      }
      elect(total, state, quota, seats, elected);
    }
    return elected;
  }

  private static void move(int[][] papers, int p, int[] holder, int[] position, long[] value,
      long[] total, byte[] state, long newValue) {
    holder[p] = -1;
    value[p] = newValue;
    for (int i = position[p] + 1; i < papers[p].length; i++) {
      if (state[papers[p][i]] == 0) {
        holder[p] = papers[p][i];
        position[p] = i;
        total[holder[p]] += newValue;
        return;
      }
    }
  }

  private static void elect(long[] total, byte[] state, long quota, int seats,
      List<Integer> elected) {
    int continuing = 0;
    for (int c = 0; c < total.length; c++) {
      if (state[c] == 0 && total[c] >= quota && elected.size() < seats) {
        state[c] = 1;
        elected.add(c);
      }
      continuing += state[c] == 0 ? 1 : 0;
    }
    if (elected.size() < seats && continuing <= seats - elected.size()) {
      for (int c = 0; c < total.length; c++) {
        if (state[c] == 0) {
          state[c] = 1;
          elected.add(c);
        }
      }
    }
  }
}
