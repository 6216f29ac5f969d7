package io.mrrlens.importing;

import java.util.Arrays;
import java.util.Iterator;

/** One record of a CSV file: its values, in column order, and the character it starts at. */
final class CsvRow implements Iterable<String> {
  private final String[] values;
  private final long position;

  CsvRow(String[] values, long position) {
    this.values = values;
    this.position = position;
  }

  /** The value of column {@code column} (0 for the first). */
  String get(int column) {
    return values[column];
  }

  /** The number of values. */
  int size() {
    return values.length;
  }

  @Override
  public Iterator<String> iterator() {
    return Arrays.asList(values).iterator();
  }

  /**
   * The character position the record starts at in the decoded text (BOM excluded), as Commons CSV
   * counts it (UTF-16 units).
   */
  long position() {
    return position;
  }
}
