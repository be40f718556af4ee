package io.github.contractgen.runtime.opentelemetry;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/** Keeps every java.util.logging record as the text a log file would get, stack traces included. */
final class LogCapture extends Handler {

    private final List<String> records = new CopyOnWriteArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
        records.add(record.getLoggerName() + " " + record.getLevel() + " " + formatter.format(record)
                + " " + record.getMessage() + " " + (record.getParameters() == null ? ""
                        : List.of(record.getParameters())));
    }

    List<String> records() {
        return List.copyOf(records);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** A throwable as a log would print it: messages, causes and suppressed exceptions. */
    static String text(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
