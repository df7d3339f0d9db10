// Pin report lines split across reads, and malformed lines.
#include <QtTest>

#include "pin_report_parser.h"

class PinReportParserTest : public QObject {
  Q_OBJECT
 private slots:
  void splitAcrossChunks() {
    marmot::device::PinReportParser parser;
    auto first = parser.feed("PIN 40 1\nPIN 4", 14);
    QCOMPARE(first.size(), size_t(1));
    QCOMPARE(first[0].pin, 40u);
    QVERIFY(first[0].high);
    auto second = parser.feed("0 0\r\n", 5);
    QCOMPARE(second.size(), size_t(1));
    QCOMPARE(second[0].pin, 40u);
    QVERIFY(!second[0].high);
  }
  void skipsGarbage() {
    marmot::device::PinReportParser parser;
    const char text[] = "hello\nPIN x 1\nPIN 3 2\nPIN 7 1\n";
    auto events = parser.feed(text, sizeof text - 1);
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events[0].pin, 7u);
  }
};

QTEST_GUILESS_MAIN(PinReportParserTest)
#include "pin_report_parser_test.moc"
