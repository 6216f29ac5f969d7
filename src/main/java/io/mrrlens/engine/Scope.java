package io.mrrlens.engine;

import java.time.YearMonth;
import java.util.List;

/**
 * What an analysis covers and shows: the window and the rows.
 *
 * @param from the window's first month, or null for 12 months before {@code to}
 * @param to the window's last month, or null for the last complete month at as_of
 * @param top how many rows to show, or null for all (totals stay those of every client)
 * @param clients the clients to show (names as the user wrote them; aliases apply), or empty
 * @param all whether clients with nothing in the window are listed too
 */
public record Scope(YearMonth from, YearMonth to, Integer top, List<String> clients, boolean all) {
  /** How many clients a chart shows unless {@code top} says otherwise. */
  public static final int DEFAULT_CHART_TOP = 15;

  public Scope {
    clients = clients == null ? List.of() : List.copyOf(clients);
  }

  /** The default window and every client. */
  public static Scope everything() {
    return new Scope(null, null, null, List.of(), false);
  }

  /** How many clients a chart shows: {@code top}, else {@value #DEFAULT_CHART_TOP}. */
  public int chartTop() {
    return top != null ? top : DEFAULT_CHART_TOP;
  }

  /**
   * The one client asked for, which also names the client of a per-client export that has no client
   * column; null when none or several were.
   */
  public String singleClient() {
    return clients.size() == 1 ? clients.get(0).strip() : null;
  }
}
