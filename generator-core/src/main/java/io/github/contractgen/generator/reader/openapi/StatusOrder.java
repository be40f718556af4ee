package io.github.contractgen.generator.reader.openapi;

import java.util.Comparator;
import java.util.regex.Pattern;

/** The order of responses: exact status codes ascending, then ranges ({@code 4XX}) ascending, then {@code default}. */
final class StatusOrder {

    private static final Pattern CODE = Pattern.compile("[1-5]\\d\\d");
    private static final Pattern RANGE = Pattern.compile("[1-5][xX][xX]");

    static final Comparator<String> COMPARATOR = Comparator.comparingInt(StatusOrder::group)
            .thenComparing(String::compareToIgnoreCase)
            .thenComparing(Comparator.naturalOrder());

    private StatusOrder() {}

    static boolean isValid(String status) {
        return CODE.matcher(status).matches() || RANGE.matcher(status).matches() || status.equals("default");
    }

    private static int group(String status) {
        if (CODE.matcher(status).matches()) {
            return 0;
        }
        return RANGE.matcher(status).matches() ? 1 : 2;
    }
}
