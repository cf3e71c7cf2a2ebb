/**
 * Baselines for adoption: {@link io.anke.core.baseline.Baseline} records today's findings by stable
 * fingerprint, so that later scans fail only on new ones.
 */
package io.anke.core.baseline;
