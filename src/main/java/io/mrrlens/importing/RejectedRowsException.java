package io.mrrlens.importing;

import io.mrrlens.model.Problem;
import io.mrrlens.model.Rejection;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows were rejected under the {@code fail} policy: the run stops after all files were read, with
 * every rejected value.
 */
public final class RejectedRowsException extends Problem {
  private static final long serialVersionUID = 1L;
  private final transient List<Rejection> rejections;
  private final long rejectedRows;

  public RejectedRowsException(List<Rejection> rejections, long rejectedRows) {
    super(Kind.DATA, rejections.size() + " problems in " + rejectedRows + " rows", null);
    this.rejections = List.copyOf(rejections);
    this.rejectedRows = rejectedRows;
  }

  /** Every rejected value, in file and line order. */
  public List<Rejection> rejections() {
    return rejections;
  }

  /**
   * True when every rejected value is about the decimal mark (a value that is ambiguous, or written
   * with the other mark than the one set): the fix is a setting, not the cells.
   */
  public boolean decimalMarkOnly() {
    return !rejections.isEmpty() && decimalMarkProblems() == rejections.size();
  }

  /** How many rejected values are about the decimal mark. */
  public long decimalMarkProblems() {
    return rejections.stream().filter(r -> DecimalParser.isMarkProblem(r.problem())).count();
  }

  /** The number of rows rejected. */
  public long rejectedRows() {
    return rejectedRows;
  }

  /**
   * The first {@value Rejection#LISTED} rejected values, one line each, then how many more there
   * are and that nothing was imported.
   */
  @Override
  public List<String> messages() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < Math.min(Rejection.LISTED, rejections.size()); i++) {
      lines.add(rejections.get(i).message());
    }
    if (rejections.size() > Rejection.LISTED) {
      lines.add("... and " + (rejections.size() - Rejection.LISTED) + " more problems");
    }
    String rows = rejectedRows == 1 ? "1 row" : rejectedRows + " rows";
    String problems = rejections.size() == 1 ? "1 problem" : rejections.size() + " problems";
    lines.add(problems + " in " + rows + "; nothing was imported");
    return lines;
  }

  /** The decimal mark setting when that is what the values need, else to correct or skip them. */
  @Override
  public String fix() {
    String mark =
        "set the decimal mark the files use: --decimal-comma for 1.234,50, --decimal-point for"
            + " 1,234.50 (decimal_comma: true or false in mrrlens.yaml; with neither, each file's"
            + " mark is detected)";
    if (decimalMarkOnly()) {
      return mark;
    }
    if (decimalMarkProblems() > 0) {
      return mark + "; correct the other cells, or run with --on-error skip to set the rows aside";
    }
    return "correct the "
        + (rejections.size() == 1 ? "cell" : "cells")
        + ", or run with --on-error skip to set the "
        + (rejectedRows == 1 ? "row" : "rows")
        + " aside";
  }
}
