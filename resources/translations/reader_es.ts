<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>About</name>
        <message>
            <source>Trusted cancer information that works without the internet. What you read stays on this computer.</source>
            <translation>Información confiable sobre el cáncer que funciona sin internet. Lo que usted lee se queda en esta computadora.</translation>
        </message>
        <message>
            <source>Articles: Source: National Cancer Institute, cancer.gov; public domain; not endorsed by NCI.</source>
            <translation>Artículos: Fuente: Instituto Nacional del Cáncer (NCI), cancer.gov; dominio público; sin respaldo del NCI. Los artículos en español son textos propios de este lector (CC0).</translation>
        </message>
        <message>
            <source>This information does not replace advice from your doctor or nurse.</source>
            <translation>Esta información no reemplaza los consejos de su médico o enfermera.</translation>
        </message>
        <message>
            <source>The list of licenses is missing from this copy of the reader.</source>
            <translation>Falta la lista de licencias en esta copia del lector.</translation>
        </message>
        <message>
            <source>Library packs: none installed.</source>
            <translation>Paquetes de biblioteca: ninguno instalado.</translation>
        </message>
        <message>
            <source>Library packs:</source>
            <translation>Paquetes de biblioteca:</translation>
        </message>
        <message numerus="yes">
            <source>• {title}, version {version}, from {publisher}, made on {date} (%Ln article(s))</source>
            <translation>
                <numerusform>• {title}, versión {version}, de {publisher}, hecho el {date} (%Ln artículo)</numerusform>
                <numerusform>• {title}, versión {version}, de {publisher}, hecho el {date} (%Ln artículos)</numerusform>
            </translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Acerca del {app}</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Versión {version}</translation>
        </message>
        <message>
            <source>&amp;Licenses of the parts this reader is made from:</source>
            <translation>&amp;Licencias de las partes con que está hecho este lector:</translation>
        </message>
        <message>
            <source>Parts of the reader</source>
            <translation>Partes del lector</translation>
        </message>
        <message>
            <source>License text</source>
            <translation>Texto de la licencia</translation>
        </message>
        <message>
            <source>License: {license}</source>
            <translation>Licencia: {license}</translation>
        </message>
    </context>
    <context>
        <name>ArticleHeader</name>
        <message>
            <source>Patient version</source>
            <translation>Versión para pacientes</translation>
        </message>
        <message>
            <source>Version for health professionals</source>
            <translation>Versión para profesionales de la salud</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Fuente: {source}</translation>
        </message>
        <message>
            <source>Reviewed {date}</source>
            <translation>Revisado en {date}</translation>
        </message>
        <message>
            <source>Web address: {url}</source>
            <translation>Dirección web: {url}</translation>
        </message>
        <message>
            <source>Citation: {citation}</source>
            <translation>Cita: {citation}</translation>
        </message>
        <message>
            <source>Its authors last reviewed this article in {date}, and it is now due for another review. Some details may have changed. Your care team can tell you what is current for you.</source>
            <translation>Sus autores revisaron este artículo por última vez en {date}, y ya le toca otra revisión. Algunos detalles pueden haber cambiado. Su equipo de salud le puede decir qué está vigente para usted.</translation>
        </message>
    </context>
    <context>
        <name>Bookmarks</name>
        <message>
            <source>it was cut short or is not in the right format</source>
            <translation>está cortado o no tiene el formato correcto</translation>
        </message>
        <message>
            <source>it does not hold bookmarks</source>
            <translation>no contiene marcadores</translation>
        </message>
        <message>
            <source>it has no valid format version</source>
            <translation>no tiene una versión de formato válida</translation>
        </message>
        <message>
            <source>its list of bookmarks is damaged</source>
            <translation>su lista de marcadores está dañada</translation>
        </message>
        <message>
            <source>its list of questions is damaged</source>
            <translation>su lista de preguntas está dañada</translation>
        </message>
        <message numerus="yes">
            <source>%Ln of its entries could not be read</source>
            <translation>
                <numerusform>%Ln de sus entradas no se pudo leer</numerusform>
                <numerusform>%Ln de sus entradas no se pudieron leer</numerusform>
            </translation>
        </message>
        <message>
            <source>{bookmarks_and_questions} added</source>
            <translation>Se añadieron {bookmarks_and_questions}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln already there</source>
            <translation>
                <numerusform>%Ln ya estaba</numerusform>
                <numerusform>%Ln ya estaban</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln could not be read</source>
            <translation>
                <numerusform>%Ln no se pudo leer</numerusform>
                <numerusform>%Ln no se pudieron leer</numerusform>
            </translation>
        </message>
        <message>
            <source>{bookmarks} and {questions}</source>
            <translation>{bookmarks} y {questions}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln bookmark(s)</source>
            <translation>
                <numerusform>%Ln marcador</numerusform>
                <numerusform>%Ln marcadores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s)</source>
            <translation>
                <numerusform>%Ln pregunta</numerusform>
                <numerusform>%Ln preguntas</numerusform>
            </translation>
        </message>
        <message>
            <source>it could not be opened ({problem})</source>
            <translation>no se pudo abrir ({problem})</translation>
        </message>
        <message>
            <source>it is not a text file</source>
            <translation>no es un archivo de texto</translation>
        </message>
        <message>
            <source>Your bookmarks file could not be opened ({problem}). It was left as it is, and new bookmarks will not be saved until this is fixed. Please tell staff.</source>
            <translation>No se pudo abrir su archivo de marcadores ({problem}). Se dejó como estaba, y los marcadores nuevos no se guardarán hasta que esto se arregle. Avise al personal.</translation>
        </message>
        <message>
            <source>Your bookmarks were saved by a newer version of this app. A copy was kept as {moved}. This version shows the {kept} it can read.</source>
            <translation>Sus marcadores se guardaron con una versión más nueva de este lector. Se guardó una copia como {moved}. Esta versión muestra {kept} que puede leer.</translation>
        </message>
        <message>
            <source>Your bookmarks file was damaged ({reason}). We kept the {kept} that could be read. The old file was saved as {moved}, so nothing is lost.</source>
            <translation>Su archivo de marcadores estaba dañado ({reason}). Guardamos {kept} que se pudieron leer. El archivo anterior se guardó como {moved}, así que no se pierde nada.</translation>
        </message>
        <message>
            <source>Your bookmarks file was damaged ({reason}) and could not be read. It was saved as {moved}, so staff can look at it. You can start new bookmarks now.</source>
            <translation>Su archivo de marcadores estaba dañado ({reason}) y no se pudo leer. Se guardó como {moved} para que el personal lo revise. Ya puede empezar marcadores nuevos.</translation>
        </message>
        <message>
            <source>Your bookmarks could not be saved ({problem}). They are kept while the app stays open. Please tell staff.</source>
            <translation>No se pudieron guardar sus marcadores ({problem}). Se conservan mientras el lector siga abierto. Avise al personal.</translation>
        </message>
        <message>
            <source>Undo removing “{name}”</source>
            <translation>Deshacer: volver a poner «{name}»</translation>
        </message>
        <message>
            <source>The file could not be found.</source>
            <translation>No se encontró el archivo.</translation>
        </message>
        <message>
            <source>The file could not be opened ({problem}).</source>
            <translation>No se pudo abrir el archivo ({problem}).</translation>
        </message>
        <message>
            <source>This is not a bookmarks file.</source>
            <translation>Este no es un archivo de marcadores.</translation>
        </message>
        <message>
            <source>This file cannot be used: {reason}.</source>
            <translation>Este archivo no se puede usar: {reason}.</translation>
        </message>
        <message>
            <source>My questions and reading notes</source>
            <translation>Mis preguntas y notas de lectura</translation>
        </message>
        <message>
            <source>asked</source>
            <translation>ya la hice</translation>
        </message>
        <message>
            <source>About: {title}</source>
            <translation>Sobre: {title}</translation>
        </message>
        <message>
            <source>Section: {heading}</source>
            <translation>Sección: {heading}</translation>
        </message>
        <message>
            <source>Web address: {url}</source>
            <translation>Dirección web: {url}</translation>
        </message>
        <message>
            <source>This article is not in the reader's library on this computer now.</source>
            <translation>Este artículo ya no está en la biblioteca del lector en esta computadora.</translation>
        </message>
        <message>
            <source>My note:</source>
            <translation>Mi nota:</translation>
        </message>
        <message>
            <source>Made with the Cancer Information Reader on {date}. You can take this to your next visit.</source>
            <translation>Hecho con el Lector de información sobre el cáncer el {date}. Puede llevarlo a su próxima consulta.</translation>
        </message>
        <message>
            <source>Questions for my doctor</source>
            <translation>Preguntas para mi médico</translation>
        </message>
        <message>
            <source>No questions yet.</source>
            <translation>Todavía no hay preguntas.</translation>
        </message>
        <message>
            <source>Bookmarks and notes</source>
            <translation>Marcadores y notas</translation>
        </message>
        <message>
            <source>No bookmarks yet.</source>
            <translation>Todavía no hay marcadores.</translation>
        </message>
        <message>
            <source>Bookmark</source>
            <translation>Marcador</translation>
        </message>
        <message>
            <source>Bookmark name</source>
            <translation>Nombre del marcador</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>For example: ask about this at my next visit</source>
            <translation>Por ejemplo: preguntar sobre esto en mi próxima consulta</translation>
        </message>
        <message>
            <source>&amp;Note (only you see it)</source>
            <translation>N&amp;ota (solo la ve usted)</translation>
        </message>
        <message>
            <source>This article is already bookmarked. You can change its name and note, or remove it.</source>
            <translation>Este artículo ya tiene un marcador. Puede cambiarle el nombre y la nota, o quitarlo.</translation>
        </message>
        <message>
            <source>Move it to the part you are reading: {heading}</source>
            <translation>Pasarlo a la parte que está leyendo: {heading}</translation>
        </message>
        <message>
            <source>the top of the article</source>
            <translation>el comienzo del artículo</translation>
        </message>
        <message>
            <source>The bookmark is saved. You can give it a name and a note.</source>
            <translation>El marcador está guardado. Puede ponerle un nombre y una nota.</translation>
        </message>
        <message>
            <source>&amp;Remove bookmark</source>
            <translation>&amp;Quitar el marcador</translation>
        </message>
        <message>
            <source>A question for my doctor</source>
            <translation>Una pregunta para mi médico</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>&amp;Question to ask at your next visit</source>
            <translation>&amp;Pregunta para hacer en su próxima consulta</translation>
        </message>
        <message>
            <source>Handout to print or share (*.pdf)</source>
            <translation>Hoja para imprimir o compartir (*.pdf)</translation>
        </message>
        <message>
            <source>Handout as a web page (*.html)</source>
            <translation>Hoja como página web (*.html)</translation>
        </message>
        <message>
            <source>File to move to another computer (*.json)</source>
            <translation>Archivo para pasar a otra computadora (*.json)</translation>
        </message>
        <message>
            <source>Bookmarks and questions</source>
            <translation>Marcadores y preguntas</translation>
        </message>
        <message>
            <source>Book&amp;mark this page</source>
            <translation>&amp;Marcar esta página</translation>
        </message>
        <message>
            <source>Bookmark this page (Ctrl+D)</source>
            <translation>Marcar esta página (Ctrl+D)</translation>
        </message>
        <message>
            <source>B&amp;ookmarks</source>
            <translation>Mar&amp;cadores</translation>
        </message>
        <message>
            <source>Show or hide your bookmarks (Ctrl+B)</source>
            <translation>Mostrar u ocultar sus marcadores (Ctrl+B)</translation>
        </message>
        <message>
            <source>My &amp;questions</source>
            <translation>Mis &amp;preguntas</translation>
        </message>
        <message>
            <source>&amp;Add a question about this article…</source>
            <translation>&amp;Añadir una pregunta sobre este artículo…</translation>
        </message>
        <message>
            <source>&amp;Export bookmarks and questions…</source>
            <translation>&amp;Exportar marcadores y preguntas…</translation>
        </message>
        <message>
            <source>&amp;Import bookmarks and questions…</source>
            <translation>I&amp;mportar marcadores y preguntas…</translation>
        </message>
        <message>
            <source>Open an article first, then bookmark it.</source>
            <translation>Primero abra un artículo y luego márquelo.</translation>
        </message>
        <message>
            <source>Bookmarked “{title}” at “{section}”</source>
            <translation>Se marcó «{title}» en «{section}»</translation>
        </message>
        <message>
            <source>Bookmarked “{title}”</source>
            <translation>Se marcó «{title}»</translation>
        </message>
        <message>
            <source>Bookmark removed. Press Undo in the Bookmarks panel to bring it back.</source>
            <translation>Se quitó el marcador. Pulse Deshacer en el panel de Marcadores para recuperarlo.</translation>
        </message>
        <message>
            <source>“{title}” is not in your library now, so it cannot be opened. The bookmark is kept.</source>
            <translation>«{title}» ya no está en su biblioteca, así que no se puede abrir. El marcador se conserva.</translation>
        </message>
        <message>
            <source>About “{title}”: </source>
            <translation>Sobre «{title}»: </translation>
        </message>
        <message>
            <source>Save your bookmarks and questions</source>
            <translation>Guardar sus marcadores y preguntas</translation>
        </message>
        <message>
            <source>The file could not be saved ({problem}). Nothing was changed.</source>
            <translation>No se pudo guardar el archivo ({problem}). No se cambió nada.</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Se guardó en {path}</translation>
        </message>
        <message>
            <source>Add bookmarks and questions from a file</source>
            <translation>Añadir marcadores y preguntas desde un archivo</translation>
        </message>
        <message>
            <source>Bookmarks file (*.json);;All files (*)</source>
            <translation>Archivo de marcadores (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>{file} could not be added. {problem} Your bookmarks were not changed.</source>
            <translation>No se pudo añadir {file}. {problem} Sus marcadores no cambiaron.</translation>
        </message>
        <message>
            <source>From {file}: {summary}</source>
            <translation>De {file}: {summary}</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>no disponible</translation>
        </message>
        <message>
            <source>No bookmarks yet. Open an article and press the star (Ctrl+D) to keep it here.</source>
            <translation>Todavía no hay marcadores. Abra un artículo y pulse la estrella (Ctrl+D) para guardarlo aquí.</translation>
        </message>
        <message>
            <source>No questions yet. Type one above, or add one from an article.</source>
            <translation>Todavía no hay preguntas. Escriba una arriba, o añada una desde un artículo.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Close the message</source>
            <translation>Cerrar el mensaje</translation>
        </message>
        <message>
            <source>&amp;Bookmarks</source>
            <translation>&amp;Marcadores</translation>
        </message>
        <message>
            <source>&amp;Questions</source>
            <translation>&amp;Preguntas</translation>
        </message>
        <message>
            <source>Filter bookmarks</source>
            <translation>Filtrar marcadores</translation>
        </message>
        <message>
            <source>Bookmarks</source>
            <translation>Marcadores</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>Change the name or the note</source>
            <translation>Cambiar el nombre o la nota</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Type a question for your doctor</source>
            <translation>Escriba una pregunta para su médico</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>Pregunta nueva</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>Ask about this &amp;article…</source>
            <translation>Preguntar sobre este &amp;artículo…</translation>
        </message>
        <message>
            <source>Add a question about the article you are reading</source>
            <translation>Añadir una pregunta sobre el artículo que está leyendo</translation>
        </message>
        <message>
            <source>Questions for my doctor. Tick a question when you have asked it.</source>
            <translation>Preguntas para mi médico. Marque una pregunta cuando ya la haya hecho.</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Nota: {note}</translation>
        </message>
        <message>
            <source>This article is not in your library now. The bookmark is kept.</source>
            <translation>Este artículo ya no está en su biblioteca. El marcador se conserva.</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Ya la hice</translation>
        </message>
        <message>
            <source>Not asked yet: tick it once you have asked</source>
            <translation>Todavía no la hizo: márquela cuando la haya hecho</translation>
        </message>
        <message>
            <source>No bookmark matches your filter.</source>
            <translation>Ningún marcador coincide con su filtro.</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message numerus="yes">
            <source>%n article(s) loaded</source>
            <translation>
                <numerusform>%n artículo cargado</numerusform>
                <numerusform>%n artículos cargados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n omitido</numerusform>
                <numerusform>%n omitidos</numerusform>
            </translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>its language '{language}' has no search analyser of its own, so it is searched by its words as written (without accents)</source>
            <translation>su idioma '{language}' no tiene un analizador de búsqueda propio, así que se busca por sus palabras tal como están escritas (sin acentos)</translation>
        </message>
        <message numerus="yes">
            <source>cancer type '{slug}' has no name in display_names.json; shown as '{name}' (%n article(s))</source>
            <translation>
                <numerusform>el tipo de cáncer '{slug}' no tiene nombre en display_names.json; se muestra como '{name}' (%n artículo)</numerusform>
                <numerusform>el tipo de cáncer '{slug}' no tiene nombre en display_names.json; se muestra como '{name}' (%n artículos)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Total: %n distinct articles loaded</source>
            <translation>
                <numerusform>Total: %n artículo distinto cargado</numerusform>
                <numerusform>Total: %n artículos distintos cargados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files could not be loaded.</source>
            <translation>
                <numerusform>%n archivo no se pudo cargar.</numerusform>
                <numerusform>%n archivos no se pudieron cargar.</numerusform>
            </translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (bad byte at position {position}); save it as UTF-8 and try again</source>
            <translation>el archivo no es texto UTF-8 (byte incorrecto en la posición {position}); guárdelo como UTF-8 e inténtelo de nuevo</translation>
        </message>
        <message>
            <source>the front matter is too long ({size} KB; the limit is {limit} KB)</source>
            <translation>el encabezado (front matter) es demasiado largo ({size} KB; el límite es {limit} KB)</translation>
        </message>
        <message>
            <source>the front matter is not valid YAML</source>
            <translation>el encabezado (front matter) no es YAML válido</translation>
        </message>
        <message>
            <source>the front matter is not valid YAML (line {line})</source>
            <translation>el encabezado (front matter) no es YAML válido (línea {line})</translation>
        </message>
        <message>
            <source>the front matter is nested too deeply</source>
            <translation>el encabezado (front matter) tiene demasiados niveles</translation>
        </message>
        <message>
            <source>the front matter has a number or date that is out of range</source>
            <translation>el encabezado (front matter) tiene un número o una fecha fuera de rango</translation>
        </message>
        <message>
            <source>the file is too large ({size} MB; the limit is {limit} MB)</source>
            <translation>el archivo es demasiado grande ({size} MB; el límite es {limit} MB)</translation>
        </message>
        <message>
            <source>the file cannot be read (permission denied)</source>
            <translation>el archivo no se puede leer (permiso denegado)</translation>
        </message>
        <message>
            <source>the file cannot be read ({problem})</source>
            <translation>el archivo no se puede leer ({problem})</translation>
        </message>
        <message>
            <source>the folder cannot be opened ({problem})</source>
            <translation>la carpeta no se puede abrir ({problem})</translation>
        </message>
        <message>
            <source>the file cannot be opened ({problem})</source>
            <translation>el archivo no se puede abrir ({problem})</translation>
        </message>
        <message>
            <source>the link points at a file that does not exist</source>
            <translation>el enlace apunta a un archivo que no existe</translation>
        </message>
        <message>
            <source>this folder does not exist</source>
            <translation>esta carpeta no existe</translation>
        </message>
        <message>
            <source>this is not a folder</source>
            <translation>esto no es una carpeta</translation>
        </message>
        <message>
            <source>the file could not be understood ({problem})</source>
            <translation>no se pudo entender el archivo ({problem})</translation>
        </message>
        <message>
            <source>hidden because its status is '{status}'</source>
            <translation>oculto porque su estado es '{status}'</translation>
        </message>
        <message>
            <source>the same article (same web address) as {path}</source>
            <translation>el mismo artículo (misma dirección web) que {path}</translation>
        </message>
        <message>
            <source>the same file (same content) as {path}</source>
            <translation>el mismo archivo (mismo contenido) que {path}</translation>
        </message>
        <message>
            <source>the same file as {path}</source>
            <translation>el mismo archivo que {path}</translation>
        </message>
        <message>
            <source>the file is not text (it looks like a PDF document)</source>
            <translation>el archivo no es texto (parece un documento PDF)</translation>
        </message>
        <message>
            <source>the file is not text (it looks like a ZIP archive or Word/EPUB document)</source>
            <translation>el archivo no es texto (parece un archivo ZIP o un documento Word/EPUB)</translation>
        </message>
        <message>
            <source>the file is not text (it looks like an old Microsoft Office document)</source>
            <translation>el archivo no es texto (parece un documento antiguo de Microsoft Office)</translation>
        </message>
        <message>
            <source>the file is not text (it looks like a picture)</source>
            <translation>el archivo no es texto (parece una imagen)</translation>
        </message>
        <message>
            <source>the file is not text (it looks like a rich-text (RTF) document)</source>
            <translation>el archivo no es texto (parece un documento de texto enriquecido (RTF))</translation>
        </message>
        <message>
            <source>the file is not text (it looks like an e-book, such as a .mobi file)</source>
            <translation>el archivo no es texto (parece un libro electrónico, como un archivo .mobi)</translation>
        </message>
        <message>
            <source>the file is not text (it looks like a binary file)</source>
            <translation>el archivo no es texto (parece un archivo binario)</translation>
        </message>
        <message>
            <source>the file is not text (it has many control characters, like a binary file)</source>
            <translation>el archivo no es texto (tiene muchos caracteres de control, como un archivo binario)</translation>
        </message>
        <message>
            <source>the page has no article text, only a web-page message such as 'You need to enable JavaScript' (it was saved from a site that did not load)</source>
            <translation>la página no tiene texto de artículo, solo un mensaje de página web como 'You need to enable JavaScript' (se guardó de un sitio que no cargó)</translation>
        </message>
        <message>
            <source>the article has no readable text</source>
            <translation>el artículo no tiene texto legible</translation>
        </message>
        <message>
            <source>the front matter uses YAML aliases, which are not allowed</source>
            <translation>el encabezado (front matter) usa alias de YAML, que no están permitidos</translation>
        </message>
        <message>
            <source>the front matter is not a list of 'name: value' fields</source>
            <translation>el encabezado (front matter) no es una lista de campos 'nombre: valor'</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>MMMM d, yyyy</source>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <translation>MMMM 'de' yyyy</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>Something went wrong inside the reader. Your bookmarks and notes are safe. You can keep reading; if it happens again, please tell staff.</source>
            <translation>Algo salió mal dentro del lector. Sus marcadores y notas están a salvo. Puede seguir leyendo; si vuelve a pasar, avise al personal.</translation>
        </message>
    </context>
    <context>
        <name>FolderReport</name>
        <message numerus="yes">
            <source>%Ln file(s) could not be opened:</source>
            <translation>
                <numerusform>No se pudo abrir %Ln archivo:</numerusform>
                <numerusform>No se pudieron abrir %Ln archivos:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %Ln more.</source>
            <translation>
                <numerusform>…y %Ln más.</numerusform>
                <numerusform>…y %Ln más.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{folder} is in your library already. %Ln new article(s) found in it.</source>
            <translation>
                <numerusform>{folder} ya está en su biblioteca. Se encontró %Ln artículo nuevo en ella.</numerusform>
                <numerusform>{folder} ya está en su biblioteca. Se encontraron %Ln artículos nuevos en ella.</numerusform>
            </translation>
        </message>
        <message>
            <source>{folder} is in your library already.</source>
            <translation>{folder} ya está en su biblioteca.</translation>
        </message>
        <message>
            <source>Every article in {folder} was in your library already.</source>
            <translation>Todos los artículos de {folder} ya estaban en su biblioteca.</translation>
        </message>
        <message numerus="yes">
            <source>Already in your library: %Ln article(s).</source>
            <translation>
                <numerusform>Ya estaba en su biblioteca: %Ln artículo.</numerusform>
                <numerusform>Ya estaban en su biblioteca: %Ln artículos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was added from {folder}.</source>
            <translation>No se agregó nada de {folder}.</translation>
        </message>
        <message>
            <source>No articles were found in {folder}.</source>
            <translation>No se encontraron artículos en {folder}.</translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln article(s) from {folder}.</source>
            <translation>
                <numerusform>Se agregó %Ln artículo de {folder}.</numerusform>
                <numerusform>Se agregaron %Ln artículos de {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Adding a folder</source>
            <translation>Agregar una carpeta</translation>
        </message>
    </context>
    <context>
        <name>Glossary</name>
        <message>
            <source>A cancer drug. Click to open the article about it in your library:</source>
            <translation>Un medicamento contra el cáncer. Haga clic para abrir el artículo sobre él en su biblioteca:</translation>
        </message>
        <message>
            <source>There is no article about this drug in your library, so this is a short explanation.</source>
            <translation>No hay un artículo sobre este medicamento en su biblioteca, así que esta es una explicación breve.</translation>
        </message>
        <message>
            <source>Sorry, this drug is not in your library or in the offline glossary.</source>
            <translation>Lo sentimos, este medicamento no está en su biblioteca ni en el glosario sin internet.</translation>
        </message>
        <message>
            <source>Sorry, this word is not in the offline glossary, so there is no definition to show.</source>
            <translation>Lo sentimos, esta palabra no está en el glosario sin internet, así que no hay una definición para mostrar.</translation>
        </message>
        <message>
            <source>A plain-language explanation written for this app. Your care team can tell you what it means for you.</source>
            <translation>Una explicación en palabras sencillas escrita para este lector. Su equipo de salud le puede decir qué significa en su caso.</translation>
        </message>
        <message>
            <source>This word</source>
            <translation>Esta palabra</translation>
        </message>
        <message>
            <source>From: {source}</source>
            <translation>Fuente: {source}</translation>
        </message>
        <message>
            <source>Also called: {words}</source>
            <translation>También se llama: {words}</translation>
        </message>
        <message>
            <source>Related words: {words}</source>
            <translation>Palabras relacionadas: {words}</translation>
        </message>
        <message>
            <source>Articles that use this word</source>
            <translation>Artículos que usan esta palabra</translation>
        </message>
        <message>
            <source>No article in your library links to this word.</source>
            <translation>Ningún artículo de su biblioteca enlaza esta palabra.</translation>
        </message>
        <message>
            <source>Words in this article</source>
            <translation>Palabras de este artículo</translation>
        </message>
        <message>
            <source>This article has no words from the glossary.</source>
            <translation>Este artículo no tiene palabras del glosario.</translation>
        </message>
        <message>
            <source>Choose a word from the list below, or click a marked word in an article.</source>
            <translation>Elija una palabra de la lista de abajo, o haga clic en una palabra marcada de un artículo.</translation>
        </message>
        <message>
            <source>Open an article to see the glossary words it uses.</source>
            <translation>Abra un artículo para ver las palabras del glosario que usa.</translation>
        </message>
        <message>
            <source>Looking for articles that use this word…</source>
            <translation>Buscando artículos que usan esta palabra…</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>Glosario</translation>
        </message>
        <message>
            <source>Chosen word</source>
            <translation>Palabra elegida</translation>
        </message>
        <message>
            <source>Type to filter the words</source>
            <translation>Escriba para filtrar las palabras</translation>
        </message>
        <message>
            <source>Filter the glossary</source>
            <translation>Filtrar el glosario</translation>
        </message>
        <message>
            <source>All glossary words, A to Z</source>
            <translation>Todas las palabras del glosario, de la A a la Z</translation>
        </message>
        <message>
            <source>&amp;Find a word:</source>
            <translation>&amp;Buscar una palabra:</translation>
        </message>
        <message>
            <source>In this article</source>
            <translation>En este artículo</translation>
        </message>
        <message>
            <source>All words A–Z</source>
            <translation>Todas las palabras A–Z</translation>
        </message>
        <message>
            <source>Meaning of {word}</source>
            <translation>Significado de {word}</translation>
        </message>
        <message>
            <source>Your imported glossary could not be read, so the built-in one is used. The old file was kept as {moved}. ({problem})</source>
            <translation>No se pudo leer el glosario que usted importó, así que se usa el que trae el lector. El archivo anterior se guardó como {moved}. ({problem})</translation>
        </message>
        <message>
            <source>Your imported glossary could not be opened ({problem}). The built-in one is used.</source>
            <translation>No se pudo abrir el glosario que usted importó ({problem}). Se usa el que trae el lector.</translation>
        </message>
        <message>
            <source>The built-in glossary could not be read, so no definitions are available.</source>
            <translation>No se pudo leer el glosario del lector, así que no hay definiciones.</translation>
        </message>
        <message>
            <source>Press Escape to go back to the article.</source>
            <translation>Pulse Escape para volver al artículo.</translation>
        </message>
    </context>
    <context>
        <name>Handouts</name>
        <message>
            <source>Words in this article</source>
            <translation>Palabras de este artículo</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Citation</source>
            <translation>Cita</translation>
        </message>
        <message>
            <source>Last reviewed</source>
            <translation>Última revisión</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Dirección web</translation>
        </message>
        <message>
            <source>{date} from the Cancer Information Reader</source>
            <translation>{date}, desde el Lector de información sobre el cáncer</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Impreso</translation>
        </message>
        <message>
            <source>About this handout</source>
            <translation>Sobre esta hoja informativa</translation>
        </message>
        <message>
            <source>Last reviewed {date}</source>
            <translation>Última revisión: {date}</translation>
        </message>
        <message>
            <source>Page {number} of {pages}</source>
            <translation>Página {number} de {pages}</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>Print this article as a handout (Ctrl+P)</source>
            <translation>Imprimir este artículo como hoja informativa (Ctrl+P)</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Guardar como P&amp;DF…</translation>
        </message>
        <message>
            <source>Save this article as a PDF handout</source>
            <translation>Guardar este artículo como hoja informativa en PDF</translation>
        </message>
        <message>
            <source>&amp;Large type in handouts</source>
            <translation>&amp;Letra grande en las hojas impresas</translation>
        </message>
        <message>
            <source>Sorry, the printer could not be used.</source>
            <translation>Lo sentimos, no se pudo usar la impresora.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %Ln page(s) to the printer.</source>
            <translation>
                <numerusform>Se envió %Ln página a la impresora.</numerusform>
                <numerusform>Se enviaron %Ln páginas a la impresora.</numerusform>
            </translation>
        </message>
        <message>
            <source>Print this article</source>
            <translation>Imprimir este artículo</translation>
        </message>
        <message>
            <source>The printed pages</source>
            <translation>Las páginas impresas</translation>
        </message>
        <message>
            <source>Smaller</source>
            <translation>Más pequeño</translation>
        </message>
        <message>
            <source>Show the pages smaller</source>
            <translation>Ver las páginas más pequeñas</translation>
        </message>
        <message>
            <source>Bigger</source>
            <translation>Más grande</translation>
        </message>
        <message>
            <source>Show the pages bigger</source>
            <translation>Ver las páginas más grandes</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Choose a printer and print these pages</source>
            <translation>Elegir una impresora e imprimir estas páginas</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Sorry, the PDF could not be saved ({problem}).</source>
            <translation>Lo sentimos, no se pudo guardar el PDF ({problem}).</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln page(s) to {path}</source>
            <translation>
                <numerusform>Se guardó %Ln página en {path}</numerusform>
                <numerusform>Se guardaron %Ln páginas en {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>&amp;How to use this reader</source>
            <translation>&amp;Cómo usar este lector</translation>
        </message>
        <message>
            <source>The keys and what this reader does (F1)</source>
            <translation>Las teclas y lo que hace este lector (F1)</translation>
        </message>
        <message>
            <source>How to use this reader</source>
            <translation>Cómo usar este lector</translation>
        </message>
        <message>
            <source>This reader has trusted information about cancer from the National Cancer Institute. It works without the internet.</source>
            <translation>Este lector tiene información confiable sobre el cáncer del Instituto Nacional del Cáncer. Funciona sin internet.</translation>
        </message>
        <message>
            <source>What you read, your bookmarks and your questions stay on this computer. The reader does not send them anywhere.</source>
            <translation>Lo que usted lee, sus marcadores y sus preguntas se quedan en esta computadora. El lector no los envía a ningún lugar.</translation>
        </message>
        <message>
            <source>The articles help you learn. They do not take the place of advice from your doctor or nurse.</source>
            <translation>Los artículos le ayudan a aprender. No reemplazan los consejos de su médico o de su enfermera.</translation>
        </message>
        <message>
            <source>You can use a mouse or only the keyboard. Screen readers can read every part of the window. These are the keys:</source>
            <translation>Puede usar el ratón o solo el teclado. Los lectores de pantalla pueden leer todas las partes de la ventana. Estas son las teclas:</translation>
        </message>
        <message>
            <source>Find an article</source>
            <translation>Buscar un artículo</translation>
        </message>
        <message>
            <source>Go to the search box. Type a few words, like “lump in my neck”.</source>
            <translation>Ir a la casilla de búsqueda. Escriba unas palabras, como «caída del cabello».</translation>
        </message>
        <message>
            <source>Down arrow</source>
            <translation>Flecha abajo</translation>
        </message>
        <message>
            <source>Move from the search box to the list of results.</source>
            <translation>Pasar de la casilla de búsqueda a la lista de resultados.</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>Open the article you chose.</source>
            <translation>Abrir el artículo que eligió.</translation>
        </message>
        <message>
            <source>Go to the next place in the article that matches your search.</source>
            <translation>Ir al siguiente lugar del artículo que coincide con su búsqueda.</translation>
        </message>
        <message>
            <source>Find words in the article you are reading.</source>
            <translation>Buscar palabras en el artículo que está leyendo.</translation>
        </message>
        <message>
            <source>Read an article</source>
            <translation>Leer un artículo</translation>
        </message>
        <message>
            <source>H, Shift+H</source>
            <translation>H, Mayúsculas+H</translation>
        </message>
        <message>
            <source>Jump to the next heading, or back to the one before.</source>
            <translation>Saltar al siguiente título, o volver al anterior.</translation>
        </message>
        <message>
            <source>Tab, Shift+Tab</source>
            <translation>Tab, Mayúsculas+Tab</translation>
        </message>
        <message>
            <source>Move from link to link.</source>
            <translation>Pasar de un enlace a otro.</translation>
        </message>
        <message>
            <source>On a word that is underlined with dots: show what the word means. Escape closes it.</source>
            <translation>En una palabra subrayada con puntos: ver qué significa. Escape lo cierra.</translation>
        </message>
        <message>
            <source>Turn the text cursor on or off. When it is on, the arrow keys read the article line by line.</source>
            <translation>Activar o desactivar el cursor de texto. Cuando está activado, las flechas leen el artículo línea por línea.</translation>
        </message>
        <message>
            <source>Go back to the page before.</source>
            <translation>Volver a la página anterior.</translation>
        </message>
        <message>
            <source>Go forward again.</source>
            <translation>Ir hacia adelante otra vez.</translation>
        </message>
        <message>
            <source>Go to the home page.</source>
            <translation>Ir a la página de inicio.</translation>
        </message>
        <message>
            <source>Show or hide the list of articles and the headings of the article.</source>
            <translation>Mostrar u ocultar la lista de artículos y los títulos del artículo.</translation>
        </message>
        <message>
            <source>Make the text bigger or smaller</source>
            <translation>Hacer el texto más grande o más pequeño</translation>
        </message>
        <message>
            <source>Bigger text.</source>
            <translation>Texto más grande.</translation>
        </message>
        <message>
            <source>Smaller text.</source>
            <translation>Texto más pequeño.</translation>
        </message>
        <message>
            <source>The usual size. The article keeps your place at every size.</source>
            <translation>El tamaño habitual. Con cualquier tamaño, usted no pierde su lugar en el artículo.</translation>
        </message>
        <message>
            <source>View menu</source>
            <translation>Menú Ver</translation>
        </message>
        <message>
            <source>Choose dark colours or high contrast, more space between lines or an easy-to-read font.</source>
            <translation>Elegir colores oscuros o alto contraste, más espacio entre líneas o una letra fácil de leer.</translation>
        </message>
        <message>
            <source>Keep what matters to you</source>
            <translation>Guardar lo que le importa</translation>
        </message>
        <message>
            <source>Bookmark the part you are reading. You can give it a name and a note.</source>
            <translation>Poner un marcador en la parte que está leyendo. Puede darle un nombre y una nota.</translation>
        </message>
        <message>
            <source>Show your bookmarks and your questions for the doctor.</source>
            <translation>Ver sus marcadores y sus preguntas para el médico.</translation>
        </message>
        <message>
            <source>Print the article.</source>
            <translation>Imprimir el artículo.</translation>
        </message>
        <message>
            <source>Save the article as a PDF file.</source>
            <translation>Guardar el artículo como archivo PDF.</translation>
        </message>
        <message>
            <source>Menus and this page</source>
            <translation>Los menús y esta página</translation>
        </message>
        <message>
            <source>Alt+letter</source>
            <translation>Alt+letra</translation>
        </message>
        <message>
            <source>Open a menu: hold Alt and press the underlined letter of its name, like Alt+F for File.</source>
            <translation>Abrir un menú: mantenga pulsada la tecla Alt y pulse la letra subrayada de su nombre, como Alt+A para Archivo.</translation>
        </message>
        <message>
            <source>Open this page again. Escape closes it.</source>
            <translation>Abrir esta página otra vez. Escape la cierra.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <source>Use the arrow keys to read. Press Escape to close.</source>
            <translation>Use las flechas para leer. Pulse Escape para cerrar.</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>Welcome</source>
            <translation>Bienvenido</translation>
        </message>
        <message>
            <source>This reader has trusted information about cancer. Everything is on this computer, so it works without the internet, and what you read stays private.</source>
            <translation>Este lector tiene información confiable sobre el cáncer. Todo está en esta computadora, así que funciona sin internet y lo que usted lee es privado.</translation>
        </message>
        <message numerus="yes">
            <source>Your library has %Ln article(s)</source>
            <translation>
                <numerusform>Su biblioteca tiene %Ln artículo</numerusform>
                <numerusform>Su biblioteca tiene %Ln artículos</numerusform>
            </translation>
        </message>
        <message>
            <source>Start here:</source>
            <translation>Empiece aquí:</translation>
        </message>
        <message>
            <source>New to this?</source>
            <translation>¿Es nuevo en esto?</translation>
        </message>
        <message>
            <source>Your type of cancer</source>
            <translation>Su tipo de cáncer</translation>
        </message>
        <message>
            <source>Find every article in the list on the left, or search for a word.</source>
            <translation>Encontrará todos los artículos en la lista de la izquierda, o busque una palabra.</translation>
        </message>
        <message>
            <source>No articles could be found. Please ask staff for help.</source>
            <translation>No se encontró ningún artículo. Pida ayuda al personal.</translation>
        </message>
        <message>
            <source>Adding articles</source>
            <translation>Añadir artículos</translation>
        </message>
        <message>
            <source>Your clinic can add its own articles. Choose &lt;b&gt;Add a folder of articles&lt;/b&gt; below and pick a folder of Markdown (.md) files.</source>
            <translation>Su clínica puede añadir sus propios artículos. Elija &lt;b&gt;Añadir una carpeta de artículos&lt;/b&gt; abajo y escoja una carpeta de archivos Markdown (.md).</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Add a folder of articles…</source>
            <translation>Añadir una carpeta de artículos…</translation>
        </message>
        <message>
            <source>Add a folder of articles</source>
            <translation>Añadir una carpeta de artículos</translation>
        </message>
        <message>
            <source>Opening your library… This takes a moment the first time.</source>
            <translation>Abriendo su biblioteca… La primera vez tarda un momento.</translation>
        </message>
    </context>
    <context>
        <name>Kiosk</name>
        <message>
            <source>Are you still reading?</source>
            <translation>¿Sigue leyendo?</translation>
        </message>
        <message>
            <source>Seconds left</source>
            <translation>Segundos que quedan</translation>
        </message>
        <message>
            <source>Keep reading</source>
            <translation>Seguir leyendo</translation>
        </message>
        <message numerus="yes">
            <source>To keep your reading private, this screen will start over in %n second(s). Tap the button if you are still here.</source>
            <translation>
                <numerusform>Para que su lectura siga siendo privada, esta pantalla volverá a empezar en %n segundo. Toque el botón si todavía está aquí.</numerusform>
                <numerusform>Para que su lectura siga siendo privada, esta pantalla volverá a empezar en %n segundos. Toque el botón si todavía está aquí.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>⌫ Delete letter</source>
            <translation>⌫ Borrar letra</translation>
        </message>
        <message>
            <source>Delete the letter before</source>
            <translation>Borrar la letra anterior</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espacio</translation>
        </message>
        <message>
            <source>Go</source>
            <translation>Ir</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>On-screen keyboard</source>
            <translation>Teclado en pantalla</translation>
        </message>
        <message>
            <source>⇧ Capitals</source>
            <translation>⇧ Mayúsculas</translation>
        </message>
        <message>
            <source>Capital letters</source>
            <translation>Letras mayúsculas</translation>
        </message>
        <message>
            <source>Accented letters</source>
            <translation>Letras con acento</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Hide the keyboard</source>
            <translation>Ocultar el teclado</translation>
        </message>
        <message>
            <source>Letter {letter}</source>
            <translation>Letra {letter}</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Teclado</translation>
        </message>
        <message>
            <source>This link cannot be opened on this screen.</source>
            <translation>Este enlace no se puede abrir en esta pantalla.</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Clear everything and start again for the next person</source>
            <translation>Borrar todo y empezar de nuevo para la próxima persona</translation>
        </message>
        <message>
            <source>Article buttons</source>
            <translation>Botones del artículo</translation>
        </message>
        <message numerus="yes">
            <source>For staff: %Ln library folder(s) not found: {folders}</source>
            <translation>
                <numerusform>Para el personal: no se encontró %Ln carpeta de la biblioteca: {folders}</numerusform>
                <numerusform>Para el personal: no se encontraron %Ln carpetas de la biblioteca: {folders}</numerusform>
            </translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>No staff PIN is set up on this computer, so kiosk mode cannot be left from here. Please ask IT.</source>
            <translation>No hay un PIN del personal en esta computadora, así que no se puede salir del modo quiosco desde aquí. Pregunte al equipo de informática.</translation>
        </message>
        <message>
            <source>Staff only</source>
            <translation>Solo para el personal</translation>
        </message>
        <message>
            <source>Staff PIN</source>
            <translation>PIN del personal</translation>
        </message>
        <message>
            <source>Delete the last digit</source>
            <translation>Borrar el último número</translation>
        </message>
        <message>
            <source>Meaning of “{words}”</source>
            <translation>Significado de “{words}”</translation>
        </message>
        <message>
            <source>Which link did you mean?</source>
            <translation>¿Qué enlace quería abrir?</translation>
        </message>
        <message>
            <source>These links are close together. Tap the one you want.</source>
            <translation>Estos enlaces están muy juntos. Toque el que quiere abrir.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>That PIN is not right. Please try again.</source>
            <translation>Ese PIN no es correcto. Inténtelo de nuevo.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Please wait %Ln second(s), then try again.</source>
            <translation>
                <numerusform>Demasiados PIN equivocados. Espere %Ln segundo y vuelva a intentarlo.</numerusform>
                <numerusform>Demasiados PIN equivocados. Espere %Ln segundos y vuelva a intentarlo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter the staff PIN to leave kiosk mode.</source>
            <translation>Escriba el PIN del personal para salir del modo quiosco.</translation>
        </message>
    </context>
    <context>
        <name>KioskHome</name>
        <message>
            <source>Trusted information about cancer. Tap a subject to start reading. Everything is on this computer, and what you read here is forgotten when you leave.</source>
            <translation>Información confiable sobre el cáncer. Toque un tema para empezar a leer. Todo está en esta computadora, y lo que lea aquí se olvida cuando se vaya.</translation>
        </message>
        <message>
            <source>All articles, A to Z</source>
            <translation>Todos los artículos, de la A a la Z</translation>
        </message>
        <message>
            <source>All cancer types, A to Z</source>
            <translation>Todos los tipos de cáncer, de la A a la Z</translation>
        </message>
        <message>
            <source>Show everything in this language</source>
            <translation>Ver todo en este idioma</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>%Ln artículo</numerusform>
                <numerusform>%Ln artículos</numerusform>
            </translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>‹  All subjects</source>
            <translation>‹  Todos los temas</translation>
        </message>
        <message>
            <source>Back to all subjects</source>
            <translation>Volver a todos los temas</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Artículos</translation>
        </message>
        <message>
            <source>Opening the library…</source>
            <translation>Abriendo la biblioteca…</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Bienvenido</translation>
        </message>
        <message>
            <source>Most common cancers</source>
            <translation>Los cánceres más comunes</translation>
        </message>
        <message>
            <source>Types of cancer</source>
            <translation>Tipos de cáncer</translation>
        </message>
        <message numerus="yes">
            <source>%Ln type(s)</source>
            <translation>
                <numerusform>%Ln tipo</numerusform>
                <numerusform>%Ln tipos</numerusform>
            </translation>
        </message>
        <message>
            <source>No articles could be found. Please ask staff for help.</source>
            <translation>No se encontró ningún artículo. Pida ayuda al personal.</translation>
        </message>
        <message>
            <source>Where to start</source>
            <translation>Por dónde empezar</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>Lan&amp;guage</source>
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
        <name>Languages</name>
        <message>
            <source>In English</source>
            <translation>En inglés</translation>
        </message>
        <message>
            <source>In Spanish</source>
            <translation>En español</translation>
        </message>
        <message>
            <source>In {language}</source>
            <translation>En {language}</translation>
        </message>
        <message>
            <source>English</source>
            <translation>inglés</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>español</translation>
        </message>
        <message>
            <source>French</source>
            <translation>francés</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>portugués</translation>
        </message>
        <message>
            <source>German</source>
            <translation>alemán</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>italiano</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>chino</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>vietnamita</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>coreano</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>árabe</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>ruso</translation>
        </message>
        <message>
            <source>Hindi</source>
            <translation>hindi</translation>
        </message>
        <message>
            <source>Tagalog</source>
            <translation>tagalo</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>japonés</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>polaco</translation>
        </message>
        <message>
            <source>Haitian Creole</source>
            <translation>criollo haitiano</translation>
        </message>
    </context>
    <context>
        <name>Layout</name>
        <message>
            <source>More</source>
            <translation>Más</translation>
        </message>
        <message>
            <source>More ▾</source>
            <translation>Más ▾</translation>
        </message>
        <message>
            <source>More buttons</source>
            <translation>Más botones</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>The article you asked for is not in this library.</source>
            <translation>El artículo que pidió no está en esta biblioteca.</translation>
        </message>
    </context>
    <context>
        <name>LibraryBrowser</name>
        <message>
            <source>Any reading level</source>
            <translation>Cualquier nivel de lectura</translation>
        </message>
        <message>
            <source>Browse the library</source>
            <translation>Explorar la biblioteca</translation>
        </message>
        <message>
            <source>Articles by cancer type</source>
            <translation>Artículos por tipo de cáncer</translation>
        </message>
        <message>
            <source>Articles by topic</source>
            <translation>Artículos por tema</translation>
        </message>
        <message>
            <source>Filter titles</source>
            <translation>Filtrar títulos</translation>
        </message>
        <message>
            <source>Filter article titles</source>
            <translation>Filtrar los títulos de los artículos</translation>
        </message>
        <message>
            <source>All articles, A to Z</source>
            <translation>Todos los artículos, de la A a la Z</translation>
        </message>
        <message>
            <source>Cancer types</source>
            <translation>Tipos de cáncer</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>A–Z</source>
            <translation>A–Z</translation>
        </message>
        <message>
            <source>Show articles at this reading level</source>
            <translation>Mostrar artículos de este nivel de lectura</translation>
        </message>
    </context>
    <context>
        <name>Links</name>
        <message>
            <source>Definition</source>
            <translation>Definición</translation>
        </message>
        <message>
            <source>Glossary word. Press Enter for its meaning.</source>
            <translation>Palabra del glosario. Pulse Intro para ver qué significa.</translation>
        </message>
        <message>
            <source>Medicine. Press Enter to learn about it.</source>
            <translation>Medicamento. Pulse Intro para saber más.</translation>
        </message>
        <message>
            <source>Opens another article.</source>
            <translation>Abre otro artículo.</translation>
        </message>
        <message>
            <source>Not in your offline library.</source>
            <translation>No está en su biblioteca sin conexión.</translation>
        </message>
        <message>
            <source>Goes to another part of this article.</source>
            <translation>Va a otra parte de este artículo.</translation>
        </message>
        <message>
            <source>Reference {number}</source>
            <translation>Referencia {number}</translation>
        </message>
        <message>
            <source>Web address. It cannot be opened offline.</source>
            <translation>Dirección web. No se puede abrir sin conexión.</translation>
        </message>
        <message>
            <source>Definition: {words}</source>
            <translation>Definición: {words}</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <source>Drug: {words}</source>
            <translation>Medicamento: {words}</translation>
        </message>
        <message>
            <source>Link to another article</source>
            <translation>Enlace a otro artículo</translation>
        </message>
        <message>
            <source>Link to another article: {words}</source>
            <translation>Enlace a otro artículo: {words}</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Dirección web</translation>
        </message>
        <message>
            <source>Web address (not opened offline): {words}</source>
            <translation>Dirección web (no se abre sin internet): {words}</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <source>Link: {words}</source>
            <translation>Enlace: {words}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Cancer Information Reader</source>
            <translation>Lector de información sobre el cáncer</translation>
        </message>
        <message>
            <source>This page is not in your offline library, so it cannot be opened here.</source>
            <translation>Esta página no está en su biblioteca sin internet, así que no se puede abrir aquí.</translation>
        </message>
        <message>
            <source>This link goes to a website. This reader works without the internet, so it cannot open it.</source>
            <translation>Este enlace lleva a un sitio web. Este lector funciona sin internet, así que no puede abrirlo.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;Bookmarks</source>
            <translation>&amp;Marcadores</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>On this page</source>
            <translation>En esta página</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>Go back (Alt+Left)</source>
            <translation>Volver atrás (Alt+Izquierda)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>A&amp;delante</translation>
        </message>
        <message>
            <source>Go forward (Alt+Right)</source>
            <translation>Ir adelante (Alt+Derecha)</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <translation>&amp;Inicio</translation>
        </message>
        <message>
            <source>Go to the home page (Alt+Home)</source>
            <translation>Ir a la página de inicio (Alt+Inicio)</translation>
        </message>
        <message>
            <source>F&amp;ind in article…</source>
            <translation>B&amp;uscar en el artículo…</translation>
        </message>
        <message>
            <source>☰ Bro&amp;wse</source>
            <translation>☰ &amp;Explorar</translation>
        </message>
        <message>
            <source>Show or hide the list of articles and the article's headings (F9)</source>
            <translation>Mostrar u ocultar la lista de artículos y los títulos del artículo (F9)</translation>
        </message>
        <message>
            <source>&amp;Add a folder of articles…</source>
            <translation>&amp;Añadir una carpeta de artículos…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;About Cancer Information Reader</source>
            <translation>&amp;Acerca del Lector de información sobre el cáncer</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra principal</translation>
        </message>
        <message>
            <source>More buttons</source>
            <translation>Más botones</translation>
        </message>
        <message>
            <source>Text size: {percent}%</source>
            <translation>Tamaño del texto: {percent} %</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article(s) in your library</source>
            <translation>
                <numerusform>%Ln artículo en su biblioteca</numerusform>
                <numerusform>%Ln artículos en su biblioteca</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s) could not be opened and will not be shown</source>
            <translation>
                <numerusform>%Ln archivo no se pudo abrir y no se mostrará</numerusform>
                <numerusform>%Ln archivos no se pudieron abrir y no se mostrarán</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln folder(s) with no articles: {folders}</source>
            <translation>
                <numerusform>%Ln carpeta sin artículos: {folders}</numerusform>
                <numerusform>%Ln carpetas sin artículos: {folders}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln folder(s) not found: {folders}</source>
            <translation>
                <numerusform>No se encontró %Ln carpeta: {folders}</numerusform>
                <numerusform>No se encontraron %Ln carpetas: {folders}</numerusform>
            </translation>
        </message>
        <message>
            <source>Opening your library…</source>
            <translation>Abriendo su biblioteca…</translation>
        </message>
        <message>
            <source>Choose a folder of articles</source>
            <translation>Elija una carpeta de artículos</translation>
        </message>
        <message>
            <source>Adding articles from {folder}…</source>
            <translation>Añadiendo artículos de {folder}…</translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln article(s) from {folder}</source>
            <translation>
                <numerusform>Se añadió %Ln artículo de {folder}</numerusform>
                <numerusform>Se añadieron %Ln artículos de {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>That article is not in your library any more.</source>
            <translation>Ese artículo ya no está en su biblioteca.</translation>
        </message>
        <message>
            <source>Opening {title}…</source>
            <translation>Abriendo {title}…</translation>
        </message>
        <message>
            <source>{title} – Cancer Information Reader</source>
            <translation>{title} – Lector de información sobre el cáncer</translation>
        </message>
        <message>
            <source>Sorry, this article could not be shown. It may be damaged.</source>
            <translation>Lo sentimos, este artículo no se puede mostrar. Puede estar dañado.</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>Copiar la dirección</translation>
        </message>
        <message>
            <source>Copy the web address</source>
            <translation>Copiar la dirección web</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Close the message</source>
            <translation>Cerrar el mensaje</translation>
        </message>
        <message>
            <source>The address was copied.</source>
            <translation>Se copió la dirección.</translation>
        </message>
    </context>
    <context>
        <name>Packs</name>
        <message>
            <source>This library was published more than a year ago. Most of it is still useful, but some details may have changed since then. Your care team can tell you about anything new.</source>
            <translation>Esta biblioteca se publicó hace más de un año. Casi todo sigue siendo útil, pero algunos detalles pueden haber cambiado desde entonces. Su equipo de atención médica puede contarle lo que haya de nuevo.</translation>
        </message>
        <message>
            <source>“{title}” (version {version}) was published by {publisher} on {date}.</source>
            <translation>“{title}” (versión {version}) fue publicada por {publisher} el {date}.</translation>
        </message>
        <message>
            <source>“{title}” (version {version}) was published by {publisher}.</source>
            <translation>“{title}” (versión {version}) fue publicada por {publisher}.</translation>
        </message>
        <message>
            <source>The install was stopped; nothing was changed.</source>
            <translation>Se detuvo la instalación; no se cambió nada.</translation>
        </message>
        <message>
            <source>{problem} Nothing was changed. {step}</source>
            <translation>{problem} No se cambió nada. {step}</translation>
        </message>
        <message>
            <source>The pack could not be installed, so nothing was changed. Try again; if it fails again, ask your clinic's IT team for help.</source>
            <translation>No se pudo instalar el paquete, así que no se cambió nada. Vuelva a intentarlo; si falla otra vez, pida ayuda al equipo de informática de su clínica.</translation>
        </message>
        <message>
            <source>I&amp;nstall a library pack…</source>
            <translation>Instalar un &amp;paquete de biblioteca…</translation>
        </message>
        <message>
            <source>Install a library pack from a file (for example from a USB stick)</source>
            <translation>Instalar un paquete de biblioteca desde un archivo (por ejemplo, de una memoria USB)</translation>
        </message>
        <message>
            <source>Choose a library pack</source>
            <translation>Elija un paquete de biblioteca</translation>
        </message>
        <message>
            <source>Library packs (*.pack);;All files (*)</source>
            <translation>Paquetes de biblioteca (*.pack);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>A library pack is being installed; please wait until it is done.</source>
            <translation>Se está instalando un paquete de biblioteca; espere hasta que termine.</translation>
        </message>
        <message>
            <source>Checking and installing “{title}”…</source>
            <translation>Comprobando e instalando “{title}”…</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Detener</translation>
        </message>
        <message>
            <source>Installing a library pack</source>
            <translation>Instalando un paquete de biblioteca</translation>
        </message>
        <message>
            <source>“{title}” version {version} is installed already.</source>
            <translation>“{title}” versión {version} ya está instalado.</translation>
        </message>
        <message>
            <source>Installed “{title}” version {version}: {changes}.</source>
            <translation>Se instaló “{title}” versión {version}: {changes}.</translation>
        </message>
        <message>
            <source>Installed “{title}” version {version}:</source>
            <translation>Se instaló “{title}” versión {version}:</translation>
        </message>
        <message>
            <source>Installed “{title}” version {version}. Every article in it was in your library already.</source>
            <translation>Se instaló “{title}” versión {version}. Todos sus artículos ya estaban en su biblioteca.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln new article(s).</source>
            <translation>
                <numerusform>%Ln artículo nuevo.</numerusform>
                <numerusform>%Ln artículos nuevos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Already in your library: %Ln article(s).</source>
            <translation>
                <numerusform>Ya estaba en su biblioteca: %Ln artículo.</numerusform>
                <numerusform>Ya estaban en su biblioteca: %Ln artículos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The pack was not installed</source>
            <translation>El paquete no se instaló</translation>
        </message>
        <message>
            <source>Signed by a publisher this computer trusts.</source>
            <translation>Firmado por un editor en el que confía esta computadora.</translation>
        </message>
        <message>
            <source>Checking every file in the pack…</source>
            <translation>Revisando cada archivo del paquete…</translation>
        </message>
        <message>
            <source>Every file in it was checked and is whole.</source>
            <translation>Se revisó cada archivo y todos están completos.</translation>
        </message>
        <message>
            <source>Nothing: this version is installed already.</source>
            <translation>Nada: esta versión ya está instalada.</translation>
        </message>
        <message>
            <source>Cannot be installed.</source>
            <translation>No se puede instalar.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article(s) added</source>
            <translation>
                <numerusform>%Ln artículo nuevo</numerusform>
                <numerusform>%Ln artículos nuevos</numerusform>
            </translation>
        </message>
        <message>
            <source>{added}, {changed} changed, {removed} removed</source>
            <translation>{added}, {changed} cambiados, {removed} quitados</translation>
        </message>
        <message>
            <source>Install a library pack</source>
            <translation>Instalar un paquete de biblioteca</translation>
        </message>
        <message>
            <source> (you have version {version})</source>
            <translation> (usted tiene la versión {version})</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>De:</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Versión:</translation>
        </message>
        <message>
            <source>Made on:</source>
            <translation>Hecho el:</translation>
        </message>
        <message>
            <source>What changes:</source>
            <translation>Qué cambia:</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Tamaño:</translation>
        </message>
        <message>
            <source>Show details for staff</source>
            <translation>Mostrar detalles para el personal</translation>
        </message>
        <message>
            <source>&amp;Install</source>
            <translation>&amp;Instalar</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>Hide details for staff</source>
            <translation>Ocultar detalles para el personal</translation>
        </message>
        <message>
            <source>Ask whoever gave you this pack for a new copy.</source>
            <translation>Pida una copia nueva a quien le dio este paquete.</translation>
        </message>
        <message>
            <source>Ask your clinic's IT team, or whoever gave you this pack, to set this computer up to trust “{publisher}”.</source>
            <translation>Pida al equipo de informática de su clínica, o a quien le dio este paquete, que prepare esta computadora para confiar en “{publisher}”.</translation>
        </message>
        <message>
            <source>Ask your clinic's IT team to update this reader.</source>
            <translation>Pida al equipo de informática de su clínica que actualice este lector.</translation>
        </message>
        <message>
            <source>This pack is damaged, or it was changed after it was made.</source>
            <translation>Este paquete está dañado o se cambió después de hacerlo.</translation>
        </message>
        <message>
            <source>This pack holds files that are not safe to open.</source>
            <translation>Este paquete tiene archivos que no es seguro abrir.</translation>
        </message>
        <message>
            <source>Do not use it, and tell whoever gave it to you.</source>
            <translation>No lo use y avise a quien se lo dio.</translation>
        </message>
        <message>
            <source>This pack is larger than this reader can open.</source>
            <translation>Este paquete es más grande de lo que este lector puede abrir.</translation>
        </message>
        <message>
            <source>Ask whoever gave you this pack for a smaller one.</source>
            <translation>Pida un paquete más pequeño a quien le dio este.</translation>
        </message>
        <message>
            <source>This file is not a library pack.</source>
            <translation>Este archivo no es un paquete de biblioteca.</translation>
        </message>
        <message>
            <source>Check that you chose the right file.</source>
            <translation>Revise que eligió el archivo correcto.</translation>
        </message>
        <message>
            <source>This pack needs a newer version of this reader.</source>
            <translation>Este paquete necesita una versión más nueva de este lector.</translation>
        </message>
        <message>
            <source>manifest.json: {what} is missing or wrong.</source>
            <translation>manifest.json: {what} falta o está mal.</translation>
        </message>
        <message>
            <source>manifest.json is not readable JSON.</source>
            <translation>manifest.json no es un JSON que se pueda leer.</translation>
        </message>
        <message>
            <source>manifest.json is not a library pack's manifest.</source>
            <translation>manifest.json no es el manifiesto de un paquete de biblioteca.</translation>
        </message>
        <message>
            <source>Pack format {found}; this reader reads up to {known}.</source>
            <translation>Formato del paquete: {found}; este lector lee hasta el {known}.</translation>
        </message>
        <message>
            <source>It unpacks to more than {limit} GB.</source>
            <translation>Al abrirlo ocupa más de {limit} GB.</translation>
        </message>
        <message>
            <source>A file name that is not allowed: {name}</source>
            <translation>Un nombre de archivo no permitido: {name}</translation>
        </message>
        <message>
            <source>A link or special file: {name}</source>
            <translation>Un enlace o archivo especial: {name}</translation>
        </message>
        <message>
            <source>A file larger than {limit} MB: {name}</source>
            <translation>Un archivo de más de {limit} MB: {name}</translation>
        </message>
        <message>
            <source>A file that unpacks to far more than its size: {name}</source>
            <translation>Un archivo que al abrirlo ocupa mucho más que su tamaño: {name}</translation>
        </message>
        <message>
            <source>An encrypted file: {name}</source>
            <translation>Un archivo cifrado: {name}</translation>
        </message>
        <message>
            <source>“{title}” is installed already, from a different publisher key.</source>
            <translation>“{title}” ya está instalado, con otra clave de editor.</translation>
        </message>
        <message>
            <source>Ask your clinic's IT team which one to keep.</source>
            <translation>Pregunte al equipo de informática de su clínica cuál debe quedarse.</translation>
        </message>
        <message>
            <source>Installed: key {old}; this pack: key {new}. To replace it: cancer-reader pack remove {id}, then install this pack.</source>
            <translation>Instalado: clave {old}; este paquete: clave {new}. Para cambiarlo: cancer-reader pack remove {id} y luego instale este paquete.</translation>
        </message>
        <message>
            <source>This pack is version {new} of “{title}”, older than the version {old} you have.</source>
            <translation>Este paquete es la versión {new} de “{title}”, más vieja que la versión {old} que usted tiene.</translation>
        </message>
        <message>
            <source>You can keep the one you have.</source>
            <translation>Puede quedarse con la que tiene.</translation>
        </message>
        <message>
            <source>To install it anyway: cancer-reader pack install --downgrade FILE.</source>
            <translation>Para instalarlo de todos modos: cancer-reader pack install --downgrade ARCHIVO.</translation>
        </message>
        <message>
            <source>This pack says it is version {version} of “{title}”, but the version {version} you have is different.</source>
            <translation>Este paquete dice ser la versión {version} de “{title}”, pero la versión {version} que usted tiene es distinta.</translation>
        </message>
        <message>
            <source>Ask “{publisher}” for a copy with a new version number.</source>
            <translation>Pida a “{publisher}” una copia con un número de versión nuevo.</translation>
        </message>
        <message>
            <source>This pack file cannot be opened.</source>
            <translation>No se puede abrir el archivo de este paquete.</translation>
        </message>
        <message>
            <source>Check that it is still there (for example, that the USB stick is plugged in), then try again.</source>
            <translation>Revise que siga ahí (por ejemplo, que la memoria USB esté conectada) y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>This pack file is empty: the copy did not finish.</source>
            <translation>El archivo de este paquete está vacío: la copia no terminó.</translation>
        </message>
        <message>
            <source>Copy the pack again.</source>
            <translation>Copie el paquete otra vez.</translation>
        </message>
        <message>
            <source>{path} is not a zip file.</source>
            <translation>{path} no es un archivo zip.</translation>
        </message>
        <message>
            <source>This pack is damaged or was not copied in full.</source>
            <translation>Este paquete está dañado o no se copió completo.</translation>
        </message>
        <message>
            <source>{path} is not a complete zip file.</source>
            <translation>{path} no es un archivo zip completo.</translation>
        </message>
        <message>
            <source>{name} is larger than {limit} bytes.</source>
            <translation>{name} tiene más de {limit} bytes.</translation>
        </message>
        <message>
            <source>{name} cannot be read.</source>
            <translation>No se puede leer {name}.</translation>
        </message>
        <message>
            <source>This pack says it comes from “{publisher}”, but it is not signed, so that cannot be checked.</source>
            <translation>Este paquete dice que viene de “{publisher}”, pero no está firmado, así que no se puede comprobar.</translation>
        </message>
        <message>
            <source>Ask whoever gave you this pack for a signed copy.</source>
            <translation>Pida una copia firmada a quien le dio este paquete.</translation>
        </message>
        <message>
            <source>There is no manifest.sig.</source>
            <translation>No hay manifest.sig.</translation>
        </message>
        <message>
            <source>Key {key}.</source>
            <translation>Clave {key}.</translation>
        </message>
        <message>
            <source>This pack says it comes from “{publisher}”, but it was changed or damaged after it was made.</source>
            <translation>Este paquete dice que viene de “{publisher}”, pero se cambió o se dañó después de hacerlo.</translation>
        </message>
        <message>
            <source>The signature does not match the manifest.</source>
            <translation>La firma no coincide con el manifiesto.</translation>
        </message>
        <message>
            <source>This pack says it comes from “{publisher}”, but this computer is not set up to trust it.</source>
            <translation>Este paquete dice que viene de “{publisher}”, pero esta computadora no está preparada para confiar en él.</translation>
        </message>
        <message>
            <source>Signed with a key this computer does not trust.</source>
            <translation>Firmado con una clave en la que esta computadora no confía.</translation>
        </message>
        <message>
            <source>More than {limit} files.</source>
            <translation>Más de {limit} archivos.</translation>
        </message>
        <message>
            <source>Two files with the same name: {name}</source>
            <translation>Dos archivos con el mismo nombre: {name}</translation>
        </message>
        <message>
            <source>It has no manifest.json.</source>
            <translation>No tiene manifest.json.</translation>
        </message>
        <message>
            <source>{name} is listed in the manifest but missing.</source>
            <translation>{name} está en el manifiesto, pero falta.</translation>
        </message>
        <message>
            <source>{name} is not listed in the manifest.</source>
            <translation>{name} no está en el manifiesto.</translation>
        </message>
        <message>
            <source>{name} does not have the size the manifest gives.</source>
            <translation>{name} no tiene el tamaño que dice el manifiesto.</translation>
        </message>
        <message>
            <source>The manifest's article_count does not match its files.</source>
            <translation>El article_count del manifiesto no coincide con sus archivos.</translation>
        </message>
        <message>
            <source>It needs version {needed} or newer; this is {current}.</source>
            <translation>Necesita la versión {needed} o una más nueva; esta es la {current}.</translation>
        </message>
        <message>
            <source>{name} does not match its checksum.</source>
            <translation>{name} no coincide con su suma de comprobación.</translation>
        </message>
        <message>
            <source>To trust this publisher, get its key file ({name}) from the publisher itself, not only from the same USB stick as the pack. Then, in the folder that holds the key file, run one of these:</source>
            <translation>Para confiar en este editor, consiga su archivo de clave ({name}) del propio editor, no solo de la misma memoria USB que el paquete. Después, en la carpeta donde está el archivo de clave, ejecute una de estas órdenes:</translation>
        </message>
        <message>
            <source>For everyone on this computer (folder {folder}):</source>
            <translation>Para todas las cuentas de esta computadora (carpeta {folder}):</translation>
        </message>
        <message>
            <source>For this account only (folder {folder}):</source>
            <translation>Solo para esta cuenta (carpeta {folder}):</translation>
        </message>
        <message>
            <source>Then choose the pack again.</source>
            <translation>Luego elija el paquete otra vez.</translation>
        </message>
    </context>
    <context>
        <name>Panel</name>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close {panel}</source>
            <translation>Cerrar {panel}</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>&amp;Read aloud</source>
            <translation>&amp;Leer en voz alta</translation>
        </message>
        <message>
            <source>Read the article aloud, or the part you selected</source>
            <translation>Leer en voz alta el artículo, o la parte que usted eligió</translation>
        </message>
        <message>
            <source>&amp;Pause or go on reading</source>
            <translation>&amp;Pausar o seguir leyendo</translation>
        </message>
        <message>
            <source>&amp;Stop reading</source>
            <translation>&amp;Dejar de leer</translation>
        </message>
        <message>
            <source>Read s&amp;lower</source>
            <translation>Leer más de&amp;spacio</translation>
        </message>
        <message>
            <source>Read &amp;faster</source>
            <translation>Leer más &amp;rápido</translation>
        </message>
        <message>
            <source>Read &amp;aloud</source>
            <translation>Leer en voz &amp;alta</translation>
        </message>
    </context>
    <context>
        <name>Readability</name>
        <message>
            <source>Easy to read</source>
            <translation>Fácil de leer</translation>
        </message>
        <message>
            <source>More detail</source>
            <translation>Más detallado</translation>
        </message>
        <message>
            <source>For health professionals</source>
            <translation>Para profesionales de la salud</translation>
        </message>
    </context>
    <context>
        <name>Reading</name>
        <message>
            <source>This article has no headings to jump to.</source>
            <translation>Este artículo no tiene secciones a las que ir.</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>On this page</source>
            <translation>En esta página</translation>
        </message>
        <message>
            <source>Find in this article</source>
            <translation>Buscar en este artículo</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>Cerrar la búsqueda</translation>
        </message>
        <message>
            <source>Find result</source>
            <translation>Resultado de la búsqueda</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>No se encontró</translation>
        </message>
        <message>
            <source>{number} of {count}</source>
            <translation>{number} de {count}</translation>
        </message>
    </context>
    <context>
        <name>ReadingControls</name>
        <message>
            <source>Normal</source>
            <translation>normal</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>amplio</translation>
        </message>
        <message>
            <source>Extra wide</source>
            <translation>muy amplio</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Como el sistema</translation>
        </message>
        <message>
            <source>Text {percent}%</source>
            <translation>Texto {percent} %</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>Texto más &amp;grande</translation>
        </message>
        <message>
            <source>Larger text (Ctrl++)</source>
            <translation>Texto más grande (Ctrl++)</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>Texto más pe&amp;queño</translation>
        </message>
        <message>
            <source>Smaller text (Ctrl+-)</source>
            <translation>Texto más pequeño (Ctrl+-)</translation>
        </message>
        <message>
            <source>&amp;Usual text size</source>
            <translation>Tamaño de texto &amp;habitual</translation>
        </message>
        <message>
            <source>Usual text size, {percent}% (Ctrl+0)</source>
            <translation>Tamaño de texto habitual, {percent} % (Ctrl+0)</translation>
        </message>
        <message>
            <source>Reset size</source>
            <translation>Tamaño habitual</translation>
        </message>
        <message>
            <source>{spacing} line spacing</source>
            <translation>Espacio entre líneas: {spacing}</translation>
        </message>
        <message>
            <source>Easy-to-read &amp;font (Atkinson Hyperlegible)</source>
            <translation>&amp;Letra fácil de leer (Atkinson Hyperlegible)</translation>
        </message>
        <message>
            <source>&amp;Colours</source>
            <translation>&amp;Colores</translation>
        </message>
        <message>
            <source>Line s&amp;pacing</source>
            <translation>E&amp;spacio entre líneas</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texto más pequeño</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texto más grande</translation>
        </message>
        <message>
            <source>Usual text size</source>
            <translation>Tamaño de texto habitual</translation>
        </message>
        <message>
            <source>Text size {percent} percent</source>
            <translation>Tamaño del texto: {percent} por ciento</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
    </context>
    <context>
        <name>ScreenReader</name>
        <message>
            <source>Heading level {level}</source>
            <translation>Título de nivel {level}</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Mensajes</translation>
        </message>
        <message>
            <source>Text cursor on: the arrow keys move through the text.</source>
            <translation>Cursor de texto activado: las flechas recorren el texto.</translation>
        </message>
        <message>
            <source>Text cursor off: the arrow keys scroll the article.</source>
            <translation>Cursor de texto desactivado: las flechas desplazan el artículo.</translation>
        </message>
        <message>
            <source>&amp;Text cursor in articles</source>
            <translation>C&amp;ursor de texto en los artículos</translation>
        </message>
        <message>
            <source>Move through the article's text with the arrow keys (F7)</source>
            <translation>Recorrer el texto del artículo con las flechas (F7)</translation>
        </message>
        <message>
            <source>Scroll up and down</source>
            <translation>Desplazar arriba y abajo</translation>
        </message>
        <message>
            <source>Scroll left and right</source>
            <translation>Desplazar a izquierda y derecha</translation>
        </message>
        <message>
            <source>Clear the text</source>
            <translation>Borrar el texto</translation>
        </message>
        <message>
            <source>Panels</source>
            <translation>Paneles</translation>
        </message>
        <message>
            <source>No more headings below.</source>
            <translation>No hay más títulos abajo.</translation>
        </message>
        <message>
            <source>No more headings above.</source>
            <translation>No hay más títulos arriba.</translation>
        </message>
        <message>
            <source>This page has no headings.</source>
            <translation>Esta página no tiene títulos.</translation>
        </message>
        <message>
            <source>Heading level {level}: {text}</source>
            <translation>Título de nivel {level}: {text}</translation>
        </message>
        <message>
            <source>Links and headings</source>
            <translation>Enlaces y títulos</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Search is being prepared: the index has not been built yet.</source>
            <translation>La búsqueda se está preparando: el índice todavía no está hecho.</translation>
        </message>
        <message>
            <source>The search index is damaged and has to be rebuilt; search is not available until then.</source>
            <translation>El índice de búsqueda está dañado y hay que rehacerlo; la búsqueda no funciona hasta entonces.</translation>
        </message>
        <message>
            <source>The search index was made by another version of the reader and has to be rebuilt.</source>
            <translation>El índice de búsqueda lo hizo otra versión del lector y hay que rehacerlo.</translation>
        </message>
        <message>
            <source>The search index cannot be updated because its folder is read-only; results come from the index as it is and may miss recent changes.</source>
            <translation>El índice de búsqueda no se puede actualizar porque su carpeta es de solo lectura; los resultados salen del índice tal como está y pueden faltar cambios recientes.</translation>
        </message>
        <message numerus="yes">
            <source>Search is ready (%Ln article(s)).</source>
            <translation>
                <numerusform>La búsqueda está lista (%Ln artículo).</numerusform>
                <numerusform>La búsqueda está lista (%Ln artículos).</numerusform>
            </translation>
        </message>
        <message>
            <source>This search could not be carried out; try other words.</source>
            <translation>No se pudo hacer esta búsqueda; pruebe con otras palabras.</translation>
        </message>
        <message>
            <source>The search index is damaged ({problem}) and has to be rebuilt; search is not available until then.</source>
            <translation>El índice de búsqueda está dañado ({problem}) y hay que rehacerlo; la búsqueda no funciona hasta entonces.</translation>
        </message>
        <message>
            <source>The search index folder {folder} cannot be written, so search uses a temporary index that is rebuilt each time the reader starts.</source>
            <translation>No se puede escribir en la carpeta del índice de búsqueda {folder}, así que la búsqueda usa un índice temporal que se rehace cada vez que se abre el lector.</translation>
        </message>
        <message>
            <source>Another copy of the reader is updating the search index; the existing index is used meanwhile.</source>
            <translation>Otra copia del lector está actualizando el índice de búsqueda; mientras tanto se usa el índice que ya existe.</translation>
        </message>
        <message>
            <source>The search index is up to date.</source>
            <translation>El índice de búsqueda está al día.</translation>
        </message>
        <message>
            <source>The search index could not be built: {problem}</source>
            <translation>No se pudo hacer el índice de búsqueda: {problem}</translation>
        </message>
        <message>
            <source>An earlier index build did not finish; its files were removed.</source>
            <translation>Una creación anterior del índice no terminó; se borraron sus archivos.</translation>
        </message>
        <message>
            <source>Check the spelling, or type only the start of a long word.</source>
            <translation>Revise cómo está escrito, o escriba solo el principio de una palabra larga.</translation>
        </message>
        <message>
            <source>Try fewer words, or other words (for example “tired” instead of “exhausted”).</source>
            <translation>Pruebe con menos palabras, o con otras (por ejemplo «cansada» en vez de «agotada»).</translation>
        </message>
        <message>
            <source>Look through the lists on the left: by cancer type, by topic, or A to Z.</source>
            <translation>Mire las listas de la izquierda: por tipo de cáncer, por tema o de la A a la Z.</translation>
        </message>
        <message>
            <source>Tap Home to find articles by subject, or by cancer type from A to Z.</source>
            <translation>Toque Inicio para buscar artículos por tema, o por tipo de cáncer de la A a la Z.</translation>
        </message>
        <message>
            <source>Sorry, nothing in your library matches these words.</source>
            <translation>Lo sentimos, nada en su biblioteca coincide con estas palabras.</translation>
        </message>
        <message>
            <source>The articles in this library are in {language}. If you searched in another language, try the words in {language}.</source>
            <translation>Los artículos de esta biblioteca están en {language}. Si buscó en otro idioma, pruebe con las palabras en {language}.</translation>
        </message>
        <message>
            <source>The articles in this library are in {languages}. If you searched in another language, try the words in one of these.</source>
            <translation>Los artículos de esta biblioteca están en {languages}. Si buscó en otro idioma, pruebe con las palabras en uno de ellos.</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} y {last}</translation>
        </message>
        <message>
            <source>Some tips:</source>
            <translation>Algunos consejos:</translation>
        </message>
        <message>
            <source>Health professional version</source>
            <translation>Versión para profesionales de la salud</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <source>Show only a cancer type</source>
            <translation>Mostrar solo un tipo de cáncer</translation>
        </message>
        <message>
            <source>Show only a topic</source>
            <translation>Mostrar solo un tema</translation>
        </message>
        <message>
            <source>Show only a reading level</source>
            <translation>Mostrar solo un nivel de lectura</translation>
        </message>
        <message>
            <source>Cancer type:</source>
            <translation>Tipo de cáncer:</translation>
        </message>
        <message>
            <source>Topic:</source>
            <translation>Tema:</translation>
        </message>
        <message>
            <source>Reading level:</source>
            <translation>Nivel de lectura:</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Quitar los filtros</translation>
        </message>
        <message>
            <source>Show or hide the filters</source>
            <translation>Mostrar u ocultar los filtros</translation>
        </message>
        <message>
            <source>All cancer types</source>
            <translation>Todos los tipos de cáncer</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>Todos los temas</translation>
        </message>
        <message>
            <source>Filters cleared.</source>
            <translation>Se quitaron los filtros.</translation>
        </message>
        <message numerus="yes">
            <source>Filters (%Ln chosen)</source>
            <translation>
                <numerusform>Filtros (%Ln elegido)</numerusform>
                <numerusform>Filtros (%Ln elegidos)</numerusform>
            </translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filtros</translation>
        </message>
        <message>
            <source>Searching for “{words}”</source>
            <translation>Buscando «{words}»</translation>
        </message>
        <message>
            <source>Did you mean “{words}”?</source>
            <translation>¿Quiso decir «{words}»?</translation>
        </message>
        <message>
            <source>Search for {words} instead</source>
            <translation>Buscar {words} en su lugar</translation>
        </message>
        <message>
            <source>No articles match “{words}” with these filters</source>
            <translation>Ningún artículo coincide con «{words}» con estos filtros</translation>
        </message>
        <message>
            <source>No articles match “{words}” yet</source>
            <translation>Todavía ningún artículo coincide con «{words}»</translation>
        </message>
        <message>
            <source>No articles match “{words}”</source>
            <translation>Ningún artículo coincide con «{words}»</translation>
        </message>
        <message numerus="yes">
            <source>The best {shown} of %Ln article(s) for “{words}”</source>
            <translation>
                <numerusform>Los {shown} mejores de %Ln artículo para «{words}»</numerusform>
                <numerusform>Los {shown} mejores de %Ln artículos para «{words}»</numerusform>
            </translation>
        </message>
        <message>
            <source>1 article matches “{words}”</source>
            <translation>1 artículo coincide con «{words}»</translation>
        </message>
        <message numerus="yes">
            <source>%Ln articles match “{words}”</source>
            <translation>
                <numerusform>%Ln artículo coincide con «{words}»</numerusform>
                <numerusform>%Ln artículos coinciden con «{words}»</numerusform>
            </translation>
        </message>
        <message>
            <source>Some articles match, but not with the filters you chose. Choose &lt;b&gt;Clear filters&lt;/b&gt; to see them.</source>
            <translation>Algunos artículos coinciden, pero no con los filtros que eligió. Elija &lt;b&gt;Quitar los filtros&lt;/b&gt; para verlos.</translation>
        </message>
        <message>
            <source>Search the library (Ctrl+K)</source>
            <translation>Buscar en la biblioteca (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>Buscar en la biblioteca</translation>
        </message>
        <message>
            <source>Preparing search…</source>
            <translation>Preparando la búsqueda…</translation>
        </message>
        <message>
            <source>Search preparation</source>
            <translation>Preparación de la búsqueda</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Borrar todo</translation>
        </message>
        <message>
            <source>Clear the whole search</source>
            <translation>Borrar toda la búsqueda</translation>
        </message>
        <message>
            <source>Search is not available yet</source>
            <translation>La búsqueda todavía no está disponible</translation>
        </message>
        <message>
            <source>Updating search{stage}: {percent}%</source>
            <translation>Actualizando la búsqueda{stage}: {percent} %</translation>
        </message>
        <message>
            <source>Preparing search{stage}: {percent}%</source>
            <translation>Preparando la búsqueda{stage}: {percent} %</translation>
        </message>
        <message>
            <source>Preparing search… {percent}%</source>
            <translation>Preparando la búsqueda… {percent} %</translation>
        </message>
        <message>
            <source>Updating search.</source>
            <translation>Actualizando la búsqueda.</translation>
        </message>
        <message>
            <source>Preparing search.</source>
            <translation>Preparando la búsqueda.</translation>
        </message>
        <message>
            <source>Search is being prepared{percent}. You can keep reading meanwhile; your results will appear here as soon as it is ready.</source>
            <translation>La búsqueda se está preparando{percent}. Mientras tanto puede seguir leyendo; sus resultados aparecerán aquí en cuanto esté lista.</translation>
        </message>
        <message>
            <source>Another copy of the reader is preparing search. It will work here too as soon as that is done.</source>
            <translation>Otra copia del lector está preparando la búsqueda. Aquí también funcionará en cuanto termine.</translation>
        </message>
        <message>
            <source>Search could not take in the latest changes to your articles. It will try again the next time the reader starts.</source>
            <translation>La búsqueda no pudo incluir los últimos cambios en sus artículos. Lo intentará de nuevo la próxima vez que abra el lector.</translation>
        </message>
        <message>
            <source>Search is ready.</source>
            <translation>La búsqueda está lista.</translation>
        </message>
        <message>
            <source>Search is ready now. Here are the results for what you typed.</source>
            <translation>La búsqueda ya está lista. Aquí están los resultados de lo que escribió.</translation>
        </message>
        <message>
            <source>New articles are still being added to search{percent}. These results may change; they will be updated when it is done.</source>
            <translation>Todavía se están agregando artículos nuevos a la búsqueda{percent}. Estos resultados pueden cambiar; se actualizarán cuando termine.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Search is still getting ready ({percent}% done). The articles being added now can be found once it is finished. Your results will appear here by themselves; you do not need to type again.</source>
            <translation>La búsqueda todavía se está preparando ({percent}% hecho). Los artículos que se están agregando se podrán encontrar cuando termine. Sus resultados aparecerán aquí solos; no necesita escribir de nuevo.</translation>
        </message>
        <message>
            <source>There are also articles in {in_language}. To read them, choose {language} in the View &gt; Language menu.</source>
            <translation>También hay artículos en {in_language}. Para leerlos, elija {language} en el menú View &gt; Language (Ver &gt; Idioma).</translation>
        </message>
        <message>
            <source>There are also articles in {in_language}. To read them, tap {language} at the top of the home screen.</source>
            <translation>También hay artículos en {in_language}. Para leerlos, toque {language} arriba en la pantalla de inicio.</translation>
        </message>
        <message>
            <source>Search matches</source>
            <translation>Coincidencias de la búsqueda</translation>
        </message>
        <message>
            <source>&amp;Search the library…</source>
            <translation>&amp;Buscar en la biblioteca…</translation>
        </message>
        <message>
            <source>&amp;Next search match</source>
            <translation>&amp;Siguiente coincidencia</translation>
        </message>
        <message>
            <source>Go to the next place that matches your search (F3)</source>
            <translation>Ir al siguiente lugar que coincide con su búsqueda (F3)</translation>
        </message>
        <message>
            <source>Search is being prepared.</source>
            <translation>La búsqueda se está preparando.</translation>
        </message>
        <message>
            <source>{match}: “{words}”</source>
            <translation>{match}: «{words}»</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Siguiente coincidencia</translation>
        </message>
        <message>
            <source>Go to the next place that matches your search</source>
            <translation>Ir al siguiente lugar que coincide con su búsqueda</translation>
        </message>
        <message>
            <source>Clear marks</source>
            <translation>Quitar las marcas</translation>
        </message>
        <message>
            <source>Clear the search marks</source>
            <translation>Quitar las marcas de la búsqueda</translation>
        </message>
        <message>
            <source>1 place matches your search</source>
            <translation>1 lugar coincide con su búsqueda</translation>
        </message>
        <message numerus="yes">
            <source>%Ln places match your search</source>
            <translation>
                <numerusform>%Ln lugar coincide con su búsqueda</numerusform>
                <numerusform>%Ln lugares coinciden con su búsqueda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln place(s)</source>
            <translation>
                <numerusform>%Ln lugar</numerusform>
                <numerusform>%Ln lugares</numerusform>
            </translation>
        </message>
        <message>
            <source>(the one that fits best is marked)</source>
            <translation>(se marca el que mejor coincide)</translation>
        </message>
        <message numerus="yes">
            <source>(the %Ln that fit best are marked)</source>
            <translation>
                <numerusform>(se marca %Ln, el que mejor coincide)</numerusform>
                <numerusform>(se marcan los %Ln que mejor coinciden)</numerusform>
            </translation>
        </message>
        <message>
            <source>1 place in “{article}” matches your search</source>
            <translation>1 lugar de «{article}» coincide con su búsqueda</translation>
        </message>
        <message numerus="yes">
            <source>%Ln places in “{article}” match your search</source>
            <translation>
                <numerusform>%Ln lugar de «{article}» coincide con su búsqueda</numerusform>
                <numerusform>%Ln lugares de «{article}» coinciden con su búsqueda</numerusform>
            </translation>
        </message>
        <message>
            <source>Match {number} of {places}</source>
            <translation>Coincidencia {number} de {places}</translation>
        </message>
    </context>
    <context>
        <name>SearchStages</name>
        <message>
            <source>getting ready</source>
            <translation>preparando</translation>
        </message>
        <message>
            <source>reading the articles</source>
            <translation>leyendo los artículos</translation>
        </message>
        <message>
            <source>writing the index</source>
            <translation>escribiendo el índice</translation>
        </message>
        <message>
            <source>finishing</source>
            <translation>terminando</translation>
        </message>
        <message>
            <source>adding new and changed articles</source>
            <translation>añadiendo artículos nuevos y cambiados</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Your settings could not be read ({problem}). Default settings are used.</source>
            <translation>No se pudo leer su configuración ({problem}). Se usa la configuración predeterminada.</translation>
        </message>
        <message>
            <source>Your settings were saved by a newer version of this app. They are kept as they are, and default settings are used for now.</source>
            <translation>Su configuración se guardó con una versión más nueva de este lector. Se deja como está, y por ahora se usa la configuración predeterminada.</translation>
        </message>
        <message>
            <source>Your settings file was damaged, so default settings are used. The old file was kept as {moved}.</source>
            <translation>Su archivo de configuración estaba dañado, así que se usa la configuración predeterminada. El archivo anterior se guardó como {moved}.</translation>
        </message>
        <message>
            <source>Your settings could not be saved ({problem}).</source>
            <translation>No se pudo guardar su configuración ({problem}).</translation>
        </message>
    </context>
    <context>
        <name>Sizes</name>
        <message numerus="yes">
            <source>%Ln byte(s)</source>
            <translation>
                <numerusform>%Ln byte</numerusform>
                <numerusform>%Ln bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>{size} GB</source>
            <translation>{size} GB</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>%Ln artículo</numerusform>
                <numerusform>%Ln artículos</numerusform>
            </translation>
        </message>
        <message>
            <source>the articles that came with the reader</source>
            <translation>los artículos que vinieron con el lector</translation>
        </message>
        <message>
            <source>another place in this list</source>
            <translation>otro lugar de esta lista</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article(s), shown from {sources} instead.</source>
            <translation>
                <numerusform>%Ln artículo, que se muestra desde {sources}.</numerusform>
                <numerusform>%Ln artículos, que se muestran desde {sources}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more, shown from {sources} instead.</source>
            <translation>
                <numerusform>%Ln más, que se muestra desde {sources}.</numerusform>
                <numerusform>%Ln más, que se muestran desde {sources}.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}”</source>
            <translation>“{title}”</translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s) could not be opened.</source>
            <translation>
                <numerusform>%Ln archivo no se pudo abrir.</numerusform>
                <numerusform>%Ln archivos no se pudieron abrir.</numerusform>
            </translation>
        </message>
        <message>
            <source>In {place}, these files could not be opened:</source>
            <translation>En {place}, estos archivos no se pudieron abrir:</translation>
        </message>
        <message>
            <source>Articles that came with the reader</source>
            <translation>Artículos que vinieron con el lector</translation>
        </message>
        <message>
            <source>Library pack from {publisher}, version {version}</source>
            <translation>Paquete de biblioteca de {publisher}, versión {version}</translation>
        </message>
        <message>
            <source>Installed for everyone on this computer. Only the person who looks after this computer can remove it.</source>
            <translation>Instalado para todas las cuentas de esta computadora. Solo la persona que cuida esta computadora puede quitarlo.</translation>
        </message>
        <message>
            <source>Came with the reader when it was installed.</source>
            <translation>Vino con el lector cuando se instaló.</translation>
        </message>
        <message>
            <source>Not found.</source>
            <translation>No se encuentra.</translation>
        </message>
        <message>
            <source>If it is on a USB stick or another drive, plug it in. Its articles come back when the folder is found.</source>
            <translation>Si está en una memoria USB u otro disco, conéctelo. Sus artículos vuelven cuando se encuentra la carpeta.</translation>
        </message>
        <message>
            <source>This is a file, not a folder, so there are no articles to read here.</source>
            <translation>Esto es un archivo, no una carpeta, así que aquí no hay artículos para leer.</translation>
        </message>
        <message>
            <source>Cannot be opened.</source>
            <translation>No se puede abrir.</translation>
        </message>
        <message>
            <source>The person who looks after this computer may need to give you access to this folder.</source>
            <translation>Puede que la persona que cuida esta computadora tenga que darle acceso a esta carpeta.</translation>
        </message>
        <message>
            <source>Named when the reader was started, so it cannot be removed here.</source>
            <translation>Se indicó al abrir el lector, así que no se puede quitar aquí.</translation>
        </message>
        <message>
            <source>Remove the library pack {title}</source>
            <translation>Quitar el paquete de biblioteca {title}</translation>
        </message>
        <message>
            <source>Remove the folder {folder}</source>
            <translation>Quitar la carpeta {folder}</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Folders and packs in your library</source>
            <translation>Carpetas y paquetes de su biblioteca</translation>
        </message>
        <message>
            <source>The articles in your library come from these places. Removing a folder does not delete any files: the reader only stops showing its articles.</source>
            <translation>Los artículos de su biblioteca vienen de estos lugares. Quitar una carpeta no borra ningún archivo: el lector solo deja de mostrar sus artículos.</translation>
        </message>
        <message>
            <source>Where your articles come from</source>
            <translation>De dónde vienen sus artículos</translation>
        </message>
        <message>
            <source>You have not added any folders or installed any library packs. To add some, use “Add a folder of articles…” or “Install a library pack…” in the File menu.</source>
            <translation>No ha añadido carpetas ni instalado paquetes de biblioteca. Para añadirlos, use “Añadir una carpeta de artículos…” o “Instalar un paquete de biblioteca…” en el menú Archivo.</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>Show details for staff</source>
            <translation>Mostrar detalles para el personal</translation>
        </message>
        <message>
            <source>Hide details for staff</source>
            <translation>Ocultar detalles para el personal</translation>
        </message>
        <message>
            <source>&amp;Folders and packs in your library…</source>
            <translation>&amp;Carpetas y paquetes de su biblioteca…</translation>
        </message>
        <message>
            <source>See where your articles come from, and remove folders or packs you added</source>
            <translation>Vea de dónde vienen sus artículos y quite carpetas o paquetes que añadió</translation>
        </message>
        <message>
            <source>{folder} is no longer in your library. Its files were not changed.</source>
            <translation>{folder} ya no está en su biblioteca. Sus archivos no se cambiaron.</translation>
        </message>
        <message>
            <source>A library pack is being installed. Please wait until it is done, then try again.</source>
            <translation>Se está instalando un paquete de biblioteca. Espere a que termine y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>{title} was removed already.</source>
            <translation>{title} ya se había quitado.</translation>
        </message>
        <message>
            <source>{title} could not be removed, so nothing was changed. Try again; if it fails again, ask the person who looks after this computer for help.</source>
            <translation>No se pudo quitar {title}, así que no se cambió nada. Vuelva a intentarlo; si falla otra vez, pida ayuda a la persona que cuida esta computadora.</translation>
        </message>
        <message>
            <source>Removed {title} from your library.</source>
            <translation>Se quitó {title} de su biblioteca.</translation>
        </message>
        <message>
            <source>Remove a library pack</source>
            <translation>Quitar un paquete de biblioteca</translation>
        </message>
        <message>
            <source>Remove {title} from this reader?</source>
            <translation>¿Quitar {title} de este lector?</translation>
        </message>
        <message numerus="yes">
            <source>Its %Ln article(s) will leave your library.</source>
            <translation>
                <numerusform>Su %Ln artículo saldrá de su biblioteca.</numerusform>
                <numerusform>Sus %Ln artículos saldrán de su biblioteca.</numerusform>
            </translation>
        </message>
        <message>
            <source>The pack file you installed it from is not changed, so you can install it again later.</source>
            <translation>El archivo del paquete con el que lo instaló no se cambia, así que puede volver a instalarlo más tarde.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Conservarlo</translation>
        </message>
        <message>
            <source>We could not find this folder of articles: {folder}. If it is on a USB stick or another drive, plug it in and start the reader again.</source>
            <translation>No encontramos esta carpeta de artículos: {folder}. Si está en una memoria USB o en otro disco, conéctelo y vuelva a abrir el lector.</translation>
        </message>
        <message>
            <source>You can also remove it from your library.</source>
            <translation>También puede quitarla de su biblioteca.</translation>
        </message>
        <message>
            <source>We could not find these folders of articles: {folders}. If they are on a USB stick or another drive, plug them in and start the reader again.</source>
            <translation>No encontramos estas carpetas de artículos: {folders}. Si están en una memoria USB o en otro disco, conéctelos y vuelva a abrir el lector.</translation>
        </message>
        <message>
            <source>You can also remove them from your library.</source>
            <translation>También puede quitarlas de su biblioteca.</translation>
        </message>
        <message>
            <source>&amp;See folders and packs</source>
            <translation>&amp;Ver carpetas y paquetes</translation>
        </message>
        <message>
            <source>Open Folders and packs in your library</source>
            <translation>Abrir Carpetas y paquetes de su biblioteca</translation>
        </message>
    </context>
    <context>
        <name>StartingPoints</name>
        <message>
            <source>What cancer is</source>
            <translation>Qué es el cáncer</translation>
        </message>
        <message>
            <source>How cancer starts and grows, in plain words.</source>
            <translation>Cómo empieza y crece el cáncer, en palabras sencillas.</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>The main kinds of treatment and how they work.</source>
            <translation>Los principales tipos de tratamiento y cómo funcionan.</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>Efectos secundarios</translation>
        </message>
        <message>
            <source>What may happen during treatment, and what helps.</source>
            <translation>Lo que puede pasar durante el tratamiento y lo que ayuda.</translation>
        </message>
        <message>
            <source>Coping and support</source>
            <translation>Cómo sobrellevarlo y apoyo</translation>
        </message>
        <message>
            <source>Feelings, family, and day-to-day life with cancer.</source>
            <translation>Los sentimientos, la familia y el día a día con cáncer.</translation>
        </message>
        <message>
            <source>Questions for your doctor</source>
            <translation>Preguntas para su médico</translation>
        </message>
        <message>
            <source>Questions to take to your next visit.</source>
            <translation>Preguntas para llevar a su próxima consulta.</translation>
        </message>
    </context>
    <context>
        <name>Survival</name>
        <message>
            <source>Show numbers about survival</source>
            <translation>Mostrar las cifras de supervivencia</translation>
        </message>
        <message>
            <source>This part is about survival and the chance of recovery. Some people prefer not to read numbers like these unless they choose to.</source>
            <translation>Esta parte trata de la supervivencia y de la probabilidad de recuperarse. Algunas personas prefieren no leer cifras como estas a menos que lo decidan.</translation>
        </message>
        <message>
            <source>This handout leaves out a part about survival and the chance of recovery. You can show it in the reader and print again.</source>
            <translation>Esta hoja deja fuera una parte sobre la supervivencia y la probabilidad de recuperarse. Puede mostrarla en el lector e imprimir de nuevo.</translation>
        </message>
        <message>
            <source>Ask before showing &amp;numbers about survival</source>
            <translation>Preguntar antes de mostrar ci&amp;fras de supervivencia</translation>
        </message>
        <message>
            <source>Fold parts about survival and the chance of recovery until you choose to see them</source>
            <translation>Plegar las partes sobre la supervivencia y la probabilidad de recuperarse hasta que usted decida verlas</translation>
        </message>
    </context>
</TS>
