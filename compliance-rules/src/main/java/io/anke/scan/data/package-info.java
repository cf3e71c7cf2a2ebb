/**
 * Reading what the application's own classes say about personal information and data
 * classification: {@link io.anke.scan.data.DataFieldCollector} reads class files into the classes
 * with personal-information fields ({@link io.anke.scan.data.ClassWithPersonalData}) and what they
 * declare with {@code @DataResource} and {@code @Classified} ({@link
 * io.anke.scan.data.ClassificationDeclaration}); {@link io.anke.scan.data.ApplicationFacts}
 * attaches them to a scan. The {@code DATA-} rules that judge them are in {@code
 * io.anke.rules.data}.
 */
package io.anke.scan.data;
