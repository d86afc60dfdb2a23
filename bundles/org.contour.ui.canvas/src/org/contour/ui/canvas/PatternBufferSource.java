package org.contour.ui.canvas;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.GraphicsSource;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Pattern;
import org.eclipse.swt.widgets.Control;

/**
 * Draw2d's double buffer, kept between frames and copied to the screen through a cairo pattern.
 * Draw2d's own {@code BufferedGraphicsSource} allocates a new image per frame and copies it with
 * {@code GC.drawImage}, which in SWT 3.135 on GTK first reads the whole image back into an
 * ImageData (only for its size): about 10 ms per 1920x1080 frame spent for nothing. A pattern
 * made from the image is cairo's surface itself, so the copy is one cairo paint.
 *
 * <p>The buffer covers the whole control, so its pixels sit where they go on screen; Draw2d
 * repaints only the damaged region into it (clipped) and this copies only that region.
 */
final class PatternBufferSource implements GraphicsSource {

    private final Control control;
    private Image buffer;
    private GC bufferGC;
    private SWTGraphics graphics;
    private Rectangle painting;

    PatternBufferSource(Control control) {
        this.control = control;
        control.addListener(SWT.Dispose, e -> disposeBuffer());
    }

    @Override
    public Graphics getGraphics(Rectangle region) {
        if (control.isDisposed()) {
            return null;
        }
        org.eclipse.swt.graphics.Point size = control.getSize();
        Rectangle area = new Rectangle(0, 0, size.x, size.y).intersect(new Rectangle(region));
        if (area.isEmpty()) {
            return null;
        }
        if (buffer == null || buffer.getBounds().width != size.x || buffer.getBounds().height != size.y) {
            disposeBuffer();
            buffer = new Image(control.getDisplay(), size.x, size.y);
        }
        painting = area;
        bufferGC = new GC(buffer, control.getStyle() & SWT.RIGHT_TO_LEFT);
        bufferGC.setBackground(control.getBackground());
        bufferGC.setForeground(control.getForeground());
        bufferGC.setFont(control.getFont());
        bufferGC.setClipping(area.x, area.y, area.width, area.height);
        graphics = new SWTGraphics(bufferGC);
        graphics.clipRect(area);
        return graphics;
    }

    @Override
    public void flushGraphics(Rectangle region) {
        if (graphics == null) {
            return;
        }
        graphics.dispose();
        bufferGC.dispose();
        graphics = null;
        bufferGC = null;
        if (control.isDisposed()) {
            return;
        }
        GC screen = new GC(control);
        Pattern pattern = new Pattern(control.getDisplay(), buffer);
        try {
            screen.setBackgroundPattern(pattern);
            screen.fillRectangle(painting.x, painting.y, painting.width, painting.height);
        } finally {
            pattern.dispose();
            screen.dispose();
        }
    }

    private void disposeBuffer() {
        if (buffer != null) {
            buffer.dispose();
            buffer = null;
        }
    }
}
