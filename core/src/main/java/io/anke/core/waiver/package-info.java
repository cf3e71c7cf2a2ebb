/**
 * Waivers: governed, expiring acceptances of findings (a stable contract). A {@link
 * io.anke.core.waiver.Waiver} names a rule (or glob), a subject glob, a {@link
 * io.anke.core.waiver.WaiverReason}, a justification, an approver and an expiry date.
 */
package io.anke.core.waiver;
