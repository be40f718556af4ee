package io.github.contractgen.runtime.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Records what a java.util.logging logger (and its children) logs, so that tests can wait for a
 * transport's report of an outage and check that no secret was logged. Shared through the test jar.
 */
public final class LogRecorder extends Handler implements AutoCloseable {

    private final Logger logger;
    private final Level previousLevel;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogRecorder(Logger logger) {
        this.logger = logger;
        this.previousLevel = logger.getLevel();
        setFormatter(new SimpleFormatter());
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** Starts recording {@code loggerName} ({@code ""} for everything) at every level. */
    public static LogRecorder on(String loggerName) {
        return new LogRecorder(Logger.getLogger(loggerName));
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    /** Whether a record at {@code level} has a message containing {@code fragment}. */
    public boolean has(Level level, String fragment) {
        return records.stream().anyMatch(r -> r.getLevel().equals(level) && getFormatter().formatMessage(r).contains(fragment));
    }

    /** Waits (up to {@link Awaits#LIMIT}) for a record at {@code level} containing {@code fragment}. */
    public void await(Level level, String fragment) throws InterruptedException {
        Awaits.until(() -> has(level, fragment), "a " + level + " log record containing '" + fragment + "'");
    }

    /** Every record as the default formatter writes it, stack traces included. */
    public String text() {
        StringBuilder text = new StringBuilder();
        records.forEach(r -> text.append(getFormatter().format(r)));
        return text.toString();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
    }
}
