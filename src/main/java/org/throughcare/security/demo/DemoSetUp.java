package org.throughcare.security.demo;

import java.time.Clock;
import java.util.List;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordException;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.RecordService;
import org.throughcare.security.Callers;
import org.throughcare.security.StaffRole;
import org.throughcare.security.account.StaffAccounts;
import org.throughcare.security.server.ClientRegistrations;
import org.throughcare.shared.NhsNumber;

/**
 * Demo set-up, only with the {@code demo} profile (which {@code ./mvnw spring-boot:run} turns on and
 * no production configuration does): a remote hub, a member of staff for each role and
 * a demo system client, as listed in the README. Idempotent: it adds what is missing.
 */
@ConditionalOnWebApplication
@Component
@Profile("demo")
class DemoSetUp implements SmartInitializingSingleton {

    /** The one password of every demo account (README). */
    static final String PASSWORD = "demo-password-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoSetUp.class);

    private final StaffAccounts accounts;
    private final ClientRegistrations clients;
    private final RecordService record;
    private final RecordSearch search;
    private final Callers callers;
    private final Clock clock;

    DemoSetUp(
            StaffAccounts accounts,
            ClientRegistrations clients,
            RecordService record,
            RecordSearch search,
            Callers callers,
            Clock clock) {
        this.accounts = accounts;
        this.clients = clients;
        this.record = record;
        this.search = search;
        this.callers = callers;
        this.clock = clock;
    }

    /** Before the web server starts, so no request ever finds the demo clients missing. */
    @Override
    public void afterSingletonsInstantiated() {
        callers.asSystem("demo-set-up", () -> {
            DemoStaff.ESTABLISHMENTS.forEach(this::organisation);
            DemoStaff.ALL.stream().filter(s -> s.practitionerId() != null).forEach(this::practitioner);
            DemoPatients.all(clock.instant()).forEach(this::patient);
            return null;
        });
        DemoStaff.ALL.forEach(staff -> accounts.createIfMissing(
                staff.username(),
                staff.name(),
                staff.role(),
                staff.establishments(),
                staff.practitionerId(),
                PASSWORD));
        clients.secretClient("demo-system", "demo-system-secret", List.of("system/*.cruds"));
        clients.staffClient(
                "throughcare-web",
                "demo-web-secret",
                List.of("http://127.0.0.1:8080/login/oauth2/code/throughcare", "http://127.0.0.1/callback"));
        log.info("Demo accounts and clients are ready (see README)");
    }

    /** Whether the demo resource is already there: each start after the first writes nothing. */
    private boolean exists(String type, String id) {
        try {
            record.read(type, id);
            return true;
        } catch (RecordException e) {
            if (e.kind() == RecordException.Kind.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    private void organisation(DemoStaff.Establishment establishment) {
        if (exists("Organization", establishment.id())) {
            return;
        }
        Organization organisation = new Organization();
        organisation.setId(establishment.id());
        organisation.setName(establishment.name());
        organisation
                .addIdentifier()
                .setSystem("https://fhir.nhs.uk/Id/ods-organization-code")
                .setValue(establishment.code());
        record.update(organisation, establishment.id(), null);
    }

    /** Each demo patient once: their whole record in one transaction, skipped if they exist. */
    private void patient(DemoRecord patient) {
        if (search.patientIdsWithIdentifier(NhsNumber.SYSTEM, patient.nhsNumber, 1)
                .isEmpty()) {
            record.transaction(patient.bundle());
        }
    }

    private void practitioner(DemoStaff staff) {
        if (exists("Practitioner", staff.practitionerId())) {
            return;
        }
        Practitioner practitioner = new Practitioner();
        practitioner.setId(staff.practitionerId());
        practitioner.addName().setText(staff.name());
        record.update(practitioner, staff.practitionerId(), null);
    }

    /** A demo member of staff. */
    record DemoStaff(String username, String name, StaffRole role, List<String> establishments, String practitionerId) {

        record Establishment(String id, String code, String name) {}

        /** HMP Leeds (LEI) and HMP Manchester (MRI) come from the establishment catalogue (custody). */
        static final List<Establishment> ESTABLISHMENTS =
                List.of(new Establishment("remote-hub", "HUB01", "Remote GP hub (demo)"));

        static final List<DemoStaff> ALL = List.of(
                new DemoStaff(
                        "nurse.leeds",
                        "Rita Reception (nurse, HMP Leeds)",
                        StaffRole.NURSE,
                        List.of("LEI"),
                        "demo-nurse-leeds"),
                new DemoStaff(
                        "gp.leeds", "Dr Gita Patel (GP, HMP Leeds)", StaffRole.DOCTOR, List.of("LEI"), "demo-gp-leeds"),
                new DemoStaff(
                        "nurse.manchester",
                        "Nina Okoro (nurse, HMP Manchester)",
                        StaffRole.NURSE,
                        List.of("MRI"),
                        "demo-nurse-manchester"),
                new DemoStaff(
                        "gp.manchester",
                        "Dr Marcus Hale (GP, HMP Manchester)",
                        StaffRole.DOCTOR,
                        List.of("MRI"),
                        "demo-gp-manchester"),
                new DemoStaff(
                        "pharmacist",
                        "Priya Shah (pharmacist, HMP Leeds and HMP Manchester)",
                        StaffRole.PHARMACIST,
                        List.of("LEI", "MRI"),
                        "demo-pharmacist"),
                new DemoStaff("hub.gp", "Dr Hugo Brandt (remote hub GP)", StaffRole.DOCTOR, List.of(), "demo-hub-gp"),
                new DemoStaff(
                        "manager.leeds",
                        "Mo Clarke (healthcare manager, HMP Leeds)",
                        StaffRole.HEALTHCARE_MANAGER,
                        List.of("LEI"),
                        null),
                new DemoStaff(
                        "commissioner",
                        "Cara Lind (commissioner, NHS England)",
                        StaffRole.COMMISSIONER,
                        List.of(),
                        null),
                new DemoStaff(
                        "caldicott",
                        "Dr Ada Quinn (Caldicott guardian)",
                        StaffRole.CALDICOTT_GUARDIAN,
                        List.of(),
                        null),
                new DemoStaff(
                        "officer.leeds",
                        "Owen Price (prison officer, HMP Leeds)",
                        StaffRole.PRISON_OFFICER,
                        List.of("LEI"),
                        null));
    }
}
