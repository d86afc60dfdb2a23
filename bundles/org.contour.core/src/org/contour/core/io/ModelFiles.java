package org.contour.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.contour.core.teach.ModelPredictors;
import org.contour.model.ContourPackage;
import org.contour.model.TaughtModel;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Contour's own model file: the taught model object (linear, polynomial, tree or nearest
 * neighbours, with its provenance and edit history) as EMF XMI, the same encoding as in project
 * files. Numbers are stored as their exact bits, so a hand-edited tree or polynomial comes back
 * predicting exactly as it went out.
 */
public final class ModelFiles {

    /** Suggested file name extension. */
    public static final String EXTENSION = "contourmodel";

    private ModelFiles() {
    }

    /** Writes a copy of {@code model} (the project keeps its own) to {@code file}, atomically. */
    public static void write(TaughtModel model, Path file) throws IOException {
        Resource resource = resourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(EcoreUtil.copy(model));
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        AtomicFiles.write(file, out -> resource.save(out, options));
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IOException naming the file when it cannot be read, is not XML of Contour's model,
     *                     holds something else than a taught model, or holds a model whose
     *                     parameters do not fit together (the reason is given)
     */
    public static TaughtModel read(Path file) throws IOException {
        Path path = file.toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IOException("Could not read the model " + path + ": " + (Files.isDirectory(path)
                    ? "it is a folder" : "there is no such file"));
        }
        Resource resource = resourceSet().createResource(URI.createFileURI(path.toString()));
        Map<Object, Object> options = new HashMap<>();
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        try (InputStream in = Files.newInputStream(path)) {
            resource.load(in, options);
        } catch (IOException | RuntimeException e) {
            Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
            throw new IOException("Could not read the model " + path + ": it is not a Contour model file ("
                    + cause.getMessage() + ")", e);
        }
        if (resource.getContents().isEmpty()) {
            throw new IOException("Could not read the model " + path + ": the file holds no model");
        }
        EObject root = resource.getContents().get(0);
        if (!(root instanceof TaughtModel model)) {
            throw new IOException("Could not read the model " + path + ": the file holds a '" + root.eClass().getName()
                    + "', not a taught model");
        }
        try {
            ModelPredictors.forModel(model);
        } catch (IllegalArgumentException e) {
            throw new IOException("Could not read the model " + path + ": " + e.getMessage(), e);
        }
        resource.getContents().clear();
        return model;
    }

    private static ResourceSet resourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
                new XMIResourceFactoryImpl());
        set.getPackageRegistry().put(ContourPackage.eNS_URI, ContourPackage.eINSTANCE);
        return set;
    }
}
