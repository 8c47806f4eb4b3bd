/**
 * Events for other government systems (数据共享): the facts other systems of the province follow — a case accepted,
 * decided and completed, a certificate issued or revoked, a rating given — sent to RabbitMQ through Spring Modulith's
 * event externalisation, at least once, in the documented message contract ({@code docs/events.md},
 * {@code docs/asyncapi.yaml}), with nothing personal in them. Switched on by {@code onevisit.events.amqp.enabled};
 * off (the default), no AMQP bean exists and nothing is sent or kept (ADR 0052). The module stands above the modules
 * whose events it sends; nothing uses it.
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.sharing;
