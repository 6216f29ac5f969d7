package io.mrrlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientSpellingsTest {
  @Test
  void theClientsListDecidesBeforeTheOtherFiles() {
    ClientSpellings spellings = new ClientSpellings();
    spellings.count("ACME Corp", false, 40);
    spellings.count("Acme Corp", true, 1);
    spellings.count("acme corp", false, 3);
    assertEquals("Acme Corp", spellings.name("acme corp"));
    assertEquals(Set.of("ACME Corp", "Acme Corp", "acme corp"), spellings.spellings("acme corp"));
  }

  @Test
  void withoutAClientsListTheMostUsedSpellingWins() {
    ClientSpellings spellings = new ClientSpellings();
    spellings.count("Bluebird  Dental", false, 2);
    spellings.count("bluebird dental", false, 7);
    spellings.count("Bluebird Dental", false, 5);
    assertEquals("bluebird dental", spellings.name("bluebird dental"));
  }

  @Test
  void aTieGoesToTheFirstInAlphabeticalOrder() {
    ClientSpellings spellings = new ClientSpellings();
    spellings.count("Harbor Law", false, 3);
    spellings.count("HARBOR LAW", false, 3);
    spellings.count("harbor law", true, 1);
    spellings.count("Harbor law", true, 1);
    // the clients list ties at one use each, the other files break it for neither: alphabetical
    assertEquals("Harbor law", spellings.name("harbor law"));
  }

  /** The same uses counted in any order, in any split, give the same name. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void theOrderOfRowsNeverChangesAName(long seed) {
    Random random = new Random(seed);
    String[] forms = {"Acme Corp", "ACME CORP", "acme corp", "Acme corp"};
    List<String[]> uses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      uses.add(new String[] {forms[random.nextInt(forms.length)], random.nextBoolean() ? "c" : ""});
    }
    ClientSpellings first = new ClientSpellings();
    uses.forEach(u -> first.count(u[0], !u[1].isEmpty(), 1));
    Collections.shuffle(uses, random);
    ClientSpellings second = new ClientSpellings();
    uses.forEach(u -> second.count(u[0], !u[1].isEmpty(), 1));
    assertEquals(first.name("acme corp"), second.name("acme corp"));
  }
}
