package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void roomMadeForAFileBeforeOrBetweenFilesChangesNoAnswer() {
    IdRegistry ids = new IdRegistry();
    ids.expect(3);
    assertNull(ids.register("T-1", "a.csv", 2));
    assertNull(ids.register("T-2", "a.csv", 3));
    // room for the next file, made after some IDs are in: the table is rebuilt at its new size
    ids.expect(5_000);
    for (int i = 3; i < 8_000; i++) {
      // past the room made: the table grows again by itself
      assertNull(ids.register("T-" + i, "b.csv", i));
    }
    assertEquals("a.csv:2", ids.register("T-1", "b.csv", 9_000));
    assertEquals("a.csv:3", ids.register("T-2", "c.csv", 2));
    assertEquals("line 7999", ids.register("T-7999", "b.csv", 9_001));
    // room for nothing, or for less than is there, takes nothing away
    ids.expect(0);
    ids.expect(-1);
    assertEquals("b.csv:4000", ids.register("T-4000", "c.csv", 3));
  }

  @Test
  void aLinePastAnIntsRangeIsKeptWhole() {
    IdRegistry ids = new IdRegistry();
    long far = Integer.MAX_VALUE + 5L;
    assertNull(ids.register("T-1", "tickets.csv", far));
    assertNull(ids.register("T-2", "tickets.csv", Integer.MAX_VALUE));
    assertNull(ids.register("T-1", "tickets.csv", far));
    assertEquals("line " + far, ids.register("T-1", "tickets.csv", far + 1));
    assertEquals("line " + Integer.MAX_VALUE, ids.register("T-2", "tickets.csv", 7));
  }

  @Test
  void eachIdKeepsItsFileAcrossManyFilesAndAnAbsorbedPart() {
    IdRegistry ids = registered("a.csv", 2, "T-1");
    assertNull(ids.register("T-2", "b.csv", 2));
    assertNull(ids.register("T-3", "b.csv", 3));
    assertTrue(ids.absorb(registered("c.csv", 9, "T-4", "T-5")));
    assertNull(ids.register("T-6", "d.csv", 2));
    assertEquals("a.csv:2", ids.register("T-1", "d.csv", 3));
    assertEquals("b.csv:2", ids.register("T-2", "d.csv", 4));
    assertEquals("b.csv:3", ids.register("T-3", "d.csv", 5));
    assertEquals("c.csv:9", ids.register("T-4", "d.csv", 6));
    assertEquals("c.csv:10", ids.register("T-5", "d.csv", 7));
    assertEquals("line 2", ids.register("T-6", "d.csv", 8));
  }

  @Test
  void aPartThatSawAnIdOfTheFirstPartIsNotTakenIn() {
    IdRegistry ids = registered("t.csv", 2, "T-1");
    assertFalse(ids.absorb(registered("t.csv", 5, "T-9", "T-1")));
    assertNull(ids.register("T-9", "t.csv", 5));
  }

  /** A registry of new IDs of one file, one a line from {@code firstLine}. */
  private static IdRegistry registered(String file, long firstLine, String... ids) {
    IdRegistry registry = new IdRegistry();
    for (int i = 0; i < ids.length; i++) {
      assertNull(registry.register(ids[i], file, firstLine + i));
    }
    return registry;
  }
}
