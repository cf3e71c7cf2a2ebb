/**
 * Reading files: strict UTF-8 text, what to say when a file cannot be read or written, and the one
 * hardened YAML loader and node walker ({@link io.anke.core.files.ConfigNode}) that profiles,
 * waivers, policies, catalogs, inventories and scanned configuration files are read through.
 */
package io.anke.core.files;
