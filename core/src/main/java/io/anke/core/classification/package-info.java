/**
 * Data classification: which department owns a type of shared record, at which protection level it
 * is held, and which of its fields are core, important or general data, personal or sensitive
 * personal information, and stored encrypted. Access decisions ({@code io.anke.core.policy}),
 * masking and the {@code DATA-} rules read the same annotations.
 */
package io.anke.core.classification;
