package org.onevisit.sharing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Whether the RabbitMQ the tests use answers: {@code SPRING_RABBITMQ_HOST} and {@code SPRING_RABBITMQ_PORT} as Spring
 * Boot reads them, by default 127.0.0.1:5672. Tests against the broker are skipped, saying so, where none answers (the
 * README's {@code mvn verify} on a machine without RabbitMQ); CI starts one ({@code .ci/run}).
 */
final class LocalBroker {

    private LocalBroker() {
    }

    static boolean answers() {
        String host = System.getenv().getOrDefault("SPRING_RABBITMQ_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("SPRING_RABBITMQ_PORT", "5672"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException | RuntimeException none) {
            return false;
        }
    }
}
