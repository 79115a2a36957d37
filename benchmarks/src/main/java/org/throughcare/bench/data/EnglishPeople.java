package org.throughcare.bench.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.random.RandomGenerator;

/** Made-up English names and home addresses for synthetic patients. */
public final class EnglishPeople {

    private static final List<String> MALE = List.of(
            "Jack",
            "Harry",
            "George",
            "Oliver",
            "Thomas",
            "James",
            "William",
            "Daniel",
            "Liam",
            "Connor",
            "Ryan",
            "Callum",
            "Kyle",
            "Jordan",
            "Mohammed",
            "Adam",
            "Lewis",
            "Jamie");
    private static final List<String> FEMALE = List.of(
            "Olivia",
            "Amelia",
            "Emily",
            "Jessica",
            "Chloe",
            "Sophie",
            "Megan",
            "Charlotte",
            "Hannah",
            "Lauren",
            "Aisha",
            "Holly",
            "Paige",
            "Shannon");
    private static final List<String> FAMILY = List.of(
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Williams",
            "Wilson",
            "Johnson",
            "Davies",
            "Robinson",
            "Wright",
            "Thompson",
            "Evans",
            "Walker",
            "White",
            "Roberts",
            "Green",
            "Hall",
            "Wood",
            "Jackson",
            "Clarke",
            "Patel",
            "Khan",
            "Hughes",
            "Edwards",
            "O'Brien",
            "Kowalski");
    private static final List<String> STREETS = List.of(
            "High Street",
            "Station Road",
            "Church Lane",
            "Victoria Road",
            "Park Avenue",
            "Mill Lane",
            "Queens Road",
            "Kings Road",
            "Manor Way",
            "Albert Street",
            "Green Lane");
    private static final List<String[]> TOWNS = List.of(
            new String[] {"Leeds", "LS"},
            new String[] {"Manchester", "M"},
            new String[] {"London", "N"},
            new String[] {"Birmingham", "B"},
            new String[] {"Bristol", "BS"},
            new String[] {"Liverpool", "L"},
            new String[] {"Durham", "DH"},
            new String[] {"Nottingham", "NG"},
            new String[] {"Exeter", "EX"},
            new String[] {"Sheffield", "S"},
            new String[] {"Bradford", "BD"},
            new String[] {"Newcastle upon Tyne", "NE"});
    private static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private EnglishPeople() {}

    public static String given(RandomGenerator random, boolean male) {
        return pick(random, male ? MALE : FEMALE);
    }

    public static String family(RandomGenerator random) {
        return pick(random, FAMILY);
    }

    /** Fills an empty FHIR Address object with a home address in an English town. */
    public static ObjectNode address(ObjectNode address, RandomGenerator random) {
        String[] town = pick(random, TOWNS);
        address.put("use", "home");
        address.putArray("line").add((1 + random.nextInt(199)) + " " + pick(random, STREETS));
        address.put("city", town[0]);
        address.put("postalCode", postcode(random, town[1]));
        address.put("country", "GB");
        return address;
    }

    private static String postcode(RandomGenerator random, String area) {
        return area + (1 + random.nextInt(20)) + " " + random.nextInt(10)
                + LETTERS.charAt(random.nextInt(LETTERS.length())) + LETTERS.charAt(random.nextInt(LETTERS.length()));
    }

    /** A prison number in the NOMIS format (A1234BC) made from a serial, unique for serials below 175 million. */
    public static String prisonNumber(long serial) {
        char first = (char) ('A' + (serial / 10_000 / 26 / 26) % 26);
        long digits = serial % 10_000;
        char second = (char) ('A' + (serial / 10_000 / 26) % 26);
        char third = (char) ('A' + (serial / 10_000) % 26);
        return String.format("%c%04d%c%c", first, digits, second, third);
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
