package org.psephos.ward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psephos.DataSubject;
import org.psephos.InvalidValueException;

/**
 * The candidates of one ward by identity: each candidate's id where given, otherwise their name
 * (as names are matched, {@link WardResult#key}) and party. Checks that no identity is listed
 * twice, and resolves the references of drawn winners and STV winners: a reference is a
 * candidate's id, or a name that exactly one candidate of the ward bears.
 */
final class Roster {
  private final Map<String, Candidate> byId = new HashMap<>();
  private final Map<String, List<Candidate>> byName = new HashMap<>();

  /**
   * Indexes the candidates, throwing for an identity listed twice.
   *
   * @throws InvalidValueException if two candidates share an id, or two without an id share a
   *     name and party
   */
  Roster(String where, List<Candidate> candidates, DataSubject subject) {
    Map<String, Candidate> byNameAndParty = new HashMap<>();
    for (Candidate candidate : candidates) {
      String name = WardResult.key(candidate.name());
      if (candidate.id().isPresent()) {
        Candidate earlier = byId.putIfAbsent(candidate.id().get(), candidate);
        if (earlier != null) {
          throw new InvalidValueException(
              InvalidValueException.Problem.DUPLICATE,
              "candidate id",
              where + ": candidate id " + candidate.id().get() + " is listed twice ("
                  + earlier.label() + " and " + candidate.label() + ")",
              subject.withCandidate(candidate.name()));
        }
      } else {
        Candidate earlier =
            byNameAndParty.putIfAbsent(name + '\u0000' + candidate.party().id(), candidate);
        if (earlier != null) {
          throw new InvalidValueException(
              InvalidValueException.Problem.DUPLICATE,
              "candidate name",
              where + ": candidate " + candidate.name() + " is listed twice ("
                  + candidate.party().name() + "); namesakes of one party need ids to tell them"
                  + " apart",
              subject.withCandidate(candidate.name()));
        }
      }
      byName.computeIfAbsent(name, k -> new ArrayList<>(1)).add(candidate);
    }
  }

  /**
   * The candidates a reference may mean: the one with that id; else those bearing that name
   * (ignoring case and runs of white space): none, one, or several namesakes.
   */
  List<Candidate> matches(String reference) {
    Candidate withId = byId.get(reference);
    if (withId != null) {
      return List.of(withId);
    }
    return byName.getOrDefault(WardResult.key(reference), List.of());
  }

  /** The words for a reference that names several candidates, for a message. */
  static String ambiguous(String reference, List<Candidate> namesakes) {
    List<String> labels = new ArrayList<>();
    for (Candidate candidate : namesakes) {
      labels.add(candidate.label());
    }
    return reference + " names " + namesakes.size() + " candidates (" + String.join(", ", labels)
        + "); name each by id";
  }
}
