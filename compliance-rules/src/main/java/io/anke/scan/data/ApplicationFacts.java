package io.anke.scan.data;

import io.anke.core.rule.FactCoverage;
import io.anke.scan.archive.ArchiveEntry;
import io.anke.scan.archive.ArchiveVisitor;
import io.anke.scan.archive.ArchiveWalker;
import io.anke.scan.config.ConfigFile;
import io.anke.scan.config.ConfigFileCollector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts the {@code CONFIG-} and {@code DATA-} rules read from a scanned target, collected in
 * one walk: the application's configuration files ({@link io.anke.scan.config.ConfigFile}), its
 * classes with personal-information fields ({@link ClassWithPersonalData}) and what its classes
 * declare with {@code @DataResource} and {@code @Classified} ({@link ClassificationDeclaration}).
 * Bundled libraries are not opened. A scan attaches the result to its context:
 *
 * <pre>{@code
 * context.facts(ApplicationFacts.collect(Path.of("app.jar"), "app.jar"));
 * }</pre>
 */
public final class ApplicationFacts {
  /** What {@link #collect} looks for, attached with what it found. */
  private static final FactCoverage KEYS =
      FactCoverage.gathered(
          ConfigFile.KEY, ClassWithPersonalData.KEY, ClassificationDeclaration.KEY);

  private ApplicationFacts() {}

  /**
   * Reads one target (jar, war, ear, zip, class directory).
   *
   * @param target the file or directory
   * @param displayName how reports name it, usually relative to the working directory
   * @return the {@link io.anke.scan.config.ConfigFile}s, then the {@link ClassWithPersonalData}s,
   *     then the {@link ClassificationDeclaration}s, then a {@link FactCoverage} saying these three
   *     kinds were looked for
   * @throws io.anke.core.InputException when the target is missing, corrupt or over a limit
   * @throws IOException when it cannot be read
   */
  public static List<Object> collect(Path target, String displayName) throws IOException {
    ConfigFileCollector config = new ConfigFileCollector(true);
    DataFieldCollector data = new DataFieldCollector(true);
    ArchiveWalker.withDefaults()
        .walk(
            target,
            displayName,
            new ArchiveVisitor() {
              @Override
              public boolean enterArchive(ArchiveEntry archive) {
                // both collectors track the libraries; neither needs them opened
                boolean a = config.enterArchive(archive);
                boolean b = data.enterArchive(archive);
                return a && b;
              }

              @Override
              public void visitEntry(ArchiveEntry entry, InputStream content) throws IOException {
                if (entry.isClass()) {
                  data.visitEntry(entry, content);
                } else {
                  config.visitEntry(entry, content);
                }
              }
            });
    List<Object> out = new ArrayList<>(config.files());
    out.addAll(data.classes());
    out.addAll(data.declarations());
    out.add(KEYS);
    return out;
  }
}
