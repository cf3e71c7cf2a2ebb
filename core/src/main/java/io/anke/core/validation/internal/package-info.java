/**
 * The {@link jakarta.validation.ConstraintValidator}s of the constraints in {@link
 * io.anke.core.validation}. They hold no logic of their own: they read the constraint's attributes,
 * call {@link io.anke.core.validation.Identifiers} and report the defect found with its own
 * message. Not API: name the constraints, not these classes.
 */
package io.anke.core.validation.internal;
