package org.onevisit.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read: it joins the caller's transaction, or runs without one on a connection held for the call. Transactions
 * here read committed data, so a read-only transaction would give each statement no more than it sees on its own
 * (what is committed when the statement runs) and would cost a commit, one more round trip to the database, for
 * nothing. A read that must see several rows as of one moment reads them in one statement, or locks them in the
 * transaction of a change.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public @interface ReadOnly {
}
