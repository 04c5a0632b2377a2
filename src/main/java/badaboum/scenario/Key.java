package badaboum.scenario;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one declaration of a scenario key, on the record component it fills: its default, range,
 * unit, meaning and source. The loader reads the key from it, the record checks its range with it
 * ({@link Catalog#check}), and scenarios/README.md's key tables and the workshop console's Model
 * tab are generated from it. A record component without this annotation is a section (a record) or
 * a list of sections named after the component, or no key at all (a value the loader gives).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Key {
  /** The key as written in a scenario; the component's name in snake_case when empty. */
  String name() default "";

  /**
   * The default as one writes it in a scenario ({@code 0.08}, {@code 12}, {@code true}, {@code
   * fans}); empty when the key has no default or when {@link #contextDefault} says where it comes
   * from.
   */
  String value() default "";

  /**
   * A default that depends on the scenario, as the README says it: {@link #HORIZON} is the
   * scenario's {@code days}; any other is given by the loader (the file name, the first strategy).
   */
  String contextDefault() default "";

  /** The context default that is the scenario's horizon. */
  String HORIZON = "days";

  double min() default Double.NEGATIVE_INFINITY;

  double max() default Double.POSITIVE_INFINITY;

  /** Whether the value is also at most the scenario's horizon ({@code days}): a day or a period. */
  boolean withinHorizon() default false;

  /** The unit, as error messages and the README show it after the range. */
  String unit() default "";

  /** What the key means, for the README and the console (required of every value key). */
  String meaning() default "";

  /**
   * Where the default comes from: a paper, an industry figure, or "assumption" (then swept in
   * sensitivity studies). Empty for keys that are choices of the user rather than facts of the
   * world (the scenario's name, a strategy's posting rate).
   */
  String source() default "";

  /** A short label for the workshop console; empty for keys the console does not show. */
  String label() default "";

  /** For a list of sections written as a mapping from names to sections ({@code strategies}). */
  boolean byName() default false;

  /**
   * The type as the README names it, for a key read by code of its own (the sweep's {@code vary})
   * rather than from the component's type; such a key is documented but never walked into.
   */
  String type() default "";
}
