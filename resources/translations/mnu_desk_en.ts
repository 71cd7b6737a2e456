<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../mnu_desk/gui/search_panel.py" line="139"/>
        <source>%n match(es) in %1 ms</source>
        <translation>
            <numerusform>%n match in %1 ms</numerusform>
            <numerusform>%n matches in %1 ms</numerusform>
        </translation>
    </message>
</context>
</TS>
