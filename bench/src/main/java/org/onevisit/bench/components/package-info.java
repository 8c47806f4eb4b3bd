/**
 * Microbenchmarks (JMH) of the product's named performance components, in process on a database of their own: what
 * each one saves, or what dropping one costs (ADRs 0012 and 0014).
 */
package org.onevisit.bench.components;
