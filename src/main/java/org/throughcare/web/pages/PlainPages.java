package org.throughcare.web.pages;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Pages with no data: the one a timed-out user is sent to (public, as they are signed out by
 * then), the accessibility statement (public, as the regulations ask), and the request the timeout
 * warning's "Stay signed in" makes.
 */
@Controller
class PlainPages {

    @GetMapping("/session-ended")
    String sessionEnded() {
        return "web/session-ended";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "web/accessibility";
    }

    /** Any request renews the session; this one does nothing else. */
    @GetMapping("/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
