/**
 * Signed delivery manifests: the SM3 digest of every file of a delivery, signed with SM2 in a
 * detached CMS signature, and the check that the programs running are the ones delivered (GB/T
 * 39786-2021 8.3(f), integrity and source authenticity of important executable programs; GB/T
 * 22239-2019 8.1.4.6, trusted verification). The format is described in {@code docs/formats.md}.
 */
package io.anke.core.manifest;
