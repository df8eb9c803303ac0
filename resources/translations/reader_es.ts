<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>Dates</name>
        <message>
            <source>MMMM d, yyyy</source>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The reader will be in {language} the next time it starts.</source>
            <translation>El lector estará en {language} la próxima vez que lo abra.</translation>
        </message>
        <message>
            <source>Start it again now?</source>
            <translation>¿Quiere abrirlo de nuevo ahora?</translation>
        </message>
        <message>
            <source>Start again now</source>
            <translation>Abrir de nuevo ahora</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Cancer Information Reader</source>
            <translation>Lector de información sobre el cáncer</translation>
        </message>
    </context>
</TS>
