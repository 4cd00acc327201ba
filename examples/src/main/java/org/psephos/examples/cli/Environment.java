package org.psephos.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * What the commands take from the world around them, so that tests can supply their own: whether
 * the output is a terminal (progress lines are drawn only there), how to wait ({@code replay
 * --delay}) and the clock.
 *
 * @param interactive whether standard output is a terminal
 * @param sleeper how to wait
 * @param nanoTime the clock, in nanoseconds
 */
record Environment(boolean interactive, Sleeper sleeper, LongSupplier nanoTime) {

  /** Waits. */
  @FunctionalInterface
  interface Sleeper {
    /**
     * Waits for a while.
     *
     * @param duration how long
     * @throws InterruptedException if interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
  }

  Environment {
    requireNonNull(sleeper, "sleeper");
    requireNonNull(nanoTime, "nanoTime");
  }

  /**
   * The real world: a terminal when {@link System#console()} is one, {@link Thread#sleep}, {@link
   * System#nanoTime}.
   *
   * @return the environment
   */
  static Environment system() {
    return new Environment(
        isTerminal(System.console()), d -> Thread.sleep(d.toMillis()), System::nanoTime);
  }

  /**
   * An environment that is not a terminal and does not really wait, for tests and embedding.
   *
   * @param sleeper how to wait
   * @return the environment
   */
  static Environment notTerminal(Sleeper sleeper) {
    return new Environment(false, sleeper, System::nanoTime);
  }

  /**
   * The progress line for a read: drawn on a terminal, quiet otherwise.
   *
   * @param err where it is drawn
   * @return the progress
   */
  Progress progress(PrintWriter err) {
    return interactive ? Progress.forTerminal(err, nanoTime) : Progress.quiet();
  }

  /**
   * Whether a console is a terminal: {@code System.console()} is null when the process's input or
   * output is redirected; from Java 22 a console may exist without a terminal, which {@code
   * Console.isTerminal()} (looked up reflectively, as this code is built for Java 17) tells.
   */
  static boolean isTerminal(@org.jspecify.annotations.Nullable Console console) {
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
