/**
 * Who works in and comes to the centre: staff with their roles and delegations (授权清单), applicants
 * (natural persons by resident ID number, legal persons by unified social credit code), and login.
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.people;
