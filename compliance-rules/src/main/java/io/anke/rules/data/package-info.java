/**
 * Personal-information handling and data classification: the application's classes that carry
 * personal-information fields ({@link io.anke.rules.data.ClassWithPersonalData}) and what they
 * declare with {@code @DataResource} and {@code @Classified} ({@link
 * io.anke.rules.data.ClassificationDeclaration}), both read from class files by {@link
 * io.anke.rules.data.DataFieldCollector}, and the {@code DATA-} rules — sensitive personal
 * information stored without encryption, classified data not stored encrypted at its resource's
 * protection level or classified inconsistently, personal information displayed without masking,
 * written to logs, or sent to storage outside mainland China. Registered through {@link
 * io.anke.rules.data.DataRules}.
 */
package io.anke.rules.data;
