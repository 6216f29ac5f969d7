package io.mrrlens.importing;

import io.mrrlens.model.Invoice;
import io.mrrlens.model.InvoiceKind;
import java.util.List;

/** invoices.csv: invoice_id, client, issued, due, amount, paid, balance, kind, description. */
final class InvoiceMapper implements RecordMapper<Invoice> {
  private static final int ID = 0;
  private static final int CLIENT = 1;
  private static final int ISSUED = 2;
  private static final int DUE = 3;
  private static final int AMOUNT = 4;
  private static final int PAID = 5;
  private static final int BALANCE = 6;
  private static final int KIND = 7;
  private static final int DESCRIPTION = 8;
  private static final List<Field> FIELDS =
      List.of(
          Field.required("invoice_id"),
          Field.required("client"),
          Field.requiredDate("issued"),
          Field.optionalDate("due"),
          Field.required("amount"),
          Field.optionalDate("paid"),
          Field.optional("balance"),
          Field.optional("kind"),
          Field.optional("description"));
  private static final Choices<InvoiceKind> KINDS = Choices.of(InvoiceKind.class);

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  public int idField() {
    return ID;
  }

  @Override
  public int amountField() {
    return AMOUNT;
  }

  @Override
  public Invoice map(Row row) {
    return new Invoice(
        row.required(ID),
        row.client(CLIENT),
        row.date(ISSUED, true),
        row.date(DUE, false),
        row.money(AMOUNT, true),
        row.date(PAID, false),
        row.money(BALANCE, false),
        row.choice(KIND, KINDS),
        row.text(DESCRIPTION));
  }
}
