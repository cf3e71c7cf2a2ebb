/**
 * The rule SPI: {@link io.anke.core.rule.Rule} with its {@link io.anke.core.rule.RuleDescriptor},
 * evaluated against a {@link io.anke.core.rule.ScanContext}, reporting {@link
 * io.anke.core.rule.Finding}s to a {@link io.anke.core.rule.FindingSink}. Rules are found through
 * {@link io.anke.core.rule.RuleProvider} and {@link java.util.ServiceLoader}. Texts a person reads
 * are bilingual {@link io.anke.core.rule.Text}s, usually read with a {@link
 * io.anke.core.rule.TextBundle}.
 */
package io.anke.core.rule;
