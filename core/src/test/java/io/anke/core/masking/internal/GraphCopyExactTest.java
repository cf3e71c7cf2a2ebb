package io.anke.core.masking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.anke.core.masking.MaskStrategy;
import io.anke.core.masking.Masked;
import io.anke.core.masking.Masker;
import io.anke.core.masking.MaskingException;
import java.time.DayOfWeek;
import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SortedSet;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * {@link GraphCopy} through {@link Masker}: the depth counted through every kind of container, the
 * path an exception names (shortened when long), the containers chosen for the copy, the JDK's
 * mutable value types, and the failures to read or set a field.
 */
class GraphCopyExactTest {

  static class Link {
    Link next;

    Link() {}
  }

  static final class Leaf {
    String s = "叶";

    private Leaf() {}
  }

  static final class Key {
    Leaf leaf = new Leaf();

    private Key() {}
  }

  static final class Inner {
    @Masked(MaskStrategy.NAME)
    String name = "张三";

    private Inner() {}
  }

  /** One field set per case; the others stay null. */
  static final class Box {
    Optional<Leaf> opt;
    Object[] array;
    List<Leaf> list;
    Map<String, Leaf> values;
    Map<Leaf, String> keys;
    Inner inner;

    @Masked(MaskStrategy.NAME)
    Optional<String> maskedOpt;

    @Masked(MaskStrategy.NAME)
    String[] maskedArray;

    @Masked(MaskStrategy.NAME)
    List<String> maskedList;

    @Masked(MaskStrategy.NAME)
    Map<String, String> maskedValues;

    @Masked(MaskStrategy.NAME)
    Map<Key, String> maskedKeys;

    private Box() {}
  }

  private static Link chain(int length) {
    Link head = new Link();
    Link n = head;
    for (int i = 1; i < length; i++) {
      n.next = new Link();
      n = n.next;
    }
    return head;
  }

  private static MaskingException thrown(ThrowingCallable call) {
    return catchThrowableOfType(MaskingException.class, call);
  }

  private static Masker depth(int maxDepth) {
    return Masker.builder().maxDepth(maxDepth).build();
  }

  private static Box box(Consumer<Box> set) {
    Box b = new Box();
    set.accept(b);
    return b;
  }

  /** {@code box} is copied with the limit {@code deepest} and refused one below, at {@code at}. */
  private static void deepestLevelIs(Box box, int deepest, String at) {
    assertThat(depth(deepest).mask(box)).isNotNull().isNotSameAs(box);
    MaskingException e = thrown(() -> depth(deepest - 1).mask(box));
    assertThat(e).isNotNull();
    assertThat(e.path()).contains(at);
    assertThat(e.getMessage())
        .contains("the object graph is nested deeper than " + (deepest - 1) + " levels at " + at);
  }

  @Test
  void everyContainerCountsOneLevelAndItsElementsTheNext() {
    // Box is level 0, the container level 1, the object in it level 2
    deepestLevelIs(box(b -> b.opt = Optional.of(new Leaf())), 2, "Box.opt");
    deepestLevelIs(box(b -> b.array = new Object[] {new Leaf()}), 2, "Box.array");
    deepestLevelIs(box(b -> b.list = List.of(new Leaf())), 2, "Box.list");
    deepestLevelIs(box(b -> b.values = Map.of("k", new Leaf())), 2, "Box.values");
    deepestLevelIs(box(b -> b.keys = Map.of(new Leaf(), "v")), 2, "Box.keys");
  }

  @Test
  void maskedFieldsAndTheirContainersCountLevelsToo() {
    // Box 0, Inner 1, its masked name 2
    deepestLevelIs(box(b -> b.inner = new Inner()), 2, "Box.inner.name");
    // Box 0, the masked container 1, the strings in it 2
    deepestLevelIs(box(b -> b.maskedOpt = Optional.of("张三")), 2, "Box.maskedOpt");
    deepestLevelIs(box(b -> b.maskedArray = new String[] {"张三"}), 2, "Box.maskedArray");
    deepestLevelIs(box(b -> b.maskedList = List.of("张三")), 2, "Box.maskedList");
    deepestLevelIs(box(b -> b.maskedValues = Map.of("k", "张三")), 2, "Box.maskedValues");
    // a key is copied, not masked: Key 2, its Leaf 3
    deepestLevelIs(box(b -> b.maskedKeys = Map.of(new Key(), "张三")), 3, "Box.maskedKeys.leaf");
  }

  @Test
  void theRootAndFieldsFollowedAreNamedInFullUpToTwelveFields() {
    // the limit is passed at level maxDepth + 1, after as many fields
    MaskingException twelve = thrown(() -> depth(11).mask(chain(20)));
    assertThat(twelve.path()).contains("Link" + ".next".repeat(12));
    assertThat(twelve.typeName()).isEmpty();
    assertThat(twelve.field()).isEmpty();
  }

  @Test
  void longerPathsKeepTheFirstSixAndLastSixFieldsAndCountTheRest() {
    MaskingException thirteen = thrown(() -> depth(12).mask(chain(20)));
    assertThat(thirteen.path()).contains("Link" + ".next".repeat(6) + ".…(1)" + ".next".repeat(6));
    MaskingException twenty = thrown(() -> depth(19).mask(chain(30)));
    assertThat(twenty.path()).contains("Link" + ".next".repeat(6) + ".…(8)" + ".next".repeat(6));
  }

  private static Link anonymousLink() {
    Link a = new Link() {};
    a.next = chain(2);
    return a;
  }

  @Test
  void aRootClassWithoutSimpleNameIsNamedByItsBinaryName() {
    Link root = anonymousLink();
    MaskingException e = thrown(() -> depth(1).mask(root));
    assertThat(e.path()).contains(root.getClass().getName() + ".next.next");
  }

  @Test
  void aReferenceBackToARecordIsFilledInAtItsOwnPlaceInAList() {
    record Group(String name, List<Object> members) {}
    List<Object> members = new ArrayList<>();
    Group g = new Group("组", members);
    members.add("第一");
    members.add("第二");
    members.add(g);

    Group copy = Masker.defaults().mask(g);

    assertThat(copy).isNotSameAs(g);
    assertThat(copy.members()).hasSize(3).isNotSameAs(members);
    assertThat(copy.members().subList(0, 2)).containsExactly("第一", "第二");
    assertThat(copy.members().get(2)).isSameAs(copy);
  }

  static final class Mutables {
    int[] numbers = {1, 2, 3};
    Date date = new Date(1_700_000_000_000L);
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
    StringBuilder builder = new StringBuilder("甲");
    StringBuffer buffer = new StringBuffer("乙");

    private Mutables() {}
  }

  @Test
  void primitiveArraysAndMutableJdkValuesAreCopiedNotShared() {
    Mutables m = new Mutables();
    m.calendar.setTimeInMillis(1_700_000_000_000L);

    Mutables copy = Masker.defaults().mask(m);

    assertThat(copy.numbers).containsExactly(1, 2, 3).isNotSameAs(m.numbers);
    assertThat(copy.date).isEqualTo(m.date).isNotSameAs(m.date);
    assertThat(copy.calendar).isEqualTo(m.calendar).isNotSameAs(m.calendar);
    assertThat(copy.builder).isNotSameAs(m.builder);
    assertThat(copy.builder.toString()).isEqualTo("甲");
    assertThat(copy.buffer).isNotSameAs(m.buffer);
    assertThat(copy.buffer.toString()).isEqualTo("乙");
  }

  record Contact(String mobile) {}

  record Person(Optional<Contact> contact) {}

  @Test
  void aNamedPathPassesThroughAnOptional() {
    Person p = new Person(Optional.of(new Contact("13800138000")));

    Person shown = Masker.defaults().mask(p, Set.of("contact.mobile"));

    assertThat(shown.contact()).get().extracting(Contact::mobile).isEqualTo("******");
    assertThat(p.contact().get().mobile()).isEqualTo("13800138000");
  }

  /** A sorted set with a public comparator constructor. */
  public static final class NameSet extends TreeSet<String> {
    private static final long serialVersionUID = 1L;

    public NameSet() {}

    public NameSet(Comparator<? super String> order) {
      super(order);
    }
  }

  /** A sorted map with a public comparator constructor. */
  public static final class NameMap extends TreeMap<String, String> {
    private static final long serialVersionUID = 1L;

    public NameMap() {}

    public NameMap(Comparator<? super String> order) {
      super(order);
    }
  }

  static final class Sorted {
    NameSet plain;

    @Masked(MaskStrategy.NAME)
    NameSet masked;

    NameMap map;

    SortedSet<String> view;

    private Sorted() {}
  }

  @Test
  void sortedContainersKeepTheirOwnClassAndComparator() {
    Sorted s = new Sorted();
    s.plain = new NameSet(Comparator.reverseOrder());
    s.plain.addAll(List.of("甲", "乙", "丙"));
    s.masked = new NameSet(Comparator.reverseOrder());
    s.masked.addAll(List.of("张三", "欧阳修"));
    s.map = new NameMap(Comparator.reverseOrder());
    s.map.putAll(Map.of("a", "1", "b", "2"));
    TreeSet<String> backing = new TreeSet<>(Comparator.reverseOrder());
    backing.addAll(List.of("x", "y"));
    s.view = Collections.unmodifiableSortedSet(backing);

    Sorted copy = Masker.defaults().mask(s);

    assertThat(copy.plain).isExactlyInstanceOf(NameSet.class).containsExactly("甲", "乙", "丙");
    assertThat(copy.plain.comparator()).isEqualTo(Comparator.reverseOrder());
    assertThat(copy.masked).isExactlyInstanceOf(NameSet.class).containsExactly("欧阳*", "张*");
    assertThat(copy.map).isExactlyInstanceOf(NameMap.class);
    assertThat(copy.map.keySet()).containsExactly("b", "a");
    // a view without a usable constructor becomes a TreeSet with the same order
    assertThat(copy.view).isExactlyInstanceOf(TreeSet.class).containsExactly("y", "x");
  }

  static final class Unusual {
    Set<String> fixed = Set.of("甲");
    Queue<String> lifo = Collections.asLifoQueue(new ArrayDeque<>());
    Collection<String> values = new HashMap<>(Map.of("k", "乙")).values();

    @Masked(MaskStrategy.NAME)
    EnumSet<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private Unusual() {}
  }

  @Test
  void collectionsWithoutAUsableConstructorGetAJdkCollectionOfTheirKind() {
    Unusual u = new Unusual();
    u.lifo.add("a");
    u.lifo.add("b");

    Unusual copy = Masker.defaults().mask(u);

    assertThat(copy.fixed).isInstanceOf(Set.class).containsExactly("甲");
    assertThatThrownBy(() -> copy.fixed.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(copy.lifo).isExactlyInstanceOf(LinkedList.class).containsExactly("b", "a");
    assertThat(copy.values).isNotInstanceOf(List.class).isNotInstanceOf(Set.class);
    assertThat(copy.values).containsExactly("乙");
    assertThatThrownBy(() -> copy.values.add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    // enum constants are withheld, and an EnumSet holds no null: they are left out
    assertThat(copy.days).isExactlyInstanceOf(u.days.getClass()).isEmpty();
    assertThat(u.days).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  }

  static final class Counted {
    AtomicInteger hits = new AtomicInteger(3);

    private Counted() {}
  }

  @Test
  void aNamedPathIntoAClassThatCannotBeReadNamesWhereThatClassWasReached() {
    MaskingException e =
        thrown(() -> Masker.defaults().mask(new Counted(), Set.of("hits.value.x")));
    assertThat(e).isNotNull();
    assertThat(e.path()).contains("Counted.hits");
    assertThat(e.typeName()).contains(AtomicInteger.class.getName());
  }

  record Sealed(String code) {
    @Override
    public String code() {
      throw new IllegalStateException("sealed");
    }
  }

  @Test
  void anAccessorThatThrowsIsAnErrorNamingTheComponentAndCause() {
    MaskingException e = thrown(() -> Masker.defaults().mask(new Sealed("x")));
    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .contains(
            "cannot read field code of "
                + Sealed.class.getName()
                + " at Sealed.code: java.lang.IllegalStateException");
    assertThat(e.typeName()).contains(Sealed.class.getName());
    assertThat(e.field()).contains("code");
    assertThat(e.path()).contains("Sealed.code");
    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("sealed");
  }

  /** A list class without a no-argument constructor: its copy cannot be of its class. */
  static final class FixedList extends AbstractList<String> {
    private final List<String> items;

    FixedList(List<String> items) {
      this.items = items;
    }

    @Override
    public String get(int index) {
      return items.get(index);
    }

    @Override
    public int size() {
      return items.size();
    }
  }

  static final class Roster {
    FixedList names = new FixedList(List.of("张三"));

    private Roster() {}
  }

  @Test
  void aCopyThatDoesNotFitItsFieldIsAnErrorNamingFieldPlaceAndCopy() {
    MaskingException e = thrown(() -> Masker.defaults().mask(new Roster()));
    assertThat(e).isNotNull();
    assertThat(e.typeName()).contains(Roster.class.getName());
    assertThat(e.field()).contains("names");
    assertThat(e.getMessage())
        .contains("cannot set field names of " + Roster.class.getName() + " at Roster.names")
        .contains("java.util.Collections$Unmodifiable");
  }
}
