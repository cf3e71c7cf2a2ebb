/** The built-in report writers; not API (use {@link io.anke.core.report.ReportFormats}). */
package io.anke.core.report.internal;
