/**
 * Electronic supervision (电子监察), above the modules it watches: it reads cases, reviews, decisions and delegations
 * through their modules' facades and keeps its own records of what it found. The audit trail it verifies is the
 * {@code audit} module beneath every other, since every module writes to it.
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.supervision;
