package org.psephos.tally;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.ward.WardResult;

/**
 * The thread-safe holder of the latest {@link Tally}, for embedding in a live service.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>Every read ({@link #snapshot()}) returns one immutable tally: standings, outcomes and
 *       declared councils read from it are mutually consistent, however many writers run.
 *   <li>No update is lost: each update is applied to the latest tally and published by an atomic
 *       compare-and-set; a writer that loses a race recomputes its update on the newer tally.
 *       Updates are linearizable, in the order their compare-and-set succeeded.
 *   <li>A rejected declaration throws and publishes nothing; the held tally stays as it was.
 *   <li>Each update returns the snapshot it published, so a feed can report that declaration's
 *       outcome from the same snapshot ({@code live.apply(d).outcome(d.council())}).
 * </ul>
 *
 * <p>Readers never block. Writers never block either, but under heavy contention a writer may
 * repeat its (cheap, pure) update. Thread-safe.
 */
public final class LiveTally {
  private final AtomicReference<Tally> current;

  private LiveTally(Tally initial) {
    this.current = new AtomicReference<>(initial);
  }

  /**
   * A holder starting from a tally.
   *
   * @param initial the first tally held, often {@link Tally#of} of an election
   * @return the holder
   */
  public static LiveTally of(Tally initial) {
    return new LiveTally(requireNonNull(initial, "initial"));
  }

  /**
   * The latest tally: one consistent, immutable snapshot.
   *
   * @return the tally held now
   */
  public Tally snapshot() {
    // never null: set only from non-null tallies
    return requireNonNull(current.get(), "current");
  }

  /**
   * Applies a declaration to the latest tally and publishes the result.
   *
   * @param declaration the declaration
   * @return the tally published, which includes this declaration
   * @throws org.psephos.ElectionDataException if the declaration is rejected; nothing is published
   */
  public Tally apply(Declaration declaration) {
    requireNonNull(declaration, "declaration");
    return update(tally -> tally.apply(declaration));
  }

  /**
   * Applies a ward result to the latest tally and publishes the result; when it is the council's
   * last ward, the council is declared in the same update.
   *
   * @param result the ward result
   * @return the tally published, which includes this ward result
   * @throws org.psephos.ElectionDataException if the result is rejected; nothing is published
   */
  public Tally apply(WardResult result) {
    requireNonNull(result, "result");
    return update(tally -> tally.apply(result));
  }

  /**
   * Withdraws one ward's result from the latest tally and publishes the result.
   *
   * @param council the council
   * @param wardId the ward's id
   * @return the tally published
   * @throws org.psephos.UnknownIdException if the council is not part of the election
   * @throws org.psephos.UnknownIdException if the ward is not one of the council's listed wards
   */
  public Tally withdrawWard(Council council, String wardId) {
    requireNonNull(council, "council");
    requireNonNull(wardId, "wardId");
    return update(tally -> tally.withdrawWard(council, wardId));
  }

  /**
   * Withdraws a council's declaration from the latest tally and publishes the result.
   *
   * @param council the council
   * @return the tally published
   * @throws org.psephos.UnknownIdException if the council is not part of the election
   */
  public Tally withdraw(Council council) {
    requireNonNull(council, "council");
    return update(tally -> tally.withdraw(council));
  }

  /**
   * Applies any pure update to the latest tally and publishes the result atomically. The function
   * may run more than once when writers race, so it must have no side effects.
   *
   * @param update the update, a pure function of the tally
   * @return the tally published
   */
  public Tally update(UnaryOperator<Tally> update) {
    requireNonNull(update, "update");
    while (true) {
      Tally before = snapshot();
      Tally after = requireNonNull(update.apply(before), "updated tally");
      if (current.compareAndSet(before, after)) {
        return after;
      }
    }
  }

  @Override
  public String toString() {
    return "LiveTally[" + snapshot() + "]";
  }
}
