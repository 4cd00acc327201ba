package org.psephos.feeds.pa;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.psephos.DataSubject;

/**
 * Reads a PA file with the JDK's StAX into {@link XmlElement}s. DTDs are refused: the factory
 * supports neither DTDs nor external entities, and a document holding a DOCTYPE is rejected
 * outright, so no entity can be expanded, local or remote.
 */
final class PaXml {
  /** The deepest nesting of elements read; PA's messages are five deep. */
  static final int MAX_DEPTH = 32;

  private PaXml() {}

  /** One factory per thread: a factory is costly to find and not guaranteed thread-safe. */
  private static final ThreadLocal<XMLInputFactory> FACTORY =
      ThreadLocal.withInitial(PaXml::secureFactory);

  /** A factory refusing DTDs and external entities. */
  static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newInstance();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    return factory;
  }

  /**
   * Reads a whole document.
   *
   * @param file the file name, for messages
   * @param bytes the document
   * @return the root element
   * @throws PaFeedException if the bytes are not well-formed XML, end early, or hold a DOCTYPE
   */
  static XmlElement read(String file, byte[] bytes) {
    Deque<Open> open = new ArrayDeque<>();
    XmlElement root = null;
    XMLStreamReader reader = null;
    try {
      reader = FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(bytes));
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD) {
          throw new PaFeedException(
              PaFeedException.Kind.NOT_PA_XML,
              file,
              pathOf(open),
              "a DOCTYPE is refused: PA's messages have none, and entities are never expanded",
              DataSubject.none());
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          open.push(start(reader, open, file));
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          Open done = open.pop();
          XmlElement element =
              new XmlElement(file, done.name, done.path, done.attributes, done.children);
          if (open.isEmpty()) {
            root = element;
          } else {
            open.peek().children.add(element);
          }
        }
      }
    } catch (XMLStreamException e) {
      throw malformed(file, open, e);
    } finally {
      close(reader);
    }
    if (root == null) {
      throw new PaFeedException(
          PaFeedException.Kind.MALFORMED, file, "/", "the file holds no element", DataSubject.none());
    }
    return root;
  }

  private static Open start(XMLStreamReader reader, Deque<Open> open, String file) {
    String name = reader.getLocalName();
    if (open.size() >= MAX_DEPTH) {
      throw new PaFeedException(
          PaFeedException.Kind.NOT_PA_XML,
          file,
          pathOf(open),
          "elements nest deeper than " + MAX_DEPTH,
          DataSubject.none());
    }
    Open parent = open.peek();
    int position = parent == null ? 1 : parent.counts.merge(name, 1, Integer::sum);
    boolean numbered = position > 1 || isRepeated(name);
    String path =
        (parent == null ? "" : parent.path) + "/" + name + (numbered ? "[" + position + "]" : "");
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
    }
    return new Open(name, path, attributes);
  }

  /** Elements PA repeats, whose position is always shown in paths. */
  private static boolean isRepeated(String name) {
    return name.equals("Council") || name.equals("Party");
  }

  private static PaFeedException malformed(String file, Deque<Open> open, XMLStreamException e) {
    Location at = e.getLocation();
    String where = at == null ? "" : " (line " + at.getLineNumber() + ", column "
        + at.getColumnNumber() + ")";
    String reason = e.getMessage() == null ? "unreadable XML" : firstLine(e.getMessage());
    String detail =
        open.isEmpty()
            ? "not well-formed XML" + where + ": " + reason
            : "the document ends or breaks inside <" + open.peek().name + ">" + where
                + ", a truncated or malformed file: " + reason;
    return new PaFeedException(
        PaFeedException.Kind.MALFORMED, file, pathOf(open), detail, DataSubject.none());
  }

  private static String firstLine(String message) {
    int lf = message.lastIndexOf("Message: ");
    String text = lf >= 0 ? message.substring(lf + 9) : message;
    int end = text.indexOf('\n');
    return end >= 0 ? text.substring(0, end) : text;
  }

  private static String pathOf(Deque<Open> open) {
    Open innermost = open.peek();
    return innermost == null ? "/" : innermost.path;
  }

  private static void close(@Nullable XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // nothing was held open but the byte array; the document's outcome stands
      }
    }
  }

  /** An element whose end is not read yet. */
  private static final class Open {
    final String name;
    final String path;
    final Map<String, String> attributes;
    final List<XmlElement> children = new ArrayList<>();
    final Map<String, Integer> counts = new HashMap<>();

    Open(String name, String path, Map<String, String> attributes) {
      this.name = name;
      this.path = path;
      this.attributes = attributes;
    }
  }
}
