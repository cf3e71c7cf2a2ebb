/** What the library says when a file cannot be read or written. */
package io.anke.core.files;
