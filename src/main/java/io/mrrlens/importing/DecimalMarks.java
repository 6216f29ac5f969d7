package io.mrrlens.importing;

import java.util.Arrays;

/**
 * The decimal mark of each column of a file, decided from the values whose characters show one
 * ({@code 53,00}, {@code 1,234.50}; see {@link DecimalShape}). A column whose values show only one
 * mark has that mark; a column whose values show none takes the mark the file's other columns show,
 * when they show only one; a column (or a file) showing both, a multi-currency account for example,
 * decides nothing, and its ambiguous values ({@code 1,234}) are rejected.
 */
final class DecimalMarks {
  private final DecimalMark[] byColumn;
  private final boolean[] mixed;
  private final DecimalMark file;

  private DecimalMarks(DecimalMark[] byColumn, boolean[] mixed, DecimalMark file) {
    this.byColumn = byColumn;
    this.mixed = mixed;
    this.file = file;
  }

  /** The mark of a column (its index in the file), or null when nothing decides it. */
  DecimalMark of(int column) {
    if (column >= 0 && column < byColumn.length) {
      if (mixed[column]) {
        return null;
      }
      if (byColumn[column] != null) {
        return byColumn[column];
      }
    }
    return file;
  }

  /** Counts, per column, the values showing a point and those showing a comma. */
  static final class Survey {
    private long[] points = new long[16];
    private long[] commas = new long[16];

    /** Looks at one cell of a data row. */
    void see(int column, String cell) {
      if (cell.isEmpty() || cell.length() > DecimalParser.MAX_LENGTH) {
        return;
      }
      DecimalShape shape;
      try {
        shape = DecimalShape.of(DecimalParser.unsign(cell).body());
      } catch (ValueException e) {
        return;
      }
      if (shape == null || shape.shows() == null) {
        return;
      }
      if (column >= points.length) {
        points = Arrays.copyOf(points, column * 2 + 1);
        commas = Arrays.copyOf(commas, column * 2 + 1);
      }
      if (shape.shows() == DecimalMark.POINT) {
        points[column]++;
      } else {
        commas[column]++;
      }
    }

    DecimalMarks decide() {
      int n = points.length;
      DecimalMark[] byColumn = new DecimalMark[n];
      boolean[] mixed = new boolean[n];
      long allPoints = 0;
      long allCommas = 0;
      for (int i = 0; i < n; i++) {
        allPoints += points[i];
        allCommas += commas[i];
        mixed[i] = points[i] > 0 && commas[i] > 0;
        if (!mixed[i] && points[i] > 0) {
          byColumn[i] = DecimalMark.POINT;
        } else if (!mixed[i] && commas[i] > 0) {
          byColumn[i] = DecimalMark.COMMA;
        }
      }
      DecimalMark file = null;
      if (allPoints > 0 && allCommas == 0) {
        file = DecimalMark.POINT;
      } else if (allCommas > 0 && allPoints == 0) {
        file = DecimalMark.COMMA;
      }
      return new DecimalMarks(byColumn, mixed, file);
    }
  }
}
