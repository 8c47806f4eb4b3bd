/**
 * Queries at scale: fills a database with a million realistic cases over two years of the demo catalog, then
 * measures the latency of the queries staff run all day through the product's own facades and shows their plans.
 */
package org.onevisit.bench.scale;
