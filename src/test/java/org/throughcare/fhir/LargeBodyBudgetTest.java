package org.throughcare.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.throughcare.shared.FhirR4;

/**
 * Large bodies share a budget so that a burst of them cannot exhaust the heap (hazard H83): past
 * it a request is told to come back and nothing is done; small bodies are never held back.
 */
class LargeBodyBudgetTest {

    static final long MB = 1024 * 1024;
    static final FhirContext FHIR = FhirR4.newContext();

    final List<String> handled = new ArrayList<>();
    final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(
            2 * MB,
            new LargeBodyBudget(2 * MB, 2 * MB, Duration.ZERO),
            new FhirResponder(FHIR, new ResourceShaping()),
            FHIR);

    @Test
    void aLargeBodyWaitsItsTurnWhileAnotherHoldsTheBudgetAndSmallOnesPass() throws Exception {
        MockHttpServletResponse second = new MockHttpServletResponse();
        MockHttpServletResponse small = new MockHttpServletResponse();

        filter.doFilter(post("first", (long) (1.5 * MB)), new MockHttpServletResponse(), (request, response) -> {
            handled.add("first");
            filter.doFilter(post("second", (long) (1.5 * MB)), second, handler());
            filter.doFilter(post("small", 2_000), small, handler());
        });

        assertThat(handled).containsExactly("first", "small");
        assertThat(second.getStatus()).isEqualTo(503);
        assertThat(second.getHeader("Retry-After")).isEqualTo("0");
        assertThat(second.getContentAsString()).contains("OperationOutcome").contains("busy");
        assertThat(small.getStatus()).isEqualTo(200);

        MockHttpServletResponse again = new MockHttpServletResponse();
        filter.doFilter(post("second", (long) (1.5 * MB)), again, handler());
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(handled).containsExactly("first", "small", "second");
    }

    @Test
    void aChunkedBodyOfUnknownLengthIsCountedAsTheLargestAllowed() {
        LargeBodyBudget budget = new LargeBodyBudget(64 * MB, 16 * MB, Duration.ZERO);

        assertThat(budget.permitsFor(-1, true)).isEqualTo(16 * 1024);
        assertThat(budget.permitsFor(-1, false)).isZero();
        assertThat(budget.permitsFor(LargeBodyBudget.LARGE, false)).isZero();
        assertThat(budget.permitsFor(3 * MB, false)).isEqualTo(3 * 1024);
    }

    @Test
    void theBudgetAlwaysHoldsOneBodyOfTheLimit() {
        LargeBodyBudget budget = new LargeBodyBudget(MB, 16 * MB, Duration.ZERO);
        int permits = budget.permitsFor(16 * MB, false);

        assertThat(budget.take(permits)).isTrue();
        assertThat(budget.take(budget.permitsFor(2 * MB, false))).isFalse();
        budget.give(permits);
        assertThat(budget.take(permits)).isTrue();
    }

    private FilterChain handler() {
        return (request, response) -> handled.add(request.getParameter("name"));
    }

    private static MockHttpServletRequest post(String name, long length) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/fhir/Bundle") {
            @Override
            public long getContentLengthLong() {
                return length;
            }
        };
        request.setParameter("name", name);
        request.addHeader("Content-Type", "application/fhir+json");
        return request;
    }
}
