package org.contour.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.contour.core.session.ProjectSession;
import org.contour.core.session.TeachingChoice;
import org.contour.core.session.TeachingEdits;
import org.contour.core.teach.ModelPredictors;
import org.contour.model.ContourFactory;
import org.contour.model.DecisionTreeModel;
import org.contour.model.Embedding;
import org.contour.model.LabelClass;
import org.contour.model.LinearModel;
import org.contour.model.PolynomialModel;
import org.contour.model.Sketch;
import org.contour.model.TaughtModel;
import org.contour.model.TeachingSpace;
import org.contour.model.TreeNode;
import org.contour.samples.SampleDatasets;
import org.contour.ui.ContourPerspective;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.editor.ContourEditor;
import org.contour.ui.editor.ProjectEditorInput;
import org.contour.ui.interpret.InterpretationView;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Model Interpretation view in the running workbench, driven like a user drives it: the
 * mouse (xdotool) double-clicks numbers and rules, the keyboard (xdotool) types into the
 * in-place editors, presses Return, Delete, the arrow keys; the map's pixels are read back to
 * see the decision regions follow each hand edit. Models other than the linear one are built by
 * hand (as a trainer would deliver them) on real datasets: a tree over iris's petals, a
 * degree-2 polynomial over digits' PCA map, a word model over fortunes' TF-IDF features.
 */
class InterpretationUiTest {

    private static final Path IRIS = Path.of("/work/shared/datasets/tabular/iris.csv");

    private IWorkbenchPage page;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setSize(1500, 950);
        UiTestSupport.settle(200);
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        // the size the other UI tests work in, so that none of them starts with a resize
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setSize(1400, 900);
        // these tests import several datasets; collect now rather than in a later test's mouse drag,
        // where a long pause makes GTK merge the drag's motion events
        System.gc();
        UiTestSupport.settle(300);
    }

    // ---------------------------------------------------------------- linear

    @Test
    void aLinearModelReadsAsEquationsAndACoefficientIsTypedInPlace() throws Exception {
        ProjectSession session = digits();
        trainFromTwoStrokes(session);
        ContourEditor editor = open(session);
        InterpretationView view = view();
        LinearModel model = (LinearModel) session.project().getModel();
        assertTrue(view.equationText().contains("score(0) ="), view.equationText());
        assertTrue(view.equationText().contains("\u00d7 PC1"), view.equationText());
        assertEquals("", view.handEditedText());

        EmbeddingCanvas canvas = editor.canvas();
        int colourZero = session.project().getLabels().get(0).getColor();
        int colourOne = session.project().getLabels().get(1).getColor();
        // probes 40 px off the strokes, so the translucent stroke paint does not tint them
        Point one = centreOf(canvas, session, "1");
        one = new Point(one.x, one.y + 40);
        int regionOneBefore = regionColourNear(canvas, session, one);
        assertTintOf(colourOne, regionOneBefore, "the 1s' region");

        // Enter on a weight as shown changes nothing (the shown text is rounded; committing it
        // once wrote the rounding back and marked the model edited by hand)
        Table table = view.coefficientTable();
        double weight = model.getWeights()[0];
        UiTestSupport.doubleClick(table, centre(table.getItem(0).getBounds(1)));
        Text unchanged = inlineField(table);
        assertNotNull(unchanged, "a field over the first weight");
        UiTestSupport.keys(unchanged, "Return");
        UiTestSupport.settle(200);
        assertTrue(unchanged.isDisposed());
        assertEquals(weight, model.getWeights()[0], 0.0, "exactly as trained");
        assertFalse(model.isHandEdited());

        org.eclipse.swt.graphics.Point tableAt = table.toDisplay(0, 0);

        // double-click the bias of class 0 and type something that is not a number
        TableItem row = table.getItem(0);
        UiTestSupport.doubleClick(table, centre(row.getBounds(3)));
        Text field = inlineField(table);
        assertNotNull(field, () -> "a text field opens over the cell " + row.getBounds(3) + " of " + table.getBounds()
                + "; focus " + table.getDisplay().getFocusControl() + ", pointer over "
                + table.getDisplay().getCursorControl() + " " + table.getDisplay().getCursorLocation() + " table at "
                + table.toDisplay(0, 0) + " page " + view.currentPage());
        UiTestSupport.type(field, "abc");
        UiTestSupport.keys(field, "Return");
        assertTrue(view.message().contains("'abc' is not a number"), view.message());
        assertTrue(view.message().contains("unchanged"), view.message());
        assertFalse(model.isHandEdited(), "refused input leaves the model alone");
        assertFalse(field.isDisposed(), "the field stays open to be corrected");
        // the text is selected: typing replaces it
        UiTestSupport.type(field, "1000");
        UiTestSupport.keys(field, "Return");
        UiTestSupport.settle(300);
        assertTrue(field.isDisposed());
        assertEquals(1000.0, model.getBiases()[0]);
        assertTrue(model.isHandEdited());
        assertEquals("", view.message());
        assertTrue(model.getEditHistory().get(0).startsWith("bias of class 0: "), model.getEditHistory().toString());
        assertTrue(model.getEditHistory().get(0).endsWith(" -> 1000"), model.getEditHistory().toString());
        assertTrue(view.handEditedText().contains("Edited by hand: 1 change"), view.handEditedText());
        // the banner had its place already: the table did not move under the pointer
        assertEquals(tableAt, table.toDisplay(0, 0));
        assertTrue(view.detailsText().contains("1. bias of class 0:"), view.detailsText());
        assertEquals("1000", table.getItem(0).getText(3));
        // the map follows at once: class 0 now claims the region of the 1s
        assertTintOf(colourZero, regionColourNear(canvas, session, one), "regions repainted after the edit");
        UiTestSupport.screenshot(table.getShell(), "interpret-linear-edited");

        // Ctrl+Z (Edit > Undo) with the focus in the view reverts it, and the map follows again
        UiTestSupport.click(table, centre(table.getItem(1).getBounds(0)), 0);
        UiTestSupport.keys(table, "ctrl+z");
        UiTestSupport.settle(300);
        assertFalse(model.isHandEdited());
        assertEquals("", view.handEditedText());
        assertEquals(regionOneBefore, regionColourNear(canvas, session, one));
    }

    // ---------------------------------------------------------------- decision tree

    @Test
    void aTreeReadsAsRulesAndADiagramAndEveryRuleIsEditable() throws Exception {
        assumeTrue(Files.exists(IRIS), "the shared iris dataset is not here");
        ProjectSession session = irisOnPetals();
        DecisionTreeModel tree = irisTree(session);
        session.setModel(tree);
        ContourEditor editor = open(session);
        InterpretationView view = view();
        EmbeddingCanvas canvas = editor.canvas();

        assertEquals("Decision tree: 4 rules, depth 3, by hand-built", view.headingText());
        assertEquals("""
                if petal_length_cm \u2264 2.45  (150 points)
                  then setosa  (50 of 50 (100%))
                  else if petal_width_cm \u2264 1.75  (100 points)
                    then if petal_length_cm \u2264 4.95  (54 points)
                      then versicolor  (47 of 48 (98%))
                      else virginica  (4 of 6 (67%))
                    else virginica  (45 of 46 (98%))""", view.rulesText());
        assertEquals(7, view.diagramNodeCount());
        List<String> boxes = view.diagramTexts();
        assertEquals("petal_length_cm\n\u2264 2.45 ?", boxes.get(0));
        assertTrue(boxes.contains("setosa\n50 of 50 (100%)"), boxes.toString());
        assertTrue(boxes.contains("virginica\n45 of 46 (98%)"), boxes.toString());
        IFigure rootBox = view.diagramFigure(tree.getRoot());
        IFigure leftLeaf = view.diagramFigure(tree.getRoot().getLeft());
        IFigure rightBranch = view.diagramFigure(tree.getRoot().getRight());
        assertTrue(leftLeaf.getBounds().y > rootBox.getBounds().bottom(), "children below their parent");
        assertTrue(leftLeaf.getBounds().right() < rightBranch.getBounds().x, "'yes' on the left, 'no' on the right");
        UiTestSupport.screenshot(view.rulesTree().getShell(), "interpret-tree");

        // 1. a threshold: double-click the root rule, type, Return
        int setosaRegion = regionColourAt(canvas, session, 1.4, 0.25);
        int probeBefore = regionColourAt(canvas, session, 2.8, 1.0);
        assertNotEquals(setosaRegion, probeBefore, "(2.8, 1.0) is versicolor's");
        Tree rules = view.rulesTree();
        TreeItem rootItem = view.ruleItem(tree.getRoot());
        UiTestSupport.doubleClick(rules, centre(rootItem.getBounds(1)));
        Control editorField = view.ruleEditor();
        assertInstanceOf(Text.class, editorField);
        assertEquals("2.45", ((Text) editorField).getText());
        UiTestSupport.type(editorField, "two");
        UiTestSupport.keys(editorField, "Return");
        assertEquals("'two' is not a number. The threshold is unchanged.", view.message());
        assertEquals(2.45, tree.getRoot().getThreshold());
        UiTestSupport.type(editorField, "3.2");
        UiTestSupport.keys(editorField, "Return");
        UiTestSupport.settle(300);
        assertEquals(3.2, tree.getRoot().getThreshold());
        assertEquals("split 'petal_length_cm <= 2.45' threshold -> 3.2", lastEdit(tree));
        assertTrue(view.rulesText().startsWith("if petal_length_cm \u2264 3.2"), view.rulesText());
        assertEquals("petal_length_cm\n\u2264 3.2 ?", view.diagramTexts().get(0), "the diagram follows");
        assertEquals(setosaRegion, regionColourAt(canvas, session, 2.8, 1.0), "the map follows: setosa up to 3.2");
        // a tree saved with its edit, for looking at it in the product
        editor.saveTo(Path.of(System.getProperty("contour.screenshots", "target/screenshots"), "iris-tree.contour"));

        // 2. a leaf's class: double-click "then setosa", arrow down to versicolor, Return
        TreeItem setosaItem = view.ruleItem(tree.getRoot().getLeft());
        UiTestSupport.doubleClick(rules, centre(setosaItem.getBounds(1)));
        Control list = view.ruleEditor();
        assertInstanceOf(CCombo.class, list);
        assertEquals("setosa", ((CCombo) list).getText());
        UiTestSupport.keys(list, "Down");
        assertEquals(0, tree.getRoot().getLeft().getPredictedClass(), "moving through the list changes nothing yet");
        UiTestSupport.keys(list, "Return");
        UiTestSupport.settle(300);
        assertEquals(1, tree.getRoot().getLeft().getPredictedClass());
        assertEquals("leaf under 'petal_length_cm <= 3.2' now predicts 'versicolor' (was 'setosa')", lastEdit(tree));
        int versicolor = session.project().getLabels().get(1).getColor();
        assertTintOf(versicolor, regionColourAt(canvas, session, 1.4, 0.25), "the setosa corner is versicolor now");
        assertNotEquals(setosaRegion, regionColourAt(canvas, session, 1.4, 0.25));

        // 3. delete a rule: click its box in the diagram, press Delete
        TreeNode lengthSplit = tree.getRoot().getRight().getLeft();
        int wideLongBefore = regionColourAt(canvas, session, 6.2, 1.6);
        assertTintOf(session.project().getLabels().get(2).getColor(), wideLongBefore,
                "long petals under 1.75 wide are virginica");
        FigureCanvas diagram = view.treeDiagram();
        UiTestSupport.click(diagram, onScreen(diagram, view.diagramFigure(lengthSplit)), 0);
        assertSame(lengthSplit, rules.getSelection()[0].getData(), "a click in the diagram selects the rule");
        UiTestSupport.keys(diagram, "Delete");
        UiTestSupport.settle(300);
        assertEquals(5, view.diagramNodeCount());
        TreeNode merged = tree.getRoot().getRight().getLeft();
        assertEquals(-1, merged.getFeature());
        assertEquals(1, merged.getPredictedClass());
        assertTrue(lastEdit(tree).startsWith("rule 'petal_length_cm <= 4.95' deleted"), lastEdit(tree));
        assertTintOf(versicolor, regionColourAt(canvas, session, 6.2, 1.6), "virginica's corner went to versicolor");
        assertTrue(view.handEditedText().contains("3 changes"), view.handEditedText());
        UiTestSupport.screenshot(rules.getShell(), "interpret-tree-edited");

        // 4. a leaf's rule from the context menu of the rules: select "else virginica", Delete key there
        TreeItem wideItem = view.ruleItem(tree.getRoot().getRight().getRight());
        UiTestSupport.click(rules, centre(wideItem.getBounds(0)), 0);
        UiTestSupport.keys(rules, "Delete");
        UiTestSupport.settle(300);
        assertTrue(lastEdit(tree).contains("now always takes its other branch"), lastEdit(tree));
        assertEquals(3, view.diagramNodeCount());

        // 5. the context menu of a rule: keep only the root's 'else' branch
        rootItem = view.ruleItem(tree.getRoot());
        UiTestSupport.click(rules, centre(rootItem.getBounds(0)), 0);
        UiTestSupport.rightClick(rules, centre(rootItem.getBounds(0)));
        // Change threshold..., (separator), Delete rule, Keep 'then', Keep 'else'
        UiTestSupport.keys(rules, "Down", "Down", "Down", "Down", "Return");
        UiTestSupport.settle(300);
        assertEquals("split 'petal_length_cm <= 3.2' removed, keeping only its 'petal_length_cm > 3.2' branch",
                lastEdit(tree));
        assertEquals(1, view.diagramNodeCount());
        assertEquals("always versicolor  (49 of 54 (91%))", view.rulesText());

        // every edit undoes through the map's Edit > Undo as well
        page.activate(editor);
        for (int i = 0; i < 5; i++) {
            editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        }
        UiTestSupport.settle(300);
        assertFalse(tree.isHandEdited());
        assertEquals(7, view.diagramNodeCount());
        assertEquals(2.45, tree.getRoot().getThreshold());
        assertEquals(probeBefore, regionColourAt(canvas, session, 2.8, 1.0));
    }

    // ---------------------------------------------------------------- polynomial

    @Test
    void aPolynomialModelShowsItsTermsAndItsStandardisation() throws Exception {
        ProjectSession session = digits();
        Point centre2d = medianOf(session);
        PolynomialModel ring = ring(session, centre2d);
        session.setModel(ring);
        ContourEditor editor = open(session);
        InterpretationView view = view();
        String text = view.equationText();
        assertTrue(text.matches("(?s)z1 = \\(PC1 [-+] [0-9.]+\\) / 8\nz2 = \\(PC2 [-+] [0-9.]+\\) / 8\n.*"), text);
        assertTrue(text.contains(" / 8\n"), text);
        assertTrue(text.contains("score(0) = \u22121 \u00d7 z1^2 \u2212 1 \u00d7 z2^2 + 1"), text);
        Table table = view.coefficientTable();
        assertEquals("z1^2", table.getColumn(3).getText());
        assertEquals("z1*z2", table.getColumn(4).getText());

        // 12 units right of the centre is outside the ring (z1 = 1.5); widen the ring along PC1
        EmbeddingCanvas canvas = editor.canvas();
        double cx = ring.getInputMeans()[0];
        double cy = ring.getInputMeans()[1];
        int inside = regionColourAt(canvas, session, cx, cy);
        int before = regionColourAt(canvas, session, cx + 12, cy);
        assertNotEquals(inside, before);
        UiTestSupport.doubleClick(table, centre(table.getItem(0).getBounds(3)));
        Text field = inlineField(table);
        UiTestSupport.type(field, "-0.2");
        UiTestSupport.keys(field, "Return");
        UiTestSupport.settle(300);
        assertEquals(-0.2, ring.getWeights()[2]);
        assertEquals("weight of z1^2 for class 0: -1 -> -0.2", lastEdit(ring));
        assertTrue(view.equationText().contains("score(0) = \u22120.2 \u00d7 z1^2"), view.equationText());
        assertNotEquals(before, regionColourAt(canvas, session, cx + 12, cy), "the curved boundary moved out");
        UiTestSupport.screenshot(table.getShell(), "interpret-polynomial");
    }

    // ---------------------------------------------------------------- text

    @Test
    void aWordModelListsItsMostImportantWordsAndAWordIsZeroed() throws Exception {
        ProjectSession session = ProjectSession.importDataset(SampleDatasets.file(SampleDatasets.FORTUNES),
                new NullProgressMonitor());
        LinearModel words = centroidModel(session);
        session.setModel(words);
        ContourEditor editor = open(session);
        InterpretationView view = view();
        assertTrue(view.headingText().startsWith("Linear model over " + words.getFeatureNames().size() + " features"),
                view.headingText());
        Table table = view.wordsTable();
        assertEquals(15 * words.getClassNames().size(), table.getItemCount(), "the top 15 words of every class");
        UiTestSupport.screenshot(table.getShell(), "interpret-words");
        // the canvas draws no regions for a model over all features, and still draws its points
        ImageData shown = UiTestSupport.pixels(editor.canvas().getControl());
        assertNotEquals(0, countColour(shown, session.project().getLabels().get(0).getColor()));

        // find a word of the first class with the filter box
        String word = table.getItem(0).getText(1);
        String cls = table.getItem(0).getText(0);
        int feature = words.getFeatureNames().indexOf(word);
        int c = words.getClassNames().indexOf(cls);
        int width = words.getFeatureNames().size();
        double weight = words.getWeights()[c * width + feature];
        UiTestSupport.clickCentre(view.wordsFilter());
        assertSame(view.wordsFilter(), table.getDisplay().getFocusControl(), () -> "a click puts the focus into the filter; "
                + "under the pointer " + table.getDisplay().getCursorControl() + " at " + table.getDisplay().getCursorLocation()
                + ", the filter at " + table.getDisplay().map(view.wordsFilter().getParent(), null, view.wordsFilter().getBounds())
                + " enabled " + view.wordsFilter().isEnabled() + " visible " + view.wordsFilter().isVisible());
        UiTestSupport.type(view.wordsFilter(), word);
        UiTestSupport.settle(200);
        assertTrue(table.getItemCount() >= 1);
        for (TableItem item : table.getItems()) {
            assertTrue(item.getText(1).toLowerCase().contains(word.toLowerCase()),
                    item.getText(1) + " for the filter '" + view.wordsFilter().getText() + "', looking for '" + word + "'");
        }
        TableItem found = Arrays.stream(table.getItems())
                .filter(i -> i.getText(0).equals(cls) && i.getText(1).equals(word)).findFirst().orElseThrow();
        // zero it: select the row, press Delete
        UiTestSupport.click(table, centre(found.getBounds(1)), 0);
        UiTestSupport.keys(table, "Delete");
        UiTestSupport.settle(300);
        assertEquals(0, words.getWeights()[c * width + feature]);
        assertEquals("weight of '" + word + "' for class " + cls + ": " + InterpretationView.format(weight) + " -> 0",
                lastEdit(words));
        // and set it again by typing (double-click the weight)
        found = Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(cls) && i.getText(1).equals(word))
                .findFirst().orElseThrow();
        assertEquals("0", found.getText(2), "a filter still finds the zeroed word");
        UiTestSupport.doubleClick(table, centre(found.getBounds(2)));
        Text field = inlineField(table);
        UiTestSupport.type(field, "2.5");
        UiTestSupport.keys(field, "Return");
        UiTestSupport.settle(300);
        assertEquals(2.5, words.getWeights()[c * width + feature]);
        assertTrue(view.handEditedText().contains("2 changes"), view.handEditedText());
    }

    // ---------------------------------------------------------------- nearest neighbours

    @Test
    void aNearestNeighbourModelIsDescribed() throws Exception {
        ProjectSession session = digits();
        org.contour.model.NearestNeighbourModel knn = ContourFactory.eINSTANCE.createNearestNeighbourModel();
        knn.setTrainerId("hand-built");
        knn.setK(5);
        knn.getClassNames().addAll(List.of("0", "1"));
        knn.getFeatureNames().addAll(List.of("PC1", "PC2"));
        knn.setPoints(new double[] { -20, 0, -15, 5, 10, 0 });
        knn.setPointClasses(new int[] { 0, 0, 1 });
        session.setModel(knn);
        open(session);
        InterpretationView view = view();
        assertEquals("Nearest neighbours (k = 5), by hand-built", view.headingText());
        assertTrue(view.nearestNeighbourText().contains("its 5 nearest of 3 reference points"), view.nearestNeighbourText());
        assertTrue(view.nearestNeighbourText().contains("0: 2"), view.nearestNeighbourText());
        assertTrue(view.nearestNeighbourText().contains("no numbers to edit"), view.nearestNeighbourText());
    }

    @Test
    void aModelThatDoesNotFitTogetherIsReportedAndBreaksNothing() throws Exception {
        ProjectSession session = digits();
        LinearModel broken = ContourFactory.eINSTANCE.createLinearModel();
        broken.getClassNames().addAll(List.of("0", "1"));
        broken.getFeatureNames().addAll(List.of("PC1", "PC2"));
        broken.setWeights(new double[] { 1, 2, 3 }); // four expected
        broken.setBiases(new double[] { 0, 0 });
        session.setModel(broken);
        ContourEditor editor = open(session);
        InterpretationView view = view();
        assertEquals("This model cannot be shown", view.headingText());
        // the map still draws its points, in their label colours
        ImageData shown = UiTestSupport.pixels(editor.canvas().getControl());
        assertNotEquals(0, countColour(shown, session.project().getLabels().get(0).getColor()));
        // and a proper model afterwards shows as usual
        trainFromTwoStrokes(session);
        UiTestSupport.settle(300);
        assertEquals("Linear model, by org.contour.tribuo.logistic", view.headingText());
    }

    // ---------------------------------------------------------------- teaching settings

    @Test
    void choosingAnotherClassifierRetrainsAsOneUndoStep() throws Exception {
        ProjectSession session = digits();
        trainFromTwoStrokes(session);
        TaughtModel linear = session.project().getModel();
        open(session);
        InterpretationView view = view();
        view.showTeaching();
        UiTestSupport.settle(200);
        Combo classifiers = view.classifierCombo();
        List<String> names = Arrays.asList(classifiers.getItems());
        assertTrue(names.contains("Logistic regression (Tribuo)"), names.toString());
        assertTrue(names.contains("Decision stump (test plug-in)"), names.toString());
        assertEquals("Logistic regression (Tribuo)", classifiers.getText());
        assertInstanceOf(Text.class, view.optionField("epochs"), "the form shows the logistic regression's option");
        UiTestSupport.screenshot(classifiers.getShell(), "interpret-teaching");

        // pick the stump from the list with the mouse and the keyboard
        UiTestSupport.clickCentre(classifiers);
        int stump = names.indexOf("Decision stump (test plug-in)");
        int now = classifiers.getSelectionIndex();
        String[] moves = new String[Math.abs(stump - now) + 1];
        Arrays.fill(moves, stump > now ? "Down" : "Up");
        moves[moves.length - 1] = "Return";
        UiTestSupport.keys(classifiers, moves);
        UiTestSupport.waitUntil("the stump to be trained", 20_000,
                () -> session.project().getModel() instanceof DecisionTreeModel && !view.isRetraining());
        UiTestSupport.settle(300);
        assertEquals("org.contour.ui.tests.stump", session.project().getTeaching().getClassifierId());
        assertEquals("best", session.project().getTeaching().getClassifierOptions().get("axis"),
                "the defaults of the declared options are stored");
        assertInstanceOf(Combo.class, view.optionField("axis"));
        assertInstanceOf(Text.class, view.optionField("minLeaf"));
        assertInstanceOf(Button.class, view.optionField("counts"));
        assertTrue(view.teachingMessage().startsWith("Retrained"), view.teachingMessage());
        view.showModel();
        UiTestSupport.settle(200);
        assertTrue(view.rulesText().matches("(?s)if PC[12] \u2264 .*then 0.*else 1.*"), view.rulesText());
        view.showTeaching();

        // a bad option value is refused by name, and nothing changes
        TaughtModel[] trained = { session.project().getModel() };
        Text minLeaf = (Text) view.optionField("minLeaf");
        UiTestSupport.clickCentre(minLeaf);
        UiTestSupport.keys(minLeaf, "ctrl+a");
        UiTestSupport.type(minLeaf, "0");
        UiTestSupport.keys(minLeaf, "Return");
        UiTestSupport.settle(200);
        assertTrue(view.teachingMessage().contains("Smallest leaf must be at least 1"), view.teachingMessage());
        assertSame(trained[0], session.project().getModel());
        assertEquals("1", session.project().getTeaching().getClassifierOptions().get("minLeaf"));
        assertTrue(view.teachingMessage().contains("Nothing was changed"), view.teachingMessage());
        // corrected, it applies and retrains
        UiTestSupport.keys(minLeaf, "ctrl+a");
        UiTestSupport.type(minLeaf, "2");
        UiTestSupport.keys(minLeaf, "Return");
        waitForRetraining(view, session, trained[0], "retraining with the smallest leaf 2");
        assertEquals("2", session.project().getTeaching().getClassifierOptions().get("minLeaf"));
        trained[0] = session.project().getModel();

        // the pseudo-points toggle is stored without retraining
        UiTestSupport.clickCentre(view.showPseudoPointsBox());
        UiTestSupport.settle(200);
        assertTrue(session.project().getTeaching().isShowPseudoPoints());
        assertSame(trained[0], session.project().getModel());

        // letters are refused with a message (a GTK spinner here once turned them into 1 silently)
        UiTestSupport.clickCentre(view.pointsPerClassField());
        UiTestSupport.keys(view.pointsPerClassField(), "ctrl+a");
        UiTestSupport.type(view.pointsPerClassField(), "abc");
        UiTestSupport.keys(view.pointsPerClassField(), "Return");
        UiTestSupport.settle(200);
        assertTrue(view.teachingMessage().contains("Points per class must be a whole number from 1 to 100000, not 'abc'"),
                view.teachingMessage());
        assertSame(trained[0], session.project().getModel());
        assertEquals(500, session.project().getTeaching().getPointsPerClass());
        // fewer pseudo-points: typed, applied with Enter
        UiTestSupport.keys(view.pointsPerClassField(), "ctrl+a");
        UiTestSupport.type(view.pointsPerClassField(), "80");
        assertEquals("80", view.pointsPerClassField().getText());
        UiTestSupport.keys(view.pointsPerClassField(), "Return");
        waitForRetraining(view, session, trained[0], "retraining on 80 points per class");
        assertEquals(80, session.project().getTeaching().getPointsPerClass());
        assertTrue(session.project().getModel().getProvenance().contains("160 points"),
                session.project().getModel().getProvenance());
        trained[0] = session.project().getModel();

        // another seed, typed, applied with the button
        UiTestSupport.clickCentre(view.seedField());
        UiTestSupport.keys(view.seedField(), "ctrl+a");
        UiTestSupport.type(view.seedField(), "7");
        UiTestSupport.clickCentre(view.applyTeachingButton());
        waitForRetraining(view, session, trained[0], "retraining with seed 7");
        assertEquals(7, session.project().getTeaching().getSeed());

        trained[0] = session.project().getModel();

        // where to teach: the stump cannot train on all features, so that choice is refused in
        // words and the buttons show the map again (it was once stored and nothing trained after)
        UiTestSupport.clickCentre(view.trainOnFeaturesButton());
        UiTestSupport.waitUntil("the refusal", 10_000, () -> view.teachingMessage().contains("cannot train on the"));
        assertTrue(view.teachingMessage().contains("Decision stump (test plug-in) cannot train on the examples' full"
                + " features"), view.teachingMessage());
        assertEquals(TeachingSpace.MAP, session.project().getTeaching().getSpace());
        assertFalse(view.trainOnFeaturesButton().getSelection(), "the radio buttons show what is stored");
        assertSame(trained[0], session.project().getModel());

        // undo, one step per change (space, seed, points, toggle, option, classifier), back to the linear model
        for (int i = 0; i < 10 && session.project().getTeaching() != null; i++) {
            view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
            UiTestSupport.settle(100);
        }
        UiTestSupport.settle(300);
        assertSame(linear, session.project().getModel());
        assertNull(session.project().getTeaching());
        assertEquals("Logistic regression (Tribuo)", view.classifierCombo().getText(), "the form follows the undo");

        // another project comes to the front: the tab's last message was about this one
        assertFalse(view.teachingMessage().isEmpty());
        UiTestSupport.openIris(page);
        UiTestSupport.settle(300);
        assertEquals("", view.teachingMessage(), "no message of the project before");
    }

    private static void waitForRetraining(InterpretationView view, ProjectSession session, TaughtModel before,
            String what) {
        long end = System.currentTimeMillis() + 20_000;
        while (session.project().getModel() == before || view.isRetraining()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("Timed out " + what + "; the view says: " + view.teachingMessage());
            }
            UiTestSupport.settle(50);
        }
        UiTestSupport.settle(200);
    }

    // ---------------------------------------------------------------- fixtures

    private static ProjectSession digits() throws Exception {
        return ProjectSession.importDataset(SampleDatasets.file(SampleDatasets.DIGITS), new NullProgressMonitor());
    }

    private ContourEditor open(ProjectSession session) throws Exception {
        page.openEditor(new ProjectEditorInput(session), ContourEditor.ID);
        UiTestSupport.waitUntil("the map to open", 30_000,
                () -> page.getActiveEditor() instanceof ContourEditor e && e.session() == session);
        UiTestSupport.settle(500);
        return (ContourEditor) page.getActiveEditor();
    }

    private InterpretationView view() throws Exception {
        InterpretationView view = (InterpretationView) page.showView(ContourPerspective.INTERPRETATION_VIEW);
        view.showModel();
        UiTestSupport.settle(400);
        return view;
    }

    /** Two strokes on digits' map, trained with the default settings, applied as the user's strokes would be. */
    private static void trainFromTwoStrokes(ProjectSession s) throws Exception {
        Point zero = medianOf(s, "0");
        Point one = medianOf(s, "1");
        LabelClass l0 = s.project().getLabels().get(0);
        LabelClass l1 = s.project().getLabels().get(1);
        Sketch a = sketch(l0, new double[] { zero.x - 3, zero.y, zero.x + 3, zero.y });
        s.addSketchAndModel(a, null);
        Sketch b = sketch(l1, new double[] { one.x - 3, one.y, one.x + 3, one.y });
        s.addSketchAndModel(b, TeachingEdits.train(s, TeachingChoice.defaults(), b, new NullProgressMonitor()));
    }

    private static Sketch sketch(LabelClass label, double[] points) {
        Sketch k = ContourFactory.eINSTANCE.createSketch();
        k.setLabel(label);
        k.setPoints(points);
        k.setRadius(3);
        return k;
    }

    /** Median map position (data units, rounded) of the rows labelled {@code label}. */
    private static Point medianOf(ProjectSession s, String label) {
        double[] xs = s.project().getEmbedding().getXs();
        double[] ys = s.project().getEmbedding().getYs();
        double[] mx = java.util.stream.IntStream.range(0, xs.length).filter(r -> label.equals(s.table().labels().get(r)))
                .mapToDouble(r -> xs[r]).sorted().toArray();
        double[] my = java.util.stream.IntStream.range(0, xs.length).filter(r -> label.equals(s.table().labels().get(r)))
                .mapToDouble(r -> ys[r]).sorted().toArray();
        return new Point((int) Math.round(mx[mx.length / 2]), (int) Math.round(my[my.length / 2]));
    }

    private static Point medianOf(ProjectSession s) {
        double[] xs = s.project().getEmbedding().getXs().clone();
        double[] ys = s.project().getEmbedding().getYs().clone();
        Arrays.sort(xs);
        Arrays.sort(ys);
        return new Point((int) Math.round(xs[xs.length / 2]), (int) Math.round(ys[ys.length / 2]));
    }

    /** Inside (class 0) an ellipse of half-axes 8 around {@code c}: z = (axis - c) / 8, score(0) = 1 - z1^2 - z2^2. */
    private static PolynomialModel ring(ProjectSession s, Point c) {
        PolynomialModel m = ContourFactory.eINSTANCE.createPolynomialModel();
        m.setTrainerId("hand-built");
        m.getClassNames().addAll(List.of(s.project().getLabels().get(0).getName(), s.project().getLabels().get(1).getName()));
        m.getInputNames().addAll(List.of("PC1", "PC2"));
        m.setDegree(2);
        m.getFeatureNames().addAll(List.of("PC1", "PC2", "PC1^2", "PC1*PC2", "PC2^2"));
        m.setExponents(new int[] { 1, 0, 0, 1, 2, 0, 1, 1, 0, 2 });
        m.setInputMeans(new double[] { c.x + 0.5, c.y + 0.5 });
        m.setInputScales(new double[] { 8, 8 });
        m.setWeights(new double[] { 0, 0, -1, 0, -1, 0, 0, 0, 0, 0 });
        m.setBiases(new double[] { 1, 0 });
        m.setProvenance("built by hand for the UI test");
        return m;
    }

    /** Iris with its raw petal columns as the map's two axes. */
    private static ProjectSession irisOnPetals() throws Exception {
        ProjectSession s = ProjectSession.importDataset(IRIS, new NullProgressMonitor());
        int length = s.table().columnNames().indexOf("petal_length_cm");
        int width = s.table().columnNames().indexOf("petal_width_cm");
        Embedding petals = ContourFactory.eINSTANCE.createEmbedding();
        double[] xs = new double[s.table().rowCount()];
        double[] ys = new double[xs.length];
        for (int r = 0; r < xs.length; r++) {
            xs[r] = s.table().numeric()[r][length];
            ys[r] = s.table().numeric()[r][width];
        }
        petals.setXs(xs);
        petals.setYs(ys);
        petals.getAxisNames().addAll(List.of("petal_length_cm", "petal_width_cm"));
        petals.setReducerId("columns");
        s.project().setEmbedding(petals);
        return s;
    }

    /** The textbook iris tree on the petals; leaves predict and count the file labels that reach them. */
    private static DecisionTreeModel irisTree(ProjectSession s) {
        DecisionTreeModel model = ContourFactory.eINSTANCE.createDecisionTreeModel();
        model.setTrainerId("hand-built");
        model.setMaxDepth(3);
        s.project().getLabels().forEach(l -> model.getClassNames().add(l.getName()));
        model.getFeatureNames().addAll(List.of("petal_length_cm", "petal_width_cm"));
        model.setProvenance("the textbook iris tree, built by hand for the UI test");
        TreeNode root = split(0, 2.45);
        TreeNode width = split(1, 1.75);
        TreeNode length = split(0, 4.95);
        root.setLeft(leaf());
        root.setRight(width);
        width.setLeft(length);
        width.setRight(leaf());
        length.setLeft(leaf());
        length.setRight(leaf());
        model.setRoot(root);
        double[] xs = s.project().getEmbedding().getXs();
        double[] ys = s.project().getEmbedding().getYs();
        for (int r = 0; r < xs.length; r++) {
            int cls = model.getClassNames().indexOf(s.table().labels().get(r));
            TreeNode n = root;
            while (true) {
                n.getClassCounts()[cls]++;
                if (n.getFeature() < 0) {
                    break;
                }
                n = (n.getFeature() == 0 ? xs[r] : ys[r]) <= n.getThreshold() ? n.getLeft() : n.getRight();
            }
        }
        for (TreeNode leaf : List.of(root.getLeft(), length.getLeft(), length.getRight(), width.getRight())) {
            double[] c = leaf.getClassCounts();
            int best = 0;
            for (int k = 1; k < c.length; k++) {
                best = c[k] > c[best] ? k : best;
            }
            leaf.setPredictedClass(best);
        }
        return model;
    }

    private static TreeNode split(int feature, double threshold) {
        TreeNode n = ContourFactory.eINSTANCE.createTreeNode();
        n.setFeature(feature);
        n.setThreshold(threshold);
        n.setClassCounts(new double[3]);
        return n;
    }

    private static TreeNode leaf() {
        TreeNode n = split(-1, 0);
        return n;
    }

    /**
     * A nearest-centroid word model over fortunes' TF-IDF features: a word's weight for a topic
     * is its mean TF-IDF in that topic minus its mean over all texts, so the words typical of a
     * topic weigh most. A real, readable linear model over thousands of features.
     */
    private static LinearModel centroidModel(ProjectSession s) {
        int rows = s.features().rows();
        int width = s.features().columns();
        List<String> classes = s.project().getLabels().stream().map(LabelClass::getName).toList();
        double[] sums = new double[classes.size() * width];
        double[] all = new double[width];
        int[] counts = new int[classes.size()];
        for (int r = 0; r < rows; r++) {
            int c = classes.indexOf(s.table().labels().get(r));
            counts[c]++;
            int row = c * width;
            s.features().forEachNonZero(r, (col, v) -> {
                sums[row + col] += v;
                all[col] += v;
            });
        }
        double[] weights = new double[sums.length];
        for (int c = 0; c < classes.size(); c++) {
            for (int f = 0; f < width; f++) {
                weights[c * width + f] = sums[c * width + f] / Math.max(1, counts[c]) - all[f] / rows;
            }
        }
        LinearModel m = ContourFactory.eINSTANCE.createLinearModel();
        m.setTrainerId("nearest-centroid (UI test)");
        m.getClassNames().addAll(classes);
        m.getFeatureNames().addAll(List.of(s.features().featureNames()));
        m.setWeights(weights);
        m.setBiases(new double[classes.size()]);
        m.setProvenance("Mean TF-IDF per topic minus the overall mean, over " + rows + " fortunes");
        return m;
    }

    // ---------------------------------------------------------------- screen helpers

    private static Point centre(org.eclipse.swt.graphics.Rectangle r) {
        return new Point(r.x + r.width / 2, r.y + r.height / 2);
    }

    /** Where {@code figure} is on the FigureCanvas control, scrolling taken into account. */
    private static Point onScreen(FigureCanvas canvas, IFigure figure) {
        Rectangle b = figure.getBounds().getCopy();
        figure.translateToAbsolute(b);
        return new Point(b.x + b.width / 2, b.y + b.height / 2);
    }

    private static Text inlineField(Table table) {
        UiTestSupport.settle(150);
        for (Control c : table.getChildren()) {
            if (c instanceof Text t && !t.isDisposed()) {
                return t;
            }
        }
        return null;
    }

    private static String lastEdit(TaughtModel model) {
        return model.getEditHistory().get(model.getEditHistory().size() - 1);
    }

    private static Point centreOf(EmbeddingCanvas canvas, ProjectSession session, String label) {
        return DigitsTeachLoopUiTest.centreOf(canvas, session, label);
    }

    /** The region colour painted at data point (x, y), read near it where no point covers the map. */
    private static int regionColourAt(EmbeddingCanvas canvas, ProjectSession session, double x, double y) {
        Point p = new Point((int) Math.round(canvas.transform().toScreenX(x)),
                (int) Math.round(canvas.transform().toScreenY(y)));
        return regionColourNear(canvas, session, p);
    }

    private static int regionColourNear(EmbeddingCanvas canvas, ProjectSession session, Point p) {
        UiTestSupport.settle(100);
        ImageData shown = UiTestSupport.pixels(canvas.getControl());
        int rows = session.project().getEmbedding().getXs().length;
        Point[] points = new Point[rows];
        for (int r = 0; r < rows; r++) {
            points[r] = canvas.pixelOf(r);
        }
        for (int radius = 0; radius < 30; radius++) {
            for (int dx = -radius; dx <= radius; dx++) {
                for (int dy = -radius; dy <= radius; dy++) {
                    int x = p.x + dx;
                    int y = p.y + dy;
                    if (x >= 0 && y >= 0 && x < shown.width && y < shown.height && free(points, x, y)) {
                        return UiTestSupport.rgbAt(shown, x, y);
                    }
                }
            }
        }
        throw new AssertionError("no free pixel near " + p);
    }

    private static boolean free(Point[] points, int x, int y) {
        for (Point q : points) {
            if (Math.abs(q.x - x) <= 5 && Math.abs(q.y - y) <= 5) {
                return false;
            }
        }
        return true;
    }

    /** {@code pixel} is {@code base} blended towards white, as the map paints a region of that class. */
    private static void assertTintOf(int base, int pixel, String what) {
        double[] strengths = new double[3];
        for (int channel = 0; channel < 3; channel++) {
            int b = (base >> (16 - 8 * channel)) & 0xFF;
            int p = (pixel >> (16 - 8 * channel)) & 0xFF;
            strengths[channel] = b == 255 ? Double.NaN : (255.0 - p) / (255.0 - b);
        }
        double first = Double.NaN;
        for (double v : strengths) {
            if (Double.isNaN(v)) {
                continue;
            }
            assertTrue(v > 0.05 && v < 0.6, what + ": " + Integer.toHexString(pixel) + " is no region tint of "
                    + Integer.toHexString(base));
            if (Double.isNaN(first)) {
                first = v;
            }
            assertEquals(first, v, 0.03, what + ": " + Integer.toHexString(pixel) + " is no tint of "
                    + Integer.toHexString(base));
        }
    }

    private static int countColour(ImageData shown, int rgb) {
        int n = 0;
        for (int y = 0; y < shown.height; y++) {
            for (int x = 0; x < shown.width; x++) {
                n += UiTestSupport.rgbAt(shown, x, y) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    @SuppressWarnings("unused")
    private static int predict(TaughtModel model, double x, double y) {
        return ModelPredictors.forModel(model).predict(x, y, null);
    }
}
