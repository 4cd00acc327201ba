package org.psephos.testkit;

import java.util.Objects;
import org.psephos.Council;
import org.psephos.Declaration;

/**
 * One input of a night, in arrival order: a council's declaration (which replaces any earlier one
 * of the council) or the withdrawal of its declaration (entered in error: the council is as if it
 * had not declared).
 */
public sealed interface Input permits Input.Declare, Input.Withdraw {

  /**
   * The council the input is about.
   *
   * @return the council
   */
  Council council();

  /**
   * A declaration.
   *
   * @param declaration the declaration
   * @return the input
   */
  static Input declare(Declaration declaration) {
    return new Declare(declaration);
  }

  /**
   * A withdrawal of a council's declaration.
   *
   * @param council the council
   * @return the input
   */
  static Input withdraw(Council council) {
    return new Withdraw(council);
  }

  /**
   * A council's declaration: it replaces the council's earlier declaration, if any.
   *
   * @param declaration the declaration
   */
  record Declare(Declaration declaration) implements Input {
    /**
     * Checks the declaration is there.
     *
     * @param declaration the declaration
     * @throws NullPointerException if it is null
     */
    public Declare {
      Objects.requireNonNull(declaration, "declaration");
    }

    @Override
    public Council council() {
      return declaration.council();
    }

    @Override
    public String toString() {
      return "declare " + Describe.declaration(declaration);
    }
  }

  /**
   * The withdrawal of a council's declaration: the council is as if it had never declared.
   *
   * @param council the council
   */
  record Withdraw(Council council) implements Input {
    /**
     * Checks the council is there.
     *
     * @param council the council
     * @throws NullPointerException if it is null
     */
    public Withdraw {
      Objects.requireNonNull(council, "council");
    }

    @Override
    public String toString() {
      return "withdraw " + council.id();
    }
  }
}
