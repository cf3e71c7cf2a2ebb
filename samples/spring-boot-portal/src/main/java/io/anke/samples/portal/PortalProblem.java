package io.anke.samples.portal;

import io.anke.core.policy.Decision;
import io.anke.core.policy.Reason;
import io.anke.core.rule.Text;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the portal answers with a problem instead of a record; {@link ProblemResponses} writes
 * it as an RFC 9457 problem document. The title and detail are kept in both languages and sent in
 * the one the client asks for; the reasons of a denial are sent in both.
 */
public final class PortalProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Problem types are tag URIs (RFC 4151): names, not pages to fetch. */
  static final String TYPE_PREFIX = "tag:anke.io,2026:portal/";

  private final HttpStatus status;
  private final String type;
  private final Text title;
  private final Text detail;
  private final transient Map<String, Object> properties;

  private PortalProblem(
      HttpStatus status, String type, Text detail, Map<String, Object> properties) {
    super(detail.en());
    this.status = status;
    this.type = type;
    this.title = PortalMessages.text("problem." + type + ".title");
    this.detail = detail;
    this.properties = properties;
  }

  /** Headers that name the requester are missing (400). */
  static PortalProblem missingHeaders(List<String> headers) {
    return new PortalProblem(
        HttpStatus.BAD_REQUEST,
        "missing-headers",
        PortalMessages.text("problem.missing-headers.detail", String.join(", ", headers)),
        Map.of("missingHeaders", List.copyOf(headers)));
  }

  /** A header holds a value the portal does not know (400). */
  static PortalProblem invalidHeader(String header, String value, String expected) {
    return new PortalProblem(
        HttpStatus.BAD_REQUEST,
        "invalid-header",
        PortalMessages.text("problem.invalid-header.detail", header, value, expected),
        Map.of("header", header));
  }

  /** The path does not hold a resident identity number (400); the value is not repeated. */
  static PortalProblem invalidIdNumber() {
    return new PortalProblem(
        HttpStatus.BAD_REQUEST,
        "invalid-id-number",
        PortalMessages.text("problem.invalid-id-number.detail"),
        Map.of());
  }

  /** The policy denies the requester (403), with the decision's reasons in both languages. */
  static PortalProblem denied(Decision decision) {
    List<Map<String, String>> reasons = new ArrayList<>();
    for (Reason r : decision.reasons()) {
      Map<String, String> reason = new LinkedHashMap<>();
      reason.put("code", r.code());
      reason.put("zh", r.text().zh());
      reason.put("en", r.text().en());
      reasons.add(reason);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("decision", decision.effect().id());
    properties.put("reasons", reasons);
    return new PortalProblem(
        HttpStatus.FORBIDDEN, "access-denied", decision.explanation(), properties);
  }

  /** No resident has this identity number (404); only told to requesters the policy allows. */
  static PortalProblem notFound() {
    return new PortalProblem(
        HttpStatus.NOT_FOUND,
        "not-found",
        PortalMessages.text("problem.not-found.detail"),
        Map.of());
  }

  /**
   * The stored record fails its own constraints (500): the data owner has to correct it, the
   * requester cannot. Only the names of the failing fields are sent, never their values.
   */
  static PortalProblem invalidStoredRecord(List<String> fields) {
    return new PortalProblem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "invalid-stored-record",
        PortalMessages.text("problem.invalid-stored-record.detail", String.join(", ", fields)),
        Map.of("fields", List.copyOf(fields)));
  }

  /** A stored ciphertext does not decrypt: changed, moved, or under a missing key (500). */
  static PortalProblem unreadableStoredRecord() {
    return new PortalProblem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "unreadable-stored-record",
        PortalMessages.text("problem.unreadable-stored-record.detail"),
        Map.of());
  }

  /** The HTTP status. */
  public HttpStatus status() {
    return status;
  }

  /** The problem type URI. */
  public URI type() {
    return URI.create(TYPE_PREFIX + type);
  }

  /** The title, the same for every problem of this type. */
  public Text title() {
    return title;
  }

  /** What happened this time. */
  public Text detail() {
    return detail;
  }

  /** The extension members of the problem document. */
  public Map<String, Object> properties() {
    return properties;
  }
}
