package io.anke.core.host;

import io.anke.core.catalog.CpuSignature;

/**
 * The processor facts of {@code /proc/cpuinfo} (first processor) and {@code os.arch}. Fields are
 * null when the platform does not report them.
 *
 * @param file the file as named on the host ({@code /proc/cpuinfo}), or null when unreadable
 * @param arch {@code os.arch}
 * @param vendorId x86 {@code vendor_id}, as read (Zhaoxin's has surrounding spaces)
 * @param implementer ARM "CPU implementer"
 * @param part ARM "CPU part"
 * @param modelName "model name" (x86) or "Model Name" (LoongArch)
 * @param family "cpu family" / "CPU Family"
 * @param logicalProcessors the number of "processor" stanzas, 0 when unknown
 */
public record CpuInfo(
    String file,
    String arch,
    String vendorId,
    String implementer,
    String part,
    String modelName,
    String family,
    int logicalProcessors) {

  /** The facts the catalog matches on. */
  public CpuSignature signature() {
    return new CpuSignature(arch, vendorId, implementer, part, modelName);
  }
}
