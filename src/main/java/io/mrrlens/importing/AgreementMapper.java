package io.mrrlens.importing;

import io.mrrlens.model.Agreement;
import io.mrrlens.model.AgreementType;
import java.time.LocalDate;
import java.util.List;

/** agreements.csv: client, name, type, start, end, monthly_fee. */
final class AgreementMapper implements RecordMapper<Agreement> {
  private static final int CLIENT = 0;
  private static final int NAME = 1;
  private static final int TYPE = 2;
  private static final int START = 3;
  private static final int END = 4;
  private static final int FEE = 5;
  private static final List<Field> FIELDS =
      List.of(
          Field.required("client"),
          Field.optional("name"),
          Field.optional("type"),
          Field.requiredDate("start"),
          Field.optionalDate("end"),
          Field.optional("monthly_fee"));
  private static final Choices<AgreementType> TYPES = Choices.of(AgreementType.class);

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  public Agreement map(Row row) {
    String client = row.client(CLIENT);
    AgreementType type = row.choice(TYPE, TYPES);
    LocalDate start = row.date(START, true);
    LocalDate end = row.date(END, false);
    if (start != null && end != null && end.isBefore(start)) {
      row.reject(END, "is before start \"" + row.text(START) + "\"");
    }
    return new Agreement(client, row.text(NAME), type, start, end, row.money(FEE, false));
  }
}
