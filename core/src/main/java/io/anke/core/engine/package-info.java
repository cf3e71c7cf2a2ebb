/**
 * The compliance engine: {@link io.anke.core.engine.Engine} runs the rules of a {@link
 * io.anke.core.engine.RuleRegistry} selected by a profile over a scan context, applies waivers and
 * the baseline, and returns a {@link io.anke.core.engine.ScanResult} with the exit decision.
 */
package io.anke.core.engine;
