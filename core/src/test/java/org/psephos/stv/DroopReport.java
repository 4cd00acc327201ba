package org.psephos.stv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stages of one of droop's reference reports ({@code droop v0.11}, rule "Scottish STV",
 * fixed-point 5 places): stage 1 from "Begin Count", then one stage per "Surplus transferred" or
 * "Transfer defeated" block, leaving out droop's transfers of a surplus of 0.00000 (which the
 * statutory rules do not make a stage).
 */
record DroopReport(String quota, List<ReportStage> stages, List<String> elected) {

  /** One stage: what was transferred, each candidate's total, non-transferable votes, loss. */
  record ReportStage(
      String action, String from, Map<String, BigDecimal> totals, BigDecimal nonTransferable,
      BigDecimal residual) {}

  private static final Pattern ACTION = Pattern.compile("^Action: ([^:]+)(?:: (.*))?$");
  private static final Pattern CANDIDATES =
      Pattern.compile("^\\t(Elected|Hopeful|Defeated|Pending|Withdrawn): +(.*) \\(([0-9.]+)\\)$");
  private static final Pattern FIGURE = Pattern.compile("^\\t([A-Za-z ]+): ([0-9.]+)$");

  static DroopReport parse(String text) {
    String quota = "";
    List<ReportStage> stages = new ArrayList<>();
    List<String> elected = new ArrayList<>();
    String action = "";
    String from = "";
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    BigDecimal nt = BigDecimal.ZERO;
    BigDecimal residual = BigDecimal.ZERO;
    for (String line : (text + "\nAction: End").split("\n")) {
      Matcher a = ACTION.matcher(line);
      if (a.matches()) {
        if (keep(action, from)) {
          stages.add(new ReportStage(action, name(from), totals, nt, residual));
        }
        action = a.group(1);
        from = a.group(2) == null ? "" : a.group(2);
        totals = new LinkedHashMap<>();
        continue;
      }
      if (line.strip().startsWith("Quota:")) {
        quota = line.strip().substring("Quota:".length()).strip();
      }
      Matcher c = CANDIDATES.matcher(line);
      if (c.matches()) {
        for (String name : c.group(2).split(", ")) {
          totals.put(name.strip(), new BigDecimal(c.group(3)));
          if (action.equals("Count Complete") && c.group(1).equals("Elected")) {
            elected.add(name.strip());
          }
        }
        continue;
      }
      Matcher f = FIGURE.matcher(line);
      if (f.matches() && f.group(1).equals("Nontransferable votes")) {
        nt = new BigDecimal(f.group(2));
      } else if (f.matches() && f.group(1).equals("Residual")) {
        residual = new BigDecimal(f.group(2));
      }
    }
    return new DroopReport(quota, stages, elected);
  }

  private static boolean keep(String action, String from) {
    return action.equals("Begin Count")
        || action.equals("Transfer defeated")
        || (action.equals("Surplus transferred") && !from.endsWith("(0.00000)"));
  }

  private static String name(String from) {
    int paren = from.lastIndexOf(" (");
    return paren < 0 ? from : from.substring(0, paren);
  }
}
