package io.anke.rules.runtime;

import io.anke.core.Severity;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Subject;
import io.anke.core.runtime.DisabledAlgorithms;
import io.anke.core.runtime.DisabledAlgorithms.Entry;
import io.anke.core.runtime.RuntimeSecurityFacts;
import io.anke.scan.bytecode.Algorithms;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The disabled-algorithm properties must cover the weak algorithms. The property is read by {@link
 * DisabledAlgorithms} (the JDK grammar: constraints, {@code include}); each name in it and each
 * required name is read by {@link Algorithms}, the project's one algorithm vocabulary, so that
 * {@code SHA1} covers {@code SHA-1}, {@code MD5} covers {@code MD5withRSA}, and {@code RSA keySize
 * < 1024} disables small RSA keys but not RSA.
 */
final class DisabledAlgorithmsRule extends RuntimeRule {
  /** One thing the property must disable, as the JDK would write it. */
  record Requirement(String shown, Predicate<List<Entry>> met) {}

  private final String property;
  private final Function<RuntimeSecurityFacts, String> value;
  private final Function<RuntimeSecurityFacts, DisabledAlgorithms> read;
  private final List<Requirement> requirements;

  private DisabledAlgorithmsRule(
      String id,
      Severity severity,
      List<String> standards,
      String property,
      Function<RuntimeSecurityFacts, String> value,
      Function<RuntimeSecurityFacts, DisabledAlgorithms> read,
      List<Requirement> requirements) {
    super(id, severity, standards, Clauses.ASSESSED);
    this.property = property;
    this.value = value;
    this.read = read;
    this.requirements = List.copyOf(requirements);
  }

  @Override
  void judge(RuntimeSecurityFacts facts, FindingSink sink) {
    DisabledAlgorithms list = read.apply(facts);
    List<String> missing = new ArrayList<>();
    for (Requirement r : requirements) {
      if (!r.met().test(list.entries())) {
        missing.add(r.shown());
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String value = this.value.apply(facts);
    sink.report(
        sink.finding()
            .subject(Subject.of(Subject.HOST, "jvm:" + property))
            .message(
                RuntimeRules.TEXT.text(
                    value == null ? "RUNTIME.message.disabled.unset" : "RUNTIME.message.disabled",
                    property,
                    String.join(", ", missing)))
            .property("property", property)
            .property("missing", String.join(", ", missing))
            .property("value", value)
            .property(
                "unresolvedIncludes",
                list.unresolved().isEmpty() ? null : String.join(", ", list.unresolved()))
            .build());
  }

  /** The canonical names of a list item: a protocol, else the algorithms of a name or suite. */
  static List<String> canonical(String name) {
    String protocol = Algorithms.protocol(name);
    return protocol != null ? List.of(protocol) : Algorithms.cipherSuite(name);
  }

  /** True when {@code e} names {@code wanted} or a part of it (MD5 is a part of MD5withRSA). */
  static boolean covers(Entry e, List<String> wanted) {
    List<String> named = canonical(e.algorithm());
    return !named.isEmpty() && wanted.containsAll(named);
  }

  /** {@code name} is disabled in every use and at every key size. */
  static Requirement outright(String name) {
    List<String> wanted = canonical(name);
    return new Requirement(
        name, entries -> entries.stream().anyMatch(e -> e.unconstrained() && covers(e, wanted)));
  }

  /** Keys of {@code algorithm} shorter than {@code bits} are disabled (or the algorithm is). */
  static Requirement keysBelow(String algorithm, int bits) {
    List<String> wanted = canonical(algorithm);
    return new Requirement(
        algorithm + " keySize < " + bits,
        entries ->
            entries.stream()
                .anyMatch(
                    e -> covers(e, wanted) && (e.unconstrained() || e.keySizeFloor() >= bits)));
  }

  /**
   * {@code name} is disabled at least in TLS server certificates that chain to the JDK's CAs: an
   * entry whose every constraint is {@code jdkCA}, a {@code usage} naming {@code TLSServer} or a
   * {@code denyAfter} date that has passed (the JDK applies all of an entry's constraints together,
   * so each narrows it).
   */
  static Requirement forTlsServerCertificates(String name) {
    List<String> wanted = canonical(name);
    return new Requirement(
        name + " jdkCA & usage TLSServer",
        entries ->
            entries.stream()
                .anyMatch(
                    e ->
                        covers(e, wanted)
                            && e.constraints().stream()
                                .allMatch(DisabledAlgorithmsRule::narrowsToTlsServerCertificates)));
  }

  private static boolean narrowsToTlsServerCertificates(String constraint) {
    String[] words = constraint.split(" ");
    switch (words[0]) {
      case "jdkCA":
        return true;
      case "usage":
        return List.of(words).contains("TLSServer");
      case "denyAfter":
        try {
          return words.length == 2
              && !LocalDate.parse(words[1]).isAfter(LocalDate.now(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
          return false;
        }
      default:
        return false;
    }
  }

  /** RUNTIME-TLS-DISABLED-ALGORITHMS-WEAK. */
  static DisabledAlgorithmsRule tls() {
    return new DisabledAlgorithmsRule(
        "RUNTIME-TLS-DISABLED-ALGORITHMS-WEAK",
        Severity.HIGH,
        Clauses.TRANSPORT,
        RuntimeSecurityFacts.TLS_DISABLED,
        RuntimeSecurityFacts::tlsDisabledAlgorithms,
        RuntimeSecurityFacts::tlsDisabled,
        List.of(
            outright("SSLv3"),
            outright("TLSv1"),
            outright("TLSv1.1"),
            outright("RC4"),
            outright("DES"),
            outright("3DES_EDE_CBC"),
            outright("NULL"),
            outright("anon"),
            outright("MD5withRSA"),
            keysBelow("DH", 1024)));
  }

  /** RUNTIME-CERTPATH-DISABLED-ALGORITHMS-WEAK. */
  static DisabledAlgorithmsRule certPath() {
    return new DisabledAlgorithmsRule(
        "RUNTIME-CERTPATH-DISABLED-ALGORITHMS-WEAK",
        Severity.MEDIUM,
        Clauses.CERTIFICATES,
        RuntimeSecurityFacts.CERTPATH_DISABLED,
        RuntimeSecurityFacts::certPathDisabledAlgorithms,
        RuntimeSecurityFacts::certPathDisabled,
        List.of(
            outright("MD2"),
            outright("MD5"),
            forTlsServerCertificates("SHA1"),
            keysBelow("RSA", 1024),
            keysBelow("DSA", 1024),
            keysBelow("EC", 224)));
  }
}
