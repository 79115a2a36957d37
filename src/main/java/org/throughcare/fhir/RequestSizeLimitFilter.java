package org.throughcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413: at once when Content-Length says so, and as soon
 * as a chunked body passes the limit otherwise, so a huge body is never held in memory. Large bodies
 * within the limit share a {@link LargeBodyBudget}: past it, 503 with Retry-After.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final LargeBodyBudget budget;
    private final FhirResponder responder;
    private final FhirContext fhirContext;

    RequestSizeLimitFilter(long limit, LargeBodyBudget budget, FhirResponder responder, FhirContext fhirContext) {
        this.limit = limit;
        this.budget = budget;
        this.responder = responder;
        this.fhirContext = fhirContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuse(request, response, tooLarge());
            return;
        }
        int permits = budget.permitsFor(length, request.getHeader("Transfer-Encoding") != null);
        if (!budget.take(permits)) {
            response.setHeader("Retry-After", Long.toString(budget.retryAfter().toSeconds()));
            refuse(request, response, busy());
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request), response);
        } finally {
            budget.give(permits);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, FhirApiException refusal) {
        responder.outcome(new FhirRequest(request, fhirContext), response, refusal.status(), refusal.issues());
    }

    private static FhirApiException busy() {
        return new FhirApiException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "transient",
                "The server is busy with other large requests; nothing was done, try again shortly");
    }

    private FhirApiException tooLarge() {
        return new FhirApiException(
                HttpStatus.CONTENT_TOO_LARGE, "too-costly", "The request body is larger than " + limit + " bytes");
    }

    private final class LimitedRequest extends HttpServletRequestWrapper {

        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream());
            }
            return stream;
        }
    }

    private final class CountingStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private long count;

        CountingStream(ServletInputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = delegate.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) {
            count += bytes;
            if (count > limit) {
                throw tooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
