package io.mrrlens.engine;

import io.mrrlens.config.Config;
import io.mrrlens.model.FileKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where a book is and how to read it: what every workflow that reads books is given.
 *
 * @param folder the books folder
 * @param name the folder as the user named it (e.g. {@code samples/msp-book}), for headings
 * @param config the settings: defaults, then the config file, then the command's flags
 * @param configFile the config file the settings came from, or null
 * @param files files given by kind in place of the folder's (the config's {@code files.*} apply to
 *     the kinds not given)
 * @param asOf the date to report at, or null for the latest date in the books
 * @param cache whether the import cache may be read and written
 * @param exportClient the client of a per-client export that has no client column, or null
 */
public record BooksSource(
    Path folder,
    String name,
    Config config,
    Path configFile,
    Map<FileKind, List<Path>> files,
    LocalDate asOf,
    boolean cache,
    String exportClient) {

  /** This source with other settings (a command's own flags laid over them). */
  public BooksSource withConfig(Config settings) {
    return new BooksSource(folder, name, settings, configFile, files, asOf, cache, exportClient);
  }

  /** This source read as a per-client export of the given client (null: none). */
  public BooksSource withExportClient(String client) {
    return new BooksSource(folder, name, config, configFile, files, asOf, cache, client);
  }

  /** The folder's own name, e.g. {@code msp-book}: what a document handed on shows of it. */
  public String folderName() {
    Path own = folder.toAbsolutePath().normalize().getFileName();
    return own == null ? name : own.toString();
  }
}
