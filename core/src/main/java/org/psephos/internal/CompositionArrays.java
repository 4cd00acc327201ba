package org.psephos.internal;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Party;

/**
 * The dense form of a {@link Composition}, for the tally engine: every party listed (those with
 * zero seats included), in the order given, and their seats, as two parallel arrays. Installed
 * once by {@link Composition}; this package is not exported from the module.
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
   * Every party listed in a composition, zero seats included, in the order given; shared, never to
   * be changed.
   *
   * @param composition the composition
   * @return the parties, parallel to {@link #listedSeats}
   */
  public abstract Party[] listedParties(Composition composition);

  /**
   * The seats of every party listed in a composition, zero included; shared, never to be changed.
   *
   * @param composition the composition
   * @return the seats, parallel to {@link #listedParties}
   */
  public abstract int[] listedSeats(Composition composition);
}
