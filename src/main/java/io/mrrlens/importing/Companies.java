package io.mrrlens.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Company IDs to names, from the book's companies exports (a profile with an {@code ids} column,
 * e.g. Autotask's {@code id, companyName}), for layouts that name clients by ID.
 */
final class Companies {
  private Companies() {}

  static Map<String, String> of(Map<?, List<BooksImporter.LocatedFile>> located) {
    Map<String, String> names = new HashMap<>();
    for (List<BooksImporter.LocatedFile> files : located.values()) {
      for (BooksImporter.LocatedFile file : files) {
        Profile profile = file.profile();
        if (profile != null && profile.ids() != null) {
          read(file.source(), profile, names);
        }
      }
    }
    return Map.copyOf(names);
  }

  private static void read(CsvSource source, Profile profile, Map<String, String> names) {
    FieldRule client = profile.fields().get("client");
    try (CsvRecords parser = new CsvRecords(source)) {
      int id = -1;
      int name = -1;
      while (parser.hasNextSkippingMalformedLines()) {
        CsvRow record = parser.next();
        if (id < 0) {
          if (profile.fits(ProfileCatalogue.names(record))) {
            id = column(record, profile.ids());
            name = column(record, client.columns().get(0));
          }
          continue;
        }
        if (name >= 0 && id < record.size() && name < record.size()) {
          String key = record.get(id).strip();
          String value = record.get(name).strip();
          if (!key.isEmpty() && !value.isEmpty()) {
            names.putIfAbsent(key, value);
          }
        }
      }
    }
  }

  private static int column(CsvRow header, String wanted) {
    String key = Header.normalize(wanted);
    for (int i = 0; i < header.size(); i++) {
      if (Header.normalize(header.get(i)).equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
