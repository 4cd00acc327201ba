package org.psephos.testkit;

import java.util.List;
import java.util.Objects;
import org.psephos.ward.WardPostponement;
import org.psephos.ward.WardResult;

/**
 * A ward-level night in which some wards are postponed: each postponed ward's council has every
 * other ward declared, so that, once those are in, the council is declared provisionally; the
 * postponed wards' results come last and complete their councils. Made by {@link
 * WardNightGenerator#postponed(long, WardNight)}.
 *
 * <p>Applying the night's whole declarations, then the postponements, then {@code first}, then
 * {@code last}, must give the same tally as the night's current inputs applied at once.
 *
 * @param night the night whose current ward results are split
 * @param postponements the postponed wards, in arrival order
 * @param first the current ward results of the wards not postponed, in arrival order
 * @param last the postponed wards' results, in arrival order, after everything else
 */
public record PostponedWards(
    WardNight night,
    List<WardPostponement> postponements,
    List<WardResult> first,
    List<WardResult> last) {

  /**
   * Copies the lists.
   *
   * @param night the night
   * @param postponements the postponed wards
   * @param first the results of the wards not postponed
   * @param last the postponed wards' results
   * @throws NullPointerException if the night or an element is null
   */
  public PostponedWards {
    Objects.requireNonNull(night, "night");
    postponements = List.copyOf(postponements);
    first = List.copyOf(first);
    last = List.copyOf(last);
  }

  @Override
  public String toString() {
    return night + "\npostponed " + postponements + "\nfirst " + first + "\nlast " + last;
  }
}
