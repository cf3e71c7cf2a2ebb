/**
 * A web application started behind the start-up guard in a servlet container (a {@code
 * ServletContextListener} that runs {@code StartupGuard}).
 */
package io.anke.samples.guard.servlet;
