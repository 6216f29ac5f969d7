package io.mrrlens.importing;

/**
 * Thrown when a file meets a value its own characters do not settle (an amount {@code 1,234} while
 * no decimal mark is forced, or a duration column of whole numbers above 24): the file's numbers
 * are then surveyed column by column and the file read again.
 */
final class UndecidedNumbersException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UndecidedNumbersException() {
    super("number format not decided", null, false, false);
  }
}
