package dev.headroom.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static dev.headroom.report.ReportFixtures.report;
import static dev.headroom.report.ReportFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JUnitWriterTest {

    @Test
    void wellFormedWithOneFailurePerFinding() throws Exception {
        String xml = write(new JUnitWriter(), report());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("6", root.getAttribute("failures"));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertEquals(4, suites.getLength(), "one suite per file with findings");
        NodeList failures = doc.getElementsByTagName("failure");
        assertEquals(6, failures.getLength());
        Element first = (Element) failures.item(0);
        assertEquals("HR900", first.getAttribute("type"));
        // Quotes, angle brackets and newlines survive the round trip through escaping.
        assertEquals("MemorySize 10240 MB, \"worker\" override", ((Element) failures.item(5)).getAttribute("message"));
        assertEquals("sam/template.yaml:14:17: error: DB_HOST references database 'Db' directly; put an RDS Proxy"
                + " in front of it\nnote: database 'Db' <postgres> at sam/template.yaml:40:3"
                + "\nnote: shared settings at serverless.yml:1:1", failures.item(2).getTextContent());
    }

    @Test
    void escapesXml() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;&#10;\uFFFD", JUnitWriter.escape("a <b> & \"c\"\n\u0001", true));
    }

    @Test
    void emptyReport() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"headroom\" tests=\"0\" failures=\"0\" errors=\"0\">\n</testsuites>\n",
                write(new JUnitWriter(), ReportFixtures.empty()));
    }
}
