/** The constant-propagation analysis behind the bytecode scanner; not API. */
package io.anke.scan.bytecode.internal;
