<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaseQueue</name>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="170"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="171"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="172"/>
        <source>%n due within 7 days</source>
        <translation>
            <numerusform>%n due within 7 days</numerusform>
            <numerusform>%n due within 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/requests/case_queue.py" line="245"/>
        <source>Saved the register (%n request(s)) as %1.</source>
        <translation>
            <numerusform>Saved the register (%n request) as %1.</numerusform>
            <numerusform>Saved the register (%n requests) as %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/main_window.py" line="203"/>
        <source>Case queue (%n overdue)</source>
        <translation>
            <numerusform>Case queue (%n overdue)</numerusform>
            <numerusform>Case queue (%n overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/search_panel.py" line="138"/>
        <source>%n match(es) in %1 ms</source>
        <translation>
            <numerusform>%n match in %1 ms</numerusform>
            <numerusform>%n matches in %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/widgets/urgency.py" line="48"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/widgets/urgency.py" line="51"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
</TS>
