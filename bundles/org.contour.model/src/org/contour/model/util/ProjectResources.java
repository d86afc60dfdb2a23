package org.contour.model.util;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.contour.model.ContourPackage;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.model.Sketch;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.DanglingHREFException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes a {@link LabellingProject} as an XMI file (extension {@value #FILE_EXTENSION}).
 * <p>
 * Works the same inside OSGi and in plain Java: nothing here relies on the extension
 * registry or on global registrations, so a test or a command-line tool needs no setup.
 * </p>
 *
 * @generated NOT
 */
public final class ProjectResources {
	/**
	 * The file extension of a Contour project, without the dot.
	 */
	public static final String FILE_EXTENSION = "contour";

	private static final String TEMP_SUFFIX = ".tmp";

	private ProjectResources() {
	}

	/**
	 * Reads the project stored in {@code file}.
	 *
	 * @return the project, the single root of a fresh resource in a fresh resource set
	 * @throws IOException if the file cannot be read or is not a Contour project; the message
	 *         names the file and says what is wrong, in words fit to show a user
	 */
	public static LabellingProject load(Path file) throws IOException {
		Path path = file.toAbsolutePath();
		if (Files.isDirectory(path)) {
			throw new IOException(prefix("load", path) + "it is a folder, not a project file");
		}
		Resource resource = createResourceSet().createResource(uriOf(path));
		try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
			resource.load(in, loadOptions());
		}
		catch (IOException | RuntimeException exception) {
			throw new IOException(prefix("load", path) + describe(exception), exception);
		}
		if (resource.getContents().isEmpty()) {
			throw new IOException(prefix("load", path) + "the file holds no project");
		}
		EObject root = resource.getContents().get(0);
		if (!(root instanceof LabellingProject)) {
			throw new IOException(prefix("load", path) + "the file holds a '" + root.eClass().getName() + "', not a labelling project");
		}
		return (LabellingProject)root;
	}

	/**
	 * Writes {@code project} to {@code file}, replacing what was there only once the new
	 * content is completely on disk, so a crash or a failed write leaves the old file intact.
	 * <p>
	 * The project is not moved into another resource: a copy of its (small) object tree is
	 * saved, sharing the (large) arrays, so the caller's model sees no change and no
	 * notification.
	 * </p>
	 *
	 * @throws IOException if the project cannot be written; the message names the file
	 */
	public static void save(LabellingProject project, Path file) throws IOException {
		if (project == null) {
			throw new IllegalArgumentException("project is null");
		}
		Path path = file.toAbsolutePath();
		// Replacing a symbolic link by a regular file would silently detach the user's link,
		// so the file it points to is the one replaced.
		if (Files.isSymbolicLink(path)) {
			path = path.toRealPath();
		}
		Path folder = path.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new IOException(prefix("save", path) + "the folder " + folder + " does not exist");
		}
		checkSketchLabels(project, path);

		Resource resource = createResourceSet().createResource(uriOf(path));
		resource.getContents().add(EcoreUtil.copy(project));

		// Same folder as the target, so the final move is a rename within one file system
		// and can be atomic; hidden so that a leftover after a crash does not clutter listings.
		Path temp = folder.resolve("." + path.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
				resource.save(out, saveOptions());
				out.flush();
				// Without this, a power cut shortly after the rename can leave the new name
				// pointing at a file whose data never reached the disk.
				channel.force(true);
			}
			copyPermissions(path, temp);
			try {
				Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException exception) {
				Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
			}
			moved = true;
			syncFolder(folder);
		}
		catch (IOException | RuntimeException exception) {
			throw new IOException(prefix("save", path) + describe(exception), exception);
		}
		finally {
			if (!moved) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ignored) {
					// The original error is the one worth reporting; a stray temp file is harmless.
				}
			}
		}
	}

	private static ResourceSet createResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		// Registered on this resource set only: a global mapping would override whatever
		// another bundle of the application chose for the same extension.
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new XMIResourceFactoryImpl());
		// Any other name (a renamed copy, a backup) is still read as XMI rather than refused.
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
		// Touching eINSTANCE also registers the package globally; the local entry makes the
		// lookup independent of whether the OSGi extension registry has run.
		resourceSet.getPackageRegistry().put(ContourPackage.eNS_URI, ContourPackage.eINSTANCE);
		return resourceSet;
	}

	private static URI uriOf(Path path) {
		return URI.createFileURI(path.toString());
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		// A project file never needs a DTD; refusing one shuts out entity expansion and
		// external-entity tricks in files received from someone else.
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		return options;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		return options;
	}

	/**
	 * Catches before writing what XMI would otherwise report as a dangling reference, in
	 * terms of the model.
	 */
	private static void checkSketchLabels(LabellingProject project, Path path) throws IOException {
		int index = 0;
		for (Sketch sketch : project.getSketches()) {
			LabelClass label = sketch.getLabel();
			if (label != null && !project.getLabels().contains(label)) {
				String which = label.getName() == null ? "a label" : "the label '" + label.getName() + "'";
				throw new IOException(prefix("save", path) + "sketch " + index + " uses " + which + " that is not one of the project's labels");
			}
			index++;
		}
	}

	private static void copyPermissions(Path from, Path to) {
		if (!Files.exists(from)) {
			return;
		}
		PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
		PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
		if (source == null || target == null) {
			return;
		}
		try {
			target.setPermissions(source.readAttributes().permissions());
		}
		catch (IOException | UnsupportedOperationException | SecurityException ignored) {
			// Best effort: the new file then has the default permissions of a new file.
		}
	}

	private static void syncFolder(Path folder) {
		// Makes the rename itself durable on Linux; other systems cannot open a folder this
		// way, and the save has already succeeded, so failure here is ignored.
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | RuntimeException ignored) {
			// Nothing more can be done portably.
		}
	}

	private static String prefix(String action, Path path) {
		return "Cannot " + action + " project file '" + path + "': ";
	}

	/**
	 * Turns what EMF and the XML parser throw into one sentence about the file, since a
	 * user (and a bug report) is better served by "line 3: ..." than by a wrapped stack.
	 */
	private static String describe(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof NoSuchFileException) {
				return "it does not exist";
			}
			if (cause instanceof AccessDeniedException) {
				return "permission denied";
			}
			if (cause instanceof SAXParseException parse) {
				return "it is not a well-formed XML document, it may be truncated or not a Contour project (" + at(parse.getLineNumber(), parse.getColumnNumber()) + parse.getMessage() + ")";
			}
			if (cause instanceof PackageNotFoundException notFound) {
				return "it is not a Contour project: it uses the model '" + notFound.uri() + "', expected '" + ContourPackage.eNS_URI + "'" + where(notFound);
			}
			if (cause instanceof CharConversionException) {
				return "it is not a UTF-8 text file, it may be damaged or not a Contour project (" + cause.getMessage() + ")";
			}
			if (cause instanceof ClassNotFoundException notFound) {
				return "it does not match the Contour model, it may come from a newer version (" + at(notFound) + "unknown type '" + notFound.getName() + "')";
			}
			if (cause instanceof FeatureNotFoundException notFound) {
				return "it does not match the Contour model, it may come from a newer version (" + at(notFound) + "unknown attribute or element '" + notFound.getName() + "')";
			}
			if (cause instanceof IllegalValueException illegal) {
				Throwable reason = illegal.getCause() != null ? illegal.getCause() : illegal;
				return "a value of '" + illegal.getFeature().getName() + "' is damaged (" + at(illegal) + reason.getMessage() + ")";
			}
			if (cause instanceof DanglingHREFException) {
				return "the project refers to an object outside itself (" + cause.getMessage() + ")";
			}
			if (cause instanceof XMIException xmi && xmi.getCause() == null) {
				return at(xmi) + xmi.getMessage();
			}
		}
		Throwable root = exception;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return message == null ? root.getClass().getSimpleName() : message;
	}

	private static String at(XMIException exception) {
		return at(exception.getLine(), exception.getColumn());
	}

	private static String at(int line, int column) {
		return line > 0 ? "line " + line + ", column " + column + ": " : "";
	}

	private static String where(XMIException exception) {
		return exception.getLine() > 0 ? " (line " + exception.getLine() + ")" : "";
	}
}
