/**
 * The {@code CRYPTO-} rules: they judge the cryptographic API usage that {@link
 * io.anke.scan.bytecode.BytecodeScanner} finds, against GB/T 39786-2021 (密评) and the cryptography
 * clauses of GB/T 22239-2019, with bilingual texts from {@code Messages.properties}.
 */
package io.anke.rules.crypto;
