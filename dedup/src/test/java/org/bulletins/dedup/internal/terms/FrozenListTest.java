package org.bulletins.dedup.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrozenListTest {

  @Test
  void aCopyIsEqualToItsSourceAndNotChangedByIt() {
    List<String> source = new ArrayList<>(List.of("a", "b", "c"));
    List<String> copy = FrozenList.copyOf(source);
    source.set(0, "z");
    assertThat(copy).containsExactly("a", "b", "c");
    assertThat(copy).isEqualTo(List.of("a", "b", "c"));
    assertThat(copy.hashCode()).isEqualTo(List.of("a", "b", "c").hashCode());
    assertThat(copy).hasToString("[a, b, c]");
    assertThat(FrozenList.copyOf(copy)).isSameAs(copy);
  }

  @Test
  void itIsOneClassWhateverItsSizeAndEmptyListsAreShared() {
    List<String> one = FrozenList.copyOf(List.of("a"));
    List<String> two = FrozenList.copyOf(List.of("a", "b"));
    assertThat(one.getClass()).isSameAs(two.getClass());
    assertThat(FrozenList.copyOf(List.of())).isSameAs(FrozenList.owning(new Object[3], 0));
    assertThat(FrozenList.<String>copyOf(List.of())).isEmpty();
  }

  @Test
  void anOwnedArrayGivesItsFirstElementsOnly() {
    Object[] array = {"a", "b", "c"};
    assertThat(FrozenList.<Object>owning(array, 2)).containsExactly("a", "b");
    assertThat(FrozenList.<Object>owning(array, 2).iterator())
        .toIterable()
        .containsExactly("a", "b");
  }

  @Test
  void itRefusesNullsAndChanges() {
    List<String> withNull = new ArrayList<>();
    withNull.add("a");
    withNull.add(null);
    assertThatThrownBy(() -> FrozenList.copyOf(withNull)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FrozenList.owning(new Object[1], 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    List<String> list = FrozenList.copyOf(List.of("a"));
    assertThatThrownBy(() -> list.add("b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.set(0, "b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
