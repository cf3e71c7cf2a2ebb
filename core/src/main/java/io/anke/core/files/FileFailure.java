package io.anke.core.files;

import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why reading or writing a file failed, in words a person can act on: the usual causes by name (no
 * such directory, a file in the way, permission denied, disk full, …), otherwise the system's
 * reason without the file names it carries — for a write one of them is the temporary file the data
 * went to first, which the user never asked for. The command line, the Maven plugin and the
 * library's own writers report failures with it.
 */
public final class FileFailure {
  private static final TextBundle TEXT =
      TextBundle.of("io.anke.core.files.Messages", FileFailure.class.getClassLoader());

  private FileFailure() {}

  /**
   * Why {@code e} happened while reading or writing {@code path}.
   *
   * @param path the file the user named, or null for standard input or output
   * @param e what the file system reported
   * @return the reason in both languages, without any file name the user did not give
   */
  public static Text reason(Path path, IOException e) {
    Path parent = path == null ? null : path.toAbsolutePath().getParent();
    String system = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    String s = system == null ? "" : system.toLowerCase(Locale.ROOT);
    if (e instanceof NoSuchFileException
        || e instanceof NotDirectoryException
        || e instanceof FileAlreadyExistsException // creating a directory where a file is
        || s.contains("not a directory")) {
      if (parent != null && !Files.isDirectory(parent)) {
        // The nearest existing ancestor: a file in the way, or the directory that lacks the rest.
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) {
          existing = existing.getParent();
        }
        return existing != null && !Files.isDirectory(existing)
            ? TEXT.text("notADirectory", existing.toString())
            : TEXT.text("noSuchDirectory", parent.toString());
      }
      if (e instanceof NoSuchFileException) {
        // The directory exists (or there is none, standard output): it is the file that is gone.
        return TEXT.text("noSuchFile");
      }
    }
    if (e instanceof AccessDeniedException
        || s.contains("permission denied")
        || s.contains("operation not permitted")) {
      return TEXT.text("permissionDenied");
    }
    for (String[] known :
        new String[][] {
          {"no space left", "diskFull"},
          {"quota", "quota"},
          {"read-only file system", "readOnly"},
          {"is a directory", "isDirectory"},
          {"name too long", "nameTooLong"}
        }) {
      if (s.contains(known[0])) {
        return TEXT.text(known[1]);
      }
    }
    return Text.same(system == null || system.isBlank() ? e.getClass().getSimpleName() : system);
  }
}
