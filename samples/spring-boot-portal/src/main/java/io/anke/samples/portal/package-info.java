/**
 * A department portal of a provincial e-government cloud, as a Spring Boot 3.5 web application: the
 * start-up guard runs through anke-spring-boot-starter, residents' records are stored with their
 * identity number and mobile encrypted, and every read goes through the data-access guard, which
 * releases what the sharing policy allows (masked or in the clear) and records each decision in a
 * signed audit trail.
 */
package io.anke.samples.portal;
