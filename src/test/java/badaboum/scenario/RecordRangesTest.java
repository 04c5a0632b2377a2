package badaboum.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every record refuses, from its own constructor, a value outside its key's declared range, and
 * names that key: a record built in code obeys the same ranges as one read from a file, and the
 * values a record hands {@link Catalog#check} are in its components' order.
 */
class RecordRangesTest {

  @Test
  void everyRecordRefusesEachOfItsKeysOutOfRange() throws Exception {
    Scenario scenario =
        new ScenarioLoader().load(Path.of("scenarios/workshop/h7-crisis-and-ambassadors.yaml"));
    Map<Class<?>, Record> samples = new LinkedHashMap<>();
    collect(scenario, samples);
    collect(new ScenarioLoader().load(Path.of("scenarios/boum-vs-steady.yaml")), samples);
    List<String> checked = new ArrayList<>();
    for (Record sample : samples.values()) {
      RecordComponent[] components = sample.getClass().getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        if (components[i].isAnnotationPresent(Given.class)) {
          continue;
        }
        KeyInfo key = Catalog.key(sample.getClass(), components[i].getName());
        if (key.kind() != KeyInfo.Kind.INTEGER && key.kind() != KeyInfo.Kind.NUMBER) {
          continue;
        }
        if (Double.isFinite(key.max())) {
          expectRefused(sample, i, key, key.max() + 1);
          checked.add(key.pattern());
        }
        if (Double.isFinite(key.min())) {
          expectRefused(sample, i, key, key.min() - 1);
        }
      }
    }
    assertThat(checked).hasSizeGreaterThan(60);
  }

  private static void expectRefused(Record sample, int index, KeyInfo key, double value)
      throws Exception {
    RecordComponent[] components = sample.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = components[i].getAccessor().invoke(sample);
      types[i] = components[i].getType();
    }
    Class<?> type = types[index];
    values[index] =
        type == int.class
            ? (Object) (int) value
            : type == long.class ? (Object) (long) value : value;
    Constructor<?> constructor = sample.getClass().getDeclaredConstructor(types);
    try {
      constructor.newInstance(values);
      fail(sample.getClass().getSimpleName() + " accepted " + key.name() + " = " + value);
    } catch (InvocationTargetException e) {
      assertThat(e.getCause())
          .as(sample.getClass().getSimpleName() + "." + key.name())
          .isInstanceOf(SpecException.class);
      assertThat(((SpecException) e.getCause()).key()).isEqualTo(key.name());
    }
  }

  /** Every record reachable from {@code record}, one sample per type. */
  private static void collect(Record record, Map<Class<?>, Record> samples) throws Exception {
    samples.putIfAbsent(record.getClass(), record);
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (component.isAnnotationPresent(Given.class)
          || Catalog.key(record.getClass(), component.getName()).kind() == KeyInfo.Kind.CUSTOM) {
        continue;
      }
      Object value = component.getAccessor().invoke(record);
      if (value instanceof Record nested) {
        collect(nested, samples);
      } else if (value instanceof List<?> list) {
        for (Object item : list) {
          if (item instanceof Record nested) {
            collect(nested, samples);
          }
        }
      }
    }
  }
}
