package badaboum.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkshopLayoutTest {
  @Test
  void tilesTheScreenWithTheNetworkViewLargest() {
    for (Rectangle screen :
        List.of(
            new Rectangle(0, 0, 1920, 1080),
            new Rectangle(0, 28, 1280, 692),
            new Rectangle(0, 0, 1024, 768)))
      for (boolean comparing : new boolean[] {false, true}) {
        WorkshopLayout l = WorkshopLayout.of(screen, comparing);
        List<Rectangle> windows = List.of(l.display(), l.log(), l.charts(), l.console());
        long area = 0;
        for (int i = 0; i < windows.size(); i++) {
          assertThat(screen.contains(windows.get(i))).isTrue();
          area += (long) windows.get(i).width * windows.get(i).height;
          for (int j = i + 1; j < windows.size(); j++) {
            assertThat(windows.get(i).intersects(windows.get(j))).isFalse();
          }
        }
        assertThat(area).isEqualTo((long) screen.width * screen.height);
        for (Rectangle other : windows.subList(1, 4)) {
          assertThat(l.display().width * l.display().height)
              .isGreaterThan(other.width * other.height);
        }
        if (comparing) {
          assertThat(l.display().width).isGreaterThan(WorkshopLayout.of(screen).display().width);
        }
      }
  }
}
