/**
 * The accepted case and its parallel casework (并联审批): from acceptance to its end the case is one aggregate here
 * ({@link org.onevisit.casework.CaseFile}: its facts, legal clock, 容缺 pledge and status). Every department involved
 * is told at once and reviews in parallel within its own working-day limit; the lead department decides; the clock is
 * kept, suspended and extended as the law allows; late departments are deemed to consent where the rules say so; the
 * case is withdrawn, terminated or completed here.
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.casework;
