/**
 * The {@code HW-} rules: every item of a hardware (and platform-software) inventory checked against
 * the vendor catalog by category ({@link io.anke.core.catalog.Category}) — server, CPU, operating
 * system, database/middleware/JDK, virtualization, network, storage, security device, crypto device
 * — each judged by one {@code HW-FOREIGN-} rule, with quantities summed per vendor ("12 servers of
 * 3 models from Dell"), unknown vendors, the domestic share per category and the certification of
 * crypto devices. Registered through {@link io.anke.rules.hw.HardwareRules}.
 */
package io.anke.rules.hw;
