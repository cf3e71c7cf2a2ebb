/**
 * Spring Boot integration of the start-up guard: the {@code anke.guard.*} properties and the
 * outcome of the guard's run at this application's start.
 */
package io.anke.spring.guard;
