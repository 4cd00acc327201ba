package org.psephos.feeds.pa;

/**
 * One of PA's local elections messages, as read from one file: {@link PaNominations}, {@link
 * PaResult} or {@link PaStateOfParties}.
 */
public sealed interface PaMessage permits PaNominations, PaResult, PaStateOfParties {

  /**
   * The name of the file the message was read from.
   *
   * @return the file name
   */
  String file();
}
