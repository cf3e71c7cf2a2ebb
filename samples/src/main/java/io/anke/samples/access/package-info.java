/**
 * A resident-records service of a provincial e-government cloud: records validated with the
 * identifier constraints, classified, stored with the identity number encrypted and searchable
 * through a blind index, and released to other departments only under sharing agreements, masked as
 * agreed.
 */
package io.anke.samples.access;
