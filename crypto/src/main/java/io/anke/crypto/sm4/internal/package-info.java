/** Building blocks shared by the SM4 classes; not API, other modules must not use them. */
package io.anke.crypto.sm4.internal;
