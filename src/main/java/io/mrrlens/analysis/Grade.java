package io.mrrlens.analysis;

import java.math.BigDecimal;

/**
 * A client's payment grade (metrics.md), from L, the larger of its average days late and the most
 * days past due of any open invoice: A if L &lt;= 2, B &lt;= 10, C &lt;= 30, D &lt;= 60, F
 * otherwise; {@link #NONE} ("-") when it has neither a paid invoice nor an overdue one.
 */
public enum Grade {
  F("F", 0),
  D("D", 1),
  C("C", 2),
  B("B", 3),
  A("A", 4),
  NONE("-", 5);

  private final String label;
  private final int rank;

  Grade(String label, int rank) {
    this.label = label;
    this.rank = rank;
  }

  /** The grade as outputs write it: a letter or {@code -}. */
  public String label() {
    return label;
  }

  /** Worst first: F is 0, A is 4, no grade is 5. */
  public int rank() {
    return rank;
  }

  /** The grade of L days late (L &gt;= 0). */
  public static Grade of(BigDecimal daysLate) {
    if (daysLate.compareTo(BigDecimal.valueOf(2)) <= 0) {
      return A;
    }
    if (daysLate.compareTo(BigDecimal.TEN) <= 0) {
      return B;
    }
    if (daysLate.compareTo(BigDecimal.valueOf(30)) <= 0) {
      return C;
    }
    if (daysLate.compareTo(BigDecimal.valueOf(60)) <= 0) {
      return D;
    }
    return F;
  }

  /** True when this grade is as bad as {@code other} or worse; never for {@link #NONE}. */
  public boolean atOrBelow(Grade other) {
    return this != NONE && rank <= other.rank;
  }

  /** The grade of a letter (case-insensitive) or {@code -}. */
  public static Grade parse(String text) {
    for (Grade grade : values()) {
      if (grade.label.equalsIgnoreCase(text.strip())) {
        return grade;
      }
    }
    throw new IllegalArgumentException("no grade " + text);
  }
}
