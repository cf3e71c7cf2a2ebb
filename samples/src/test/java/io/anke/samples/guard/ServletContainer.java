package io.anke.samples.guard;

import java.io.File;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;

/**
 * A real embedded Tomcat for a child JVM: deploys one web application (a directory or a war), says
 * whether it became available, and stops. Its class path holds Tomcat and this class only, so
 * whatever the guard finds of the application it found through the web application's class loader.
 */
public final class ServletContainer {
  /** Printed with the context's state when Tomcat has finished starting. */
  static final String STATE = "context state: ";

  private ServletContainer() {}

  /**
   * Runs Tomcat with base directory {@code args[0]} and the web application {@code args[1]}.
   *
   * @param args the base directory and the web application (a directory or a {@code .war})
   */
  public static void main(String[] args) throws LifecycleException {
    Tomcat tomcat = new Tomcat();
    // no JSP engine on this class path: leave out the default servlets that would need one
    tomcat.setAddDefaultWebXmlToWebapp(false);
    tomcat.setBaseDir(args[0]);
    tomcat.getHost().setAutoDeploy(false);
    // a war is served from inside the archive, as many deployments do
    ((StandardHost) tomcat.getHost()).setUnpackWARs(false);
    Context context = tomcat.addWebapp("/app", new File(args[1]).getAbsolutePath());
    tomcat.start();
    System.out.println(STATE + context.getState());
    boolean available = context.getState().isAvailable();
    tomcat.stop();
    tomcat.destroy();
    System.exit(available ? 0 : 1);
  }
}
