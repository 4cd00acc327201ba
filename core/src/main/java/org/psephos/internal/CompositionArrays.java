package org.psephos.internal;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Party;

/**
 * The dense form of a {@link Composition}, for the tally engine: every party listed (those with
 * zero seats included), in the order given, and their seats, read by position without a map or an
 * iterator. Read-only: nothing here can change a composition. Installed once by {@link
 * Composition}; this package is not exported from the module and is not part of the API.
 */
public abstract class CompositionArrays {
  private static volatile @Nullable CompositionArrays installed;

  /** For the one subclass, in {@link Composition}. */
  protected CompositionArrays() {}

  /**
   * Installs the access; called once, by {@link Composition}'s initialisation.
   *
   * @param access the access
   * @throws IllegalStateException if an access is already installed
   */
  public static synchronized void install(CompositionArrays access) {
    if (installed != null) {
      throw new IllegalStateException("composition access already installed");
    }
    installed = requireNonNull(access, "access");
  }

  /**
   * The installed access.
   *
   * @return the access
   */
  public static CompositionArrays get() {
    CompositionArrays access = installed;
    if (access == null) {
      Composition.empty(); // initialises Composition, which installs the access
      access = installed;
    }
    return requireNonNull(access, "composition access");
  }

  /**
   * How many parties a composition lists, those with zero seats included.
   *
   * @param composition the composition
   * @return the number of parties listed
   */
  public abstract int listedCount(Composition composition);

  /**
   * The {@code i}th party a composition lists, in the order given.
   *
   * @param composition the composition
   * @param i the position, from 0 to {@link #listedCount} less one
   * @return the party
   */
  public abstract Party listedParty(Composition composition, int i);

  /**
   * The seats of the {@code i}th party a composition lists, possibly zero.
   *
   * @param composition the composition
   * @param i the position, from 0 to {@link #listedCount} less one
   * @return the seats
   */
  public abstract int listedSeats(Composition composition, int i);
}
