/**
 * Reading the running JVM's class path as bills of materials, for the start-up guard: {@link
 * io.anke.scan.classpath.JvmClasspath} (the {@code io.anke.core.guard.RuntimeClasspath} service)
 * reads every class-path entry, and the {@code Class-Path} of manifests ({@link
 * io.anke.scan.classpath.ManifestClassPath}), with the same archive readers as {@code anke scan}.
 */
package io.anke.scan.classpath;
