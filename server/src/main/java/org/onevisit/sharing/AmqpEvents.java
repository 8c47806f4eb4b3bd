package org.onevisit.sharing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.onevisit.sharing.EventContract.Outgoing;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the contract's events ({@link EventContract}) to RabbitMQ through Spring Modulith's event externalisation,
 * when {@value #ENABLED} is true. Spring Modulith's own AMQP module is not used (ADR 0052): this class gives its
 * {@link DelegatingEventExternalizer} — a listener on the event publication registry — a transport over Spring Boot's
 * {@link RabbitTemplate}, configured by the standard {@code spring.rabbitmq.*} properties.
 *
 * <p>Each event of the contract is kept in the registry ({@code event_publication}) in the transaction that
 * publishes it, sent after the commit, and its publication completed only once the broker confirmed the message
 * (publisher confirms, {@code spring.rabbitmq.publisher-confirm-type=correlated}); a message the broker refused, or
 * did not confirm within {@code onevisit.events.amqp.confirm-timeout}, leaves the publication failed, to be sent again
 * by {@link AmqpRetries}, and an application that stopped before sending finds it incomplete at its next start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). So every message leaves at least once.
 *
 * <p>The exchange ({@code onevisit.events.amqp.exchange}, a durable topic exchange) is declared by OneVisit; queues are
 * the consumers' own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = AmqpEvents.ENABLED, havingValue = "true")
@ConditionalOnProperty(name = "spring.modulith.events.externalization.enabled", havingValue = "true",
        matchIfMissing = true)
class AmqpEvents {

    /** The one property that switches the events for other systems on. */
    static final String ENABLED = "onevisit.events.amqp.enabled";

    @Bean
    TopicExchange onevisitEventsExchange(@Value("${onevisit.events.amqp.exchange}") String exchange) {
        return new TopicExchange(exchange, true, false);
    }

    /** Which events leave, to which exchange under which routing key, as which message. */
    @Bean
    EventExternalizationConfiguration onevisitEventContract(@Value("${onevisit.events.amqp.exchange}") String exchange,
            @Value("${onevisit.centre.region-code}") String regionCode) {
        return EventExternalizationConfiguration.externalizing()
                .select(EventContract::sends)
                .mapping(event -> EventContract.message(event, regionCode))
                .routeAll(event -> RoutingTarget.forTarget(exchange)
                        .andKey(EventContract.kindOf(event).orElseThrow().type()))
                .build();
    }

    @Bean
    DelegatingEventExternalizer amqpEventExternalizer(EventExternalizationConfiguration contract, RabbitTemplate rabbit,
            ConnectionFactory connections, JsonMapper json,
            @Value("${onevisit.centre.region-code}") String regionCode,
            @Value("${onevisit.events.amqp.confirm-timeout}") Duration confirmTimeout) {
        if (!connections.isPublisherConfirms()) {
            throw new IllegalStateException(ENABLED + " needs spring.rabbitmq.publisher-confirm-type=correlated: a "
                    + "publication is completed only once the broker confirmed its message");
        }
        return new DelegatingEventExternalizer(contract, (target, payload) -> send(rabbit, json, regionCode,
                confirmTimeout, target, (Outgoing) payload));
    }

    @Bean
    AmqpRetries amqpRetries(FailedEventPublications failed,
            @Value("${onevisit.events.amqp.retry-after}") Duration retryAfter) {
        return new AmqpRetries(failed, retryAfter);
    }

    private static CompletableFuture<?> send(RabbitTemplate rabbit, JsonMapper json, String regionCode,
            Duration confirmTimeout, RoutingTarget target, Outgoing outgoing) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(outgoing.id());
        properties.setType(outgoing.kind().type());
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setAppId("onevisit");
        properties.setTimestamp(Date.from(outgoing.at()));
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setHeader("message-id", outgoing.id());
        properties.setHeader("event-type", outgoing.kind().type());
        properties.setHeader("event-version", EventContract.VERSION);
        properties.setHeader("source", regionCode);
        Message message = new Message(json.writeValueAsBytes(outgoing.payload()), properties);
        CorrelationData confirmation = new CorrelationData(outgoing.id());
        rabbit.send(target.getTarget(), target.getKey(), message, confirmation);
        return confirmation.getFuture().orTimeout(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenAccept(confirm -> {
                    if (!confirm.ack()) {
                        throw new IllegalStateException("The broker refused " + outgoing.kind().type() + " message "
                                + outgoing.id() + ": " + confirm.reason());
                    }
                });
    }
}
