package org.throughcare.bench.http;

import java.util.Optional;
import org.throughcare.bench.Options;

/** Where the bearer token sent with every request comes from, if the server needs one. */
public interface TokenSource {

    /** The value of the Authorization header, or empty when the server takes no token. */
    Optional<String> authorization();

    static TokenSource none() {
        return Optional::empty;
    }

    static TokenSource fixed(String token) {
        Optional<String> header = Optional.of("Bearer " + token);
        return () -> header;
    }

    /**
     * {@code --token} gives a token as is; {@code --token-url} with {@code --client-id},
     * {@code --client-secret} and {@code --scope} obtains one by the client-credentials grant;
     * otherwise no token is sent.
     */
    static TokenSource from(Options options) {
        if (options.find("token").isPresent()) {
            return fixed(options.required("token"));
        }
        if (options.find("token-url").isPresent()) {
            return new ClientCredentials(
                    options.required("token-url"),
                    options.required("client-id"),
                    options.text("client-secret", ""),
                    options.text("scope", "system/*.cruds"));
        }
        return none();
    }
}
