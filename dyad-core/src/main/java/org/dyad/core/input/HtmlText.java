package org.dyad.core.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of a piece of HTML: page furniture (navigation, menus, sharing buttons,
 * advertisements, comments) and anything that is never shown as text (scripts, styles, forms)
 * is dropped, and paragraphs are kept apart by blank lines so that sentence splitting does not
 * run a headline into the paragraph after it.
 */
final class HtmlText {

    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "button, select, textarea, [hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none]";

    private static final String FURNITURE_TAGS = "nav, header, footer, aside";

    /** Words in a class or id that mark furniture rather than the article. */
    private static final Set<String> FURNITURE = Set.of(
            "nav", "navbar", "navigation", "menu", "menus", "footer", "sidebar", "comment", "comments",
            "share", "sharing", "social", "ad", "ads", "breadcrumb", "breadcrumbs", "newsletter", "promo",
            "cookie", "cookies");

    private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div", "dl", "dt",
            "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre",
            "section", "table", "tbody", "thead", "tfoot", "tr", "ul");

    private static final Set<String> CELLS = Set.of("td", "th");

    private HtmlText() {
    }

    /** The text of an HTML fragment, such as a feed entry's content. */
    static String ofFragment(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        return of(body);
    }

    /** The text of an element, after dropping the furniture inside it (the element itself stays). */
    static String of(Element root) {
        dropFurniture(root);
        return paragraphs(root);
    }

    private static void dropFurniture(Element root) {
        remove(root.select(NEVER_TEXT), root);
        remove(root.select(FURNITURE_TAGS), root);
        long rootProse = prose(root);
        List<Element> furniture = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            // Some sites wrap the whole page in a <form> or a "content-with-sidebar" box: what
            // holds most of the paragraphs is the article, whatever it is called.
            if ((e.normalName().equals("form") || isFurniture(e)) && !(rootProse > 0 && prose(e) * 2 > rootProse)) {
                furniture.add(e);
            }
        }
        remove(furniture, root);
    }

    /** How much paragraph text an element holds: menus and link lists have little. */
    private static long prose(Element e) {
        long chars = 0;
        for (Element p : e.select("p")) {
            chars += p.text().length();
        }
        return chars;
    }

    private static void remove(List<Element> elements, Element root) {
        for (Element e : elements) {
            if (e != root) {
                e.remove();
            }
        }
    }

    private static boolean isFurniture(Element e) {
        return hasFurnitureWord(e.className()) || hasFurnitureWord(e.id());
    }

    private static boolean hasFurnitureWord(String names) {
        if (names.isEmpty()) {
            return false;
        }
        for (String word : WORD_BREAK.split(names)) {
            String w = word.toLowerCase(Locale.ROOT);
            if (FURNITURE.contains(w) || w.startsWith("advert")) {
                return true;
            }
        }
        return false;
    }

    private static String paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    // line breaks in the source are layout; only <br> breaks a line of the text
                    current.append(SPACES.matcher(text.getWholeText()).replaceAll(" "));
                } else if (node instanceof Element e) {
                    String name = e.normalName();
                    if (name.equals("br")) {
                        current.append('\n');
                    } else if (CELLS.contains(name)) {
                        current.append(' ');
                    } else if (BLOCKS.contains(name)) {
                        flush(current, paragraphs);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, paragraphs);
                }
            }
        }, root);
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() == 0) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String line : current.toString().split("\n")) {
            String l = SPACES.matcher(line).replaceAll(" ").strip();
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
        }
        current.setLength(0);
    }
}
