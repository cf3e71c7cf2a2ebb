/** Reading files: strict UTF-8 text, and what to say when a file cannot be read or written. */
package io.anke.core.files;
