/**
 * The hall at the peak of a large centre, over HTTP against a started server on PostgreSQL: open display and app event
 * streams, counters calling, tickets taken at an open arrival rate; measured from a call to its arrival on every open
 * stream. Run by {@code bench/hall}; never part of the server.
 */
package org.onevisit.bench.hall;
