package org.contour.ui;

import org.contour.ui.editor.ContourEditor;
import org.contour.ui.model.ModelActions;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * File, Edit, Map and Model menus: open a dataset, a sample or a project; save; undo and redo;
 * select all; change the map; apply, evaluate, export and import the model.
 */
final class ContourActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction save;
    private IWorkbenchAction saveAs;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction selectAll;
    private IWorkbenchAction quit;
    private IWorkbenchAction about;
    private Action openDataset;
    private Action openProject;
    private Action openDigits;
    private Action openFortunes;
    private Action openIris;
    private Action openImageFolder;
    private Action changeMap;
    private Action applyModel;
    private Action evaluation;
    private Action leastConfident;
    private Action exportModel;
    private Action importModel;
    private Action exportPredictions;

    ContourActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        save = ActionFactory.SAVE.create(window);
        register(save);
        saveAs = ActionFactory.SAVE_AS.create(window);
        register(saveAs);
        undo = ActionFactory.UNDO.create(window);
        register(undo);
        redo = ActionFactory.REDO.create(window);
        register(redo);
        selectAll = ActionFactory.SELECT_ALL.create(window);
        register(selectAll);
        quit = ActionFactory.QUIT.create(window);
        register(quit);
        about = ActionFactory.ABOUT.create(window);
        register(about);
        openDataset = new Action("Open &Dataset...") {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
                dialog.setText("Open a dataset");
                dialog.setFilterExtensions(new String[] {"*.csv;*.csv.gz", "*.*"});
                dialog.setFilterNames(new String[] {"CSV datasets", "All files"});
                String path = dialog.open();
                if (path != null) {
                    ProjectOpener.openDataset(java.nio.file.Path.of(path));
                }
            }
        };
        openDataset.setAccelerator(SWT.MOD1 | 'O');
        openImageFolder = new Action("Open &Image Folder...") {
            @Override
            public void run() {
                DirectoryDialog dialog = new DirectoryDialog(window.getShell(), SWT.OPEN);
                dialog.setText("Open a folder of images");
                dialog.setMessage("PNG and JPEG images; the names of sub-folders become the images' labels");
                String path = dialog.open();
                if (path != null) {
                    ProjectOpener.openImageFolder(java.nio.file.Path.of(path));
                }
            }
        };
        changeMap = new Action("&Change map...") {
            @Override
            public void run() {
                MapActions.changeMap(window);
            }
        };
        changeMap.setAccelerator(SWT.MOD1 | 'M');
        applyModel = modelAction(window, "&Apply to All Examples", ModelActions::apply);
        applyModel.setAccelerator(SWT.MOD1 | SWT.SHIFT | 'A');
        evaluation = modelAction(window, "&Evaluation...", ModelActions::showEvaluation);
        leastConfident = modelAction(window, "Select &Least Confident...", ModelActions::selectLeastConfident);
        exportModel = modelAction(window, "E&xport Model...", ModelActions::exportModel);
        importModel = modelAction(window, "&Import Model...", ModelActions::importModel);
        exportPredictions = modelAction(window, "Export &Predictions...", ModelActions::exportPredictions);
        openProject = new Action("Open &Project...") {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
                dialog.setText("Open a Contour project");
                dialog.setFilterExtensions(new String[] {"*.contour", "*.*"});
                String path = dialog.open();
                if (path != null) {
                    ProjectOpener.open(java.nio.file.Path.of(path));
                }
            }
        };
        openDigits = new Action("Hand-written &digits (8x8 images)") {
            @Override
            public void run() {
                ProjectOpener.openSample("digits");
            }
        };
        openFortunes = new Action("&Fortunes (texts, 12 topics)") {
            @Override
            public void run() {
                ProjectOpener.openSample("fortunes");
            }
        };
        openIris = new Action("&Iris (a table; petal length and width as axes)") {
            @Override
            public void run() {
                ProjectOpener.openSample("iris");
            }
        };
    }

    private static Action modelAction(IWorkbenchWindow window, String text,
            java.util.function.Consumer<ContourEditor> action) {
        return new Action(text) {
            @Override
            public void run() {
                ContourEditor editor = ModelActions.editorOf(window);
                if (editor != null) {
                    action.accept(editor);
                }
            }
        };
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(openDataset);
        file.add(openImageFolder);
        MenuManager samples = new MenuManager("Open &Sample");
        samples.add(openDigits);
        samples.add(openFortunes);
        samples.add(openIris);
        file.add(samples);
        file.add(openProject);
        file.add(new Separator());
        file.add(save);
        file.add(saveAs);
        file.add(new Separator());
        file.add(quit);
        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(selectAll);
        MenuManager map = new MenuManager("&Map", "org.contour.ui.map");
        map.add(changeMap);
        MenuManager model = new MenuManager("M&odel", "org.contour.ui.model");
        model.add(applyModel);
        model.add(evaluation);
        model.add(leastConfident);
        model.add(new Separator());
        model.add(exportModel);
        model.add(importModel);
        model.add(exportPredictions);
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(map);
        menuBar.add(model);
        // an empty Help menu with the standard "additions" group: p2's "Install New Software..." and
        // "Check for Updates" contribute there (menu:help?after=additions), like other plug-ins may
        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new Separator());
        help.add(about);
        menuBar.add(help);
    }
}
