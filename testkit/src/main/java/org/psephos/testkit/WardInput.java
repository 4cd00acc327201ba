package org.psephos.testkit;

import java.util.Objects;
import org.psephos.Council;
import org.psephos.ward.WardPostponement;
import org.psephos.ward.WardResult;

/**
 * One ward-level input of a night, in arrival order: a ward's result (which supersedes the ward's
 * earlier one, if any), the withdrawal of a ward's result (entered in error: the ward is as if it
 * had not declared), or a ward's postponement.
 */
public sealed interface WardInput permits WardInput.Result, WardInput.Withdraw, WardInput.Postpone {

  /**
   * The council the input is about.
   *
   * @return the council
   */
  Council council();

  /**
   * The ward the input is about, by its id.
   *
   * @return the ward id
   */
  String wardId();

  /**
   * A ward's result: it supersedes the ward's earlier result, if any.
   *
   * @param result the ward result
   */
  record Result(WardResult result) implements WardInput {
    /**
     * Checks the result is there.
     *
     * @param result the ward result
     * @throws NullPointerException if it is null
     */
    public Result {
      Objects.requireNonNull(result, "result");
    }

    @Override
    public Council council() {
      return result.council();
    }

    @Override
    public String wardId() {
      return result.wardId();
    }

    @Override
    public String toString() {
      return "result " + result;
    }
  }

  /**
   * The withdrawal of a ward's result: the ward is as if it had never declared.
   *
   * @param council the council
   * @param wardId the ward's id
   */
  record Withdraw(Council council, String wardId) implements WardInput {
    /**
     * Checks the components are there.
     *
     * @param council the council
     * @param wardId the ward's id
     * @throws NullPointerException if one is null
     */
    public Withdraw {
      Objects.requireNonNull(council, "council");
      Objects.requireNonNull(wardId, "wardId");
    }

    @Override
    public String toString() {
      return "withdraw " + council.id() + "/" + wardId;
    }
  }

  /**
   * A ward's postponement: its seats stay to fill until its later result.
   *
   * @param postponement the postponement
   */
  record Postpone(WardPostponement postponement) implements WardInput {
    /**
     * Checks the postponement is there.
     *
     * @param postponement the postponement
     * @throws NullPointerException if it is null
     */
    public Postpone {
      Objects.requireNonNull(postponement, "postponement");
    }

    @Override
    public Council council() {
      return postponement.council();
    }

    @Override
    public String wardId() {
      return postponement.wardId();
    }

    @Override
    public String toString() {
      return "postpone " + postponement.council().id() + "/" + postponement.wardId();
    }
  }
}
