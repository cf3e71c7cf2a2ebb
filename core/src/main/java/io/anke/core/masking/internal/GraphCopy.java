package io.anke.core.masking.internal;

import io.anke.core.masking.MaskStrategy;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One masking run: a deep copy of an object graph in which the selected fields are masked. Not
 * thread-safe; {@link io.anke.core.masking.Masker} makes a new one per call.
 *
 * <p>With named paths the run has two passes. The first follows the paths from the root (through
 * containers, without recursion) and records, per object, every path node that reaches it, and
 * checks that each named field exists. The second copies each object once: a field is masked when
 * any path that reaches its object names it, so an object that is shared or lies on a cycle is
 * masked the same way wherever it appears, and a name never leaves the same data visible through
 * another path.
 *
 * <p>Copies are remembered per original object (by identity): a shared object stays shared in the
 * copy and a cycle becomes the same cycle. A record can only be built after its components; a
 * reference back to a record still being built is filled in afterwards when it sits in a field of
 * an ordinary class, an array or a list, and is a {@link io.anke.core.masking.MaskingException}
 * anywhere else. Nesting deeper than the limit is an exception too, never a stack overflow.
 */
public final class GraphCopy {
  /** Paths longer than this many fields are shortened in messages. */
  private static final int SHOWN_PATH = 12;

  private final Map<Class<?>, Map<String, MaskStrategy>> overrides;
  private final int maxDepth;
  private final boolean byName;
  private final String rootName;

  /** Per object reached by a named path, the path nodes that reach it. */
  private final Map<Object, Set<FieldPaths>> reached = new IdentityHashMap<>();

  private final Map<Object, Object> copies = new IdentityHashMap<>();
  private final Map<Object, List<Consumer<Object>>> building = new IdentityHashMap<>();
  private final ArrayDeque<String> trail = new ArrayDeque<>();

  /** A record still being built, returned where a reference back to it was met. */
  private record Pending(Object original) {}

  private GraphCopy(
      Map<Class<?>, Map<String, MaskStrategy>> overrides,
      int maxDepth,
      boolean byName,
      Object root) {
    this.overrides = overrides;
    this.maxDepth = maxDepth;
    this.byName = byName;
    String simple = root.getClass().getSimpleName();
    this.rootName = simple.isEmpty() ? root.getClass().getName() : simple;
  }

  /**
   * A masked deep copy of {@code root}.
   *
   * @param paths the fields to mask, or null to mask the fields annotated or configured
   * @param overrides strategies set in code, by declaring class and field name
   * @param maxDepth the deepest nesting copied
   */
  @SuppressWarnings("unchecked")
  public static <T> T copy(
      T root, FieldPaths paths, Map<Class<?>, Map<String, MaskStrategy>> overrides, int maxDepth) {
    if (root == null) {
      return null;
    }
    GraphCopy run = new GraphCopy(overrides, maxDepth, paths != null, root);
    if (paths != null) {
      run.follow(root, paths);
    }
    return (T) run.copy(root, 0);
  }

  /**
   * The class that declares the field or record component {@code field} as seen from {@code type}.
   *
   * @throws io.anke.core.masking.MaskingException when there is no such field
   */
  public static Class<?> declaringClass(Class<?> type, String field) {
    ClassShape.Slot s = ClassShape.of(type).slot(field);
    if (s == null) {
      throw Problems.noSuchFieldToConfigure(type, field);
    }
    return s.declaringClass;
  }

  /**
   * The first pass: from the root, follows the named paths into the objects they reach and records
   * the path nodes per object; checks the names on the way.
   */
  private void follow(Object root, FieldPaths paths) {
    ArrayDeque<Object[]> work = new ArrayDeque<>();
    work.add(new Object[] {root, paths});
    while (!work.isEmpty()) {
      Object[] item = work.removeFirst();
      Object v = item[0];
      FieldPaths node = (FieldPaths) item[1];
      if (v == null || !reached.computeIfAbsent(v, k -> new HashSet<>()).add(node)) {
        continue;
      }
      if (v.getClass().isArray()) {
        if (!v.getClass().getComponentType().isPrimitive()) {
          for (Object e : (Object[]) v) {
            work.add(new Object[] {e, node});
          }
        }
        continue;
      }
      if (v instanceof Collection<?> c) {
        c.forEach(e -> work.add(new Object[] {e, node}));
        continue;
      }
      if (v instanceof Map<?, ?> m) {
        m.values().forEach(e -> work.add(new Object[] {e, node}));
        continue;
      }
      if (v instanceof Optional<?> o) {
        o.ifPresent(e -> work.add(new Object[] {e, node}));
        continue;
      }
      ClassShape shape = ClassShape.of(v.getClass());
      String where = rootName + (node.path().isEmpty() ? "" : "." + node.path());
      if (shape.kind == ClassShape.Kind.VALUE || isJdkMutable(v)) {
        throw Problems.insideValue(v.getClass(), node.childNames().iterator().next(), where);
      }
      for (String name : node.childNames()) {
        ClassShape.Slot slot = shape.slot(name);
        if (slot == null) {
          throw Problems.noSuchField(shape.type, name, node.pathTo(name));
        }
        FieldPaths child = node.child(name);
        if (!child.named()) {
          work.add(new Object[] {read(v, shape, slot, where), child});
        }
      }
    }
  }

  private Object copy(Object v, int depth) {
    if (v == null) {
      return null;
    }
    Class<?> type = v.getClass();
    boolean container =
        type.isArray() || v instanceof Collection || v instanceof Map || v instanceof Optional;
    ClassShape shape = container ? null : ClassShape.of(type);
    if (shape != null && shape.kind == ClassShape.Kind.VALUE) {
      return v;
    }
    if (copies.containsKey(v)) {
      return copies.get(v);
    }
    if (building.containsKey(v)) {
      return new Pending(v);
    }
    if (depth > maxDepth) {
      throw Problems.tooDeep(maxDepth, where());
    }
    if (type.isArray()) {
      return copyArray(v, depth);
    }
    if (v instanceof Collection<?> c) {
      return copyCollection(c, depth);
    }
    if (v instanceof Map<?, ?> m) {
      return copyMap(m, depth);
    }
    if (v instanceof Optional<?> o) {
      return o.isEmpty() ? o : Optional.of(ready(copy(o.get(), depth + 1), "Optional"));
    }
    if (isJdkMutable(v)) {
      return remember(v, copyJdkMutable(v));
    }
    return shape.kind == ClassShape.Kind.RECORD
        ? copyRecord(v, shape, depth)
        : copyBean(v, shape, depth);
  }

  private Object copyRecord(Object v, ClassShape shape, int depth) {
    Constructor<?> ctor = constructor(shape);
    Set<FieldPaths> nodes = reached.getOrDefault(v, Set.of());
    building.put(v, new ArrayList<>());
    Object[] args = new Object[shape.slots.size()];
    for (int i = 0; i < args.length; i++) {
      ClassShape.Slot slot = shape.slots.get(i);
      trail.addLast(slot.name);
      try {
        args[i] = slotValue(v, shape, slot, nodes, depth);
        if (args[i] instanceof Pending p) {
          throw Problems.recordCycle(
              p.original().getClass(), where(), shape.type.getName() + "." + slot.name);
        }
      } finally {
        trail.removeLast();
      }
    }
    Object out;
    try {
      out = ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw Problems.recordRejected(shape.type, where(), e.getCause());
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      throw Problems.recordRejected(shape.type, where(), e);
    }
    List<Consumer<Object>> fixups = building.remove(v);
    remember(v, out);
    fixups.forEach(f -> f.accept(out));
    return out;
  }

  private Object copyBean(Object v, ClassShape shape, int depth) {
    Constructor<?> ctor = constructor(shape);
    Set<FieldPaths> nodes = reached.getOrDefault(v, Set.of());
    Object out;
    try {
      out = ctor.newInstance();
    } catch (InvocationTargetException e) {
      throw Problems.constructorFailed(shape.type, where(), e.getCause());
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      throw Problems.constructorFailed(shape.type, where(), e);
    }
    remember(v, out);
    for (ClassShape.Slot slot : shape.slots) {
      trail.addLast(slot.name);
      try {
        Object value = slotValue(v, shape, slot, nodes, depth);
        if (value instanceof Pending p) {
          String where = where();
          defer(p, r -> write(shape, slot, out, r, where));
        } else {
          write(shape, slot, out, value, null);
        }
      } finally {
        trail.removeLast();
      }
    }
    return out;
  }

  /** The copy of one field: masked or withheld when selected, else copied deeply. */
  private Object slotValue(
      Object owner, ClassShape shape, ClassShape.Slot slot, Set<FieldPaths> nodes, int depth) {
    Object raw = read(owner, shape, slot, null);
    MaskStrategy strategy = strategy(slot, nodes);
    if (strategy == null || strategy == MaskStrategy.NONE) {
      return copy(raw, depth + 1);
    }
    if (slot.type.isPrimitive()) {
      return Array.get(Array.newInstance(slot.type, 1), 0); // the type's default value
    }
    return masked(raw, strategy, depth + 1);
  }

  /**
   * Reads a field or record component.
   *
   * @param at the place for messages, or null for the current one
   */
  private Object read(Object owner, ClassShape shape, ClassShape.Slot slot, String at) {
    if (!shape.readable()) {
      throw shape.cannotCopy(at != null ? at : where());
    }
    try {
      return slot.read(owner);
    } catch (InvocationTargetException e) {
      throw Problems.cannotRead(shape.type, slot.name, at != null ? at : where(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw Problems.cannotRead(shape.type, slot.name, at != null ? at : where(), e);
    }
  }

  private Constructor<?> constructor(ClassShape shape) {
    Constructor<?> c = shape.constructor();
    if (c == null) {
      throw shape.cannotCopy(where());
    }
    return c;
  }

  /**
   * The strategy of a field, or null when it is not masked in this run: with named paths, when a
   * path reaching its object names it; else when it is annotated or configured.
   */
  private MaskStrategy strategy(ClassShape.Slot slot, Set<FieldPaths> nodes) {
    MaskStrategy set = overrides.getOrDefault(slot.declaringClass, Map.of()).get(slot.name);
    if (!byName) {
      return set != null ? set : slot.annotated;
    }
    boolean named = false;
    for (FieldPaths n : nodes) {
      named |= n.child(slot.name).named();
    }
    if (!named) {
      return null;
    }
    if (set != null) {
      return set;
    }
    return slot.annotated != null ? slot.annotated : MaskStrategy.FULL;
  }

  /**
   * A selected field's value: strings masked, containers of strings masked element by element (map
   * keys copied as they are), anything else withheld as null.
   */
  private Object masked(Object v, MaskStrategy strategy, int depth) {
    if (v == null) {
      return null;
    }
    if (depth > maxDepth) {
      throw Problems.tooDeep(maxDepth, where());
    }
    if (v instanceof String s) {
      return strategy.mask(s);
    }
    if (v instanceof Optional<?> o) {
      return o.isEmpty() ? o : Optional.ofNullable(masked(o.get(), strategy, depth + 1));
    }
    Class<?> type = v.getClass();
    if (type.isArray()) {
      if (type.getComponentType().isPrimitive()) {
        return null;
      }
      int n = Array.getLength(v);
      Object out = Array.newInstance(type.getComponentType(), n);
      for (int i = 0; i < n; i++) {
        Array.set(out, i, masked(Array.get(v, i), strategy, depth + 1));
      }
      return out;
    }
    if (v instanceof Collection<?> c) {
      Target<Collection<Object>> t = newCollection(c);
      for (Object e : c) {
        addOrLeaveOut(t.fill, masked(e, strategy, depth + 1));
      }
      return t.result;
    }
    if (v instanceof Map<?, ?> m) {
      Target<Map<Object, Object>> t = newMap(m);
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object key = ready(copy(e.getKey(), depth + 1), "Map");
        putOrLeaveOut(t.fill, key, masked(e.getValue(), strategy, depth + 1));
      }
      return t.result;
    }
    return null;
  }

  private Object copyArray(Object v, int depth) {
    Class<?> component = v.getClass().getComponentType();
    int n = Array.getLength(v);
    Object out = Array.newInstance(component, n);
    remember(v, out);
    if (component.isPrimitive()) {
      System.arraycopy(v, 0, out, 0, n);
      return out;
    }
    for (int i = 0; i < n; i++) {
      Object e = copy(Array.get(v, i), depth + 1);
      int index = i;
      if (e instanceof Pending p) {
        defer(p, r -> Array.set(out, index, r));
      } else {
        Array.set(out, i, e);
      }
    }
    return out;
  }

  private Object copyCollection(Collection<?> v, int depth) {
    Target<Collection<Object>> t = newCollection(v);
    remember(v, t.result);
    int index = 0;
    for (Object e : v) {
      Object x = copy(e, depth + 1);
      if (x instanceof Pending p) {
        if (!(t.fill instanceof List<Object> list)) {
          throw Problems.recordCycle(p.original().getClass(), where(), v.getClass().getName());
        }
        list.add(null);
        int at = index;
        defer(p, r -> list.set(at, r));
      } else {
        t.fill.add(x);
      }
      index++;
    }
    return t.result;
  }

  private Object copyMap(Map<?, ?> v, int depth) {
    Target<Map<Object, Object>> t = newMap(v);
    remember(v, t.result);
    for (Map.Entry<?, ?> e : v.entrySet()) {
      Object key = ready(copy(e.getKey(), depth + 1), v.getClass().getName());
      Object value = ready(copy(e.getValue(), depth + 1), v.getClass().getName());
      t.fill.put(key, value);
    }
    return t.result;
  }

  /** A container to fill and the object that stands for it in the copy (maybe a read-only view). */
  private record Target<C>(C fill, C result) {
    static <C> Target<C> same(C c) {
      return new Target<>(c, c);
    }
  }

  /**
   * An empty collection like {@code v}: the same class when it has a usable no-argument constructor
   * (with the comparator of a sorted or priority collection), else a list, set or queue of the JDK,
   * read-only when {@code v} is a list, set or plain collection (the JDK's immutable and view
   * collections have no such constructor).
   */
  @SuppressWarnings("unchecked")
  private static Target<Collection<Object>> newCollection(Collection<?> v) {
    if (v instanceof EnumSet<?> e) {
      EnumSet<?> empty = e.clone();
      empty.clear();
      return Target.same((Collection<Object>) (Collection<?>) empty);
    }
    Comparator<?> order =
        v instanceof SortedSet<?> s
            ? s.comparator()
            : v instanceof PriorityQueue<?> q ? q.comparator() : null;
    if (v instanceof SortedSet || v instanceof PriorityQueue) {
      Object same = withComparator(v.getClass(), order);
      if (same != null) {
        return Target.same((Collection<Object>) same);
      }
      Comparator<Object> c = (Comparator<Object>) order;
      return Target.same(v instanceof SortedSet ? new TreeSet<>(c) : new PriorityQueue<>(c));
    }
    Object same = newInstance(v.getClass());
    if (same != null) {
      return Target.same((Collection<Object>) same);
    }
    if (v instanceof List) {
      List<Object> fill = new ArrayList<>();
      return new Target<>(fill, Collections.unmodifiableList(fill));
    }
    if (v instanceof Set) {
      Set<Object> fill = new LinkedHashSet<>();
      return new Target<>(fill, Collections.unmodifiableSet(fill));
    }
    if (v instanceof Queue) {
      return Target.same(new LinkedList<>());
    }
    List<Object> fill = new ArrayList<>();
    return new Target<>(fill, Collections.unmodifiableCollection(fill));
  }

  /** An empty map like {@code v}, chosen the way {@link #newCollection} chooses. */
  @SuppressWarnings("unchecked")
  private static Target<Map<Object, Object>> newMap(Map<?, ?> v) {
    if (v instanceof EnumMap<?, ?> e) {
      EnumMap<?, ?> empty = e.clone();
      empty.clear();
      return Target.same((Map<Object, Object>) (Map<?, ?>) empty);
    }
    if (v instanceof SortedMap<?, ?> s) {
      Object same = withComparator(v.getClass(), s.comparator());
      return Target.same(
          same != null
              ? (Map<Object, Object>) same
              : new TreeMap<>((Comparator<Object>) s.comparator()));
    }
    Object same = newInstance(v.getClass());
    if (same != null) {
      return Target.same((Map<Object, Object>) same);
    }
    Map<Object, Object> fill = new LinkedHashMap<>();
    return new Target<>(fill, Collections.unmodifiableMap(fill));
  }

  private static Object newInstance(Class<?> type) {
    Constructor<?> c = ClassShape.containerConstructor(type);
    if (c == null) {
      return null;
    }
    try {
      return c.newInstance();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // the fallback copy is used instead
    }
  }

  private static Object withComparator(Class<?> type, Comparator<?> order) {
    try {
      return type.getConstructor(Comparator.class).newInstance(order);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // no such public constructor: the JDK's sorted class is used instead
    }
  }

  private static void addOrLeaveOut(Collection<Object> target, Object value) {
    try {
      target.add(value);
    } catch (NullPointerException e) {
      // a collection that holds no null: the withheld element is left out
    }
  }

  private static void putOrLeaveOut(Map<Object, Object> target, Object key, Object value) {
    try {
      target.put(key, value);
    } catch (NullPointerException e) {
      // a map that holds no null: the entry whose value is withheld is left out
    }
  }

  private static boolean isJdkMutable(Object v) {
    return v instanceof Date
        || v instanceof Calendar
        || v instanceof StringBuilder
        || v instanceof StringBuffer;
  }

  /** Copies of the mutable JDK value types, through their own public API. */
  private static Object copyJdkMutable(Object v) {
    if (v instanceof Date d) {
      return d.clone();
    }
    if (v instanceof Calendar c) {
      return c.clone();
    }
    if (v instanceof StringBuilder b) {
      return new StringBuilder(b);
    }
    return new StringBuffer((StringBuffer) v);
  }

  /**
   * Sets a field of a copy.
   *
   * @param at the place for messages, or null for the current one
   */
  private void write(
      ClassShape shape, ClassShape.Slot slot, Object owner, Object value, String at) {
    try {
      slot.write(owner, value);
    } catch (IllegalAccessException | IllegalArgumentException e) {
      throw Problems.cannotSet(
          shape.type,
          slot.name,
          at != null ? at : where(),
          value == null ? slot.type : value.getClass());
    }
  }

  private Object remember(Object original, Object copy) {
    copies.put(original, copy);
    return copy;
  }

  private void defer(Pending p, Consumer<Object> fill) {
    building.get(p.original()).add(fill);
  }

  /** {@code value}, which must not be a record still being built. */
  private Object ready(Object value, String holder) {
    if (value instanceof Pending p) {
      throw Problems.recordCycle(p.original().getClass(), where(), holder);
    }
    return value;
  }

  /** The root class's simple name and the fields followed to get here. */
  private String where() {
    StringBuilder b = new StringBuilder(rootName);
    int n = trail.size();
    int i = 0;
    for (Iterator<String> it = trail.iterator(); it.hasNext(); i++) {
      String name = it.next();
      if (n > SHOWN_PATH && i == SHOWN_PATH / 2) {
        b.append(".…(").append(n - SHOWN_PATH).append(')');
      }
      if (n <= SHOWN_PATH || i < SHOWN_PATH / 2 || i >= n - SHOWN_PATH / 2) {
        b.append('.').append(name);
      }
    }
    return b.toString();
  }
}
