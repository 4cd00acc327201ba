package org.psephos.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.psephos.feeds.pa.PaDropFolder;
import org.psephos.feeds.pa.PaElection;
import org.psephos.feeds.pa.PaFeedException;

/** Reading a PA folder for the commands, and writing files atomically. */
final class PaFolders {
  private PaFolders() {}

  /** The election of a PA folder's nominations; a bad folder is bad data. */
  static PaElection election(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new BadDataException(folder + ": not a folder");
    }
    try {
      return PaDropFolder.election(folder);
    } catch (PaFeedException | UncheckedIOException e) {
      throw new BadDataException(String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * Writes a file whole or not at all: to a temporary file beside it, then an atomic rename, so a
   * reader never sees half a document.
   */
  static void writeAtomically(Path file, String text) {
    Path absolute = file.toAbsolutePath();
    Path parent = absolute.getParent();
    try {
      Path temporary = Files.createTempFile(parent, "." + absolute.getFileName(), ".tmp");
      try {
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new BadDataException(file + ": cannot write: " + e.getMessage(), e);
    }
  }
}
