package dev.headroom.cli;

import dev.headroom.config.ConfigException;
import dev.headroom.config.RuleSet;

/**
 * A scan's start-up is mostly one-time work on one thread: picocli builds the command line by reflection, then the
 * scan reads the bundled rule set (which loads every rule's metadata and the YAML parser). The second is independent
 * of the first, so a run that names {@code scan} does it on a second thread meanwhile; the scan then takes the
 * rule set read ({@link RuleSet#load} keeps the bundled ones). It reads only the jar's own resources, prints
 * nothing and changes nothing a scan reports: when it fails or is late, the scan does the same work itself and
 * reports any problem as it always did.
 */
final class StartupWarmup implements Runnable {

    private StartupWarmup() {
    }

    /** Starts the second thread when {@code args} name {@code scan}; returns it, or null when there is none. */
    static Thread startFor(String[] args) {
        if (args.length == 0 || !args[0].equals("scan")) return null;
        // An object, not a method reference: the process's first lambda links the JDK's lambda machinery (about
        // 6 ms), which is work for the second thread, not for the main one at the start of the run.
        Thread t = new Thread(new StartupWarmup(), "headroom-warmup");
        t.setDaemon(true); // never holds the JVM: a run that ends first (a usage error, --help) just exits
        try {
            t.start();
        } catch (OutOfMemoryError e) {
            return null; // no thread to spare (a container's process limit): the scan does the work itself
        }
        return t;
    }

    @Override
    public void run() {
        try {
            RuleSet.load("default");
        } catch (ConfigException | RuntimeException | LinkageError e) {
            // the scan reads the rule set itself and reports what is wrong
        }
    }
}
