package io.mrrlens.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words one language gives a layout's headers and values, e.g. Kimai's German {@code Datum,
 * Von, Bis} for {@code Date, From, To}, or Invoice Ninja's {@code Entwurf} for the status {@code
 * Draft}. A profile is written in English; a file in another language is read by turning each of
 * its words back into the English one, so the profile's rules apply unchanged.
 *
 * @param code the language's code as the system names it, e.g. {@code de} or {@code pt_BR}; empty
 *     for the profile's own English words
 * @param english each word of the language (normalised: trimmed, lower case) to the English word
 *     (normalised) it stands for
 */
record Words(String code, Map<String, String> english) {

  /** The profile's own words: nothing is translated. */
  static final Words ENGLISH = new Words("", Map.of());

  /** True for the profile's own (English) words. */
  boolean isEnglish() {
    return code.isEmpty();
  }

  /** The English word a normalised word stands for, or the word itself. */
  String toEnglish(String normalized) {
    return english.getOrDefault(normalized, normalized);
  }

  /** A header row's normalised names in English words. */
  Set<String> toEnglish(Set<String> header) {
    if (english.isEmpty()) {
      return header;
    }
    Set<String> out = new HashSet<>();
    header.forEach(name -> out.add(toEnglish(name)));
    return out;
  }

  /**
   * The languages of a mapping's {@code languages} key: for each language code, each English word
   * and the word (or list of words, one per version of the system) that language writes for it.
   */
  static List<Words> parse(ProfileTree tree, Object node) {
    if (node == null) {
      return List.of();
    }
    List<Words> languages = new ArrayList<>();
    Map<String, Object> byCode = tree.anyMap(node);
    byCode.forEach(
        (code, table) -> {
          ProfileTree at = tree.at(code);
          Map<String, Object> words = at.anyMap(table);
          Map<String, String> english = new LinkedHashMap<>();
          words.forEach(
              (word, translations) -> {
                String key = Header.normalize(word);
                for (String translation : at.texts(words, word)) {
                  english.putIfAbsent(Header.normalize(translation), key);
                }
              });
          languages.add(new Words(code.strip(), Map.copyOf(english)));
        });
    return List.copyOf(languages);
  }
}
