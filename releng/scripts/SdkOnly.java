import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Fails when a bundle depends on more than the Contour SDK. Run by examples/pom.xml on every
 * example bundle, before it is compiled:
 *
 * <pre>java releng/scripts/SdkOnly.java MANIFEST.MF org.contour.api,org.eclipse.core.runtime,... bundles/</pre>
 *
 * Require-Bundle may name only the allowed bundles. Import-Package may name only packages that
 * the allowed Contour bundles export (read from their manifests under the bundles folder,
 * following visibility:=reexport, so org.contour.model's packages count because the API
 * re-exports that bundle) and the platform's org.eclipse.core.runtime and org.osgi packages.
 * Exit code 1 and one line per offending clause otherwise.
 */
public final class SdkOnly {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java SdkOnly.java MANIFEST.MF allowed,bundles,... bundles-folder");
            System.exit(2);
        }
        Path manifestFile = Path.of(args[0]);
        Set<String> allowedBundles = new LinkedHashSet<>(List.of(args[1].split("\\s*,\\s*")));
        Path bundles = Path.of(args[2]);

        Attributes main = read(manifestFile);
        String name = names(main.getValue("Bundle-SymbolicName")).stream().findFirst().orElse(manifestFile.toString());

        Set<String> allowedPackages = new TreeSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String bundle : allowedBundles) {
            collectExports(bundle, bundles, allowedPackages, seen);
        }

        List<String> problems = new ArrayList<>();
        for (String required : names(main.getValue("Require-Bundle"))) {
            if (!allowedBundles.contains(required)) {
                problems.add("Require-Bundle: " + required + " is not part of the Contour SDK (allowed: "
                        + String.join(", ", allowedBundles) + ")");
            }
        }
        for (String imported : names(main.getValue("Import-Package"))) {
            boolean platform = imported.equals("org.eclipse.core.runtime") || imported.startsWith("org.osgi.");
            if (!platform && !allowedPackages.contains(imported)) {
                problems.add("Import-Package: " + imported + " is not exported by the Contour SDK (allowed: "
                        + String.join(", ", allowedPackages) + ", org.eclipse.core.runtime, org.osgi.*)");
            }
        }
        if (names(main.getValue("Fragment-Host")).size() > 0) {
            problems.add("Fragment-Host: a fragment reaches into its host's internals; contribute a bundle instead");
        }
        if (!problems.isEmpty()) {
            System.err.println("[SDK only] " + name + " depends on more than the Contour SDK:");
            problems.forEach(p -> System.err.println("[SDK only]   " + p));
            System.exit(1);
        }
        System.out.println("[SDK only] " + name + ": depends only on the Contour SDK (" + String.join(", ", allowedBundles)
                + ")");
    }

    /** Adds what {@code bundle} exports, and what the bundles it re-exports export, if it is one of ours. */
    private static void collectExports(String bundle, Path bundles, Set<String> packages, Set<String> seen)
            throws IOException {
        if (!seen.add(bundle)) {
            return;
        }
        Path manifest = bundles.resolve(bundle).resolve("META-INF/MANIFEST.MF");
        if (!Files.isRegularFile(manifest)) {
            return; // a platform bundle: its packages are allowed by name in main
        }
        Attributes attributes = read(manifest);
        packages.addAll(names(attributes.getValue("Export-Package")));
        for (String clause : clauses(attributes.getValue("Require-Bundle"))) {
            if (clause.replace(" ", "").contains("visibility:=reexport")) {
                collectExports(clause.split(";", 2)[0].strip(), bundles, packages, seen);
            }
        }
    }

    private static Attributes read(Path manifest) throws IOException {
        try (InputStream in = Files.newInputStream(manifest)) {
            return new Manifest(in).getMainAttributes();
        }
    }

    /** The names (before the first ';') of a header's clauses. */
    private static List<String> names(String header) {
        return clauses(header).stream().map(c -> c.split(";", 2)[0].strip()).filter(s -> !s.isEmpty()).toList();
    }

    /** A header split at the commas that are not inside quotes. */
    private static List<String> clauses(String header) {
        List<String> result = new ArrayList<>();
        if (header == null) {
            return result;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                result.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        result.add(current.toString());
        return Stream.of(result.toArray(String[]::new)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
