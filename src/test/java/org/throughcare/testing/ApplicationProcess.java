package org.throughcare.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application as a separate operating-system process with its own data folder, so tests can
 * kill it the hard way and start it again.
 */
public final class ApplicationProcess {

    private final Path dataDirectory;
    private final int port;
    private final Path log;
    private Process process;

    public ApplicationProcess(Path dataDirectory) throws IOException {
        this.dataDirectory = dataDirectory;
        this.port = freePort();
        this.log = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    }

    public int port() {
        return port;
    }

    public Path postgresData() {
        return dataDirectory.resolve("postgres");
    }

    public ApplicationProcess start() throws IOException, InterruptedException {
        List<String> command = command("--server.port=" + port, "--spring.profiles.active=demo");
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitReady();
        return this;
    }

    /** What a run of the application as a command printed, and its exit status. */
    public record CommandResult(int exitStatus, String output) {}

    /**
     * Runs the application as a one-off command on the same data (for example
     * {@code --verify-audit}) while the server is stopped, and waits for it to exit.
     */
    public CommandResult runCommand(String... arguments) throws IOException, InterruptedException {
        Process command =
                new ProcessBuilder(command(arguments)).redirectErrorStream(true).start();
        String output = new String(command.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new CommandResult(command.waitFor(), output);
    }

    private List<String> command(String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.throughcare.ThroughcareApplication",
                "--throughcare.database.embedded.data-directory=" + postgresData(),
                "--logging.level.root=warn"));
        command.addAll(List.of(arguments));
        return command;
    }

    /** SIGKILL: no shutdown hooks, no clean close, exactly like the process dying. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM: the clean stop a service manager or Ctrl-C gives. */
    public int stop() throws InterruptedException {
        process.destroy();
        return process.waitFor();
    }

    /** A setting of the embedded PostgreSQL as it runs. */
    public String postgresSetting(String name) throws IOException, java.sql.SQLException {
        try (var connection = asDatabaseOwner();
                var statement = connection.createStatement();
                var result = statement.executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    /**
     * A connection to the running embedded PostgreSQL as its superuser, who (unlike the
     * application) can alter anything (its port is in postmaster.pid).
     */
    public java.sql.Connection asDatabaseOwner() throws IOException, java.sql.SQLException {
        String port = Files.readAllLines(postgresData().resolve("postmaster.pid"))
                .get(3)
                .trim();
        return java.sql.DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/throughcare", "postgres", "");
    }

    /** The process id of the PostgreSQL postmaster serving this application. */
    public long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(postgresData().resolve("postmaster.pid"))
                .getFirst()
                .trim());
    }

    private void awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited during start-up; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/fhir/metadata"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() < 500) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the application did not start within 300 s; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static Path freshDataDirectory(String name) throws IOException {
        Path directory = Path.of("target", name + "-" + System.nanoTime()).toAbsolutePath();
        Files.createDirectories(directory);
        return directory;
    }
}
