package org.immunodiff.engine;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.util.ArrayList;
import java.util.List;

/**
 * Records the name of every rule that fired for one panel, in firing order, for the audit trail, and tells the
 * scorecard which rule is firing: consequences name themselves with {@code scorecard.firingRule()} rather than
 * {@code drools.getRule().getName()}, because a consequence that names {@code drools} makes the executable model build
 * a fact-handle map on every firing.
 */
final class FiredRuleAudit extends DefaultAgendaEventListener {
    private final List<String> fired = new ArrayList<>(32); // a few dozen names: a list beats a hash set
    private final Scorecard scorecard;

    FiredRuleAudit(Scorecard scorecard) { this.scorecard = scorecard; }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        scorecard.firing(event.getMatch().getRule().getName());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String name = event.getMatch().getRule().getName();
        // a rule often fires several times in a row (once per stain): the same name object as the last one added
        if (!fired.isEmpty() && fired.get(fired.size() - 1) == name) return;
        if (!fired.contains(name)) fired.add(name);
    }

    /** A read-only view: the audit belongs to one panel's evaluation and is not written to after it. */
    List<String> firedRules() { return java.util.Collections.unmodifiableList(fired); }
}
