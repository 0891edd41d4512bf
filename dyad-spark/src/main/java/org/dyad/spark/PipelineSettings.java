package org.dyad.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkFiles;
import org.dyad.core.cameo.CameoTable;
import org.dyad.core.coder.CoderOptions;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.dictionary.Dictionaries;
import org.dyad.core.dictionary.DyadDictionaryReader;
import org.dyad.core.gazetteer.Gazetteer;
import org.dyad.core.model.EventFactory;
import org.dyad.core.pipeline.ArticleCoder;
import org.dyad.nlp.CoreNlpParser;
import org.dyad.nlp.NlpOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an executor needs to build the pipeline of {@code dyad code}: the dictionaries, the
 * gazetteer files and CoreNLP's options. Equal settings share one loaded pipeline per JVM.
 *
 * @param dictionaries dyad-format dictionary files or folders, empty for the bundled ones
 * @param gazetteers   GeoNames files placed beside the built-in gazetteer
 * @param parser       {@code sr} or {@code pcfg}
 */
public record PipelineSettings(List<String> dictionaries, List<String> gazetteers, boolean coref, String parser)
        implements Serializable {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineSettings.class);

    public PipelineSettings {
        dictionaries = List.copyOf(dictionaries);
        gazetteers = List.copyOf(gazetteers);
        nlp(coref, parser); // an unknown parser fails on the driver, before any executor loads models
    }

    /** The bundled dictionaries, the built-in gazetteer, the shift-reduce parser, no coreference. */
    public static PipelineSettings defaults() {
        return new PipelineSettings(List.of(), List.of(), false, "sr");
    }

    public NlpOptions nlp() {
        return nlp(coref, parser);
    }

    private static NlpOptions nlp(boolean coref, String parser) {
        return NlpOptions.defaults().withCoref(coref).withParser(parser);
    }

    /**
     * The article coder {@code dyad code} builds for the same options, around a parser already
     * loaded. Dictionary lines that cannot be used are logged, as the command line reports them.
     */
    ArticleCoder load(CoreNlpParser nlp) {
        Dictionaries d = dictionaries.isEmpty() ? Dictionaries.defaults() : readDyad(dictionaries);
        d.problems().forEach(p -> LOG.warn("dictionary: {}", p));
        Gazetteer places = Gazetteer.builtIn();
        for (String file : gazetteers) {
            try {
                places.add(local(file), problem -> LOG.warn("gazetteer line skipped: {}", problem));
            } catch (IOException e) {
                throw new UncheckedIOException("gazetteer " + file + " not read: " + e.getMessage(), e);
            }
        }
        return new ArticleCoder(nlp, new EventCoder(d), new EventFactory(CameoTable.standard()),
                CoderOptions.defaults(), places);
    }

    /**
     * dyad-format dictionaries, each file under the name the user gave it rather than the
     * executor's copy in a directory of the moment: events cite the file and line that coded them,
     * and that citation should not change from run to run.
     */
    private static Dictionaries readDyad(List<String> named) {
        DyadDictionaryReader.Collected collected = new DyadDictionaryReader.Collected();
        for (String name : named) {
            Path copy = local(name);
            for (Path file : Dictionaries.yamlFiles(List.of(copy))) {
                try {
                    DyadDictionaryReader.read(Path.of(name).resolve(copy.relativize(file)).toString(),
                            Files.readString(file, StandardCharsets.UTF_8), collected);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read dictionary " + name + ": " + e.getMessage(), e);
                }
            }
        }
        return collected.build();
    }

    /**
     * The file as this executor sees it: the path itself where it exists (a shared mount, local
     * mode), else the copy {@code spark-submit --files} shipped to every executor.
     */
    private static Path local(String file) {
        Path p = Path.of(file);
        return Files.exists(p) ? p : Path.of(SparkFiles.get(p.getFileName().toString()));
    }
}
