package io.anke.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.Test;

/**
 * How the messages of the constraints reach the user.
 *
 * <p>The Jakarta Validation specification names one bundle, {@code ValidationMessages}, and {@code
 * ResourceBundle} loads the first {@code ValidationMessages.properties} on the class path. An
 * application that has its own (this test class path has one, in {@code src/test/resources}, ahead
 * of anke-core's classes as an application's are) hides the library's. Hibernate Validator
 * therefore also reads {@code ContributorValidationMessages}: every file of that name on the class
 * path, merged, consulted after the user's bundle. anke-core ships both, with the same text; the
 * {@code _en} files are empty so that English is not replaced by the JVM's default locale.
 */
class ValidationMessagesTest {
  private static final String CHECK_CHARACTER = "io.anke.core.validation.ResidentId.checkCharacter";
  private static final String[] BASES = {"", "_zh_CN", "_en"};

  /** A constraint of the application, with a message from the application's own bundle. */
  record Order(
      @Pattern(regexp = "ORD-\\d{4}-\\d{6}", message = "{com.example.order.Reference.message}")
          String reference,
      @ResidentId String buyerId) {}

  static final Order BAD = new Order("2026-1", "110101199003071234");

  @Test
  void theApplicationsOwnBundleIsTheOneFirstOnThisClassPath() throws IOException {
    // The premise of the next test: ResourceBundle sees the application's file, not anke-core's.
    URL first = getClass().getClassLoader().getResource("ValidationMessages.properties");
    Properties p = load(first);
    assertThat(p)
        .containsKey("com.example.order.Reference.message")
        .doesNotContainKey(CHECK_CHARACTER);
    assertThat(ResourceBundle.getBundle("ValidationMessages", Locale.ENGLISH).keySet())
        .doesNotContain(CHECK_CHARACTER);
  }

  @Test
  void messagesResolveBesideTheApplicationsOwnBundle() {
    assertThat(messages(Locale.ENGLISH, null))
        .containsExactly(
            "buyerId: the check character of the resident identity number does not match the"
                + " other digits",
            "reference: must be an order reference such as ORD-2026-000001");
    assertThat(messages(Locale.SIMPLIFIED_CHINESE, null))
        .containsExactly("buyerId: 公民身份号码的校验码与前17位数字不符", "reference: 应为订单编号，例如 ORD-2026-000001");
  }

  @Test
  void withoutTheContributorBundleTheApplicationsBundleWouldHideThem() {
    // The same validation with a contributor bundle that is never found: the failure that
    // ContributorValidationMessages prevents.
    ResourceBundleMessageInterpolator withoutContributors =
        new ResourceBundleMessageInterpolator(
            new PlatformResourceBundleLocator("ValidationMessages"),
            locale -> null,
            Set.of(Locale.ENGLISH),
            Locale.ENGLISH,
            context -> Locale.ENGLISH,
            false);
    assertThat(messages(Locale.ENGLISH, withoutContributors))
        .containsExactly(
            "buyerId: {" + CHECK_CHARACTER + "}",
            "reference: must be an order reference such as ORD-2026-000001");
  }

  @Test
  void englishStaysEnglishOnAJvmWhoseDefaultLocaleIsChinese() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      ResourceBundle.clearCache();
      // Without the empty _en bundles, the lookup for English falls back to the default locale's
      // bundle (zh_CN) before the base bundle and answers in Chinese.
      assertThat(messages(Locale.ENGLISH, null))
          .contains(
              "buyerId: the check character of the resident identity number does not match the"
                  + " other digits");
    } finally {
      Locale.setDefault(before);
      ResourceBundle.clearCache();
    }
  }

  @Test
  void theContributorBundlesAreCopiesOfTheStandardOnes() throws IOException {
    Path classes = mainResources();
    for (String suffix : BASES) {
      byte[] standard =
          Files.readAllBytes(classes.resolve("ValidationMessages" + suffix + ".properties"));
      byte[] contributor =
          Files.readAllBytes(
              classes.resolve("ContributorValidationMessages" + suffix + ".properties"));
      assertThat(contributor).as(suffix).isEqualTo(standard);
    }
  }

  @Test
  void theStandardBundlesAloneCarryBothLanguagesForAnyProvider() throws IOException {
    // What a provider without contributor bundles reads when the application has no bundle of
    // its own: anke-core's ValidationMessages, with nothing else on the class path.
    try (URLClassLoader onlyAnkeCore =
        new URLClassLoader(new URL[] {mainResources().toUri().toURL()}, null)) {
      ResourceBundle.Control exact =
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
      ResourceBundle en =
          ResourceBundle.getBundle("ValidationMessages", Locale.ENGLISH, onlyAnkeCore, exact);
      ResourceBundle zh =
          ResourceBundle.getBundle(
              "ValidationMessages", Locale.SIMPLIFIED_CHINESE, onlyAnkeCore, exact);
      assertThat(en.getString(CHECK_CHARACTER))
          .isEqualTo(
              "the check character of the resident identity number does not match the other digits");
      // read as UTF-8, as PropertyResourceBundle does since Java 9
      assertThat(zh.getString(CHECK_CHARACTER)).isEqualTo("公民身份号码的校验码与前17位数字不符");
      // the same keys in both languages; the _en bundle adds none
      assertThat(Collections.list(zh.getKeys()))
          .containsExactlyInAnyOrderElementsOf(Collections.list(en.getKeys()));
      assertThat(load(mainResources().resolve("ValidationMessages_en.properties").toUri().toURL()))
          .isEmpty();
    }
  }

  private static List<String> messages(
      Locale locale, ResourceBundleMessageInterpolator interpolator) {
    var configuration =
        Validation.byProvider(HibernateValidator.class).configure().defaultLocale(locale);
    if (interpolator != null) {
      configuration.messageInterpolator(interpolator);
    }
    try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
      Set<ConstraintViolation<Order>> violations = factory.getValidator().validate(BAD);
      return IdentifierConstraintsTest.messages(violations);
    }
  }

  /** The directory (or jar) anke-core's main classes and resources come from. */
  private static Path mainResources() {
    try {
      return Path.of(Identifiers.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Properties load(URL url) throws IOException {
    Properties p = new Properties();
    try (InputStream in = url.openStream()) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}
