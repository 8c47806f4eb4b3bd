package org.onevisit.people;

/**
 * Whose login attempts a typed login counts as.
 *
 * @param key the account it names — its ID number, credit code and mobile number all count as the one account — or,
 *     naming none, the login itself in a standard form, so that an unknown login is limited exactly like a known one;
 *     staff, applicants and unknown logins have keys of different forms, so that none can stand for another
 * @param account how the audit trail names it: the staff username or the applicant's account number, or for an
 *     unknown login the login as shown
 * @param shown the login as the audit trail may show it: ID numbers and phone numbers masked, anything that is neither
 *     an ID number, a phone number, a credit code nor a staff username hidden (a password typed in the wrong field)
 */
record LoginSubject(String key, String account, String shown) {
}
