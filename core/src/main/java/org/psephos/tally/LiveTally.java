package org.psephos.tally;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.ward.WardPostponement;
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
 *   <li>A declaration or ward result is checked once, before any retry: {@link
 *       #check(Declaration)} then {@link #apply(CheckedDeclaration)}, which {@link
 *       #apply(Declaration)} does in one call.
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
    return apply(check(declaration));
  }

  /**
   * Checks a declaration against the held tally's election, baseline and rule, once, for {@link
   * #apply(CheckedDeclaration)}: as {@link Tally#check(Declaration)}, which depends on none of the
   * declarations applied, so it is checked outside any retry.
   *
   * @param declaration the declaration
   * @return the checked declaration
   * @throws org.psephos.ElectionDataException if the declaration does not fit the election
   */
  public CheckedDeclaration check(Declaration declaration) {
    return snapshot().check(declaration);
  }

  /**
   * Checks a ward result against the held tally's election, once, for {@link
   * #apply(CheckedWardResult)}: as {@link Tally#check(WardResult)}.
   *
   * @param result the ward result
   * @return the checked result
   * @throws org.psephos.ElectionDataException if the result does not fit the election
   */
  public CheckedWardResult check(WardResult result) {
    return snapshot().check(result);
  }

  /**
   * Applies a checked declaration to the latest tally and publishes the result; a writer that
   * loses a race applies it again to the newer tally without checking it again.
   *
   * @param declaration the declaration, checked for the held tally's election, baseline and rule
   * @return the tally published, which includes this declaration
   * @throws IllegalArgumentException if it was checked for another election, baseline or rule;
   *     nothing is published
   */
  public Tally apply(CheckedDeclaration declaration) {
    requireNonNull(declaration, "declaration");
    return update(tally -> tally.apply(declaration));
  }

  /**
   * Applies a checked ward result to the latest tally and publishes the result; when it is the
   * council's last ward, the council is declared in the same update.
   *
   * @param result the ward result, checked for the held tally's election, baseline and rule
   * @return the tally published, which includes this ward result
   * @throws IllegalArgumentException if it was checked for another election, baseline or rule;
   *     nothing is published
   * @throws org.psephos.ConflictingResultException if the council is held as a whole declaration;
   *     nothing is published
   */
  public Tally apply(CheckedWardResult result) {
    requireNonNull(result, "result");
    return update(tally -> tally.apply(result));
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
    return apply(check(result));
  }

  /**
   * Applies a ward's postponement to the latest tally and publishes the result: {@link
   * Tally#apply(WardPostponement)}.
   *
   * @param postponement the postponement
   * @return the tally published, which includes the postponement
   * @throws org.psephos.ElectionDataException if the postponement is rejected; nothing is published
   */
  public Tally apply(WardPostponement postponement) {
    requireNonNull(postponement, "postponement");
    return update(tally -> tally.apply(postponement));
  }

  /**
   * Withdraws one ward's result or postponement from the latest tally and publishes the result.
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
