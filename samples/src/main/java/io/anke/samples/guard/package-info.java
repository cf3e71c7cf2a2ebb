/** A plain Java application started behind the start-up guard ({@code StartupGuard.check()}). */
package io.anke.samples.guard;
