package io.cdpkit.cdp.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The two places Chromium announces its endpoint, with text as Chromium 156 writes it. */
class DevToolsAddressTest {

    @Test
    void readsTheActivePortFile() {
        Optional<DevToolsAddress> address = DevToolsAddress.fromActivePortFile(
                "46017\n/devtools/browser/c85d1276-12f5-4c24-a923-4540207ee4e9");

        assertEquals(URI.create("ws://127.0.0.1:46017/devtools/browser/c85d1276-12f5-4c24-a923-4540207ee4e9"),
                address.orElseThrow().webSocketUrl());
        assertEquals(URI.create("http://127.0.0.1:46017"), address.orElseThrow().httpUrl());
    }

    @Test
    void ignoresAnIncompleteOrMalformedActivePortFile() {
        assertTrue(DevToolsAddress.fromActivePortFile("").isEmpty());
        assertTrue(DevToolsAddress.fromActivePortFile("46017").isEmpty());
        assertTrue(DevToolsAddress.fromActivePortFile("46017\n").isEmpty());
        assertTrue(DevToolsAddress.fromActivePortFile("46017\n/devtools/brow").isEmpty());
        assertTrue(DevToolsAddress.fromActivePortFile("port\n/devtools/browser/x").isEmpty());
        assertTrue(DevToolsAddress.fromActivePortFile("0\n/devtools/browser/x").isEmpty());
    }

    @Test
    void readsTheStderrAnnouncement() {
        Optional<DevToolsAddress> address = DevToolsAddress.fromListeningLine(
                "DevTools listening on ws://127.0.0.1:35481/devtools/browser/1aabab9a-b484-44bd-889f-6303984fd67d");

        assertEquals(URI.create("ws://127.0.0.1:35481/devtools/browser/1aabab9a-b484-44bd-889f-6303984fd67d"),
                address.orElseThrow().webSocketUrl());
        assertEquals(URI.create("http://127.0.0.1:35481"), address.orElseThrow().httpUrl());
    }

    @Test
    void ignoresOtherStderrLines() {
        assertTrue(DevToolsAddress.fromListeningLine("").isEmpty());
        assertTrue(DevToolsAddress.fromListeningLine("[5441:5472:1125/185631.519739:ERROR:dbus/bus.cc:405] Failed to "
                + "connect to the bus: Failed to connect to socket /run/dbus/system_bus_socket").isEmpty());
        assertTrue(DevToolsAddress.fromListeningLine("DevTools listening on ws://127.0.0.1/devtools/browser/x").isEmpty());
        assertTrue(DevToolsAddress.fromListeningLine("DevTools listening on ws://127.0.0.1:9222/devtools/page/x").isEmpty());
    }
}
