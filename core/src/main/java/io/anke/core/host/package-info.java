/**
 * The host probe: operating system, processor, server vendor, JVM and JDBC drivers of the machine
 * an application runs on ({@link io.anke.core.host.HostProbe}), turned into components identified
 * against the catalog ({@link io.anke.core.host.HostInventory}).
 */
package io.anke.core.host;
