package io.mrrlens.file;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Why reading or writing a file failed, in words a user can act on. */
public final class FileFailure {
  private FileFailure() {}

  /** The cause of a failed read or write of {@code path}, without a Java class name. */
  public static String reason(IOException e, Path path) {
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      Path blocking = blockingFile(path);
      return blocking != null
          ? blocking + " is a file, not a folder"
          : "a file of that name is in the way";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof DirectoryNotEmptyException
        || (e instanceof FileSystemException && Files.isDirectory(path))) {
      return path + " is a folder, not a file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** The path or its first existing ancestor, when that is something other than a folder. */
  private static Path blockingFile(Path path) {
    for (Path p = path; p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return Files.isDirectory(p) ? null : p;
      }
    }
    return null;
  }
}
