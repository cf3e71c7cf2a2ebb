package io.anke.samples.portal;

import io.anke.core.rule.Text;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Writes each {@link PortalProblem} as {@code application/problem+json} (RFC 9457): {@code type},
 * {@code title}, {@code status}, {@code detail} and the problem's own members. Title and detail are
 * in Chinese when the request's {@code Accept-Language} prefers Chinese, else in English ({@code
 * Content-Language} says which). The {@code instance} is a fresh {@code urn:uuid:}, which the log
 * repeats for server errors, so that an operator finds the occurrence a requester reports.
 */
@RestControllerAdvice
public class ProblemResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

  @ExceptionHandler(PortalProblem.class)
  ResponseEntity<ProblemDetail> problem(PortalProblem problem, Locale locale) {
    ProblemDetail body = ProblemDetail.forStatus(problem.status());
    body.setType(problem.type());
    body.setTitle(problem.title().in(locale));
    body.setDetail(problem.detail().in(locale));
    // Not the request path, which Spring would put here: it holds the identity number asked for.
    body.setInstance(URI.create("urn:uuid:" + UUID.randomUUID()));
    problem.properties().forEach(body::setProperty);
    if (problem.status().is5xxServerError()) {
      LOG.error("{} {}: {}", body.getInstance(), problem.type(), problem.detail().en());
    }
    return ResponseEntity.status(problem.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, Text.isChinese(locale) ? "zh-CN" : "en")
        .cacheControl(CacheControl.noStore())
        .body(body);
  }
}
