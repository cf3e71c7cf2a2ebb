/**
 * Personal-information handling: the application's classes that carry personal-information fields
 * as scan facts ({@link io.anke.rules.data.DataClass}, read by {@link
 * io.anke.rules.data.DataClassCollector}) and the {@code DATA-} rules — sensitive personal
 * information stored without encryption, displayed without masking, written to logs, or sent to
 * storage outside mainland China. Registered through {@link io.anke.rules.data.DataRules}.
 */
package io.anke.rules.data;
