package org.throughcare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.throughcare.testing.TestPatients.aPatient;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;

/**
 * The audit log is append-only for the application and tamper-evident for everyone: the
 * application's role cannot change or remove a row, and when the owner does, the chain check names
 * the row. Each tampering is undone afterwards so the log stays intact for other tests.
 */
@IntegrationTest
class AuditTamperIT {

    @LocalServerPort
    int port;

    @Autowired
    AuditVerification verification;

    @Autowired
    JdbcClient applicationRole;

    @Autowired
    HikariDataSource dataSource;

    @Test
    void theApplicationRoleCannotUpdateOrDeleteAuditRows() {
        someAuditRows();

        assertThatThrownBy(() -> applicationRole
                        .sql("update audit_event set agent_id = 'someone-else'")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> applicationRole.sql("delete from audit_event").update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void theChainCheckNamesAnEditedRow() throws SQLException {
        someAuditRows();
        assertThat(verification.verify().intact()).isTrue();
        try (Connection owner = owner()) {
            long seq = aRowInTheMiddle(owner);
            String original = text(owner, "select event from audit_event where seq = ?", seq);
            execute(owner, "update audit_event set event = replace(event, 'nurse', 'n-u-r-s-e') where seq = ?", seq);
            execute(owner, "update audit_event set event = event || ' ' where seq = ?", seq);

            AuditChainReport report = verification.verify();

            assertThat(report.intact()).isFalse();
            assertThat(report.firstBadSeq()).isEqualTo(seq);
            assertThat(report.problem()).contains("altered");
            try (PreparedStatement restore = owner.prepareStatement("update audit_event set event = ? where seq = ?")) {
                restore.setString(1, original);
                restore.setLong(2, seq);
                restore.executeUpdate();
            }
        }
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void theChainCheckNamesADeletedRow() throws SQLException {
        someAuditRows();
        try (Connection owner = owner()) {
            long seq = aRowInTheMiddle(owner);
            execute(owner, "create temporary table removed as select * from audit_event where seq = ?", seq);
            execute(owner, "delete from audit_event where seq = ?", seq);

            AuditChainReport report = verification.verify();

            assertThat(report.intact()).isFalse();
            assertThat(report.firstBadSeq()).isEqualTo(seq);
            assertThat(report.problem()).contains("missing");
            assertThat(report.describe()).contains("row " + seq);
            owner.createStatement().execute("insert into audit_event select * from removed");
        }
        assertThat(verification.verify().intact()).isTrue();
    }

    private void someAuditRows() {
        FhirHttp system = new FhirHttp(port);
        String id = system.post("/Patient", aPatient().at("hmp-leeds").build())
                .send()
                .createdId();
        for (int i = 0; i < 3; i++) {
            system.as("nurse.leeds").get("/Patient/" + id).send();
        }
    }

    private Connection owner() throws SQLException {
        return DriverManager.getConnection(dataSource.getJdbcUrl(), "postgres", "");
    }

    private static long aRowInTheMiddle(Connection owner) throws SQLException {
        try (ResultSet rs = owner.createStatement().executeQuery("select max(seq) - 2 from audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection connection, String sql, long seq) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, seq);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void execute(Connection connection, String sql, long seq) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, seq);
            statement.execute();
        }
    }
}
