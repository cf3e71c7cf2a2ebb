package io.anke.rules.software;

import io.anke.core.Severity;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.catalog.CatalogEntry;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.rules.packs.Identification;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileIds;
import io.anke.rules.packs.ScanParts;
import java.util.List;
import java.util.Optional;

/**
 * Crypto libraries judged for the GB/T 39786 profiles: libraries that offer no national algorithm
 * (SM2/SM3/SM4), an application without any SM-capable provider, and software libraries standing
 * where level 3 expects a certified cryptographic module.
 */
final class CryptoLibraryRules {
  private CryptoLibraryRules() {}

  /**
   * A crypto library known to offer no national algorithm.
   *
   * @param group the Maven groupId
   * @param artifact the artifactId, or a prefix ending in {@code *}
   * @param name what the library is
   * @param severity medium for encryption frameworks and providers, low for token and password
   *     hashing libraries whose algorithms are fixed by their own standards (JOSE, bcrypt)
   */
  record KnownLibrary(String group, String artifact, String name, Severity severity) {
    boolean matches(Component c) {
      if (!group.equals(c.group())) {
        return false;
      }
      return artifact.endsWith("*")
          ? c.name().startsWith(artifact.substring(0, artifact.length() - 1))
          : artifact.equals(c.name());
    }
  }

  /** Libraries without SM support; catalog entries with {@code smSupport: "false"} add to these. */
  static final List<KnownLibrary> WITHOUT_SM =
      List.of(
          new KnownLibrary("com.google.crypto.tink", "tink*", "Google Tink", Severity.MEDIUM),
          new KnownLibrary("org.conscrypt", "conscrypt*", "Conscrypt (BoringSSL)", Severity.MEDIUM),
          new KnownLibrary(
              "software.amazon.cryptools",
              "AmazonCorrettoCryptoProvider",
              "Amazon Corretto Crypto Provider",
              Severity.MEDIUM),
          new KnownLibrary("org.jasypt", "jasypt*", "Jasypt", Severity.MEDIUM),
          new KnownLibrary(
              "com.github.ulisesbocchio",
              "jasypt-spring-boot*",
              "jasypt-spring-boot",
              Severity.MEDIUM),
          new KnownLibrary(
              "org.apache.commons", "commons-crypto", "Apache Commons Crypto", Severity.MEDIUM),
          new KnownLibrary("io.jsonwebtoken", "jjwt*", "JJWT (JOSE)", Severity.LOW),
          new KnownLibrary("com.auth0", "java-jwt", "Auth0 java-jwt (JOSE)", Severity.LOW),
          new KnownLibrary("com.nimbusds", "nimbus-jose-jwt", "Nimbus JOSE+JWT", Severity.LOW),
          new KnownLibrary("org.bitbucket.b_c", "jose4j", "jose4j (JOSE)", Severity.LOW),
          new KnownLibrary("org.mindrot", "jbcrypt", "jBCrypt", Severity.LOW),
          new KnownLibrary(
              "org.springframework.security",
              "spring-security-crypto",
              "Spring Security Crypto",
              Severity.LOW));

  /** Anke's own SM library, which is SM-capable by construction. */
  static boolean isAnkeCrypto(Component c) {
    return "io.anke".equals(c.group()) && "anke-crypto".equals(c.name());
  }

  static boolean smCapable(Component c, ScanContext context) {
    if (isAnkeCrypto(c)) {
      return true;
    }
    Optional<Identification> id = Identification.software(c, context.catalog());
    return id.isPresent()
        && id.get().entry().category().equals("crypto_library")
        && "true".equals(id.get().attribute("smSupport"));
  }

  /** BOM-CRYPTO-LIB-NO-SM. */
  static final class LibraryWithoutSm extends PackRule {
    LibraryWithoutSm() {
      super(
          SoftwareRules.TEXT,
          "BOM-CRYPTO-LIB-NO-SM",
          "bom",
          Severity.MEDIUM,
          List.of("GB/T 39786-2021 5(a)", "GB/T 39786-2021 8.4(d)", "GB/T 39786-2021 8.4(e)"),
          List.of(ProfileIds.CRYPTO_L2, ProfileIds.CRYPTO_L3));
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      for (Component c : ScanParts.software(context)) {
        String name = null;
        Severity severity = null;
        for (KnownLibrary k : WITHOUT_SM) {
          if (k.matches(c)) {
            name = k.name();
            severity = k.severity();
            break;
          }
        }
        if (name == null) {
          Optional<Identification> id = Identification.software(c, context.catalog());
          if (id.isPresent()
              && id.get().entry().category().equals("crypto_library")
              && "false".equals(id.get().attribute("smSupport"))) {
            CatalogEntry e = id.get().entry();
            name = e.products().isEmpty() ? e.id() : e.products().get(0);
            severity = Severity.MEDIUM;
          }
        }
        if (name == null) {
          continue;
        }
        sink.report(
            sink.finding()
                .severity(severity)
                .subject(Subject.of(c))
                .location(Components.location(c))
                .message(
                    Components.join(
                        SoftwareRules.TEXT.text(id() + ".message", Components.display(c), name),
                        Components.via(c)))
                .property("library", name)
                .build());
      }
    }
  }

  /** BOM-NO-SM-CRYPTO-PROVIDER. */
  static final class NoSmProvider extends PackRule {
    NoSmProvider() {
      super(
          SoftwareRules.TEXT,
          "BOM-NO-SM-CRYPTO-PROVIDER",
          "bom",
          Severity.LOW,
          List.of("GB/T 39786-2021 5(a)", "GB/T 39786-2021 8.4(e)"),
          List.of(ProfileIds.CRYPTO_L2, ProfileIds.CRYPTO_L3));
    }

    /**
     * The application as a whole: the documents of one scan (the SBOMs or archives of one delivery)
     * together, reported once on the first document with software, never once per document.
     */
    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      String first = null;
      int components = 0;
      for (BillOfMaterials bom : ScanParts.documents(context)) {
        List<Component> software = ScanParts.software(bom);
        if (software.stream().anyMatch(c -> smCapable(c, context))) {
          return;
        }
        if (!software.isEmpty() && first == null) {
          first = bom.source();
        }
        components += software.size();
      }
      if (first == null) {
        return;
      }
      sink.report(
          sink.finding()
              .subject(Subject.of(Subject.FILE, first))
              .location(Location.of(first))
              .message(SoftwareRules.TEXT.text(id() + ".message", components))
              .property("components", Integer.toString(components))
              .build());
    }
  }

  /** BOM-CRYPTO-LIB-UNCERTIFIED. */
  static final class UncertifiedModule extends PackRule {
    UncertifiedModule() {
      super(
          SoftwareRules.TEXT,
          "BOM-CRYPTO-LIB-UNCERTIFIED",
          "bom",
          Severity.LOW,
          List.of("GB/T 39786-2021 5(c)"),
          List.of(ProfileIds.CRYPTO_L3));
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      for (Component c : ScanParts.software(context)) {
        if (!smCapable(c, context)) {
          continue;
        }
        sink.report(
            sink.finding()
                .subject(Subject.of(c))
                .location(Components.location(c))
                .message(
                    Components.join(
                        SoftwareRules.TEXT.text(id() + ".message", Components.display(c)),
                        Components.via(c)))
                .build());
      }
    }
  }
}
