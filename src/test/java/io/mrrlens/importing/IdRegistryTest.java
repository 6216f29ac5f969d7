package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The IDs of one kind's files: where an ID was first seen. */
class IdRegistryTest {

  @Test
  void aRepeatNamesTheFirstLineInTheSameFileOrTheFileAndLineInAnother() {
    IdRegistry ids = new IdRegistry();
    assertNull(ids.register("T-1", "tickets-2025.csv", 2));
    assertNull(ids.register("T-2", "tickets-2025.csv", 3));
    assertEquals("line 2", ids.register("T-1", "tickets-2025.csv", 9));
    assertEquals("tickets-2025.csv:3", ids.register("T-2", "tickets-2026.csv", 4));
    assertNull(ids.register("Ünï-😀", "tickets-2026.csv", 5));
    assertEquals("line 5", ids.register("Ünï-😀", "tickets-2026.csv", 6));
  }

  @Test
  void aFileReadAgainRegistersItsRowsAnew() {
    IdRegistry ids = new IdRegistry();
    assertNull(ids.register("T-1", "tickets.csv", 2));
    assertNull(ids.register("T-1", "tickets.csv", 2));
    assertEquals("line 2", ids.register("T-1", "tickets.csv", 3));
  }

  @Test
  void everyIdOfManyIsFoundAfterTheTableGrows() {
    IdRegistry ids = new IdRegistry();
    for (int i = 0; i < 10_000; i++) {
      assertNull(ids.register("E-" + i, "time.csv", i + 2));
    }
    for (int i = 0; i < 10_000; i += 997) {
      assertEquals("line " + (i + 2), ids.register("E-" + i, "time.csv", 20_000));
    }
  }
}
