package io.anke.core.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.masking.Fixtures.Address;
import io.anke.core.masking.Fixtures.Citizen;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link Masker} on collections, arrays, shared objects, cycles, deep graphs and JDK internals. */
class MaskerGraphTest {

  @Test
  void rootCollectionsAndArraysAreCopiedWithTheirElementsMasked() {
    List<Citizen> list = new ArrayList<>(List.of(Fixtures.citizen(), Fixtures.citizen()));

    List<Citizen> shown = Masker.defaults().mask(list);

    assertThat(shown).isInstanceOf(ArrayList.class).isNotSameAs(list).hasSize(2);
    assertThat(shown).extracting(Citizen::name).containsExactly("欧阳*", "欧阳*");
    assertThat(list).containsExactly(Fixtures.citizen(), Fixtures.citizen());

    Citizen[] array = {Fixtures.citizen()};
    Citizen[] shownArray = Masker.defaults().mask(array);
    assertThat(shownArray).isNotSameAs(array);
    assertThat(shownArray[0].idNumber()).isEqualTo("110101********1233");
    assertThat(array[0]).isEqualTo(Fixtures.citizen());

    Map<String, Citizen> byId = Map.of("a", Fixtures.citizen());
    assertThat(Masker.defaults().mask(byId).get("a").name()).isEqualTo("欧阳*");
  }

  @Test
  void collectionsKeepTheirClassComparatorAndReadOnlyness() {
    record Book(
        @Masked(MaskStrategy.NAME) TreeSet<String> authors,
        LinkedList<String> queue,
        EnumMap<DayOfWeek, String> duty,
        List<String> fixed,
        @Masked(MaskStrategy.MOBILE) ConcurrentHashMap<String, Object> phones,
        TreeMap<String, Integer> counts) {}
    TreeSet<String> authors = new TreeSet<>(Comparator.reverseOrder());
    authors.addAll(List.of("司马光", "欧阳修"));
    EnumMap<DayOfWeek, String> duty = new EnumMap<>(DayOfWeek.class);
    duty.put(DayOfWeek.MONDAY, "张三");
    ConcurrentHashMap<String, Object> phones = new ConcurrentHashMap<>();
    phones.put("home", "13800138000");
    phones.put("count", 2);
    TreeMap<String, Integer> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    counts.put("a", 1);
    Book book =
        new Book(authors, new LinkedList<>(List.of("x")), duty, List.of("y"), phones, counts);

    Book shown = Masker.defaults().mask(book);

    assertThat(shown.authors()).containsExactly("欧阳*", "司马*");
    assertThat(shown.authors().comparator()).isSameAs(authors.comparator());
    assertThat(shown.queue()).isInstanceOf(LinkedList.class).containsExactly("x");
    assertThat(shown.duty()).isNotSameAs(duty).containsEntry(DayOfWeek.MONDAY, "张三");
    assertThat(shown.fixed()).containsExactly("y");
    assertThatThrownBy(() -> shown.fixed().add("z"))
        .isInstanceOf(UnsupportedOperationException.class);
    // a withheld value is left out of a map that holds no null
    assertThat(shown.phones()).containsExactly(Map.entry("home", "138****8000"));
    assertThat(shown.counts().comparator()).isSameAs(String.CASE_INSENSITIVE_ORDER);
    assertThat(shown.counts()).containsEntry("A", 1);
  }

  @Test
  void aSharedObjectStaysSharedInTheCopy() {
    Address home = new Address("北京市", "北京市海淀区中关村大街27号");
    record Household(Address home, Address work, List<Address> all) {}

    Household shown = Masker.defaults().mask(new Household(home, home, List.of(home)));

    assertThat(shown.home()).isSameAs(shown.work()).isSameAs(shown.all().get(0));
    assertThat(shown.home().street()).isEqualTo("北京市海淀区****");
  }

  static final class Node {
    @Masked(MaskStrategy.NAME)
    String name;

    Node next;
    List<Object> links = new ArrayList<>();

    private Node() {}

    Node(String name) {
      this.name = name;
    }
  }

  @Test
  void cyclesOfOrdinaryObjectsAndCollectionsBecomeTheSameCycles() {
    Node a = new Node("张三");
    Node b = new Node("李四");
    a.next = b;
    b.next = a;
    a.links.add(a);
    a.links.add(a.links);

    Node shown = Masker.defaults().mask(a);

    assertThat(shown.name).isEqualTo("张*");
    assertThat(shown.next.name).isEqualTo("李*");
    assertThat(shown.next.next).isSameAs(shown);
    assertThat(shown.links.get(0)).isSameAs(shown);
    assertThat(shown.links.get(1)).isSameAs(shown.links);
    assertThat(a.name).isEqualTo("张三");
    assertThat(a.next.next).isSameAs(a);
  }

  static final class Holder {
    Object back;

    private Holder() {}
  }

  record Owner(@Masked(MaskStrategy.NAME) String name, Holder holder, List<Object> items) {}

  @Test
  void aCycleThroughARecordIsFilledInFromAFieldAnArrayOrAList() {
    Holder holder = new Holder();
    Owner owner = new Owner("欧阳修", holder, new ArrayList<>());
    holder.back = new Object[] {owner};
    owner.items().add(owner);
    owner.items().add(holder);

    Owner shown = Masker.defaults().mask(owner);

    assertThat(shown.name()).isEqualTo("欧阳*");
    assertThat(((Object[]) shown.holder().back)[0]).isSameAs(shown);
    assertThat(shown.items().get(0)).isSameAs(shown);
    assertThat(shown.items().get(1)).isSameAs(shown.holder());

    holder.back = owner;
    Owner again = Masker.defaults().mask(owner);
    assertThat(again.holder().back).isSameAs(again);
  }

  @Test
  void aCycleThroughARecordThatCannotBeFilledInIsAClearError() {
    Owner owner = new Owner("欧阳修", null, new ArrayList<>());
    owner.items().add(new HashSet<>(Set.of(owner)));

    assertThatThrownBy(() -> Masker.defaults().mask(owner))
        .isInstanceOf(MaskingException.class)
        .hasMessageContaining(Owner.class.getName())
        .hasMessageContaining("cycle")
        .hasMessageContaining("Owner.items")
        .hasMessageNotContaining("欧阳修");
  }

  @Test
  void aGraphDeeperThanTheLimitIsAnErrorNotAStackOverflow() {
    Node head = chain(100_000);

    assertThatThrownBy(() -> Masker.defaults().mask(head))
        .isInstanceOf(MaskingException.class)
        .hasMessageContaining(String.valueOf(Masker.DEFAULT_MAX_DEPTH))
        .hasMessageContaining("Node.next.next")
        .hasMessageContaining("maxDepth");
  }

  @Test
  void aGraphAtTheDefaultLimitIsCopiedOnASmallStack() throws Exception {
    Node head = chain(Masker.DEFAULT_MAX_DEPTH);
    Node[] shown = new Node[1];
    Throwable[] failure = new Throwable[1];
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                shown[0] = Masker.defaults().mask(head);
              } catch (Throwable e) {
                failure[0] = e;
              }
            },
            "small-stack",
            512 * 1024);
    t.start();
    t.join();

    assertThat(failure[0]).isNull();
    int length = 0;
    for (Node n = shown[0]; n != null; n = n.next) {
      assertThat(n.name).isEqualTo("张*");
      length++;
    }
    assertThat(length).isEqualTo(Masker.DEFAULT_MAX_DEPTH);
  }

  @Test
  void theLimitCanBeRaisedGivenAStackToMatch() throws Exception {
    Node head = chain(5_000);
    Masker deep = Masker.builder().maxDepth(10_000).build();
    Node[] shown = new Node[1];
    Thread t = new Thread(null, () -> shown[0] = deep.mask(head), "large-stack", 64L << 20);
    t.start();
    t.join();

    assertThat(shown[0].next.next.name).isEqualTo("张*");
  }

  private static Node chain(int length) {
    Node head = new Node("张三");
    Node n = head;
    for (int i = 1; i < length; i++) {
      n.next = new Node("张三");
      n = n.next;
    }
    return head;
  }

  static final class Counter {
    AtomicInteger hits = new AtomicInteger(3);

    @Masked(MaskStrategy.MOBILE)
    String mobile = "13800138000";

    private Counter() {}
  }

  @Test
  void aJdkClassWhosePackageIsNotOpenIsAnErrorThatSaysWhatToOpen() {
    assertThatThrownBy(() -> Masker.defaults().mask(new Counter()))
        .isInstanceOf(MaskingException.class)
        .hasMessageContaining(AtomicInteger.class.getName())
        .hasMessageContaining("java.base")
        .hasMessageContaining("--add-opens java.base/java.util.concurrent.atomic=ALL-UNNAMED")
        .hasMessageContaining("@Masked")
        .hasMessageContaining("Counter.hits");
    // withheld, it need not be copied
    Counter shown = Masker.defaults().mask(new Counter(), Set.of("hits", "mobile"));
    assertThat(shown.hits).isNull();
    assertThat(shown.mobile).isEqualTo("138****8000");
  }

  @Test
  void statelessObjectsAndLambdasAreShared() {
    record Sorting(Comparator<String> order, Runnable action) {}
    Comparator<String> order = String.CASE_INSENSITIVE_ORDER;
    Runnable action = () -> {};

    Sorting shown = Masker.defaults().mask(new Sorting(order, action));

    assertThat(shown.order()).isSameAs(order);
    assertThat(shown.action()).isSameAs(action);
  }

  @Test
  void maskedArraysOfStringsKeepTheirShape() {
    record Registry(@Masked(MaskStrategy.ID_NUMBER) String[][] ids) {}
    String[][] ids = {{"110101199003071233"}, {"440524188001010014", null}};

    Registry shown = Masker.defaults().mask(new Registry(ids));

    assertThat(shown.ids()[0]).containsExactly("110101********1233");
    assertThat(shown.ids()[1]).containsExactly("440524********0014", null);
    assertThat(ids[1][0]).isEqualTo("440524188001010014");
    assertThat(Arrays.deepToString(ids)).contains("110101199003071233");
  }
}
