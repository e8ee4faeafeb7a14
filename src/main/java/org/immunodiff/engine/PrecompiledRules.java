package org.immunodiff.engine;

import org.drools.model.Model;
import org.drools.modelcompiler.CanonicalKieModuleModel;
import org.drools.modelcompiler.KieBaseBuilder;
import org.immunodiff.knowledge.KnowledgeFiles;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The rules of the default knowledge base as Drools' executable model, generated from the same DRL at build time
 * ({@link RulePrecompiler}) and shipped in the jar: a start needs no DRL parse and no Java compile. Used only when
 * the DRL being loaded is byte for byte the DRL it was generated from (its sha256 is recorded beside it); any other
 * DRL ({@code --rules DIR}, an edited rules/) is compiled at run time as before.
 */
final class PrecompiledRules {
    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);
    static final String FOLDER = "immunodiff-precompiled/";
    static final String JAR = FOLDER + "rules-model.jar";
    static final String PROPERTIES = FOLDER + "rules-model.properties";

    private PrecompiledRules() { }

    /** The precompiled KieBase for exactly these DRL sources, or null when the jar carries none for them. */
    static KieBase forSources(SortedMap<String, String> drl) {
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream(PROPERTIES)) {
            if (in == null) return null;
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!digest(drl).equals(properties.getProperty("drlSha256"))) {
            LOG.debug("precompiled rules are for other DRL sources; compiling at run time");
            return null;
        }
        try (InputStream in = loader.getResourceAsStream(JAR)) {
            if (in == null) return null;
            ClassLoader classes = new InMemoryClassLoader(classEntries(in), loader);
            CanonicalKieModuleModel project = (CanonicalKieModuleModel) Class.forName(
                    properties.getProperty("projectModel"), true, classes).getDeclaredConstructor().newInstance();
            List<Model> models = project.getModels();
            return KieBaseBuilder.createKieBaseFromModel(models);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the precompiled rules in the jar are unusable: " + e, e);
        }
    }

    /** sha256 over the DRL paths and texts, as the knowledge base's own hash: what ties the precompiled model to its sources. */
    static String digest(SortedMap<String, String> drl) {
        SortedMap<String, byte[]> bytes = new java.util.TreeMap<>();
        drl.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return KnowledgeFiles.sha256(bytes);
    }

    private static Map<String, byte[]> classEntries(InputStream jar) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(jar)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.isDirectory() || !e.getName().endsWith(".class")) continue;
                String name = e.getName().substring(0, e.getName().length() - ".class".length()).replace('/', '.');
                out.put(name, zip.readAllBytes());
            }
        }
        return out;
    }

    /** Defines the generated rule classes from the bytes of the nested jar, everything else from the application. */
    private static final class InMemoryClassLoader extends ClassLoader {
        static { registerAsParallelCapable(); }
        private final Map<String, byte[]> classes;

        InMemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("immunodiff-rules", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) throw new ClassNotFoundException(name);
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            if (name.endsWith(".class")) {
                byte[] bytes = classes.get(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                if (bytes != null) return new ByteArrayInputStream(bytes);
            }
            return super.getResourceAsStream(name);
        }
    }
}
