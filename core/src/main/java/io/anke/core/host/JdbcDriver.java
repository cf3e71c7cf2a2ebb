package io.anke.core.host;

/**
 * A JDBC driver registered on the class path through {@code META-INF/services/java.sql.Driver}. The
 * driver class is named, never loaded.
 *
 * @param className the driver class
 * @param location the jar (or directory) that registers it
 * @param groupId the jar's Maven groupId from its {@code pom.properties}, or null
 * @param artifactId the artifactId, or null
 * @param version the version, or null
 */
public record JdbcDriver(
    String className, String location, String groupId, String artifactId, String version) {}
