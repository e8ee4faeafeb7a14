package org.immunodiff.engine;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Records the name of every rule that fired for one panel, in firing order, for the audit trail. */
final class FiredRuleAudit extends DefaultAgendaEventListener {
    private final Set<String> fired = new LinkedHashSet<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        fired.add(event.getMatch().getRule().getName());
    }

    List<String> firedRules() { return List.copyOf(fired); }
}
