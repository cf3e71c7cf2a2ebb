/** How one CBOM asset becomes crypto-usage evidence; not API. */
package io.anke.scan.cbom.internal;
