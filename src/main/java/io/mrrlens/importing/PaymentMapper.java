package io.mrrlens.importing;

import io.mrrlens.model.Payment;
import java.util.List;

/** payments.csv: invoice_id, date, amount. */
final class PaymentMapper implements RecordMapper<Payment> {
  private static final int INVOICE = 0;
  private static final int DATE = 1;
  private static final int AMOUNT = 2;
  private static final List<Field> FIELDS =
      List.of(Field.required("invoice_id"), Field.requiredDate("date"), Field.required("amount"));

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  public int amountField() {
    return AMOUNT;
  }

  @Override
  public Payment map(Row row) {
    return new Payment(row.required(INVOICE), row.date(DATE, true), row.money(AMOUNT, true));
  }
}
