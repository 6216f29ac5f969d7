package io.mrrlens.importing;

import io.mrrlens.model.FileKind;
import io.mrrlens.model.Spelling;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An import profile: how one export layout (a PSA's, an accounting package's, a time tracker's, or
 * a user's own) maps to a canonical file of docs/formats.md. A profile is data, read from a YAML
 * mapping file; the built-in ones are resources under {@code io/mrrlens/importing/profiles/}.
 *
 * @param name how {@code --profile}, {@code check} and the config name it, e.g. {@code
 *     connectwise-time}
 * @param system the product that writes the layout, e.g. {@code ConnectWise PSA}
 * @param title what the file is, e.g. {@code time entries (REST export)}
 * @param detect the header columns that identify the layout, as the export writes them
 * @param dateFormat the layout's non-ISO date pattern, or null to detect it per file
 * @param quotePrefix whether a leading {@code '} before {@code = + - @} is removed from text cells
 * @param skips rows that are not data (totals, headings, drafts), each with its reason
 * @param fields the rule of each canonical column the layout fills
 * @param groupBy the column whose equal values make one record (line-level invoices), or null
 * @param ids the column of company IDs when the file names companies for the {@code companies}
 *     lookup, or null
 * @param languages the words of the layout in the other languages the system writes it in
 * @param clientFromFileName patterns of a per-client export's file name, each with a group {@code
 *     client} (the name as written) or {@code dashed} (a name whose spaces the system wrote as
 *     dashes): the client of a file that has no client column
 * @param sameFileAs the profile that reads another kind of record from the same file (an export
 *     holding invoices and payments), or null: where one of the two is detected for a file, the
 *     other reads the file too
 * @param source where the profile was read from, for messages
 */
public record Profile(
    String name,
    String system,
    String title,
    FileKind kind,
    List<String> detect,
    String dateFormat,
    boolean decimalComma,
    boolean quotePrefix,
    List<Skip> skips,
    Map<String, FieldRule> fields,
    String groupBy,
    String ids,
    List<Words> languages,
    List<Pattern> clientFromFileName,
    String sameFileAs,
    String source) {

  /**
   * Rows left out and counted by reason: rows that hold no data of their own ({@code TOTAL} rows,
   * headings) or, with {@code record} true, records that are not client work (drafts, internal
   * time), whose amounts or hours {@code check} shows. With {@code heading} true, a row it leaves
   * out heads a group (a customer's name above its rows), unless its first cell is a total.
   */
  record Skip(String reason, List<Condition> when, boolean record, boolean heading) {}

  private static final Set<String> KEYS =
      Set.of(
          "name",
          "system",
          "title",
          "kind",
          "detect",
          "date_format",
          "decimal_comma",
          "strip_quote_prefix",
          "skip",
          "fields",
          "group_by",
          "ids",
          "languages",
          "client_from_file_name",
          "same_file_as",
          "notes");

  /**
   * Reads a mapping from its parsed YAML.
   *
   * @throws io.mrrlens.config.ConfigException when a key is unknown or a value does not fit
   */
  static Profile parse(String file, Object yaml) {
    ProfileTree tree = new ProfileTree(file, "");
    Map<String, Object> map = tree.map(yaml, KEYS);
    String name = tree.requiredText(map, "name").strip().toLowerCase(Locale.ROOT);
    FileKind kind = kind(tree.at("kind"), tree.requiredText(map, "kind"));
    List<Field> canonical = RecordMapper.of(kind).fields();
    Set<String> known = new TreeSet<>();
    canonical.forEach(f -> known.add(f.name()));
    ProfileTree fieldsAt = tree.at("fields");
    Map<String, Object> fieldNodes = fieldsAt.map(map.get("fields"), known);
    Map<String, FieldRule> fields = new LinkedHashMap<>();
    fieldNodes.forEach(
        (field, node) -> fields.put(field, FieldRule.parse(fieldsAt.at(field), field, node)));
    for (Field field : canonical) {
      boolean appliedByClient =
          kind == FileKind.PAYMENTS
              && field.name().equals("invoice_id")
              && fields.containsKey("client");
      if (field.required() && !fields.containsKey(field.name()) && !appliedByClient) {
        throw fieldsAt.problem(
            "the " + kind.prefix() + " column \"" + field.name() + "\" needs a rule");
      }
    }
    List<Skip> skips = new ArrayList<>();
    if (map.get("skip") instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        ProfileTree at = tree.at("skip").at(String.valueOf(i));
        Map<String, Object> skip =
            at.map(list.get(i), Set.of("reason", "when", "record", "heading"));
        if (!skip.containsKey("when")) {
          throw at.problem("a skip rule needs a when");
        }
        skips.add(
            new Skip(
                at.requiredText(skip, "reason"),
                Condition.allOf(at.at("when"), skip.get("when")),
                at.flag(skip, "record"),
                at.flag(skip, "heading")));
      }
    } else if (map.containsKey("skip")) {
      throw tree.at("skip").problem("expected a list of skip rules");
    }
    List<String> detect = new ArrayList<>();
    tree.texts(map, "detect").forEach(c -> detect.add(c.strip()));
    if (detect.isEmpty()) {
      for (Field field : canonical) {
        FieldRule rule = fields.get(field.name());
        if (field.required() && rule != null && !rule.columns().isEmpty() && !rule.extraValue()) {
          detect.add(rule.columns().get(0).strip());
        }
      }
    }
    if (detect.isEmpty()) {
      throw tree.at("detect").problem("list the header columns that identify the layout");
    }
    return new Profile(
        name,
        textOr(tree.text(map, "system"), "your own mapping"),
        textOr(tree.text(map, "title"), kind.prefix()),
        kind,
        List.copyOf(detect),
        tree.text(map, "date_format"),
        tree.flag(map, "decimal_comma"),
        tree.flag(map, "strip_quote_prefix"),
        List.copyOf(skips),
        Map.copyOf(fields),
        tree.text(map, "group_by"),
        tree.text(map, "ids"),
        Words.parse(tree.at("languages"), map.get("languages")),
        fileNamePatterns(tree, tree.texts(map, "client_from_file_name")),
        sameFileAs(tree, map, name),
        file);
  }

  private static String sameFileAs(ProfileTree tree, Map<String, Object> map, String name) {
    String other = tree.text(map, "same_file_as");
    if (other == null || other.isBlank()) {
      return null;
    }
    String normalized = other.strip().toLowerCase(Locale.ROOT);
    if (normalized.equals(name)) {
      throw tree.at("same_file_as").problem("names the profile itself; name the other profile");
    }
    return normalized;
  }

  /**
   * True when this profile and {@code other} read two kinds of record from one file: either names
   * the other as {@code same_file_as}.
   */
  boolean sharesFileWith(Profile other) {
    return other != this
        && other.kind != kind
        && (other.name.equals(sameFileAs) || name.equals(other.sameFileAs));
  }

  private static List<Pattern> fileNamePatterns(ProfileTree tree, List<String> regexes) {
    List<Pattern> patterns = new ArrayList<>();
    for (String regex : regexes) {
      try {
        Pattern pattern = Pattern.compile(regex);
        if (!regex.contains("(?<client>") && !regex.contains("(?<dashed>")) {
          throw tree.at("client_from_file_name")
              .problem("\"" + regex + "\" needs a group (?<client>...) or (?<dashed>...)");
        }
        patterns.add(pattern);
      } catch (PatternSyntaxException e) {
        throw tree.at("client_from_file_name")
            .problem("\"" + regex + "\" is not a regular expression");
      }
    }
    return List.copyOf(patterns);
  }

  /**
   * A client a file name gives: the name, and whether it was sanitised (dashes for spaces,
   * punctuation dropped), which a system may also do to the MSP's own name, so that another file of
   * the book must name the client too.
   */
  record FileNameClient(String name, boolean sanitised) {}

  /**
   * The client a per-client export's file name gives, or null: the first pattern that matches the
   * whole name; a {@code dashed} name has its dashes read as spaces.
   */
  FileNameClient clientFromFileName(String fileName) {
    for (Pattern pattern : clientFromFileName) {
      Matcher matcher = pattern.matcher(fileName);
      if (matcher.matches()) {
        boolean dashed = pattern.pattern().contains("(?<dashed>");
        String name = dashed ? matcher.group("dashed").replace('-', ' ') : matcher.group("client");
        if (name != null && !name.isBlank()) {
          return new FileNameClient(name.strip(), dashed);
        }
      }
    }
    return null;
  }

  private static String textOr(String text, String otherwise) {
    return text == null || text.isBlank() ? otherwise : text.strip();
  }

  private static FileKind kind(ProfileTree tree, String text) {
    for (FileKind kind : FileKind.values()) {
      if (kind.prefix().equalsIgnoreCase(text.strip())) {
        return kind;
      }
    }
    List<String> kinds = new ArrayList<>();
    for (FileKind kind : FileKind.values()) {
      kinds.add(kind.prefix());
    }
    throw tree.problem(
        "\""
            + text
            + "\" is not a kind of file; did you mean \""
            + Spelling.nearest(text, kinds)
            + "\"?");
  }

  /** How many of the detect columns a header (normalised names) has, as the profile names them. */
  int matched(Set<String> header) {
    int matched = 0;
    for (String column : detect) {
      if (header.contains(Header.normalize(column))) {
        matched++;
      }
    }
    return matched;
  }

  /** True when a header (normalised names) has every detect column, as the profile names them. */
  private boolean fitsEnglish(Set<String> header) {
    return matched(header) == detect.size();
  }

  /**
   * The language in which a header (normalised names) has every detect column: the profile's own
   * words first, then each of its languages; null when it fits in none.
   */
  Words language(Set<String> header) {
    if (fitsEnglish(header)) {
      return Words.ENGLISH;
    }
    for (Words words : languages) {
      if (fitsEnglish(words.toEnglish(header))) {
        return words;
      }
    }
    return null;
  }

  /** True when a header (normalised names) has every detect column in one of its languages. */
  boolean fits(Set<String> header) {
    return language(header) != null;
  }

  /**
   * The detect columns a header lacks, by the profile's own (English) names: the nearest layout is
   * judged on them, so that a canonical file's {@code client} is not taken for French Kimai.
   */
  List<String> lacks(Set<String> header) {
    return detect.stream().filter(c -> !header.contains(Header.normalize(c))).toList();
  }

  /** True when a field reads an ID through the named lookup. */
  boolean uses(String lookup) {
    for (FieldRule rule : fields.values()) {
      if (lookup.equals(rule.lookup())) {
        return true;
      }
      for (FieldRule c : rule.cases()) {
        if (lookup.equals(c.lookup())) {
          return true;
        }
      }
    }
    return false;
  }
}
