/**
 * Parallel casework (并联审批): once a case is accepted every department involved is told at once and reviews
 * in parallel within its own working-day limit; the lead department decides; the clock is kept, suspended
 * and extended as the law allows, and late departments are deemed to consent where the rules say so.
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.casework;
