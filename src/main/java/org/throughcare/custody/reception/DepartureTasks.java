package org.throughcare.custody.reception;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.throughcare.custody.PatientLeft;

/**
 * When a patient leaves an establishment (transferred out, released, died) the work still open for
 * that stay is closed, so no worklist keeps people who are gone: the receiving establishment opens
 * its own early-days work on arrival (QS156 statement 2 counts from the transfer), and a deadline
 * already missed stays recorded as breached.
 */
@Component
class DepartureTasks {

    private final CustodyTasks tasks;

    DepartureTasks(CustodyTasks tasks) {
        this.tasks = tasks;
    }

    @EventListener
    void on(PatientLeft left) {
        tasks.openInStay(left.stayId()).forEach(task -> tasks.closeOnDeparture(task, left.at()));
    }
}
