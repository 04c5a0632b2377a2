package badaboum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PersonRowTest {

  /** Jumping through a bit set reads the people a list of its set bits would give. */
  @Property(tries = 200)
  void bitsAndListJumpAlike(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 700) int size,
      @ForAll @IntRange(min = 0, max = 100) int percentSet,
      @ForAll @IntRange(min = 0, max = 40) int largestGap) {
    Random random = new Random(seed);
    long[] bits = new long[(size + 63) / 64];
    List<Integer> listed = new ArrayList<>();
    for (int person = 0; person < size; person++) {
      if (random.nextInt(100) < percentSet) {
        bits[person >>> 6] |= 1L << person;
        listed.add(person);
      }
    }
    PersonRow fromBits = PersonRow.ofBits(bits);
    PersonRow fromList = PersonRow.of(listed.stream().mapToInt(Integer::intValue).toArray());
    if (bits.length > 0) {
      bits[0] = ~0L; // the row is a copy: later changes do not show
    }
    int read;
    do {
      long gap = random.nextInt(largestGap + 1);
      read = fromBits.jump(gap);
      assertThat(read).isEqualTo(fromList.jump(gap));
    } while (read != PersonRow.END);
    assertThat(fromBits.jump(0)).isEqualTo(PersonRow.END);
  }

  @Test
  void aHugeGapEndsTheRow() {
    long[] bits = {0b1011L, 1L << 63};
    assertThat(PersonRow.ofBits(bits).jump(Integer.MAX_VALUE)).isEqualTo(PersonRow.END);
    PersonRow row = PersonRow.ofBits(bits);
    assertThat(row.jump(1)).isEqualTo(1);
    assertThat(row.jump(1)).isEqualTo(127);
    assertThat(row.jump(0)).isEqualTo(PersonRow.END);
  }
}
