package org.corotck.instrumented.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.corotck.tck.CoroutineTck;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * The transformer on its own, without the agent: what it rewrites is valid bytecode by ASM's own verifier
 * (the JVM's verifier checks it again when the TCK loads it), and what it should leave alone it leaves alone.
 */
class ClassInstrumenterTest {
    private final ClassLoader loader = getClass().getClassLoader();
    private final List<String> warnings = new ArrayList<>();
    private final ClassInstrumenter instrumenter = new ClassInstrumenter(new ClassHierarchy(loader), warnings::add);

    @Test
    void everyTransformedClassOfTheTckVerifies() throws IOException, URISyntaxException {
        Path classes = Path.of(CoroutineTck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> files;
        if (Files.isDirectory(classes)) {
            try (Stream<Path> walk = Files.walk(classes)) {
                files = walk.filter(p -> p.toString().endsWith(".class")).toList();
            }
        } else {
            try (var fs = java.nio.file.FileSystems.newFileSystem(classes)) {
                try (Stream<Path> walk = Files.walk(fs.getPath("/"))) {
                    files = new ArrayList<>();
                    for (Path p : walk.filter(p -> p.toString().endsWith(".class")).toList()) {
                        Path copy = Files.createTempFile("tck", ".class");
                        Files.write(copy, Files.readAllBytes(p));
                        files.add(copy);
                    }
                }
            }
        }
        int transformed = 0;
        StringBuilder problems = new StringBuilder();
        for (Path file : files) {
            byte[] out = instrumenter.instrument(Files.readAllBytes(file));
            if (out == null) {
                continue;
            }
            transformed++;
            StringWriter report = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(out), loader, false, new PrintWriter(report));
            if (!report.toString().isBlank()) {
                problems.append(file).append(":\n").append(report).append('\n');
            }
        }
        assertTrue(transformed >= 10, "the TCK's stackful fixtures should be transformed; transformed " + transformed);
        assertEquals("", problems.toString());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aClassThatNeverMentionsTheYielderIsLeftAlone() throws IOException {
        assertNull(instrumenter.instrument(bytesOf(ClassHierarchy.class)));
    }

    /** Methods that do not qualify keep their exact instructions. */
    @Test
    void onlyQualifyingMethodsChange() throws IOException {
        byte[] original = bytesOf(Sample.class);
        ClassNode before = read(original);
        ClassNode after = read(instrumenter.instrument(original));
        for (int i = 0; i < before.methods.size(); i++) {
            MethodNode b = before.methods.get(i);
            MethodNode a = after.methods.get(i);
            boolean changed = b.instructions.size() != a.instructions.size();
            assertEquals(b.name.equals("yields"), changed, b.name + " changed: " + changed);
        }
    }

    /** A class with one method that qualifies and others that do not. */
    static final class Sample {
        static Object yields(org.corotck.spec.Yielder<Object, Object> y) {
            return y.yield("v");
        }

        static Object takesYielderButNeverSuspends(org.corotck.spec.Yielder<Object, Object> y) {
            return y.toString();
        }

        static int plain(int x) {
            return x + 1;
        }
    }

    private static ClassNode read(byte[] bytes) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, 0);
        return node;
    }

    private byte[] bytesOf(Class<?> type) throws IOException {
        try (InputStream in = loader.getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }
}
