/**
 * Delivery of results (送达): once every item of a case is decided its results are handed over at the counter
 * (a visit) or sent by express (none), and the case closes when they arrive — the result of a case accepted on
 * a 容缺 pledge only after the pledged materials are in.
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.delivery;
