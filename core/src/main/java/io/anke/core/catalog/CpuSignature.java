package io.anke.core.catalog;

/**
 * The identifying facts of a processor, as read from {@code /proc/cpuinfo} and {@code os.arch}.
 * Every field may be null when unknown.
 *
 * @param arch the {@code os.arch} value ({@code aarch64}, {@code amd64}, {@code loongarch64})
 * @param vendorId x86 {@code vendor_id} (untrimmed as read; the matcher trims)
 * @param implementer ARM "CPU implementer" ({@code 0x48})
 * @param part ARM "CPU part" ({@code 0xd01})
 * @param modelName "model name" / "Model Name"
 */
public record CpuSignature(
    String arch, String vendorId, String implementer, String part, String modelName) {}
