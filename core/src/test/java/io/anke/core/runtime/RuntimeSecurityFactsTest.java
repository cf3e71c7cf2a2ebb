package io.anke.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.rule.Text;
import io.anke.core.runtime.RuntimeSecurityFacts.BouncyCastleFacts;
import io.anke.core.runtime.RuntimeSecurityFacts.SecureRandomFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Security;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeSecurityFactsTest {
  private static final String PROVIDER_CLASS =
      "org/bouncycastle/jce/provider/BouncyCastleProvider.class";

  /** The jar this build really runs Bouncy Castle from (the Maven-resolved bcprov). */
  private static Path realBcprov() throws Exception {
    return Path.of(
        BouncyCastleProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void probesTheLiveJvm() throws Exception {
    RuntimeSecurityFacts facts = RuntimeSecurityFacts.probe(getClass().getClassLoader());

    assertThat(facts.problems()).isEmpty();
    assertThat(facts.enabledTlsProtocols()).contains("TLSv1.2").doesNotContain("SSLv3");
    assertThat(facts.tlsDisabledAlgorithms())
        .isEqualTo(Security.getProperty("jdk.tls.disabledAlgorithms"));
    assertThat(facts.certPathDisabledAlgorithms())
        .isEqualTo(Security.getProperty("jdk.certpath.disabledAlgorithms"));
    // JDK 17's TLS list includes jdk.disabled.namedCurves; the facts carry it for reading later.
    assertThat(facts.tlsDisabled().unresolved()).isEmpty();
    assertThat(facts.certPathDisabled().unresolved()).isEmpty();
    assertThat(facts.secureRandom().algorithm())
        .isEqualTo(new java.security.SecureRandom().getAlgorithm());
    assertThat(facts.selfTest().passed()).isTrue();

    BouncyCastleFacts bc = facts.bouncyCastle();
    assertThat(bc.jar()).isEqualTo(realBcprov().toString());
    assertThat(bc.copies()).containsExactly(realBcprov().toString());
    // The version in bcprov's manifest is the one the parent pom pins (checked via the file name).
    assertThat(realBcprov().getFileName().toString())
        .isEqualTo("bcprov-jdk18on-" + bc.version() + ".jar");
  }

  @Test
  void anOlderCopyFirstOnTheClassPathShadowsTheRealOne(@TempDir Path dir) throws Exception {
    Path old = dir.resolve("bcprov-jdk15on-1.60.jar");
    writeBcprovLike(old, "1.60");
    Path real = realBcprov();

    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {old.toUri().toURL(), real.toUri().toURL()},
            ClassLoader.getPlatformClassLoader())) {
      List<Text> problems = new ArrayList<>();
      BouncyCastleFacts bc = RuntimeSecurityFacts.bouncyCastle(loader, problems);

      assertThat(problems).isEmpty();
      assertThat(bc.jar()).isEqualTo(old.toString());
      assertThat(bc.version()).isEqualTo("1.60");
      assertThat(bc.copies()).containsExactly(old.toString(), real.toString());
    }
  }

  @Test
  void aJarThatTheLoaderNamesAsAJarUrlIsOneCopyNotTwo() throws Exception {
    Path real = realBcprov();
    // Like Spring Boot's launcher, whose class loader holds jar:nested:/app.jar/!BOOT-INF/lib/...!/
    // URLs: the classes' code source is the jar: URL, the class-file URLs lead to the jar itself.
    URL asJarUrl = new URL(null, "jar:" + real.toUri() + "!/", new DelegatingJarHandler());

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {asJarUrl}, ClassLoader.getPlatformClassLoader())) {
      assertThat(
              Class.forName("org.bouncycastle.jce.provider.BouncyCastleProvider", false, loader)
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation())
          .isEqualTo(asJarUrl);
      List<Text> problems = new ArrayList<>();
      BouncyCastleFacts bc = RuntimeSecurityFacts.bouncyCastle(loader, problems);

      assertThat(problems).isEmpty();
      assertThat(bc.jar()).isEqualTo(real.toString());
      assertThat(bc.copies()).containsExactly(real.toString());
      assertThat(real.getFileName().toString())
          .isEqualTo("bcprov-jdk18on-" + bc.version() + ".jar");
    }
  }

  /**
   * A jar: handler of its own, as a launcher installs: {@link URLClassLoader} then keeps the jar:
   * URL as the code source instead of unwrapping it. Connections are the JDK's jar connections.
   */
  static final class DelegatingJarHandler extends URLStreamHandler {
    @Override
    protected URLConnection openConnection(URL u) throws IOException {
      return new URL(u.toExternalForm()).openConnection();
    }
  }

  @Test
  void aClassPathThatCannotBeSearchedIsAProblemInBothLanguages() {
    ClassLoader broken =
        new ClassLoader(ClassLoader.getPlatformClassLoader()) {
          @Override
          public java.util.Enumeration<URL> getResources(String name) throws IOException {
            throw new IOException("disk gone");
          }
        };
    List<Text> problems = new ArrayList<>();
    assertThat(RuntimeSecurityFacts.bouncyCastle(broken, problems))
        .isEqualTo(BouncyCastleFacts.absent());
    assertThat(problems)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.en())
                  .isEqualTo(
                      "the class path could not be searched for Bouncy Castle:"
                          + " java.io.IOException: disk gone");
              assertThat(t.zh()).startsWith("无法在类路径中查找 Bouncy Castle").endsWith("disk gone");
            });
  }

  @Test
  void noBouncyCastleIsAbsentNotAnError() throws Exception {
    try (URLClassLoader loader =
        new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
      List<Text> problems = new ArrayList<>();
      assertThat(RuntimeSecurityFacts.bouncyCastle(loader, problems))
          .isEqualTo(BouncyCastleFacts.absent());
      assertThat(problems).isEmpty();
    }
  }

  @Test
  void secureRandomBlocksOnlyWhereItWaitsForDevRandom() {
    assertThat(SecureRandomFacts.of("NativePRNGBlocking", null).blocking()).isTrue();
    assertThat(SecureRandomFacts.of("NativePRNG", "file:/dev/random").blocking()).isFalse();
    assertThat(SecureRandomFacts.of("DRBG", "file:/dev/random").blocking()).isTrue();
    assertThat(SecureRandomFacts.of("SHA1PRNG", "file:/dev/./random").blocking()).isTrue();
    assertThat(SecureRandomFacts.of("SHA1PRNG", "file:/dev/urandom").blocking()).isFalse();
    assertThat(SecureRandomFacts.of("DRBG", null).blocking()).isFalse();
  }

  /**
   * A bcprov-shaped jar: a manifest with the given Bundle-Version and the provider class file (the
   * real bytes, so that the class defines; its other classes resolve from later jars).
   */
  static void writeBcprovLike(Path jar, String version) throws Exception {
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().putValue("Bundle-SymbolicName", "bcprov");
    m.getMainAttributes().putValue("Bundle-Version", version);
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out, m);
        InputStream in =
            BouncyCastleProvider.class.getClassLoader().getResourceAsStream(PROVIDER_CLASS)) {
      j.putNextEntry(new JarEntry(PROVIDER_CLASS));
      in.transferTo(j);
      j.closeEntry();
    }
  }
}
