package org.throughcare.record;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.throughcare.record.validation.ResourceValidator;

/**
 * Loads the R4 definitions the validator needs in the background once the application is up, so
 * start-up stays fast and the first write does not pay for it.
 */
@Component
class RecordWarmUp {

    private static final Logger log = LoggerFactory.getLogger(RecordWarmUp.class);

    private final ResourceValidator validator;

    RecordWarmUp(ResourceValidator validator) {
        this.validator = validator;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("record-warm-up").start(() -> {
            long started = System.nanoTime();
            validator.warmUp();
            log.info("Validator ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        });
    }
}
