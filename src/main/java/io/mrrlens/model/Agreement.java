package io.mrrlens.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A client's contract. {@code end} null means open-ended; {@code name}, {@code type} and {@code
 * monthlyFee} are null when absent.
 */
public record Agreement(
    String client,
    String name,
    AgreementType type,
    LocalDate start,
    LocalDate end,
    BigDecimal monthlyFee)
    implements ClientRecord<Agreement> {

  /** True when the agreement runs on {@code day} (start and end inclusive). */
  public boolean activeOn(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }

  @Override
  public Agreement withClient(String name) {
    return new Agreement(name, this.name, type, start, end, monthlyFee);
  }
}
