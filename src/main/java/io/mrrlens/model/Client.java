package io.mrrlens.model;

import java.time.LocalDate;

/**
 * A client as clients.csv describes it; {@code endpoints}, {@code users} and {@code since} are null
 * when unknown.
 */
public record Client(String name, Integer endpoints, Integer users, LocalDate since)
    implements ClientRecord<Client> {
  @Override
  public String client() {
    return name;
  }

  @Override
  public Client withClient(String client) {
    return new Client(client, endpoints, users, since);
  }
}
