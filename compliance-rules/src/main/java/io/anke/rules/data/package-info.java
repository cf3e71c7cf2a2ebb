/**
 * The {@code DATA-} rules over personal-information handling and data classification, judging what
 * {@code io.anke.scan.data} reads from the application's classes — sensitive personal information
 * stored without encryption, classified data not stored encrypted at its resource's protection
 * level or classified inconsistently, personal information displayed without masking, written to
 * logs, or sent to storage outside mainland China. Registered through {@link
 * io.anke.rules.data.DataRules}.
 */
package io.anke.rules.data;
