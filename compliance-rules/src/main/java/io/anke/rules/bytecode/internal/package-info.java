/** The constant-propagation analysis behind the bytecode scanner; not API. */
package io.anke.rules.bytecode.internal;
