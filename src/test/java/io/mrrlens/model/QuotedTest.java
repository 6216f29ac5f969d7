package io.mrrlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values in messages: quoted, control characters escaped, long values cut with their length. */
class QuotedTest {
  @Test
  void quotesAPlainValueAsItIs() {
    assertEquals("\"1,5h\"", Quoted.of("1,5h"));
    assertEquals("\"Café \\\"Zoë\\\"\"".replace("\\\"", "\""), Quoted.of("Café \"Zoë\""));
  }

  @Test
  void escapesWhatCouldDriveATerminal() {
    // ESC ] 0 ; title BEL retitles a terminal; ESC [ 2 J clears it; 0x9B is the one-byte CSI
    assertEquals(
        "\"\\u001B]0;owned\\u0007\\u001B[2J\\u009B\"",
        Quoted.of("\u001b]0;owned\u0007\u001b[2J\u009b"));
    assertEquals("\"a\\nb\\rc\\td\"", Quoted.of("a\nb\rc\td"));
    // a right-to-left override shows "exe.txt" as "txt.exe"
    assertEquals("\"file\\u202Etxt.exe\"", Quoted.of("file\u202Etxt.exe"));
    assertEquals("\"\\u2028\\u2066\"", Quoted.of("\u2028\u2066"));
  }

  @Test
  void cutsALongValueToEightyCharactersAndItsLength() {
    String tenMegabytes = "9".repeat(10 * 1024 * 1024);
    assertEquals("\"" + "9".repeat(80) + "...\" (10485760 characters)", Quoted.of(tenMegabytes));
    assertEquals("\"" + "x".repeat(80) + "\"", Quoted.of("x".repeat(80)));
    assertEquals("\"" + "x".repeat(80) + "...\" (81 characters)", Quoted.of("x".repeat(81)));
  }

  @Test
  void neverCutsACharacterInHalf() {
    // the 80th char is the first half of an emoji: the cut keeps 79 characters
    String value = "x".repeat(79) + "\uD83D\uDE00" + "y";
    assertEquals("\"" + "x".repeat(79) + "...\" (82 characters)", Quoted.of(value));
  }

  @Test
  void unquotedCutsTheSameWay() {
    assertEquals("a\\u001Bb", Quoted.unquoted("a\u001bb"));
    assertEquals("z".repeat(80) + "... (100 characters)", Quoted.unquoted("z".repeat(100)));
  }

  @Test
  void escapedLeavesSafeTextAlone() {
    String text = "Société Générale: 1 234,50 € — ok";
    assertEquals(text, Quoted.escaped(text));
  }

  @Test
  void aRejectionShowsItsValueQuoted() {
    // "1", ESC and "[2J" are 5 characters: 75 fives fill the 80 shown, 205 in all
    Rejection r = new Rejection("time.csv", 3, "hours", "1\u001b[2J" + "5".repeat(200), "is bad");
    assertEquals(
        "time.csv:3: hours \"1\\u001B[2J" + "5".repeat(75) + "...\" (205 characters) is bad",
        r.message());
  }
}
