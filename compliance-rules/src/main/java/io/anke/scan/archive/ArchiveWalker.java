package io.anke.scan.archive;

import io.anke.core.InputException;
import io.anke.core.rule.Text;
import io.anke.scan.archive.internal.CountingInputStream;
import io.anke.scan.archive.internal.EntryInputStream;
import io.anke.scan.archive.internal.FileDigest;
import io.anke.scan.archive.internal.HashWorker;
import io.anke.scan.archive.internal.TailInputStream;
import io.anke.scan.archive.internal.WalkBudget;
import io.anke.scan.archive.internal.ZipLayout;
import io.anke.scan.internal.ScanMessage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Streams the files of a jar, war, ear or zip (or a directory, or a single class file) to an {@link
 * ArchiveVisitor}, opening nested archives such as {@code BOOT-INF/lib/*.jar}, {@code
 * WEB-INF/lib/*.jar} and an ear's {@code lib/*.jar} recursively while they stream: nothing is
 * extracted to disk and no archive is held in memory whole.
 *
 * <p>Untrusted input is bounded by {@link ArchiveLimits} (nesting depth, entries, total
 * uncompressed bytes, per-entry compression ratio) and by loop detection: a nested archive whose
 * first 64 KiB (and size, when both are declared) equal those of an archive in its own chain is a
 * self-containing archive (a zip quine) and is rejected. Every violation and every corrupt archive
 * ends the walk with an {@link InputException} naming the archive path.
 *
 * <p>Instances are immutable and thread-safe; each {@code walk} call is independent.
 */
public final class ArchiveWalker {

  /**
   * Names opened as nested archives by default: jar, war and ear files at any path ({@code .rar} is
   * left out: the name is shared with RAR files, which are not zip archives).
   */
  public static final Predicate<String> NESTED_JAVA_ARCHIVES =
      name ->
          // regionMatches instead of lowercasing: the test runs on every entry of every archive
          name.regionMatches(true, name.length() - 4, ".jar", 0, 4)
              || name.regionMatches(true, name.length() - 4, ".war", 0, 4)
              || name.regionMatches(true, name.length() - 4, ".ear", 0, 4);

  private static final int HEAD_BYTES = 64 * 1024;
  private static final int BUFFER_BYTES = 64 * 1024;

  /** From this size on, an archive file's digest is taken on a thread of its own. */
  private static final long PARALLEL_DIGEST_BYTES = 4L << 20;

  private final ArchiveLimits limits;
  private final Predicate<String> nestedArchives;
  private final boolean digests;
  private final boolean centralDirectory;

  private ArchiveWalker(Builder builder) {
    this.limits = builder.limits;
    this.nestedArchives = builder.nestedArchives;
    this.digests = builder.digests;
    this.centralDirectory = builder.centralDirectory;
  }

  /** A walker with {@link ArchiveLimits#DEFAULT}, default nesting and no digests. */
  public static ArchiveWalker withDefaults() {
    return builder().build();
  }

  /** Starts configuring a walker. */
  public static Builder builder() {
    return new Builder();
  }

  /** The limits this walker enforces. */
  public ArchiveLimits limits() {
    return limits;
  }

  /** Walks {@code target}, naming it by its path as given. */
  public void walk(Path target, ArchiveVisitor visitor) throws IOException {
    walk(target, target.toString().replace('\\', '/'), visitor);
  }

  /**
   * Walks {@code target}: a directory (files in sorted order, archives among them opened), a {@code
   * .class} file, or any other file read as a zip archive.
   *
   * @param displayName how {@code target} is named in entry paths and errors, typically relative to
   *     the working directory
   * @throws InputException when the target is missing, not an archive, corrupt or over a limit
   * @throws IOException when reading fails or the visitor throws it
   */
  public void walk(Path target, String displayName, ArchiveVisitor visitor) throws IOException {
    Objects.requireNonNull(visitor, "visitor");
    try (HashWorker hashes = digests ? new HashWorker() : null) {
      walk(target, displayName, visitor, new WalkBudget(limits, hashes));
    }
  }

  private void walk(Path target, String displayName, ArchiveVisitor visitor, WalkBudget budget)
      throws IOException {
    if (Files.isDirectory(target)) {
      walkDirectory(target, displayName, budget, visitor);
      return;
    }
    if (!Files.isRegularFile(target)) {
      throw new InputException(displayName, 0, ScanMessage.ARCHIVE_NO_SUCH_FILE.text());
    }
    long size = Files.size(target);
    ArchiveEntry self = ArchiveEntry.of(displayName, List.of(), fileName(displayName), size);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(target), BUFFER_BYTES)) {
      if (self.isClass()) {
        budget.countEntry(displayName);
        EntryInputStream content = new EntryInputStream(in, null, budget, displayName, "");
        visitor.visitEntry(self, content);
        return;
      }
      long start = dataStart(target, displayName, size);
      visitor.enterArchive(self);
      if (centralDirectory) {
        walkZipFile(self, target, List.of(), budget, visitor);
      } else if (digests && size >= PARALLEL_DIGEST_BYTES) {
        // The file's digest on another thread: hashing every byte of a large archive on the walking
        // thread would add its whole cost to the walk's.
        FileDigest digest = FileDigest.start(target, sha256());
        try {
          walkArchive(self, in, size, start, List.of(), budget, visitor, digest);
        } finally {
          digest.cancel();
        }
      } else {
        walkArchive(self, in, size, start, List.of(), budget, visitor, null);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(displayName, 0, ScanMessage.ARCHIVE_NO_SUCH_FILE.text(), e);
    }
  }

  /**
   * Walks an archive given as a stream (for example standard input), which this method does not
   * close.
   */
  public void walk(InputStream archive, String displayName, ArchiveVisitor visitor)
      throws IOException {
    Objects.requireNonNull(visitor, "visitor");
    try (HashWorker hashes = digests ? new HashWorker() : null) {
      WalkBudget budget = new WalkBudget(limits, hashes);
      ArchiveEntry self = ArchiveEntry.of(displayName, List.of(), fileName(displayName), -1);
      visitor.enterArchive(self);
      InputStream in =
          archive instanceof BufferedInputStream
              ? archive
              : new BufferedInputStream(archive, BUFFER_BYTES);
      walkArchive(self, in, -1, -1, List.of(), budget, visitor, null);
    }
  }

  /**
   * One container on the way from the walk root to the current entry, with its first bytes (at most
   * 64 KiB, compared directly: hashing them for every archive cost more than the comparison).
   */
  private record Frame(String path, byte[] head, long size) {}

  private void walkDirectory(
      Path dir, String displayName, WalkBudget budget, ArchiveVisitor visitor) throws IOException {
    ArchiveEntry self = ArchiveEntry.of(displayName, List.of(), fileName(displayName), -1);
    visitor.enterArchive(self);
    List<String> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(Files::isRegularFile)
              .map(p -> dir.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    List<String> chain = List.of(displayName);
    List<Frame> ancestors = List.of(new Frame(displayName, null, -1));
    String prefix = displayName.endsWith("/") ? displayName : displayName + "/";
    for (String relative : files) {
      String path = prefix + printable(relative);
      budget.countEntry(path);
      Path file = dir.resolve(relative);
      long size = Files.size(file);
      ArchiveEntry entry = ArchiveEntry.of(path, chain, relative, size);
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES)) {
        EntryInputStream content = new EntryInputStream(in, null, budget, path, displayName);
        if (nestedArchives.test(relative)
            && checkDepth(entry, ancestors)
            && visitor.enterArchive(entry)) {
          long start = dataStart(file, path, size);
          if (centralDirectory) {
            walkZipFile(entry, file, ancestors, budget, visitor);
          } else {
            walkArchive(entry, content, size, start, ancestors, budget, visitor, null);
          }
        } else {
          visitor.visitEntry(entry, content);
        }
      }
    }
    visitor.leaveArchive(self, null);
  }

  /**
   * Walks one archive.
   *
   * @param knownStart where the zip data starts when the archive is a file (found from its
   *     structure), or -1 for a stream, whose first bytes are searched
   * @param fileDigest the archive file's digest taken beside the walk, or null to take it from the
   *     stream (when digests are on)
   */
  private void walkArchive(
      ArchiveEntry self,
      InputStream in,
      long size,
      long knownStart,
      List<Frame> ancestors,
      WalkBudget budget,
      ArchiveVisitor visitor,
      FileDigest fileDigest)
      throws IOException {
    TailInputStream tail = new TailInputStream(in);
    // A walk that takes digests always has a hash worker (walk() makes one).
    HashWorker.Hashing hashing =
        digests && fileDigest == null ? budget.hashes().hash(tail, sha256()) : null;
    InputStream source = hashing == null ? tail : hashing;
    // A prefix (launch script, native stub) is read, not skipped, so that the digest covers it.
    byte[] skip = new byte[BUFFER_BYTES];
    for (long left = knownStart; left > 0; ) {
      int n = source.readNBytes(skip, 0, (int) Math.min(BUFFER_BYTES, left));
      if (n == 0) {
        break;
      }
      left -= n;
    }
    byte[] head = source.readNBytes(HEAD_BYTES);
    int start = ZipLayout.dataStart(head);
    if (start < 0 || knownStart >= 0 && start != 0) {
      throw new InputException(self.path(), 0, notAnArchive(head.length == 0));
    }
    List<Frame> chainFrames = framesWith(self, head, size, ancestors);
    List<String> chain = chainWith(self);

    // SequenceInputStream closes each part at its end; the rest is still needed afterwards.
    InputStream body =
        new SequenceInputStream(
            new ByteArrayInputStream(head, start, head.length - start),
            new FilterInputStream(source) {
              @Override
              public void close() {}
            });
    CountingInputStream compressed = new CountingInputStream(body);
    // Names without the UTF-8 flag are decoded as ISO-8859-1, which never fails: class names are
    // ASCII, and an archive written with a legacy code page must not stop the scan.
    ZipInputStream zip = new ZipInputStream(compressed, StandardCharsets.ISO_8859_1);
    int streamed = 0;
    while (true) {
      ZipEntry zipEntry;
      try {
        zipEntry = zip.getNextEntry();
      } catch (ZipException | EOFException | IllegalArgumentException e) {
        throw new InputException(
            self.path(), 0, ScanMessage.ARCHIVE_CORRUPT.text(Text.messageOf(e)), e);
      }
      if (zipEntry == null) {
        break;
      }
      streamed++;
      if (zipEntry.isDirectory()) {
        continue;
      }
      ArchiveEntry entry = entryOf(self, chain, zipEntry, budget);
      EntryInputStream content =
          new EntryInputStream(zip, compressed, budget, entry.path(), self.path());
      dispatch(entry, content, chainFrames, budget, visitor);
      content.drain();
    }
    // The central directory follows the last entry; read it so that the digest covers every byte,
    // and check it: a streaming reader alone cannot tell an archive cut off between two entries
    // (or one whose directory lists entries the stream does not hold) from a complete one.
    source.transferTo(OutputStream.nullOutputStream());
    int declared = tail.declaredEntries();
    if (declared < 0) {
      throw new InputException(self.path(), 0, ScanMessage.ARCHIVE_TRUNCATED.text(streamed));
    }
    if (declared != 0xFFFF && declared != (streamed & 0xFFFF)) {
      throw new InputException(
          self.path(), 0, ScanMessage.ARCHIVE_ENTRY_COUNT_MISMATCH.text(declared, streamed));
    }
    String sha256 =
        fileDigest != null ? fileDigest.get() : hashing != null ? hashing.finish() : null;
    visitor.leaveArchive(self, sha256);
  }

  /**
   * The frames of {@code ancestors} and then {@code self}; throws when {@code self}, by its first
   * bytes {@code head} and its size, repeats one of them (an archive loop).
   */
  private static List<Frame> framesWith(
      ArchiveEntry self, byte[] head, long size, List<Frame> ancestors) {
    for (Frame ancestor : ancestors) {
      if (ancestor.head() != null
          && Arrays.equals(ancestor.head(), head)
          && (ancestor.size() < 0 || size < 0 || ancestor.size() == size)) {
        throw new InputException(self.path(), 0, ScanMessage.ARCHIVE_LOOP.text(ancestor.path()));
      }
    }
    List<Frame> frames = new ArrayList<>(ancestors);
    frames.add(new Frame(self.path(), head, size));
    return frames;
  }

  /** The containers holding the entries of {@code self}: its own chain, then itself. */
  private static List<String> chainWith(ArchiveEntry self) {
    List<String> chain = new ArrayList<>(self.chain());
    chain.add(self.path());
    return List.copyOf(chain);
  }

  /**
   * Walks an archive file through its central directory ({@link ZipFile}): an entry is inflated
   * only when a visitor reads it (nested archives are opened and streamed as usual), so that
   * identifying a library costs its directory and a few small entries instead of every byte. The
   * digest is taken over the whole file, as the streaming walk takes it.
   */
  private void walkZipFile(
      ArchiveEntry self,
      Path file,
      List<Frame> ancestors,
      WalkBudget budget,
      ArchiveVisitor visitor)
      throws IOException {
    long size = Files.size(file);
    long start;
    byte[] head;
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      start = ZipLayout.dataStart(channel);
      channel.position(Math.max(0, start));
      head = Channels.newInputStream(channel).readNBytes(HEAD_BYTES);
    }
    if (start < 0) {
      throw new InputException(self.path(), 0, notAnArchive(size == 0));
    }
    List<Frame> chainFrames = framesWith(self, head, size, ancestors);
    List<String> chain = chainWith(self);
    ZipFile zip;
    try {
      // As in the streaming walk, names without the UTF-8 flag are read as ISO-8859-1.
      zip = new ZipFile(file.toFile(), ZipFile.OPEN_READ, StandardCharsets.ISO_8859_1);
    } catch (ZipException e) {
      throw new InputException(
          self.path(), 0, ScanMessage.ARCHIVE_CORRUPT.text(Text.messageOf(e)), e);
    }
    try (zip) {
      for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
        ZipEntry zipEntry = next(all, self);
        if (zipEntry.isDirectory()) {
          continue;
        }
        ArchiveEntry entry = entryOf(self, chain, zipEntry, budget);
        try (InputStream content =
            new OnFirstRead(zip, zipEntry, budget, entry.path(), self.path())) {
          dispatch(entry, content, chainFrames, budget, visitor);
        }
      }
    }
    visitor.leaveArchive(self, digests ? digestOf(file) : null);
  }

  /**
   * The next entry of a zip file: ZipFile decodes a name flagged as UTF-8 only now, and answers one
   * that is not UTF-8 with an {@link IllegalArgumentException}.
   */
  private static ZipEntry next(Enumeration<? extends ZipEntry> entries, ArchiveEntry self) {
    try {
      return entries.nextElement();
    } catch (IllegalArgumentException e) {
      throw new InputException(
          self.path(), 0, ScanMessage.ARCHIVE_CORRUPT.text(Text.messageOf(e)), e);
    }
  }

  /** A file entry of the archive {@code self}, counted against the budget. */
  private static ArchiveEntry entryOf(
      ArchiveEntry self, List<String> chain, ZipEntry zipEntry, WalkBudget budget) {
    String name = zipEntry.getName();
    String path = self.path() + "!/" + printable(name);
    budget.countEntry(path);
    return ArchiveEntry.of(path, chain, name, zipEntry.getSize());
  }

  /** Opens {@code entry} as a nested archive when it is one the visitor enters, else visits it. */
  private void dispatch(
      ArchiveEntry entry,
      InputStream content,
      List<Frame> frames,
      WalkBudget budget,
      ArchiveVisitor visitor)
      throws IOException {
    if (nestedArchives.test(entry.name())
        && checkDepth(entry, frames)
        && visitor.enterArchive(entry)) {
      walkArchive(entry, content, entry.size(), -1, frames, budget, visitor, null);
    } else {
      visitor.visitEntry(entry, content);
    }
  }

  /** The entry's bytes, inflated from the zip file only once a visitor reads them. */
  private static final class OnFirstRead extends InputStream {
    private final ZipFile zip;
    private final ZipEntry zipEntry;
    private final WalkBudget budget;
    private final String path;
    private final String container;
    private InputStream raw;
    private EntryInputStream in;

    OnFirstRead(ZipFile zip, ZipEntry zipEntry, WalkBudget budget, String path, String container) {
      this.zip = zip;
      this.zipEntry = zipEntry;
      this.budget = budget;
      this.path = path;
      this.container = container;
    }

    private EntryInputStream open() throws IOException {
      if (in == null) {
        try {
          raw = zip.getInputStream(zipEntry);
        } catch (ZipException e) {
          throw new InputException(
              container, 0, ScanMessage.ARCHIVE_CORRUPT_ENTRY.text(path, Text.messageOf(e)), e);
        }
        in =
            EntryInputStream.ofZipFileEntry(
                raw, zipEntry.getCompressedSize(), budget, path, container);
      }
      return in;
    }

    @Override
    public int read() throws IOException {
      return checked(open().read());
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return checked(open().read(b, off, len));
    }

    /**
     * At the end of the entry, its bytes against the size the central directory declares: the
     * visitor was given that size, and ZipFile does not compare the two for a stored entry.
     */
    private int checked(int n) {
      long declared = zipEntry.getSize();
      if (n < 0 && declared >= 0 && in.produced() != declared) {
        throw new InputException(
            container,
            0,
            ScanMessage.ARCHIVE_ENTRY_SIZE_MISMATCH.text(path, declared, in.produced()));
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      return open().skip(n);
    }

    @Override
    public void close() throws IOException {
      if (raw != null) {
        raw.close();
      }
    }
  }

  /** Lowercase hex SHA-256 of a file's bytes. */
  private static String digestOf(Path file) throws IOException {
    return FileDigest.of(file, sha256());
  }

  /** Returns true, or throws when an archive at this position would be too deeply nested. */
  private boolean checkDepth(ArchiveEntry entry, List<Frame> ancestors) {
    if (ancestors.size() > limits.maxDepth()) {
      throw new InputException(
          entry.path(), 0, ScanMessage.ARCHIVE_TOO_DEEP.text(limits.maxDepth()));
    }
    return true;
  }

  /** Where the zip data of a file starts; an input error when it holds no zip archive. */
  private static long dataStart(Path file, String displayName, long size) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long start = ZipLayout.dataStart(channel);
      if (start < 0) {
        throw new InputException(displayName, 0, notAnArchive(size == 0));
      }
      return start;
    }
  }

  private static String notAnArchive(boolean empty) {
    return empty
        ? "empty file, not a zip archive"
        : "not a zip archive (no zip local file header, and no end-of-central-directory record"
            + " that locates one after a prefix)";
  }

  /** Control characters in entry names would break text reports; show them as '?'. */
  private static String printable(String name) {
    StringBuilder out = null;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        if (out == null) {
          out = new StringBuilder(name);
        }
        out.setCharAt(i, '?');
      }
    }
    return out == null ? name : out.toString();
  }

  private static String fileName(String displayName) {
    String trimmed =
        displayName.endsWith("/")
            ? displayName.substring(0, displayName.length() - 1)
            : displayName;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(ScanMessage.ARCHIVE_SHA256_MISSING.english(), e);
    }
  }

  /** Configures an {@link ArchiveWalker}. */
  public static final class Builder {
    private ArchiveLimits limits = ArchiveLimits.DEFAULT;
    private Predicate<String> nestedArchives = NESTED_JAVA_ARCHIVES;
    private boolean digests;
    private boolean centralDirectory;

    private Builder() {}

    /** The limits to enforce (default {@link ArchiveLimits#DEFAULT}). */
    public Builder limits(ArchiveLimits value) {
      this.limits = Objects.requireNonNull(value, "limits");
      return this;
    }

    /**
     * Which entry names (inside archives and directories) are opened as nested archives (default
     * {@link #NESTED_JAVA_ARCHIVES}).
     */
    public Builder nestedArchives(Predicate<String> value) {
      this.nestedArchives = Objects.requireNonNull(value, "nestedArchives");
      return this;
    }

    /** Whether to compute each archive's SHA-256 for {@link ArchiveVisitor#leaveArchive}. */
    public Builder digests(boolean value) {
      this.digests = value;
      return this;
    }

    /**
     * Whether archive files (the walk target, and archives in a walked directory) are read through
     * their central directory, inflating only the entries a visitor reads (default false: every
     * entry is streamed and inflated, and the stream is checked against the central directory). For
     * archives a running JVM has already opened the same way, such as the class path the start-up
     * guard identifies; nested archives are streamed either way. An entry whose compressed data is
     * corrupt then goes unnoticed unless a visitor reads it.
     */
    public Builder centralDirectory(boolean value) {
      this.centralDirectory = value;
      return this;
    }

    /** The walker. */
    public ArchiveWalker build() {
      return new ArchiveWalker(this);
    }
  }
}
