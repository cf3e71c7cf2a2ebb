/** JMH benchmarks of Anke against the strongest peers, run side by side in one process. */
package io.anke.benchmarks;
