package io.mrrlens.importing;

import io.mrrlens.config.ConfigException;
import io.mrrlens.config.YamlTree;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.Spelling;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The import profiles mrrlens knows: the built-in ones (one YAML resource per export layout) and
 * the user's own mapping files. Detects a file's profile from its header row, which may follow a
 * preamble of up to {@value #HEADER_SEARCH} lines.
 */
public final class ProfileCatalogue {
  /** How many lines from the top the header row is looked for in. */
  static final int HEADER_SEARCH = 10;

  private static final int NEAREST_SHOWN = 3;

  /** The name that stands for the layout of docs/formats.md. */
  public static final String CANONICAL = "canonical";

  private static final List<String> BUILT_IN =
      List.of(
          "itflow-tickets",
          "itflow-invoices",
          "itflow-payments",
          "itflow-income",
          "itflow-recurring",
          "itflow-clients",
          "connectwise-time",
          "connectwise-tickets",
          "connectwise-invoices",
          "connectwise-agreements",
          "autotask-tickets",
          "autotask-time",
          "autotask-invoices",
          "autotask-contracts",
          "autotask-companies",
          "halopsa-tickets",
          "halopsa-time",
          "halopsa-invoices",
          "syncro-tickets",
          "syncro-time",
          "syncro-invoices",
          "quickbooks-invoices",
          "quickbooks-payments",
          "quickbooks-ar-aging",
          "quickbooks-desktop-invoices",
          "quickbooks-desktop-payments",
          "xero-invoices",
          "zohobooks-invoices",
          "freshbooks-invoices",
          "freshbooks-invoice-details",
          "freshbooks-payments",
          "wave-invoices",
          "wave-invoices-csv",
          "wave-transactions-invoices",
          "wave-transactions-payments",
          "invoiceninja5-invoices",
          "invoiceninja5-payments",
          "invoiceninja4-invoices",
          "invoiceninja4-payments",
          "invoiceninja5-clients",
          "invoiceninja4-clients",
          "kimai-time",
          "harvest-time",
          "toggl-time",
          "clockify-time");

  private static volatile List<Profile> builtIn;

  private ProfileCatalogue() {}

  /**
   * The built-in profiles, in a fixed order: parsed once, on the machine's cores (each profile on
   * its own, so the order and the profiles are those of one parse after another).
   */
  public static List<Profile> builtIn() {
    List<Profile> loaded = builtIn;
    if (loaded == null) {
      List<Callable<Profile>> parses = new ArrayList<>();
      for (String name : BUILT_IN) {
        parses.add(() -> parseBuiltIn(name));
      }
      loaded = List.copyOf(Workers.runAll("profile", parses));
      builtIn = loaded;
    }
    return loaded;
  }

  private static Profile parseBuiltIn(String name) {
    String resource = "profiles/" + name + ".yaml";
    try (InputStream in = ProfileCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing built-in profile " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Profile.parse(name + ".yaml", YamlTree.parse(name + ".yaml", text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The profiles a list of names and mapping files stands for: a built-in name, {@code canonical},
   * or the path of a YAML mapping file (relative to {@code base}).
   *
   * @throws ConfigException when a name is unknown or a mapping file is wrong
   */
  public static List<Profile> resolve(List<String> namesOrFiles, Path base) {
    List<Profile> profiles = new ArrayList<>();
    for (String entry : namesOrFiles) {
      String name = entry.strip();
      if (name.isEmpty() || name.equalsIgnoreCase(CANONICAL)) {
        continue;
      }
      Profile builtin = byName(name);
      if (builtin != null) {
        profiles.add(builtin);
      } else if (name.endsWith(".yaml") || name.endsWith(".yml") || name.contains("/")) {
        profiles.add(load(base.resolve(name)));
      } else {
        List<String> names = new ArrayList<>(BUILT_IN);
        names.add(CANONICAL);
        throw new ConfigException(
            "profile \""
                + name
                + "\" is not known; did you mean \""
                + Spelling.nearest(name, names)
                + "\"?",
            "docs/importing.md lists the built-in profiles; for your own mapping give the path of"
                + " its .yaml file");
      }
    }
    return List.copyOf(profiles);
  }

  /** True when the list names {@code canonical}, which turns detection off. */
  public static boolean canonicalOnly(List<String> namesOrFiles) {
    for (String entry : namesOrFiles) {
      if (entry.strip().equalsIgnoreCase(CANONICAL)) {
        return true;
      }
    }
    return false;
  }

  /** The built-in profile of that name, or null. */
  public static Profile byName(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (Profile profile : builtIn()) {
      if (profile.name().equals(wanted)) {
        return profile;
      }
    }
    return null;
  }

  /** A user's mapping file. */
  static Profile load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(
          "cannot read the mapping file " + file,
          "give the path of a YAML mapping file (docs/importing.md, \"Your own mapping\")");
    }
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return Profile.parse(name, YamlTree.parse(name, text));
  }

  /** A header row's column names, normalised. */
  static Set<String> names(CsvRow record) {
    Set<String> names = new HashSet<>();
    for (String cell : record) {
      String name = Header.normalize(cell);
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  /** What detection found in the top of a file. */
  record Sniff(List<Set<String>> rows, CsvRow firstRow) {}

  /** The first non-blank rows of a file (up to the header search), as normalised names. */
  static Sniff sniff(CsvSource source) {
    List<Set<String>> rows = new ArrayList<>();
    CsvRow first = null;
    try (CsvRecords records = new CsvRecords(source)) {
      while (records.hasNext()) {
        CsvRow record = records.next();
        Set<String> names = names(record);
        if (names.isEmpty()) {
          continue;
        }
        if (first == null) {
          first = record;
        }
        rows.add(names);
        if (rows.size() >= HEADER_SEARCH) {
          break;
        }
      }
    } catch (ImportException | UncheckedIOException e) {
      // a malformed top is reported by the full read; detection sees what it could read
    }
    return new Sniff(rows, first);
  }

  /**
   * The profile whose header fits one of the first rows: the one matching the most columns, ties to
   * the first in catalogue order; null when none fits.
   */
  static Profile detect(Sniff sniff, List<Profile> candidates) {
    Profile best = null;
    int bestScore = 0;
    for (Set<String> row : sniff.rows()) {
      for (Profile profile : candidates) {
        if (profile.fits(row) && profile.detect().size() > bestScore) {
          best = profile;
          bestScore = profile.detect().size();
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  /**
   * The profiles of one kind (every kind when null), for messages: the nearest first, with what
   * each lacks.
   */
  static String considered(Sniff sniff, List<Profile> candidates, FileKind kind) {
    Set<String> header = sniff.rows().isEmpty() ? Set.of() : sniff.rows().get(0);
    // the nearest first; ties keep catalogue order
    Map<String, List<String>> missing = new LinkedHashMap<>();
    candidates.stream()
        .filter(p -> kind == null || p.kind() == kind)
        .sorted((a, b) -> Integer.compare(b.matched(header), a.matched(header)))
        .forEach(p -> missing.put(p.name(), p.lacks(header)));
    if (missing.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    missing.forEach(
        (name, lacks) -> {
          if (parts.size() < NEAREST_SHOWN) {
            parts.add(name + " (lacks " + String.join(", ", lacks) + ")");
          }
        });
    if (missing.size() > NEAREST_SHOWN && kind != null) {
      List<String> others = new ArrayList<>(missing.keySet());
      parts.add("also " + String.join(", ", others.subList(NEAREST_SHOWN, others.size())));
    }
    return String.join("; ", parts);
  }
}
