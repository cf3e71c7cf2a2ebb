package io.anke.core.masking.internal;

import io.anke.core.masking.MaskStrategy;
import io.anke.core.masking.Masked;
import io.anke.core.masking.MaskingException;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What {@link GraphCopy} needs to know about a class, found once by reflection and kept per class
 * in a {@link ClassValue} (thread-safe, and released with the class).
 *
 * <ul>
 *   <li>{@link Kind#VALUE}: shared, not copied: immutable JDK types (strings, boxed primitives,
 *       {@code java.time}, {@code BigDecimal}, {@code UUID}, enums, …), lambdas, and objects with
 *       no instance fields at all, which have no state to copy.
 *   <li>{@link Kind#RECORD}: read through its accessors, rebuilt through its canonical constructor.
 *   <li>{@link Kind#BEAN}: any other class, created with its no-argument constructor (of any
 *       access) and filled field by field, the fields of its superclasses included.
 * </ul>
 *
 * <p>A class that cannot be copied (no no-argument constructor, members its module does not open)
 * still has its slots, so field names can be checked; the reason is kept and thrown only when an
 * instance actually has to be copied.
 */
final class ClassShape {
  enum Kind {
    VALUE,
    RECORD,
    BEAN
  }

  private static final Set<Class<?>> VALUES =
      Set.of(
          Object.class,
          String.class,
          Boolean.class,
          Character.class,
          Byte.class,
          Short.class,
          Integer.class,
          Long.class,
          Float.class,
          Double.class,
          Void.class,
          BigInteger.class,
          BigDecimal.class,
          UUID.class,
          Class.class,
          Locale.class,
          URI.class,
          URL.class,
          Pattern.class,
          Currency.class,
          OptionalInt.class,
          OptionalLong.class,
          OptionalDouble.class);

  private static final ClassValue<ClassShape> SHAPES =
      new ClassValue<>() {
        @Override
        protected ClassShape computeValue(Class<?> type) {
          return new ClassShape(type);
        }
      };

  /** One field of a class, or one component of a record. */
  static final class Slot {
    final String name;
    final Class<?> declaringClass;
    final Class<?> type;
    final MaskStrategy annotated;
    private final Field field;
    private final Method accessor;

    private Slot(
        String name,
        Class<?> declaringClass,
        Class<?> type,
        Masked masked,
        Field field,
        Method accessor) {
      this.name = name;
      this.declaringClass = declaringClass;
      this.type = type;
      this.annotated = masked == null ? null : masked.value();
      this.field = field;
      this.accessor = accessor;
    }

    Object read(Object owner) throws ReflectiveOperationException {
      return field != null ? field.get(owner) : accessor.invoke(owner);
    }

    void write(Object owner, Object value) throws IllegalAccessException {
      field.set(owner, value);
    }
  }

  final Class<?> type;
  final Kind kind;
  final List<Slot> slots;
  private final Map<String, Slot> byName;
  private final Constructor<?> constructor;

  /** The member that could not be made accessible, or null. */
  private final Class<?> unreadable;

  private ClassShape(Class<?> type) {
    this.type = type;
    List<Slot> found = new ArrayList<>();
    List<AccessibleObject> members = new ArrayList<>();
    Constructor<?> ctor = null;
    Kind k;
    if (isValueType(type)) {
      k = Kind.VALUE;
    } else if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        types[i] = c.getType();
        found.add(
            new Slot(
                c.getName(),
                type,
                c.getType(),
                c.getAnnotation(Masked.class),
                null,
                c.getAccessor()));
        members.add(c.getAccessor());
      }
      ctor = declaredConstructor(type, types);
      members.add(ctor);
      k = components.length == 0 ? Kind.VALUE : Kind.RECORD;
    } else {
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers())) {
            found.add(
                new Slot(f.getName(), c, f.getType(), f.getAnnotation(Masked.class), f, null));
            members.add(f);
          }
        }
      }
      ctor = Modifier.isAbstract(type.getModifiers()) ? null : declaredConstructor(type);
      if (ctor != null) {
        members.add(ctor);
      }
      k = found.isEmpty() ? Kind.VALUE : Kind.BEAN;
    }
    this.kind = k;
    this.slots = Collections.unmodifiableList(found);
    Map<String, Slot> names = new LinkedHashMap<>();
    for (Slot s : found) {
      names.putIfAbsent(s.name, s); // a subclass's field hides the superclass's of the same name
    }
    this.byName = names;
    this.constructor = ctor;
    this.unreadable = k == Kind.VALUE ? null : firstInaccessible(members);
  }

  static ClassShape of(Class<?> type) {
    return SHAPES.get(type);
  }

  /** The slot named {@code name} (the most derived one when names repeat), or null. */
  Slot slot(String name) {
    return byName.get(name);
  }

  /** True when the fields (or record accessors) can be read. */
  boolean readable() {
    return unreadable == null;
  }

  /**
   * The constructor to copy through: the canonical one of a record, the no-argument one of a class;
   * null when the class cannot be copied ({@link #cannotCopy} says why).
   */
  Constructor<?> constructor() {
    return unreadable == null ? constructor : null;
  }

  /** Why the class cannot be read or copied, for the place {@code where}. */
  MaskingException cannotCopy(String where) {
    return unreadable != null
        ? Problems.notOpen(type, unreadable, where)
        : Problems.noConstructor(type, where);
  }

  /**
   * The accessible no-argument constructor of a collection or map class, or null when it has none
   * that may be called (the JDK's immutable and view collections).
   */
  static Constructor<?> containerConstructor(Class<?> type) {
    ClassShape s = of(type);
    if (s.constructor == null || Modifier.isAbstract(type.getModifiers())) {
      return null;
    }
    Constructor<?> c = s.constructor;
    return c.getParameterCount() == 0 && c.canAccess(null) ? c : null;
  }

  private static boolean isValueType(Class<?> type) {
    return VALUES.contains(type)
        || Enum.class.isAssignableFrom(type)
        || type.isHidden()
        || type.getPackageName().equals("java.time")
        || type.getPackageName().startsWith("java.time.")
        || Path.class.isAssignableFrom(type)
        || InetAddress.class.isAssignableFrom(type)
        || Charset.class.isAssignableFrom(type);
  }

  private static Constructor<?> declaredConstructor(Class<?> type, Class<?>... parameters) {
    try {
      Constructor<?> c = type.getDeclaredConstructor(parameters);
      c.trySetAccessible();
      return c;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Class<?> firstInaccessible(List<AccessibleObject> members) {
    for (AccessibleObject m : members) {
      boolean ok;
      try {
        ok = m.trySetAccessible();
      } catch (SecurityException e) {
        ok = false;
      }
      if (!ok) {
        return ((java.lang.reflect.Member) m).getDeclaringClass();
      }
    }
    return null;
  }
}
