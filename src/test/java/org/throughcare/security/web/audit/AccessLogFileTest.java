package org.throughcare.security.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessLogFileTest {

    @Test
    void cellsAreQuotedAndFormulasAreDefused() {
        assertThat(AccessLogFile.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AccessLogFile.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AccessLogFile.cell("@SUM(A1)")).startsWith("\"'@");
        assertThat(AccessLogFile.cell(null)).isEqualTo("\"\"");
    }

    @Test
    void oneLinePerEventUnderAHeader() {
        String csv = AccessLogFile.csv(List.of(new AuditLine(
                "01-Jan-2026 09:00:00",
                "gp.leeds",
                "Dr G",
                "DOCTOR",
                "LEI",
                "Read",
                "Success",
                true,
                "p1",
                "1 entry")));

        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains("\"gp.leeds\",\"Dr G\",\"DOCTOR\",\"LEI\",\"Read\",\"Success\",Yes,\"1 entry\"");
    }
}
