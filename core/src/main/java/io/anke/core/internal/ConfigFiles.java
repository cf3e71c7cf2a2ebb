package io.anke.core.internal;

import io.anke.core.ConfigurationException;
import io.anke.core.files.FileFailure;
import io.anke.core.files.Utf8Text;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads small UTF-8 configuration files, turning every failure into a ConfigurationException. */
public final class ConfigFiles {
  /** Configuration files are small; anything bigger is a mistake (or an attack). */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  private ConfigFiles() {}

  /** Reads a user's file. */
  public static String read(Path file) {
    return read(file, file.toString());
  }

  /** Reads a user's file, naming it {@code name} in errors (e.g. relative to the working dir). */
  public static String read(Path file, String name) {
    try (InputStream in = Files.newInputStream(file)) {
      return decode(name, in.readNBytes(MAX_BYTES + 1));
    } catch (NoSuchFileException e) {
      throw new ConfigurationException(name, 0, CoreMessage.CONFIG_NO_SUCH_FILE.text());
    } catch (AccessDeniedException e) {
      throw new ConfigurationException(name, 0, CoreMessage.CONFIG_PERMISSION_DENIED.text());
    } catch (IOException e) {
      // The reason without the absolute path the system's message repeats after the name.
      throw new ConfigurationException(
          name, 0, CoreMessage.CONFIG_CANNOT_READ.text(FileFailure.reason(file, e)), e);
    }
  }

  /** Reads a bundled resource. */
  public static String read(URL url, String name) {
    try (InputStream in = url.openStream()) {
      return decode(name, in.readNBytes(MAX_BYTES + 1));
    } catch (IOException e) {
      throw new ConfigurationException(
          name, 0, CoreMessage.CONFIG_CANNOT_READ.text(e.getMessage()), e);
    }
  }

  private static String decode(String name, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new ConfigurationException(
          name, 0, CoreMessage.CONFIG_FILE_TOO_LARGE.text(MAX_BYTES / (1024 * 1024)));
    }
    try {
      return Utf8Text.decode(bytes);
    } catch (CharacterCodingException e) {
      throw new ConfigurationException(name, 0, CoreMessage.CONFIG_NOT_UTF8.text());
    }
  }
}
