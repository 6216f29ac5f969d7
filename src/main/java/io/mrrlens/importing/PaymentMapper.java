package io.mrrlens.importing;

import io.mrrlens.model.Payment;
import java.util.List;

/**
 * payments.csv: invoice_id, date, amount; and client, for a payment that names no invoice (its
 * invoice_id blank), which the import applies to the client's oldest open invoices.
 */
final class PaymentMapper implements RecordMapper<Payment> {
  private static final int INVOICE = 0;
  private static final int DATE = 1;
  private static final int AMOUNT = 2;
  private static final int CLIENT = 3;
  private static final List<Field> FIELDS =
      List.of(
          Field.required("invoice_id"),
          Field.requiredDate("date"),
          Field.required("amount"),
          Field.optional("client"));

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
    String invoice = row.text(INVOICE);
    String client = invoice == null && row.text(CLIENT) != null ? row.client(CLIENT) : null;
    if (client == null) {
      invoice = row.required(INVOICE);
    }
    return new Payment(invoice, row.date(DATE, true), row.money(AMOUNT, true), client);
  }
}
