package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class UnitMembersTest {

  /**
   * Any units and copies (past the founders' first array) answer as the list per unit they
   * replaced.
   */
  @Property(tries = 100)
  void answersAsAListPerUnit(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5000) int adds) {
    SplittableRandom random = new SplittableRandom(seed);
    UnitMembers members = new UnitMembers();
    List<IntList> expected = new ArrayList<>();
    for (int index = 0; index < adds; index++) {
      if (expected.isEmpty() || random.nextInt(4) > 0) {
        assertThat(members.add(index)).isEqualTo(expected.size());
        expected.add(new IntList(index));
      } else {
        int unit = random.nextInt(expected.size());
        members.addCopy(unit, index);
        expected.get(unit).add(index);
      }
    }
    assertThat(members.size()).isEqualTo(expected.size());
    for (int unit = 0; unit < expected.size(); unit++) {
      IntList m = expected.get(unit);
      assertThat(members.founder(unit)).isEqualTo(m.get(0));
      assertThat(members.count(unit)).isEqualTo(m.size());
      assertThat(members.toArray(unit)).containsExactly(m.toArray());
      for (int i = 0; i < m.size(); i++) {
        assertThat(members.get(unit, i)).isEqualTo(m.get(i));
      }
    }
  }

  @Test
  void refusesUnitsAndPlacesItDoesNotHold() {
    UnitMembers members = new UnitMembers();
    members.add(7);
    members.addCopy(0, 9);
    assertThatThrownBy(() -> members.founder(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> members.founder(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> members.get(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> members.addCopy(1, 10)).isInstanceOf(IndexOutOfBoundsException.class);
    members.add(8);
    assertThatThrownBy(() -> members.get(1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
