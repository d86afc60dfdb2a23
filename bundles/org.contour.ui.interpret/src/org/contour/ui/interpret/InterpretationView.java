package org.contour.ui.interpret;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.contour.core.interpret.Numbers;
import org.contour.core.interpret.TopFeatures;
import org.contour.core.interpret.TreeRules;
import org.contour.core.session.ModelEdits;
import org.contour.core.session.ProjectSession;
import org.contour.model.DecisionTreeModel;
import org.contour.model.LabelClass;
import org.contour.model.LinearModel;
import org.contour.model.NearestNeighbourModel;
import org.contour.model.PolynomialModel;
import org.contour.model.TaughtModel;
import org.contour.model.TreeNode;
import org.contour.ui.common.ActiveSessionTracker;
import org.contour.ui.common.UndoRedoHandlers;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.part.ViewPart;

/**
 * Shows the taught model in the data's own terms and lets the expert change it by hand:
 * equations per class for a linear model (the polynomial terms and their standardisation for a
 * polynomial one), rules and a diagram for a decision tree, the most important words per class
 * for a text model, a description of a nearest-neighbour model. Below: how the model was
 * trained and every hand edit since. Each edit is one command on the project's stack (Edit >
 * Undo here or in the map), and the map repaints its regions at once. A second tab holds the
 * teaching settings.
 */
public final class InterpretationView extends ViewPart implements Edits {

    public static final String ID = "org.contour.ui.interpret.view";

    private static final Color EDITED_BACKGROUND = new Color(new RGB(0xFF, 0xE9, 0xB3));
    private static final Color ERROR = new Color(new RGB(0xB0, 0x00, 0x20));

    private Composite root;
    private Label heading;
    private Label handEdited;
    private static final String EDITED_KEY = "org.contour.edited";
    private Label message;
    private TabFolder tabs;
    private TabItem modelTab;
    private TabItem teachingTab;
    private Composite stack;
    private StackLayout stackLayout;
    private Label empty;
    private LinearSection linear;
    private TreeSection tree;
    private WordsSection words;
    private Text knn;
    private Text details;
    private TeachingSection teaching;

    private ProjectSession session;
    private ActiveSessionTracker tracker;
    private TaughtModel shownModel;
    private boolean refreshQueued;

    private final ProjectSession.Listener projectListener = s -> queueRefresh();
    /** Tells the view of every change inside the model (an edit, its undo), whatever made it. */
    private final EContentAdapter modelWatcher = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                queueRefresh();
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 4;
        layout.marginHeight = 4;
        root.setLayout(layout);
        heading = new Label(root, SWT.WRAP);
        heading.setFont(JFaceResources.getBannerFont());
        heading.setLayoutData(wide());
        handEdited = new Label(root, SWT.WRAP);
        handEdited.setBackground(EDITED_BACKGROUND);
        handEdited.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        handEdited.setLayoutData(wide());
        message = new Label(root, SWT.WRAP);
        message.setForeground(ERROR);
        message.setLayoutData(wide());

        tabs = new TabFolder(root, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        modelTab = new TabItem(tabs, SWT.NONE);
        modelTab.setText("Model");
        SashForm modelPage = new SashForm(tabs, SWT.VERTICAL);
        modelTab.setControl(modelPage);
        stack = new Composite(modelPage, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        empty = new Label(stack, SWT.WRAP);
        linear = new LinearSection(stack, this);
        tree = new TreeSection(stack, this);
        words = new WordsSection(stack, this);
        knn = new Text(stack, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        Composite detailsBox = new Composite(modelPage, SWT.NONE);
        GridLayout detailsLayout = new GridLayout(1, false);
        detailsLayout.marginWidth = 0;
        detailsBox.setLayout(detailsLayout);
        new Label(detailsBox, SWT.NONE).setText("What was changed by hand, and how it was trained:");
        details = new Text(detailsBox, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        modelPage.setWeights(75, 25);

        teachingTab = new TabItem(tabs, SWT.NONE);
        teachingTab.setText("Teaching");
        ScrolledComposite scroller = new ScrolledComposite(tabs, SWT.V_SCROLL | SWT.H_SCROLL);
        teaching = new TeachingSection(scroller, () -> session);
        scroller.setContent(teaching.control());
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> scroller.setMinSize(
                teaching.control().computeSize(Math.max(200, scroller.getClientArea().width), SWT.DEFAULT)));
        teachingTab.setControl(scroller);

        tracker = new ActiveSessionTracker(getSite().getPage(), this::show);
        UndoRedoHandlers.install(getViewSite().getActionBars(), () -> session);
        refresh();
    }

    private static GridData wide() {
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.widthHint = 200; // wrap instead of widening the view
        return d;
    }

    /** Follows {@code newSession} (the active map's project), or shows that none is open. */
    public void show(ProjectSession newSession) {
        if (session != null) {
            session.removeListener(projectListener);
        }
        session = newSession;
        if (session != null) {
            session.addListener(projectListener);
        }
        error(null);
        refresh();
    }

    private void queueRefresh() {
        if (refreshQueued || root == null || root.isDisposed()) {
            return;
        }
        refreshQueued = true;
        root.getDisplay().asyncExec(() -> {
            refreshQueued = false;
            refresh();
        });
    }

    private void watch(TaughtModel model) {
        if (shownModel == model) {
            return;
        }
        if (shownModel != null) {
            shownModel.eAdapters().remove(modelWatcher);
        }
        shownModel = model;
        if (model != null) {
            model.eAdapters().add(modelWatcher);
        }
    }

    /** Rebuilds what shows the model and the teaching settings from the project as it is now. */
    public void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        TaughtModel model = session == null ? null : session.project().getModel();
        watch(model);
        teaching.refresh();
        Control page;
        try {
            page = showModel(model);
        } catch (RuntimeException e) {
            // a model read from a damaged or foreign file: say so rather than leave the view half drawn
            heading.setText("This model cannot be shown");
            empty.setText("The " + model.eClass().getName() + " does not fit together (" + e.getMessage()
                    + "). Retrain it by painting on the map, or choose a classifier on the Teaching tab.");
            page = empty;
        }
        stackLayout.topControl = page;
        int edits = model == null ? 0 : model.getEditHistory().size();
        boolean edited = model != null && model.isHandEdited();
        // the banner keeps its place and height once there is a model: appearing with the first
        // hand edit it pushed the tabs and tables down, and the next click hit another cell
        handEdited.setText(edited ? "\u270e Edited by hand: " + (edits == 1 ? "1 change" : edits + " changes")
                + " since training (Edit > Undo reverts them one by one)"
                : model == null ? "" : "Not edited by hand: the model is as the classifier trained it.");
        handEdited.setData(EDITED_KEY, edited);
        handEdited.setBackground(edited ? EDITED_BACKGROUND : null);
        GridData bannerData = (GridData) handEdited.getLayoutData();
        bannerData.exclude = model == null;
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(handEdited);
        try {
            bannerData.heightHint = 2 * gc.getFontMetrics().getHeight() + 4; // two lines, edited or not
        } finally {
            gc.dispose();
        }
        handEdited.setVisible(model != null);
        details.setText(model == null ? "" : detailsOf(model));
        stack.layout(true, true);
        root.layout(true, true);
    }

    /** Fills the page for {@code model}'s kind and returns it. */
    private Control showModel(TaughtModel model) {
        Control page;
        if (model == null) {
            heading.setText(session == null ? "No project is open." : "No model yet.");
            empty.setText(session == null ? "Open a dataset (File > Open Dataset... or File > Open Sample)."
                    : "Choose \"Paint region\" on the map and paint where two or more labels belong: a classifier is "
                            + "trained from your drawing and shown here. The Teaching tab chooses which classifier.");
            page = empty;
        } else if (model instanceof DecisionTreeModel t) {
            heading.setText("Decision tree: " + TreeRules.leaves(t.getRoot()).size() + " rules, depth "
                    + TreeRules.depth(t.getRoot()) + trainer(model));
            tree.show(t, this::colourOfClass);
            page = tree.control();
        } else if (model instanceof PolynomialModel p) {
            heading.setText("Polynomial model of degree " + p.getDegree() + " (" + p.getFeatureNames().size() + " terms)"
                    + trainer(model));
            linear.show(p);
            page = linear.control();
        } else if (model instanceof LinearModel l && TopFeatures.isWordList(l)) {
            heading.setText("Linear model over " + l.getFeatureNames().size() + " features" + trainer(model));
            words.show(l);
            page = words.control();
        } else if (model instanceof LinearModel l) {
            heading.setText("Linear model" + trainer(model));
            linear.show(l);
            page = linear.control();
        } else if (model instanceof NearestNeighbourModel n) {
            heading.setText("Nearest neighbours (k = " + n.getK() + ")" + trainer(model));
            knn.setText(describe(n));
            page = knn;
        } else {
            heading.setText("A model of a kind this view cannot show (" + model.eClass().getName() + ")");
            empty.setText("Its predictions still show on the map.");
            page = empty;
        }
        return page;
    }

    private static String trainer(TaughtModel model) {
        return model.getTrainerId() == null || model.getTrainerId().isBlank() ? "" : ", by " + model.getTrainerId();
    }

    /** The hand edits first (what a reader needs to know before trusting the numbers), then how it was trained. */
    private static String detailsOf(TaughtModel model) {
        StringBuilder sb = new StringBuilder();
        if (model.isHandEdited()) {
            sb.append("Edited by hand since training:");
            List<String> history = model.getEditHistory();
            if (history.isEmpty()) {
                sb.append("\n  (the edits were not recorded)");
            }
            for (int i = 0; i < history.size(); i++) {
                sb.append("\n  ").append(i + 1).append(". ").append(history.get(i));
            }
            sb.append("\n\nTrained: ");
        } else {
            sb.append("Not edited by hand: the model is as the classifier trained it.\n\nTrained: ");
        }
        sb.append(model.getProvenance() == null || model.getProvenance().isBlank() ? "(no provenance recorded)"
                : model.getProvenance());
        return sb.toString();
    }

    private static String describe(NearestNeighbourModel n) {
        int width = Math.max(1, n.getFeatureNames().size());
        int points = n.getPoints() == null ? 0 : n.getPoints().length / width;
        Map<String, Integer> perClass = new HashMap<>();
        if (n.getPointClasses() != null) {
            for (int c : n.getPointClasses()) {
                String name = c >= 0 && c < n.getClassNames().size() ? n.getClassNames().get(c) : "?";
                perClass.merge(name, 1, Integer::sum);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("A point gets the class most common among its ").append(n.getK()).append(" nearest of ")
                .append(points).append(" reference points (straight-line distance in ")
                .append(String.join(", ", n.getFeatureNames())).append(").\n\nReference points per class:");
        for (String c : n.getClassNames()) {
            sb.append("\n  ").append(c).append(": ").append(perClass.getOrDefault(c, 0));
        }
        sb.append("\n\nThis model has no numbers to edit by hand: change the drawing, or choose another classifier "
                + "on the Teaching tab, to change it.");
        return sb.toString();
    }

    /** 0xRRGGBB of the model's class {@code cls}, from the project's label of that name (grey if none). */
    private int colourOfClass(int cls) {
        TaughtModel model = session == null ? null : session.project().getModel();
        if (model == null || cls < 0 || cls >= model.getClassNames().size()) {
            return 0x808080;
        }
        String name = model.getClassNames().get(cls);
        for (LabelClass l : session.project().getLabels()) {
            if (name.equals(l.getName())) {
                return l.getColor();
            }
        }
        return 0x808080;
    }

    // ---------------------------------------------------------------- Edits

    @Override
    public ModelEdits edits() {
        return session == null ? null : session.modelEdits();
    }

    @Override
    public void error(String text) {
        if (message == null || message.isDisposed()) {
            return;
        }
        String t = text == null ? "" : text;
        message.setText(t);
        ((GridData) message.getLayoutData()).exclude = t.isEmpty();
        message.setVisible(!t.isEmpty());
        if (!t.isEmpty()) {
            status(t);
        }
        root.layout(true, true);
    }

    @Override
    public void info(String text) {
        status(text);
    }

    private void status(String text) {
        getViewSite().getActionBars().getStatusLineManager().setMessage(text);
    }

    // ---------------------------------------------------------------- for tests and other parts

    /**
     * Sets coefficient ({@code row}, {@code column}) of the coefficient table: columns 1..F are
     * the weights, column F+1 the bias. A value that is not a finite number is refused with a
     * message and changes nothing.
     *
     * @return false when the value was refused
     */
    public boolean setCoefficient(int row, int column, String value) {
        return linear.setCoefficient(row, column, value);
    }

    public Table coefficientTable() {
        return linear.table();
    }

    public String equationText() {
        return linear.equationText();
    }

    /** The error shown for the last refused input, or "" when the last edit went through. */
    public String message() {
        return message.getText();
    }

    public String headingText() {
        return heading.getText();
    }

    /** The "edited by hand" banner, empty when the model is as trained. */
    public String handEditedText() {
        return Boolean.TRUE.equals(handEdited.getData(EDITED_KEY)) ? handEdited.getText() : "";
    }

    /** Provenance and edit history as shown. */
    public String detailsText() {
        return details.getText();
    }

    /** The page showing the model now. */
    public Control currentPage() {
        return stackLayout.topControl;
    }

    public Tree rulesTree() {
        return tree.rules();
    }

    /** The tree's rules as shown, one line per rule, nested by two spaces. */
    public String rulesText() {
        return tree.rulesText();
    }

    public TreeItem ruleItem(TreeNode node) {
        return tree.itemOf(node);
    }

    public FigureCanvas treeDiagram() {
        return tree.diagram().control();
    }

    public IFigure diagramFigure(TreeNode node) {
        return tree.diagram().figureOf(node);
    }

    public int diagramNodeCount() {
        return tree.diagram().nodeCount();
    }

    public List<String> diagramTexts() {
        return tree.diagram().texts();
    }

    /** The in-place editor open over a rule (a text field or a list of classes), or {@code null}. */
    public Control ruleEditor() {
        Control c = tree.activeEditor();
        return c == null || c.isDisposed() ? null : c;
    }

    public Table wordsTable() {
        return words.table();
    }

    public Text wordsFilter() {
        return words.filter();
    }

    public Combo wordsClass() {
        return words.classChoice();
    }

    public String nearestNeighbourText() {
        return knn.getText();
    }

    /** Brings the Teaching tab to the front. */
    public void showTeaching() {
        tabs.setSelection(teachingTab);
    }

    public void showModel() {
        tabs.setSelection(modelTab);
    }

    public TabFolder tabs() {
        return tabs;
    }

    public Combo classifierCombo() {
        return teaching.classifierCombo();
    }

    /** The field of the chosen classifier's option {@code id}. */
    public Control optionField(String id) {
        return teaching.options().field(id);
    }

    public Text pointsPerClassField() {
        return teaching.pointsPerClass();
    }

    public Text seedField() {
        return teaching.seed();
    }

    public org.eclipse.swt.widgets.Button includeLabelledBox() {
        return teaching.includeLabelled();
    }

    public org.eclipse.swt.widgets.Button showPseudoPointsBox() {
        return teaching.showPseudoPoints();
    }

    public org.eclipse.swt.widgets.Button trainOnFeaturesButton() {
        return teaching.trainOnFeatures();
    }

    public org.eclipse.swt.widgets.Button applyTeachingButton() {
        return teaching.applyButton();
    }

    public String teachingMessage() {
        return teaching.message();
    }

    public boolean isRetraining() {
        return teaching.isTraining();
    }

    /** A number as this view writes it. */
    public static String format(double v) {
        return Numbers.format(v);
    }

    @Override
    public void setFocus() {
        // Activated by a click into one of its fields (the filter, an option), the workbench asks
        // at the mouse-down, before the click has focused that field; focusing anything else
        // would steal the click. So the field under the pointer gets the focus first.
        Control under = root.getDisplay().getCursorControl();
        if (isInside(under) && !(under instanceof Label) && under.setFocus()) {
            return;
        }
        if (hasFocus()) {
            return;
        }
        Control page = stackLayout.topControl;
        if (page != null && !page.isDisposed() && tabs.getSelectionIndex() == 0) {
            page.setFocus();
        } else {
            tabs.setFocus();
        }
    }

    private boolean isInside(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c == root) {
                return true;
            }
        }
        return false;
    }

    private boolean hasFocus() {
        return isInside(root.getDisplay().getFocusControl());
    }

    @Override
    public void dispose() {
        if (tracker != null) {
            tracker.dispose();
        }
        if (session != null) {
            session.removeListener(projectListener);
        }
        watch(null);
        super.dispose();
    }
}
