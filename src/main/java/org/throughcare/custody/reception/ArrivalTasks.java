package org.throughcare.custody.reception;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.throughcare.custody.Establishment;
import org.throughcare.custody.PatientReceived;
import org.throughcare.custody.establishment.EstablishmentDirectory;

/**
 * Every arrival at an establishment (a new reception, a transfer in, a return to another
 * establishment) puts the early-days work on its list with deadlines: the first screen, the
 * medicines reconciliation, the second-stage assessment and the BBV test offer.
 */
@Component
class ArrivalTasks {

    private final CustodyTasks tasks;
    private final EstablishmentDirectory directory;

    ArrivalTasks(CustodyTasks tasks, EstablishmentDirectory directory) {
        this.tasks = tasks;
        this.directory = directory;
    }

    @EventListener
    void on(PatientReceived received) {
        Establishment establishment = directory.find(received.establishment()).orElseThrow();
        tasks.openAll(
                Deadlines.forArrival(received.at()),
                received.patientId(),
                received.stayId(),
                establishment.id(),
                received.at());
    }
}
