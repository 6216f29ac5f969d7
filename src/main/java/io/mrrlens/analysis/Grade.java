package io.mrrlens.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * A client's payment grade (metrics.md), its payment habit from L, the amount-weighted mean
 * lateness in days of its paid and its open past-due invoices: A if L &lt;= 2, B &lt;= 10, C &lt;=
 * 30, D &lt;= 60, F otherwise; {@link #NONE} ("-") when it has neither.
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

  /**
   * The grade of L = {@code weightedDays / weight} days late, compared exactly with the limits (a
   * rounded L could cross one).
   */
  public static Grade of(BigDecimal weightedDays, BigDecimal weight) {
    for (Grade grade : List.of(A, B, C, D)) {
      if (weightedDays.compareTo(weight.multiply(grade.limit())) <= 0) {
        return grade;
      }
    }
    return F;
  }

  /** The most days late a grade allows (A to D). */
  private BigDecimal limit() {
    return switch (this) {
      case A -> BigDecimal.valueOf(2);
      case B -> BigDecimal.TEN;
      case C -> BigDecimal.valueOf(30);
      case D -> BigDecimal.valueOf(60);
      default -> throw new IllegalStateException("no limit for " + this);
    };
  }

  /** The grade of L days late (L &gt;= 0). */
  public static Grade of(BigDecimal daysLate) {
    return of(daysLate, BigDecimal.ONE);
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
