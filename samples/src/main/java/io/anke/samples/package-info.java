/** Runnable examples of Anke for application developers. */
package io.anke.samples;
