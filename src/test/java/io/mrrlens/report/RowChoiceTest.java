package io.mrrlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * --client chooses rows by name (case and spacing ignored), then --top cuts, in the rows' order.
 */
class RowChoiceTest {
  private static final List<String> ROWS = List.of("Zeta Co", "Acme Corp", "Beta LLC", "Gamma");

  @Test
  void everythingKeepsEveryRow() {
    assertEquals(ROWS, RowChoice.everything().apply(ROWS, Function.identity()));
  }

  @Test
  void topCutsAfterTheFirstN() {
    assertEquals(
        List.of("Zeta Co", "Acme Corp"),
        new RowChoice(2, List.of(), false).apply(ROWS, Function.identity()));
    assertEquals(ROWS, new RowChoice(10, List.of(), false).apply(ROWS, Function.identity()));
  }

  @Test
  void clientsAreMatchedIgnoringCaseAndSpacingAndKeepTheRowOrder() {
    RowChoice choice = new RowChoice(null, List.of("gamma", " ACME  corp "), false);
    assertEquals(List.of("Acme Corp", "Gamma"), choice.apply(ROWS, Function.identity()));
  }

  @Test
  void clientsOnlyDropsTheTopCut() {
    RowChoice choice = new RowChoice(1, List.of("gamma", "Acme Corp"), false);
    assertEquals(List.of("Acme Corp"), choice.apply(ROWS, Function.identity()));
    assertEquals(
        List.of("Acme Corp", "Gamma"), choice.clientsOnly().apply(ROWS, Function.identity()));
  }
}
