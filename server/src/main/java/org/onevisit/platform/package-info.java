/**
 * What every capability stands on: the domain-error contract and its RFC 9457 rendering, the clock,
 * the attempt limits that every node shares ({@link org.onevisit.platform.Attempts}), the language switch
 * and the page layout. Holds no business rule: a closed module that depends on no other (ADR 0010).
 */
@org.springframework.modulith.ApplicationModule
package org.onevisit.platform;
