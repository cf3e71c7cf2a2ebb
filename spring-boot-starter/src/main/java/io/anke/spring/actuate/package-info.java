/** The Actuator view of the start-up guard: the {@code anke} health indicator and endpoint. */
package io.anke.spring.actuate;
