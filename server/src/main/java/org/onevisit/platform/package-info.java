/**
 * What every capability stands on: the domain-error contract and its RFC 9457 rendering, the clock,
 * the attempt limits that every node shares ({@link org.onevisit.platform.Attempts}), the language switch
 * and the page layout. Holds no business rule.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.onevisit.platform;
