package org.contour.core.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.contour.model.ContourFactory;
import org.contour.model.ContourPackage;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.model.Predictions;
import org.contour.model.Sketch;
import org.contour.model.TaughtModel;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Editing a project's label set: add, rename, recolour, delete. Each method is one command on
 * the session's command stack, so one undo step, however many examples and sketches it touches.
 * Names are trimmed; an empty name or one another label already has is refused with
 * {@link IllegalArgumentException} saying so, and nothing changes.
 */
public final class LabelEdits {

    private final ProjectSession session;

    public LabelEdits(ProjectSession session) {
        this.session = session;
    }

    private LabellingProject project() {
        return session.project();
    }

    private EditingDomain domain() {
        return session.domain();
    }

    /**
     * What is wrong with {@code name} as the name of a new label, or of {@code renaming} (which
     * may keep its own name); {@code null} when it is fine. For dialogs that validate as one types.
     */
    public String nameProblem(String name, LabelClass renaming) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return "A label needs a name.";
        }
        for (LabelClass l : project().getLabels()) {
            if (l != renaming && n.equals(l.getName())) {
                return "There is already a label called '" + n + "'.";
            }
        }
        return null;
    }

    private String checkedName(String name, LabelClass renaming) {
        String problem = nameProblem(name, renaming);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return name.strip();
    }

    /** Adds a label with the first default colour no label has yet. */
    public LabelClass add(String name) {
        Set<Integer> used = new HashSet<>();
        project().getLabels().forEach(l -> used.add(l.getColor()));
        return add(name, LabelPalette.firstUnused(used));
    }

    /** Adds a label with colour {@code rgb} (0xRRGGBB) at the end of the label list. */
    public LabelClass add(String name, int rgb) {
        LabelClass label = ContourFactory.eINSTANCE.createLabelClass();
        label.setName(checkedName(name, null));
        label.setColor(rgb & 0xFFFFFF);
        run(AddCommand.create(domain(), project(), ContourPackage.Literals.LABELLING_PROJECT__LABELS, label),
                "Add label");
        return label;
    }

    /**
     * Renames {@code label}. A taught model and its predictions name their classes by label
     * name; they are renamed along, in the same step, so the regions keep the label's colour.
     */
    public void rename(LabelClass label, String name) {
        String n = checkedName(name, label);
        String old = label.getName();
        if (n.equals(old)) {
            return;
        }
        CompoundCommand command = new CompoundCommand("Rename label");
        command.append(SetCommand.create(domain(), label, ContourPackage.Literals.LABEL_CLASS__NAME, n));
        TaughtModel model = project().getModel();
        if (model != null) {
            renameIn(command, model, ContourPackage.Literals.TAUGHT_MODEL__CLASS_NAMES, model.getClassNames(), old, n);
        }
        Predictions predictions = project().getPredictions();
        if (predictions != null) {
            renameIn(command, predictions, ContourPackage.Literals.PREDICTIONS__CLASS_NAMES,
                    predictions.getClassNames(), old, n);
        }
        run(command, "Rename label");
    }

    private void renameIn(CompoundCommand command, EObject owner, EAttribute names, List<String> values, String old,
            String n) {
        for (int i = 0; i < values.size(); i++) {
            if (old != null && old.equals(values.get(i))) {
                command.append(SetCommand.create(domain(), owner, names, n, i));
            }
        }
    }

    /** Gives {@code label} the colour {@code rgb} (0xRRGGBB). */
    public void recolour(LabelClass label, int rgb) {
        if (label.getColor() == (rgb & 0xFFFFFF)) {
            return;
        }
        run(SetCommand.create(domain(), label, ContourPackage.Literals.LABEL_CLASS__COLOR, rgb & 0xFFFFFF),
                "Recolour label");
    }

    /** How many examples have {@code label}. */
    public int examplesWith(LabelClass label) {
        int index = project().getLabels().indexOf(label);
        int[] assignments = project().getAssignments();
        int count = 0;
        if (assignments != null && index >= 0) {
            for (int a : assignments) {
                if (a == index) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The painted regions of {@code label}. */
    public List<Sketch> sketchesOf(LabelClass label) {
        List<Sketch> out = new ArrayList<>();
        for (Sketch s : project().getSketches()) {
            if (s.getLabel() == label) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Deletes {@code label} in one step. Its examples get {@code heir} (or no label when it is
     * {@code null}); its painted regions go to {@code heir} too, or are removed with it. The other
     * labels keep their examples: the assignment indices after the deleted label shift down.
     *
     * @return the executed command, which a retrained model may join (the drawing changed)
     */
    public CompoundCommand delete(LabelClass label, LabelClass heir) {
        List<LabelClass> labels = project().getLabels();
        int index = labels.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("The label '" + label.getName() + "' is not in this project.");
        }
        if (heir == label) {
            throw new IllegalArgumentException("A deleted label cannot pass its examples to itself.");
        }
        int heirIndex = heir == null ? -1 : labels.indexOf(heir);
        if (heir != null && heirIndex < 0) {
            throw new IllegalArgumentException("The label '" + heir.getName() + "' is not in this project.");
        }
        int newHeirIndex = heirIndex > index ? heirIndex - 1 : heirIndex;
        CompoundCommand command = new CompoundCommand("Delete label");
        List<Sketch> sketches = sketchesOf(label);
        if (!sketches.isEmpty()) {
            if (heir == null) {
                command.append(RemoveCommand.create(domain(), project(), ContourPackage.Literals.LABELLING_PROJECT__SKETCHES,
                        sketches));
            } else {
                for (Sketch s : sketches) {
                    command.append(SetCommand.create(domain(), s, ContourPackage.Literals.SKETCH__LABEL, heir));
                }
            }
        }
        int[] assignments = project().getAssignments();
        if (assignments != null) {
            int[] next = new int[assignments.length];
            for (int r = 0; r < next.length; r++) {
                int a = assignments[r];
                next[r] = a == index ? newHeirIndex : a > index ? a - 1 : a;
            }
            command.append(SetCommand.create(domain(), project(), ContourPackage.Literals.LABELLING_PROJECT__ASSIGNMENTS,
                    next));
        }
        command.append(RemoveCommand.create(domain(), project(), ContourPackage.Literals.LABELLING_PROJECT__LABELS, label));
        if (project().getModel() != null && project().getModel().getClassNames().contains(label.getName())) {
            // a model that predicts a label that is gone cannot stay: the caller trains a new one
            // from what is left of the drawing, in this same step (a kept model once left
            // thousands of examples with "no prediction")
            command.append(SetCommand.create(domain(), project(), ContourPackage.Literals.LABELLING_PROJECT__MODEL, null));
        }
        run(command, "Delete label");
        return command;
    }

    private void run(Command command, String what) {
        if (!command.canExecute()) {
            throw new IllegalStateException(what + " cannot be done on this project");
        }
        session.commandStack().execute(command);
    }
}
