package io.anke.scan.classpath;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The entries a jar's manifest {@code Class-Path} attribute adds to the class path, as the JVM's
 * application class loader follows them ({@code java -jar app.jar} with its libraries in {@code
 * lib/}): space-separated URLs, relative ones resolved against the jar's own location.
 */
final class ManifestClassPath {
  private ManifestClassPath() {}

  /**
   * The URIs named by {@code jar}'s {@code Class-Path}, resolved; empty when {@code jar} is not a
   * readable jar file or names none. An entry that is not a valid URL is left out, as the JVM
   * ignores it; whether an entry exists is for the caller to see.
   */
  static List<URI> of(Path jar) {
    if (!Files.isRegularFile(jar)) {
      return List.of();
    }
    String value;
    try (JarFile file = new JarFile(jar.toFile(), false)) {
      Manifest m = file.getManifest();
      value = m == null ? null : m.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
    } catch (IOException | SecurityException e) {
      // not a jar the JVM could read either: reading it for its components reports it
      return List.of();
    }
    if (value == null) {
      return List.of();
    }
    URI base = jar.toAbsolutePath().toUri();
    List<URI> out = new ArrayList<>();
    for (String entry : value.strip().split("\\s+")) {
      if (entry.isEmpty()) {
        continue;
      }
      try {
        out.add(base.resolve(new URI(entry)));
      } catch (URISyntaxException e) {
        // the JVM skips an entry that is not a URL
      }
    }
    return out;
  }
}
