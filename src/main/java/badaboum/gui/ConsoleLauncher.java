package badaboum.gui;

import badaboum.language.Language;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import sim.display.Console;

/** Opens the workshop console on this computer's screen, its windows laid out for the room. */
public final class ConsoleLauncher {
  private ConsoleLauncher() {}

  /**
   * Opens the console with its windows laid out on the screen, on Swing's thread, and returns it (a
   * {@link JFrame}; MASON ends the program when it is closed).
   *
   * @param sampleSize people drawn in each network view
   * @param delayMillis pause between days while playing, so that a room can follow
   * @param play whether to start the run at once, as if Play were pressed
   */
  public static JFrame open(
      WorkshopParameters parameters,
      double fontScale,
      int sampleSize,
      long delayMillis,
      boolean play,
      Language language)
      throws InterruptedException, InvocationTargetException {
    AtomicReference<Console> opened = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          Rectangle screen =
              GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
          scaleSwingFonts(new WorkshopStyle(fontScale, screen.height).factor());
          WorkshopConsole gui =
              new WorkshopConsole(parameters, fontScale, sampleSize, screen, language);
          Console console = new Console(gui);
          console.setPlaySleep(delayMillis);
          console.setIncrementSeedOnStop(false);
          console.setBounds(gui.layout().console());
          int model = console.getTabPane().indexOfTab("Model"); // MASON's name for the tab
          if (model >= 0) {
            console.getTabPane().setSelectedIndex(model);
          }
          console.setVisible(true);
          if (play) {
            console.pressPlay();
          }
          opened.set(console);
        });
    return opened.get();
  }

  /** Scales every font of Swing's look and feel, for the console's own widgets. */
  private static void scaleSwingFonts(double scale) {
    List<Object> keys = new ArrayList<>(UIManager.getLookAndFeelDefaults().keySet());
    for (Object key : keys) {
      if (UIManager.get(key) instanceof FontUIResource font) {
        UIManager.put(key, new FontUIResource(font.deriveFont((float) (font.getSize2D() * scale))));
      }
    }
  }
}
