package io.anke.core.host;

/**
 * The server's DMI identity from {@code /sys/class/dmi/id}.
 *
 * @param file the sys_vendor file as named on the host
 * @param sysVendor {@code sys_vendor} (dmidecode "Manufacturer")
 * @param productName {@code product_name}, or null
 */
public record ServerInfo(String file, String sysVendor, String productName) {}
