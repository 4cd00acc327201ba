package org.psephos.examples.cli;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.psephos.ElectionDataException;
import org.psephos.examples.London2018;
import org.psephos.json.DeclarationStream;
import org.psephos.json.PsephosJson;
import org.psephos.json.PsephosJsonException;
import org.psephos.json.PublishedDeclaration;
import org.psephos.tally.Tally;

/**
 * The declarations the command reads, one at a time: a newline-delimited stream (read one line at
 * a time, whatever its length) or a {@code psephos.declarations/1} document (read whole). Each is
 * checked as the given tally would apply it; the first bad one ends the feed with a {@link
 * BadDataException} naming the file, the line and the reason. Not thread-safe.
 */
final class DeclarationFeed implements Closeable {
  private final String name;
  private final InputStream in;
  private final @Nullable DeclarationStream stream;
  private final @Nullable Iterator<PublishedDeclaration> document;
  private long read;

  private DeclarationFeed(
      String name,
      InputStream in,
      @Nullable DeclarationStream stream,
      @Nullable Iterator<PublishedDeclaration> document) {
    this.name = name;
    this.in = in;
    this.stream = stream;
    this.document = document;
  }

  /**
   * Opens declarations for a tally: a file, or the bundled London 2018 stream.
   *
   * @param file the file ({@code -} for standard input), or null for the bundled stream
   * @param tally the tally the declarations are for (its election, baseline and control rule)
   * @return the feed
   * @throws BadDataException if the file cannot be read, or is a document that is not valid
   */
  static DeclarationFeed open(@Nullable Path file, Tally tally) {
    String name = file == null ? Inputs.BUNDLED_DECLARATIONS : Inputs.name(file);
    BufferedInputStream in =
        new BufferedInputStream(file == null ? London2018.openDeclarations() : Inputs.open(file));
    try {
      if (Inputs.isStream(name, in)) {
        return new DeclarationFeed(
            name, in, PsephosJson.standard().declarationStream(tally, in), null);
      }
      List<PublishedDeclaration> all = PsephosJson.standard().readDeclarations(tally, in);
      return new DeclarationFeed(name, in, null, all.iterator());
    } catch (PsephosJsonException e) {
      closeQuietly(in);
      throw BadDataException.of(name, e);
    } catch (UncheckedIOException e) {
      closeQuietly(in);
      throw Inputs.unreadable(name, e);
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // the read already failed; that failure is the one to report
    }
  }

  /**
   * The input's name as messages show it.
   *
   * @return the name
   */
  String name() {
    return name;
  }

  /**
   * The line of the stream last read (for a document, the number of declarations read).
   *
   * @return the line, from 1; 0 before the first
   */
  long position() {
    return stream != null ? stream.lineNumber() : read;
  }

  /**
   * How many declarations were read.
   *
   * @return the count
   */
  long declarationsRead() {
    return read;
  }

  /**
   * Reads the next declaration.
   *
   * @return the declaration, or empty at the end
   * @throws BadDataException if it is not valid, or the input cannot be read
   */
  Optional<PublishedDeclaration> next() {
    try {
      Optional<PublishedDeclaration> next;
      if (stream != null) {
        next = stream.next();
      } else {
        Iterator<PublishedDeclaration> it = java.util.Objects.requireNonNull(document, "document");
        next = it.hasNext() ? Optional.of(it.next()) : Optional.empty();
      }
      if (next.isPresent()) {
        read++;
      }
      return next;
    } catch (PsephosJsonException e) {
      throw BadDataException.of(name, e);
    } catch (UncheckedIOException e) {
      throw Inputs.unreadable(name, e);
    }
  }

  /**
   * Applies a declaration read from this feed to a tally.
   *
   * @param tally the tally
   * @param declaration the declaration, as {@link #next} returned it
   * @return the new tally
   * @throws BadDataException if the tally rejects it, naming this feed's position
   */
  Tally apply(Tally tally, PublishedDeclaration declaration) {
    try {
      return tally.apply(declaration.declaration());
    } catch (ElectionDataException e) {
      String where = stream != null ? name + ":" + position() : name;
      throw new BadDataException(where + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads every remaining declaration into a tally, showing progress on a terminal.
   *
   * @param tally the tally to start from
   * @param progress where progress is shown
   * @return the tally with every declaration applied
   * @throws BadDataException at the first bad declaration
   */
  Tally readAll(Tally tally, Progress progress) {
    Tally current = tally;
    try {
      for (Optional<PublishedDeclaration> next = next(); next.isPresent(); next = next()) {
        current = apply(current, next.get());
        progress.update(name, position(), read);
      }
    } finally {
      progress.done();
    }
    return current;
  }

  @Override
  public void close() {
    try {
      if (stream != null) {
        stream.close();
      }
      in.close();
    } catch (IOException e) {
      throw Inputs.unreadable(name, e);
    }
  }
}
