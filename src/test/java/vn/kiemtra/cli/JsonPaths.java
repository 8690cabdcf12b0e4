package vn.kiemtra.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and edits a JSON tree at a path written like the exchange format's messages. */
final class JsonPaths {
  private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

  private JsonPaths() {}

  private static List<Object> steps(String path) {
    List<Object> steps = new ArrayList<>();
    Matcher m = STEP.matcher(path);
    while (m.find()) {
      steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.parseInt(m.group(2)));
    }
    return steps;
  }

  private static JsonNode child(JsonNode node, Object step) {
    JsonNode next = step instanceof Integer i ? node.get(i) : node.get((String) step);
    if (next == null) {
      throw new IllegalArgumentException("no " + step + " in " + node);
    }
    return next;
  }

  static JsonNode get(JsonNode root, String path) {
    JsonNode node = root;
    for (Object step : steps(path)) {
      node = child(node, step);
    }
    return node;
  }

  private static JsonNode parent(JsonNode root, List<Object> steps) {
    JsonNode node = root;
    for (Object step : steps.subList(0, steps.size() - 1)) {
      node = child(node, step);
    }
    return node;
  }

  static void set(JsonNode root, String path, JsonNode value) {
    List<Object> steps = steps(path);
    JsonNode parent = parent(root, steps);
    Object last = steps.get(steps.size() - 1);
    if (last instanceof Integer i) {
      ((ArrayNode) parent).set(i, value);
    } else {
      ((ObjectNode) parent).set((String) last, value);
    }
  }

  static void remove(JsonNode root, String path) {
    List<Object> steps = steps(path);
    JsonNode parent = parent(root, steps);
    Object last = steps.get(steps.size() - 1);
    if (last instanceof Integer i) {
      ((ArrayNode) parent).remove(i);
    } else {
      ((ObjectNode) parent).remove((String) last);
    }
  }
}
