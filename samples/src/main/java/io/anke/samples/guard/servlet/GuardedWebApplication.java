package io.anke.samples.guard.servlet;

import io.anke.core.guard.StartupGuard;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The smallest guarded web application: a listener that proves the stack before the container
 * serves a request. The guard judges the web application's own class loader (its {@code
 * WEB-INF/classes} and {@code WEB-INF/lib}, then the container's class path); in {@code enforce}
 * mode its {@link io.anke.core.guard.StartupGuardException} makes the container mark the
 * application failed, so it never serves.
 */
@WebListener
public final class GuardedWebApplication implements ServletContextListener {
  /** Public for the container, which creates the listener. */
  public GuardedWebApplication() {}

  @Override
  public void contextInitialized(ServletContextEvent event) {
    StartupGuard.builder().classLoader(event.getServletContext().getClassLoader()).build().run();
    event.getServletContext().log("GuardedWebApplication started");
  }
}
