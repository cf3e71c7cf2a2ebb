/** The build gate: Maven goals that fail builds on non-compliant components and algorithms. */
package io.anke.maven;
