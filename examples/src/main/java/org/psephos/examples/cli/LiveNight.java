package org.psephos.examples.cli;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.json.ElectionDefinition;
import org.psephos.tally.CouncilProgress;
import org.psephos.tally.LiveTally;
import org.psephos.tally.Tally;
import org.psephos.text.PartyNames;

/**
 * The night a results server shows: a {@link LiveTally}, the councils declared (newest first, each
 * with its outcome line) and a bounded ring of the latest events, numbered from 1 in the order they
 * were published, for clients that reconnect.
 *
 * <p>Every change goes through {@link #apply}, one at a time: the update is applied to the live
 * tally, then the difference from the state last published becomes one event. A rejected update
 * throws and publishes nothing. Changes made to the live tally by others (a PA drop folder applies
 * its files itself) are published by {@link #publishLatest()}. Thread-safe.
 */
final class LiveNight {
  /** How many events are kept for clients that reconnect. */
  static final int RING_SIZE = 512;

  /**
   * What the server shows at one moment: immutable.
   *
   * @param id the number of the last event published, 0 before the first
   * @param tally the tally
   * @param declared the councils declared, newest first, each with its outcome line
   */
  record State(long id, Tally tally, List<Declared> declared) {
    State {
      declared = List.copyOf(declared);
    }
  }

  /**
   * A declared council and its outcome line: "Kingston upon Thames: Liberal Democrat gain from
   * Conservative".
   *
   * @param council the council
   * @param line the outcome line, as {@code psephos replay} prints it
   */
  record Declared(Council council, String line) {}

  /**
   * One change published: the state after it and the lines describing it.
   *
   * @param state the state after the change; its id is the event's
   * @param lines what changed, as {@code psephos replay} prints it (an outcome line per council
   *     declared, "Brookfield: 3 of 12 wards declared" per council in progress)
   * @param added the councils declared (or declared again) by the change, in the order they head
   *     the state's list
   * @param removed the councils whose earlier place in the list the change removed: declared
   *     again, or withdrawn
   */
  record Event(State state, List<String> lines, List<Declared> added, List<Council> removed) {
    Event {
      lines = List.copyOf(lines);
      added = List.copyOf(added);
      removed = List.copyOf(removed);
    }

    /**
     * The whole state as one event, for a client that has none of it.
     *
     * @param state the state
     * @return the event, with no lines
     */
    static Event whole(State state) {
      return new Event(state, List.of(), state.declared(), List.of());
    }

    long id() {
      return state.id();
    }
  }

  private final ElectionDefinition definition;
  private final LiveTally live;
  private final PartyNames names;
  private final Object lock = new Object();
  private final ArrayDeque<Event> ring = new ArrayDeque<>();
  private final List<Consumer<Event>> subscribers = new CopyOnWriteArrayList<>();
  private volatile State state;

  /**
   * A night starting from a tally.
   *
   * @param definition the election, with its colours and metadata
   * @param live the live tally, holding the tally to start from
   * @param names how outcome lines name parties
   */
  LiveNight(ElectionDefinition definition, LiveTally live, PartyNames names) {
    this.definition = requireNonNull(definition, "definition");
    this.live = requireNonNull(live, "live");
    this.names = requireNonNull(names, "names");
    Tally start = live.snapshot();
    this.state =
        new State(
            0, start,
            changes(
                Tally.of(start.election(), start.baseline(), start.controlRule()), start,
                List.of(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
  }

  /** The election, its colours and metadata. */
  ElectionDefinition definition() {
    return definition;
  }

  /** The live tally the night shows. */
  LiveTally live() {
    return live;
  }

  /** How outcome lines name parties. */
  PartyNames names() {
    return names;
  }

  /** The state published last. */
  State state() {
    return state;
  }

  /**
   * Calls a subscriber with every event published from now on, in order, on the publishing thread
   * while no other event can be published: it must be quick (hand the event on).
   *
   * @param subscriber the subscriber
   */
  void subscribe(Consumer<Event> subscriber) {
    subscribers.add(requireNonNull(subscriber, "subscriber"));
  }

  /**
   * Stops calling a subscriber; an event being published as it is removed may still reach it.
   *
   * @param subscriber a subscriber given to {@link #subscribe}
   */
  void unsubscribe(Consumer<Event> subscriber) {
    subscribers.remove(subscriber);
  }

  /**
   * Applies an update to the live tally and publishes the change.
   *
   * @param update a pure function of the tally; what it throws is thrown here, with nothing
   *     published
   * @return the event published, or empty when the update changed nothing
   */
  Optional<Event> apply(UnaryOperator<Tally> update) {
    synchronized (lock) {
      live.update(update);
      return publishLatest();
    }
  }

  /**
   * Publishes the changes made to the live tally since the last event, if any.
   *
   * @return the event published, or empty when nothing changed
   */
  Optional<Event> publishLatest() {
    synchronized (lock) {
      State before = state;
      Tally after = live.snapshot();
      if (after.equals(before.tally())) {
        return Optional.empty();
      }
      List<String> lines = new ArrayList<>();
      List<Declared> added = new ArrayList<>();
      List<Council> removed = new ArrayList<>();
      List<Declared> declared =
          changes(before.tally(), after, before.declared(), lines, added, removed);
      State next = new State(before.id() + 1, after, declared);
      Event event = new Event(next, lines, added, removed);
      state = next;
      ring.addLast(event);
      if (ring.size() > RING_SIZE) {
        ring.removeFirst();
      }
      for (Consumer<Event> subscriber : subscribers) {
        subscriber.accept(event);
      }
      return Optional.of(event);
    }
  }

  /**
   * The events published after a given one, for a client that reconnects.
   *
   * @param lastId the id of the last event the client received
   * @return the events after it, oldest first (none when it is the latest); empty when some of
   *     them are no longer kept (or the id was never published): the client needs the whole
   *     state again
   */
  Optional<List<Event>> since(long lastId) {
    synchronized (lock) {
      long latest = state.id();
      if (lastId == latest) {
        return Optional.of(List.of());
      }
      long oldestKept = ring.isEmpty() ? latest + 1 : ring.getFirst().id();
      if (lastId < oldestKept - 1 || lastId > latest) {
        return Optional.empty();
      }
      List<Event> events = new ArrayList<>();
      for (Event event : ring) {
        if (event.id() > lastId) {
          events.add(event);
        }
      }
      return Optional.of(events);
    }
  }

  /**
   * The declared councils after a change, newest first, and the lines describing it: an outcome
   * line for each council declared (or declared again), a line for each council withdrawn, and a
   * progress line for each council counted ward by ward whose wards changed.
   */
  private List<Declared> changes(
      Tally before, Tally after, List<Declared> declared, List<String> lines,
      List<Declared> newest, List<Council> removed) {
    List<Council> gone = new ArrayList<>();
    for (Council council : after.election().councils()) {
      Optional<Declaration> was = before.declaration(council);
      Optional<Declaration> now = after.declaration(council);
      if (now.isPresent()) {
        if (!now.equals(was)) {
          String line =
              ReplayCommand.outcomeLine(
                  council, after.outcome(council).orElseThrow(), now.get(), was.orElse(null),
                  names);
          lines.add(line);
          newest.add(new Declared(council, line));
          gone.add(council);
        }
        continue;
      }
      if (was.isPresent()) {
        lines.add(council.name() + ": declaration withdrawn");
        gone.add(council);
      }
      CouncilProgress progress = after.progress(council);
      if (!progress.wardResults().equals(before.progress(council).wardResults())) {
        lines.add(
            council.name() + ": " + progress.wardsDeclared() + " of " + progress.wardsExpected()
                + " wards declared");
      }
    }
    List<Declared> result = new ArrayList<>(newest);
    for (Declared earlier : declared) {
      if (gone.contains(earlier.council())) {
        removed.add(earlier.council());
      } else {
        result.add(earlier);
      }
    }
    return result;
  }

  @Override
  public String toString() {
    return "LiveNight[" + state.id() + " events, " + state.tally() + "]";
  }
}
