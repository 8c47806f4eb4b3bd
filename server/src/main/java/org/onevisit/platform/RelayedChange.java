package org.onevisit.platform;

/**
 * What another node {@link ChangeSignals#relay relayed} after its transaction committed, published on this node as
 * an application event (from the listener's thread): a topic the relaying code named, and its payload.
 */
public record RelayedChange(String topic, String payload) {
}
