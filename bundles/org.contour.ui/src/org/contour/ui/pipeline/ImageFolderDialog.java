package org.contour.ui.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.contour.api.Options;
import org.contour.core.data.DatasetReaders;
import org.contour.core.data.ImageFolderImporter;
import org.contour.core.registry.OptionSpec;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.contour.ui.common.OptionsForm;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Before a folder of images is read: what it holds (images, labels from sub-folders) and the size
 * every image is scaled to.
 */
public final class ImageFolderDialog extends TitleAreaDialog {

    public static final String TITLE = "Open image folder";
    private static final OptionSpec SIZE = new OptionSpec(DatasetReaders.IMAGE_SIZE, "Image size (pixels)",
            OptionSpec.Type.INTEGER, "0", 0, 1024, List.of(),
            "Every image is scaled to this width and height, in grey levels; 0 keeps the size of the first image");

    private final ImageFolderImporter.Scan scan;
    private OptionsForm form;
    private Options readerOptions;

    public ImageFolderDialog(Shell parent, ImageFolderImporter.Scan scan) {
        super(parent);
        this.scan = scan;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Open the images in " + scan.folder().getFileName());
        setMessage("Sub-folder names become labels: images in 'cat/' are labelled cat. Images directly in the "
                + "folder have no label.");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        List<String> labels = scan.distinctLabels();
        String what = String.format(Locale.ROOT, "%,d PNG/JPEG images, the first %dx%d pixels; %d labels from "
                + "sub-folders%s; %,d without a label.", scan.images().size(), scan.firstWidth(), scan.firstHeight(),
                labels.size(), labels.isEmpty() ? "" : " (" + abbreviate(String.join(", ", labels)) + ")",
                scan.unlabelled());
        Label summary = new Label(body, SWT.WRAP);
        summary.setText(what);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 480;
        summary.setLayoutData(data);
        int suggested = scan.firstWidth() > 64 || scan.firstHeight() > 64 ? 32 : 0;
        form = new OptionsForm(body, List.of(SIZE), Map.of(SIZE.id(), Integer.toString(suggested)), null,
                "No settings.", this::validate, null);
        form.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Label hint = new Label(body, SWT.WRAP);
        hint.setText(String.format(Locale.ROOT, "0 keeps the first image's size (%dx%d) and scales any other to it; "
                + "smaller images make every later step faster.", scan.firstWidth(), scan.firstHeight()));
        GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        hintData.widthHint = 480;
        hint.setLayoutData(hintData);
        return area;
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Read images", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private void validate() {
        var problem = form.problem();
        setErrorMessage(problem.orElse(null));
        getButton(IDialogConstants.OK_ID).setEnabled(problem.isEmpty());
    }

    @Override
    protected void okPressed() {
        readerOptions = form.values();
        super.okPressed();
    }

    /** The reader's settings, once closed with "Read images"; null otherwise. */
    public Options readerOptions() {
        return readerOptions;
    }
}
