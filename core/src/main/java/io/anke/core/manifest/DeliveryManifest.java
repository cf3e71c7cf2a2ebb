package io.anke.core.manifest;

import io.anke.core.ConfigurationException;
import io.anke.core.InputException;
import io.anke.core.files.FileFailure;
import io.anke.core.files.Utf8Text;
import io.anke.core.internal.CoreMessage;
import io.anke.core.manifest.ProgramIntegrity.Difference;
import io.anke.core.manifest.ProgramIntegrity.Kind;
import io.anke.core.manifest.ProgramIntegrity.SignatureStatus;
import io.anke.core.rule.Text;
import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.envelope.CmsContentTypes;
import io.anke.crypto.envelope.CmsSignature;
import io.anke.crypto.keyset.KeyInfo;
import io.anke.crypto.keyset.KeyStatus;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.provider.KeyProvider;
import io.anke.crypto.provider.KeyProviderException;
import io.anke.crypto.provider.Sm2SigningKeyHandle;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm3.Sm3;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SignatureException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A delivery manifest: the SM3 digest of every file of a delivery, by its path relative to the
 * manifest's directory, signed with SM2 in a detached CMS signature beside it ({@code
 * <manifest>.p7s}, DER). The text format (see {@code docs/formats.md}):
 *
 * <pre>
 * anke-delivery-manifest 1
 * sm3 66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0  app.jar
 * sm3 …  lib/dm-jdbc-8.1.jar
 * </pre>
 *
 * <p>UTF-8, LF line ends, paths with {@code /} separators sorted by their UTF-8 bytes. The
 * signature covers exactly the manifest's bytes; its SM2 signer info uses the empty distinguishing
 * ID, which is what OpenSSL 3's {@code cms} command signs and verifies with, so {@code openssl cms
 * -verify -binary -inform DER -content MANIFEST -in MANIFEST.p7s} checks it too.
 *
 * <p>Trust: the verifier names the trusted key (a public key, certificate or public keyset file);
 * the signature must be made by that key. A signer's certificate inside the signature is carried
 * for other tools but proves nothing by itself; a key without a certificate is named in the
 * signature by its key identifier, and no certificate is ever invented for it.
 *
 * <p>Immutable.
 */
public final class DeliveryManifest {
  /** The first line of a manifest of this version. */
  public static final String HEADER = "anke-delivery-manifest 1";

  /** The file name {@code anke sign} and the Maven plugin use unless told otherwise. */
  public static final String DEFAULT_FILE_NAME = "anke-manifest.txt";

  /** Appended to the manifest's file name to name its signature. */
  public static final String SIGNATURE_SUFFIX = ".p7s";

  /** The SM2 distinguishing ID of manifest signatures: empty, as OpenSSL 3's cms uses. */
  private static final byte[] SIGNER_ID = new byte[0];

  private static final String HEADER_WORD = "anke-delivery-manifest ";
  private static final int MAX_MANIFEST_BYTES = 64 << 20;
  private static final int MAX_SIGNATURE_BYTES = 1 << 20;
  private static final int MAX_KEY_FILE_BYTES = 1 << 20;
  private static final Pattern ENTRY = Pattern.compile("sm3 ([0-9a-f]{64})  (.+)");
  private static final Pattern ALGORITHM = Pattern.compile("([A-Za-z0-9-]+) [0-9A-Fa-f]+ .*");
  private static final Comparator<String> UTF8_ORDER =
      (a, b) ->
          Arrays.compareUnsigned(
              a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  /**
   * One file of the manifest.
   *
   * @param path relative, {@code /}-separated, without {@code .} or {@code ..} segments
   * @param sm3 the SM3 digest, 64 lowercase hex digits
   */
  public record Entry(String path, String sm3) {
    /** Checks the parts. */
    public Entry {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sm3, "sm3");
    }
  }

  private final List<Entry> entries;

  private DeliveryManifest(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(Entry::path, UTF8_ORDER));
    this.entries = List.copyOf(sorted);
  }

  /** The entries, sorted by path. */
  public List<Entry> entries() {
    return entries;
  }

  /** The manifest text as signed: UTF-8, LF line ends. */
  public byte[] toBytes() {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Entry e : entries) {
      sb.append("sm3 ").append(e.sm3()).append("  ").append(e.path()).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The signature file of {@code manifest}: the same name with {@code .p7s} appended. */
  public static Path signatureOf(Path manifest) {
    return manifest.resolveSibling(manifest.getFileName() + SIGNATURE_SUFFIX);
  }

  // ---- creating ----

  /**
   * The manifest of {@code inputs} for a manifest file at {@code manifestFile}: each file named,
   * and every regular file under each directory named (symbolic links to files are read, links to
   * directories are not followed), except the manifest and its signature. Paths are relative to the
   * manifest's directory, under which every input must lie. Files are read as streams, so their
   * size does not matter.
   *
   * @throws InputException if an input does not exist or cannot be read, a file name cannot be
   *     written in a manifest (control characters, backslashes), or there is no file at all
   * @throws ConfigurationException if an input lies outside the manifest's directory
   */
  public static DeliveryManifest create(Path manifestFile, List<Path> inputs) {
    Path base = baseOf(manifestFile);
    Path self = manifestFile.toAbsolutePath().normalize();
    Set<Path> excluded = Set.of(self, signatureOf(self));
    Map<String, Entry> byPath = new TreeMap<>(UTF8_ORDER);
    for (Path input : inputs) {
      Path abs = input.toAbsolutePath().normalize();
      if (!Files.exists(abs)) {
        throw new InputException(input.toString(), 0, CoreMessage.MANIFEST_NO_SUCH_INPUT.text());
      }
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(abs)) {
        try (Stream<Path> walk = Files.walk(abs)) {
          walk.filter(Files::isRegularFile).filter(p -> !excluded.contains(p)).forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          throw new InputException(
              input.toString(), 0, CoreMessage.MANIFEST_CANNOT_LIST.text(e.toString()), e);
        }
      } else if (!excluded.contains(abs)) {
        files.add(abs);
      }
      for (Path f : files) {
        String rel = relativeTo(base, f);
        if (rel == null) {
          throw new ConfigurationException(
              input.toString(), 0, CoreMessage.MANIFEST_OUTSIDE_DIRECTORY.text(f, base));
        }
        Text problem = pathProblem(rel);
        if (problem != null) {
          throw new InputException(f.toString(), 0, CoreMessage.MANIFEST_UNNAMEABLE.text(problem));
        }
        if (!byPath.containsKey(rel)) {
          String digest = digestOf(f);
          if (digest == null) {
            throw new InputException(f.toString(), 0, CoreMessage.MANIFEST_UNREADABLE_FILE.text());
          }
          byPath.put(rel, new Entry(rel, digest));
        }
      }
    }
    if (byPath.isEmpty()) {
      throw new InputException(
          inputs.isEmpty() ? base.toString() : inputs.get(0).toString(),
          0,
          CoreMessage.MANIFEST_NOTHING_TO_SIGN.text());
    }
    return new DeliveryManifest(new ArrayList<>(byPath.values()));
  }

  /**
   * Creates the manifest of {@code inputs} (see {@link #create}), signs it and writes the manifest
   * to {@code manifestFile} and the signature beside it; each file is replaced whole (written to a
   * temporary file, then moved), the signature last.
   *
   * @param key the signing key (in memory or in a device)
   * @param chain the signer's certificate first, then any others to carry; empty for a bare key
   *     (the signature then names the key by its identifier)
   * @return the manifest written
   */
  public static DeliveryManifest sign(
      Path manifestFile, List<Path> inputs, Sm2SigningKeyHandle key, List<X509Certificate> chain) {
    DeliveryManifest manifest = create(manifestFile, inputs);
    byte[] text = manifest.toBytes();
    byte[] signature = signature(text, key, chain);
    Path target = manifestFile.toAbsolutePath();
    try {
      replace(target, text);
      replace(signatureOf(target), signature);
    } catch (IOException e) {
      throw new InputException(
          manifestFile.toString(),
          0,
          CoreMessage.MANIFEST_CANNOT_WRITE.text(FileFailure.reason(manifestFile, e)),
          e);
    }
    return manifest;
  }

  /**
   * {@link #sign(Path, List, Sm2SigningKeyHandle, List)} with the key and chain of a key provider.
   */
  public static DeliveryManifest sign(
      Path manifestFile, List<Path> inputs, KeyProvider provider, String alias)
      throws KeyProviderException {
    return sign(
        manifestFile, inputs, provider.sm2SigningKey(alias), provider.certificateChain(alias));
  }

  /** {@link #sign(Path, List, Sm2SigningKeyHandle, List)} with the primary key of an sm2 keyset. */
  public static DeliveryManifest sign(Path manifestFile, List<Path> inputs, KeysetHandle keyset) {
    return sign(manifestFile, inputs, keyset.primarySm2Key(), List.of());
  }

  /**
   * The detached CMS signature (DER) of manifest bytes: SM3withSM2 with the empty distinguishing
   * ID, the signer named by its certificate when {@code chain} is not empty, else by its key
   * identifier.
   */
  public static byte[] signature(
      byte[] manifestBytes, Sm2SigningKeyHandle key, List<X509Certificate> chain) {
    return chain.isEmpty()
        ? CmsSignature.signWithKeyIdentifier(
            manifestBytes, key, true, SIGNER_ID, CmsContentTypes.PKCS7)
        : CmsSignature.sign(manifestBytes, key, chain, true, SIGNER_ID, CmsContentTypes.PKCS7);
  }

  // ---- reading ----

  /**
   * Reads a manifest file.
   *
   * @throws InputException naming the file and line if it is missing, unreadable or malformed
   */
  public static DeliveryManifest read(Path file) {
    return parse(
        readBounded(file, MAX_MANIFEST_BYTES, CoreMessage.MANIFEST_PART_MANIFEST.text()),
        file.toString());
  }

  /**
   * Parses manifest bytes. Strict: the header line, then one {@code sm3 <hex> <path>} line per
   * file, each ended by LF; paths relative, {@code /}-separated, without {@code .}, {@code ..} or
   * empty segments, backslashes or control characters, each listed once.
   *
   * @param source the name errors give
   * @throws InputException naming the source and line of the first malformed line
   */
  public static DeliveryManifest parse(byte[] bytes, String source) {
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int start = 0;
    int line = 0;
    while (start < bytes.length) {
      line++;
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      if (end == bytes.length) {
        throw new InputException(source, line, CoreMessage.MANIFEST_NO_FINAL_LF.text());
      }
      String text = utf8(bytes, start, end, source, line);
      start = end + 1;
      if (text.endsWith("\r")) {
        throw new InputException(source, line, CoreMessage.MANIFEST_CRLF.text());
      }
      if (line == 1) {
        checkHeader(text, source);
        continue;
      }
      Matcher m = ENTRY.matcher(text);
      if (!m.matches()) {
        Matcher alg = ALGORITHM.matcher(text);
        if (alg.matches() && !alg.group(1).equals("sm3")) {
          throw new InputException(
              source, line, CoreMessage.MANIFEST_DIGEST_UNSUPPORTED.text(alg.group(1)));
        }
        throw new InputException(source, line, CoreMessage.MANIFEST_LINE_MALFORMED.text());
      }
      String path = m.group(2);
      Text problem = pathProblem(path);
      if (problem != null) {
        throw new InputException(
            source, line, CoreMessage.MANIFEST_BAD_PATH.text(printable(path), problem));
      }
      Integer first = seen.putIfAbsent(path, line);
      if (first != null) {
        throw new InputException(
            source, line, CoreMessage.MANIFEST_DUPLICATE_PATH.text(path, first));
      }
      entries.add(new Entry(path, m.group(1)));
    }
    if (line == 0) {
      throw new InputException(source, 1, CoreMessage.MANIFEST_EMPTY.text(HEADER));
    }
    return new DeliveryManifest(entries);
  }

  private static void checkHeader(String text, String source) {
    if (text.equals(HEADER)) {
      return;
    }
    if (text.startsWith(HEADER_WORD)) {
      throw new InputException(
          source,
          1,
          CoreMessage.MANIFEST_VERSION_UNSUPPORTED.text(
              printable(text.substring(HEADER_WORD.length()))));
    }
    throw new InputException(source, 1, CoreMessage.MANIFEST_NOT_A_MANIFEST.text(HEADER));
  }

  // ---- verifying ----

  /**
   * Checks the manifest's signature against the trusted key, then compares each running archive
   * with the manifest: the entry of an archive under the manifest's directory is the one of its
   * relative path; an archive elsewhere is matched by file name. An entry that no running archive
   * matched is compared with the file at its path under the manifest's directory, and is missing
   * when there is none. A running archive that does not exist is skipped (the JVM ignores such
   * class-path entries).
   *
   * @param manifest the manifest file; its signature is {@link #signatureOf}
   * @param trustedKey a PEM (or DER) public key, one or more certificates (each one's key is
   *     trusted; chains are not built), or a public keyset ({@code anke keyset public}: its enabled
   *     keys are trusted)
   * @param runningArchives the archives the application runs with
   * @throws ConfigurationException naming the file and line when the manifest or the key file is
   *     missing or malformed
   */
  public static ProgramIntegrity verify(
      Path manifest, Path trustedKey, List<Path> runningArchives) {
    try {
      return check(manifest, trustedKey, runningArchives);
    } catch (InputException e) {
      throw new ConfigurationException(e.source(), e.line(), bare(e), e);
    }
  }

  /**
   * {@link #verify} of a whole delivery directory: the running files are every regular file under
   * the manifest's directory (except the manifest and its signature), so a file added anywhere in
   * the delivery is reported. For the command line, where the manifest is input: malformed files
   * are {@link InputException}s.
   *
   * @throws InputException naming the file and line when the manifest or the key file is missing or
   *     malformed
   */
  public static ProgramIntegrity verifyDelivery(Path manifest, Path trustedKey) {
    Path base = baseOf(manifest);
    Path self = manifest.toAbsolutePath().normalize();
    Set<Path> excluded = Set.of(self, signatureOf(self));
    byte[] text =
        readBounded(manifest, MAX_MANIFEST_BYTES, CoreMessage.MANIFEST_PART_MANIFEST.text());
    DeliveryManifest parsed = parse(text, manifest.toString());
    List<Sm2PublicKey> trusted = readTrustedKeys(trustedKey);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(base)) {
      walk.filter(Files::isRegularFile).filter(p -> !excluded.contains(p)).forEach(files::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException(
          base.toString(), 0, CoreMessage.MANIFEST_CANNOT_LIST.text(e.toString()), e);
    }
    return compare(manifest, text, parsed, trusted, files);
  }

  /**
   * {@link #verify} with the contract of {@link #verifyDelivery}: input errors stay input errors.
   */
  public static ProgramIntegrity check(Path manifest, Path trustedKey, List<Path> runningArchives) {
    byte[] text =
        readBounded(manifest, MAX_MANIFEST_BYTES, CoreMessage.MANIFEST_PART_MANIFEST.text());
    DeliveryManifest parsed = parse(text, manifest.toString());
    return compare(manifest, text, parsed, readTrustedKeys(trustedKey), runningArchives);
  }

  /** Checks the signature over the manifest's bytes as read, then the files. */
  private static ProgramIntegrity compare(
      Path manifest,
      byte[] text,
      DeliveryManifest parsed,
      List<Sm2PublicKey> trusted,
      List<Path> running) {
    Path sigFile = signatureOf(manifest);
    SignatureStatus status;
    String signer = null;
    String detail = null;
    if (!Files.exists(sigFile)) {
      status = SignatureStatus.MISSING;
      detail = sigFile.getFileName() + " does not exist";
    } else {
      byte[] signature =
          readBounded(sigFile, MAX_SIGNATURE_BYTES, CoreMessage.MANIFEST_PART_SIGNATURE.text());
      try {
        CmsSignature.Verified v = CmsSignature.verify(signature, text, SIGNER_ID, trusted);
        status = SignatureStatus.VALID;
        signer =
            v.signer() != null
                ? Sm2Certificates.subjectOf(v.signer())
                : "SM2 key " + Hex.encode(Sm2Certificates.keyIdentifier(v.signerKey()));
      } catch (SignatureException | CryptoFormatException e) {
        status = SignatureStatus.INVALID;
        detail = e.getMessage();
      }
    }
    return new ProgramIntegrity(
        manifest, status, signer, detail, parsed.differences(baseOf(manifest), running, manifest));
  }

  /** Compares running files with the entries (see {@link #verify}). */
  private List<Difference> differences(Path base, List<Path> running, Path manifest) {
    Path self = manifest.toAbsolutePath().normalize();
    Set<Path> excluded = Set.of(self, signatureOf(self));
    Map<String, Entry> byPath = new LinkedHashMap<>();
    Map<String, List<Entry>> byName = new HashMap<>();
    for (Entry e : entries) {
      byPath.put(e.path(), e);
      byName.computeIfAbsent(fileName(e.path()), k -> new ArrayList<>()).add(e);
    }
    Set<String> matched = new HashSet<>();
    List<Difference> out = new ArrayList<>();
    Set<Path> done = new LinkedHashSet<>();
    for (Path archive : running) {
      Path abs = archive.toAbsolutePath().normalize();
      if (!Files.isRegularFile(abs) || excluded.contains(abs) || !done.add(abs)) {
        continue;
      }
      String actual = digestOf(abs);
      String rel = relativeTo(base, abs);
      if (rel != null) {
        Entry e = byPath.get(rel);
        if (e == null) {
          out.add(new Difference(Kind.ADDED, rel, null, actual));
        } else {
          matched.add(rel);
          compareOne(e, actual, out);
        }
        continue;
      }
      Entry candidate = null;
      for (Entry e : byName.getOrDefault(abs.getFileName().toString(), List.of())) {
        if (matched.contains(e.path())) {
          continue;
        }
        if (candidate == null || e.sm3().equals(actual)) {
          candidate = e;
        }
      }
      if (candidate == null) {
        out.add(new Difference(Kind.ADDED, archive.toString(), null, actual));
      } else {
        matched.add(candidate.path());
        compareOne(candidate, actual, out);
      }
    }
    for (Entry e : entries) {
      if (matched.contains(e.path())) {
        continue;
      }
      Path onDisk = base.resolve(e.path());
      if (Files.isRegularFile(onDisk)) {
        compareOne(e, digestOf(onDisk), out);
      } else {
        out.add(new Difference(Kind.MISSING, e.path(), e.sm3(), null));
      }
    }
    out.sort(Comparator.comparing(Difference::path, UTF8_ORDER).thenComparing(Difference::kind));
    return out;
  }

  private static void compareOne(Entry e, String actual, List<Difference> out) {
    if (!e.sm3().equals(actual)) {
      out.add(new Difference(Kind.CHANGED, e.path(), e.sm3(), actual));
    }
  }

  /**
   * The keys a trusted-key file names: a public keyset's enabled keys, the keys of the certificates
   * in a PEM file, or one public key (PEM or DER).
   *
   * @throws InputException naming the file if it is missing or holds no usable SM2 public key
   */
  public static List<Sm2PublicKey> readTrustedKeys(Path file) {
    byte[] data =
        readBounded(file, MAX_KEY_FILE_BYTES, CoreMessage.MANIFEST_PART_TRUSTED_KEY.text());
    String head = new String(data, StandardCharsets.ISO_8859_1);
    try {
      if (head.contains("-----BEGIN ANKE PUBLIC KEYSET-----")) {
        KeysetHandle keyset = KeysetHandle.readPublic(new ByteArrayInputStream(data));
        List<Sm2PublicKey> keys = new ArrayList<>();
        for (KeyInfo k : keyset.keys()) {
          if (k.status() == KeyStatus.ENABLED) {
            keys.add(keyset.publicKey(k.id()));
          }
        }
        if (keys.isEmpty()) {
          throw new InputException(
              file.toString(), 0, CoreMessage.MANIFEST_KEYSET_NO_ENABLED_KEY.text());
        }
        return keys;
      }
      if (head.contains("-----BEGIN CERTIFICATE-----")) {
        List<Sm2PublicKey> keys = new ArrayList<>();
        for (X509Certificate c : Sm2Certificates.parseAll(data)) {
          keys.add(Sm2Certificates.publicKey(c));
        }
        return keys;
      }
      return List.of(Sm2PublicKey.fromPemOrDer(data));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InputException(
          file.toString(), 0, CoreMessage.MANIFEST_KEY_UNUSABLE.text(Text.messageOf(e)), e);
    } catch (IOException e) {
      throw new InputException(
          file.toString(), 0, CoreMessage.MANIFEST_KEY_UNREADABLE.text(e.toString()), e);
    }
  }

  // ---- shared pieces ----

  /** The manifest's directory, absolute. */
  private static Path baseOf(Path manifestFile) {
    Path parent = manifestFile.toAbsolutePath().normalize().getParent();
    return parent == null ? manifestFile.toAbsolutePath().getRoot() : parent;
  }

  /**
   * The path of {@code file} relative to {@code base} with {@code /} separators, or null when it
   * does not lie under it (as written, or once symbolic links of either are resolved).
   */
  private static String relativeTo(Path base, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (!abs.startsWith(base)) {
      try {
        Path realBase = base.toRealPath();
        Path real = abs.toRealPath();
        if (!real.startsWith(realBase)) {
          return null;
        }
        return slashes(realBase.relativize(real));
      } catch (IOException e) {
        return null;
      }
    }
    return slashes(base.relativize(abs));
  }

  private static String slashes(Path rel) {
    StringBuilder sb = new StringBuilder();
    for (Path part : rel) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(part.toString());
    }
    return sb.toString();
  }

  /** Why {@code path} cannot be a manifest path, or null when it can. */
  static Text pathProblem(String path) {
    if (path.isEmpty()) {
      return CoreMessage.MANIFEST_PATH_EMPTY.text();
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return CoreMessage.MANIFEST_PATH_CONTROL.text();
      }
      if (c == '\\') {
        return CoreMessage.MANIFEST_PATH_BACKSLASH.text();
      }
    }
    if (path.startsWith("/") || (path.length() > 1 && path.charAt(1) == ':')) {
      return CoreMessage.MANIFEST_PATH_ABSOLUTE.text();
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".")) {
        return CoreMessage.MANIFEST_PATH_DOT_SEGMENT.text();
      }
      if (segment.equals("..")) {
        return CoreMessage.MANIFEST_PATH_PARENT.text();
      }
    }
    return null;
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The SM3 digest of a file as lowercase hex, streamed; null when it cannot be read. */
  private static String digestOf(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Hex.encode(Sm3.digest(in));
    } catch (IOException e) {
      return null;
    }
  }

  private static byte[] readBounded(Path file, int max, Text what) {
    try {
      if (Files.size(file) > max) {
        throw new InputException(
            file.toString(), 0, CoreMessage.MANIFEST_FILE_TOO_LARGE.text(what, max >> 20));
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), 0, CoreMessage.MANIFEST_FILE_MISSING.text(what), e);
    } catch (IOException e) {
      throw new InputException(
          file.toString(),
          0,
          CoreMessage.MANIFEST_FILE_UNREADABLE.text(what, FileFailure.reason(file, e)),
          e);
    }
  }

  private static void replace(Path target, byte[] bytes) throws IOException {
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".anke-manifest-", ".tmp");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String utf8(byte[] bytes, int start, int end, String source, int line) {
    try {
      return Utf8Text.decodeExactly(bytes, start, end - start);
    } catch (CharacterCodingException e) {
      throw new InputException(source, line, CoreMessage.MANIFEST_NOT_UTF8.text());
    }
  }

  /** Control characters blanked, so that a hostile path cannot forge lines of a message. */
  private static String printable(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return sb.toString();
  }

  /** The message of a located exception without its {@code file:line: } prefix. */
  private static Bilingual bare(InputException e) {
    String prefix =
        e.source() == null
            ? ""
            : e.line() > 0 ? e.source() + ":" + e.line() + ": " : e.source() + ": ";
    return locale -> {
      String m = e.messageIn(locale);
      return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    };
  }
}
