/**
 * Masking of personal information for display (去标识化 by masking, GB/T 35273-2020 §7.2): {@link
 * io.anke.core.masking.MaskStrategy} masks one string, {@link io.anke.core.masking.Masked} says per
 * field how, and {@link io.anke.core.masking.Masker} masks a deep copy of an object graph, never
 * the caller's object. Failures are {@link io.anke.core.masking.MaskingException}s that name the
 * class, field and path.
 */
package io.anke.core.masking;
