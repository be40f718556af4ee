package io.github.contractgen.generator.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Findings known not to be the client's fault (the validator stricter than the specification, a
 * contract at odds with itself), each entry keyed by contract, operation and message and carrying its
 * reason. An entry that matches nothing is itself reported, so that the list shrinks when a cause is fixed.
 */
public final class Allowlist {

    /**
     * @param contract the contract's file name, exactly
     * @param operationId the operation, exactly, or {@code *} for every operation of the contract
     * @param message a regular expression found in {@code key + ": " + message}
     * @param reason why this is not the client's fault, in one line
     */
    public record Entry(String contract, String operationId, Pattern message, String reason) {

        boolean matches(Finding finding) {
            return contract.equals(finding.contract())
                    && (operationId.equals("*") || operationId.equals(finding.operationId()))
                    && message.matcher(finding.key() + ": " + finding.message()).find();
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds an entry; returns this. */
    public Allowlist allow(String contract, String operationId, String messagePattern, String reason) {
        entries.add(new Entry(contract, operationId, Pattern.compile(messagePattern), reason));
        return this;
    }

    /** The findings no entry allows. */
    public List<Finding> unexplained(List<Finding> findings) {
        return findings.stream().filter(finding -> entries.stream().noneMatch(entry -> entry.matches(finding))).toList();
    }

    /** The entries for {@code contract} that allow none of {@code findings}: stale, to be removed. */
    public List<Entry> unused(String contract, List<Finding> findings) {
        return entries.stream()
                .filter(entry -> entry.contract().equals(contract))
                .filter(entry -> findings.stream().noneMatch(entry::matches))
                .toList();
    }
}
