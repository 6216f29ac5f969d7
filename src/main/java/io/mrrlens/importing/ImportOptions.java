package io.mrrlens.importing;

import io.mrrlens.model.FileKind;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to import a book.
 *
 * @param encoding the encoding of every file, or null to detect (UTF-8, else Windows-1252)
 * @param dateFormat a non-ISO date pattern ({@code MM/dd/yyyy}), or null to detect per file
 * @param decimalComma true: numbers use a decimal comma ({@code 1.234,50}); false: a decimal point
 *     ({@code 1,234.50}); null: detected per file (per column where the file mixes them)
 * @param onError what a bad row does
 * @param rejectsDir where {@code skip} writes the rejected rows
 * @param aliases other spellings of client names: the key of a spelling to the one name to use
 * @param files files given explicitly, by kind; a kind not in the map is found in the folder
 * @param profiles the import profiles to detect among; empty for every built-in one
 * @param canonicalOnly read every file in the canonical layout, detecting no profile
 * @param client the client of an export that has no client column (a per-client export), or null
 */
public record ImportOptions(
    Charset encoding,
    String dateFormat,
    Boolean decimalComma,
    ErrorPolicy onError,
    Path rejectsDir,
    Map<String, String> aliases,
    Map<FileKind, List<Path>> files,
    List<Profile> profiles,
    boolean canonicalOnly,
    String client) {

  /** Detect everything, fail on bad rows, no aliases. */
  public static ImportOptions defaults() {
    return new ImportOptions(
        null, null, null, ErrorPolicy.FAIL, null, Map.of(), Map.of(), List.of(), false, null);
  }

  /** These options with another error policy and rejects folder. */
  public ImportOptions withOnError(ErrorPolicy policy, Path rejects) {
    return new ImportOptions(
        encoding,
        dateFormat,
        decimalComma,
        policy,
        rejects,
        aliases,
        files,
        profiles,
        canonicalOnly,
        client);
  }

  /** These options with files given explicitly and the client of a per-client export. */
  public ImportOptions withFiles(Map<FileKind, List<Path>> given, String clientName) {
    return new ImportOptions(
        encoding,
        dateFormat,
        decimalComma,
        onError,
        rejectsDir,
        aliases,
        given,
        profiles,
        canonicalOnly,
        clientName);
  }
}
