package io.cdpkit.examples;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the fake Autobahn server saw during one case: the agent, exact echoes, problems. */
public final class CaseRecord {

    final String agent;
    final List<String> problems = new CopyOnWriteArrayList<>();
    volatile int exactEchoes;
    volatile boolean finished;

    CaseRecord(String agent) {
        this.agent = agent;
    }
}
