/**
 * A runnable story of a provincial e-government cloud: the start-up guard proves the stack, records
 * are validated and classified, reads across departments are decided under sharing agreements and
 * masked as agreed, identity numbers are stored encrypted under rotating keys and found by a blind
 * index, a published dataset is signed with SM2, and the audit trail is verified — intact, then
 * after one byte of it is changed.
 */
package io.anke.samples.govdata;
