package io.mrrlens.importing;

import io.mrrlens.model.Client;
import java.util.List;

/** clients.csv: client, endpoints, users, since. The client name must be unique. */
final class ClientMapper implements RecordMapper<Client> {
  private static final int CLIENT = 0;
  private static final int ENDPOINTS = 1;
  private static final int USERS = 2;
  private static final int SINCE = 3;
  private static final List<Field> FIELDS =
      List.of(
          Field.required("client"),
          Field.optional("endpoints"),
          Field.optional("users"),
          Field.optionalDate("since"));

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  public int idField() {
    return CLIENT;
  }

  @Override
  public Client map(Row row) {
    return new Client(
        row.client(CLIENT), row.count(ENDPOINTS), row.count(USERS), row.date(SINCE, false));
  }
}
