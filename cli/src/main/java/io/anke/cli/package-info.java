/** The {@code anke} command: a thin picocli layer over the library, with the exit-code contract. */
package io.anke.cli;
