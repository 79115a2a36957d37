package org.throughcare.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Command-line options in the form {@code --name value} or {@code --name=value}. Every option can
 * also come from an environment variable: {@code --base-url} from {@code BENCH_BASE_URL}.
 */
public final class Options {

    private final Map<String, String> values = new HashMap<>();

    private Options() {}

    public static Options parse(String[] args, int from) {
        Options options = new Options();
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + arg);
            }
            int equals = arg.indexOf('=');
            if (equals > 0) {
                options.values.put(arg.substring(2, equals), arg.substring(equals + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.values.put(arg.substring(2), args[++i]);
            } else {
                options.values.put(arg.substring(2), "true");
            }
        }
        return options;
    }

    public Optional<String> find(String name) {
        String value = values.get(name);
        if (value == null) {
            String env = System.getenv("BENCH_" + name.toUpperCase().replace('-', '_'));
            value = env == null || env.isBlank() ? null : env;
        }
        return Optional.ofNullable(value);
    }

    public String text(String name, String fallback) {
        return find(name).orElse(fallback);
    }

    public String required(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("Missing option --" + name));
    }

    public int integer(String name, int fallback) {
        return find(name).map(Integer::parseInt).orElse(fallback);
    }

    public boolean flag(String name) {
        return find(name).map(Boolean::parseBoolean).orElse(false);
    }

    /** A duration in seconds, written as {@code 30} or {@code 30s}, or minutes as {@code 2m}. */
    public Duration duration(String name, Duration fallback) {
        return find(name).map(Options::parseDuration).orElse(fallback);
    }

    public Path path(String name, String fallback) {
        return Path.of(text(name, fallback));
    }

    static Duration parseDuration(String text) {
        String t = text.trim();
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        if (t.endsWith("s")) {
            t = t.substring(0, t.length() - 1);
        }
        return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
    }
}
