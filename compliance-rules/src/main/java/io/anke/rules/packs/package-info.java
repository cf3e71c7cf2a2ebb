/**
 * What the bundled rule packs ({@code BOM-}, {@code HW-}, {@code HOST-}, {@code DATA-}, {@code
 * CONFIG-}) share: the ids of the bundled profiles ({@link io.anke.rules.packs.ProfileId}), a base
 * class that builds a rule's descriptor from its resource bundle ({@link
 * io.anke.rules.packs.PackRule}), the split of a scan's components into application, inventory and
 * host ({@link io.anke.rules.packs.ScanParts}), explicit catalog identification ({@link
 * io.anke.rules.packs.Identification}) and the families of databases ({@link
 * io.anke.rules.packs.DatabaseFamily}).
 */
package io.anke.rules.packs;
