/**
 * The start-up guard: one call that proves, each time an application starts, that the running
 * process stands on a compliant stack (host and runtime, the class path as a bill of materials, the
 * national cryptography's self-test, JVM security settings and the delivered programs' integrity).
 */
package io.anke.core.guard;
