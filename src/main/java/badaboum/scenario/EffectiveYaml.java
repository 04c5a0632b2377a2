package badaboum.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a scenario with every default filled in, for scenario.effective.yaml. */
public final class EffectiveYaml {
  private static final YAMLMapper MAPPER =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private EffectiveYaml() {}

  /** Numbers as people write them (0.0005, not 5.0E-4). */
  private static Object plain(Object value) {
    if (value instanceof Double d) {
      BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
      return exact.scale() < 1 ? exact.setScale(1) : exact;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, plain(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(EffectiveYaml::plain).toList();
    }
    return value;
  }

  public static String write(Scenario scenario) {
    try {
      return "# "
          + scenario.name()
          + ": every key with the value used, defaults included (see scenarios/README.md)\n"
          + MAPPER.writeValueAsString(plain(scenario.effective()));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
