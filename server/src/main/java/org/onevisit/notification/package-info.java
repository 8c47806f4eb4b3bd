/**
 * Messages to applicants and staff (SMS first) through an outbox: a message is stored in the same transaction
 * as the change that causes it and handed to the gateway afterwards, so none is lost and none is sent for a
 * change that did not happen. The wording of every message is a template here ({@link org.onevisit.notification.TextMessage}).
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.notification;
