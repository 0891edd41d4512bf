package org.dyad.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The dyad command line. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = "Political event data from news: who did what to whom, coded in CAMEO.",
        subcommands = {CodeCommand.class, IngestCommand.class, ExportCommand.class, ServeCommand.class, DemoCommand.class, ValidateCommand.class, ExplainCommand.class, BenchCommand.class, DictCommand.class,
                CommandLine.HelpCommand.class})
public final class Dyad implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Dyad());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("dyad: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        return cl;
    }
}
