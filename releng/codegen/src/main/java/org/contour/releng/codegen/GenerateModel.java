package org.contour.releng.codegen;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the model code of one bundle from its .genmodel, as the GenModel editor's
 * "Generate Model Code" does, but without an Eclipse workbench.
 *
 * <p>Usage: {@code GenerateModel <bundle folder> <genmodel path inside the bundle>}
 *
 * <p>Outside Eclipse the generator has no workspace: {@code platform:/resource/<bundle>/} is mapped onto
 * the bundle folder, so the genmodel's {@code modelDirectory} and its relative ecore references resolve
 * to the files in this checkout. Existing Java files are merged with JMerge, as in the IDE: members
 * without {@code @generated}, or marked {@code @generated NOT}, are kept; files the generator does not
 * produce (e.g. util/ProjectResources.java) are never opened. One IDE step has no standalone form:
 * importOrganizing runs JDT's organize-imports only inside Eclipse, so here EMF's own ImportManager
 * alone writes the imports (which is what the committed code has).
 */
public final class GenerateModel {

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: GenerateModel <bundle folder> <genmodel path inside the bundle>");
    }
    Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
    Path genModelFile = bundle.resolve(args[1]).normalize();
    if (!Files.isRegularFile(genModelFile)) {
      throw new IllegalArgumentException("no genmodel at " + genModelFile);
    }
    // The genmodel names its output as a workspace path (/<project>/src); an Eclipse project is named
    // after its folder here, so the folder name is the project name.
    String project = bundle.getFileName().toString();
    EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(bundle.toString()).appendSegment(""));

    // What the plug-ins' plugin.xml registrations would do inside Eclipse.
    GenModelPackage.eINSTANCE.eClass();
    EcorePackage.eINSTANCE.eClass();
    ResourceSet resourceSet = new ResourceSetImpl();
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
    // The IDE adds usedGenPackages="platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel#//ecore"
    // when a genmodel is reloaded; ours has none so far, but such a reference must resolve into the jar.
    resourceSet.getURIConverter().getURIMap().put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"),
        URI.createURI(EcorePlugin.INSTANCE.getBaseURL().toString()));

    URI genModelURI = URI.createPlatformResourceURI(project + "/" + bundle.relativize(genModelFile), true);
    Resource resource = resourceSet.getResource(genModelURI, true);
    GenModel genModel = (GenModel) resource.getContents().get(0);

    String modelDirectory = genModel.getModelDirectory();
    if (modelDirectory == null || !modelDirectory.startsWith("/" + project + "/")) {
      throw new IllegalStateException("modelDirectory " + modelDirectory + " of " + genModelFile
          + " is not inside the project " + project + ": refusing to write elsewhere");
    }

    // Picks up what changed in the .ecore since the .genmodel was last saved (new or removed features),
    // as the IDE does before generating. The .genmodel file itself is left as it is.
    genModel.reconcile();
    // A broken .ecore (say a dangling eType) otherwise surfaces as an exception from a JET template
    // half-way through, after some files were already written: check it all before writing any.
    EcoreUtil.resolveAll(resourceSet);
    BasicDiagnostic problems = new BasicDiagnostic();
    for (Resource loaded : resourceSet.getResources()) {
      for (Resource.Diagnostic error : loaded.getErrors()) {
        problems.add(new BasicDiagnostic(Diagnostic.ERROR, "resource", 0, loaded.getURI() + ": " + error.getMessage(), null));
      }
    }
    problems.add(genModel.diagnose());
    for (GenPackage genPackage : genModel.getGenPackages()) {
      problems.add(Diagnostician.INSTANCE.validate(genPackage.getEcorePackage()));
    }
    if (problems.getSeverity() == Diagnostic.ERROR) {
      throw new IllegalStateException("the model is not valid, nothing was generated:\n" + describe(problems));
    }
    genModel.setCanGenerate(true);

    long start = System.nanoTime();
    Generator generator = new Generator(javaOnlyRegistry());
    generator.setInput(genModel);
    Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
    if (result.getSeverity() == Diagnostic.ERROR) {
      throw new IllegalStateException("generation failed:\n" + describe(result));
    }
    if (result.getSeverity() != Diagnostic.OK) {
      System.err.println(describe(result));
    }
    System.out.printf("Generated the model code of %s into %s in %d ms%n",
        genModelFile.getFileName(), bundle.resolve(modelDirectory.substring(project.length() + 2)),
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * EMF's generator adapters, except that the GenModel's own adapter writes nothing: in this project
   * META-INF/MANIFEST.MF, plugin.xml, build.properties are maintained by hand, and the stock adapter
   * rewrites MANIFEST.MF from its template (updateClasspath defaults to true; ours loses its name, vendor
   * and Require-Bundle list), regenerates plugin.xml and adds a plugin.properties we do not use.
   * The packages', classes' and enums' adapters (all the Java code) are EMF's, unchanged.
   */
  private static GeneratorAdapterFactory.Descriptor.Registry javaOnlyRegistry() {
    GeneratorAdapterFactory.Descriptor.Registry registry = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
    registry.addDescriptor(GenModelPackage.eNS_URI, () -> new GenModelGeneratorAdapterFactory() {
      @Override
      public Adapter createGenModelAdapter() {
        if (genModelGeneratorAdapter == null) {
          genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
            @Override
            protected Diagnostic generateModel(Object object, Monitor monitor) {
              monitor.done();
              return Diagnostic.OK_INSTANCE;
            }
          };
        }
        return genModelGeneratorAdapter;
      }
    });
    return registry;
  }

  private static String describe(Diagnostic diagnostic) {
    StringBuilder text = new StringBuilder();
    append(text, diagnostic, "");
    return text.toString();
  }

  private static void append(StringBuilder text, Diagnostic diagnostic, String indent) {
    if (diagnostic.getMessage() != null) {
      text.append(indent).append(diagnostic.getMessage()).append('\n');
    }
    if (diagnostic.getException() != null) {
      text.append(indent).append("  ").append(diagnostic.getException()).append('\n');
    }
    for (Diagnostic child : diagnostic.getChildren()) {
      append(text, child, indent + "  ");
    }
  }
}
