package io.anke.core.runtime;

import io.anke.core.bom.ArchiveFacts;
import io.anke.core.internal.CoreMessage;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.Text;
import io.anke.crypto.selftest.SelfTest;
import io.anke.crypto.selftest.SelfTestResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.Security;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import javax.net.ssl.SSLContext;

/**
 * The security settings of the live JVM, as the start-up guard reads them ({@link
 * #probe(ClassLoader)}) and the {@code RUNTIME-} rules judge them. A plain record, so that a test
 * can build any situation by hand. Attach it with {@code ScanContext.Builder.fact(...)}; rules
 * judge it only when it is present, so an ordinary scan of files never reports on the scanning JVM.
 *
 * @param enabledTlsProtocols the protocols the default {@link SSLContext} enables by default, as
 *     JSSE names them ({@code TLSv1.3}, {@code TLSv1.2}); null when the context could not be read
 *     (the reason is in {@code problems})
 * @param tlsDisabledAlgorithms the {@code jdk.tls.disabledAlgorithms} security property, verbatim;
 *     null when unset
 * @param certPathDisabledAlgorithms the {@code jdk.certpath.disabledAlgorithms} security property,
 *     verbatim; null when unset
 * @param includedProperties the values of the security properties the two lists include ({@code
 *     include jdk.disabled.namedCurves}), by name, so that the lists can be read without the JVM
 * @param secureRandom the default {@link SecureRandom}
 * @param bouncyCastle the Bouncy Castle provider the application loads
 * @param selfTest the result of the power-on self-test ({@link SelfTest#run()})
 * @param problems what could not be read, one sentence each in both languages; empty normally
 */
public record RuntimeSecurityFacts(
    List<String> enabledTlsProtocols,
    String tlsDisabledAlgorithms,
    String certPathDisabledAlgorithms,
    Map<String, String> includedProperties,
    SecureRandomFacts secureRandom,
    BouncyCastleFacts bouncyCastle,
    SelfTestResult selfTest,
    List<Text> problems) {
  /** The key under which rules require and read the running JVM's security facts. */
  public static final FactKey<RuntimeSecurityFacts> KEY =
      FactKey.of("runtime-security", RuntimeSecurityFacts.class);

  /** The security property naming the TLS algorithms the JVM refuses. */
  public static final String TLS_DISABLED = "jdk.tls.disabledAlgorithms";

  /** The security property naming the algorithms certificate path validation refuses. */
  public static final String CERTPATH_DISABLED = "jdk.certpath.disabledAlgorithms";

  /** A class every bcprov release since 1.0 contains, looked up to find the copies. */
  static final String BC_PROVIDER_CLASS = "org.bouncycastle.jce.provider.BouncyCastleProvider";

  public RuntimeSecurityFacts {
    enabledTlsProtocols = enabledTlsProtocols == null ? null : List.copyOf(enabledTlsProtocols);
    includedProperties = Map.copyOf(includedProperties);
    Objects.requireNonNull(secureRandom, "secureRandom");
    Objects.requireNonNull(bouncyCastle, "bouncyCastle");
    Objects.requireNonNull(selfTest, "selfTest");
    problems = List.copyOf(problems);
  }

  /** {@code jdk.tls.disabledAlgorithms} read, with its includes resolved. */
  public DisabledAlgorithms tlsDisabled() {
    return DisabledAlgorithms.parse(tlsDisabledAlgorithms, includedProperties::get);
  }

  /** {@code jdk.certpath.disabledAlgorithms} read, with its includes resolved. */
  public DisabledAlgorithms certPathDisabled() {
    return DisabledAlgorithms.parse(certPathDisabledAlgorithms, includedProperties::get);
  }

  /**
   * The default {@link SecureRandom}.
   *
   * @param algorithm its algorithm ({@code NativePRNG}, {@code DRBG}, {@code SHA1PRNG}, …)
   * @param seedSource the seed source in effect: the {@code java.security.egd} system property,
   *     else the {@code securerandom.source} security property; null when neither is set
   * @param blocking true when drawing from it can wait for the kernel's entropy pool: the algorithm
   *     is {@code NativePRNGBlocking}, or it seeds itself from the seed source ({@code SHA1PRNG},
   *     {@code DRBG}) and that is {@code /dev/random}
   */
  public record SecureRandomFacts(String algorithm, String seedSource, boolean blocking) {
    public SecureRandomFacts {
      Objects.requireNonNull(algorithm, "algorithm");
    }

    /** The facts of a SecureRandom algorithm with the given seed source. */
    public static SecureRandomFacts of(String algorithm, String seedSource) {
      return new SecureRandomFacts(algorithm, seedSource, blocks(algorithm, seedSource));
    }

    private static boolean blocks(String algorithm, String seedSource) {
      switch (algorithm) {
        case "NativePRNGBlocking":
          return true;
        case "NativePRNG", "NativePRNGNonBlocking", "Windows-PRNG":
          // nextBytes reads /dev/urandom (or the OS API) whatever the seed source says.
          return false;
        default:
          return isDevRandom(seedSource);
      }
    }

    private static boolean isDevRandom(String source) {
      if (source == null || !source.strip().startsWith("file:")) {
        return false;
      }
      try {
        // file:/dev/./random is the same device as file:/dev/random.
        Path p = Path.of(new java.net.URI(source.strip())).normalize();
        return p.equals(Path.of("/dev/random"));
      } catch (URISyntaxException | IllegalArgumentException e) {
        return false;
      }
    }
  }

  /**
   * The Bouncy Castle provider as the application's class loader sees it.
   *
   * @param version the version of the copy that loads ({@code 1.87}), from its jar's manifest; null
   *     when no copy is visible or its manifest names none
   * @param jar where the copy that loads came from (a jar path, or a URL when it is not a file);
   *     null when none is visible
   * @param copies every location that holds a bcprov copy, in class-loader order (the loading one
   *     first); more than one means the later ones are shadowed
   */
  public record BouncyCastleFacts(String version, String jar, List<String> copies) {
    public BouncyCastleFacts {
      copies = List.copyOf(copies);
    }

    /** No Bouncy Castle on the class path. */
    public static BouncyCastleFacts absent() {
      return new BouncyCastleFacts(null, null, List.of());
    }

    /** True when a copy loads. */
    public boolean present() {
      return jar != null;
    }
  }

  /**
   * Reads the settings of this JVM and of {@code loader}'s class path, and runs the power-on
   * self-test (once per JVM). Never throws for a setting it cannot read: the setting is null and
   * {@code problems} says why.
   */
  public static RuntimeSecurityFacts probe(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    List<Text> problems = new ArrayList<>();
    List<String> protocols = null;
    try {
      protocols = List.of(SSLContext.getDefault().getDefaultSSLParameters().getProtocols());
    } catch (NoSuchAlgorithmException | RuntimeException e) {
      problems.add(CoreMessage.RUNTIME_SSL_CONTEXT_FAILED.text(e.toString()));
    }
    String egd = System.getProperty("java.security.egd");
    String source = egd != null ? egd : Security.getProperty("securerandom.source");
    SecureRandomFacts random = SecureRandomFacts.of(new SecureRandom().getAlgorithm(), source);
    String tls = Security.getProperty(TLS_DISABLED);
    String certPath = Security.getProperty(CERTPATH_DISABLED);
    Map<String, String> included = new TreeMap<>();
    Function<String, String> record =
        name -> {
          String v = Security.getProperty(name);
          if (v != null) {
            included.put(name, v);
          }
          return v;
        };
    DisabledAlgorithms.parse(tls, record);
    DisabledAlgorithms.parse(certPath, record);
    return new RuntimeSecurityFacts(
        protocols,
        tls,
        certPath,
        included,
        random,
        bouncyCastle(loader, problems),
        SelfTest.run(),
        problems);
  }

  /** Finds every bcprov copy {@code loader} sees and the one it loads. */
  static BouncyCastleFacts bouncyCastle(ClassLoader loader, List<Text> problems) {
    String resource = BC_PROVIDER_CLASS.replace('.', '/') + ".class";
    List<URL> copies = new ArrayList<>();
    try {
      for (Enumeration<URL> e = loader.getResources(resource); e.hasMoreElements(); ) {
        copies.add(e.nextElement());
      }
    } catch (IOException e) {
      problems.add(CoreMessage.RUNTIME_BC_SEARCH_FAILED.text(e.toString()));
    }
    URL loaded = loadedFrom(loader, problems);
    if (loaded != null) {
      // The code source may name the jar as a jar: URL (Spring Boot's launcher:
      // jar:nested:/app.jar/!BOOT-INF/lib/bcprov.jar!/) where the class-file URLs below lead to
      // it plainly: one spelling for both, or one jar would look like two copies.
      loaded = container(loaded);
    }
    if (loaded == null && !copies.isEmpty()) {
      loaded = container(copies.get(0)); // the one a parent-first loader would define
    }
    if (loaded == null) {
      return BouncyCastleFacts.absent();
    }
    List<String> locations = new ArrayList<>();
    String jar = describe(loaded);
    locations.add(jar);
    for (URL u : copies) {
      String where = describe(container(u));
      if (!locations.contains(where)) {
        locations.add(where);
      }
    }
    return new BouncyCastleFacts(version(loaded, problems), jar, locations);
  }

  /** The code source of the provider class {@code loader} loads, without initialising it. */
  private static URL loadedFrom(ClassLoader loader, List<Text> problems) {
    try {
      Class<?> c = Class.forName(BC_PROVIDER_CLASS, false, loader);
      CodeSource cs = c.getProtectionDomain().getCodeSource();
      return cs == null ? null : cs.getLocation();
    } catch (ClassNotFoundException e) {
      return null;
    } catch (LinkageError | SecurityException e) {
      problems.add(CoreMessage.RUNTIME_BC_CLASS_FAILED.text(e.toString()));
      return null;
    }
  }

  /**
   * The jar (or directory) a class-file or code-source URL lies in: {@code jar:file:/a.jar!/x} and
   * {@code jar:file:/a.jar!/} give the jar; any other URL is its own container.
   */
  private static URL container(URL classFile) {
    try {
      URLConnection c = classFile.openConnection();
      if (c instanceof JarURLConnection j) {
        return j.getJarFileURL();
      }
    } catch (IOException e) {
      // fall through: report the class file itself
    }
    return classFile;
  }

  private static String describe(URL location) {
    if ("file".equals(location.getProtocol())) {
      try {
        return Path.of(location.toURI()).toString();
      } catch (URISyntaxException | IllegalArgumentException e) {
        return location.toString();
      }
    }
    return location.toString();
  }

  /** {@code Bundle-Version}, else {@code Implementation-Version}, of the copy's jar manifest. */
  private static String version(URL location, List<Text> problems) {
    Manifest m = null;
    try {
      if ("file".equals(location.getProtocol())) {
        Path p = Path.of(location.toURI());
        if (p.toFile().isFile()) {
          try (JarFile jar = new JarFile(p.toFile(), false)) {
            m = jar.getManifest();
          }
        }
      } else {
        URLConnection c = location.openConnection();
        if (c instanceof JarURLConnection j) {
          m = j.getManifest(); // a jar inside a jar (Spring Boot's BOOT-INF/lib)
        } else {
          try (InputStream in = c.getInputStream();
              JarInputStream jar = new JarInputStream(in, false)) {
            m = jar.getManifest();
          }
        }
      }
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      problems.add(CoreMessage.RUNTIME_BC_MANIFEST_FAILED.text(describe(location), e.toString()));
    }
    if (m == null) {
      return null;
    }
    Attributes a = m.getMainAttributes();
    String v = ArchiveFacts.plausibleVersion(a.getValue("Bundle-Version"));
    return v != null
        ? v
        : ArchiveFacts.plausibleVersion(a.getValue(Attributes.Name.IMPLEMENTATION_VERSION));
  }
}
