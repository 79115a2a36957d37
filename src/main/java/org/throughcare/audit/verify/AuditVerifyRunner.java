package org.throughcare.audit.verify;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import org.throughcare.audit.AuditChainReport;
import org.throughcare.audit.AuditVerification;

/**
 * {@code java -jar throughcare.jar --verify-audit} checks the chain, prints the result and exits
 * with 0 when intact and 3 when broken (scripts/verify-audit wraps it).
 */
@Component
class AuditVerifyRunner implements ApplicationRunner, ExitCodeGenerator {

    static final String FLAG = "verify-audit";

    private final AuditVerification verification;
    private int exitCode;

    AuditVerifyRunner(AuditVerification verification) {
        this.verification = verification;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(FLAG)) {
            return;
        }
        AuditChainReport report = verification.verify();
        System.out.println(report.describe());
        exitCode = report.intact() ? 0 : 3;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
