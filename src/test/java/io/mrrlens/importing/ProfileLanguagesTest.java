package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every language of every built-in profile reads a header written in that language's words, with
 * each spelling a version used; a header of mixed languages or of an unknown one reads in none.
 */
class ProfileLanguagesTest {

  static Stream<Arguments> languages() {
    List<Arguments> all = new ArrayList<>();
    for (Profile profile : ProfileCatalogue.builtIn()) {
      for (Words words : profile.languages()) {
        all.add(Arguments.of(profile.name(), words.code()));
      }
    }
    return all.stream();
  }

  private static Profile profile(String name) {
    return ProfileCatalogue.byName(name);
  }

  private static Words words(Profile profile, String code) {
    return profile.languages().stream().filter(w -> w.code().equals(code)).findFirst().get();
  }

  /** The words a language writes for one English word (the word itself when it has none). */
  private static List<String> spellings(Words words, String english) {
    String key = Header.normalize(english);
    List<String> found = new ArrayList<>();
    words
        .english()
        .forEach(
            (word, meaning) -> {
              if (meaning.equals(key)) {
                found.add(word);
              }
            });
    if (found.isEmpty()) {
      found.add(key);
    }
    return found;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("languages")
  void aHeaderInTheLanguageFitsWithEverySpelling(String name, String code) {
    Profile profile = profile(name);
    Words words = words(profile, code);
    for (String column : profile.detect()) {
      for (String spelling : spellings(words, column)) {
        Set<String> header = new HashSet<>();
        for (String other : profile.detect()) {
          header.add(other.equals(column) ? spelling : spellings(words, other).get(0));
        }
        Words found = profile.language(header);
        assertNotNull(found, name + " " + code + " with " + spelling + ": " + header);
        assertEquals(
            profile.detect().size(),
            profile.detect().stream()
                .filter(d -> found.toEnglish(header).contains(Header.normalize(d)))
                .count(),
            name + " " + code + " with " + spelling);
      }
    }
  }

  /** The words a profile reads: its columns, and the values its conditions and maps test. */
  private static Set<String> used(Profile profile) {
    Set<String> used = new HashSet<>();
    profile.detect().forEach(c -> used.add(Header.normalize(c)));
    profile.skips().forEach(skip -> skip.when().forEach(c -> addCondition(used, c)));
    profile.fields().values().forEach(rule -> addRule(used, rule));
    return used;
  }

  private static void addRule(Set<String> used, FieldRule rule) {
    rule.columnsRead().forEach(c -> used.add(Header.normalize(c)));
    used.addAll(rule.map().keySet());
    rule.when().forEach(c -> addCondition(used, c));
    rule.negativeWhen().forEach(c -> addCondition(used, c));
    rule.cases().forEach(c -> addRule(used, c));
  }

  private static void addCondition(Set<String> used, Condition condition) {
    used.add(Header.normalize(condition.column()));
    used.addAll(condition.values());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("languages")
  void everyWordOfTheTableIsOneTheProfileReads(String name, String code) {
    Profile profile = profile(name);
    Set<String> used = used(profile);
    for (Map.Entry<String, String> entry : words(profile, code).english().entrySet()) {
      assertTrue(
          used.contains(entry.getValue()),
          name
              + " "
              + code
              + ": \""
              + entry.getKey()
              + "\" stands for \""
              + entry.getValue()
              + "\", which the profile does not read");
    }
  }

  @org.junit.jupiter.api.Test
  void aHeaderOfNoKnownLanguageFitsNone() {
    Profile kimai = profile("kimai-time");
    // Swedish: Datum, Från, Till, Varaktighet, Kund, Projekt, Aktivitet
    assertNull(
        kimai.language(
            Set.of("datum", "från", "till", "varaktighet", "kund", "projekt", "aktivitet")));
    // German words with one English column still read as German
    assertEquals(
        "de",
        kimai
            .language(
                Set.of("datum", "von", "bis", "dauer", "kunde", "projekt", "tätigkeit", "user"))
            .code());
    assertTrue(
        kimai
            .language(Set.of("date", "from", "to", "duration", "customer", "project", "activity"))
            .isEnglish());
  }
}
