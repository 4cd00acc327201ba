package org.psephos.tally;

import org.jspecify.annotations.Nullable;
import org.psephos.Contest;
import org.psephos.Control;
import org.psephos.tally.CouncilControl.ControlledBy;
import org.psephos.tally.CouncilControl.NoOverallControl;
import org.psephos.tally.ElectionIndex.WardIndex;

/**
 * What a tally knows about one council before any result: its contest and position, its size and
 * seats contested, per party (dense, by party position) its seats under each baseline and its
 * continuing seats and whether it may control the council, control before the election, the
 * groups it belongs to and its listed wards. Built once per {@link ElectionIndex}; never changed.
 */
final class CouncilFacts {
  /** The index these facts belong to. */
  final ElectionIndex index;
  final Contest contest;
  final int position;
  /** The council's size after the election: every seat, for the majority. */
  final int size;
  final int contested;
  /** Seats per party as last fought. */
  final int[] lastFought;
  /** Seats per party on the eve of the poll (contested seats only). */
  final int[] preElection;
  /** Seats per party under the tally's baseline: {@link #lastFought} or {@link #preElection}. */
  final int[] baseline;
  /** Continuing seats per party. */
  final int[] continuing;
  /** Per party, whether the tally's control rule lets it control this council. */
  final boolean[] mayControl;
  /** Control before the election, or null for a council with no previous result. */
  final @Nullable CouncilControl controlBefore;
  final int regionGroup;
  final int typeGroup;
  final WardIndex[] wards;
  /** Control by each party, by position: shared by every council of the index. */
  private final ControlledBy[] controllers;

  CouncilFacts(
      ElectionIndex index,
      Contest contest,
      int position,
      int[] lastFought,
      int[] preElection,
      int[] baseline,
      int[] continuing,
      boolean[] mayControl,
      @Nullable CouncilControl controlBefore,
      int regionGroup,
      int typeGroup,
      WardIndex[] wards,
      ControlledBy[] controllers) {
    this.index = index;
    this.contest = contest;
    this.position = position;
    this.size = contest.council().size();
    this.contested = contest.contested();
    this.lastFought = lastFought;
    this.preElection = preElection;
    this.baseline = baseline;
    this.continuing = continuing;
    this.mayControl = mayControl;
    this.controlBefore = controlBefore;
    this.regionGroup = regionGroup;
    this.typeGroup = typeGroup;
    this.wards = wards;
    this.controllers = controllers;
  }

  /**
   * Control after a declaration with these seats won per party (dense): the party that may
   * control and whose continuing and won seats reach the majority ({@link Control#controls}), else
   * no overall control. Seats still to fill count in the size as vacancies.
   */
  CouncilControl controlAfter(int[] won) {
    for (int p = 0; p < won.length; p++) {
      if (Control.controls(mayControl[p], won[p] + continuing[p], size)) {
        return controllers[p];
      }
    }
    return NoOverallControl.NO_OVERALL_CONTROL;
  }

  /**
   * Whether control is already decided, given the seats won so far per party (dense) and in total:
   * a party that may control and whose continuing and won seats reach the majority controls
   * whatever the seats still to come bring; if no party that may control can reach the majority
   * even winning every contested seat not yet won, the council is certain to be in no overall
   * control; otherwise it is undecided.
   */
  ControlDecision decide(int[] wonSoFar, int seatsDeclared) {
    int toCome = contested - seatsDeclared;
    boolean open = false;
    for (int p = 0; p < wonSoFar.length; p++) {
      int holdings = wonSoFar[p] + continuing[p];
      if (Control.controls(mayControl[p], holdings, size)) {
        return controllers[p];
      }
      open |= Control.controls(mayControl[p], holdings + toCome, size);
    }
    return open ? ControlDecision.Undecided.UNDECIDED : NoOverallControl.NO_OVERALL_CONTROL;
  }
}
